import { type MachineOutput, MachineQueue, type SansIoMachine } from "../../machine.js";
import { checkTransition, Deadlines } from "./deadlines.js";
import { type TransactionTimers, transactionTimeout } from "./timers.js";
import {
  ABSORB_REPEAT,
  DELIVER,
  type ReceiveVerdict,
  type SentMessage,
  type SipTransmit,
  type TransactionEvent,
} from "./transmit.js";

export type InviteClientState = "calling" | "proceeding" | "completed" | "accepted" | "terminated";

const ALLOWED: Readonly<Record<InviteClientState, readonly InviteClientState[]>> = {
  calling: ["proceeding", "completed", "accepted", "terminated"],
  proceeding: ["completed", "accepted", "terminated"],
  completed: ["terminated"],
  accepted: ["terminated"],
  terminated: [],
};

/** RFC 3261 §17.1.1.2: "Timer D ... at least 32 seconds for unreliable transports". */
const TIMER_D_MIN = 32_000;

/**
 * RFC 3261 §17.1.1 (Figure 5) with the "Accepted" state of RFC 6026 §7.2: the INVITE client
 * transaction, for an INVITE we sent. Timer A retransmits the INVITE over unreliable
 * transports until any response; Timer B gives up; in "Completed" a retransmitted non-2xx final
 * response is answered with the ACK again and not passed up; in "Accepted" further 2xx
 * responses go up to the TU, whose core sends the ACK for each (§13.2.2.4).
 */
export class InviteClientTransaction<D> implements SansIoMachine<SipTransmit<D>, TransactionEvent> {
  private _state: InviteClientState = "calling";
  private readonly timers = new Deadlines<"A" | "B" | "D" | "M">();
  private readonly queue = new MachineQueue<SipTransmit<D>, TransactionEvent>();
  private interval: number;
  private ack: SentMessage<D> | undefined;
  private readonly acceptedTags = new Set<string>();

  constructor(
    private readonly request: SentMessage<D>,
    private readonly reliable: boolean,
    private readonly t: TransactionTimers,
    now: number,
  ) {
    // §17.1.1.2: "If an unreliable transport is being used, the client transaction MUST start
    // timer A with a value of T1. If a reliable transport is being used, the client
    // transaction SHOULD NOT start timer A ... For any transport, the client transaction MUST
    // start timer B with a value of 64*T1 seconds".
    this.interval = t.t1;
    if (!reliable) this.timers.set("A", now + this.interval);
    this.timers.set("B", now + transactionTimeout(t));
  }

  get state(): InviteClientState {
    return this._state;
  }

  /** A response whose branch and CSeq method match this transaction (§17.1.3). */
  receiveResponse(status: number, toTag: string | undefined, now: number): ReceiveVerdict {
    if (status < 200) return this.provisional();
    if (status < 300) return this.success(toTag ?? "", now);
    return this.failure(now);
  }

  /** The ACK the TU sent for a non-2xx final response (same branch as the INVITE, §17.1.1.3). */
  ackSent(ack: SentMessage<D>): { retransmission: boolean } {
    const repeat = this.ack?.text === ack.text;
    if (this._state === "completed") this.ack = ack;
    return { retransmission: repeat };
  }

  handleTimeout(now: number): void {
    if (this.timers.fired("B", now) && this._state === "calling") {
      // "If the client transaction is still in the "Calling" state when timer B fires, the
      // client transaction SHOULD inform the TU that a timeout has occurred."
      this.timers.clearAll();
      this.transition("terminated");
      this.queue.event({ kind: "timeout", timer: "B", label: this.request.label });
      return;
    }
    if (this.timers.fired("A", now) && this._state === "calling") {
      // "When timer A fires, the client transaction MUST retransmit the request by passing it
      // to the transport layer, and MUST reset the timer with a value of 2*T1. ... retransmitted
      // with intervals that double after each transmission." (No T2 cap for INVITE requests.)
      this.queue.transmit(this.request);
      this.interval *= 2;
      this.timers.set("A", now + this.interval);
    }
    // "If timer D fires while the client transaction is in the "Completed" state, the client
    // transaction MUST move to the terminated state." RFC 6026 §7.2: Timer M likewise ends
    // "Accepted".
    if (this.timers.fired("D", now) || this.timers.fired("M", now)) this.transition("terminated");
  }

  pollOutput(): MachineOutput<SipTransmit<D>, TransactionEvent> {
    return this.queue.poll(this.timers.next());
  }

  private provisional(): ReceiveVerdict {
    // "If the client transaction receives a provisional response while in the "Calling"
    // state, it transitions to the "Proceeding" state. In the "Proceeding" state, the client
    // transaction SHOULD NOT retransmit the request any longer."
    if (this._state === "calling") {
      this.transition("proceeding");
      this.timers.clear("A");
      this.timers.clear("B");
    }
    return DELIVER;
  }

  private success(toTag: string, now: number): ReceiveVerdict {
    if (this._state === "calling" || this._state === "proceeding") {
      // RFC 6026 §8.4: "If a 2xx response is received while the client INVITE state machine
      // is in the "Calling" or "Proceeding" states, it MUST transition to the "Accepted"
      // state, pass the 2xx response to the TU, and set Timer M to fire in 64*T1 seconds."
      this.transition("accepted");
      this.timers.clearAll();
      this.timers.set("M", now + transactionTimeout(this.t));
      this.acceptedTags.add(toTag);
      return DELIVER;
    }
    if (this._state === "accepted") {
      // RFC 6026 §8.4: "any 2xx response received while in the "Accepted" state MUST be passed
      // up to the TU" (which re-sends its ACK). The same To tag again is a retransmission; a
      // new one is another fork.
      const repeat = this.acceptedTags.has(toTag);
      this.acceptedTags.add(toTag);
      return { deliver: true, retransmission: repeat };
    }
    return ABSORB_REPEAT;
  }

  private failure(now: number): ReceiveVerdict {
    if (this._state === "calling" || this._state === "proceeding") {
      // "When in either the "Calling" or "Proceeding" states, reception of a response with
      // status code from 300-699 MUST cause the client transaction to transition to
      // "Completed". The client transaction MUST pass the received response up to the TU, and
      // the client transaction MUST generate an ACK request" (the TU, sip.js, builds it; it is
      // kept through ackSent). "The client transaction SHOULD start timer D when it enters
      // the "Completed" state, with a value of at least 32 seconds for unreliable transports,
      // and a value of zero seconds for reliable transports."
      this.transition("completed");
      this.timers.clearAll();
      if (this.reliable) this.transition("terminated");
      else this.timers.set("D", now + Math.max(TIMER_D_MIN, transactionTimeout(this.t)));
      return DELIVER;
    }
    if (this._state === "completed") {
      // "Any retransmissions of the final response that are received while in the
      // "Completed" state MUST cause the ACK to be re-passed to the transport layer for
      // retransmission, but the newly received response MUST NOT be passed up to the TU."
      if (this.ack) this.queue.transmit(this.ack);
      return ABSORB_REPEAT;
    }
    return ABSORB_REPEAT;
  }

  private transition(to: InviteClientState): void {
    this._state = checkTransition("INVITE client transaction", ALLOWED, this._state, to);
  }
}
