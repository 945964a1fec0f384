import { MachineQueue, type SansIoMachine } from "../machine.js";
import { type BfcpAttribute, findAttribute, findAttributes } from "./attributes.js";
import {
  AttributeType,
  type BfcpTransport,
  type BfcpVersion,
  ErrorCode,
  isKnownPrimitive,
  Primitive,
  RequestStatus,
  versionForTransport,
} from "./constants.js";
import { type BfcpMessage, serializeBfcpMessage } from "./message.js";
import type { BfcpOutput, BfcpTransmit } from "./output.js";
import { floorRequestInformation } from "./request-status.js";
import { type ReliabilityOptions, TransactionTable } from "./udp-reliability.js";

// RFC 8855 §13 (floor control server operations), §8 (transactions), §6.2
// (unreliable transport). One holder per floor; requests are granted or denied
// at once by a policy. Sans-IO: `peer` is an opaque key naming the connection
// (a TCP connection id, or "ip:port" for UDP); every output names its peer.

export type FloorPolicy = "grant" | "deny";

/** Who holds a floor. */
export interface FloorHolder {
  readonly peer: string;
  readonly userId: number;
  readonly floorRequestId: number;
}

/** A floor is free or held by exactly one request. */
export type FloorState =
  | { readonly name: "free" }
  | { readonly name: "granted"; readonly holder: FloorHolder };

export type FloorServerEvent =
  | { readonly type: "hello"; readonly peer: string; readonly userId: number }
  | {
      readonly type: "floor-granted" | "floor-denied" | "floor-released" | "floor-revoked";
      readonly peer: string;
      readonly userId: number;
      readonly floorId: number;
      readonly floorRequestId: number;
    }
  | { readonly type: "error-sent"; readonly peer: string; readonly userId: number; readonly code: number }
  | { readonly type: "goodbye"; readonly peer: string; readonly userId: number }
  /** A server-initiated transaction went unacknowledged: the participant is taken as gone (RFC 8855 §6.2). */
  | { readonly type: "peer-unreachable"; readonly peer: string; readonly userId: number };

export interface FloorServerOptions extends Omit<ReliabilityOptions, "transport"> {
  readonly transport: BfcpTransport;
  /** a=confid we put in the SDP. */
  readonly conferenceId: number;
  /** The floors (a=floorid) this server controls. */
  readonly floorIds: readonly number[];
  /** User IDs that exist; undefined accepts any user (the room hands a=userid out per call). */
  readonly userIds?: readonly number[];
  /** Decision on each FloorRequest; `--deny-floor` in the room selects "deny". */
  readonly policy: FloorPolicy;
  /** A request for a floor someone holds: revoke the holder (default, like a room system) or deny. */
  readonly whenTaken?: "revoke" | "deny";
  /** Ver in the common header; default 1 over TCP, 2 over UDP (RFC 8855 §5.1). */
  readonly version?: BfcpVersion;
}

interface FloorRequestRecord {
  readonly peer: string;
  readonly userId: number;
  readonly floorIds: readonly number[];
  status: number;
}

/** RFC 8855 §5.3.12: what a HelloAck advertises. */
const SUPPORTED_PRIMITIVES = [
  Primitive.FloorRequest,
  Primitive.FloorRelease,
  Primitive.FloorRequestQuery,
  Primitive.FloorRequestStatus,
  Primitive.UserQuery,
  Primitive.UserStatus,
  Primitive.FloorQuery,
  Primitive.FloorStatus,
  Primitive.Hello,
  Primitive.HelloAck,
  Primitive.Error,
  Primitive.FloorRequestStatusAck,
  Primitive.ErrorAck,
  Primitive.FloorStatusAck,
  Primitive.Goodbye,
  Primitive.GoodbyeAck,
];
const SUPPORTED_ATTRIBUTES = Object.values(AttributeType);
const ACKS: readonly number[] = [
  Primitive.FloorRequestStatusAck,
  Primitive.FloorStatusAck,
  Primitive.ErrorAck,
  Primitive.HelloAck,
  Primitive.GoodbyeAck,
];

