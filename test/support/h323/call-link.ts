import type { CallEvent, CallSignalTransmit } from "../../../src/protocol/h225/call-events.js";
import type { SansIoMachine } from "../../../src/protocol/machine.js";
import { parseTpkt } from "../../../src/protocol/tpkt/tpkt.js";

// Two H.225.0 call signalling machines joined by a simulated TCP connection on simulated time:
// what one transmits is handed, TPKT payload by payload, to the other. Every transmit and event
// is recorded in order for the test to look at.

export interface CallSignallingPeer extends SansIoMachine<CallSignalTransmit, CallEvent> {
  handlePayload(now: number, payload: Uint8Array): void;
}

export interface LinkRecord {
  readonly from: "a" | "b";
  readonly transmit?: CallSignalTransmit;
  readonly event?: CallEvent;
}

export class CallLink {
  readonly log: LinkRecord[] = [];

  constructor(
    readonly a: CallSignallingPeer,
    readonly b: CallSignallingPeer,
  ) {}

  /** Delivers everything both sides have to send until neither has more; returns the earliest timer. */
  pump(now: number): number | undefined {
    for (let moved = true; moved; ) {
      moved = false;
      for (const [side, from, to] of [
        ["a", this.a, this.b],
        ["b", this.b, this.a],
      ] as const) {
        for (let out = from.pollOutput(); out.kind !== "timeout"; out = from.pollOutput()) {
          moved = true;
          if (out.kind === "transmit") {
            this.log.push({ from: side, transmit: out.transmit });
            to.handlePayload(now, parseTpkt(out.transmit.bytes));
          } else {
            this.log.push({ from: side, event: out.event });
          }
        }
      }
    }
    const timers = [this.a.pollOutput(), this.b.pollOutput()]
      .map((o) => (o.kind === "timeout" ? o.at : undefined))
      .filter((t): t is number => t !== undefined);
    return timers.length > 0 ? Math.min(...timers) : undefined;
  }

  /** Runs both machines' timers up to `until`, pumping after each. */
  runUntil(now: number, until: number): number {
    let t = now;
    for (let next = this.pump(t); next !== undefined && next <= until; next = this.pump(t)) {
      t = next;
      this.a.handleTimeout(t);
      this.b.handleTimeout(t);
    }
    return t;
  }

  events(side: "a" | "b"): CallEvent[] {
    return this.log.filter((r) => r.from === side && r.event).map((r) => r.event!);
  }

  /** "a:setup", "b:callProceeding"... in the order they went on the wire. */
  ladder(): string[] {
    return this.log
      .filter((r) => r.transmit)
      .map((r) => `${r.from}:${r.transmit!.message}/${r.transmit!.body}`);
  }
}
