import { serializeTpkt } from "../tpkt/tpkt.js";

// The keep-alives of H.460.18/.19, and how their timing is judged. A NAT or firewall forgets a
// UDP binding or an idle TCP connection after a while; the traversal client keeps each path
// open by sending on it at least once per interval:
//
// - RAS (UDP 1719): a lightweight keep-alive RRQ (keepAlive TRUE) before the timeToLive that
//   the gatekeeper granted in RCF runs out (H.225.0 RRQ/RCF timeToLive). An H.460.18
//   traversal server grants a short timeToLive so that these RRQs hold the RAS binding.
// - Call signalling (TCP): an empty TPKT (RFC 1006 header, length 4) on the connection the
//   endpoint opened, at the keep-alive interval (H.460.18, keep-alive of the call signalling
//   channel).
// - Media (UDP): a header-only RTP keep-alive to keepAliveChannel, and RTCP, at least every
//   keepAliveInterval seconds of TraversalParameters (H.460.19); media packets on the same
//   path keep it open as well.
//
// The judgement allows a little lateness: timers on real equipment fire on their own clocks
// and the interval is the gatekeeper's expiry, not a deadline to the millisecond.

/** Lateness forgiven per gap: the larger of one second and a tenth of the interval. */
export function keepAliveGraceMs(intervalS: number): number {
  return Math.max(1000, intervalS * 100);
}

/** One gap that was longer than the interval (plus grace). */
export interface LateGap {
  /** Start of the gap, ms from the window's start. */
  readonly fromMs: number;
  readonly gapMs: number;
}

export interface KeepAliveAudit {
  readonly intervalS: number;
  /** Keep-alives inside the window. */
  readonly count: number;
  /** Longest gap: window start to first, between two, last to window end. */
  readonly maxGapMs: number;
  readonly late: readonly LateGap[];
  readonly windowMs: number;
  /**
   * "kept": every gap within the interval; "late": some gap longer; "none": none sent although
   * the window was longer than the interval; "too-short": none sent, but the window was too
   * short for one to be due.
   */
  readonly outcome: "kept" | "late" | "none" | "too-short";
}

/**
 * Judges keep-alives sent at `timesMs` (any order; outside the window ignored) against an
 * interval of `intervalS` seconds over [windowStartMs, windowEndMs]. The gap after the last
 * keep-alive counts only once it is over: a window that ends 5 s after the last one says
 * nothing about the next.
 */
export function auditKeepAlives(
  timesMs: readonly number[],
  windowStartMs: number,
  windowEndMs: number,
  intervalS: number,
): KeepAliveAudit {
  if (!(intervalS > 0)) throw new RangeError(`keep-alive interval ${intervalS} s must be positive`);
  if (windowEndMs < windowStartMs) throw new RangeError("keep-alive window ends before it starts");
  const limit = intervalS * 1000 + keepAliveGraceMs(intervalS);
  const inside = timesMs.filter((t) => t >= windowStartMs && t <= windowEndMs).sort((a, b) => a - b);
  const windowMs = windowEndMs - windowStartMs;
  const edges = [windowStartMs, ...inside, windowEndMs];
  const late: LateGap[] = [];
  let maxGapMs = 0;
  for (let i = 1; i < edges.length; i++) {
    const gap = edges[i]! - edges[i - 1]!;
    maxGapMs = Math.max(maxGapMs, gap);
    if (gap > limit) late.push({ fromMs: edges[i - 1]! - windowStartMs, gapMs: gap });
  }
  const outcome =
    inside.length === 0 ? (windowMs > limit ? "none" : "too-short") : late.length > 0 ? "late" : "kept";
  return { intervalS, count: inside.length, maxGapMs, late, windowMs, outcome };
}

/**
 * When our own traversal client sends its next keep-alive: a fifth of the interval early (at
 * least a second), so one lost or late datagram still lands before the far end's expiry.
 */
export function nextKeepAliveAt(lastSentMs: number, intervalS: number): number {
  if (!(intervalS > 0)) throw new RangeError(`keep-alive interval ${intervalS} s must be positive`);
  const early = Math.max(1000, intervalS * 200);
  return lastSentMs + Math.max(500, intervalS * 1000 - early);
}

/** RFC 1006 TPKT header alone (length 4): the call signalling keep-alive of H.460.18. */
export const EMPTY_TPKT: Uint8Array = serializeTpkt(new Uint8Array(0));
