import { MARKER_DURATION_MS, MARKER_PERIOD_MS } from "./markers.js";

/**
 * How many of our markers came back whole, at the least, from which packet times arrived
 * (stream order, `undefined` where nothing did, as placeAudioPackets lays them out). A marker
 * takes M packets and one starts every P packets, at a place the receiver need not know: a run of
 * n packets with none missing holds at least ⌊(n − M + 1) / P⌋ whole markers wherever the
 * markers start. Decoding still decides which markers are heard; this only says when enough
 * audio is back to look. Pure.
 */
export function wholeMarkersBack(arrivals: readonly (number | undefined)[], ptimeMs: number): number {
  const period = Math.round(MARKER_PERIOD_MS / ptimeMs);
  const length = Math.ceil(MARKER_DURATION_MS / ptimeMs);
  let whole = 0;
  let run = 0;
  const close = () => {
    if (run >= length) whole += Math.floor((run - length + 1) / period);
    run = 0;
  };
  for (const a of arrivals) {
    if (a === undefined) close();
    else run++;
  }
  close();
  return whole;
}
