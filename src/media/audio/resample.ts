/**
 * Integer-factor downsampling (48k -> 16k -> 8k) with a windowed-sinc low-pass.
 * The filter is symmetric and centred on each output sample, so it adds no delay:
 * marker positions survive resampling exactly (sample n at the input rate lands at n / factor).
 */

/** Low-pass FIR for decimation by `factor`, cut off at 0.45 of the output rate, Blackman window. */
export function decimationFilter(factor: number): Float64Array {
  const half = 32 * factor;
  const taps = new Float64Array(2 * half + 1);
  const fc = 0.45 / factor; // cycles per input sample
  let sum = 0;
  for (let i = -half; i <= half; i++) {
    const sinc = i === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * i) / (Math.PI * i);
    const x = (i + half) / (2 * half);
    const w = 0.42 - 0.5 * Math.cos(2 * Math.PI * x) + 0.08 * Math.cos(4 * Math.PI * x);
    taps[i + half] = sinc * w;
    sum += sinc * w;
  }
  for (let i = 0; i < taps.length; i++) taps[i] = taps[i]! / sum; // unity gain at DC
  return taps;
}

/** Downsamples `pcm` from `fromRate` to `toRate`; the ratio must be a whole number. */
export function downsample(pcm: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (fromRate === toRate) return pcm.slice();
  const factor = fromRate / toRate;
  if (!Number.isInteger(factor) || factor < 1) {
    throw new RangeError(`downsample: ${fromRate} -> ${toRate} Hz is not a whole-number reduction`);
  }
  const taps = decimationFilter(factor);
  const half = (taps.length - 1) / 2;
  const out = new Int16Array(Math.floor(pcm.length / factor));
  for (let o = 0; o < out.length; o++) {
    const centre = o * factor;
    let acc = 0;
    const lo = Math.max(0, centre - half);
    const hi = Math.min(pcm.length - 1, centre + half);
    for (let i = lo; i <= hi; i++) acc += pcm[i]! * taps[i - centre + half]!;
    out[o] = clampInt16(acc);
  }
  return out;
}

/** Rounds and clamps to the int16 range. */
export function clampInt16(x: number): number {
  return Math.max(-32768, Math.min(32767, Math.round(x)));
}
