import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fft, isPowerOfTwo, nextPowerOfTwo, powerSpectrum } from "./fft.js";

function naiveDft(re: number[], im: number[]): { re: number[]; im: number[] } {
  const n = re.length;
  const outRe: number[] = [];
  const outIm: number[] = [];
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let t = 0; t < n; t++) {
      const a = (-2 * Math.PI * k * t) / n;
      sr += re[t]! * Math.cos(a) - im[t]! * Math.sin(a);
      si += re[t]! * Math.sin(a) + im[t]! * Math.cos(a);
    }
    outRe.push(sr);
    outIm.push(si);
  }
  return { re: outRe, im: outIm };
}

describe("fft", () => {
  it("transforms an impulse into a flat spectrum", () => {
    const re = new Float64Array(8);
    const im = new Float64Array(8);
    re[0] = 1;
    fft(re, im);
    expect([...re]).toEqual(new Array(8).fill(1));
    expect([...im].every((v) => Math.abs(v) < 1e-12)).toBe(true);
  });

  it("puts a cosine at bin k into bins k and N-k with magnitude N/2", () => {
    const n = 64;
    const re = new Float64Array(n).map((_, i) => Math.cos((2 * Math.PI * 5 * i) / n));
    const im = new Float64Array(n);
    fft(re, im);
    expect(re[5]).toBeCloseTo(32, 9);
    expect(re[59]).toBeCloseTo(32, 9);
    expect(Math.abs(re[6]!)).toBeLessThan(1e-9);
  });

  it("matches a naive DFT for random inputs of sizes 1..64", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 6 })
          .chain((p) =>
            fc.tuple(
              fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2 ** p, maxLength: 2 ** p }),
              fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 2 ** p, maxLength: 2 ** p }),
            ),
          ),
        ([r, i]) => {
          const re = Float64Array.from(r);
          const im = Float64Array.from(i);
          fft(re, im);
          const want = naiveDft(r, i);
          for (let k = 0; k < r.length; k++) {
            expect(re[k]).toBeCloseTo(want.re[k]!, 8);
            expect(im[k]).toBeCloseTo(want.im[k]!, 8);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("inverse(forward(x)) / N returns x", () => {
    const re = Float64Array.from([1, 2, 3, 4, -1, -2, 0.5, 7]);
    const im = new Float64Array(8);
    const orig = [...re];
    fft(re, im);
    fft(re, im, true);
    for (let k = 0; k < 8; k++) expect(re[k]! / 8).toBeCloseTo(orig[k]!, 12);
  });

  it("rejects sizes that are not powers of two and mismatched arrays", () => {
    expect(() => fft(new Float64Array(6), new Float64Array(6))).toThrow(RangeError);
    expect(() => fft(new Float64Array(8), new Float64Array(4))).toThrow(RangeError);
    expect(() => powerSpectrum([1, 2, 3], 2)).toThrow(RangeError);
  });

  it("powerSpectrum peaks at the bin of a 1 kHz sine", () => {
    const rate = 16000;
    const frame = Array.from({ length: 800 }, (_, i) => Math.sin((2 * Math.PI * 1000 * i) / rate));
    const p = powerSpectrum(frame, 1024);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    expect((best * rate) / 1024).toBeCloseTo(1000, -2);
  });

  it("helpers", () => {
    expect(isPowerOfTwo(1)).toBe(true);
    expect(isPowerOfTwo(12)).toBe(false);
    expect(nextPowerOfTwo(800)).toBe(1024);
    expect(nextPowerOfTwo(1024)).toBe(1024);
  });
});
