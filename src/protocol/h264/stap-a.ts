import { need, ParseError } from "../parse-error.js";
import { NalType } from "./nal-unit.js";

// RFC 6184 §5.7.1: single-time aggregation packet, type A (no DON).
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |STAP-A NAL HDR |         NALU 1 Size           | NALU 1 HDR    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         NALU 1 Data                           |
// :                                                               :
// +               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |               | NALU 2 Size                   | NALU 2 HDR    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         NALU 2 Data                           |
// :                                                               :
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
export function parseStapA(payload: Uint8Array): Uint8Array[] {
  need(payload, 0, 1, "RTP H.264", "STAP-A.header");
  if ((payload[0]! & 0x1f) !== NalType.stapA) {
    throw new ParseError("RTP H.264", "STAP-A.header.type", 0, `expected 24, got ${payload[0]! & 0x1f}`);
  }
  const nals: Uint8Array[] = [];
  let o = 1;
  while (o < payload.length) {
    need(payload, o, 2, "RTP H.264", "STAP-A.nalu_size");
    const size = (payload[o]! << 8) | payload[o + 1]!;
    if (size === 0) throw new ParseError("RTP H.264", "STAP-A.nalu_size", o, "NAL unit size is 0");
    need(payload, o + 2, size, "RTP H.264", "STAP-A.nalu");
    nals.push(payload.slice(o + 2, o + 2 + size));
    o += 2 + size;
  }
  if (nals.length === 0)
    throw new ParseError("RTP H.264", "STAP-A.nalu_size", 1, "aggregation packet holds no NAL unit");
  return nals;
}

/** Size of the STAP-A that would carry `nals`. */
export function stapASize(nals: readonly Uint8Array[]): number {
  return nals.reduce((s, n) => s + 2 + n.length, 1);
}

/**
 * RFC 6184 §5.7.1: F is the OR of the aggregated F bits, NRI the maximum of their NRIs.
 * Throws RangeError for an empty list or a NAL over 65535 bytes (a caller bug, not input).
 */
export function serializeStapA(nals: readonly Uint8Array[]): Uint8Array {
  if (nals.length === 0) throw new RangeError("STAP-A needs at least one NAL unit");
  const out = new Uint8Array(stapASize(nals));
  let f = 0;
  let nri = 0;
  let o = 1;
  for (const n of nals) {
    if (n.length === 0 || n.length > 0xffff)
      throw new RangeError(`STAP-A cannot carry a NAL of ${n.length} bytes`);
    f |= n[0]! & 0x80;
    nri = Math.max(nri, n[0]! & 0x60);
    out[o] = n.length >>> 8;
    out[o + 1] = n.length & 0xff;
    out.set(n, o + 2);
    o += 2 + n.length;
  }
  out[0] = f | nri | NalType.stapA;
  return out;
}
