import { performance } from "node:perf_hooks";
import { FloorHistory, type TimedState } from "../../../../adapters/bfcp/floor-history.js";
import type { H239Presentation } from "../../../../adapters/h323/h239-presentation.js";
import type { RtpEndpoint } from "../../../../adapters/media/rtp-endpoint.js";
import type { FloorControl } from "../call-leg.js";

type StateName = TimedState["state"]["name"];

/**
 * The presentation phase's floor over H.239 (H.239 §11.2): "connected" once the far end has
 * declared H.239, requestFloor takes the token and opens our presentation channel (granted:
 * our slides go to the address its Ack named), releaseFloor closes it and releases the token.
 * A refusal, or a channel that does not open, is "denied" with the reason.
 */
export class H239Floor implements FloorControl {
  private readonly states = new FloorHistory();
  readonly history: readonly TimedState[] = this.states.states;
  readonly errors: { code: number | undefined; info: string | undefined }[] = [];

  constructor(
    private readonly presentation: H239Presentation,
    private readonly slides: RtpEndpoint,
  ) {
    this.set(presentation.farEndCapable ? { name: "connected" } : { name: "idle" });
  }

  get state(): TimedState["state"] {
    return this.states.last!.state;
  }

  requestFloor(): boolean {
    const name = this.state.name;
    if (name !== "connected" && name !== "released" && name !== "denied") return false;
    this.set({ name: "requesting" });
    void this.presentation.present().then((r) => {
      if (r.ok) {
        // H.245 §8.4: the far end receives our slides where its OpenLogicalChannelAck said.
        this.slides.setRemote({
          address: r.rtp.host,
          rtpPort: r.rtp.port,
          rtcpPort: r.rtcp?.port ?? r.rtp.port + 1,
        });
        this.set({ name: "granted", floorRequestId: 1 });
      } else {
        this.errors.push({ code: undefined, info: r.reason });
        this.set({ name: "denied", floorRequestId: undefined });
      }
    });
    return true;
  }

  releaseFloor(): boolean {
    if (this.state.name !== "granted") return false;
    this.presentation.stop();
    this.set({ name: "released", floorRequestId: 1 });
    return true;
  }

  waitFor(names: readonly StateName[], timeoutMs: number): Promise<TimedState | undefined> {
    return this.states.waitFor(names, timeoutMs);
  }

  private set(state: TimedState["state"]): void {
    this.states.push(state, performance.now());
  }
}
