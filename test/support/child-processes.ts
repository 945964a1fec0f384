import type { ChildProcess } from "node:child_process";

/**
 * Starts a real peer, and starts it again (at most `tries` times in all) while `retryable` says
 * the failure was one a fresh attempt can cure, such as free ports picked and lost to another
 * process before the peer bound them.
 */
export async function startWithRetries<T>(
  start: () => Promise<T>,
  retryable: (err: unknown) => boolean,
  tries = 3,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < tries; attempt++) {
    try {
      return await start();
    } catch (err) {
      lastError = err;
      if (!retryable(err)) throw err;
    }
  }
  throw lastError;
}

/**
 * The children a harness has running. When the test process exits with some still in it (a
 * crashed test), each is killed with `kill`, so no peer outlives its tests.
 */
export function childrenReapedOnExit(
  kill: (child: ChildProcess) => void = (child) => child.kill("SIGKILL"),
): Set<ChildProcess> {
  const children = new Set<ChildProcess>();
  process.once("exit", () => {
    for (const child of children) kill(child);
  });
  return children;
}
