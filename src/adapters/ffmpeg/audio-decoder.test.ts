import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyAudio } from "../../media/audio/analysis.js";
import { AUDIO_CODECS } from "../../media/audio/codecs.js";
import { findMarkers, markerStartSample, renderMarkerAudio } from "../../media/audio/markers.js";
import { renderMusic } from "../../media/audio/music.js";
import { decodeAudioPayloads } from "./audio-decoder.js";
import { encodeAudioPayloads } from "./audio-encoder.js";
import { FfmpegProcessError } from "./process.js";

describe("decodeAudioPayloads with the real ffmpeg", () => {
  it.each(AUDIO_CODECS)("%s: music -> encode -> decode is music-like", async (codec) => {
    const payloads = await encodeAudioPayloads(renderMusic(48000, 6), 48000, codec);
    const { pcm, sampleRate } = await decodeAudioPayloads(codec, payloads);
    expect(pcm.length).toBe(sampleRate * 6);
    const t0 = performance.now();
    const c = classifyAudio(pcm, sampleRate);
    console.log(
      `${codec}: classify 6 s at ${sampleRate} Hz: ${(performance.now() - t0).toFixed(1)} ms, ${c.kind}`,
    );
    expect(c.kind).toBe("music-like");
    expect(c.levelDbfs).toBeGreaterThan(-20);
  });

  it.each(AUDIO_CODECS)("%s: every marker survives, within ±2 ms of where it was sent", async (codec) => {
    const sent = renderMarkerAudio(48000, 6, 300);
    const { pcm, sampleRate } = await decodeAudioPayloads(
      codec,
      await encodeAudioPayloads(sent, 48000, codec),
    );
    const found = findMarkers(pcm, sampleRate);
    expect(found.map((m) => m.index)).toEqual(Array.from({ length: 12 }, (_, k) => 300 + k));
    const errorsMs = found.map(
      (m, k) => ((m.atSample - markerStartSample(k, sampleRate)) * 1000) / sampleRate,
    );
    console.log(`${codec}: marker offsets ms ${[...new Set(errorsMs.map((e) => e.toFixed(3)))].join(" ")}`);
    for (const e of errorsMs) expect(Math.abs(e)).toBeLessThanOrEqual(2);
  });

  it.each(AUDIO_CODECS)(
    "%s: lost packets become silence of one packet and keep the timing",
    async (codec) => {
      const sent = renderMarkerAudio(48000, 4, 0);
      const payloads: (Uint8Array | undefined)[] = await encodeAudioPayloads(sent, 48000, codec);
      // Lose packets 30..34 (600..700 ms): marker 1 (500..700 ms) is damaged; the rest stay in place.
      for (let i = 30; i < 35; i++) payloads[i] = undefined;
      const { pcm, sampleRate } = await decodeAudioPayloads(codec, payloads);
      expect(pcm.length).toBe(sampleRate * 4);
      expect(pcm.subarray(0.6 * sampleRate, 0.7 * sampleRate).every((v) => v === 0)).toBe(true);
      const found = findMarkers(pcm, sampleRate);
      expect(found.map((m) => m.index)).toEqual([0, 2, 3, 4, 5, 6, 7]);
      for (const m of found) {
        const k = m.index;
        expect(Math.abs(m.atSample - markerStartSample(k, sampleRate))).toBeLessThanOrEqual(
          (2 * sampleRate) / 1000,
        );
      }
    },
  );

  it("a stream whose first packets are lost still starts at time zero", async () => {
    const payloads: (Uint8Array | undefined)[] = await encodeAudioPayloads(
      renderMarkerAudio(48000, 2, 5),
      48000,
      "opus",
    );
    payloads[0] = undefined;
    payloads[1] = undefined;
    const { pcm, sampleRate } = await decodeAudioPayloads("opus", payloads);
    expect(pcm.length).toBe(2 * sampleRate);
    expect(findMarkers(pcm, sampleRate).map((m) => m.atSample)).toEqual(
      [1, 2, 3].map((k) => markerStartSample(k, sampleRate)),
    );
  });

  it("honours an Opus pre-skip and an output rate", async () => {
    const payloads = await encodeAudioPayloads(renderMusic(48000, 1), 48000, "opus");
    const { pcm, sampleRate } = await decodeAudioPayloads("opus", payloads, {
      sampleRate: 48000,
      opusPreSkip: 312,
    });
    expect(sampleRate).toBe(48000);
    expect(pcm.length).toBe(48000 - 312);
  });

  it.each(AUDIO_CODECS)(
    "%s: random payload bytes give silence-or-sound of the right length, or a clear error",
    async (codec) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.option(fc.uint8Array({ minLength: 0, maxLength: 200 }), { nil: undefined }), {
            maxLength: 30,
          }),
          async (payloads) => {
            try {
              const { pcm } = await decodeAudioPayloads(codec, payloads, { timeoutMs: 10_000 });
              expect(pcm).toBeInstanceOf(Int16Array);
            } catch (err) {
              expect(err).toBeInstanceOf(FfmpegProcessError);
            }
          },
        ),
        { numRuns: 8 },
      );
    },
  );

  it("no payloads decode to no samples", async () => {
    for (const codec of AUDIO_CODECS) expect((await decodeAudioPayloads(codec, [])).pcm.length).toBe(0);
  });
});
