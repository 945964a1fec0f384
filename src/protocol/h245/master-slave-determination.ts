import type { H245 } from "../asn1/index.js";
import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";

// H.245 §8.2 and §C.2 (master-slave determination signalling entity, MSDSE). Both terminals
// send MasterSlaveDetermination with a terminal type and a random 24-bit status determination
// number; the larger terminal type is master, and on a tie the numbers decide (§C.2.4.3):
//
//   "((the remote's number - the local number) modulo 2^24) ... If the result is zero or
//    0x800000, the result is indeterminate. If it is less than 0x800000, the local terminal is
//    master; otherwise the local terminal is slave."
//
// An indeterminate result is answered with MasterSlaveDeterminationReject (identicalNumbers);
// the outgoing side then retries with a new number, at most N100 times. T106 bounds each wait.
// MasterSlaveDeterminationAck's decision is the role of the terminal that *receives* it.

export type MsdState = "idle" | "outgoingAwaitingResponse" | "incomingAwaitingResponse";
export type MsdResult = "master" | "slave";

const ALLOWED: Record<MsdState, readonly MsdState[]> = {
  idle: ["outgoingAwaitingResponse", "incomingAwaitingResponse", "idle"],
  outgoingAwaitingResponse: ["incomingAwaitingResponse", "outgoingAwaitingResponse", "idle"],
  incomingAwaitingResponse: ["idle", "incomingAwaitingResponse"],
};

export type MsdEvent =
  | { readonly type: "determined"; readonly result: MsdResult }
  /** §C.2.5: the procedure failed (timer, retries, an inconsistent answer); the call should end. */
  | { readonly type: "failed"; readonly reason: string };

export interface MsdOptions {
  /** H.323 §6.2.8.4 Table 1: 50 for a terminal, 60 for a gateway, 190 for an MCU with MP... */
  readonly terminalType: number;
  /** A fresh random number in 0..2^24-1 each call (randomness is an input). */
  readonly statusDeterminationNumber: () => number;
  /** T106 in ms (H.245 Annex C: a value for the system; 10 s here). */
  readonly t106?: number;
  /** N100: how often an indeterminate result is retried (H.245: 3). */
  readonly n100?: number;
}

type Msg = H245.MultimediaSystemControlMessage;
const MOD = 0x1000000;

/** §C.2.4.3: master, slave, or undefined when indeterminate. */
export function determineRole(
  local: H245.MasterSlaveDetermination,
  remote: H245.MasterSlaveDetermination,
): MsdResult | undefined {
  if (local.terminalType !== remote.terminalType)
    return local.terminalType > remote.terminalType ? "master" : "slave";
  const diff = (((remote.statusDeterminationNumber - local.statusDeterminationNumber) % MOD) + MOD) % MOD;
  if (diff === 0 || diff === 0x800000) return undefined;
  return diff < 0x800000 ? "master" : "slave";
}

const opposite = (r: MsdResult): MsdResult => (r === "master" ? "slave" : "master");

export class MasterSlaveDetermination implements SansIoMachine<Msg, MsdEvent> {
  private readonly queue = new MachineQueue<Msg, MsdEvent>();
  private state: MsdState = "idle";
  private local: H245.MasterSlaveDetermination;
  private retries = 0;
  private deadline: number | undefined;
  /** The role we determined on the far end's request, while we wait for its Ack. */
  private pendingRole: MsdResult | undefined;
  private outcome: MsdResult | undefined;
  private readonly t106: number;
  private readonly n100: number;

  constructor(private readonly options: MsdOptions) {
    this.t106 = options.t106 ?? 10_000;
    this.n100 = options.n100 ?? 3;
    this.local = {
      terminalType: options.terminalType,
      statusDeterminationNumber: options.statusDeterminationNumber(),
    };
  }

  get currentState(): MsdState {
    return this.state;
  }

  /** The determined role, once there is one. */
  get result(): MsdResult | undefined {
    return this.outcome;
  }

