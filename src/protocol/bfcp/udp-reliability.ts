import { type BfcpTransport, Primitive } from "./constants.js";
import { type BfcpMessage, serializeBfcpMessage } from "./message.js";

// RFC 8855 §6.2 and §8.3: over an unreliable transport every transaction is
// made reliable by its initiator. A request (or a server-initiated
// FloorRequestStatus / FloorStatus / Error) is retransmitted when timer T1
// fires, T1 doubling each time (0.5 s, 1 s, 2 s, 4 s), and the transaction
// fails after the last retransmission goes unanswered. The responder keeps
// its response for T2 (10 s) and sends it again, without acting twice, when a
// request arrives again with the same Transaction ID. Over TCP nothing is
// retransmitted, but the same overall deadline still ends a transaction that
// never gets an answer, so no machine waits forever.

export interface ReliabilityOptions {
  readonly transport: BfcpTransport;
  /** Initial retransmission timer T1 in ms (RFC 8855 §8.3.3). Default 500. */
  readonly t1Ms?: number;
  /** Retransmissions before the transaction fails (RFC 8855 §8.3.1). Default 3. */
  readonly maxRetransmits?: number;
  /** How long a response is kept to answer a retransmitted request, T2 (RFC 8855 §8.3.3). Default 10 000. */
  readonly t2Ms?: number;
}

export const DEFAULT_T1_MS = 500;
export const DEFAULT_MAX_RETRANSMITS = 3;
export const DEFAULT_T2_MS = 10_000;

interface Outgoing {
  readonly peer: string;
  readonly message: BfcpMessage;
  readonly bytes: Uint8Array;
  retransmits: number;
  interval: number;
  nextAt: number;
}

interface Cached {
  readonly message: BfcpMessage;
  readonly bytes: Uint8Array;
  readonly expiresAt: number;
}

export interface TimeoutResult {
  /** Datagrams to send again. */
  readonly retransmit: readonly {
    readonly peer: string;
    readonly message: BfcpMessage;
    readonly bytes: Uint8Array;
  }[];
  /** Transactions that got no answer in time. */
  readonly failed: readonly { readonly peer: string; readonly message: BfcpMessage }[];
}

/** RFC 8855 §5.3: the primitives that may answer a transaction opened by `request`. */
export function answersTo(request: number): readonly number[] {
  switch (request) {
    case Primitive.FloorRequest:
    case Primitive.FloorRelease:
    case Primitive.FloorRequestQuery:
      return [Primitive.FloorRequestStatus, Primitive.Error];
    case Primitive.UserQuery:
      return [Primitive.UserStatus, Primitive.Error];
    case Primitive.FloorQuery:
      return [Primitive.FloorStatus, Primitive.Error];
    case Primitive.ChairAction:
      return [Primitive.ChairActionAck, Primitive.Error];
    case Primitive.Hello:
      return [Primitive.HelloAck, Primitive.Error];
    case Primitive.Goodbye:
      return [Primitive.GoodbyeAck, Primitive.Error];
    case Primitive.FloorRequestStatus:
      return [Primitive.FloorRequestStatusAck];
    case Primitive.FloorStatus:
      return [Primitive.FloorStatusAck];
    case Primitive.Error:
      return [Primitive.ErrorAck];
    default:
      return [];
  }
}

/** Outgoing transactions (retransmission, deadline) and the response cache for incoming ones. */
export class TransactionTable {
  readonly transport: BfcpTransport;
  private readonly t1: number;
  private readonly maxRetransmits: number;
  private readonly t2: number;
  private readonly outgoing = new Map<string, Outgoing>();
  private readonly responses = new Map<string, Cached>();

  constructor(opts: ReliabilityOptions) {
    this.transport = opts.transport;
    this.t1 = opts.t1Ms ?? DEFAULT_T1_MS;
    this.maxRetransmits = opts.maxRetransmits ?? DEFAULT_MAX_RETRANSMITS;
    this.t2 = opts.t2Ms ?? DEFAULT_T2_MS;
  }

