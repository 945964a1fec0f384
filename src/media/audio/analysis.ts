import { nextPowerOfTwo, powerSpectrum } from "./fft.js";

/**
 * Decides from received PCM whether the far end is heard, and what: silence, a steady tone,
 * noise, or something music-like (level and spectrum that move over time with a handful of
 * distinct pitches). Works on ~50 ms windows at any sample rate from 8 kHz up.
 */

/** Windows quieter than this do not count as active. */
export const ACTIVE_THRESHOLD_DBFS = -50;
const FULL_SCALE = 32768;
const LOWEST_DBFS = -120;

/** Measurements of one window. */
export interface AudioWindow {
  startSample: number;
  /** RMS level in dBFS as AES17 defines it (a full-scale sine reads 0 dBFS), floored at −120. */
  levelDbfs: number;
  /** Spectral flatness 0..1 (geometric / arithmetic mean of power) in the speech band; ~0.5+ for white noise, near 0 for tones. */
  flatness: number;
  /** Frequency of the strongest spectral peak (Hz), 0 in a silent window. */
  dominantHz: number;
}

/** Splits `pcm` into non-overlapping windows of `windowMs` and measures each. */
export function analyseWindows(pcm: Int16Array, sampleRate: number, windowMs = 50): AudioWindow[] {
  const size = Math.round((sampleRate * windowMs) / 1000);
  if (size < 16) throw new RangeError(`analyseWindows: ${windowMs} ms at ${sampleRate} Hz is too short`);
  const fftSize = nextPowerOfTwo(size);
  const binHz = sampleRate / fftSize;
  const lowBin = Math.max(1, Math.ceil(80 / binHz));
  const highBin = Math.min(fftSize / 2 - 1, Math.floor(Math.min(0.45 * sampleRate, 7000) / binHz));
  const frame = new Float64Array(size);
  const out: AudioWindow[] = [];
  for (let start = 0; start + size <= pcm.length; start += size) {
    let energy = 0;
    for (let i = 0; i < size; i++) {
      const v = pcm[start + i]! / FULL_SCALE;
      frame[i] = v;
      energy += v * v;
    }
    const rms = Math.sqrt(energy / size);
    const levelDbfs = rms > 0 ? Math.max(LOWEST_DBFS, 20 * Math.log10(rms) + 3.0103) : LOWEST_DBFS;
    if (rms === 0) {
      out.push({ startSample: start, levelDbfs, flatness: 0, dominantHz: 0 });
      continue;
    }
    const power = powerSpectrum(frame, fftSize);
    let best = lowBin;
    let logSum = 0;
    let sum = 0;
    const floor = 1e-20;
    for (let k = lowBin; k <= highBin; k++) {
      const p = power[k]! + floor;
      logSum += Math.log(p);
      sum += p;
      if (p > power[best]!) best = k;
    }
    const bins = highBin - lowBin + 1;
    const flatness = Math.exp(logSum / bins) / (sum / bins);
    out.push({ startSample: start, levelDbfs, flatness, dominantHz: interpolatePeak(power, best) * binHz });
  }
  return out;
}

/** Parabolic interpolation of a spectral peak at bin k, in fractional bins. */
function interpolatePeak(power: Float64Array, k: number): number {
  const a = Math.log(power[k - 1]! + 1e-20);
  const b = Math.log(power[k]! + 1e-20);
  const c = Math.log(power[k + 1]! + 1e-20);
  const d = a - 2 * b + c;
  return d < 0 ? k + (0.5 * (a - c)) / d : k;
}

/** MIDI note number nearest to `hz`. */
export function hzToNote(hz: number): number {
  return Math.round(69 + 12 * Math.log2(hz / 440));
}

/** What the windows add up to. */
export interface AudioSummary {
  windows: number;
  /** Share of windows above {@link ACTIVE_THRESHOLD_DBFS}. */
  activeShare: number;
  /** Power-mean level of the active windows (dBFS); −120 when none. */
  meanLevelDbfs: number;
  /** Standard deviation of the active windows' levels (dB): music breathes, a tone does not. */
  levelSpreadDb: number;
  /** Median spectral flatness of the active windows. */
  medianFlatness: number;
  /** Distinct pitch classes (0..12) among the active windows' dominant frequencies, counting those in ≥ 2 windows. */
  pitchClasses: number;
  /** Distinct notes (semitones) among the dominant frequencies, counting those in ≥ 2 windows. */
  distinctNotes: number;
  /** Share of active windows whose dominant note is within a semitone of the most common one. */
  steadiestNoteShare: number;
}