/** A BFCP floor control server for one conference. */
export class FloorServer implements SansIoMachine<BfcpTransmit, FloorServerEvent> {
  private readonly out = new MachineQueue<BfcpTransmit, FloorServerEvent>();
  private readonly tx: TransactionTable;
  private readonly version: BfcpVersion;
  private readonly floors = new Map<number, FloorState>();
  private readonly requests = new Map<number, FloorRequestRecord>();
  private policy: FloorPolicy;
  private nextFloorRequestId = 1;
  private nextTid = 1;

  constructor(private readonly opts: FloorServerOptions) {
    this.tx = new TransactionTable(opts);
    this.version = opts.version ?? versionForTransport(opts.transport);
    this.policy = opts.policy;
    for (const f of opts.floorIds) this.floors.set(f, { name: "free" });
  }

  /** The state of a floor, undefined for a floor this server does not control. */
  floor(floorId: number): FloorState | undefined {
    return this.floors.get(floorId);
  }

  /** Changes the policy for later requests. */
  setPolicy(policy: FloorPolicy): void {
    this.policy = policy;
  }

  /** Takes the floor from its holder and tells them (FloorRequestStatus Revoked). */
  revoke(now: number, floorId: number): boolean {
    const f = this.floors.get(floorId);
    if (f?.name !== "granted") return false;
    this.endHolding(now, f.holder, floorId, RequestStatus.Revoked, true);
    return true;
  }

  /** Feeds one message received from `peer`. */
  handleInput(now: number, msg: BfcpMessage, peer: string): void {
    if (this.isAnswer(msg, peer)) {
      this.tx.settle(peer, msg);
      return;
    }
    const cached = this.tx.replay(now, peer, msg);
    if (cached) {
      this.out.transmit({ peer, message: cached.message, bytes: cached.bytes }); // RFC 8855 §8.3: a retransmitted request gets the same answer
      return;
    }
    if (msg.conferenceId !== this.opts.conferenceId) {
      this.error(now, peer, msg, ErrorCode.ConferenceDoesNotExist, "conference does not exist");
      return;
    }
    if (this.opts.userIds && !this.opts.userIds.includes(msg.userId)) {
      this.error(now, peer, msg, ErrorCode.UserDoesNotExist, "user does not exist");
      return;
    }
    if (!isKnownPrimitive(msg.primitive)) {
      this.error(now, peer, msg, ErrorCode.UnknownPrimitive, `unknown primitive ${msg.primitive}`);
      return;
    }
    const unknown = unknownMandatory(msg.attributes);
    if (unknown.length > 0) {
      this.error(now, peer, msg, ErrorCode.UnknownMandatoryAttribute, "unknown mandatory attribute", unknown);
      return;
    }
    this.dispatch(now, msg, peer);
  }

  /** Retransmits server-initiated messages and gives up on silent peers. */
  handleTimeout(now: number): void {
    const r = this.tx.handleTimeout(now);
    for (const t of r.retransmit) this.out.transmit({ peer: t.peer, message: t.message, bytes: t.bytes });
    for (const f of r.failed) this.peerGone(now, f.peer, f.message.userId);
  }

  /** Next transmit, event, or the time to call handleTimeout. */
  pollOutput(): BfcpOutput<FloorServerEvent> {
    return this.out.poll(this.tx.nextTimeout());
  }

