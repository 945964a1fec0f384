import type { SansIoMachine } from "../../../src/protocol/machine.js";

// Two sans-IO machines joined by a simulated connection on simulated time: what one transmits
// is delivered to the other at once. Every transmit and event is recorded in order.

export interface LinkRecord<T, E> {
  readonly from: "a" | "b";
  readonly transmit?: T;
  readonly event?: E;
}

export class MachineLink<M extends SansIoMachine<T, E>, T, E> {
  readonly log: LinkRecord<T, E>[] = [];

  constructor(
    readonly a: M,
    readonly b: M,
    private readonly deliver: (to: M, now: number, transmit: T) => void,
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
            this.deliver(to, now, out.transmit);
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

  events(side: "a" | "b"): E[] {
    return this.log.filter((r) => r.from === side && r.event).map((r) => r.event!);
  }

  transmits(side?: "a" | "b"): T[] {
    return this.log
      .filter((r) => r.transmit && (side === undefined || r.from === side))
      .map((r) => r.transmit!);
  }
}
