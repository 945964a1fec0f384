import { type MachineOutput, MachineQueue, type SansIoMachine } from "../../machine.js";
import { checkTransition, Deadlines } from "./deadlines.js";
import { doubledUpToT2, type TransactionTimers, transactionTimeout } from "./timers.js";
import {
  ABSORB_REPEAT,
  DELIVER,
  type ReceiveVerdict,
  type SentMessage,
  type SipTransmit,
  type TransactionEvent,
} from "./transmit.js";

export type InviteServerState = "proceeding" | "completed" | "confirmed" | "accepted" | "terminated";

const ALLOWED: Readonly<Record<InviteServerState, readonly InviteServerState[]>> = {
  proceeding: ["completed", "accepted"],
  completed: ["confirmed", "terminated"],
  confirmed: ["terminated"],
  accepted: ["terminated"],
  terminated: [],
};

/**
 * RFC 3261 §17.2.1 (Figure 7) with the "Accepted" state of RFC 6026 §7.1: the INVITE server
 * transaction, for an INVITE we received. A non-2xx final response is retransmitted on Timer G
 * (unreliable transports) until the ACK or Timer H; retransmitted INVITEs get the last
 * response again. A 2xx is retransmitted by the UAS core, not here (§13.3.1.4): in "Accepted"
 * the transaction only absorbs INVITE retransmissions and counts the core's 2xx repeats.
 */
export class InviteServerTransaction<D> implements SansIoMachine<SipTransmit<D>, TransactionEvent> {
  private _state: InviteServerState = "proceeding";
  private readonly timers = new Deadlines<"G" | "H" | "I" | "L">();
  private readonly queue = new MachineQueue<SipTransmit<D>, TransactionEvent>();
  private last: SentMessage<D> | undefined;
  private interval: number;

  constructor(
    private readonly reliable: boolean,
    private readonly t: TransactionTimers,
  ) {
    this.interval = t.t1;
  }

  get state(): InviteServerState {
    return this._state;
  }

  /** A retransmission of the INVITE (it matched this transaction, §17.2.3). Never delivered. */
  receiveInvite(): ReceiveVerdict {
    // §17.2.1: "If a request retransmission is received while in the "Proceeding" state, the
    // most recent provisional response that was received from the TU MUST be passed to the
    // transport layer for retransmission." "Furthermore, while in the "Completed" state, if a
    // request retransmission is received, the server SHOULD pass the response to the transport
    // for retransmission." RFC 6026 §7.1: in "Accepted" retransmissions "will be absorbed by
    // the machine without changing its state".
    if (this.last && (this._state === "proceeding" || this._state === "completed"))
      this.queue.transmit(this.last);
    return ABSORB_REPEAT;
  }

  /** An ACK with this INVITE's branch: the ACK for a non-2xx final response (§17.2.3). */
  receiveAck(now: number): ReceiveVerdict {
    if (this._state === "completed") {
      // "If an ACK is received while the server transaction is in the "Completed" state, the
      // server transaction MUST transition to the "Confirmed" state. As Timer G is ignored in
      // this state, any retransmissions of the response will cease." ... "When this state is
      // entered, timer I is set to fire in T4 seconds for unreliable transports, and zero
      // seconds for reliable transports." The first ACK goes on to the TU's own transaction.
      this.transition("confirmed");
      this.timers.clearAll();
      if (this.reliable) this.transition("terminated");
      else this.timers.set("I", now + this.t.t4);
      return DELIVER;
    }
    // "The purpose of the "Confirmed" state is to absorb any additional ACK messages that
    // arrive, triggered from retransmissions of the final response."
    if (this._state === "confirmed" || this._state === "terminated") return ABSORB_REPEAT;
    return DELIVER;
  }

  /** A response the TU sent in this transaction. */
  responseSent(status: number, response: SentMessage<D>, now: number): { retransmission: boolean } {
    const repeat = this.last?.text === response.text;
    if (this._state === "proceeding") {
      this.last = response;
      if (status >= 200 && status < 300) this.accept(now);
      else if (status >= 300) this.complete(now);
      return { retransmission: repeat };
    }
    // RFC 6026 §8.7: "While in the "Accepted" state, if the TU passes a 2xx response, the
    // server transaction MUST pass the response to the transport layer for transmission" (the
    // core's §13.3.1.4 retransmissions, counted here when identical).
    return { retransmission: repeat };
  }

  handleTimeout(now: number): void {
    if (this.timers.fired("H", now) && this._state === "completed") {
      // "If timer H fires while in the "Completed" state, it implies that the ACK was never
      // received. In this case, the server transaction MUST transition to the "Terminated"
      // state, and MUST indicate to the TU that a transaction failure has occurred."
      this.timers.clearAll();
      this.transition("terminated");
      this.queue.event({ kind: "timeout", timer: "H", label: this.last?.label ?? "INVITE" });
      return;
    }
    if (this.timers.fired("G", now) && this._state === "completed" && this.last) {
      // "If timer G fires, the response is passed to the transport layer once more for
      // retransmission, and timer G is set to fire in MIN(2*T1, T2) seconds. From then on,
      // when timer G fires, the response is passed to the transport again for transmission,
      // and timer G is reset with a value that doubles, unless that value exceeds T2, in which
      // case it is reset with the value of T2."
      this.queue.transmit(this.last);
      this.interval = doubledUpToT2(this.interval, this.t);
      this.timers.set("G", now + this.interval);
    }
    // Timer I ends "Confirmed" (§17.2.1); Timer L ends "Accepted" (RFC 6026 §7.1).
    if (this.timers.fired("I", now) || this.timers.fired("L", now)) this.transition("terminated");
  }

  pollOutput(): MachineOutput<SipTransmit<D>, TransactionEvent> {
    return this.queue.poll(this.timers.next());
  }

  private accept(now: number): void {
    // RFC 6026 §7.1: "If, while in the "Proceeding" state, the TU passes a 2xx response to the
    // server transaction, the server transaction MUST pass this response to the transport
    // layer for transmission. It is not retransmitted by the server transaction ... The
    // server transaction MUST then transition to the "Accepted" state", and Timer L is set to
    // 64*T1.
    this.transition("accepted");
    this.timers.set("L", now + transactionTimeout(this.t));
  }

  private complete(now: number): void {
    // "While in the "Proceeding" state, if the TU passes a response with status code from 300
    // to 699 to the server transaction, the response MUST be passed to the transport layer for
    // transmission, and the state machine MUST enter the "Completed" state. For unreliable
    // transports, timer G is set to fire in T1 seconds, and is not set to fire for reliable
    // transports." "When the "Completed" state is entered, timer H MUST be set to fire in
    // 64*T1 seconds for all transports."
    this.transition("completed");
    if (!this.reliable) this.timers.set("G", now + this.interval);
    this.timers.set("H", now + transactionTimeout(this.t));
  }

  private transition(to: InviteServerState): void {
    this._state = checkTransition("INVITE server transaction", ALLOWED, this._state, to);
  }
}
