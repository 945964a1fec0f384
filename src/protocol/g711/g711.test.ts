import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alawToLinear, decodeAlaw, encodeAlaw, linearToAlaw } from "./alaw.js";
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

  it("quantisation error stays within half a step (relative error < 3.2% above 256)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -32768, max: 32767 }), (x) => {
        const y = alawToLinear(linearToAlaw(x));
        if (Math.abs(x) > 256) expect(Math.abs(y - x) / Math.abs(x)).toBeLessThan(0.032);
        else expect(Math.abs(y - x)).toBeLessThanOrEqual(16);
      }),
    );
  });

  it("array helpers agree with the scalar functions", () => {
    const pcm = Int16Array.from([0, 100, -100, 32767, -32768]);
    const enc = encodeAlaw(pcm);
    expect([...enc]).toEqual([...pcm].map(linearToAlaw));
    expect([...decodeAlaw(enc)]).toEqual([...enc].map(alawToLinear));
  });
});

describe("ITU-T G.711 µ-law", () => {
  it.each([
    [0, 0xff],
    [-1, 0x7e],
    [32767, 0x80],
    [-32768, 0x00],
    [1000, 0xce],
    [-1000, 0x4e],
  ])("encodes %i to byte %i", (lin, byte) => {
    expect(linearToMulaw(lin)).toBe(byte);
  });

  it.each([
    [0xff, 0],
    [0x7f, 0],
    [0x80, 32124],
    [0x00, -32124],
    [0xce, 988],
  ])("decodes byte %i to %i", (byte, lin) => {
    expect(mulawToLinear(byte)).toBe(lin);
  });

  it("every byte except negative zero survives decode -> encode", () => {
    for (let b = 0; b < 256; b++) {
      if (b === 0x7f) continue; // −0 decodes to 0 which encodes as +0 (0xFF)
      expect(linearToMulaw(mulawToLinear(b))).toBe(b);
    }
  });

  it("quantisation error stays within half a step (relative error < 3.2% above 256)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -32124, max: 32124 }), (x) => {
        const y = mulawToLinear(linearToMulaw(x));
        if (Math.abs(x) > 256) expect(Math.abs(y - x) / Math.abs(x)).toBeLessThan(0.032);
        else expect(Math.abs(y - x)).toBeLessThanOrEqual(8);
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