  private transition(to: MsdState): void {
    if (!ALLOWED[this.state].includes(to)) throw new IllegalTransitionError("H.245 MSD", this.state, to);
    this.state = to;
  }

  /** Starts the procedure (§C.2.3.1): sends MasterSlaveDetermination and starts T106. */
  start(now: number): void {
    if (this.state !== "idle") throw new IllegalTransitionError("H.245 MSD", this.state, "start");
    this.transition("outgoingAwaitingResponse");
    this.sendRequest(now);
  }

  private sendRequest(now: number): void {
    this.queue.transmit({
      choice: "request",
      value: { choice: "masterSlaveDetermination", value: this.local },
    });
    this.deadline = now + this.t106;
  }

  private sendAck(decision: MsdResult): void {
    this.queue.transmit({
      choice: "response",
      value: {
        choice: "masterSlaveDeterminationAck",
        value: { decision: { choice: decision, value: null } },
      },
    });
  }

  private done(result: MsdResult): void {
    this.deadline = undefined;
    this.pendingRole = undefined;
    this.outcome = result;
    this.retries = 0;
    this.transition("idle");
    this.queue.event({ type: "determined", result });
  }

  private fail(reason: string): void {
    this.deadline = undefined;
    this.pendingRole = undefined;
    this.transition("idle");
    this.queue.event({ type: "failed", reason });
  }

  /** The far end's MasterSlaveDetermination. */
  handleRequest(now: number, remote: H245.MasterSlaveDetermination): void {
    const role = determineRole(this.local, remote);
    if (role === undefined) {
      if (this.state === "outgoingAwaitingResponse") {
        // §C.2.4.3: both sent the same number: retry with a new one, N100 times at most.
        this.retry(now);
        return;
      }
      this.queue.transmit({
        choice: "response",
        value: {
          choice: "masterSlaveDeterminationReject",
          value: { cause: { choice: "identicalNumbers", value: null } },
        },
      });
      return;
    }
    this.outcome = undefined;
    this.sendAck(opposite(role));
    this.transition("incomingAwaitingResponse");
    this.deadline = now + this.t106;
    this.pendingRole = role;
  }

  private retry(now: number): void {
    if (++this.retries >= this.n100) {
      this.fail(`indeterminate ${this.n100} times (N100)`);
      return;
    }
    this.local = {
      terminalType: this.options.terminalType,
      statusDeterminationNumber: this.options.statusDeterminationNumber(),
    };
    this.transition("outgoingAwaitingResponse");
    this.sendRequest(now);
  }

  /** MasterSlaveDeterminationAck: its decision is our role. */
  handleAck(_now: number, ack: H245.MasterSlaveDeterminationAck): void {
    const ours = ack.decision.choice;
    if (this.state === "outgoingAwaitingResponse") {
      this.sendAck(opposite(ours));
      this.done(ours);
    } else if (this.state === "incomingAwaitingResponse") {
      if (ours !== this.pendingRole)
        this.fail(`the far end's Ack says ${ours}, we determined ${this.pendingRole}`);
      else this.done(ours);
    }
    // §C.2.4: an Ack in idle (a repeat) is ignored.
  }

  /** MasterSlaveDeterminationReject (identicalNumbers). */
  handleReject(now: number): void {
    if (this.state === "outgoingAwaitingResponse") this.retry(now);
    else if (this.state === "incomingAwaitingResponse") this.fail("the far end rejected after our Ack");
  }

  /** MasterSlaveDeterminationRelease: the far end gave up. */
  handleRelease(): void {
    if (this.state !== "idle") this.fail("the far end released the procedure (its T106 expired)");
  }

  handleTimeout(now: number): void {
    if (this.deadline === undefined || now < this.deadline) return;
    if (this.state === "outgoingAwaitingResponse") {
      this.queue.transmit({
        choice: "indication",
        value: { choice: "masterSlaveDeterminationRelease", value: {} },
      });
    }
    this.fail("T106 expired: no response");
  }

  pollOutput(): MachineOutput<Msg, MsdEvent> {
    return this.queue.poll(this.deadline);
  }
}
