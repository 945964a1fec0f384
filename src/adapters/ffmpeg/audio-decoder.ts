import { type AudioCodec, audioCodecInfo } from "../../media/audio/codecs.js";
import { decodeAlaw } from "../../protocol/g711/alaw.js";
import { decodeMulaw } from "../../protocol/g711/mulaw.js";
import { writeOggOpus } from "../../protocol/ogg/ogg-opus.js";
import { parseOpusToc } from "../../protocol/ogg/opus-toc.js";
import { ParseError } from "../../protocol/parse-error.js";
import { pcmFromBytes, runFfmpegPipe } from "./audio-encoder.js";

/**
 * Turns received RTP payloads back into PCM for analysis. Payloads come in sequence order
 * with `undefined` for each lost packet; a loss becomes silence of one packet's length, so
 * sample positions keep matching RTP time.
 */

export interface DecodeAudioOptions {
  /** Output rate for Opus and G.722 (default 16000). G.711 is always returned at 8000. */
  sampleRate?: number;
  /** Packet length assumed where no neighbouring payload tells it (default 20 ms). */
  ptimeMs?: number;
  /** Opus pre-skip in 48 kHz samples to drop from the start (default 0: RTP carries none). */
  opusPreSkip?: number;
  /** Kill ffmpeg after this long (default 30 s). */
  timeoutMs?: number;
}

export interface DecodedAudio {
  pcm: Int16Array;
  sampleRate: number;
  /** The sample of `pcm` where each payload's (or gap's) audio begins, one per input entry. */
  packetStarts: number[];
}

/** A span of the output, in codec-rate samples, that must be silence (a lost packet). */
interface Gap {
  start: number;
  length: number;
}

export async function decodeAudioPayloads(
  codec: AudioCodec,
  payloads: readonly (Uint8Array | undefined)[],
  opts: DecodeAudioOptions = {},
): Promise<DecodedAudio> {
  const ptimeMs = opts.ptimeMs ?? 20;
  switch (codec) {
    case "pcma":
    case "pcmu":
      return decodeG711(codec, payloads, ptimeMs);
    case "g722":
      return decodeG722(payloads, ptimeMs, opts);
    case "opus":
      return decodeOpus(payloads, ptimeMs, opts);
  }
}

/** Fills each `undefined` with the length of the nearest known neighbour (previous first). */
function gapLengths<T>(
  items: readonly (T | undefined)[],
  lengthOf: (t: T) => number,
  fallback: number,
): number[] {
  return items.map((item, i) => {
    const near = item === undefined ? items[nearestKnown(items, i)] : item;
    return near === undefined ? fallback : lengthOf(near);
  });
}

/** Index of the nearest defined item to `i` (previous first), or −1. */
function nearestKnown<T>(items: readonly (T | undefined)[], i: number): number {
  for (let d = 1; d < items.length; d++) {
    if (items[i - d] !== undefined) return i - d;
    if (items[i + d] !== undefined) return i + d;
  }
  return -1;
}

function decodeG711(
  codec: "pcma" | "pcmu",
  payloads: readonly (Uint8Array | undefined)[],
  ptimeMs: number,
): DecodedAudio {
  const lengths = gapLengths(payloads, (p) => p.length, 8 * ptimeMs);
  const out = new Int16Array(lengths.reduce((a, b) => a + b, 0));
  const packetStarts = startsOf(lengths, 1, 0);
  payloads.forEach((p, i) => {
    if (p) out.set(codec === "pcma" ? decodeAlaw(p) : decodeMulaw(p), packetStarts[i]);
  });
  return { pcm: out, sampleRate: 8000, packetStarts };
}

/** Where each of `lengths` begins, scaled by `scale` to the output rate, less `skip` output samples. */
function startsOf(lengths: readonly number[], scale: number, skip: number): number[] {
  let at = 0;
  return lengths.map((n) => {
    const start = Math.max(0, Math.round(at * scale) - skip);
    at += n;
    return start;
  });
}

/** Zeroes the gaps (given in samples at `codecRate`) in `pcm` (at `outRate`) and fixes its length. */
function applyGaps(
  pcm: Int16Array,
  outRate: number,
  codecRate: number,
  gaps: readonly Gap[],
  totalCodecSamples: number,
): Int16Array {
  const scale = outRate / codecRate;
  const out = new Int16Array(Math.round(totalCodecSamples * scale));
  out.set(pcm.subarray(0, out.length));
  for (const g of gaps) out.fill(0, Math.round(g.start * scale), Math.round((g.start + g.length) * scale));
  return out;
}

