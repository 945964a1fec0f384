import type { AudioClassification } from "../media/audio/analysis.js";
import type { EchoAnalysis } from "../media/audio/echo-analysis.js";
import type { Check } from "../report/model.js";

export interface HearFarEndEvidence {
  codec: string | undefined;
  packetsReceived: number;
  classification: AudioClassification | undefined;
  echo: EchoAnalysis | undefined;
  /** The far end is a test room that plays music (our own room, or one that says so). */
  expectMusic: boolean;
  decodeError?: string;
}

/** Markers needed before we call it an echo: one could be chance, three in a row are not. */
export const MIN_ECHO_MARKERS = 3;

/**
 * "You hear the far end" (test-room function 4): audio arrives, decodes and is not silence.
 * Against a room that plays music it must sound like music (level and pitch varying over time,
 * neither one steady tone nor noise); our own audio looped back (an echo peer) also counts.
 */
export function hearFarEndCheck(e: HearFarEndEvidence): Check {
  const base = {
    id: "audio.hear-far-end",
    title: "You hear the far end (music)",
    serves: ["function-4"],
    specRef: "Testrum Sjunet: music in the room",
  };
  const c = e.classification;
  const evidence = {
    codec: e.codec,
    packetsReceived: e.packetsReceived,
    kind: c?.kind,
    levelDbfs: c ? Math.round(c.levelDbfs * 10) / 10 : undefined,
    activeSharePct: c ? Math.round(c.activeShare * 1000) / 10 : undefined,
    pitchClasses: c?.evidence.pitchClasses,
    distinctNotes: c?.evidence.distinctNotes,
    echoMarkers: e.echo?.markersFound ?? 0,
    echoRoundTripMs: e.echo?.roundTripMs,
    expectMusic: e.expectMusic,
    ...(e.decodeError ? { decodeError: e.decodeError } : {}),
  };
  if (!e.codec) return { ...base, status: "fail", summary: "no audio stream was agreed", evidence };
  if (e.packetsReceived === 0) return { ...base, status: "fail", summary: "no audio arrived", evidence };
  if (e.decodeError || !c) {
    return {
      ...base,
      status: "fail",
      summary: `audio arrived but did not decode: ${e.decodeError ?? "no PCM"}`,
      evidence,
    };
  }
  const echoed = (e.echo?.markersFound ?? 0) >= MIN_ECHO_MARKERS;
  if (echoed) {
    const rt = e.echo?.roundTripMs ? `, audio round trip ${e.echo.roundTripMs.p50} ms` : "";
    return {
      ...base,
      status: "pass",
      summary: `our own audio came back (echo, ${e.echo!.markersFound} markers${rt})`,
      evidence,
    };
  }
  const level = `${evidence.levelDbfs} dBFS`;
  if (c.kind === "silence")
    return { ...base, status: "fail", summary: `only silence arrived (${level})`, evidence };
  if (c.kind === "music-like") {
    return { ...base, status: "pass", summary: `music heard (${e.codec}, ${level})`, evidence };
  }
  if (e.expectMusic) {
    return {
      ...base,
      status: "fail",
      summary: `the room's music was not heard: the audio sounds like ${c.kind} (${level})`,
      evidence,
    };
  }
  return {
    ...base,
    status: c.kind === "noise" ? "warn" : "pass",
    summary: `audio heard (${c.kind}, ${level})`,
    evidence,
  };
}
