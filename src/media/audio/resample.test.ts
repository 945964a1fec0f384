import { describe, expect, it } from "vitest";
import { downsample } from "./resample.js";

function sine(freq: number, rate: number, seconds: number, amp = 10000): Int16Array {
  return Int16Array.from(
    { length: Math.round(rate * seconds) },
    (_, i) => amp * Math.sin((2 * Math.PI * freq * i) / rate),
  );
}

function rms(x: Int16Array, skip = 200): number {
  let s = 0;
  for (let i = skip; i < x.length - skip; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / (x.length - 2 * skip));
}

describe("downsample", () => {
  it("keeps a 1 kHz tone at full level from 48k to 8k", () => {
    const out = downsample(sine(1000, 48000, 0.5), 48000, 8000);
    expect(out.length).toBe(4000);
    expect(rms(out) / (10000 / Math.SQRT2)).toBeCloseTo(1, 2);
  });

  it("removes a 6 kHz tone (above the 8k Nyquist) by more than 60 dB", () => {
    const out = downsample(sine(6000, 48000, 0.5), 48000, 8000);
    expect(20 * Math.log10(rms(out) / (10000 / Math.SQRT2))).toBeLessThan(-60);
  });

  it("removes a 9 kHz tone going 48k -> 16k, keeps a 6.5 kHz tone", () => {
    expect(rms(downsample(sine(9000, 48000, 0.5), 48000, 16000))).toBeLessThan(10);
    expect(rms(downsample(sine(6500, 48000, 0.5), 48000, 16000))).toBeGreaterThan(6500);
  });

  it("adds no delay: an impulse at input sample 600 peaks at output sample 100", () => {
    const x = new Int16Array(1200);
    x[600] = 30000;
    const out = downsample(x, 48000, 8000);
    let best = 0;
    for (let i = 0; i < out.length; i++) if (out[i]! > out[best]!) best = i;
    expect(best).toBe(100);
  });

  it("rejects non-integer ratios, copies equal rates", () => {
    expect(() => downsample(new Int16Array(10), 44100, 8000)).toThrow(RangeError);
    const x = Int16Array.from([1, 2, 3]);
    expect([...downsample(x, 8000, 8000)]).toEqual([1, 2, 3]);
  });
});
