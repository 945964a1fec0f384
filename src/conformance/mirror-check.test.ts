import { describe, expect, it } from "vitest";
import type { MirrorAnalysis } from "../media/mirror-analysis.js";
import { mirrorCheck } from "./mirror-check.js";
import { requirementVerdicts } from "./requirements.js";

function analysis(returned: number, inWindow = 100): MirrorAnalysis {
  return {
    framesSent: inWindow + 20,
    framesInWindow: inWindow,
    framesReturnedInWindow: returned,
    framesTakenByNetwork: 0,
    returnedShare: returned / inWindow,
    firstReturnMs: returned > 0 ? 120 : undefined,
    latencyMs: returned > 0 ? { p50: 80, p95: 120, max: 150, samples: returned } : undefined,
    longestGapMs: returned > 0 ? 100 : 4000,
    foreignCodes: 0,
    repeatedPictures: 0,
  };
}

const h264 = (c: ReturnType<typeof mirrorCheck>) =>
  requirementVerdicts([c]).find((v) => v.requirement === "H.264")!.status;

describe("mirrorCheck", () => {
  it("passes when our frames come back, and the pass counts for H.264", () => {
    const c = mirrorCheck(analysis(95), 500);
    expect(c.status).toBe("pass");
    expect(c.serves).toContain("H.264");
    expect(h264(c)).toBe("pass");
  });

  it("a mirror that loses our picture fails the functions and H.264", () => {
    const c = mirrorCheck(analysis(20), 500);
    expect(c.status).toBe("fail");
    expect(c.serves).toEqual(["function-1", "function-2", "H.264"]);
    expect(h264(c)).toBe("fail");
  });

  it("no video back at all fails H.264 too", () => {
    const c = mirrorCheck(analysis(0), 0);
    expect(c.summary).toBe("no video came back at all");
    expect(h264(c)).toBe("fail");
  });

  it("video back without any of our frames (an endpoint showing its own picture) fails the functions, not H.264", () => {
    const c = mirrorCheck(analysis(0), 209);
    expect(c.status).toBe("fail");
    expect(c.summary).toMatch(/^video came back \(209 packets\) but none of our 100 frames/);
    expect(c.serves).toEqual(["function-1", "function-2"]);
    expect(h264(c)).toBe("not-tested");
  });
});
