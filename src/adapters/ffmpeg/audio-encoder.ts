import { type AudioCodec, samplesPerPacket } from "../../media/audio/codecs.js";
import { downsample } from "../../media/audio/resample.js";
import { encodeAlaw } from "../../protocol/g711/alaw.js";
import { encodeMulaw } from "../../protocol/g711/mulaw.js";
import { readOggOpus } from "../../protocol/ogg/ogg-opus.js";
import { cachedEntries, startUpCacheDir } from "../fs/start-up-cache.js";
import { runFfmpeg } from "./process.js";
import { resolveFfmpeg } from "./resolve.js";

/**
 * Turns PCM into RTP payloads, one per packet, for each audio codec we offer:
 * Opus through libopus (ffmpeg, Ogg output split into packets), G.722 through ffmpeg's raw
 * g722 muxer, G.711 in JS. Payload k carries the audio of input samples [k·ptime, (k+1)·ptime)
 * as heard by a receiver that decodes from the first payload, so marker positions in the input
 * are also their positions in the received stream (see the Opus note in encodeOpus).
 */

/**
 * Runs ffmpeg (found by {@link resolveFfmpeg}) quietly with `input` on stdin and returns stdout.
 * Throws FfmpegProcessError (command, exit code, stderr tail) on failure, and kills ffmpeg
 * after `timeoutMs`, so bad input can never hang a run.
 */
export async function runFfmpegPipe(
  args: readonly string[],
  input: Uint8Array,
  timeoutMs = 30_000,
): Promise<Uint8Array> {
  const out = await runFfmpeg(
    resolveFfmpeg().path,
    ["-hide_banner", "-nostats", "-loglevel", "error", ...args],
    {
      input,
      timeoutMs,
    },
  );
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function pcmBytes(pcm: Int16Array): Uint8Array {
  return new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength);
}

/** Int16 samples from little-endian bytes (copies, so alignment does not matter). */
export function pcmFromBytes(bytes: Uint8Array): Int16Array {
  const out = new Int16Array(Math.floor(bytes.length / 2));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(2 * i, true);
  return out;
}

/** Brings `pcm` to `rate`: in JS for whole-number reductions, else through ffmpeg. */
async function toRate(pcm: Int16Array, from: number, rate: number): Promise<Int16Array> {
  if (from === rate) return pcm;
  if (from > rate && Number.isInteger(from / rate)) return downsample(pcm, from, rate);
  const args = [
    "-f",
    "s16le",
    "-ar",
    String(from),
    "-ac",
    "1",
    "-i",
    "pipe:0",
    "-f",
    "s16le",
    "-ar",
    String(rate),
    "pipe:1",
  ];
  return pcmFromBytes(await runFfmpegPipe(args, pcmBytes(pcm)));
}

/** Pads `pcm` with zeros to a whole number of `size`-sample packets. */
function padToPackets(pcm: Int16Array, size: number): Int16Array {
  const n = Math.ceil(pcm.length / size) * size;
  if (n === pcm.length) return pcm;
  const out = new Int16Array(n);
  out.set(pcm);
  return out;
}

