/**
 * ITU-T G.711 µ-law (the "PCMU" of RFC 3551 §4.5.14): 16-bit linear PCM <-> 8-bit µ-law.
 * Follows the reference algorithm (Sun Microsystems' public-domain g711.c): 14-bit magnitude
 * plus a bias of 33 (0x84 >> 2), 8 segments, all bits inverted.
 *
 *   bit:  7    6 5 4     3 2 1 0
 *        +----+-------+---------+
 *        |sign|segment|quantised|   then inverted (XOR 0xFF)
 *        +----+-------+---------+
 */

const BIAS = 0x84;
const CLIP = 8159;
/** Upper bounds of the 8 µ-law segments on the biased 14-bit magnitude. */
const SEGMENT_END = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff] as const;

/** ITU-T G.711 §B: one 16-bit linear sample (clamped to int16) to a µ-law byte. */
export function linearToMulaw(sample: number): number {
  let pcm = Math.max(-32768, Math.min(32767, Math.trunc(sample))) >> 2;
  let mask: number;
  if (pcm < 0) {
    pcm = -pcm;
    mask = 0x7f;
  } else {
    mask = 0xff;
  }
  if (pcm > CLIP) pcm = CLIP;
  pcm += BIAS >> 2;
  let seg = 0;
  while (seg < 8 && pcm > SEGMENT_END[seg]!) seg++;
  if (seg >= 8) return 0x7f ^ mask;
  return ((seg << 4) | ((pcm >> (seg + 1)) & 0x0f)) ^ mask;
}

/** ITU-T G.711 §B: one µ-law byte to a 16-bit linear sample. */
export function mulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  let t = ((u & 0x0f) << 3) + BIAS;
  t <<= (u & 0x70) >> 4;
  return u & 0x80 ? BIAS - t : t - BIAS;
}

const DECODE_TABLE = Int16Array.from({ length: 256 }, (_, b) => mulawToLinear(b));

/** Encodes linear PCM to µ-law bytes, one byte per sample. */
export function encodeMulaw(pcm: Int16Array): Uint8Array {
  const out = new Uint8Array(pcm.length);
  for (let i = 0; i < pcm.length; i++) out[i] = linearToMulaw(pcm[i]!);
  return out;
}

/** Decodes µ-law bytes to linear PCM, one sample per byte. */
export function decodeMulaw(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = DECODE_TABLE[bytes[i]!]!;
  return out;
}
