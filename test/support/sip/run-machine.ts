import type { SansIoMachine } from "../../../src/protocol/machine.js";

export interface MachineRun<T, E> {
  readonly transmits: Array<{ at: number; transmit: T }>;
  readonly events: Array<{ at: number; event: E }>;
  /** The time the run stopped at: `until`, or the last wake-up when nothing more was scheduled. */
  readonly end: number;
}

/**
 * Runs a sans-IO machine on simulated time from `from` to `until`: drains its outputs, jumps to
 * the time it asks to be woken, calls handleTimeout, and records every transmit and event with
 * the simulated time it came out at.
 */
export function runMachine<T, E>(
  machine: SansIoMachine<T, E>,
  from: number,
  until: number,
): MachineRun<T, E> {
  const transmits: Array<{ at: number; transmit: T }> = [];
  const events: Array<{ at: number; event: E }> = [];
  let now = from;
  for (;;) {
    const o = machine.pollOutput();
    if (o.kind === "transmit") transmits.push({ at: now, transmit: o.transmit });
    else if (o.kind === "event") events.push({ at: now, event: o.event });
    else {
      if (o.at === undefined || o.at > until)
        return { transmits, events, end: o.at === undefined ? now : until };
      now = Math.max(now, o.at);
      machine.handleTimeout(now);
    }
  }
}

/** Gaps between successive times: [500, 1000, 2000, ...]. */
export function intervals(times: readonly number[], start: number): number[] {
  return times.map((t, i) => t - (i === 0 ? start : times[i - 1]!));
}
