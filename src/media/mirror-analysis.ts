/**
 * Measures a video mirror: we sent frames carrying frame codes, the far end sent pictures back,
 * we decoded them and read the codes. Pure: times are milliseconds on one clock, given in.
 */

export interface SentFrame {
  number: number;
  atMs: number;
}

export interface ReturnedFrame {
  /** The frame number read from the decoded picture. */
  number: number;
  /** When the decoded picture came out of the decoder. */
  atMs: number;
}

export interface MirrorAnalysisOptions {
  /** Frames sent in the first part of the call are not counted against the share (decoder start-up). */
  startupGraceMs: number;
  /** Frames sent this close to the end cannot have come back yet. */
  tailMs: number;
}

export interface MirrorAnalysis {
  framesSent: number;
  /** Frames counted for the share: sent after the grace period and before the tail. */
  framesInWindow: number;
  framesReturnedInWindow: number;
  returnedShare: number;
  /** From the first frame sent to the first frame that came back. */
  firstReturnMs: number | undefined;
  latencyMs: { p50: number; p95: number; max: number; samples: number } | undefined;
  /** Longest stretch of the window, in ms of sent time, with no frame coming back. */
  longestGapMs: number;
  /** Decoded pictures whose code was never sent (a misread, or someone else's picture). */
  foreignCodes: number;
  /** Decoded pictures that repeated the code before them (a frozen picture). */
  repeatedPictures: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function analyzeMirror(
  sent: readonly SentFrame[],
  returned: readonly ReturnedFrame[],
  opts: MirrorAnalysisOptions,
): MirrorAnalysis {
  const sentAt = new Map<number, number>();
  for (const f of sent) sentAt.set(f.number, f.atMs);
  const firstSeen = new Map<number, number>();
  let foreignCodes = 0;
  let repeatedPictures = 0;
  let previous: number | undefined;
  for (const r of returned) {
    if (!sentAt.has(r.number)) foreignCodes++;
    else if (!firstSeen.has(r.number)) firstSeen.set(r.number, r.atMs);
    if (previous === r.number) repeatedPictures++;
    previous = r.number;
  }

  const start = sent.length > 0 ? sent[0]!.atMs : 0;
  const end = sent.length > 0 ? sent[sent.length - 1]!.atMs : 0;
  const window = sent.filter((f) => f.atMs >= start + opts.startupGraceMs && f.atMs <= end - opts.tailMs);
  const back = window.filter((f) => firstSeen.has(f.number));

  const latencies = [...firstSeen.entries()]
    .map(([n, at]) => at - sentAt.get(n)!)
    .filter((l) => l >= 0)
    .sort((a, b) => a - b);

  let longestGapMs = 0;
  let gapStart: number | undefined;
  for (const f of window) {
    if (firstSeen.has(f.number)) {
      if (gapStart !== undefined) longestGapMs = Math.max(longestGapMs, f.atMs - gapStart);
      gapStart = undefined;
    } else if (gapStart === undefined) {
      gapStart = f.atMs;
    }
  }
  if (gapStart !== undefined && window.length > 0) {
    longestGapMs = Math.max(longestGapMs, window[window.length - 1]!.atMs - gapStart);
  }

  const firstBack = [...firstSeen.values()].sort((a, b) => a - b)[0];
  return {
    framesSent: sent.length,
    framesInWindow: window.length,
    framesReturnedInWindow: back.length,
    returnedShare: window.length > 0 ? back.length / window.length : 0,
    firstReturnMs: firstBack !== undefined ? firstBack - start : undefined,
    latencyMs:
      latencies.length > 0
        ? {
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            max: latencies[latencies.length - 1]!,
            samples: latencies.length,
          }
        : undefined,
    longestGapMs,
    foreignCodes,
    repeatedPictures,
  };
}
