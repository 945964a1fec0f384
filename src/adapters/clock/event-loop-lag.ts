import { monitorEventLoopDelay, performance } from "node:perf_hooks";

/** Resolution of Node's event-loop delay sampler, ms: its timer is due this often. */
const RESOLUTION_MS = 10;

/**
 * Measures how late this process's event loop runs: every `windowMs` it reports the mean delay
 * of Node's sampling timer beyond its due time (node:perf_hooks monitorEventLoopDelay) over the
 * window just ended. The timer is unref'd: it never keeps the process alive.
 */
export class EventLoopLag {
  private readonly histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private timer: ReturnType<typeof setInterval> | undefined;

  start(onWindow: (now: number, lagMs: number) => void, windowMs = 500): void {
    if (this.timer) return;
    this.histogram.enable();
    this.timer = setInterval(() => {
      // The sampler's own period counts in its delays; only what lies beyond it is lag.
      const lagMs = this.histogram.count > 0 ? Math.max(0, this.histogram.mean / 1e6 - RESOLUTION_MS) : 0;
      this.histogram.reset();
      onWindow(performance.now(), lagMs);
    }, windowMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.histogram.disable();
  }
}
