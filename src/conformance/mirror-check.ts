import type { MirrorAnalysis } from "../media/mirror-analysis.js";
import type { Check } from "../report/model.js";
import { toCheck } from "./check-text.js";
import { inconclusiveForNetwork, type PathFigures, withNetwork } from "./network-bounds.js";

/** Share of frames that must come back for a pass; below WARN_SHARE the mirror fails. */
export const PASS_SHARE = 0.9;
export const WARN_SHARE = 0.5;
/** A frozen picture longer than this is visible to people in a meeting. */
export const MAX_GAP_MS = 1000;
/** Below this many frames delivered by the network (or a quarter of the window) the share says nothing. */
export const MIN_DELIVERED_FRAMES = 20;
/**
 * Whole pictures decoded, none of them ours, from which the far end shows its own picture on any
 * path: loss and jitter take or delay pictures, they do not turn ours into another.
 */
export const MIN_OWN_PICTURES = 10;

/**
 * "You see yourself" (test-room functions 1 and 2): the frame codes we sent came back decoded.
 * Evidence is the mirror analysis; `packetsReceived` tells "no video at all" apart from
 * "video that did not carry our picture".
 */
export function mirrorCheck(
  a: MirrorAnalysis | undefined,
  videoPacketsReceived: number,
  network: readonly PathFigures[] = [],
  /** Pictures decoded from what came back (the receiver decodes only whole pictures). */
  picturesDecoded = 0,
): Check {
  const video = network.filter((p) => p.stream === "video");
  const c = mirrorVerdict(a, videoPacketsReceived, video, picturesDecoded);
  return c.status === "inconclusive" ? c : withNetwork(c, video);
}

function mirrorVerdict(
  a: MirrorAnalysis | undefined,
  videoPacketsReceived: number,
  network: readonly PathFigures[],
  picturesDecoded: number,
): Check {
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
      text: {
        en: { summary: "no video frames were sent, so the mirror could not be measured" },
        sv: { summary: "inga videobilder skickades, så spegeln kunde inte mätas" },
      },
      evidence: { videoPacketsReceived },
    };
  }
  const evidence = {
    framesSent: a.framesSent,
    framesInWindow: a.framesInWindow,
    framesReturned: a.framesReturnedInWindow,
    framesTakenByNetwork: a.framesTakenByNetwork,
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
  const latSv = a.latencyMs
    ? `, tur och retur ${Math.round(a.latencyMs.p50)} ms (p95 ${Math.round(a.latencyMs.p95)} ms)`
    : "";
  const adviceEn =
    "Check that the endpoint sends H.264 video the far end can decode, and that firewalls let the video RTP through both ways.";
  const adviceSv =
    "Kontrollera att utrustningen skickar H.264-video som motparten kan avkoda, och att brandväggar släpper igenom video-RTP åt båda hållen.";
  // One verdict in both languages; advice only where something needs fixing.
  const say = (status: Check["status"], en: string, sv: string, serves = base.serves): Check =>
    toCheck(
      { ...base, serves },
      {
        status,
        en: { summary: en, ...(status === "pass" ? {} : { advice: adviceEn }) },
        sv: { summary: sv, ...(status === "pass" ? {} : { advice: adviceSv }) },
        evidence,
      },
    );
  // Video came back but none of it carried our pictures: the far end shows its own picture, as
  // an endpoint (not a mirror) does. That fails the mirror functions but says nothing about its
  // H.264, which the h264.* checks grade from these same packets. Once enough whole pictures
  // were decoded, no path explains it, so the network bounds do not decide it.
  const notOurs = () =>
    say(
      "fail",
      `video came back (${videoPacketsReceived} packets) but none of our ${a.framesInWindow} frames could be read from it`,
      `video kom tillbaka (${videoPacketsReceived} paket) men ingen av våra ${a.framesInWindow} bilder gick att läsa i den`,
      base.serves.filter((s) => s !== "H.264"),
    );
  if (a.framesReturnedInWindow === 0 && picturesDecoded >= MIN_OWN_PICTURES) return notOurs();
  const byNetwork = inconclusiveForNetwork(base, network, evidence);
  if (byNetwork) return byNetwork;
  if (videoPacketsReceived === 0) {
    return say("fail", "no video came back at all", "ingen video kom tillbaka alls");
  }
  const deliverable = a.framesInWindow - a.framesTakenByNetwork;
  if (a.framesTakenByNetwork > 0 && deliverable < Math.max(MIN_DELIVERED_FRAMES, a.framesInWindow / 4)) {
    return toCheck(base, {
      status: "inconclusive",
      en: {
        summary: `the network took ${a.framesTakenByNetwork} of our ${a.framesInWindow} frames on the way; the ${deliverable} it delivered are too few to grade the mirror`,
        advice: "Test again from a better network path, or for longer.",
      },
      sv: {
        summary: `nätet tog ${a.framesTakenByNetwork} av våra ${a.framesInWindow} bilder på vägen; de ${deliverable} som kom fram är för få för att bedöma spegeln`,
        advice: "Testa igen från en bättre nätväg, eller längre.",
      },
      evidence: { ...evidence, network },
    });
  }
  if (a.framesReturnedInWindow === 0) return notOurs();
  const net =
    a.framesTakenByNetwork > 0
      ? {
          en: ` of the ${deliverable} the network delivered (it took ${a.framesTakenByNetwork})`,
          sv: ` av de ${deliverable} som nätet levererade (det tog ${a.framesTakenByNetwork})`,
        }
      : { en: "", sv: "" };
  if (a.returnedShare >= PASS_SHARE && a.longestGapMs < MAX_GAP_MS) {
    return say(
      "pass",
      `${pct} of our frames${net.en} came back${lat}`,
      `${pct} av våra bilder${net.sv} kom tillbaka${latSv}`,
    );
  }
  if (a.returnedShare >= WARN_SHARE) {
    return say(
      "warn",
      `only ${pct} of our frames${net.en} came back, longest freeze ${evidence.longestGapMs} ms${lat}`,
      `bara ${pct} av våra bilder${net.sv} kom tillbaka, längsta frysning ${evidence.longestGapMs} ms${latSv}`,
    );
  }
  return say(
    "fail",
    `only ${pct} of our frames${net.en} came back${lat}`,
    `bara ${pct} av våra bilder${net.sv} kom tillbaka${latSv}`,
  );
}
