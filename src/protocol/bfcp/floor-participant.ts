import { MachineQueue, type SansIoMachine } from "../machine.js";
import { findAttribute } from "./attributes.js";
import {
  type BfcpTransport,
  type BfcpVersion,
  Primitive,
  primitiveName,
  RequestStatus,
  versionForTransport,
} from "./constants.js";
import { type BfcpMessage, serializeBfcpMessage } from "./message.js";
import type { BfcpOutput, BfcpTransmit } from "./output.js";
import { readFloorRequestState } from "./request-status.js";
import { type ReliabilityOptions, TransactionTable } from "./udp-reliability.js";

// RFC 8855 §6 (transport), §8 (transactions), §10 (floor participant operations).
// Sans-IO: time comes in as `now` (ms), messages come in parsed, and everything
// the participant wants done comes out of pollOutput().

/** Where the participant stands; one floor request at a time. */
export type ParticipantState =
  | { readonly name: "idle" }
  | { readonly name: "connecting" }
  | { readonly name: "connected" }
  | { readonly name: "requesting" }
  | { readonly name: "pending"; readonly floorRequestId: number; readonly queuePosition: number }
  | { readonly name: "granted"; readonly floorRequestId: number }
  | { readonly name: "releasing"; readonly floorRequestId: number }
  | { readonly name: "released"; readonly floorRequestId: number }
  | { readonly name: "denied"; readonly floorRequestId: number | undefined }
  | { readonly name: "revoked"; readonly floorRequestId: number }
  | { readonly name: "closing" }
  | { readonly name: "closed" }
  | { readonly name: "failed"; readonly reason: string; readonly errorCode: number | undefined };

export type ParticipantStateName = ParticipantState["name"];

export type ParticipantEvent =
  /** Every state change, in order. */
  | { readonly type: "state"; readonly state: ParticipantState }
  /** An Error message arrived (RFC 8855 §5.3.13). */
  | { readonly type: "error"; readonly code: number | undefined; readonly info: string | undefined };

export interface FloorParticipantOptions extends Omit<ReliabilityOptions, "transport"> {
  readonly transport: BfcpTransport;
  /** a=confid from the SDP answer. */
  readonly conferenceId: number;
  /** a=userid from the SDP answer. */
  readonly userId: number;
  /** a=floorid of the slides stream. */
  readonly floorId: number;
  /** Ver in the common header; default 1 over TCP, 2 over UDP (RFC 8855 §5.1). */
  readonly version?: BfcpVersion;
  /** First Transaction ID used (non-zero); default 1. */
  readonly firstTransactionId?: number;
}

const SERVER = "server";

// One guarded transition table (STYLE rule 5): state -> states it may move to.
const ALLOWED: Record<ParticipantStateName, readonly ParticipantStateName[]> = {
  idle: ["connecting", "failed"],
  connecting: ["connected", "closing", "failed"],
  connected: ["requesting", "closing", "failed"],
  requesting: ["pending", "granted", "denied", "released", "revoked", "closing", "failed"],
  pending: ["pending", "granted", "denied", "releasing", "released", "revoked", "closing", "failed"],
  granted: ["releasing", "released", "revoked", "closing", "failed"],
  releasing: ["released", "revoked", "closing", "failed"],
  released: ["requesting", "closing", "failed"],
  denied: ["requesting", "closing", "failed"],
  revoked: ["requesting", "closing", "failed"],
  closing: ["closed", "failed"],
  closed: [],
  failed: [],
};

/** A BFCP floor participant for one floor: Hello, FloorRequest, FloorRelease, Goodbye. */
export class FloorParticipant implements SansIoMachine<BfcpTransmit, ParticipantEvent> {
  private current: ParticipantState = { name: "idle" };
  private readonly out = new MachineQueue<BfcpTransmit, ParticipantEvent>();
  private readonly tx: TransactionTable;
  private readonly version: BfcpVersion;
  private nextTid: number;

  constructor(private readonly opts: FloorParticipantOptions) {
    this.tx = new TransactionTable(opts);
    this.version = opts.version ?? versionForTransport(opts.transport);
    this.nextTid = opts.firstTransactionId ?? 1;
  }

