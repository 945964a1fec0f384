import { clampInt16, downsample } from "./resample.js";

/**
 * The test room's music: an 8-second loop (120 bpm, four bars of C – Am – F – G) synthesised
 * here, so no recording and no copyright is involved. Pad chords, a bass line, a melody with
 * harmonics and envelopes, a kick and a hi-hat. Deterministic: the same call gives the same
 * samples. Everything in it is fully inside the loop, so it repeats without a click.
 */

export const MUSIC_LOOP_SECONDS = 8;
const BEAT = 0.5; // seconds, 120 bpm
const PEAK = 0.7 * 32767; // about −3 dBFS

/** MIDI note number -> frequency in Hz (A4 = 69 = 440 Hz). */
export function midiToHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}

/** One bar per chord: MIDI notes of the triad. */
const CHORDS: readonly (readonly number[])[] = [
  [60, 64, 67], // C
  [57, 60, 64], // Am
  [53, 57, 60], // F
  [55, 59, 62], // G
];
const BASS: readonly number[] = [36, 33, 29, 31];
/** Melody in eighth notes (8 per bar); 0 is a rest. */
const MELODY: readonly number[] = [
  ...[72, 76, 79, 76, 74, 72, 0, 67],
  ...[69, 72, 76, 72, 74, 76, 0, 72],
  ...[77, 76, 74, 72, 69, 72, 74, 0],
  ...[71, 74, 79, 77, 76, 74, 71, 0],
];

/** Deterministic PRNG (mulberry32) for the hi-hat noise. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Attack–decay–sustain–release gain at time t within a note of length `len` seconds. */
function adsr(t: number, len: number, a: number, d: number, s: number, r: number): number {
  if (t < 0 || t > len) return 0;
  let g = t < a ? t / a : t < a + d ? 1 - ((1 - s) * (t - a)) / d : s;
  const tail = len - t;
  if (tail < r) g *= tail / r;
  return g;
}

/** Adds a note made of `harmonics` (relative amplitudes) to `out`. */
function addNote(
  out: Float64Array,
  rate: number,
  start: number,
  len: number,
  hz: number,
  amp: number,
  harmonics: readonly number[],
  env: (t: number) => number,
  vibrato = 0,
): void {
  const s0 = Math.round(start * rate);
  const n = Math.min(out.length - s0, Math.round(len * rate));
  const nyquist = rate / 2;
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const g = env(t);
    if (g === 0) continue;
    const phase = 2 * Math.PI * hz * t + (vibrato ? vibrato * Math.sin(2 * Math.PI * 5.5 * t) : 0);
    // sin((h+1)φ) by the Chebyshev recurrence: one sin and one cos per sample.
    const c2 = 2 * Math.cos(phase);
    let prev = 0;
    let cur = Math.sin(phase);
    let v = 0;
    for (let h = 0; h < harmonics.length && hz * (h + 1) < nyquist; h++) {
      v += harmonics[h]! * cur;
      const next = c2 * cur - prev;
      prev = cur;
      cur = next;
    }
    out[s0 + i] = out[s0 + i]! + amp * g * v;
  }
}

function addKick(out: Float64Array, rate: number, start: number): void {
  const s0 = Math.round(start * rate);
  const n = Math.min(out.length - s0, Math.round(0.25 * rate));
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    phase += (2 * Math.PI * (50 + 90 * Math.exp(-t * 30))) / rate;
    out[s0 + i] = out[s0 + i]! + 0.5 * Math.exp(-t * 14) * Math.sin(phase);
  }
}

function addHat(out: Float64Array, rate: number, start: number, rand: () => number, amp: number): void {
  const s0 = Math.round(start * rate);
  const n = Math.min(out.length - s0, Math.round(0.08 * rate));
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const white = rand() * 2 - 1;
    const bright = white - prev; // first difference: tilts the noise towards the treble
    prev = white;
    out[s0 + i] = out[s0 + i]! + amp * Math.exp(-(i / rate) * 45) * bright;
  }
}

/** Renders the loop (or `seconds` of it, repeating) as mono int16 PCM at `sampleRate`. */
export function renderMusic(sampleRate = 48000, seconds = MUSIC_LOOP_SECONDS): Int16Array {
  if (!(sampleRate >= 8000) || !(seconds >= 0))
    throw new RangeError(`renderMusic: bad rate ${sampleRate} or length ${seconds}`);
  const loop = renderLoop(sampleRate);
  const out = new Int16Array(Math.round(sampleRate * seconds));
  for (let i = 0; i < out.length; i += loop.length)
    out.set(loop.subarray(0, Math.min(loop.length, out.length - i)), i);
  return out;
}

/** The loop at 48 kHz, or derived from it by the shared low-pass for 16 kHz / 8 kHz. */
function renderLoop(sampleRate: number): Int16Array {
  if (sampleRate !== 48000 && 48000 % sampleRate === 0)
    return downsample(renderLoop(48000), 48000, sampleRate);
  const rate = sampleRate;
  const out = new Float64Array(Math.round(rate * MUSIC_LOOP_SECONDS));
  const rand = prng(0x76646d);
  const bar = 4 * BEAT;
  CHORDS.forEach((chord, b) => {
    for (const note of chord) {
      addNote(out, rate, b * bar, bar, midiToHz(note), 0.07, [1, 0.5, 0.3, 0.15], (t) =>
        adsr(t, bar, 0.15, 0.4, 0.7, 0.3),
      );
    }
    const bass = midiToHz(BASS[b]!);
    for (const beat of [0, 2]) {
      addNote(out, rate, b * bar + beat * BEAT, 2 * BEAT, bass, 0.22, [1, 0.6, 0.3, 0.2, 0.1], (t) =>
        adsr(t, 2 * BEAT, 0.01, 0.3, 0.4, 0.1),
      );
    }
  });
  const eighth = BEAT / 2;
  MELODY.forEach((note, i) => {
    if (note === 0) return;
    addNote(
      out,
      rate,
      i * eighth,
      eighth,
      midiToHz(note),
      0.3,
      [1, 0.45, 0.25, 0.12, 0.06],
      (t) => adsr(t, eighth, 0.01, 0.08, 0.6, 0.05),
      0.03,
    );
  });
  for (let beat = 0; beat < MUSIC_LOOP_SECONDS / BEAT; beat++) {
    if (beat % 2 === 0) addKick(out, rate, beat * BEAT);
    addHat(out, rate, beat * BEAT + BEAT / 2, rand, beat % 2 === 1 ? 0.18 : 0.1);
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  const gain = peak > 0 ? PEAK / peak : 0;
  const pcm = new Int16Array(out.length);
  for (let i = 0; i < out.length; i++) pcm[i] = clampInt16(out[i]! * gain);
  return pcm;
}
