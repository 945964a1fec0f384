/**
 * Whether the room is too busy to take one more call, judged by how late its event loop runs
 * (the lag of a timer behind its due time, averaged over a window). A room whose loop runs late
 * answers late: its mirror falls behind and its SIP retransmissions pile up, so past the limit
 * a new call gets 503 with Retry-After (RFC 3261 §21.5.4) while the calls already up go on.
 *
 * Two states and one guarded transition each way, with hysteresis so a room near the limit does
 * not flap: "calm" → "pressed" when a window's mean lag exceeds `maxLagMs`; "pressed" → "calm"
 * once every window for `calmMs` stayed under half of it. Time is an input.
 */
export interface LoadPressureOptions {
  /** Mean lag of one window above which new calls are refused, ms. */
  readonly maxLagMs: number;
  /** How long the lag must stay under half the limit before calls are taken again, ms. */
  readonly calmMs: number;
  /** Retry-After of the refusals, seconds. */
  readonly retryAfterS: number;
}

export const DEFAULT_LOAD_PRESSURE: LoadPressureOptions = { maxLagMs: 200, calmMs: 2000, retryAfterS: 5 };

export type LoadState = "calm" | "pressed";

export class LoadPressure {
  private current: LoadState = "calm";
  private lastLagMs = 0;
  /** Since when every window stayed under half the limit (while pressed). */
  private calmSince: number | undefined;

  constructor(readonly options: LoadPressureOptions = DEFAULT_LOAD_PRESSURE) {
    if (!(options.maxLagMs > 0)) throw new RangeError(`maxLagMs must be positive, got ${options.maxLagMs}`);
    if (!(options.calmMs >= 0)) throw new RangeError(`calmMs must not be negative, got ${options.calmMs}`);
  }

  get state(): LoadState {
    return this.current;
  }

  /** One window's mean event-loop lag, ms, measured up to `now`. */
  sample(now: number, lagMs: number): LoadState {
    this.lastLagMs = lagMs;
    if (this.current === "calm") {
      if (lagMs > this.options.maxLagMs) this.transition("pressed");
      return this.current;
    }
    if (lagMs >= this.options.maxLagMs / 2) this.calmSince = undefined;
    else {
      this.calmSince ??= now;
      if (now - this.calmSince >= this.options.calmMs) this.transition("calm");
    }
    return this.current;
  }

  /** The refusal of a new call now, or undefined when the room can take it. */
  refusal(): { readonly reason: string; readonly retryAfterS: number } | undefined {
    if (this.current === "calm") return undefined;
    return {
      reason: `the room is overloaded (event loop ${Math.round(this.lastLagMs)} ms late, limit ${this.options.maxLagMs} ms)`,
      retryAfterS: this.options.retryAfterS,
    };
  }

  private transition(next: LoadState): void {
    if (next === this.current) return;
    this.current = next;
    this.calmSince = undefined;
  }
}
