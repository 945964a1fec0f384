import { describe, expect, it } from "vitest";
import { readFrameCode } from "./frame-code.js";
import { PatternRenderer, renderPatternFrame } from "./test-pattern.js";

describe("test pattern", () => {
  it("renders a yuv420p frame of the right size whose moving element moves", () => {
    const r = new PatternRenderer({ width: 1280, height: 720, family: 0 });
    const a = r.render(0);
    const b = r.render(10);
    expect(a.length).toBe(1280 * 720 * 1.5);
    let changed = 0;
    for (let i = 0; i < 1280 * 0.85 * 720; i++) if (a[i] !== b[i]) changed++;
    expect(changed).toBeGreaterThan(5000);
  });

  it("makes the slides look visibly different from the camera (mostly white)", () => {
    const cam = renderPatternFrame({ width: 640, height: 360, family: 0, number: 3 });
    const slide = renderPatternFrame({ width: 640, height: 360, family: 1, number: 3 });
    const meanLuma = (f: Buffer): number => f.subarray(0, 640 * 300).reduce((s, v) => s + v, 0) / (640 * 300);
    expect(meanLuma(slide)).toBeGreaterThan(190);
    expect(meanLuma(cam)).toBeLessThan(150);
    expect(readFrameCode(slide, 640, 360)).toEqual({ family: 1, number: 3 });
  });

  it("each frame carries its own number in the frame code, after the background is built once", () => {
    const r = new PatternRenderer({ width: 1280, height: 720, family: 0 });
    for (let n = 0; n <= 30; n += 10)
      expect(readFrameCode(r.render(n), 1280, 720)).toEqual({ family: 0, number: n });
  });

  it("rejects odd sizes", () => {
    expect(() => new PatternRenderer({ width: 641, height: 360, family: 0 })).toThrowError(RangeError);
  });
});
