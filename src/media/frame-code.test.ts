import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc8, drawFrameCode, frameCodeBits, frameCodeFromBits, readFrameCode } from "./frame-code.js";
import { renderPatternFrame } from "./test-pattern.js";
import { blankFrame, Colour } from "./video/yuv-frame.js";

/** Box-filter downscale of a luma plane (what a far end scaling the picture does, roughly). */
function downscale(luma: Uint8Array, w: number, h: number, tw: number, th: number): Uint8Array {
  const out = new Uint8Array(tw * th);
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const sx = Math.floor((x * w) / tw);
      const sy = Math.floor((y * h) / th);
      out[y * tw + x] = luma[sy * w + sx]!;
    }
  }
  return out;
}

describe("frame code", () => {
  it("CRC-8 (poly 0x07) gives the standard check value for '123456789'", () => {
    expect(crc8([..."123456789"].map((c) => c.charCodeAt(0)))).toBe(0xf4);
  });

  it("encodes and decodes 28 bits for every family and edge numbers", () => {
    for (const family of [0, 1, 15]) {
      for (const number of [0, 1, 255, 256, 0xffff]) {
        expect(frameCodeFromBits(frameCodeBits({ family, number }))).toEqual({ family, number });
      }
    }
    expect(() => frameCodeBits({ family: 16, number: 0 })).toThrowError(RangeError);
    expect(() => frameCodeBits({ family: 0, number: 65536 })).toThrowError(RangeError);
  });

  it("rejects every 1-, 2- and 3-bit corruption (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.uniqueArray(fc.integer({ min: 0, max: 27 }), { minLength: 1, maxLength: 3 }),
        (family, number, flips) => {
          const bits = frameCodeBits({ family, number });
          for (const i of flips) bits[i] = 1 - bits[i]!;
          expect(frameCodeFromBits(bits)).toBeUndefined();
        },
      ),
    );
  });

  it("reads back what it draws, at full size and scaled to a quarter of the area and to 480x270", () => {
    for (const number of [0, 1, 12345, 65535]) {
      const f = blankFrame(1280, 720, Colour.grey75);
      drawFrameCode(f, { family: 1, number });
      expect(readFrameCode(f.data, 1280, 720)).toEqual({ family: 1, number });
      expect(readFrameCode(downscale(f.data, 1280, 720, 640, 360), 640, 360)).toEqual({ family: 1, number });
      expect(readFrameCode(downscale(f.data, 1280, 720, 480, 270), 480, 270)).toEqual({ family: 1, number });
    }
  });

  it("reads the code from both pattern families", () => {
    for (const family of [0, 1]) {
      const frame = renderPatternFrame({ width: 1280, height: 720, family, number: 4242 });
      expect(readFrameCode(frame, 1280, 720)).toEqual({ family, number: 4242 });
    }
  });

  it("returns undefined for a picture without a code, a flat picture and a smeared code", () => {
    const plain = blankFrame(640, 360, Colour.grey75);
    expect(readFrameCode(plain.data, 640, 360)).toBeUndefined();
    const f = blankFrame(640, 360);
    drawFrameCode(f, { family: 0, number: 77 });
    const smeared = f.data.slice(0, 640 * 360).map((v) => Math.round((v + 128) / 2));
    const gray = smeared.map((v, i) => (i % 640 > 320 ? 125 : v)); // right half lost in grey
    expect(readFrameCode(gray, 640, 360)).toBeUndefined();
    expect(readFrameCode(new Uint8Array(10), 640, 360)).toBeUndefined();
  });

  it("never misreads random noise (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64 * 36, maxLength: 64 * 36 }), (luma) => {
        const code = readFrameCode(luma, 64, 36);
        if (code) expect(frameCodeFromBits(frameCodeBits(code))).toEqual(code); // only a CRC-valid read can pass
      }),
    );
  });
});
