import { performance } from "node:perf_hooks";

/**
 * A request that got no keyframe within this long is sent again: longer than a round trip of
 * the worst path we grade (50 ± 50 ms each way, conformance/network-bounds.ts) plus an encoder's
 * usual answer, and short enough that two copies still fit before the pass bound of
 * h264.keyframe-on-request (1000 ms, timed from the first copy).
 */
export const PROBE_REPEAT_MS = 400;
/** Copies sent again per request, at most: a request lost three times is no longer the network's. */
export const PROBE_REPEATS = 2;

/**
 * Sends the request: `repeat` says it is a copy of the last one (RFC 5104 §4.3.1.1: a repeated
 * FIR keeps its sequence number, so a far end that got the first acts once). False when nothing
 * went out (no video yet, or a request left less than 300 ms ago).
 */
export type SendKeyframeRequest = (now: number, repeat: boolean) => boolean;

/**
 * Our deliberate keyframe requests (RFC 4585 §6.3.1 PLI with RFC 5104 §4.3.1 FIR) and when the
 * next keyframe began to arrive. A request is lost on a lossy path as easily as a media packet,
 * and then the far end never knew it was asked: so an unanswered request is sent again, a
 * bounded number of times. The answer is timed from the first copy, so a copy never makes a
 * slow endpoint look fast; a request still unanswered when the probe ends counts as null.
 */
export class KeyframeProbe {
  readonly sentAt: number[] = [];
  readonly responseMs: (number | null)[] = [];
  /** Copies sent again for each request, in the order of `sentAt`. */
  readonly repeats: number[] = [];
  private pendingSince: number | undefined;
  /** Tries to repeat the pending request (a try is skipped when a PLI left <300 ms ago). */
  private tries = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly send: SendKeyframeRequest,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Sends a new request; false when nothing went out. */
  request(now: number): boolean {
    if (!this.send(now, false)) return false;
    if (this.pendingSince !== undefined) this.settle(null);
    this.sentAt.push(now);
    this.repeats.push(0);
    this.pendingSince = now;
    this.tries = 0;
    this.arm();
    return true;
  }

  /** A packet that starts a keyframe (SPS, PPS or IDR) arrived at `at`. */
  keyframeArrived(at: number): void {
    if (this.pendingSince !== undefined && at >= this.pendingSince)
      this.settle(Math.round(at - this.pendingSince));
  }

  /** Resolves once every request so far has been answered (or closed as unanswered). */
  allAnswered(): Promise<void> {
    if (this.pendingSince === undefined) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Closes the probe: a request still waiting is recorded as unanswered. */
  end(): void {
    if (this.pendingSince !== undefined) this.settle(null);
  }

  private arm(): void {
    clearTimeout(this.timer);
    const last = this.repeats.length - 1;
    if (this.pendingSince === undefined || this.tries >= PROBE_REPEATS) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pendingSince === undefined) return;
      this.tries++;
      if (this.send(this.clock(), true)) this.repeats[last] = (this.repeats[last] ?? 0) + 1;
      this.arm();
    }, PROBE_REPEAT_MS);
    this.timer.unref();
  }

  private settle(ms: number | null): void {
    this.responseMs.push(ms);
    this.pendingSince = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const w of this.waiters.splice(0)) w();
  }
}
