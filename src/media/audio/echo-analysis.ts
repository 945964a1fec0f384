import { type FoundMarker, MARKER_PERIOD_MS } from "./markers.js";

export interface EchoAnalysis {
  markersFound: number;
  /** Round trip per found marker: when it came back minus when we sent it. */
  roundTripMs: { p50: number; max: number } | undefined;
}

/**
 * Our outgoing audio carries a marker every MARKER_PERIOD_MS from `sentStartMs`. Markers found
 * in what came back (at `atSample` of audio whose first sample arrived at `receivedStartMs`) mean
 * the far end loops our audio back; the difference in time is the audio round trip.
 * Pure: all times are milliseconds on one clock.
 */
export function analyzeEcho(
  found: readonly FoundMarker[],
  sampleRate: number,
  sentStartMs: number,
  receivedStartMs: number,
): EchoAnalysis {
  const trips = found
    .map(
      (m) => receivedStartMs + (m.atSample / sampleRate) * 1000 - (sentStartMs + m.index * MARKER_PERIOD_MS),
    )
    .filter((t) => t >= 0 && t < 10_000)
    .sort((a, b) => a - b);
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
