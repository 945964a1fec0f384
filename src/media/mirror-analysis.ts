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
  /** Frames sent this close to the end cannot have come back yet (at least; the p95 round trip if longer). */
  tailMs: number;
  /**
   * When the receiver set aside an access unit the network had damaged (a packet lost, or a
   * reference before it lost), on the clock of the returned frames' `atMs`. Each is matched to
   * the missing frame sent one median round trip earlier; those frames are the network's, and
   * are counted neither for nor against the far end.
   */
  networkTakenAt?: readonly number[];
  /**
   * The far end's own keyframe requests (RFC 4585 PLI, RFC 5104 FIR) while the path lost our
   * packets: its decoder lost our picture at `requestedAtMs` (at most a p95 round trip after the
   * damaged frame left), and our next keyframe left at `repairedAtMs`. A far end that decodes and
   * re-encodes (not a packet mirror) cannot send back frames whose references the path took;
   * those frames are the network's. Give them only when the path measurably lost packets.
   */
  farEndBreaks?: readonly FarEndBreak[];
}

export interface FarEndBreak {
  readonly requestedAtMs: number;
  /** When our next keyframe left; undefined when none did. */
  readonly repairedAtMs: number | undefined;
}

export interface MirrorAnalysis {
  framesSent: number;
  /** Frames counted for the share: sent after the grace period and before the tail. */
  framesInWindow: number;
  framesReturnedInWindow: number;
  /** Frames of the window the network took on the way (see `networkTakenAt`). */
  framesTakenByNetwork: number;
  /** Frames returned of those the network delivered: returned / (in window − taken). */
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
  const latencies = [...firstSeen.entries()]
    .map(([n, at]) => at - sentAt.get(n)!)
    .filter((l) => l >= 0)
    .sort((a, b) => a - b);
  // A frame sent less than a round trip before the end could not have come back: on a slow path
  // (jitter, a retransmission awaited) the round trip, not the fixed tail, says how long that is.
  const tailMs = Math.max(opts.tailMs, latencies.length > 0 ? percentile(latencies, 95) : 0);
  const window = sent.filter((f) => f.atMs >= start + opts.startupGraceMs && f.atMs <= end - tailMs);
  const back = window.filter((f) => firstSeen.has(f.number));
  const taken = networkTaken(
    sent.filter((f) => !firstSeen.has(f.number)),
    opts.networkTakenAt ?? [],
    latencies.length > 0 ? percentile(latencies, 50) : 0,
  );
  const lookbackMs = latencies.length > 0 ? percentile(latencies, 95) : tailMs;
  for (const f of brokenAtFarEnd(sent, opts.farEndBreaks ?? [], lookbackMs))
    if (!firstSeen.has(f)) taken.add(f);
  const takenInWindow = window.filter((f) => taken.has(f.number)).length;
  const deliverable = window.length - takenInWindow;

  let longestGapMs = 0;
  let gapStart: number | undefined;
  for (const f of window) {
    // A frame the network took is no freeze of the far end's making.
    if (firstSeen.has(f.number) || taken.has(f.number)) {
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
    framesTakenByNetwork: takenInWindow,
    returnedShare: deliverable > 0 ? back.length / deliverable : 0,
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

/**
 * The sent frames (numbers) the network took: each damaged access unit, moved back by the median
 * round trip, claims the nearest frame that did not come back, if one was sent within a second.
 */
function networkTaken(
  missing: readonly SentFrame[],
  at: readonly number[],
  roundTripMs: number,
): Set<number> {
  const taken = new Set<number>();
  const byTime = [...missing].sort((a, b) => a.atMs - b.atMs);
  for (const t of at) {
    const est = t - roundTripMs;
    let best: SentFrame | undefined;
    for (const f of byTime) {
      if (taken.has(f.number) || Math.abs(f.atMs - est) > 1000) continue;
      if (!best || Math.abs(f.atMs - est) < Math.abs(best.atMs - est)) best = f;
    }
    if (best) taken.add(best.number);
  }
  return taken;
}

/**
 * The sent frames (numbers) in each stretch the far end's picture was broken: from one round trip
 * before its keyframe request (the damage can be no older: a damaged frame would have come back by
 * then) until our keyframe left.
 */
function brokenAtFarEnd(
  sent: readonly SentFrame[],
  breaks: readonly FarEndBreak[],
  lookbackMs: number,
): number[] {
  return sent
    .filter((f) =>
      breaks.some(
        (b) => f.atMs >= b.requestedAtMs - lookbackMs && f.atMs < (b.repairedAtMs ?? b.requestedAtMs),
      ),
    )
    .map((f) => f.number);
}
