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

export type NonInviteClientState = "trying" | "proceeding" | "completed" | "terminated";

const ALLOWED: Readonly<Record<NonInviteClientState, readonly NonInviteClientState[]>> = {
  trying: ["proceeding", "completed", "terminated"],
  proceeding: ["completed", "terminated"],
  completed: ["terminated"],
  terminated: [],
};

/**
 * RFC 3261 §17.1.2: the non-INVITE client transaction (Figure 6), for a request we sent.
 * Timer E retransmits over unreliable transports, Timer F gives up, Timer K absorbs response
 * retransmissions after the final response.
 */
export class NonInviteClientTransaction<D> implements SansIoMachine<SipTransmit<D>, TransactionEvent> {
  private _state: NonInviteClientState = "trying";
  private readonly timers = new Deadlines<"E" | "F" | "K">();
  private readonly queue = new MachineQueue<SipTransmit<D>, TransactionEvent>();
  private interval: number;

  constructor(
    private readonly request: SentMessage<D>,
    private readonly reliable: boolean,
    private readonly t: TransactionTimers,
    now: number,
  ) {
    // §17.1.2.2: "The "Trying" state is entered when the TU initiates a new client transaction
    // with a request. When entering this state, the client transaction SHOULD set timer F to
    // fire in 64*T1 seconds. ... If an unreliable transport is in use, the client transaction
    // MUST set timer E to fire in T1 seconds."
    this.interval = t.t1;
    this.timers.set("F", now + transactionTimeout(t));
    if (!reliable) this.timers.set("E", now + this.interval);
  }

  get state(): NonInviteClientState {
    return this._state;
  }

  /** A response whose branch and CSeq method match this transaction (§17.1.3). */
  receiveResponse(status: number, now: number): ReceiveVerdict {
    if (this._state === "completed" || this._state === "terminated") {
      // §17.1.2.2: "The "Completed" state exists to buffer any additional response
      // retransmissions that may be received (which is why the client transaction remains
      // there only for unreliable transports)."
      return ABSORB_REPEAT;
    }
    if (status < 200) {
      // "If a provisional response is received while in the "Trying" state, the response MUST
      // be passed to the TU, and then the client transaction SHOULD move to the "Proceeding"
      // state."
      if (this._state === "trying") this.transition("proceeding");
      return DELIVER;
    }
    // "If a final response (status codes 200-699) is received while in the "Trying" [or
    // "Proceeding"] state, the response MUST be passed to the TU, and the client transaction
    // MUST transition to the "Completed" state." ... "Once the client transaction enters the
    // "Completed" state, it MUST set Timer K to fire in T4 seconds for unreliable transports,
    // and zero seconds for reliable transports."
    this.transition("completed");
    this.timers.clear("E");
    this.timers.clear("F");
    if (this.reliable) this.transition("terminated");
    else this.timers.set("K", now + this.t.t4);
    return DELIVER;
  }

  handleTimeout(now: number): void {
    if (this.timers.fired("F", now) && (this._state === "trying" || this._state === "proceeding")) {
      // "If Timer F fires while the client transaction is still in the "Trying" [or
      // "Proceeding"] state, the client transaction SHOULD inform the TU about the timeout,
      // and then it SHOULD enter the "Terminated" state."
      this.timers.clearAll();
      this.transition("terminated");
      this.queue.event({ kind: "timeout", timer: "F", label: this.request.label });
      return;
    }
    if (this.timers.fired("E", now)) this.retransmit(now);
    if (this.timers.fired("K", now)) this.transition("terminated");
  }

  pollOutput(): MachineOutput<SipTransmit<D>, TransactionEvent> {
    return this.queue.poll(this.timers.next());
  }

  private retransmit(now: number): void {
    // "If timer E fires while still in this state, the timer is reset, but this time with a
    // value of MIN(2*T1, T2). When the timer fires again, it is reset to a MIN(4*T1, T2)."
    // "If Timer E fires while in the "Proceeding" state, the request MUST be passed to the
    // transport layer for retransmission, and Timer E MUST be reset with a value of T2 seconds."
    this.interval = this._state === "proceeding" ? this.t.t2 : doubledUpToT2(this.interval, this.t);
    this.queue.transmit(this.request);
    this.timers.set("E", now + this.interval);
  }

  private transition(to: NonInviteClientState): void {
    this._state = checkTransition("non-INVITE client transaction", ALLOWED, this._state, to);
  }
}
