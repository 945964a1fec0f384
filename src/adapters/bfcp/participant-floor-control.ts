import {
  FloorParticipant,
  type ParticipantEvent,
  type ParticipantState,
} from "../../protocol/bfcp/floor-participant.js";
import type { BfcpTransmit } from "../../protocol/bfcp/output.js";
import type { BfcpNegotiation } from "../../protocol/sdp/bfcp-sdp.js";
import { MachineDriver } from "../clock/machine-driver.js";
import type { WireTap } from "../net/wire-tap.js";
import type { BfcpLink } from "./bfcp-link.js";
import { FloorHistory, type TimedState } from "./floor-history.js";
import { TcpBfcpLink } from "./tcp-bfcp-link.js";
import { UdpBfcpLink } from "./udp-bfcp-link.js";

/**
 * The caller's floor participant (RFC 8855 §10) on its BFCP socket, with real timers: Hello once
 * connected, FloorRequest, FloorRelease, Goodbye. Every state change is kept with its time.
 */
export class ParticipantFloorControl {
  readonly participant: FloorParticipant;
  private readonly states = new FloorHistory();
  readonly history: readonly TimedState[] = this.states.states;
  readonly errors: { code: number | undefined; info: string | undefined }[] = [];
  private readonly driver: MachineDriver<BfcpTransmit, ParticipantEvent>;

  private constructor(
    readonly link: BfcpLink,
    readonly negotiated: BfcpNegotiation,
  ) {
    this.participant = new FloorParticipant({
      transport: negotiated.transport,
      conferenceId: negotiated.confId,
      userId: negotiated.userId,
      floorId: negotiated.floorId,
      version: negotiated.version,
    });
    this.driver = new MachineDriver(
      this.participant,
      (t: BfcpTransmit) => link.send(t.peer, t.bytes),
      (e) => this.onEvent(e),
    );
    link.onMessage = (msg) => {
      this.participant.handleInput(this.driver.now(), msg);
      this.driver.run();
    };
  }

  /** Opens the socket before the offer is written (its port goes in the SDP). */
  static async openLink(transport: "tcp" | "udp", host: string, tap?: WireTap): Promise<BfcpLink> {
    return transport === "tcp" ? TcpBfcpLink.listen(host, tap) : UdpBfcpLink.open(host, tap);
  }

  /** Attaches the participant as negotiated, connects when we are the active side, and says Hello. */
  static start(link: BfcpLink, negotiated: BfcpNegotiation): ParticipantFloorControl {
    const c = new ParticipantFloorControl(link, negotiated);
    const addr = negotiated.remoteAddress;
    if (link instanceof TcpBfcpLink && negotiated.setup === "active" && addr)
      link.connect(addr, negotiated.remotePort);
    if (link instanceof UdpBfcpLink && addr) link.setRemote(addr, negotiated.remotePort);
    c.participant.start(c.driver.now());
    c.driver.run();
    return c;
  }

  get state(): ParticipantState {
    return this.participant.state;
  }

  requestFloor(): boolean {
    const ok = this.participant.requestFloor(this.driver.now());
    this.driver.run();
    return ok;
  }

  releaseFloor(): boolean {
    const ok = this.participant.releaseFloor(this.driver.now());
    this.driver.run();
    return ok;
  }

  /** The current or next state among `names` (or failed, closed); undefined on timeout. */
  waitFor(names: readonly ParticipantState["name"][], timeoutMs: number): Promise<TimedState | undefined> {
    return this.states.waitFor(names, timeoutMs);
  }

  /** Goodbye (RFC 8855 §5.3.17), waits briefly for GoodbyeAck, then closes the socket. */
  async close(waitMs = 300): Promise<void> {
    if (this.participant.stop(this.driver.now())) {
      this.driver.run();
      await this.waitFor(["closed"], waitMs);
    }
    this.driver.stop();
    this.link.close();
  }

  private onEvent(e: ParticipantEvent): void {
    if (e.type === "error") {
      this.errors.push({ code: e.code, info: e.info });
      this.states.changed();
    } else this.states.push(e.state, this.driver.now());
  }
}
