import { need, ParseError } from "../parse-error.js";
import { NalType } from "./nal-unit.js";

/** One fragmentation unit: a piece of a NAL unit too large for one packet. */
export interface FuA {
  /** F and NRI of the fragmented NAL (the FU indicator's top three bits). */
  readonly fnri: number;
  /** nal_unit_type of the fragmented NAL. */
  readonly type: number;
  readonly start: boolean;
  readonly end: boolean;
  readonly data: Uint8Array;
}

// RFC 6184 §5.8: fragmentation unit, type A.
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// | FU indicator  |   FU header   |                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               |
// |                         FU payload                            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// FU indicator: |F|NRI|Type=28|     FU header: |S|E|R|Type|
export function parseFuA(payload: Uint8Array): FuA {
  need(payload, 0, 2, "RTP H.264", "FU-A.header");
  const indicator = payload[0]!;
  const header = payload[1]!;
  if ((indicator & 0x1f) !== NalType.fuA) {
    throw new ParseError("RTP H.264", "FU-A.indicator.type", 0, `expected 28, got ${indicator & 0x1f}`);
  }
  const start = (header & 0x80) !== 0;
  const end = (header & 0x40) !== 0;
  // "The Start bit and End bit MUST NOT both be set to one in the same FU header."
  if (start && end) throw new ParseError("RTP H.264", "FU-A.header.S/E", 1, "start and end bits both set");
  return { fnri: indicator & 0xe0, type: header & 0x1f, start, end, data: payload.subarray(2) };
}

export function serializeFuA(fu: FuA): Uint8Array {
  const out = new Uint8Array(2 + fu.data.length);
  out[0] = (fu.fnri & 0xe0) | NalType.fuA;
  out[1] = (fu.start ? 0x80 : 0) | (fu.end ? 0x40 : 0) | (fu.type & 0x1f);
  out.set(fu.data, 2);
  return out;
}

/**
 * Cuts a NAL unit into FU-A payloads of at most `mtu` bytes, pieces of near-equal size so the
 * last packet is not a tiny one. Needs a NAL larger than `mtu` (smaller ones go whole).
 */
export function fragmentNal(nal: Uint8Array, mtu: number): Uint8Array[] {
  if (mtu < 3) throw new RangeError(`MTU ${mtu} is too small for FU-A`);
  if (nal.length < 3) throw new RangeError(`a NAL of ${nal.length} bytes needs no fragmentation`);
  const body = nal.subarray(1);
  const count = Math.max(2, Math.ceil(body.length / (mtu - 2)));
  const size = Math.ceil(body.length / count);
  const out: Uint8Array[] = [];
  for (let o = 0; o < body.length; o += size) {
    out.push(
      serializeFuA({
        fnri: nal[0]! & 0xe0,
        type: nal[0]! & 0x1f,
        start: o === 0,
        end: o + size >= body.length,
        data: body.subarray(o, o + size),
      }),
    );
  }
  return out;
}
