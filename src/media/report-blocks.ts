import type { ReportBlock } from "../protocol/rtcp/report-block.js";
import { asSsrc } from "../protocol/rtp/types.js";
import type { StreamStats } from "./rtp-stats.js";

/** The middle 32 bits of a 64-bit NTP timestamp (RFC 3550 §6.4.1 "LSR"). */
export function ntpMiddle(seconds: number, fraction: number): number {
  return (((seconds & 0xffff) << 16) | (fraction >>> 16)) >>> 0;
}

/**
 * Builds RTCP reception report blocks (RFC 3550 §6.4.1) from receive statistics, and turns the
 * blocks the peer sends back into a round-trip time. Pure: arrival and "now" are arguments.
 */
export class ReportBlockBuilder {
  private readonly lastSr = new Map<number, { lsr: number; arrivalMs: number }>();
  private readonly prior = new Map<number, { expected: number; received: number }>();

  /** Remember an SR from `ssrc`, for LSR/DLSR in our next report about it. */
  onSenderReport(ssrc: number, ntpSeconds: number, ntpFraction: number, arrivalMs: number): void {
    this.lastSr.set(ssrc >>> 0, { lsr: ntpMiddle(ntpSeconds, ntpFraction), arrivalMs });
  }

  /** One block per stream heard from; fraction lost counts since the previous call (A.3). */
  blocks(streams: readonly StreamStats[], nowMs: number): ReportBlock[] {
    return streams.slice(0, 31).map((s) => {
      const received = s.packets - s.duplicates;
      const before = this.prior.get(s.ssrc) ?? { expected: 0, received: 0 };
      this.prior.set(s.ssrc, { expected: s.expected, received });
      const expectedInterval = s.expected - before.expected;
      const lostInterval = expectedInterval - (received - before.received);
      const fractionLost =
        expectedInterval <= 0 || lostInterval <= 0
          ? 0
          : Math.min(255, Math.floor((lostInterval << 8) / expectedInterval));
      const sr = this.lastSr.get(s.ssrc);
      return {
        ssrc: asSsrc(s.ssrc),
        fractionLost,
        // A signed 24-bit field: clamp rather than wrap (RFC 3550 §6.4.1).
        cumulativeLost: Math.max(-0x800000, Math.min(0x7fffff, s.expected - received)),
        highestSequence: s.highestSequence >>> 0,
        jitter: Math.min(0xffffffff, Math.round(s.jitter ?? 0)) >>> 0,
        lastSr: sr?.lsr ?? 0,
        delaySinceLastSr: sr
          ? Math.min(0xffffffff, Math.round(((nowMs - sr.arrivalMs) / 1000) * 65536)) >>> 0
          : 0,
      };
    });
  }
}

/**
 * RFC 3550 §6.4.1: round trip = A − LSR − DLSR, all in 1/65536 s, where A is the middle 32 bits
 * of our NTP clock when the report arrived. Undefined when the block refers to no SR of ours.
 */
export function roundTripMs(block: ReportBlock, arrivalNtpMiddle: number): number | undefined {
  if (block.lastSr === 0) return undefined;
  const units = (arrivalNtpMiddle - block.lastSr - block.delaySinceLastSr) >>> 0;
  if (units > 65536 * 60) return undefined; // negative or absurd: clocks or report are off
  return (units / 65536) * 1000;
}
