import type { H245 } from "../asn1/index.js";
import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";

// H.245 §8.3 and §C.3 (capability exchange signalling entity, CESE). Outgoing: our
// TerminalCapabilitySet with a sequence number (0..255, one more for each set sent), answered
// by Ack or Reject with that number, bounded by T101; on expiry TerminalCapabilitySetRelease
// goes out. Incoming: the far end's set is checked (§8.3.1: a descriptor may only name table
// entries the set defines) and acknowledged, or rejected with undefinedTableEntryUsed.

export type CeState = "idle" | "awaitingResponse";

export type CeEvent =
  | { readonly type: "acknowledged"; readonly sequenceNumber: number }
  | { readonly type: "rejected"; readonly cause: string }
  | { readonly type: "failed"; readonly reason: string }
  /** The far end's set, acknowledged. */
  | { readonly type: "remoteCapabilities"; readonly set: H245.TerminalCapabilitySet }
  /** The far end's set was refused (its cause). */
  | { readonly type: "remoteRefused"; readonly cause: string };

type Msg = H245.MultimediaSystemControlMessage;

export class CapabilityExchange implements SansIoMachine<Msg, CeEvent> {
  private readonly queue = new MachineQueue<Msg, CeEvent>();
  private state: CeState = "idle";
  private sequenceNumber = -1;
  private deadline: number | undefined;

  /** T101 in ms (H.245 Annex C leaves the value to the system). */
  constructor(private readonly t101 = 10_000) {}

  get currentState(): CeState {
    return this.state;
  }

  /** Sends our set (§C.3.3.1); a new set while one is outstanding replaces it (new number). */
  send(now: number, set: Omit<H245.TerminalCapabilitySet, "sequenceNumber">): void {
    this.sequenceNumber = (this.sequenceNumber + 1) % 256;
    this.queue.transmit({
      choice: "request",
      value: { choice: "terminalCapabilitySet", value: { ...set, sequenceNumber: this.sequenceNumber } },
    });
    this.state = "awaitingResponse";
    this.deadline = now + this.t101;
  }

  handleAck(_now: number, ack: H245.TerminalCapabilitySetAck): void {
    // §C.3.4.2: an Ack for an older set is stale and ignored.
    if (this.state !== "awaitingResponse" || ack.sequenceNumber !== this.sequenceNumber) return;
    this.finish();
    this.queue.event({ type: "acknowledged", sequenceNumber: ack.sequenceNumber });
  }

  handleReject(_now: number, reject: H245.TerminalCapabilitySetReject): void {
    if (this.state !== "awaitingResponse" || reject.sequenceNumber !== this.sequenceNumber) return;
    this.finish();
    this.queue.event({ type: "rejected", cause: reject.cause.choice });
  }

  /** The far end's set (§C.3.4.3): checked, then acknowledged or rejected. */
  handleSet(_now: number, set: H245.TerminalCapabilitySet): void {
    const defined = new Set((set.capabilityTable ?? []).map((e) => e.capabilityTableEntryNumber));
    const undefinedEntry = (set.capabilityDescriptors ?? [])
      .flatMap((d) => d.simultaneousCapabilities ?? [])
      .flat()
      .find((n) => !defined.has(n));
    if (undefinedEntry !== undefined) {
      this.queue.transmit({
        choice: "response",
        value: {
          choice: "terminalCapabilitySetReject",
          value: {
            sequenceNumber: set.sequenceNumber,
            cause: { choice: "undefinedTableEntryUsed", value: null },
          },
        },
      });
      this.queue.event({
        type: "remoteRefused",
        cause: `descriptor names entry ${undefinedEntry}, not in the table`,
      });
      return;
    }
    this.queue.transmit({
      choice: "response",
      value: { choice: "terminalCapabilitySetAck", value: { sequenceNumber: set.sequenceNumber } },
    });
    this.queue.event({ type: "remoteCapabilities", set });
  }

  handleTimeout(now: number): void {
    if (this.deadline === undefined || now < this.deadline) return;
    if (this.state !== "awaitingResponse") throw new IllegalTransitionError("H.245 CESE", this.state, "T101");
    this.finish();
    this.queue.transmit({
      choice: "indication",
      value: { choice: "terminalCapabilitySetRelease", value: {} },
    });
    this.queue.event({ type: "failed", reason: "T101 expired: no answer to our TerminalCapabilitySet" });
  }

  private finish(): void {
    this.state = "idle";
    this.deadline = undefined;
  }

  pollOutput(): MachineOutput<Msg, CeEvent> {
    return this.queue.poll(this.deadline);
  }
}
