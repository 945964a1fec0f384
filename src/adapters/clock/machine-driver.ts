import { performance } from "node:perf_hooks";
import type { SansIoMachine } from "../../protocol/machine.js";

/**
 * Runs any sans-IO machine (src/protocol/machine.ts) on real time: drains its outputs to `send`
 * and `onEvent`, and keeps one timer at the time it asks to be woken. Call run() after every
 * input given to the machine.
 */
export class MachineDriver<T, E> {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly machine: SansIoMachine<T, E>,
    private readonly send: (transmit: T) => void,
    private readonly onEvent: (event: E) => void,
    readonly now: () => number = () => performance.now(),
    /** Unref the timer, so a machine left waiting (a session timer) never keeps the process up. */
    private readonly options: { readonly unref?: boolean } = {},
  ) {}

  run(): void {
    if (this.stopped) return;
    // Events may feed the machine again; drain once more instead of re-entering.
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        this.drain();
      } while (this.again);
    } finally {
      this.running = false;
    }
  }

  /** Feeds an input stamped with the driver's clock, then drains. */
  input(feed: (now: number) => void): void {
    if (this.stopped) return;
    feed(this.now());
    this.run();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private drain(): void {
    for (;;) {
      const o = this.machine.pollOutput();
      if (o.kind === "transmit") this.send(o.transmit);
      else if (o.kind === "event") this.onEvent(o.event);
      else {
        this.schedule(o.at);
        return;
      }
    }
  }

  private schedule(at: number | undefined): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (at === undefined || this.stopped) return;
    // setTimeout caps at 2^31-1 ms (24.8 days); a later wake-up is re-armed when it fires.
    const delay = Math.min(Math.max(0, at - this.now()), 2 ** 31 - 1);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.machine.handleTimeout(this.now());
      this.run();
    }, delay);
    if (this.options.unref) this.timer.unref();
  }
}
