import { randomBytes } from "node:crypto";
import { MachineDriver } from "../../adapters/clock/machine-driver.js";
import type { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import {
  type CallerIceFacts,
  IceChecker,
  type IceCheckerEvent,
  type IceTransmit,
} from "../../protocol/ice/ice-checker.js";
import { hostCandidateLines, type IceCredentials, iceSessionLines } from "../../protocol/sdp/ice-sdp.js";
import type { NegotiatedSession } from "../../protocol/sdp/sdp-types.js";

export type { CallerIceFacts, IcePairResult } from "../../protocol/ice/ice-checker.js";

/**
 * The shell of our caller's ICE agent (src/protocol/ice/ice-checker.ts): the checker on the
 * call's two RTP endpoints, on real time and crypto randomness. Media keeps using the SDP
 * addresses, which on loopback are the same pairs.
 */
export class CallerIce {
  private readonly checker: IceChecker;
  private readonly driver: MachineDriver<IceTransmit, IceCheckerEvent>;
  private readonly settled: Promise<void>;

  constructor(private readonly endpoints: { audio: RtpEndpoint; video: RtpEndpoint }) {
    this.checker = new IceChecker({
      local: { audio: endpoints.audio.localAddress, video: endpoints.video.localAddress },
      random: (n) => randomBytes(n),
    });
    let done: () => void = () => {};
    this.settled = new Promise((resolve) => {
      done = resolve;
    });
    this.driver = new MachineDriver(
      this.checker,
      (t) => this.endpoints[t.kind].sendStun(t.bytes, t.to, t.component),
      () => done(),
    );
    for (const kind of ["audio", "video"] as const) {
      endpoints[kind].onStun = (packet, from, component) =>
        this.driver.input((now) => this.checker.handleStun(now, kind, packet, from, component));
    }
  }

  get credentials(): IceCredentials {
    return this.checker.credentials;
  }

  get facts(): CallerIceFacts {
    return this.checker.facts;
  }

  sessionLines(): string[] {
    return iceSessionLines(this.checker.credentials, false);
  }

  /** Host candidates for both components: the answer may refuse rtcp-mux. */
  mediaLines(endpoint: RtpEndpoint): string[] {
    return hostCandidateLines(endpoint.localAddress, endpoint.rtpPort, endpoint.rtpPort + 1);
  }

  /** Runs the checks the answer calls for; resolves when every pair has succeeded or given up. */
  check(answerSdp: string, session: NegotiatedSession): Promise<void> {
    this.driver.input((now) => this.checker.startChecks(now, answerSdp, session));
    return this.settled;
  }

  close(): void {
    this.checker.close();
    this.driver.run();
    this.driver.stop();
  }
}
