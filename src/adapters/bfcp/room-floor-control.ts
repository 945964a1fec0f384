import { Primitive } from "../../protocol/bfcp/constants.js";
import { type FloorPolicy, FloorServer, type FloorServerEvent } from "../../protocol/bfcp/floor-server.js";
import type { BfcpMessage } from "../../protocol/bfcp/message.js";
import type { BfcpTransmit } from "../../protocol/bfcp/output.js";
import type { BfcpNegotiation } from "../../protocol/sdp/bfcp-sdp.js";
import { MachineDriver } from "../clock/machine-driver.js";
import type { WireTap } from "../net/wire-tap.js";
import type { BfcpLink } from "./bfcp-link.js";
import { TcpBfcpLink } from "./tcp-bfcp-link.js";
import { UdpBfcpLink } from "./udp-bfcp-link.js";

/** The peer key of the room's own floor requests (the presentation alias); never on the wire. */
export const ROOM_PEER = "room-itself";

export interface RoomFloorControlOptions {
  readonly negotiated: BfcpNegotiation;
  readonly policy: FloorPolicy;
  /** User id the room uses for its own floor requests (not the caller's a=userid). */
  readonly roomUserId: number;
  readonly onEvent?: (e: FloorServerEvent, now: number) => void;
}

/**
 * The room's floor control server for one call (RFC 8855 §13): the FloorServer machine on the
 * call's BFCP socket, with real timers. Malformed bytes on the socket are counted and dropped (a
 * TCP connection that stops being BFCP is closed), never thrown.
 */
export class RoomFloorControl {
  readonly server: FloorServer;
  /**
   * Messages the machine could not take (it threw): kept, never allowed to end the room. A second
   * FloorRequest from the floor's holder makes FloorServer throw "illegal transition granted ->
   * granted" (src/protocol/bfcp/floor-server.ts), which a peer can send at will.
   */
  readonly machineErrors: string[] = [];
  private readonly driver: MachineDriver<BfcpTransmit, FloorServerEvent>;
  private selfTid = 1;

  private constructor(
    readonly link: BfcpLink,
    private readonly opts: RoomFloorControlOptions,
  ) {
    const n = opts.negotiated;
    this.server = new FloorServer({
      transport: n.transport,
      conferenceId: n.confId,
      floorIds: [n.floorId],
      policy: opts.policy,
      version: n.version,
    });
    this.driver = new MachineDriver(
      this.server,
      (t: BfcpTransmit) => (t.peer === ROOM_PEER ? this.toSelf(t.bytes) : link.send(t.peer, t.bytes)),
      (e) => opts.onEvent?.(e, this.driver.now()),
    );
    link.onMessage = (msg, peer) => {
      try {
        this.server.handleInput(this.driver.now(), msg, peer);
      } catch (e) {
        if (this.machineErrors.length < 20)
          this.machineErrors.push(e instanceof Error ? e.message : String(e));
      }
      this.driver.run();
    };
  }

  /** Opens the socket before the answer is written (its port goes in the SDP). */
  static async openLink(transport: "tcp" | "udp", host: string, tap?: WireTap): Promise<BfcpLink> {
    return transport === "tcp" ? TcpBfcpLink.listen(host, tap) : UdpBfcpLink.open(host, tap);
  }

  /** Starts serving on `link` as negotiated; connects out when the answer made the room active. */
  static start(link: BfcpLink, opts: RoomFloorControlOptions): RoomFloorControl {
    const c = new RoomFloorControl(link, opts);
    const n = opts.negotiated;
    if (link instanceof TcpBfcpLink && n.setup === "active" && n.remoteAddress)
      link.connect(n.remoteAddress, n.remotePort);
    if (link instanceof UdpBfcpLink && n.remoteAddress) link.setRemote(n.remoteAddress, n.remotePort);
    return c;
  }

  /**
   * The room takes the floor itself (the presentation alias): a FloorRequest from the room's own
   * user goes through the same server, so the floor's state is what any FloorQuery would see
   * (RFC 8855 §13.5). The caller is not told unasked: RFC 8855 sends FloorRequestStatus only to the
   * requester, and FloorStatus only to participants that asked with FloorQuery.
   */
  grantToSelf(): void {
    const now = this.driver.now();
    this.server.handleInput(now, this.selfMessage(Primitive.FloorRequest, this.selfTid++), ROOM_PEER);
    this.driver.run();
  }

  setPolicy(policy: FloorPolicy): void {
    this.server.setPolicy(policy);
  }

  close(): void {
    this.driver.stop();
    this.link.close();
  }

  /** Server output addressed to the room itself: acknowledge UDP notifications locally (RFC 8855 §8.3). */
  private toSelf(bytes: Uint8Array): void {
    const primitive = bytes[1];
    const tid = (bytes[8]! << 8) | bytes[9]!;
    const responder = (bytes[0]! & 0x10) !== 0;
    if (this.opts.negotiated.transport !== "udp" || responder || tid === 0) return;
    if (primitive !== Primitive.FloorRequestStatus && primitive !== Primitive.FloorStatus) return;
    const ack =
      primitive === Primitive.FloorStatus ? Primitive.FloorStatusAck : Primitive.FloorRequestStatusAck;
    queueMicrotask(() => {
      this.server.handleInput(
        this.driver.now(),
        { ...this.selfMessage(ack, tid), responder: true },
        ROOM_PEER,
      );
      this.driver.run();
    });
  }

  private selfMessage(primitive: number, transactionId: number): BfcpMessage {
    const n = this.opts.negotiated;
    return {
      version: n.version,
      responder: false,
      primitive,
      conferenceId: n.confId,
      transactionId,
      userId: this.opts.roomUserId,
      attributes:
        primitive === Primitive.FloorRequest ? [{ kind: "floorId", mandatory: false, value: n.floorId }] : [],
    };
  }
}
