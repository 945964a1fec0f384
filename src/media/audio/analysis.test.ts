import { describe, expect, it } from "vitest";
import { mix, sine, whiteNoise } from "../../../test/support/audio/test-signals.js";
import { decodeAlaw, encodeAlaw } from "../../protocol/g711/alaw.js";
import { decodeMulaw, encodeMulaw } from "../../protocol/g711/mulaw.js";
import { analyseWindows, classifyAudio, hzToNote, summariseAudio } from "./analysis.js";
import { renderMusic } from "./music.js";

describe("analyseWindows", () => {
  it("a full-scale 1 kHz sine reads 0 dBFS, dominant 1000 Hz, near-zero flatness", () => {
    const w = analyseWindows(sine(1000, 16000, 0.5, 32767), 16000);
    expect(w).toHaveLength(10);
    for (const x of w) {
      expect(x.levelDbfs).toBeCloseTo(0, 1);
      expect(Math.abs(x.dominantHz - 1000)).toBeLessThan(5);
      expect(x.flatness).toBeLessThan(0.01);
    }
  });
  it("−20 dB sine reads −20 dBFS; zeros read −120 with no dominant frequency", () => {
    expect(analyseWindows(sine(440, 8000, 0.1, 3277), 8000)[0]!.levelDbfs).toBeCloseTo(-20, 1);
    expect(analyseWindows(new Int16Array(800), 8000)[0]).toMatchObject({ levelDbfs: -120, dominantHz: 0 });
  });
  it("white noise is spectrally flat (flatness ≈ 0.5)", () => {
    const s = summariseAudio(analyseWindows(whiteNoise(16000, 1), 16000));
    expect(s.medianFlatness).toBeGreaterThan(0.4);
  });
  it("hzToNote: 440 -> 69, 261.6 -> 60", () => {
    expect(hzToNote(440)).toBe(69);
    expect(hzToNote(261.63)).toBe(60);
  });
});

describe("classifyAudio", () => {
  it.each([48000, 16000, 8000])("the room's music at %i Hz is music-like", (rate) => {
    const c = classifyAudio(renderMusic(rate, 6), rate);
    expect(c.kind).toBe("music-like");
    expect(c.activeShare).toBe(1);
    expect(c.levelDbfs).toBeGreaterThan(-20);
    expect(c.evidence.pitchClasses).toBeGreaterThanOrEqual(5);
  });
  it("music through PCMU and PCMA at 8 kHz is still music-like", () => {
    const m = renderMusic(8000, 6);
    expect(classifyAudio(decodeMulaw(encodeMulaw(m)), 8000).kind).toBe("music-like");
    expect(classifyAudio(decodeAlaw(encodeAlaw(m)), 8000).kind).toBe("music-like");
  });
  it("music with noise 30 dB below it is still music-like", () => {
    const m = renderMusic(16000, 6);
    expect(classifyAudio(mix(m, whiteNoise(16000, 6, 150)), 16000).kind).toBe("music-like");
  });
  it("a steady 1 kHz sine is a tone", () => {
    expect(classifyAudio(sine(1000, 16000, 6), 16000).kind).toBe("tone");
    expect(classifyAudio(sine(1000, 8000, 6), 8000).kind).toBe("tone");
  });
  it("white noise is noise", () => {
    expect(classifyAudio(whiteNoise(16000, 6), 16000).kind).toBe("noise");
    expect(classifyAudio(whiteNoise(8000, 6), 8000).kind).toBe("noise");
  });
  it("zeros, and hiss at −70 dBFS, are silence", () => {
    expect(classifyAudio(new Int16Array(96000), 16000)).toMatchObject({
      kind: "silence",
      activeShare: 0,
      levelDbfs: -120,
    });
    expect(classifyAudio(whiteNoise(16000, 6, 10), 16000).kind).toBe("silence");
  });
  it("two alternating tones are neither music-like nor a single tone", () => {
    const a = sine(600, 8000, 0.5);
    const b = sine(900, 8000, 0.5);
    const pcm = new Int16Array(48000);
    for (let i = 0; i < 12; i++) pcm.set(i % 2 ? b : a, i * 4000);
    expect(classifyAudio(pcm, 8000).kind).toBe("speech-or-other");
  });
  it("music that plays only 1 s of 6 is not music-like", () => {
    const pcm = new Int16Array(96000);
    pcm.set(renderMusic(16000, 1));
    expect(classifyAudio(pcm, 16000).kind).not.toBe("music-like");
  });
});
