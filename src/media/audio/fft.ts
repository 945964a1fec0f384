/**
 * Iterative radix-2 Cooley–Tukey FFT, in place, on split real/imaginary arrays.
 * Small and dependency-free: the audio analysis needs only power-of-two sizes.
 */

/** True when `n` is a power of two (1, 2, 4, ...). */
export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;
}

/** The smallest power of two that is at least `n` (n >= 1). */
export function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * Forward DFT X[k] = Σ x[n]·e^(−2πikn/N), computed in place.
 * `inverse` computes the unscaled inverse (divide by N yourself).
 */
export function fft(re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length;
  if (im.length !== n) throw new RangeError(`fft: re has ${n} values but im has ${im.length}`);
  if (!isPowerOfTwo(n)) throw new RangeError(`fft: size ${n} is not a power of two`);
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const tr = re[i]!;
      re[i] = re[j]!;
      re[j] = tr;
      const ti = im[i]!;
      im[i] = im[j]!;
      im[j] = ti;
    }
  }
  const sign = inverse ? 1 : -1;
  for (let len = 2; len <= n; len <<= 1) {
    const ang = (sign * 2 * Math.PI) / len;
    const wr = Math.cos(ang);
    const wi = Math.sin(ang);
    const half = len >> 1;
    for (let start = 0; start < n; start += len) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < half; k++) {
        const a = start + k;
        const b = a + half;
        const xr = re[b]! * cr - im[b]! * ci;
        const xi = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
        const ncr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = ncr;
      }
    }
  }
}

/**
 * Power spectrum |X[k]|² for k = 0..N/2 of a real frame, after a Hann window.
 * The frame is zero-padded to `size` (a power of two, at least the frame length).
 */
export function powerSpectrum(frame: ArrayLike<number>, size: number): Float64Array {
  if (!isPowerOfTwo(size) || size < frame.length) {
    throw new RangeError(`powerSpectrum: size ${size} must be a power of two >= ${frame.length}`);
  }
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const m = frame.length;
  for (let i = 0; i < m; i++) {
    const w = m > 1 ? 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (m - 1)) : 1;
    re[i] = frame[i]! * w;
  }
  fft(re, im);
  const out = new Float64Array(size / 2 + 1);
  for (let k = 0; k <= size / 2; k++) out[k] = re[k]! * re[k]! + im[k]! * im[k]!;
  return out;
}