  /** Opens a transaction for `message` (its Transaction ID must be non-zero) and returns its bytes. */
  open(now: number, peer: string, message: BfcpMessage): Uint8Array {
    if (message.transactionId === 0) throw new RangeError("a transaction needs a non-zero Transaction ID");
    const bytes = serializeBfcpMessage(message);
    // Over TCP there is no retransmission: one deadline equal to the UDP give-up time.
    const interval = this.transport === "udp" ? this.t1 : this.t1 * (2 ** (this.maxRetransmits + 1) - 1);
    this.outgoing.set(key(peer, message.transactionId), {
      peer,
      message,
      bytes,
      retransmits: 0,
      interval,
      nextAt: now + interval,
    });
    return bytes;
  }

  /**
   * Closes the transaction `answer` belongs to and returns the message that opened it, or
   * undefined when `answer` matches no open transaction (late duplicate, stray).
   */
  settle(peer: string, answer: BfcpMessage): BfcpMessage | undefined {
    const k = key(peer, answer.transactionId);
    const open = this.outgoing.get(k);
    if (!open || !answersTo(open.message.primitive).includes(answer.primitive)) return undefined;
    this.outgoing.delete(k);
    return open.message;
  }

  /** True when a transaction with this id is open towards `peer`. */
  isOpen(peer: string, transactionId: number): boolean {
    return this.outgoing.has(key(peer, transactionId));
  }

  /** Forgets every transaction with `peer` (it said Goodbye or went away). */
  forget(peer: string): void {
    for (const [k, o] of this.outgoing) if (o.peer === peer) this.outgoing.delete(k);
    for (const k of this.responses.keys()) if (k.startsWith(`${peer}\u0000`)) this.responses.delete(k);
  }

  /** UDP: remembers the response to `request` for T2 so a retransmitted request gets it again. */
  remember(now: number, peer: string, request: BfcpMessage, response: BfcpMessage, bytes: Uint8Array): void {
    if (this.transport !== "udp") return;
    this.responses.set(requestKey(peer, request), { message: response, bytes, expiresAt: now + this.t2 });
  }

  /** UDP: the response already sent for this request, when it is a retransmission. */
  replay(
    now: number,
    peer: string,
    request: BfcpMessage,
  ): { readonly message: BfcpMessage; readonly bytes: Uint8Array } | undefined {
    const c = this.responses.get(requestKey(peer, request));
    return c && c.expiresAt > now ? c : undefined;
  }

  /** Retransmits what is due and fails what has run out of retransmissions. */
  handleTimeout(now: number): TimeoutResult {
    const retransmit: { peer: string; message: BfcpMessage; bytes: Uint8Array }[] = [];
    const failed: { peer: string; message: BfcpMessage }[] = [];
    for (const [k, o] of this.outgoing) {
      if (o.nextAt > now) continue;
      if (this.transport === "tcp" || o.retransmits >= this.maxRetransmits) {
        this.outgoing.delete(k);
        failed.push({ peer: o.peer, message: o.message });
        continue;
      }
      o.retransmits += 1;
      o.interval *= 2;
      o.nextAt = now + o.interval;
      retransmit.push({ peer: o.peer, message: o.message, bytes: o.bytes });
    }
    for (const [k, c] of this.responses) if (c.expiresAt <= now) this.responses.delete(k);
    return { retransmit, failed };
  }

  /** When handleTimeout next has work, or undefined when nothing is outstanding. */
  nextTimeout(): number | undefined {
    let next: number | undefined;
    for (const o of this.outgoing.values()) next = next === undefined ? o.nextAt : Math.min(next, o.nextAt);
    for (const c of this.responses.values())
      next = next === undefined ? c.expiresAt : Math.min(next, c.expiresAt);
    return next;
  }

  /** Open outgoing transactions. */
  get openCount(): number {
    return this.outgoing.size;
  }
}

function key(peer: string, tid: number): string {
  return `${peer}\u0000${tid}`;
}

function requestKey(peer: string, m: BfcpMessage): string {
  return `${peer}\u0000${m.transactionId}\u0000${m.primitive}\u0000${m.conferenceId}\u0000${m.userId}`;
}
