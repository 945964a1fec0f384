import type { CallEvent, CallSignalTransmit } from "../../../src/protocol/h225/call-events.js";
import type { SansIoMachine } from "../../../src/protocol/machine.js";
import { parseTpkt } from "../../../src/protocol/tpkt/tpkt.js";
import { MachineLink, type LinkRecord as Record } from "./machine-link.js";

// Two H.225.0 call signalling machines joined by a simulated TCP connection: each transmit's
// TPKT payload is handed to the other.

export interface CallSignallingPeer extends SansIoMachine<CallSignalTransmit, CallEvent> {
  handlePayload(now: number, payload: Uint8Array): void;
}

export type LinkRecord = Record<CallSignalTransmit, CallEvent>;

export class CallLink extends MachineLink<CallSignallingPeer, CallSignalTransmit, CallEvent> {
  constructor(a: CallSignallingPeer, b: CallSignallingPeer) {
    super(a, b, (to, now, t) => to.handlePayload(now, parseTpkt(t.bytes)));
  }

  /** "a:setup/setup", "b:callProceeding/callProceeding"... in the order they went on the wire. */
  ladder(): string[] {
    return this.log
      .filter((r) => r.transmit)
      .map((r) => `${r.from}:${r.transmit!.message}/${r.transmit!.body}`);
  }
}
