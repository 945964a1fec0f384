import { need } from "../parse-error.js";
import { asSsrc, type Ssrc } from "../rtp/types.js";

/*
 * RFC 3550 §6.4.1 report block (24 octets, in SR and RR)
 *
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 SSRC_1 (SSRC of first source)                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | fraction lost |       cumulative number of packets lost       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           extended highest sequence number received           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      interarrival jitter                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         last SR (LSR)                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   delay since last SR (DLSR)                  |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 */
export interface ReportBlock {
  readonly ssrc: Ssrc;
  /** Fraction lost since the previous report, as a fixed-point number over 256. */
  readonly fractionLost: number;
  /** Cumulative packets lost, a signed 24-bit value (duplicates can make it negative). */
  readonly cumulativeLost: number;
  readonly highestSequence: number;
  /** Interarrival jitter in timestamp units. */
  readonly jitter: number;
  /** Middle 32 bits of the NTP timestamp of the last SR received. */
  readonly lastSr: number;
  /** Delay since that SR, in units of 1/65536 s. */
  readonly delaySinceLastSr: number;
}

export const REPORT_BLOCK_LENGTH = 24;

export function parseReportBlock(buf: Uint8Array, offset: number, format: string): ReportBlock {
  need(buf, offset, REPORT_BLOCK_LENGTH, format, "report block");
  const v = new DataView(buf.buffer, buf.byteOffset + offset, REPORT_BLOCK_LENGTH);
  const lost24 = v.getUint32(4) & 0xffffff;
  return {
    ssrc: asSsrc(v.getUint32(0)),
    fractionLost: v.getUint8(4),
    cumulativeLost: lost24 & 0x800000 ? lost24 - 0x1000000 : lost24,
    highestSequence: v.getUint32(8),
    jitter: v.getUint32(12),
    lastSr: v.getUint32(16),
    delaySinceLastSr: v.getUint32(20),
  };
}

export function writeReportBlock(out: Uint8Array, offset: number, b: ReportBlock): void {
  const v = new DataView(out.buffer, out.byteOffset + offset, REPORT_BLOCK_LENGTH);
  v.setUint32(0, b.ssrc >>> 0);
  const lost = Math.max(-0x800000, Math.min(0x7fffff, Math.trunc(b.cumulativeLost)));
  v.setUint32(4, (((b.fractionLost & 0xff) << 24) | (lost & 0xffffff)) >>> 0);
  v.setUint32(8, b.highestSequence >>> 0);
  v.setUint32(12, b.jitter >>> 0);
  v.setUint32(16, b.lastSr >>> 0);
  v.setUint32(20, b.delaySinceLastSr >>> 0);
}
