import { type MachineOutput, MachineQueue, type SansIoMachine } from "../../machine.js";
import { checkTransition, Deadlines } from "./deadlines.js";
import { type TransactionTimers, transactionTimeout } from "./timers.js";
import type { ReceiveVerdict, SentMessage, SipTransmit, TransactionEvent } from "./transmit.js";

export type NonInviteServerState = "trying" | "proceeding" | "completed" | "terminated";

const ALLOWED: Readonly<Record<NonInviteServerState, readonly NonInviteServerState[]>> = {
  trying: ["proceeding", "completed"],
  proceeding: ["completed"],
  completed: ["terminated"],
  terminated: [],
};

/**
 * RFC 3261 §17.2.2 (Figure 8): the non-INVITE server transaction, for a request we received.
 * It absorbs retransmissions of the request, answering each with the last response sent, and
 * stays "Completed" for Timer J (64*T1 over unreliable transports) so that a BYE whose 200 was
 * lost is answered 200 again, not 481 by a dialog that is already gone.
 */
export class NonInviteServerTransaction<D> implements SansIoMachine<SipTransmit<D>, TransactionEvent> {
  private _state: NonInviteServerState = "trying";
  private readonly timers = new Deadlines<"J">();
  private readonly queue = new MachineQueue<SipTransmit<D>, TransactionEvent>();
  private last: SentMessage<D> | undefined;

  constructor(
    private readonly reliable: boolean,
    private readonly t: TransactionTimers,
  ) {}

  get state(): NonInviteServerState {
    return this._state;
  }

  /** A retransmission of the request (it matched this transaction, §17.2.3). Never delivered. */
  receiveRequest(): ReceiveVerdict {
    // §17.2.2: "Once in the "Trying" state, any further request retransmissions are
    // discarded." "If a retransmission of the request is received while in the "Proceeding"
    // state, the most recently sent provisional response MUST be passed to the transport layer
    // for retransmission." "While in the "Completed" state, the server transaction MUST pass
    // the final response to the transport layer for retransmission whenever a retransmission
    // of the request is received."
    if (this.last && (this._state === "proceeding" || this._state === "completed"))
      this.queue.transmit(this.last);
    return { deliver: false, retransmission: true };
  }

  /** A response the TU sent in this transaction. */
  responseSent(status: number, response: SentMessage<D>, now: number): { retransmission: boolean } {
    if (this._state === "completed" || this._state === "terminated") {
      // "Any other final responses passed by the TU to the server transaction MUST be
      // discarded while in the "Completed" state." The TU's own copy has already gone out;
      // it is counted as a repeat when identical.
      return { retransmission: this.last?.text === response.text };
    }
    this.last = response;
    if (status < 200) {
      if (this._state === "trying") this.transition("proceeding");
      return { retransmission: false };
    }
    // "If the TU passes a final response (status codes 200-699) to the server while in the
    // "Proceeding" [or "Trying"] state, the transaction MUST enter the "Completed" state ...
    // When the server transaction enters the "Completed" state, it MUST set Timer J to fire in
    // 64*T1 seconds for unreliable transports, and zero seconds for reliable transports."
    this.transition("completed");
    if (this.reliable) this.transition("terminated");
    else this.timers.set("J", now + transactionTimeout(this.t));
    return { retransmission: false };
  }

  handleTimeout(now: number): void {
    // "The server transaction remains in this state until Timer J fires, at which point it
    // MUST transition to the "Terminated" state."
    if (this.timers.fired("J", now)) this.transition("terminated");
  }

  pollOutput(): MachineOutput<SipTransmit<D>, TransactionEvent> {
    return this.queue.poll(this.timers.next());
  }

  private transition(to: NonInviteServerState): void {
    this._state = checkTransition("non-INVITE server transaction", ALLOWED, this._state, to);
  }
}
