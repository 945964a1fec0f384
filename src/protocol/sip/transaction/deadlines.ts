import { IllegalTransitionError } from "../../machine.js";

/**
 * The named timers of one transaction (A, B, D, ... of RFC 3261 Table 4) as absolute deadlines
 * on the caller's clock. Nothing here reads a clock: a transaction sets a deadline from the
 * `now` it was given and asks which deadlines are due at the `now` of handleTimeout.
 */
export class Deadlines<N extends string> {
  private readonly at = new Map<N, number>();

  set(name: N, when: number): void {
    this.at.set(name, when);
  }

  clear(name: N): void {
    this.at.delete(name);
  }

  clearAll(): void {
    this.at.clear();
  }

  /** Whether timer `name` is armed and has fired by `now` (it is disarmed when it has). */
  fired(name: N, now: number): boolean {
    const when = this.at.get(name);
    if (when === undefined || when > now) return false;
    this.at.delete(name);
    return true;
  }

  /** The earliest armed deadline, undefined when none is. */
  next(): number | undefined {
    let best: number | undefined;
    for (const when of this.at.values()) if (best === undefined || when < best) best = when;
    return best;
  }
}

/** One guarded transition: `to` must be listed for `from`, else IllegalTransitionError. */
export function checkTransition<S extends string>(
  machine: string,
  allowed: Readonly<Record<S, readonly S[]>>,
  from: S,
  to: S,
): S {
  if (!allowed[from].includes(to)) throw new IllegalTransitionError(machine, from, to);
  return to;
}
