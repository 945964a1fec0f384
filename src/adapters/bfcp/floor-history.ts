import type { ParticipantState } from "../../protocol/bfcp/floor-participant.js";

export interface TimedState {
  readonly state: ParticipantState;
  /** performance.now() of the change. */
  readonly at: number;
}

/**
 * The caller's floor states with their times, whatever carries the floor (BFCP or H.239), and
 * waits for one of them.
 */
export class FloorHistory {
  readonly states: TimedState[] = [];
  private readonly waiters = new Set<() => void>();

  get last(): TimedState | undefined {
    return this.states.at(-1);
  }

  push(state: ParticipantState, at: number): void {
    this.states.push({ state, at });
    this.changed();
  }

  /** Wakes the waiters (a state or an error was added). */
  changed(): void {
    for (const w of [...this.waiters]) w();
  }

  /**
   * Resolves with the current state when it is among `names` (or a dead end: failed, closed),
   * else with the first such state to come; undefined on timeout.
   */
  waitFor(names: readonly ParticipantState["name"][], timeoutMs: number): Promise<TimedState | undefined> {
    const ends: readonly string[] = [...names, "failed", "closed"];
    const last = this.last;
    if (last && ends.includes(last.state.name)) return Promise.resolve(last);
    const from = this.states.length;
    return new Promise((resolve) => {
      const waiter = () => {
        const hit = this.states.slice(from).find((h) => ends.includes(h.state.name));
        if (hit) done(hit);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const done = (v: TimedState | undefined) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(v);
      };
      this.waiters.add(waiter);
    });
  }
}
