import type { MirrorAnalysis } from "../media/mirror-analysis.js";
import type { Check } from "../report/model.js";

/** Share of frames that must come back for a pass; below WARN_SHARE the mirror fails. */
export const PASS_SHARE = 0.9;
export const WARN_SHARE = 0.5;
/** A frozen picture longer than this is visible to people in a meeting. */
export const MAX_GAP_MS = 1000;

/**
 * "You see yourself" (test-room functions 1 and 2): the frame codes we sent came back decoded.
 * Evidence is the mirror analysis; `packetsReceived` tells "no video at all" apart from
 * "video that did not carry our picture".
 */
export function mirrorCheck(a: MirrorAnalysis | undefined, videoPacketsReceived: number): Check {
  const base = {
    id: "mirror.see-yourself",
    title: "You see yourself (mirror)",
    serves: ["function-1", "function-2", "H.264"],
    specRef: "Testrum Sjunet: digital mirror",
  };
  if (!a || a.framesSent === 0) {
    return {
      ...base,
      status: "inconclusive",
      summary: "no video frames were sent, so the mirror could not be measured",
      evidence: { videoPacketsReceived },
    };
  }
  const evidence = {
    framesSent: a.framesSent,
    framesInWindow: a.framesInWindow,
    framesReturned: a.framesReturnedInWindow,
    returnedSharePct: Math.round(a.returnedShare * 1000) / 10,
    latencyMs: a.latencyMs,
    firstReturnMs: a.firstReturnMs,
    longestGapMs: Math.round(a.longestGapMs),
    repeatedPictures: a.repeatedPictures,
    foreignCodes: a.foreignCodes,
    videoPacketsReceived,
  };
  const pct = `${evidence.returnedSharePct}%`;
  const lat = a.latencyMs
    ? `, round trip ${Math.round(a.latencyMs.p50)} ms (p95 ${Math.round(a.latencyMs.p95)} ms)`
    : "";
  if (videoPacketsReceived === 0) {
    return { ...base, status: "fail", summary: "no video came back at all", evidence };
  }
  if (a.framesReturnedInWindow === 0) {
    return {
      ...base,
      status: "fail",
      summary: `video came back (${videoPacketsReceived} packets) but none of our ${a.framesInWindow} frames could be read from it`,
      evidence,
    };
  }
  if (a.returnedShare >= PASS_SHARE && a.longestGapMs < MAX_GAP_MS) {
    return { ...base, status: "pass", summary: `${pct} of our frames came back${lat}`, evidence };
  }
  if (a.returnedShare >= WARN_SHARE) {
    return {
      ...base,
      status: "warn",
      summary: `only ${pct} of our frames came back, longest freeze ${evidence.longestGapMs} ms${lat}`,
      evidence,
    };
  }
  return { ...base, status: "fail", summary: `only ${pct} of our frames came back${lat}`, evidence };
}
