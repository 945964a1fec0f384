import { performance } from "node:perf_hooks";

/** The run's clock as the phases see it: real in a call, simulated in their tests. */
export interface CallClock {
  /** Milliseconds on the run's clock (performance.now() in a real call). */
  now(): number;
  /** Resolves after `ms` on this clock. */
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: CallClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * Resolves when `ended` does or `ms` has passed on `clock`, whichever is first; true when it
 * ended. On the real clock the timer is cleared as soon as the call ends.
 */
export async function endedOrAfter(
  ended: Promise<void>,
  ms: number,
  clock: CallClock = REAL_CLOCK,
): Promise<boolean> {
  const hasEnded = ended.then(() => true as const);
  if (clock !== REAL_CLOCK) return Promise.race([hasEnded, clock.sleep(ms).then(() => false as const)]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  try {
    return await Promise.race([hasEnded, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
