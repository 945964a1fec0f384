import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alawToLinear, linearToAlaw } from "./alaw.js";
import { decodeMulaw, encodeMulaw, linearToMulaw, mulawToLinear } from "./mulaw.js";

describe("ITU-T G.711 A-law", () => {
  it.each([
    [0, 0xd5],
    [-1, 0x55],
    [8, 0xd5],
    [32767, 0xaa],
    [-32768, 0x2a],
    [1000, 0xfa],
    [-1000, 0x7a],
  ])("encodes %i to byte %i", (lin, byte) => {
    expect(linearToAlaw(lin)).toBe(byte);
  });

  it.each([
    [0xd5, 8],
    [0x55, -8],
    [0xaa, 32256],
    [0x2a, -32256],
    [0xfa, 1008],
  ])("decodes byte %i to %i", (byte, lin) => {
    expect(alawToLinear(byte)).toBe(lin);
  });

  it("every byte survives decode -> encode", () => {
    for (let b = 0; b < 256; b++) expect(linearToAlaw(alawToLinear(b))).toBe(b);
  });

  it("quantises to one of the two reconstruction levels around the input", () => {
    const levels = [...new Set(Array.from({ length: 256 }, (_, b) => mulawToLinear(b)))].sort(
      (a, b) => a - b,
    );
    fc.assert(
      fc.property(fc.integer({ min: -32124, max: 32124 }), (x) => {
        const y = mulawToLinear(linearToMulaw(x));
        const hi = levels.findIndex((l) => l >= x);
        const around = [levels[hi - 1], levels[hi], levels[hi + 1]].filter((l) => l !== undefined);
        // The reference encoder truncates toward zero, so the level just past the input's own
        // interval is allowed too; anything further away is a wrong segment or mantissa.
        expect(around).toContain(y);
      }),
    );
  });

  it("array helpers agree with the scalar functions", () => {
    const pcm = Int16Array.from([0, 100, -100, 32767, -32768]);
    const enc = encodeMulaw(pcm);
    expect([...enc]).toEqual([...pcm].map(linearToMulaw));
    expect([...decodeMulaw(enc)]).toEqual([...enc].map(mulawToLinear));
  });
});