  private dispatch(now: number, msg: BfcpMessage, peer: string): void {
    switch (msg.primitive) {
      case Primitive.Hello:
        this.out.event({ type: "hello", peer, userId: msg.userId });
        this.respond(now, peer, msg, Primitive.HelloAck, [
          { kind: "supportedPrimitives", mandatory: false, primitives: SUPPORTED_PRIMITIVES },
          { kind: "supportedAttributes", mandatory: false, types: SUPPORTED_ATTRIBUTES },
        ]);
        return;
      case Primitive.FloorRequest:
        this.onFloorRequest(now, msg, peer);
        return;
      case Primitive.FloorRelease:
        this.onFloorRelease(now, msg, peer);
        return;
      case Primitive.FloorRequestQuery: {
        const rec = this.ownRequest(now, msg, peer);
        if (!rec) return;
        this.respond(now, peer, msg, Primitive.FloorRequestStatus, [
          floorRequestInformation(rec.id, rec.rec.floorIds, rec.rec.status),
        ]);
        return;
      }
      case Primitive.FloorQuery:
        this.onFloorQuery(now, msg, peer);
        return;
      case Primitive.UserQuery:
        this.respond(now, peer, msg, Primitive.UserStatus, this.userRequests(msg.userId));
        return;
      case Primitive.Goodbye:
        this.respond(now, peer, msg, Primitive.GoodbyeAck, []);
        this.out.event({ type: "goodbye", peer, userId: msg.userId });
        this.releaseAllOf(now, peer, msg.userId);
        this.tx.forget(peer);
        return;
      case Primitive.ChairAction:
        this.error(now, peer, msg, ErrorCode.UnauthorizedOperation, "this conference has no chairs");
        return;
      default:
        this.error(
          now,
          peer,
          msg,
          ErrorCode.UnknownPrimitive,
          `a server does not accept primitive ${msg.primitive}`,
        );
        return;
    }
  }

  // RFC 8855 §13.1: FloorRequest.
  private onFloorRequest(now: number, msg: BfcpMessage, peer: string): void {
    const floorIds = findAttributes(msg.attributes, "floorId").map((a) => a.value);
    if (floorIds.length === 0) {
      this.error(now, peer, msg, ErrorCode.UnableToParseMessage, "FloorRequest without FLOOR-ID");
      return;
    }
    const bad = floorIds.find((f) => !this.floors.has(f));
    if (bad !== undefined) {
      this.error(now, peer, msg, ErrorCode.InvalidFloorId, `floor ${bad} does not exist`);
      return;
    }
    if (findAttribute(msg.attributes, "beneficiaryId")) {
      this.error(now, peer, msg, ErrorCode.UnauthorizedOperation, "third-party floor requests need a chair");
      return;
    }
    const id = this.takeFloorRequestId();
    const taken = floorIds.some((f) => this.holderOf(f, msg.userId) !== undefined);
    const deny = this.policy === "deny" || (taken && this.opts.whenTaken === "deny");
    const rec: FloorRequestRecord = {
      peer,
      userId: msg.userId,
      floorIds,
      status: deny ? RequestStatus.Denied : RequestStatus.Pending,
    };
    this.requests.set(id, rec);
    this.respond(now, peer, msg, Primitive.FloorRequestStatus, [
      floorRequestInformation(id, floorIds, rec.status),
    ]);
    if (deny) {
      for (const floorId of floorIds) {
        this.out.event({ type: "floor-denied", peer, userId: msg.userId, floorId, floorRequestId: id });
      }
      return;
    }
    // One holder per floor: the previous holder loses it before the new one gets it. A holder
    // asking again gets the new request granted; its old one ends as released.
    for (const floorId of floorIds) {
      const h = this.holderOf(floorId, msg.userId);
      if (h) this.endHolding(now, h, floorId, RequestStatus.Revoked, true);
      const f = this.floors.get(floorId);
      if (f?.name === "granted") this.endHolding(now, f.holder, floorId, RequestStatus.Released, false);
    }
    rec.status = RequestStatus.Granted;
    for (const floorId of floorIds) {
      this.transitionFloor(floorId, {
        name: "granted",
        holder: { peer, userId: msg.userId, floorRequestId: id },
      });
      this.out.event({ type: "floor-granted", peer, userId: msg.userId, floorId, floorRequestId: id });
    }
    this.notify(now, peer, msg.userId, [floorRequestInformation(id, floorIds, RequestStatus.Granted)]);
  }

