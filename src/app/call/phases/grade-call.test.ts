import { describe, expect, it } from "vitest";
import { gradeAll } from "../../../conformance/grade-all.js";
import type { PathFigures } from "../../../conformance/network-bounds.js";
import type { CallerMedia } from "../caller-media.js";
import { type PresentationOutcome, presentationChecks } from "./grade-call.js";

const lossy: PathFigures[] = [
  { stream: "video", direction: "received", packets: 900, lossPct: 40, jitterMs: 5, roundTrip: true },
  { stream: "audio", direction: "received", packets: 900, lossPct: 40, jitterMs: 5 },
];

function outcome(floor: "granted" | "timeout", slidesFrames: number): PresentationOutcome {
  return {
    plan: { kind: "present", channel: {} as never },
    alias: false,
    mediaStartedAt: 0,
    result: {
      floor:
        floor === "granted"
          ? { outcome: "granted", requestToGrantMs: 40, release: "released", releaseMs: 30 }
          : { outcome: "timeout" },
      mirror: {
        slidesFrames,
        slidesFramesSent: 60,
        cameraFramesWhilePresenting: 0,
        ...(slidesFrames > 0 ? { grantToFirstSlidesFrameMs: 200, releaseToCameraMs: 150 } : {}),
      },
      startedAt: 0,
    },
  };
}

const mediaWith = (proto: string) => ({ bfcp: { proto } }) as unknown as CallerMedia;
const byId = (checks: readonly { id: string; status: string }[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe("presentationChecks: each graded under the path that carried its evidence", () => {
  const steps = () => {};

  it("over TCP/BFCP the floor stands on its own beyond the media bounds; the slides on the main video do not", () => {
    const { checks } = presentationChecks(outcome("granted", 0), mediaWith("TCP/BFCP"), steps, lossy);
    expect(byId(checks)).toEqual({
      "presentation.floor-granted": "pass",
      "presentation.slides-replace-mirror": "inconclusive",
    });
    const timedOut = presentationChecks(outcome("timeout", 0), mediaWith("TCP/BFCP"), steps, lossy);
    expect(byId(timedOut.checks)["presentation.floor-granted"]).toBe("fail");
    // floor-and-slides is the worst of its parts: a floor that failed over TCP is the endpoint's.
    const live = gradeAll({ presentation: { checks: timedOut.checks } } as never).find(
      (c) => c.id === "presentation.floor-and-slides",
    );
    expect(live?.status).toBe("fail");
  });

  it("over UDP/BFCP the floor crossed the lossy path too, and is inconclusive beyond the bounds", () => {
    const { checks } = presentationChecks(outcome("timeout", 0), mediaWith("UDP/BFCP"), steps, lossy);
    expect(byId(checks)["presentation.floor-granted"]).toBe("inconclusive");
  });

  it("within the bounds both keep their verdicts", () => {
    const clean: PathFigures[] = [{ ...lossy[0]!, lossPct: 1 }];
    const { checks } = presentationChecks(outcome("granted", 40), mediaWith("TCP/BFCP"), steps, clean);
    expect(byId(checks)).toEqual({
      "presentation.floor-granted": "pass",
      "presentation.slides-replace-mirror": "pass",
    });
  });
});
