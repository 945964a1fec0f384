import { type MachineOutput, MachineQueue, type SansIoMachine } from "../../machine.js";
import { ParseError } from "../../parse-error.js";
import type { SipMessageHead } from "../message-head.js";
import { DeadlineHeap } from "./deadline-heap.js";
import { InviteClientTransaction } from "./invite-client-transaction.js";
import { InviteServerTransaction } from "./invite-server-transaction.js";
import { NonInviteClientTransaction } from "./non-invite-client-transaction.js";
import { NonInviteServerTransaction } from "./non-invite-server-transaction.js";
import { RetransmissionCounts } from "./retransmission-counts.js";
import { checkTimers, RFC3261_TIMERS, type TransactionTimers, transactionTimeout } from "./timers.js";
import { clientKey, serverKey, type TransactionFacts, transactionFacts } from "./transaction-key.js";
import { DELIVER, type ReceiveVerdict, type SipTransmit, type TransactionEvent } from "./transmit.js";

type ClientTransaction<D> = InviteClientTransaction<D> | NonInviteClientTransaction<D>;
type ServerTransaction<D> = InviteServerTransaction<D> | NonInviteServerTransaction<D>;
type AnyTransaction<D> = ClientTransaction<D> | ServerTransaction<D>;

/** One transaction with the map and key it is kept under. */
interface Entry<D> {
  readonly map: Map<string, AnyTransaction<D>>;
  readonly key: string;
  readonly t: AnyTransaction<D>;
}

export interface TransactionLayerOptions {
  readonly timers?: Partial<TransactionTimers>;
  /**
   * Most transactions kept at once (default 4096). Past it the oldest is forgotten: its
   * retransmissions then reach the transaction user as they did without this layer. A bound,
   * because a server transaction over UDP lives 64*T1 after its final response.
   */
  readonly maxTransactions?: number;
  /** Where retransmissions are counted (default a new tally per layer). */
  readonly counts?: RetransmissionCounts;
}

/**
 * The RFC 3261 §17 transaction layer underneath a transaction user that sends every message
 * once (sip.js 0.21: no Timer A, E or G, and Timers D, I, J, K of zero). It sees every message
 * the TU sends (`sent`) and every message the transport receives (`received`), keeps one
 * client or server transaction per §17.1.3 / §17.2.3 key, and
 * - retransmits our requests over unreliable transports (Timers A and E) until a response,
 *   and our non-2xx final responses to INVITE (Timer G) until the ACK;
 * - absorbs retransmitted requests, answering each with the last response sent, and
 *   retransmitted responses and ACKs, so the TU sees each message once;
 * - counts what was retransmitted, both ways, by method or status.
 * `D` is the shell's handle on where a message went; the core never looks inside it.
 */
export class TransactionLayer<D> implements SansIoMachine<SipTransmit<D>, TransactionEvent> {
  readonly timers: TransactionTimers;
  readonly counts: RetransmissionCounts;
  private readonly clients = new Map<string, ClientTransaction<D>>();
  private readonly servers = new Map<string, ServerTransaction<D>>();
  /** ACKs for 2xx responses seen (their own transaction, §17.1.1.3), until this time. */
  private readonly acks = new Map<string, number>();
  private readonly queue = new MachineQueue<SipTransmit<D>, TransactionEvent>();
  private readonly wakeUps = new DeadlineHeap<Entry<D>>();
  private readonly scheduled = new WeakMap<AnyTransaction<D>, number>();
  private readonly max: number;

  constructor(options: TransactionLayerOptions = {}) {
    this.timers = checkTimers({ ...RFC3261_TIMERS, ...options.timers });
    this.max = options.maxTransactions ?? 4096;
    this.counts = options.counts ?? new RetransmissionCounts();
  }

  /** Transactions alive now (clients, servers). */
  get size(): { clients: number; servers: number } {
    return { clients: this.clients.size, servers: this.servers.size };
  }

  /**
   * Whether a request belongs to a server transaction already under way (RFC 3261 §17.2.3): a
   * retransmission, which is no new request to count or refuse.
   */
  hasServerTransaction(head: SipMessageHead): boolean {
    const f = facts(head);
    return f?.kind === "request" && this.servers.has(serverKey(f));
  }

  /** A message the transport received; `deliver: false` means the TU must not see it. */
  received(head: SipMessageHead, reliable: boolean, now: number): ReceiveVerdict {
    const f = facts(head);
    if (!f) return DELIVER;
    const verdict =
      f.kind === "request" ? this.receivedRequest(f, reliable, now) : this.receivedResponse(f, now);
    if (verdict.retransmission) this.counts.received(f.label);
    return verdict;
  }