  get state(): ParticipantState {
    return this.current;
  }

  /** Sends Hello (RFC 8855 §5.3.11) once the transport is up. */
  start(now: number): boolean {
    if (!this.transition({ name: "connecting" })) return false;
    this.request(now, Primitive.Hello, []);
    return true;
  }

  /** Sends FloorRequest for the configured floor (RFC 8855 §10.1). */
  requestFloor(now: number): boolean {
    if (!this.transition({ name: "requesting" })) return false;
    this.request(now, Primitive.FloorRequest, [
      { kind: "floorId", mandatory: false, value: this.opts.floorId },
    ]);
    return true;
  }

  /** Sends FloorRelease for the current request (RFC 8855 §10.2); needs its Floor Request ID. */
  releaseFloor(now: number): boolean {
    const s = this.current;
    if (s.name !== "pending" && s.name !== "granted") return false;
    this.transition({ name: "releasing", floorRequestId: s.floorRequestId });
    this.request(now, Primitive.FloorRelease, [
      { kind: "floorRequestId", mandatory: false, value: s.floorRequestId },
    ]);
    return true;
  }

  /** Sends Goodbye (RFC 8855 §5.3.17) before the connection is torn down. */
  stop(now: number): boolean {
    if (!this.transition({ name: "closing" })) return false;
    this.request(now, Primitive.Goodbye, []);
    return true;
  }

  /** Feeds one message received from the floor control server. */
  handleInput(now: number, msg: BfcpMessage): void {
    if (msg.conferenceId !== this.opts.conferenceId || msg.userId !== this.opts.userId) return;
    const opened = this.isAnswer(msg) ? this.tx.settle(SERVER, msg) : undefined;
    if (opened) {
      this.onAnswer(msg, opened);
      return;
    }
    if (this.isAnswer(msg)) return; // a late duplicate answer: its transaction is already settled
    this.onServerRequest(now, msg);
  }

  /** Retransmits and fails transactions whose timers have fired. */
  handleTimeout(now: number): void {
    const r = this.tx.handleTimeout(now);
    for (const t of r.retransmit) this.out.transmit({ peer: t.peer, message: t.message, bytes: t.bytes });
    for (const f of r.failed) {
      const what = `no answer to ${primitiveName(f.message.primitive)}`;
      if (f.message.primitive === Primitive.Goodbye) this.transition({ name: "closed" });
      else this.transition({ name: "failed", reason: what, errorCode: undefined });
    }
  }

  /** Next transmit, event, or the time to call handleTimeout. */
  pollOutput(): BfcpOutput<ParticipantEvent> {
    return this.out.poll(this.tx.nextTimeout());
  }

  private request(now: number, primitive: number, attributes: BfcpMessage["attributes"]): void {
    const message: BfcpMessage = { ...this.header(this.takeTid(), false), primitive, attributes };
    const bytes = this.tx.open(now, SERVER, message);
    this.out.transmit({ peer: SERVER, message, bytes });
  }

  private header(transactionId: number, responder: boolean) {
    return {
      version: this.version,
      responder: this.opts.transport === "udp" && responder,
      conferenceId: this.opts.conferenceId,
      transactionId,
      userId: this.opts.userId,
    };
  }

  private takeTid(): number {
    const t = this.nextTid;
    this.nextTid = this.nextTid >= 0xffff ? 1 : this.nextTid + 1;
    return t;
  }

  /** Over UDP the R bit says; over TCP an answer is whatever matches an open transaction. */
  private isAnswer(msg: BfcpMessage): boolean {
    if (this.opts.transport === "udp") return msg.responder;
    return msg.transactionId !== 0 && this.tx.isOpen(SERVER, msg.transactionId);
  }

