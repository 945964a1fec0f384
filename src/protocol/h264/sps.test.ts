import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseSps, serializeSps } from "./sps.js";

/** SPS written by x264 (ffmpeg 4.1, -profile:v baseline, 1280x720, level 3.1), with VUI. */
const X264_720P_SPS = Buffer.from("6742c01fda014016ec0440000003004000000f23c60ca8", "hex");

describe("SPS (H.264 §7.3.2.1.1)", () => {
  it("reads x264's 720p baseline SPS", () => {
    const sps = parseSps(X264_720P_SPS);
    expect(sps).toMatchObject({
      profileIdc: 66,
      constraintFlags: 0xc0,
      levelIdc: 31,
      spsId: 0,
      chromaFormatIdc: 1,
      frameMbsOnly: true,
      widthMbs: 80,
      heightMbs: 45,
      width: 1280,
      height: 720,
    });
  });

  it("applies frame cropping: 1920x1088 coded, 1080 shown (equations 7-19..7-22)", () => {
    const nal = serializeSps({
      profileIdc: 100,
      constraintFlags: 0,
      levelIdc: 40,
      spsId: 0,
      widthMbs: 120,
      heightMbs: 68,
      frameMbsOnly: true,
      crop: { left: 0, right: 0, top: 0, bottom: 4 },
    });
    const sps = parseSps(nal);
    expect([sps.width, sps.height, sps.crop.bottom]).toEqual([1920, 1080, 8]);
  });

  it("doubles map units and crop units for field coding (frame_mbs_only_flag = 0)", () => {
    const nal = serializeSps({
      profileIdc: 77,
      constraintFlags: 0,
      levelIdc: 30,
      spsId: 1,
      widthMbs: 45,
      heightMbs: 36,
      frameMbsOnly: false,
      crop: { left: 0, right: 0, top: 0, bottom: 2 },
    });
    expect(parseSps(nal)).toMatchObject({ frameMbsOnly: false, width: 720, height: 576 - 8, spsId: 1 });
  });

  it("rejects every truncated prefix of the golden SPS with ParseError", () => {
    // The fields we read end in byte 9 (frame_cropping_flag); the VUI after it is not read.
    for (let n = 0; n < 9; n++) expect(() => parseSps(X264_720P_SPS.subarray(0, n))).toThrowError(ParseError);
    expect(parseSps(X264_720P_SPS.subarray(0, 9)).height).toBe(720);
  });

  it("rejects a NAL that is not an SPS", () => {
    expect(() => parseSps(Uint8Array.of(0x68, 0xce))).toThrowError(/expected 7, got 8/);
  });

  it("reads back what it writes (property)", () => {
    const fields = fc.record({
      profileIdc: fc.constantFrom(66, 77, 88, 100),
      constraintFlags: fc.integer({ min: 0, max: 255 }),
      levelIdc: fc.integer({ min: 10, max: 52 }),
      spsId: fc.integer({ min: 0, max: 31 }),
      widthMbs: fc.integer({ min: 2, max: 256 }),
      heightMbs: fc.integer({ min: 1, max: 128 }).map((h) => h * 2),
      frameMbsOnly: fc.boolean(),
      crop: fc.record({
        left: fc.constant(0),
        right: fc.integer({ min: 0, max: 7 }),
        top: fc.constant(0),
        bottom: fc.integer({ min: 0, max: 3 }),
      }),
    });
    fc.assert(
      fc.property(fields, (f) => {
        const sps = parseSps(serializeSps(f));
        expect(sps).toMatchObject({
          profileIdc: f.profileIdc,
          levelIdc: f.levelIdc,
          spsId: f.spsId,
          widthMbs: f.widthMbs,
        });
        expect(sps.width).toBe(f.widthMbs * 16 - 2 * f.crop.right);
        expect(sps.height).toBe(f.heightMbs * 16 - (f.frameMbsOnly ? 2 : 4) * f.crop.bottom);
      }),
    );
  });

  it("never throws anything but ParseError on random input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (body) => {
        try {
          parseSps(Uint8Array.from([0x67, ...body]));
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
