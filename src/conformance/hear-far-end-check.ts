import type { AudioClassification } from "../media/audio/analysis.js";
import type { EchoAnalysis } from "../media/audio/echo-analysis.js";
import type { Check } from "../report/model.js";
import { toCheck } from "./check-text.js";
import { inconclusiveForNetwork, type PathFigures, withNetwork } from "./network-bounds.js";

export interface HearFarEndEvidence {
  codec: string | undefined;
  packetsReceived: number;
  classification: AudioClassification | undefined;
  echo: EchoAnalysis | undefined;
  /** The far end is a test room that plays music (our own room, or one that says so). */
  expectMusic: boolean;
  decodeError?: string;
  /** What the network did to the audio both ways (what we received decides: the music came to us). */
  network?: readonly PathFigures[];
}

/** Markers needed before we call it an echo: one could be chance, three in a row are not. */
export const MIN_ECHO_MARKERS = 3;

/**
 * "You hear the far end" (test-room function 4): audio arrives, decodes and is not silence.
 * Against a room that plays music it must sound like music (level and pitch varying over time,
 * neither one steady tone nor noise); our own audio looped back (an echo peer) also counts.
 */
export function hearFarEndCheck(e: HearFarEndEvidence): Check {
  const audio = (e.network ?? []).filter((p) => p.stream === "audio");
  const c = hearFarEndVerdict(e, audio);
  return c.status === "inconclusive" ? c : withNetwork(c, audio);
}

function hearFarEndVerdict(e: HearFarEndEvidence, network: readonly PathFigures[]): Check {
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
  const adviceEn =
    "Check that the endpoint decodes and plays the agreed audio codec, and that firewalls let the audio RTP through both ways.";
  const adviceSv =
    "Kontrollera att utrustningen avkodar och spelar upp det överenskomna ljudkodeket, och att brandväggar släpper igenom ljud-RTP åt båda hållen.";
  // One verdict in both languages; advice only where something needs fixing.
  const say = (status: Check["status"], en: string, sv: string): Check =>
    toCheck(base, {
      status,
      en: { summary: en, ...(status === "pass" ? {} : { advice: adviceEn }) },
      sv: { summary: sv, ...(status === "pass" ? {} : { advice: adviceSv }) },
      evidence,
    });
  const kindSv: Record<string, string> = {
    silence: "tystnad",
    tone: "en ton",
    noise: "brus",
    "music-like": "musik",
    "speech-or-other": "tal eller annat",
  };
  if (!e.codec) return say("fail", "no audio stream was agreed", "ingen ljudström överenskoms");
  // Only the way to us matters here: the music (or echo) is judged as it reached us.
  const byNetwork = inconclusiveForNetwork(
    base,
    network.filter((p) => p.direction === "received"),
    evidence,
  );
  if (byNetwork) return byNetwork;
  if (e.packetsReceived === 0) return say("fail", "no audio arrived", "inget ljud kom fram");
  if (e.decodeError || !c) {
    return say(
      "fail",
      `audio arrived but did not decode: ${e.decodeError ?? "no PCM"}`,
      `ljud kom fram men gick inte att avkoda: ${e.decodeError ?? "ingen PCM"}`,
    );
  }
  const echoed = (e.echo?.markersFound ?? 0) >= MIN_ECHO_MARKERS;
  if (echoed) {
    const rt = e.echo?.roundTripMs ? `, audio round trip ${e.echo.roundTripMs.p50} ms` : "";
    const rtSv = e.echo?.roundTripMs ? `, ljudet tur och retur ${e.echo.roundTripMs.p50} ms` : "";
    return say(
      "pass",
      `our own audio came back (echo, ${e.echo!.markersFound} markers${rt})`,
      `vårt eget ljud kom tillbaka (eko, ${e.echo!.markersFound} markörer${rtSv})`,
    );
  }
  const level = `${evidence.levelDbfs} dBFS`;
  if (c.kind === "silence")
    return say("fail", `only silence arrived (${level})`, `bara tystnad kom fram (${level})`);
  if (c.kind === "music-like") {
    return say("pass", `music heard (${e.codec}, ${level})`, `musik hörs (${e.codec}, ${level})`);
  }
  if (e.expectMusic) {
    return say(
      "fail",
      `the room's music was not heard: the audio sounds like ${c.kind} (${level})`,
      `rummets musik hördes inte: ljudet låter som ${kindSv[c.kind] ?? c.kind} (${level})`,
    );
  }
  return say(
    c.kind === "noise" ? "warn" : "pass",
    `audio heard (${c.kind}, ${level})`,
    `ljud hörs (${kindSv[c.kind] ?? c.kind}, ${level})`,
  );
}
