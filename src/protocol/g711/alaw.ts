/**
 * ITU-T G.711 A-law (the "PCMA" of RFC 3551 §4.5.14): 16-bit linear PCM <-> 8-bit A-law.
 * Follows the reference algorithm (Sun Microsystems' public-domain g711.c, which the
 * ITU-T G.191 software tools match): 13-bit magnitude, 8 segments, even bits inverted (XOR 0x55).
 *
 *   bit:  7    6 5 4     3 2 1 0
 *        +----+-------+---------+
 *        |sign|segment|quantised|   then XOR 0x55
 *        +----+-------+---------+
 */

/** Upper bounds of the 8 A-law segments on the 13-bit magnitude. */
const SEGMENT_END = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff] as const;

function segmentOf(value: number, ends: readonly number[]): number {
  for (let i = 0; i < ends.length; i++) if (value <= ends[i]!) return i;
  return ends.length;
}

/** ITU-T G.711 §A: one 16-bit linear sample (clamped to int16) to an A-law byte. */
export function linearToAlaw(sample: number): number {
  let pcm = Math.max(-32768, Math.min(32767, Math.trunc(sample))) >> 3;
  let mask: number;
  if (pcm >= 0) {
    mask = 0xd5;
  } else {
    mask = 0x55;
    pcm = -pcm - 1;
  }
  const seg = segmentOf(pcm, SEGMENT_END);
  if (seg >= 8) return 0x7f ^ mask;
  let aval = seg << 4;
  aval |= seg < 2 ? (pcm >> 1) & 0x0f : (pcm >> seg) & 0x0f;
  return aval ^ mask;
}

/** ITU-T G.711 §A: one A-law byte to a 16-bit linear sample. */
export function alawToLinear(byte: number): number {
  const a = (byte & 0xff) ^ 0x55;
  let t = (a & 0x0f) << 4;
  const seg = (a & 0x70) >> 4;
  if (seg === 0) t += 8;
  else if (seg === 1) t += 0x108;
  else t = (t + 0x108) << (seg - 1);
  return a & 0x80 ? t : -t;
}

const DECODE_TABLE = Int16Array.from({ length: 256 }, (_, b) => alawToLinear(b));

/** Encodes linear PCM to A-law bytes, one byte per sample. */
export function encodeAlaw(pcm: Int16Array): Uint8Array {
  const out = new Uint8Array(pcm.length);
  for (let i = 0; i < pcm.length; i++) out[i] = linearToAlaw(pcm[i]!);
  return out;
}

/** Decodes A-law bytes to linear PCM, one sample per byte. */
export function decodeAlaw(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = DECODE_TABLE[bytes[i]!]!;
  return out;
}
