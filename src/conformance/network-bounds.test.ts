import { describe, expect, it } from "vitest";
import type { MirrorAnalysis } from "../media/mirror-analysis.js";
import { hearFarEndCheck } from "./hear-far-end-check.js";
import { mirrorCheck } from "./mirror-check.js";
import {
  MAX_JITTER_MS,
  MAX_LOSS_PCT,
  MAX_ROUND_TRIP_LOSS_PCT,
  overBounds,
  type PathFigures,
} from "./network-bounds.js";

const path = (over: Partial<PathFigures>): PathFigures => ({
  stream: "video",
  direction: "sent",
  packets: 1000,
  lossPct: 0,
  jitterMs: 5,
  ...over,
});

const good: MirrorAnalysis = {
  framesSent: 120,
  framesInWindow: 100,
  framesReturnedInWindow: 95,
  framesTakenByNetwork: 0,
  returnedShare: 0.95,
  firstReturnMs: 100,
  latencyMs: { p50: 80, p95: 120, max: 150, samples: 95 },
  longestGapMs: 100,
  foreignCodes: 0,
  repeatedPictures: 0,
};

describe("network bounds (ITU-T Y.1541 Table 1; RFC 3550 §6.4.1, §A.8)", () => {
  it("one direction: loss above 15% or jitter above 150 ms is beyond; at the bound is within", () => {
    expect(overBounds([path({ lossPct: MAX_LOSS_PCT })])).toEqual([]);
    expect(overBounds([path({ lossPct: 15.1 })]).map((p) => p.en)).toEqual([
      "video we sent: 15.1% lost (bound 15%)",
    ]);
    expect(overBounds([path({ jitterMs: MAX_JITTER_MS + 1 })]).map((p) => p.en)).toEqual([
      "video we sent: jitter 151 ms (bound 150 ms)",
    ]);
  });

  it("a looped-back stream crossed the path twice: its bound is 1 − 0.85² ≈ 27.75%", () => {
    expect(MAX_ROUND_TRIP_LOSS_PCT).toBeCloseTo(27.75, 5);
    const back = (lossPct: number) => path({ direction: "received", roundTrip: true, lossPct });
    expect(overBounds([back(25)])).toEqual([]);
    expect(overBounds([back(28)]).map((p) => p.sv)).toEqual([
      "video tillbaka till oss: 28% förlorat (gräns 27.8%)",
    ]);
  });

  it("the mirror: inconclusive beyond the bounds even when every frame came back, never pass or fail", () => {
    const c = mirrorCheck(good, 500, [path({ lossPct: 31 })]);
    expect(c.status).toBe("inconclusive");
    expect(c.summary).toMatch(/the network, not the endpoint.*31% lost/);
    expect(c.text?.en.advice).toMatch(/better network path/);
    expect(c.evidence.network).toEqual([path({ lossPct: 31 })]);
    const failing = { ...good, framesReturnedInWindow: 3, returnedShare: 0.03 };
    expect(mirrorCheck(failing, 500, [path({ lossPct: 31 })]).status).toBe("inconclusive");
    expect(mirrorCheck(failing, 500, [path({ lossPct: 3 })]).status).toBe("fail");
  });

  it("the mirror: whole pictures decoded, none of them ours, fail beyond the bounds too (no path does that)", () => {
    const own = { ...good, framesReturnedInWindow: 0, returnedShare: 0 };
    const over = [path({ direction: "received", jitterMs: 190, roundTrip: true })];
    const c = mirrorCheck(own, 118, over, 30);
    expect(c.status).toBe("fail");
    expect(c.summary).toMatch(/^video came back \(118 packets\) but none of our 100 frames/);
    // Too few pictures to say: the path decides.
    expect(mirrorCheck(own, 118, over, 3).status).toBe("inconclusive");
  });

  it("the mirror within the bounds: the verdict as before, the loss named beside it", () => {
    const c = mirrorCheck(good, 500, [
      path({ lossPct: 5.2 }),
      path({ direction: "received", lossPct: 9, roundTrip: true }),
    ]);
    expect(c.status).toBe("pass");
    expect(c.summary).toMatch(
      /\(network: video we sent 5.2% lost, jitter 5 ms; video looped back to us 9% lost/,
    );
    expect(mirrorCheck(good, 500, [path({ lossPct: 0 })]).summary).not.toMatch(/network/);
  });

  it("the mirror counts frames against what the network delivered, and is inconclusive when that is too little", () => {
    const taken = { ...good, framesReturnedInWindow: 57, framesTakenByNetwork: 40, returnedShare: 57 / 60 };
    const c = mirrorCheck(taken, 500, [path({ lossPct: 5 })]);
    expect(c.status).toBe("pass");
    expect(c.summary).toMatch(/of the 60 the network delivered \(it took 40\)/);
    const most = { ...good, framesReturnedInWindow: 10, framesTakenByNetwork: 89, returnedShare: 10 / 11 };
    expect(mirrorCheck(most, 500, [path({ lossPct: 5 })]).status).toBe("inconclusive");
  });

  it("the music: only what reached us decides", () => {
    const e = {
      codec: "opus",
      packetsReceived: 300,
      classification: undefined,
      echo: undefined,
      expectMusic: true,
    };
    const over = hearFarEndCheck({
      ...e,
      network: [path({ stream: "audio", direction: "received", lossPct: 40 })],
    });
    expect(over.status).toBe("inconclusive");
    const sentOnly = hearFarEndCheck({ ...e, network: [path({ stream: "audio", lossPct: 40 })] });
    expect(sentOnly.status).toBe("fail");
  });
});
