/**
 * The capture time of a packet: whole seconds since the Unix epoch (UTC) plus nanoseconds.
 * Kept as two numbers because nanoseconds since the epoch (~1.7e18) exceed 2^53.
 */
export interface CaptureTime {
  readonly seconds: number;
  /** 0 ≤ nanoseconds < 1e9. */
  readonly nanoseconds: number;
}

export const CAPTURE_TIME_ZERO: CaptureTime = { seconds: 0, nanoseconds: 0 };

/** Builds a normalised capture time (nanoseconds carried into seconds, never negative). */
export function captureTime(seconds: number, nanoseconds: number): CaptureTime {
  if (nanoseconds >= 1e9 || nanoseconds < 0) {
    const carry = Math.floor(nanoseconds / 1e9);
    return { seconds: seconds + carry, nanoseconds: nanoseconds - carry * 1e9 };
  }
  return { seconds, nanoseconds };
}

/** Microseconds since the epoch as a number (exact up to year 2255). */
export function captureTimeMicros(t: CaptureTime): number {
  return t.seconds * 1e6 + Math.floor(t.nanoseconds / 1000);
}

/** Seconds since the epoch as a float (sub-microsecond precision is lost). */
export function captureTimeSeconds(t: CaptureTime): number {
  return t.seconds + t.nanoseconds / 1e9;
}

/** `a - b` in seconds. */
export function captureTimeDiff(a: CaptureTime, b: CaptureTime): number {
  return a.seconds - b.seconds + (a.nanoseconds - b.nanoseconds) / 1e9;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareCaptureTime(a: CaptureTime, b: CaptureTime): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanoseconds - b.nanoseconds;
}
