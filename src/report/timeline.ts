import type { TimelinePoint } from "./model.js";

/**
 * Cumulative receive figures of one stream as the call samples them once a second (the fields of
 * src/media/rtp-stats.ts StreamStats): the differences between samples give each second's figures.
 */
export interface StreamSample {
  /** Milliseconds since the run started. */
  readonly atMs: number;
  readonly bytes: number;
  /** RFC 3550 A.3 expected and lost packets so far. */
  readonly expected: number;
  readonly lost: number;
  /** RFC 3550 A.8 interarrival jitter at the time of the sample. */
  readonly jitterMs?: number | undefined;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Per-second bitrate, loss and jitter from cumulative samples taken about once a second. A second
 * with no new expected packets has no loss figure; samples out of order or going backwards are
 * skipped (a restart of the stream). Pure.
 */
export function pointsFromSamples(samples: readonly StreamSample[]): TimelinePoint[] {
  const out: TimelinePoint[] = [];
  let prev: StreamSample | undefined;
  for (const s of samples) {
    if (prev && (s.atMs <= prev.atMs || s.bytes < prev.bytes || s.expected < prev.expected)) {
      prev = s;
      continue;
    }
    const point: { -readonly [K in keyof TimelinePoint]: TimelinePoint[K] } = {
      second: Math.max(0, Math.floor(s.atMs / 1000)),
    };
    if (prev) {
      point.kbps = round2(((s.bytes - prev.bytes) * 8) / (s.atMs - prev.atMs));
      const expected = s.expected - prev.expected;
      if (expected > 0) point.lossPct = round2((Math.max(0, s.lost - prev.lost) / expected) * 100);
    }
    if (s.jitterMs !== undefined && Number.isFinite(s.jitterMs)) point.jitterMs = round2(s.jitterMs);
    if (prev || point.jitterMs !== undefined) out.push(point);
    prev = s;
  }
  return out;
}

/**
 * Per-second bitrate from RTP receive buckets (StreamStats.perSecond: floor(arrivalMs / 1000) and
 * bytes), `originSecond` being the bucket of the run's start on the same clock.
 */
export function pointsFromBuckets(
  buckets: readonly { readonly second: number; readonly bytes: number }[],
  originSecond: number,
): TimelinePoint[] {
  return buckets
    .filter((b) => b.second >= originSecond)
    .map((b) => ({ second: b.second - originSecond, kbps: round2((b.bytes * 8) / 1000) }));
}

/**
 * The median round trip of mirrored frames, per second in which they were sent. `sent` and
 * `returned` are the mirror analysis' frames (src/media/mirror-analysis.ts), times in milliseconds
 * since the run started; a frame counts once, at its first return.
 */
export function mirrorLatencyPoints(
  sent: readonly { readonly number: number; readonly atMs: number }[],
  returned: readonly { readonly number: number; readonly atMs: number }[],
): TimelinePoint[] {
  const sentAt = new Map(sent.map((f) => [f.number, f.atMs]));
  const seen = new Set<number>();
  const perSecond = new Map<number, number[]>();
  for (const r of returned) {
    const t = sentAt.get(r.number);
    if (t === undefined || seen.has(r.number) || r.atMs < t) continue;
    seen.add(r.number);
    const sec = Math.max(0, Math.floor(t / 1000));
    perSecond.set(sec, [...(perSecond.get(sec) ?? []), r.atMs - t]);
  }
  return [...perSecond.entries()]
    .sort(([a], [b]) => a - b)
    .map(([second, l]) => {
      const sorted = [...l].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      return { second, mirrorLatencyMs: round2(median) };
    });
}

/** Merges series of points second by second; a later series fills only what earlier ones lack. */
export function mergePoints(...series: readonly (readonly TimelinePoint[])[]): TimelinePoint[] {
  const bySecond = new Map<number, TimelinePoint>();
  for (const points of series) {
    for (const p of points) bySecond.set(p.second, { ...p, ...bySecond.get(p.second) });
  }
  return [...bySecond.values()].sort((a, b) => a.second - b.second);
}
