/**
 * Does what arrives on an encrypted channel look like ciphertext? AES-CBC output under distinct
 * IVs is indistinguishable from uniform random octets, whatever the media; clear G.711 or H.264
 * is not. The measure is Pearson's chi-square of the payload octets against the uniform
 * distribution over 256 values (255 degrees of freedom: mean 255, standard deviation ~22.6).
 */
export class WireRandomness {
  private readonly counts = new Uint32Array(256);
  private total = 0;

  /** Adds the octets of one payload as it was on the wire (before decryption). */
  add(payload: Uint8Array): void {
    for (const b of payload) this.counts[b]!++;
    this.total += payload.length;
  }

  get octets(): number {
    return this.total;
  }

  /** Chi-square against uniform; undefined before any octet. */
  chiSquare(): number | undefined {
    if (this.total === 0) return undefined;
    const expected = this.total / 256;
    let sum = 0;
    for (const c of this.counts) sum += (c - expected) ** 2 / expected;
    return sum;
  }
}

/** Octets needed before the verdict trusts the measure (a few dozen G.711 packets). */
export const RANDOMNESS_MIN_OCTETS = 4096;

/**
 * Above this the octets are not uniform: 255 + 10 standard deviations of the chi-square with 255
 * degrees of freedom (sqrt(2*255) ~ 22.6). Ciphertext exceeds it with negligible probability;
 * clear audio or video of a few kilobytes exceeds it many times over.
 */
export const RANDOMNESS_CHI_SQUARE_LIMIT = 255 + 10 * Math.sqrt(2 * 255);

export type RandomnessReading = "ciphertext" | "not-ciphertext" | "too-few-octets";

export function readRandomness(w: WireRandomness): RandomnessReading {
  if (w.octets < RANDOMNESS_MIN_OCTETS) return "too-few-octets";
  return (w.chiSquare() ?? 0) <= RANDOMNESS_CHI_SQUARE_LIMIT ? "ciphertext" : "not-ciphertext";
}
