import { describe, expect, it } from "vitest";
import { AudioReceiver } from "../../../adapters/media/audio-receiver.js";
import { renderMarkerAudio } from "../../../media/audio/markers.js";
import { PacketTimes } from "../../../media/audio/packet-times.js";
import { AudioPayloadLoop } from "../../../media/audio-payload-loop.js";
import { encodeMulaw } from "../../../protocol/g711/mulaw.js";
import { parseRtpPacket, serializeRtpPacket } from "../../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../../protocol/rtp/types.js";
import type { CallerMedia } from "../caller-media.js";
import { analyseReceivedAudio } from "./received-audio.js";

// The echo call (function 7) as the caller's own bookkeeping sees it, step by step and with no
// clock: our marker audio goes out on a timer through AudioPayloadLoop (as AudioSender plays it),
// an echo sends every packet straight back with its own sequence numbers and timestamps
// (RFC 3550 §5.1, as the room's echo does), and the caller's AudioReceiver takes them in.

const PTIME = 20;
const TICKS = 160; // PCMU, 8 kHz
const ECHO_MS = 6000;

/** Our marker audio as PCMU payloads of 20 ms, as the run encodes it ahead of the call. */
function markerPayloads(): Uint8Array[] {
  const pcm = renderMarkerAudio(8000, 10);
  const out: Uint8Array[] = [];
  for (let at = 0; at + TICKS <= pcm.length; at += TICKS) out.push(encodeMulaw(pcm.subarray(at, at + TICKS)));
  return out;
}

interface Scenario {
  /** Our timer does not run in these spans [from, to) (ms after the start): the event loop was busy. */
  readonly stalls: readonly (readonly [number, number])[];
  /** One-way-and-back time the echo adds (ms). */
  readonly tripMs: number;
  /** Sequence numbers of our packets (counting from 0) lost on the way back. */
  readonly lost?: ReadonlySet<number>;
  /** Our receive is late too until this time (ms after the start): packets are read at once then. */
  readonly readLateUntil?: number;
}

/** Plays one echo call through the real receiver and analysis; returns the evidence. */
async function echoCall(s: Scenario) {
  const start = 1000;
  const loop = new AudioPayloadLoop(markerPayloads(), TICKS, PTIME, start);
  const sentTimes = new PacketTimes();
  const receiver = new AudioReceiver(0, 8000);
  let seq = 0;
  let packetsSent = 0;
  const echoSeqBase = 40_000;
  const echoTsBase = 0xffff_0000; // the echo's timestamps wrap during the call
  for (let now = start; now < start + ECHO_MS; now += PTIME / 2) {
    const t = now - start;
    if (s.stalls.some(([from, to]) => t >= from && t < to)) continue;
    for (const p of loop.due(now)) {
      sentTimes.record(p.timestampOffset / (TICKS / PTIME), now);
      const n = seq++;
      packetsSent++;
      if (s.lost?.has(n)) continue;
      const back = serializeRtpPacket({
        marker: p.marker,
        payloadType: asPayloadType(0),
        sequenceNumber: asSequenceNumber((echoSeqBase + n) & 0xffff),
        timestamp: asRtpTimestamp((echoTsBase + p.timestampOffset) >>> 0),
        ssrc: asSsrc(0x1234),
        csrcs: [],
        payload: p.payload,
        paddingLength: 0,
      });
      const arrives = now + s.tripMs;
      const read =
        s.readLateUntil !== undefined && arrives < start + s.readLateUntil
          ? start + s.readLateUntil
          : arrives;
      receiver.push(parseRtpPacket(back), read);
    }
  }
  const media = {
    audioCodec: "pcmu",
    audioReceiver: receiver,
    audioSender: { packetsSent, sentTimes, loopMs: 10_000 },
    session: { audio: { codec: { name: "PCMU" } } },
  } as unknown as CallerMedia;
  return { packetsSent, audio: await analyseReceivedAudio(media) };
}

describe("the echo call's round trip, timed by each packet", () => {
  it("a steady call: eleven markers or more, round trip as the echo made it", async () => {
    const { packetsSent, audio } = await echoCall({ stalls: [], tripMs: 7 });
    expect(packetsSent).toBe(300);
    expect(audio.echo?.markersFound).toBeGreaterThanOrEqual(11);
    expect(audio.echo?.roundTripMs?.p50).toBe(7);
    expect(audio.echo?.roundTripMs?.max).toBe(7);
  });

  it("our sender stalls 160 ms and skips packets: every marker after it is still timed (the flaky function-7 FAIL)", async () => {
    // A busy event loop (the main call graded beside the echo call) holds our timer: the payload
    // loop skips what it can no longer send in time, so the sequence numbers run on without a gap
    // while the timestamps jump. Laid end to end, what came back put every later marker 60 ms
    // early, before we sent it: 298 packets sent and back, eleven markers heard, no round trip.
    const { packetsSent, audio } = await echoCall({ stalls: [[30, 190]], tripMs: 7 });
    expect(packetsSent).toBeLessThan(300);
    expect(audio.packetsReceived).toBe(packetsSent);
    expect(audio.echo?.markersFound).toBeGreaterThanOrEqual(11);
    expect(audio.echo?.roundTripMs?.p50).toBe(7);
    // The packets held back by the stall went out late, and the markers in them are timed from then.
    expect(audio.echo?.roundTripMs?.max).toBe(7);
  });

  it("stalls in the middle, packets lost on the way back, and a late read: the trips stay measured", async () => {
    const lost = new Set([60, 61, 62, 140]);
    const { audio } = await echoCall({
      stalls: [
        [1010, 1200],
        [3020, 3130],
      ],
      tripMs: 12,
      lost,
      readLateUntil: 200,
    });
    expect(audio.echo?.markersFound).toBeGreaterThanOrEqual(9);
    expect(audio.echo?.roundTripMs?.p50).toBe(12);
    // The first marker was read 200 ms after it was sent (our receive was held): that is what it measured.
    expect(audio.echo?.roundTripMs?.max).toBeGreaterThanOrEqual(190);
    expect(audio.echo?.roundTripMs?.max).toBeLessThan(210);
  });

  it("no marker comes back in time: no round trip is made up", async () => {
    const { audio } = await echoCall({ stalls: [], tripMs: 12_000 });
    expect(audio.echo?.markersFound).toBeGreaterThan(0);
    expect(audio.echo?.roundTripMs).toBeUndefined();
  });
});