/** G.722: 2 samples at 16 kHz per byte. Lost packets are decoded as filler and then zeroed. */
async function decodeG722(
  payloads: readonly (Uint8Array | undefined)[],
  ptimeMs: number,
  opts: DecodeAudioOptions,
): Promise<DecodedAudio> {
  const rate = opts.sampleRate ?? 16000;
  const lengths = gapLengths(payloads, (p) => p.length, (audioCodecInfo("g722").bytesPerMs ?? 8) * ptimeMs);
  const stream = new Uint8Array(lengths.reduce((a, b) => a + b, 0));
  const gaps: Gap[] = [];
  let at = 0;
  payloads.forEach((p, i) => {
    if (p) stream.set(p, at);
    else gaps.push({ start: 2 * at, length: 2 * lengths[i]! });
    at += lengths[i]!;
  });
  if (stream.length === 0) return { pcm: new Int16Array(0), sampleRate: rate, packetStarts: [] };
  const packetStarts = startsOf(lengths, (2 * rate) / 16000, 0);
  const args = ["-f", "g722", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "-ar", String(rate), "pipe:1"];
  const pcm = pcmFromBytes(await runFfmpegPipe(args, stream, opts.timeoutMs));
  return { pcm: applyGaps(pcm, rate, 16000, gaps, 2 * stream.length), sampleRate: rate, packetStarts };
}

/** TOC facts of an Opus packet, or undefined when its TOC is unreadable. */
function opusToc(p: Uint8Array): { samples: number; frameSamples: number; toc: number } | undefined {
  try {
    const t = parseOpusToc(p);
    return { samples: t.frameCount * t.frameSamples, frameSamples: t.frameSamples, toc: p[0]! };
  } catch (err) {
    if (err instanceof ParseError) return undefined;
    throw err;
  }
}

/**
 * A stand-in for a lost packet of `samples` 48 kHz samples, in the neighbour's configuration:
 * RFC 6716 §3.2.5 code 3, CBR, M frames of zero length; §3.2.1 a zero-length frame is a lost
 * frame, so the decoder conceals it (and the span is zeroed afterwards).
 */
function lostOpusPacket(
  samples: number,
  neighbour: { frameSamples: number; toc: number } | undefined,
): Uint8Array {
  const n = neighbour ?? { frameSamples: 960, toc: 0xf8 };
  const frames = Math.max(1, Math.min(48, Math.round(samples / n.frameSamples)));
  return Uint8Array.of((n.toc & 0xfc) | 0x03, frames);
}

/**
 * Opus: payloads go into an Ogg Opus stream (RFC 7845) that ffmpeg decodes with libopus; a
 * lost packet becomes a concealment stand-in of its neighbour's duration, then silence.
 */
async function decodeOpus(
  payloads: readonly (Uint8Array | undefined)[],
  ptimeMs: number,
  opts: DecodeAudioOptions,
): Promise<DecodedAudio> {
  const rate = opts.sampleRate ?? 16000;
  const fallback = 48 * ptimeMs;
  const tocs = payloads.map((p) => (p && p.length > 0 ? opusToc(p) : undefined));
  const known = payloads.map((p) => (p && p.length > 0 ? p : undefined));
  const durations = gapLengths(known, (p) => opusToc(p)?.samples ?? fallback, fallback);
  const gaps: Gap[] = [];
  let at = 0;
  const packets = known.map((p, i) => {
    const d = durations[i]!;
    const start = at;
    at += d;
    if (p) return p;
    gaps.push({ start, length: d });
    return lostOpusPacket(d, tocs[nearestKnown(known, i)]);
  });
  if (packets.length === 0) return { pcm: new Int16Array(0), sampleRate: rate, packetStarts: [] };
  const preSkip = opts.opusPreSkip ?? 0;
  const packetStarts = startsOf(durations, rate / 48000, Math.round((preSkip * rate) / 48000));
  const ogg = writeOggOpus(packets, { preSkip, fallbackSamples: fallback });
  const args = [
    "-c:a",
    "libopus",
    "-f",
    "ogg",
    "-i",
    "pipe:0",
    "-f",
    "s16le",
    "-ac",
    "1",
    "-ar",
    String(rate),
    "pipe:1",
  ];
  const pcm = pcmFromBytes(await runFfmpegPipe(args, ogg, opts.timeoutMs));
  const shifted = gaps.map((g) => ({ start: g.start - preSkip, length: g.length }));
  return { pcm: applyGaps(pcm, rate, 48000, shifted, at - preSkip), sampleRate: rate, packetStarts };
}