  private onAnswer(msg: BfcpMessage, opened: BfcpMessage): void {
    if (msg.primitive === Primitive.Error) {
      const code = findAttribute(msg.attributes, "errorCode")?.code;
      const info = findAttribute(msg.attributes, "errorInfo")?.text;
      this.out.event({ type: "error", code, info });
      if (opened.primitive === Primitive.Goodbye) this.transition({ name: "closed" });
      else
        this.transition({
          name: "failed",
          reason: `Error ${code ?? "?"} ${info ?? ""}`.trim(),
          errorCode: code,
        });
      return;
    }
    switch (opened.primitive) {
      case Primitive.Hello:
        this.transition({ name: "connected" });
        return;
      case Primitive.Goodbye:
        this.transition({ name: "closed" });
        return;
      case Primitive.FloorRequest:
      case Primitive.FloorRelease:
        this.onFloorRequestStatus(msg);
        return;
    }
  }

  /** Server-initiated: FloorRequestStatus / FloorStatus notifications, Hello, Goodbye, Error. */
  private onServerRequest(now: number, msg: BfcpMessage): void {
    const cached = this.tx.replay(now, SERVER, msg);
    if (cached) {
      this.out.transmit({ peer: SERVER, message: cached.message, bytes: cached.bytes }); // RFC 8855 §8.3: answer a retransmission again, act once
      return;
    }
    const ack = ackFor(msg.primitive);
    if (this.opts.transport === "udp" && ack !== undefined) this.respond(now, msg, ack);
    switch (msg.primitive) {
      case Primitive.FloorRequestStatus:
        this.onFloorRequestStatus(msg);
        return;
      case Primitive.Error: {
        const code = findAttribute(msg.attributes, "errorCode")?.code;
        this.out.event({ type: "error", code, info: findAttribute(msg.attributes, "errorInfo")?.text });
        return;
      }
      case Primitive.Hello:
        this.respond(now, msg, Primitive.HelloAck);
        return;
      case Primitive.Goodbye:
        this.respond(now, msg, Primitive.GoodbyeAck);
        this.transition({ name: "closed" });
        return;
    }
  }

  private respond(now: number, request: BfcpMessage, primitive: number): void {
    const message: BfcpMessage = { ...this.header(request.transactionId, true), primitive, attributes: [] };
    const bytes = serializeBfcpMessage(message);
    this.tx.remember(now, SERVER, request, message, bytes);
    this.out.transmit({ peer: SERVER, message, bytes });
  }

  private onFloorRequestStatus(msg: BfcpMessage): void {
    const st = readFloorRequestState(msg);
    if (!st || st.status === undefined) return;
    const id = st.floorRequestId;
    const cur = this.current;
    // A status for some other request than ours (after we have its id) is not ours to act on.
    if ("floorRequestId" in cur && cur.floorRequestId !== undefined && cur.floorRequestId !== id) return;
    switch (st.status) {
      case RequestStatus.Pending:
      case RequestStatus.Accepted:
        this.transition({ name: "pending", floorRequestId: id, queuePosition: st.queuePosition });
        return;
      case RequestStatus.Granted:
        this.transition({ name: "granted", floorRequestId: id });
        return;
      case RequestStatus.Denied:
        this.transition({ name: "denied", floorRequestId: id });
        return;
      case RequestStatus.Cancelled:
      case RequestStatus.Released:
        this.transition({ name: "released", floorRequestId: id });
        return;
      case RequestStatus.Revoked:
        this.transition({ name: "revoked", floorRequestId: id });
        return;
    }
  }

  /** The one guarded transition: refuses moves the table does not allow, emits a state event otherwise. */
  private transition(to: ParticipantState): boolean {
    const from = this.current;
    if (!ALLOWED[from.name].includes(to.name)) return false;
    if (from.name === to.name && JSON.stringify(from) === JSON.stringify(to)) return true;
    this.current = to;
    this.out.event({ type: "state", state: to });
    return true;
  }
}

function ackFor(primitive: number): number | undefined {
  switch (primitive) {
    case Primitive.FloorRequestStatus:
      return Primitive.FloorRequestStatusAck;
    case Primitive.FloorStatus:
      return Primitive.FloorStatusAck;
    case Primitive.Error:
      return Primitive.ErrorAck;
    default:
      return undefined;
  }
}
