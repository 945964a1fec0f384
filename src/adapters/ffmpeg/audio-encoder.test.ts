import { describe, expect, it } from "vitest";
import { AUDIO_CODECS, type AudioCodec } from "../../media/audio/codecs.js";
import { renderMusic } from "../../media/audio/music.js";
import { decodeAlaw, encodeAlaw } from "../../protocol/g711/alaw.js";
import { decodeMulaw, encodeMulaw } from "../../protocol/g711/mulaw.js";
import { opusPacketSamples } from "../../protocol/ogg/opus-toc.js";
import { encodeAudioPayloads, pcmFromBytes, runFfmpegPipe } from "./audio-encoder.js";
import { FfmpegProcessError } from "./process.js";

const music = renderMusic(48000, 8);

describe("encodeAudioPayloads with the real ffmpeg", () => {
  const sizes: Record<AudioCodec, (p: Uint8Array) => boolean> = {
    opus: (p) => p.length > 10 && p.length < 400 && opusPacketSamples(p) === 960,
    g722: (p) => p.length === 160,
    pcma: (p) => p.length === 160,
    pcmu: (p) => p.length === 160,
  };
  it.each(AUDIO_CODECS)("%s: the 8 s loop becomes 400 payloads of 20 ms", async (codec) => {
    const t0 = performance.now();
    const payloads = await encodeAudioPayloads(music, 48000, codec);
    console.log(`encode 8 s music as ${codec}: ${(performance.now() - t0).toFixed(0)} ms`);
    expect(payloads).toHaveLength(400);
    expect(payloads.every(sizes[codec])).toBe(true);
  });

  it("30 ms packets: 240 bytes for G.722 and G.711; a partial last packet is padded", async () => {
    const pcm = music.subarray(0, 48000 + 100);
    for (const codec of ["g722", "pcmu"] as const) {
      const payloads = await encodeAudioPayloads(pcm, 48000, codec, 30);
      expect(payloads).toHaveLength(34);
      expect(payloads.every((p) => p.length === 240)).toBe(true);
    }
  });

  it("Opus 60 ms packets carry 2880 samples each", async () => {
    const payloads = await encodeAudioPayloads(music.subarray(0, 48000), 48000, "opus", 60);
    expect(payloads).toHaveLength(17);
    expect(payloads.every((p) => opusPacketSamples(p) === 2880)).toBe(true);
  });

  it("accepts 16 kHz and 8 kHz input; rejects bad ptimes", async () => {
    expect(await encodeAudioPayloads(renderMusic(16000, 1), 16000, "g722")).toHaveLength(50);
    expect(await encodeAudioPayloads(renderMusic(8000, 1), 8000, "opus")).toHaveLength(50);
    await expect(encodeAudioPayloads(music, 48000, "opus", 25)).rejects.toThrow(RangeError);
    await expect(encodeAudioPayloads(music, 48000, "pcmu", 0)).rejects.toThrow(RangeError);
    expect(await encodeAudioPayloads(new Int16Array(0), 8000, "pcmu")).toEqual([]);
  });

  it("G.711: ffmpeg decodes every byte as we do; encoders agree except one step at segment edges", async () => {
    // ITU-T G.711 / G.191 truncate within a segment (as we do); ffmpeg rounds to the nearest
    // level, which differs by one code only where the step size changes.
    const ramp = Int16Array.from({ length: 65536 }, (_, i) => i - 32768);
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const [fmt, ours, decode] of [
      ["alaw", encodeAlaw(ramp), decodeAlaw],
      ["mulaw", encodeMulaw(ramp), decodeMulaw],
    ] as const) {
      const decodeArgs = ["-f", fmt, "-ar", "8000", "-ac", "1", "-i", "pipe:0", "-f", "s16le", "pipe:1"];
      expect([...pcmFromBytes(await runFfmpegPipe(decodeArgs, bytes))]).toEqual([...decode(bytes)]);
      const encodeArgs = [
        "-f",
        "s16le",
        "-ar",
        "8000",
        "-ac",
        "1",
        "-i",
        "pipe:0",
        "-c:a",
        `pcm_${fmt}`,
        "-f",
        fmt,
        "pipe:1",
      ];
      const theirs = await runFfmpegPipe(encodeArgs, new Uint8Array(ramp.buffer));
      const a = decode(ours);
      const b = decode(theirs);
      let differ = 0;
      for (let i = 0; i < ramp.length; i++) {
        if (a[i] === b[i]) continue;
        differ++;
        expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(Math.max(32, Math.abs(ramp[i]!) / 8));
      }
      expect(differ / ramp.length).toBeLessThan(0.02);
    }
  });

  it("an ffmpeg failure is an FfmpegProcessError with the command, exit code and stderr", async () => {
    const err = await runFfmpegPipe(
      ["-f", "s16le", "-i", "pipe:0", "-c:a", "no-such-codec", "-f", "null", "-"],
      new Uint8Array(4),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FfmpegProcessError);
    const e = err as FfmpegProcessError;
    expect(e.exitCode).not.toBe(0);
    expect(e.command).toContain("no-such-codec");
    expect(e.stderrTail).toMatch(/no-such-codec|Unknown encoder/i);
  });

  it("a run that outlives its timeout is killed and reported", async () => {
    // -re reads the input at its native rate: 2 s of audio cannot finish in 300 ms.
    const args = ["-re", "-f", "s16le", "-ar", "8000", "-ac", "1", "-i", "pipe:0", "-f", "s16le", "pipe:1"];
    await expect(runFfmpegPipe(args, new Uint8Array(32000), 300)).rejects.toThrow(/timed out/);
  });
});