function split(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at + size <= bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

/** libopus's look-ahead at 48 kHz (2.5 ms + 4 ms), which its Ogg output declares as pre-skip. */
const LIBOPUS_LOOKAHEAD = 312;

/** Opus bitrate we send: comfortably wideband music. */
const OPUS_BITRATE = "48k";

/**
 * RFC 7587: one Opus packet per RTP payload. libopus delays its output by its look-ahead
 * (Ogg pre-skip, 312 samples); RTP has no pre-skip, so we feed (frame − look-ahead) samples of
 * silence first and drop the first packet: the remaining packets decode, from a cold decoder,
 * with the input's audio exactly where it was.
 */
async function encodeOpus(pcm48: Int16Array, ptimeMs: number): Promise<Uint8Array[]> {
  const frame = samplesPerPacket("opus", ptimeMs);
  const lead = frame - LIBOPUS_LOOKAHEAD;
  const input = new Int16Array(lead + padToPackets(pcm48, frame).length);
  input.set(pcm48, lead);
  const args = [
    ...["-f", "s16le", "-ar", "48000", "-ac", "1", "-i", "pipe:0"],
    ...["-c:a", "libopus", "-b:a", OPUS_BITRATE, "-application", "audio", "-frame_duration", String(ptimeMs)],
    ...["-fflags", "+bitexact", "-flags:a", "+bitexact", "-f", "ogg", "pipe:1"],
  ];
  const stream = readOggOpus(await runFfmpegPipe(args, pcmBytes(input)));
  const shift = lead + stream.head.preSkip;
  // If a libopus build ever declares another look-ahead, keep every packet rather than guess.
  const drop = shift % frame === 0 ? shift / frame : 0;
  const wanted = Math.ceil(pcm48.length / frame);
  return stream.packets.slice(drop, drop + wanted);
}

/** RFC 3551 §4.5.2: G.722 at 64 kbit/s, 8 bytes per ms, from 16 kHz audio. */
async function encodeG722(pcm16: Int16Array, ptimeMs: number): Promise<Uint8Array[]> {
  const frame = samplesPerPacket("g722", ptimeMs);
  const args = [
    "-f",
    "s16le",
    "-ar",
    "16000",
    "-ac",
    "1",
    "-i",
    "pipe:0",
    "-c:a",
    "g722",
    "-f",
    "g722",
    "pipe:1",
  ];
  const bytes = await runFfmpegPipe(args, pcmBytes(padToPackets(pcm16, frame)));
  return split(bytes, frame / 2);
}

/**
 * Encodes mono PCM at `sampleRate` into RTP payloads of `ptimeMs` each for `codec`.
 * The last packet is completed with silence.
 */
export async function encodeAudioPayloads(
  pcm: Int16Array,
  sampleRate: number,
  codec: AudioCodec,
  ptimeMs = 20,
): Promise<Uint8Array[]> {
  if (!Number.isInteger(ptimeMs) || ptimeMs <= 0 || ptimeMs > 120)
    throw new RangeError(`ptime ${ptimeMs} ms is not supported`);
  if (pcm.length === 0) return [];
  switch (codec) {
    case "opus":
      if (![10, 20, 40, 60].includes(ptimeMs))
        throw new RangeError(`Opus ptime must be 10, 20, 40 or 60 ms, not ${ptimeMs}`);
      return encodeOpus(await toRate(pcm, sampleRate, 48000), ptimeMs);
    case "g722":
      return encodeG722(await toRate(pcm, sampleRate, 16000), ptimeMs);
    case "pcma":
    case "pcmu": {
      const frame = samplesPerPacket(codec, ptimeMs);
      const pcm8 = padToPackets(await toRate(pcm, sampleRate, 8000), frame);
      return split(codec === "pcma" ? encodeAlaw(pcm8) : encodeMulaw(pcm8), frame);
    }
  }
}

/**
 * encodeAudioPayloads, kept in the start-up cache (adapters/fs/start-up-cache.ts) for the codecs
 * ffmpeg encodes: the room's music and the caller's marker audio are the same every run, so only
 * the first run pays for ffmpeg.
 */
export async function cachedAudioPayloads(
  pcm: Int16Array,
  sampleRate: number,
  codec: AudioCodec,
  ptimeMs = 20,
): Promise<Uint8Array[]> {
  if (codec === "pcma" || codec === "pcmu") return encodeAudioPayloads(pcm, sampleRate, codec, ptimeMs);
  const key = ["audio-payloads", codec, String(sampleRate), String(ptimeMs), resolveFfmpeg().path];
  const entries = await cachedEntries(
    [...key, pcmBytes(pcm)],
    () => encodeAudioPayloads(pcm, sampleRate, codec, ptimeMs),
    startUpCacheDir(),
  );
  return [...entries];
}
