/** Deterministic test signals shared by the audio tests (pure, no I/O). */

/** A sine of `amplitude` (int16 units) at `hz`. */
export function sine(hz: number, sampleRate: number, seconds: number, amplitude = 8000): Int16Array {
  const n = Math.round(sampleRate * seconds);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate));
  return out;
}

/** Uniform white noise from a seeded linear congruential generator. */
export function whiteNoise(sampleRate: number, seconds: number, amplitude = 8000, seed = 1): Int16Array {
  let s = seed >>> 0;
  const n = Math.round(sampleRate * seconds);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = Math.round((s / 4294967296) * 2 * amplitude - amplitude);
  }
  return out;
}

/** Sample-wise sum, clamped to int16; the result has the length of `a`. */
export function mix(a: Int16Array, b: Int16Array): Int16Array {
  const out = new Int16Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = Math.max(-32768, Math.min(32767, a[i]! + (b[i] ?? 0)));
  return out;
}