  // RFC 8855 §13.2: FloorRelease.
  private onFloorRelease(now: number, msg: BfcpMessage, peer: string): void {
    const own = this.ownRequest(now, msg, peer);
    if (!own) return;
    const wasGranted = own.rec.status === RequestStatus.Granted;
    own.rec.status = wasGranted ? RequestStatus.Released : RequestStatus.Cancelled;
    this.respond(now, peer, msg, Primitive.FloorRequestStatus, [
      floorRequestInformation(own.id, own.rec.floorIds, own.rec.status),
    ]);
    if (!wasGranted) return;
    for (const floorId of own.rec.floorIds) {
      const f = this.floors.get(floorId);
      if (f?.name === "granted" && f.holder.floorRequestId === own.id) {
        this.transitionFloor(floorId, { name: "free" });
        this.out.event({ type: "floor-released", peer, userId: msg.userId, floorId, floorRequestId: own.id });
      }
    }
  }

  // RFC 8855 §13.5: FloorQuery answered with one FloorStatus per floor asked about (the first, here).
  private onFloorQuery(now: number, msg: BfcpMessage, peer: string): void {
    const floorId = findAttribute(msg.attributes, "floorId")?.value;
    if (floorId !== undefined && !this.floors.has(floorId)) {
      this.error(now, peer, msg, ErrorCode.InvalidFloorId, `floor ${floorId} does not exist`);
      return;
    }
    const attrs: BfcpAttribute[] = [];
    if (floorId !== undefined) {
      attrs.push({ kind: "floorId", mandatory: false, value: floorId });
      const f = this.floors.get(floorId);
      if (f?.name === "granted") {
        attrs.push(floorRequestInformation(f.holder.floorRequestId, [floorId], RequestStatus.Granted));
      }
    }
    this.respond(now, peer, msg, Primitive.FloorStatus, attrs);
  }

  private ownRequest(
    now: number,
    msg: BfcpMessage,
    peer: string,
  ): { id: number; rec: FloorRequestRecord } | undefined {
    const id = findAttribute(msg.attributes, "floorRequestId")?.value;
    if (id === undefined) {
      this.error(now, peer, msg, ErrorCode.UnableToParseMessage, "FLOOR-REQUEST-ID missing");
      return undefined;
    }
    const rec = this.requests.get(id);
    if (!rec || rec.userId !== msg.userId) {
      this.error(now, peer, msg, ErrorCode.FloorRequestIdDoesNotExist, `floor request ${id} does not exist`);
      return undefined;
    }
    return { id, rec };
  }

  private userRequests(userId: number): BfcpAttribute[] {
    const out: BfcpAttribute[] = [];
    for (const [id, r] of this.requests) {
      if (r.userId === userId && (r.status === RequestStatus.Granted || r.status === RequestStatus.Pending)) {
        out.push(floorRequestInformation(id, r.floorIds, r.status));
      }
    }
    return out;
  }

  /** The holder of `floorId` when it is someone other than `userId`. */
  private holderOf(floorId: number, userId: number): FloorHolder | undefined {
    const f = this.floors.get(floorId);
    return f?.name === "granted" && f.holder.userId !== userId ? f.holder : undefined;
  }

  private endHolding(now: number, h: FloorHolder, floorId: number, status: number, tell: boolean): void {
    this.transitionFloor(floorId, { name: "free" });
    const rec = this.requests.get(h.floorRequestId);
    if (rec) rec.status = status;
    const type = status === RequestStatus.Revoked ? "floor-revoked" : "floor-released";
    this.out.event({ type, peer: h.peer, userId: h.userId, floorId, floorRequestId: h.floorRequestId });
    if (tell)
      this.notify(now, h.peer, h.userId, [floorRequestInformation(h.floorRequestId, [floorId], status)]);
  }

