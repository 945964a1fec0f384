import { need, ParseError } from "../parse-error.js";

/*
 * RFC 6716 §3.1, the TOC byte that starts every Opus packet:
 *
 *  0 1 2 3 4 5 6 7
 * +-+-+-+-+-+-+-+-+
 * | config  |s| c |
 * +-+-+-+-+-+-+-+-+
 *
 * config selects mode, bandwidth and frame size (Table 2); s = stereo; c = frame count code:
 * 0 = one frame, 1 = two equal frames, 2 = two frames of different size, 3 = M frames
 * (M in the low six bits of the second byte, §3.2.5).
 */

/** Frame duration in 48 kHz samples for each of the 32 configurations (RFC 6716 Table 2). */
const FRAME_SAMPLES: readonly number[] = [
  // SILK NB, MB, WB: 10, 20, 40, 60 ms
  480, 960, 1920, 2880, 480, 960, 1920, 2880, 480, 960, 1920, 2880,
  // Hybrid SWB, FB: 10, 20 ms
  480, 960, 480, 960,
  // CELT NB, WB, SWB, FB: 2.5, 5, 10, 20 ms
  120, 240, 480, 960, 120, 240, 480, 960, 120, 240, 480, 960, 120, 240, 480, 960,
];

export interface OpusToc {
  config: number;
  stereo: boolean;
  frameCount: number;
  /** Samples per frame at 48 kHz. */
  frameSamples: number;
}

/** Reads the TOC (and frame count byte for code 3) of an Opus packet. */
export function parseOpusToc(packet: Uint8Array): OpusToc {
  need(packet, 0, 1, "Opus", "toc");
  const toc = packet[0]!;
  const config = toc >> 3;
  const code = toc & 0x03;
  let frameCount = code === 0 ? 1 : 2;
  if (code === 3) {
    need(packet, 1, 1, "Opus", "frame_count");
    frameCount = packet[1]! & 0x3f;
    if (frameCount === 0) throw new ParseError("Opus", "frame_count", 1, "code 3 packet with 0 frames");
  }
  const frameSamples = FRAME_SAMPLES[config]!;
  // RFC 6716 §3.2.5: a packet never holds more than 120 ms of audio.
  if (frameCount * frameSamples > 5760) {
    throw new ParseError(
      "Opus",
      "frame_count",
      1,
      `${frameCount} frames of ${frameSamples} samples exceed 120 ms`,
    );
  }
  return { config, stereo: (toc & 0x04) !== 0, frameCount, frameSamples };
}

/** Duration of an Opus packet in 48 kHz samples. */
export function opusPacketSamples(packet: Uint8Array): number {
  const toc = parseOpusToc(packet);
  return toc.frameCount * toc.frameSamples;
}