  /** A message the TU sent (once it is on the wire); says whether it repeated an earlier one. */
  sent(head: SipMessageHead, text: string, destination: D, reliable: boolean, now: number): boolean {
    const f = facts(head);
    if (!f) return false;
    const message = { text, destination, label: f.label };
    let repeat = false;
    if (f.kind === "response") {
      const key = serverKey(f);
      const server = this.servers.get(key);
      if (server) {
        repeat = server.responseSent(f.status ?? 0, message, now).retransmission;
        this.settle(this.servers, key, server);
      }
    } else if (f.method === "ACK") {
      const invite = this.clients.get(clientKey(f));
      repeat =
        invite instanceof InviteClientTransaction
          ? invite.ackSent(message).retransmission
          : this.seenAck(`out|${f.branch}`, now);
    } else {
      const key = clientKey(f);
      repeat = this.clients.has(key);
      if (!repeat) {
        const client =
          f.method === "INVITE"
            ? new InviteClientTransaction(message, reliable, this.timers, now)
            : new NonInviteClientTransaction(message, reliable, this.timers, now);
        this.add(this.clients, key, client);
      }
    }
    if (repeat) this.counts.sent(f.label);
    return repeat;
  }

  handleTimeout(now: number): void {
    for (;;) {
      const top = this.wakeUps.peek((at, e) => this.isCurrent(at, e));
      if (!top || top.at > now) break;
      this.wakeUps.pop();
      top.item.t.handleTimeout(now);
      this.settle(top.item.map, top.item.key, top.item.t);
    }
    for (const [key, until] of this.acks) if (until <= now) this.acks.delete(key);
  }

  pollOutput(): MachineOutput<SipTransmit<D>, TransactionEvent> {
    return this.queue.poll(this.wakeUps.peek((at, e) => this.isCurrent(at, e))?.at);
  }

  private receivedRequest(f: TransactionFacts, reliable: boolean, now: number): ReceiveVerdict {
    const key = serverKey(f);
    const server = this.servers.get(key);
    if (f.method === "ACK") {
      // The ACK for a non-2xx response matches the INVITE's transaction; the ACK for a 2xx
      // does not (§17.2.3) and goes to the TU, once.
      if (server instanceof InviteServerTransaction) {
        const verdict = server.receiveAck(now);
        this.settle(this.servers, key, server);
        return verdict;
      }
      const repeat = this.seenAck(`in|${f.branch}|${f.sentBy}`, now);
      return { deliver: !repeat, retransmission: repeat };
    }
    if (server) {
      const verdict =
        server instanceof InviteServerTransaction ? server.receiveInvite() : server.receiveRequest();
      this.settle(this.servers, key, server);
      return verdict;
    }
    // §17.2: a request that matches no transaction creates one, and goes to the TU.
    this.add(
      this.servers,
      key,
      f.method === "INVITE"
        ? new InviteServerTransaction<D>(reliable, this.timers)
        : new NonInviteServerTransaction<D>(reliable, this.timers),
    );
    return DELIVER;
  }

  private receivedResponse(f: TransactionFacts, now: number): ReceiveVerdict {
    const key = clientKey(f);
    const client = this.clients.get(key);
    // §17.1.3: a response matching no transaction goes to the TU core, which decides (a 2xx
    // retransmission after Timer M, a stray).
    if (!client) return DELIVER;
    const status = f.status ?? 0;
    const verdict =
      client instanceof InviteClientTransaction
        ? client.receiveResponse(status, f.toTag, now)
        : client.receiveResponse(status, now);
    this.settle(this.clients, key, client);
    return verdict;
  }

  /** Whether this ACK was seen before; remembers it for 64*T1 either way. */
  private seenAck(key: string, now: number): boolean {
    const seen = (this.acks.get(key) ?? -Infinity) > now;
    this.acks.delete(key);
    this.acks.set(key, now + transactionTimeout(this.timers));
    if (this.acks.size > this.max) this.acks.delete(this.acks.keys().next().value!);
    return seen;
  }

  private add<T extends AnyTransaction<D>>(map: Map<string, T>, key: string, t: T): void {
    map.set(key, t);
    this.settle(map, key, t);
    if (map.size > this.max) map.delete(map.keys().next().value!);
  }

  /** Moves a transaction's outputs to the layer's queue; forgets it once terminated. */
  private settle<T extends AnyTransaction<D>>(map: Map<string, T>, key: string, t: T): void {
    for (;;) {
      const o = t.pollOutput();
      if (o.kind === "timeout") break;
      if (o.kind === "transmit") {
        this.counts.sent(o.transmit.label);
        this.queue.transmit(o.transmit);
      } else this.queue.event(o.event);
    }
    if (t.state === "terminated") {
      if (map.get(key) === t) map.delete(key);
      return;
    }
    const at = wakeAt(t);
    if (at === undefined || this.scheduled.get(t) === at) return;
    this.scheduled.set(t, at);
    this.wakeUps.push(at, { map: map as Map<string, AnyTransaction<D>>, key, t });
  }

  /** A heap entry still stands when its transaction is kept and still wants that time. */
  private isCurrent(at: number, e: Entry<D>): boolean {
    return e.map.get(e.key) === e.t && wakeAt(e.t) === at;
  }
}

/** A settled transaction's queue is empty, so pollOutput only reports its next deadline. */
function wakeAt<D>(t: AnyTransaction<D>): number | undefined {
  const o = t.pollOutput();
  return o.kind === "timeout" ? o.at : undefined;
}

function facts(head: SipMessageHead): TransactionFacts | undefined {
  try {
    return transactionFacts(head);
  } catch (error) {
    // No transaction for what cannot be matched: the TU answers it (400) or drops it.
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}
