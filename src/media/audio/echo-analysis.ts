import { type FoundMarker, MARKER_PERIOD_MS } from "./markers.js";
import type { PacketTimes } from "./packet-times.js";

export interface EchoAnalysis {
  markersFound: number;
  /** Round trip per found marker: when it came back minus when we sent it. */
  roundTripMs: { p50: number; max: number } | undefined;
}

/** Our outgoing marker audio as it went out. */
export interface SentMarkerAudio {
  /** When each packet went out, by its place in the marker audio played end to end (ms). */
  readonly times: PacketTimes;
  /** The marker audio's length: it plays again from marker 0 after this (ms). */
  readonly loopMs: number;
}

/** A round trip longer than this is no echo of the marker (a marker of the same number, later). */
const MAX_TRIP_MS = 10_000;

/**
 * Our outgoing audio carries marker k at k × MARKER_PERIOD_MS into the marker audio (again each
 * `loopMs`). Markers found in what came back (at `atSample` of the decoded audio, whose packets'
 * arrivals are `received`, by place in ms) mean the far end loops our audio back; the time the
 * packet carrying a marker came in, less the time the packet carrying it went out, is the audio
 * round trip. Each end is timed by its own packets, so a stall that delayed or skipped some
 * packets moves only the markers in them. Pure: all times are milliseconds on one clock.
 */
export function analyzeEcho(
  found: readonly FoundMarker[],
  sampleRate: number,
  sent: SentMarkerAudio | undefined,
  received: PacketTimes,
): EchoAnalysis {
  const trips = sent
    ? found
        .flatMap((m) => {
          const trip = tripOf(m, sampleRate, sent, received);
          return trip === undefined ? [] : [trip];
        })
        .sort((a, b) => a - b)
    : [];
  return {
    markersFound: found.length,
    roundTripMs:
      trips.length > 0
        ? {
            p50: Math.round(trips[Math.floor((trips.length - 1) / 2)]!),
            max: Math.round(trips[trips.length - 1]!),
          }
        : undefined,
  };
}

/** The shortest round trip in [0, MAX_TRIP_MS) from any time we sent this marker, if any. */
function tripOf(
  m: FoundMarker,
  sampleRate: number,
  sent: SentMarkerAudio,
  received: PacketTimes,
): number | undefined {
  const back = received.timeAt((m.atSample / sampleRate) * 1000);
  const lastSent = sent.times.lastPositionMs;
  if (back === undefined || lastSent === undefined || !(sent.loopMs > 0)) return undefined;
  let best: number | undefined;
  for (let at = m.index * MARKER_PERIOD_MS; at <= lastSent; at += sent.loopMs) {
    const trip = back - sent.times.timeAt(at)!;
    if (trip >= 0 && trip < MAX_TRIP_MS && (best === undefined || trip < best)) best = trip;
  }
  return best;
}