export function summariseAudio(windows: readonly AudioWindow[]): AudioSummary {
  const active = windows.filter((w) => w.levelDbfs > ACTIVE_THRESHOLD_DBFS);
  const n = active.length;
  if (n === 0) {
    return {
      windows: windows.length,
      activeShare: 0,
      meanLevelDbfs: LOWEST_DBFS,
      levelSpreadDb: 0,
      medianFlatness: 0,
      pitchClasses: 0,
      distinctNotes: 0,
      steadiestNoteShare: 0,
    };
  }
  const meanPower = active.reduce((s, w) => s + 10 ** (w.levelDbfs / 10), 0) / n;
  const meanDb = active.reduce((s, w) => s + w.levelDbfs, 0) / n;
  const spread = Math.sqrt(active.reduce((s, w) => s + (w.levelDbfs - meanDb) ** 2, 0) / n);
  const flat = active.map((w) => w.flatness).sort((a, b) => a - b);
  const notes = new Map<number, number>();
  for (const w of active) {
    if (w.dominantHz <= 0) continue;
    const note = hzToNote(w.dominantHz);
    notes.set(note, (notes.get(note) ?? 0) + 1);
  }
  const repeated = [...notes].filter(([, count]) => count >= 2).map(([note]) => note);
  let steadiest = 0;
  for (const note of notes.keys()) {
    const near = (notes.get(note - 1) ?? 0) + (notes.get(note) ?? 0) + (notes.get(note + 1) ?? 0);
    steadiest = Math.max(steadiest, near);
  }
  return {
    windows: windows.length,
    activeShare: n / windows.length,
    meanLevelDbfs: 10 * Math.log10(meanPower),
    levelSpreadDb: spread,
    medianFlatness: flat[Math.floor(n / 2)]!,
    pitchClasses: new Set(repeated.map((note) => ((note % 12) + 12) % 12)).size,
    distinctNotes: repeated.length,
    steadiestNoteShare: steadiest / n,
  };
}

export type AudioKind = "silence" | "tone" | "noise" | "music-like" | "speech-or-other";

export interface AudioClassification {
  kind: AudioKind;
  levelDbfs: number;
  activeShare: number;
  evidence: AudioSummary;
}

/** Thresholds of {@link classifyAudio}; exported so reports can quote them. */
export const CLASSIFY_THRESHOLDS = {
  /** Below this active share the audio is silence. */
  silenceActiveShare: 0.05,
  /** Median flatness at or above this is noise (white noise gives ~0.5, music well under 0.2). */
  noiseFlatness: 0.3,
  /** A steady tone keeps its dominant note in at least this share of active windows. */
  toneSteadyShare: 0.7,
  /** Music-like needs at least this many pitch classes... */
  musicPitchClasses: 3,
  /** ...and to be active in at least this share of windows. */
  musicActiveShare: 0.5,
} as const;

/** Classifies received audio (mono int16 at `sampleRate`). */
export function classifyAudio(pcm: Int16Array, sampleRate: number): AudioClassification {
  const evidence = summariseAudio(analyseWindows(pcm, sampleRate));
  const t = CLASSIFY_THRESHOLDS;
  const base = { levelDbfs: evidence.meanLevelDbfs, activeShare: evidence.activeShare, evidence };
  if (evidence.activeShare < t.silenceActiveShare) return { kind: "silence", ...base };
  if (evidence.medianFlatness >= t.noiseFlatness) return { kind: "noise", ...base };
  if (evidence.steadiestNoteShare >= t.toneSteadyShare) return { kind: "tone", ...base };
  if (evidence.pitchClasses >= t.musicPitchClasses && evidence.activeShare >= t.musicActiveShare) {
    return { kind: "music-like", ...base };
  }
  return { kind: "speech-or-other", ...base };
}