  private releaseAllOf(now: number, peer: string, userId: number): void {
    for (const [floorId, f] of this.floors) {
      if (f.name === "granted" && f.holder.peer === peer && f.holder.userId === userId) {
        this.endHolding(now, f.holder, floorId, RequestStatus.Released, false);
      }
    }
  }

  private peerGone(now: number, peer: string, userId: number): void {
    this.out.event({ type: "peer-unreachable", peer, userId });
    this.releaseAllOf(now, peer, userId);
    this.tx.forget(peer);
  }

  /** The one guarded transition for a floor: free -> granted -> free. */
  private transitionFloor(floorId: number, to: FloorState): void {
    const from = this.floors.get(floorId);
    if (!from || from.name === to.name) {
      throw new Error(`floor ${floorId}: illegal transition ${from?.name ?? "unknown"} -> ${to.name}`);
    }
    this.floors.set(floorId, to);
  }

  private respond(
    now: number,
    peer: string,
    req: BfcpMessage,
    primitive: number,
    attributes: BfcpAttribute[],
  ): void {
    const message: BfcpMessage = {
      version: this.version,
      responder: this.opts.transport === "udp",
      primitive,
      conferenceId: req.conferenceId,
      transactionId: req.transactionId,
      userId: req.userId,
      attributes,
    };
    const bytes = serializeBfcpMessage(message);
    this.tx.remember(now, peer, req, message, bytes);
    this.out.transmit({ peer, message, bytes });
  }

  /**
   * Server-initiated FloorRequestStatus (RFC 8855 §13.1.2): over UDP a transaction of its own that the
   * participant acknowledges; over TCP Transaction ID 0 and no acknowledgement.
   */
  private notify(now: number, peer: string, userId: number, attributes: BfcpAttribute[]): void {
    const udp = this.opts.transport === "udp";
    const message: BfcpMessage = {
      version: this.version,
      responder: false,
      primitive: Primitive.FloorRequestStatus,
      conferenceId: this.opts.conferenceId,
      transactionId: udp ? this.takeTid() : 0,
      userId,
      attributes,
    };
    const bytes = udp ? this.tx.open(now, peer, message) : serializeBfcpMessage(message);
    this.out.transmit({ peer, message, bytes });
  }

  // RFC 8855 §13.8: Error with ERROR-CODE (and ERROR-INFO for people reading logs).
  private error(
    now: number,
    peer: string,
    req: BfcpMessage,
    code: number,
    info: string,
    unknownTypes: readonly number[] = [],
  ): void {
    this.out.event({ type: "error-sent", peer, userId: req.userId, code });
    this.respond(now, peer, req, Primitive.Error, [
      { kind: "errorCode", mandatory: true, code, details: Uint8Array.from(unknownTypes, (t) => t << 1) },
      { kind: "errorInfo", mandatory: false, text: info },
    ]);
  }

  /** Over UDP the R bit marks answers; over TCP acks and answers are matched to open transactions. */
  private isAnswer(msg: BfcpMessage, peer: string): boolean {
    if (this.opts.transport === "udp") return msg.responder;
    return (
      ACKS.includes(msg.primitive) || (msg.transactionId !== 0 && this.tx.isOpen(peer, msg.transactionId))
    );
  }

  private takeFloorRequestId(): number {
    const id = this.nextFloorRequestId;
    this.nextFloorRequestId = id >= 0xffff ? 1 : id + 1;
    return id;
  }

  private takeTid(): number {
    const t = this.nextTid;
    this.nextTid = t >= 0xffff ? 1 : t + 1;
    return t;
  }
}

function unknownMandatory(attrs: readonly BfcpAttribute[]): number[] {
  const out: number[] = [];
  for (const a of attrs) {
    if (a.kind === "unknown" && a.mandatory) out.push(a.type);
    if ("children" in a) out.push(...unknownMandatory(a.children));
  }
  return out;
}
