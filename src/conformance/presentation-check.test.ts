import { describe, expect, it } from "vitest";
import {
  floorCheck,
  receiveSlidesCheck,
  skippedPresentationChecks,
  slidesReplaceMirrorCheck,
} from "./presentation-check.js";

describe("presentation checks", () => {
  it("floor: pass when granted and released, fail with the reason otherwise", () => {
    expect(
      floorCheck({ outcome: "granted", requestToGrantMs: 3, release: "released", releaseMs: 2 }).status,
    ).toBe("pass");
    const denied = floorCheck({ outcome: "denied" });
    expect(denied.status).toBe("fail");
    expect(denied.summary).toMatch(/denied/);
    expect(floorCheck({ outcome: "failed", reason: "no answer to Hello" }).summary).toMatch(
      /no answer to Hello/,
    );
    expect(floorCheck({ outcome: "granted", requestToGrantMs: 3, release: "timeout" }).status).toBe("fail");
  });

  it("slides in the mirror: needs slides frames back and the camera after", () => {
    const base = { slidesFrames: 5, slidesFramesSent: 10, cameraFramesWhilePresenting: 0 };
    expect(
      slidesReplaceMirrorCheck(true, { ...base, grantToFirstSlidesFrameMs: 300, releaseToCameraMs: 200 })
        .status,
    ).toBe("pass");
    expect(slidesReplaceMirrorCheck(true, { ...base, slidesFrames: 0 }).status).toBe("fail");
    expect(slidesReplaceMirrorCheck(true, { ...base, grantToFirstSlidesFrameMs: 300 }).status).toBe("fail");
    expect(slidesReplaceMirrorCheck(false, base).status).toBe("not-tested");
  });

  it("receive slides: fails without packets or readable frames", () => {
    const e = { packets: 0, framesDecoded: 0, slidesFrames: 0, decodeErrors: [] };
    expect(receiveSlidesCheck(e).status).toBe("fail");
    expect(receiveSlidesCheck({ ...e, packets: 9, framesDecoded: 2 }).status).toBe("fail");
    expect(receiveSlidesCheck({ ...e, packets: 9, framesDecoded: 2, slidesFrames: 2 }).status).toBe("pass");
  });

  it("skipped: not-tested with the reason", () => {
    const c = skippedPresentationChecks(
      {
        skipped: true,
        reason: { en: "skipped with --no-presentation", sv: "hoppades över med --no-presentation" },
      },
      false,
    );
    expect(c[0]!.summary).toBe("skipped with --no-presentation");
    expect(c[0]!.text?.sv.summary).toBe("hoppades över med --no-presentation");
    expect(c.map((x) => [x.id, x.status])).toEqual([
      ["presentation.floor-granted", "not-tested"],
      ["presentation.slides-replace-mirror", "not-tested"],
    ]);
  });
});
