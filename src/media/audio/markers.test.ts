import { describe, expect, it } from "vitest";
import { mix, sine, whiteNoise } from "../../../test/support/audio/test-signals.js";
import { decodeAlaw, encodeAlaw } from "../../protocol/g711/alaw.js";
import { decodeMulaw, encodeMulaw } from "../../protocol/g711/mulaw.js";
import {
  crc8,
  findMarkers,
  MARKER_DURATION_MS,
  MARKER_PERIOD_MS,
  markerCrc8,
  markerStartSample,
  markerSymbols,
  renderMarkerAudio,
} from "./markers.js";
import { renderMusic } from "./music.js";

function delayed(pcm: Int16Array, by: number, gain = 1): Int16Array {
  const out = new Int16Array(pcm.length + by);
  for (let i = 0; i < pcm.length; i++) out[by + i] = Math.round(pcm[i]! * gain);
  return out;
}

describe("marker coding", () => {
  it('CRC-8/SMBUS check value: "123456789" -> 0xF4; the marker CRC covers the index bytes', () => {
    expect(crc8(new TextEncoder().encode("123456789"))).toBe(0xf4);
    expect(markerCrc8(0x1234)).toBe(crc8([0x12, 0x34]));
    expect(markerCrc8(1)).not.toBe(markerCrc8(2));
  });
  it("symbols are the index nibbles then the CRC nibbles; indices wrap at 65536", () => {
    expect(markerSymbols(0x1234)).toEqual([1, 2, 3, 4, markerCrc8(0x1234) >> 4, markerCrc8(0x1234) & 15]);
    expect(markerSymbols(65536 + 7)).toEqual(markerSymbols(7));
  });
  it("timing constants: one marker per 500 ms, each 200 ms long", () => {
    expect(MARKER_PERIOD_MS).toBe(500);
    expect(MARKER_DURATION_MS).toBe(200);
    expect(markerStartSample(3, 8000)).toBe(12000);
  });
});

describe("findMarkers", () => {
  it.each([8000, 16000, 48000])("finds every marker at its exact sample at %i Hz", (rate) => {
    const found = findMarkers(renderMarkerAudio(rate, 6, 500), rate);
    expect(found.map((m) => m.index)).toEqual(Array.from({ length: 12 }, (_, k) => 500 + k));
    found.forEach((m, k) => {
      expect(m.atSample).toBe(markerStartSample(k, rate));
      expect(m.confidence).toBeGreaterThan(0.95);
    });
  });

  it("wraps the index: 65534, 65535, 0, 1", () => {
    expect(findMarkers(renderMarkerAudio(8000, 2, 65534), 8000).map((m) => m.index)).toEqual([
      65534, 65535, 0, 1,
    ]);
  });

  it("finds markers delayed by 1234 samples, 26 dB down, with noise 20 dB under them", () => {
    const rate = 16000;
    const pcm = mix(delayed(renderMarkerAudio(rate, 4, 9), 1234, 0.05), whiteNoise(rate, 5, 80));
    const found = findMarkers(pcm, rate);
    expect(found).toHaveLength(8);
    found.forEach((m, k) => {
      expect(m.index).toBe(9 + k);
      expect(Math.abs(m.atSample - (1234 + markerStartSample(k, rate)))).toBeLessThanOrEqual(3);
    });
  });

  it("survives G.711 µ-law and A-law at 8 kHz with sample accuracy", () => {
    const pcm = renderMarkerAudio(8000, 3, 42);
    for (const coded of [decodeMulaw(encodeMulaw(pcm)), decodeAlaw(encodeAlaw(pcm))]) {
      const found = findMarkers(coded, 8000);
      expect(found.map((m) => m.index)).toEqual([42, 43, 44, 45, 46, 47]);
      found.forEach((m, k) => {
        expect(m.atSample).toBe(markerStartSample(k, 8000));
      });
    }
  });

  it("drops a marker whose symbol is damaged (CRC or purity), keeps the others", () => {
    const rate = 8000;
    const pcm = renderMarkerAudio(rate, 2, 0);
    // Overwrite the 3rd symbol of marker 1 with a single 1 kHz tone.
    const at = markerStartSample(1, rate) + (8000 * (40 + 10 + 2 * 25)) / 1000;
    pcm.set(sine(1000, rate, 0.02, 14000), at);
    expect(findMarkers(pcm, rate).map((m) => m.index)).toEqual([0, 2, 3]);
  });

  it.each([8000, 16000, 48000])(
    "never finds a marker in the room's music, noise, or music + noise at %i Hz",
    (rate) => {
      const music = renderMusic(rate, 8);
      expect(findMarkers(music, rate)).toEqual([]);
      expect(findMarkers(whiteNoise(rate, 8, 8000, 7), rate)).toEqual([]);
      expect(findMarkers(mix(music, whiteNoise(rate, 8, 2000, 3)), rate)).toEqual([]);
    },
  );

  it("never finds a marker in music through µ-law, or in a sine sweep of tones", () => {
    expect(findMarkers(decodeMulaw(encodeMulaw(renderMusic(8000, 8))), 8000)).toEqual([]);
    const tones = new Int16Array(8000 * 4);
    for (let i = 0; i < 40; i++) tones.set(sine(300 + i * 75, 8000, 0.1), i * 800);
    expect(findMarkers(tones, 8000)).toEqual([]);
  });

  it("returns nothing for silence or input shorter than one marker; rejects rates below 8 kHz", () => {
    expect(findMarkers(new Int16Array(16000), 8000)).toEqual([]);
    expect(findMarkers(renderMarkerAudio(8000, 0.1), 8000)).toEqual([]);
    expect(() => findMarkers(new Int16Array(10), 4000)).toThrow(RangeError);
  });
});
