import {
  asExtendedSequenceNumber,
  asRtpTimestamp,
  asSequenceNumber,
  type ExtendedSequenceNumber,
  type RtpTimestamp,
  type SequenceNumber,
} from "./types.js";

/**
 * All wrap-around arithmetic on RTP sequence numbers and timestamps lives here.
 * RFC 3550 §5.1: sequence numbers are 16 bits and timestamps 32 bits, both wrap;
 * RFC 3550 A.1 extends the sequence number with a cycle count.
 */

const SEQ_MOD = 0x1_0000;
const TS_MOD = 0x1_0000_0000;

/** Signed distance a - b on the 16-bit circle, in [-32768, 32767]. */
export function seqDelta(a: number, b: number): number {
  const d = (a - b) & 0xffff;
  return d >= 0x8000 ? d - SEQ_MOD : d;
}

/** True when `a` comes after `b` (RFC 1982 serial-number comparison on 16 bits). */
export function seqIsNewer(a: number, b: number): boolean {
  return seqDelta(a, b) > 0;
}

/** `seq + n` wrapped to 16 bits (n may be negative). */
export function seqAdd(seq: number, n: number): SequenceNumber {
  return asSequenceNumber((((seq + n) % SEQ_MOD) + SEQ_MOD) % SEQ_MOD);
}

/** Signed distance a - b on the 32-bit circle, in [-2^31, 2^31 - 1]. */
export function tsDelta(a: number, b: number): number {
  const d = (a - b) >>> 0;
  return d >= 0x8000_0000 ? d - TS_MOD : d;
}

/** `ts + n` wrapped to 32 bits (n may be negative or fractional: it is rounded). */
export function tsAdd(ts: number, n: number): RtpTimestamp {
  const r = (ts + Math.round(n)) % TS_MOD;
  return asRtpTimestamp(r < 0 ? r + TS_MOD : r);
}

/** Stateful unwrapper: maps each 16-bit sequence number to the nearest extended value. */
export interface SequenceUnwrapper {
  /** Extended value of `seq`, chosen as the one closest to the last value returned. */
  unwrap(seq: number): ExtendedSequenceNumber;
  /** Highest extended value seen so far, or undefined before the first packet. */
  readonly highest: ExtendedSequenceNumber | undefined;
}

/**
 * RFC 3550 A.1: extends sequence numbers with a wrap count. The first packet gets cycle 0;
 * a packet reordered from before a wrap that precedes the first packet can come out negative.
 */
export function createSequenceUnwrapper(): SequenceUnwrapper {
  let last: number | undefined;
  let highest: number | undefined;
  return {
    unwrap(seq: number): ExtendedSequenceNumber {
      const s = seq & 0xffff;
      const ext = last === undefined ? s : last + seqDelta(s, last);
      last = ext;
      if (highest === undefined || ext > highest) highest = ext;
      return asExtendedSequenceNumber(ext);
    },
    get highest() {
      return highest === undefined ? undefined : asExtendedSequenceNumber(highest);
    },
  };
}

/** Stateful unwrapper for 32-bit RTP timestamps (same nearest-value rule as sequence numbers). */
export interface TimestampUnwrapper {
  /** Unwrapped (monotone across wraps) value of `ts`, as a plain number of clock ticks. */
  unwrap(ts: number): number;
}

/** Unwraps RTP timestamps so that differences across the 2^32 wrap stay small and signed. */
export function createTimestampUnwrapper(): TimestampUnwrapper {
  let last: number | undefined;
  return {
    unwrap(ts: number): number {
      const t = ts >>> 0;
      const ext = last === undefined ? t : last + tsDelta(t, last);
      last = ext;
      return ext;
    },
  };
}
