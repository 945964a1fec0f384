import { ParseError } from "../parse-error.js";

/** nal_unit_type values we act on (H.264 Table 7-1, RFC 6184 Table 1). */
export const NalType = {
  slice: 1,
  sliceIdr: 5,
  sei: 6,
  sps: 7,
  pps: 8,
  aud: 9,
  endOfSequence: 10,
  endOfStream: 11,
  filler: 12,
  stapA: 24,
  fuA: 28,
} as const;

export interface NalHeader {
  /** forbidden_zero_bit: 1 means the NAL is known to be damaged (RFC 6184 §5.3). */
  readonly forbidden: boolean;
  /** nal_ref_idc, 0..3: 0 means nothing refers to this NAL. */
  readonly nri: number;
  /** nal_unit_type, 0..31. */
  readonly type: number;
}

// H.264 §7.3.1, RFC 6184 §1.3: the one-byte NAL unit header.
// +---------------+
// |0|1|2|3|4|5|6|7|
// +-+-+-+-+-+-+-+-+
// |F|NRI|  Type   |
// +---------------+
export function parseNalHeader(nal: Uint8Array, offset = 0): NalHeader {
  if (offset < 0 || offset >= nal.length) {
    throw new ParseError("H.264", "nal_unit_header", offset, "needs 1 byte, only 0 left");
  }
  const b = nal[offset]!;
  return { forbidden: (b & 0x80) !== 0, nri: (b >>> 5) & 0x03, type: b & 0x1f };
}

export function serializeNalHeader(h: NalHeader): number {
  return (h.forbidden ? 0x80 : 0) | ((h.nri & 0x03) << 5) | (h.type & 0x1f);
}

/** nal_unit_type of a non-empty NAL unit; -1 for an empty one. */
export function nalType(nal: Uint8Array): number {
  return nal.length === 0 ? -1 : nal[0]! & 0x1f;
}

/** True for coded slices of a picture (VCL NAL units, H.264 §7.4.1.2.3: types 1..5). */
export function isVcl(type: number): boolean {
  return type >= 1 && type <= 5;
}
