import { clampInt16, downsample } from "./resample.js";

/**
 * Audio markers: the caller's outgoing audio carries a numbered marker every 500 ms so that,
 * when the far end loops our audio back (an echo peer), we recognise each marker and measure
 * the round trip as receive position − send position of the same index.
 *
 * One marker (200 ms, all energy in 400–3200 Hz so it survives G.711 at 8 kHz, G.722, Opus):
 *
 *   | chirp 40 ms | gap 10 | sym 20 | gap 5 | sym 20 | ... 6 symbols ... | silence to 500 ms |
 *
 * The linear up-chirp (400 -> 3200 Hz) is found by normalised cross-correlation; its 2.8 kHz
 * sweep gives a correlation peak well under a millisecond wide, hence the timing. Each symbol
 * is a dual tone (one of 4 low, one of 4 high frequencies) carrying 4 bits; the 24 bits are a
 * 16-bit index and its CRC-8. A marker counts only when the chirp correlates, every symbol is
 * two clean tones, and the CRC matches, so music and noise do not produce false markers.
 */

export const MARKER_PERIOD_MS = 500;
const CHIRP_MS = 40;
const CHIRP_FROM_HZ = 400;
const CHIRP_TO_HZ = 3200;
const GAP_MS = 10;
const SYMBOL_MS = 20;
const SYMBOL_GAP_MS = 5;
const SYMBOLS = 6;
/** Duration of one marker's sound (the rest of the period is silence). */
export const MARKER_DURATION_MS = CHIRP_MS + GAP_MS + SYMBOLS * (SYMBOL_MS + SYMBOL_GAP_MS);
const LOW_HZ = [650, 850, 1050, 1250] as const;
const HIGH_HZ = [1780, 2080, 2380, 2680] as const;
const CHIRP_AMPLITUDE = 0.45 * 32767;
const TONE_AMPLITUDE = 0.22 * 32767;
/** Markers are numbered modulo this. */
export const MARKER_INDEX_MODULO = 65536;

/** Minimum normalised correlation of the chirp; symbols and CRC are the stronger guard. */
const MIN_CHIRP_CORRELATION = 0.35;
/** Share of a symbol window's power that its two tones must hold. */
const MIN_SYMBOL_PURITY = 0.6;
/** The winning tone in each group must beat the runner-up by this power ratio. */
const MIN_TONE_MARGIN = 4;

export interface FoundMarker {
  /** Marker index, modulo {@link MARKER_INDEX_MODULO}. */
  index: number;
  /** Sample (at the input's rate) where the marker's chirp starts. */
  atSample: number;
  /** 0..1: the weaker of chirp correlation and mean symbol purity. */
  confidence: number;
}

/** CRC-8/SMBUS: polynomial x^8 + x^2 + x + 1 (0x07), initial value 0, no reflection. */
export function crc8(bytes: Iterable<number>): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte & 0xff;
    for (let b = 0; b < 8; b++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** The check byte of a marker: CRC-8 over the index's two bytes, high byte first. */
export function markerCrc8(index: number): number {
  return crc8([(index >> 8) & 0xff, index & 0xff]);
}

/** The six 4-bit symbols of marker `index`: index high to low nibble, then the CRC. */
export function markerSymbols(index: number): number[] {
  const i = ((index % MARKER_INDEX_MODULO) + MARKER_INDEX_MODULO) % MARKER_INDEX_MODULO;
  const word = (i << 8) | markerCrc8(i);
  return Array.from({ length: SYMBOLS }, (_, s) => (word >> (4 * (SYMBOLS - 1 - s))) & 0x0f);
}

const ms = (rate: number, m: number): number => Math.round((rate * m) / 1000);

/** Sample at which marker number `k` (counting from the start of the rendered audio) begins. */
export function markerStartSample(k: number, sampleRate: number): number {
  return ms(sampleRate, k * MARKER_PERIOD_MS);
}

/** The chirp at `sampleRate`, tapered, as floating-point int16-scale samples. */
function chirp(sampleRate: number): Float64Array {
  const n = ms(sampleRate, CHIRP_MS);
  const taper = ms(sampleRate, 3);
  const T = n / sampleRate;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / sampleRate;
    const phase = 2 * Math.PI * (CHIRP_FROM_HZ * t + ((CHIRP_TO_HZ - CHIRP_FROM_HZ) * t * t) / (2 * T));
    out[i] = CHIRP_AMPLITUDE * edge(i, n, taper) * Math.sin(phase);
  }
  return out;
}

/** Raised-cosine fade in/out over `taper` samples, so symbols do not click. */
function edge(i: number, n: number, taper: number): number {
  const d = Math.min(i, n - 1 - i);
  return d >= taper ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * d) / taper);
}

function symbolOffset(sampleRate: number, s: number): number {
  return ms(sampleRate, CHIRP_MS + GAP_MS + s * (SYMBOL_MS + SYMBOL_GAP_MS));
}

/** Writes marker `index` into `out` starting at sample `at`. */
function writeMarker(out: Int16Array, sampleRate: number, at: number, index: number): void {
  const c = chirp(sampleRate);
  for (let i = 0; i < c.length && at + i < out.length; i++) out[at + i] = clampInt16(c[i]!);
  const n = ms(sampleRate, SYMBOL_MS);
  const taper = ms(sampleRate, 2);
  markerSymbols(index).forEach((sym, s) => {
    const lo = LOW_HZ[sym >> 2]!;
    const hi = HIGH_HZ[sym & 3]!;
    const start = at + symbolOffset(sampleRate, s);
    for (let i = 0; i < n && start + i < out.length; i++) {
      const t = i / sampleRate;
      const v = Math.sin(2 * Math.PI * lo * t) + Math.sin(2 * Math.PI * hi * t);
      out[start + i] = clampInt16(TONE_AMPLITUDE * edge(i, n, taper) * v);
    }
  });
}

/**
 * Renders `seconds` of marker audio: marker `firstIndex + k` starts at
 * {@link markerStartSample}(k), every {@link MARKER_PERIOD_MS}; only whole markers are written.
 */
export function renderMarkerAudio(sampleRate: number, seconds: number, firstIndex = 0): Int16Array {
  if (!(sampleRate >= 8000))
    throw new RangeError(`renderMarkerAudio: sample rate ${sampleRate} is below 8000`);
  const out = new Int16Array(Math.max(0, Math.round(sampleRate * seconds)));
  const len = ms(sampleRate, MARKER_DURATION_MS);
  for (let k = 0; markerStartSample(k, sampleRate) + len <= out.length; k++) {
    writeMarker(out, sampleRate, markerStartSample(k, sampleRate), firstIndex + k);
  }
  return out;
}

/**
 * Finds every marker in `pcm`. Rates that are multiples of 8 kHz are analysed at 8 kHz
 * (the markers live below 3.4 kHz; the zero-delay decimator keeps positions exact to
 * within one 8 kHz sample); other rates are analysed as they are.
 */
export function findMarkers(pcm: Int16Array, sampleRate: number): FoundMarker[] {
  if (!(sampleRate >= 8000)) throw new RangeError(`findMarkers: sample rate ${sampleRate} is below 8000`);
  const factor = sampleRate % 8000 === 0 ? sampleRate / 8000 : 1;
  const rate = sampleRate / factor;
  const x = factor === 1 ? pcm : downsample(pcm, sampleRate, rate);
  const found = findAtRate(x, rate);
  return found.map((m) => ({ ...m, atSample: m.atSample * factor }));
}

function findAtRate(x: Int16Array, rate: number): FoundMarker[] {
  const template = chirp(rate);
  const L = template.length;
  const total = ms(rate, MARKER_DURATION_MS);
  if (x.length < total) return [];
  const ncc = normalisedCorrelation(x, template);
  const out: FoundMarker[] = [];
  const last = x.length - total;
  for (let n = 0; n <= last; n++) {
    const c = ncc[n]!;
    if (c < MIN_CHIRP_CORRELATION || !isLocalMax(ncc, n, L)) continue;
    const decoded = decodeSymbols(x, rate, n);
    if (!decoded) continue;
    out.push({ index: decoded.index, atSample: n, confidence: Math.min(c, decoded.purity) });
  }
  return dedupe(out, ms(rate, MARKER_PERIOD_MS / 2));
}

function isLocalMax(v: Float64Array, n: number, radius: number): boolean {
  const lo = Math.max(0, n - radius);
  const hi = Math.min(v.length - 1, n + radius);
  for (let i = lo; i <= hi; i++) {
    if (v[i]! > v[n]! || (v[i] === v[n] && i < n)) return false;
  }
  return true;
}

/** ncc[n] = Σ x[n+k]·t[k] / (‖t‖·‖x[n..n+L)‖), in −1..1. */
function normalisedCorrelation(x: Int16Array, t: Float64Array): Float64Array {
  const L = t.length;
  const count = x.length - L + 1;
  const out = new Float64Array(Math.max(0, count));
  let tNorm = 0;
  for (const v of t) tNorm += v * v;
  tNorm = Math.sqrt(tNorm);
  const prefix = new Float64Array(x.length + 1);
  for (let i = 0; i < x.length; i++) prefix[i + 1] = prefix[i]! + x[i]! * x[i]!;
  for (let n = 0; n < count; n++) {
    const e = prefix[n + L]! - prefix[n]!;
    // Below ~−60 dBFS there is nothing to correlate with; skip the multiply.
    if (e < L * 1) continue;
    let acc = 0;
    for (let k = 0; k < L; k++) acc += x[n + k]! * t[k]!;
    out[n] = acc / (tNorm * Math.sqrt(e));
  }
  return out;
}

/**
 * Decodes the six symbols after a chirp at `at`; undefined unless the CRC holds. One symbol may
 * be unreadable (a lost packet turned into silence, RFC 3550 §A.3 loss) when exactly one of its
 * 16 values makes the CRC hold: the other five symbols, the chirp and the CRC still guard against
 * a false marker, and a marker no longer needs every one of its ten packets to arrive.
 */
function decodeSymbols(
  x: Int16Array,
  rate: number,
  at: number,
): { index: number; purity: number } | undefined {
  const edgeSkip = ms(rate, 2);
  const n = ms(rate, SYMBOL_MS) - 2 * edgeSkip;
  const values: (number | undefined)[] = [];
  let puritySum = 0;
  for (let s = 0; s < SYMBOLS; s++) {
    const sym = decodeSymbol(x, rate, at + symbolOffset(rate, s) + edgeSkip, n);
    values.push(sym?.value);
    puritySum += sym?.purity ?? 0;
  }
  const erased = values.flatMap((v, s) => (v === undefined ? [s] : []));
  if (erased.length > 1) return undefined;
  const word = (fill: number) => values.reduce<number>((w, v) => (w << 4) | (v ?? fill), 0);
  const matches = (w: number) => markerCrc8(w >> 8) === (w & 0xff);
  const candidates = erased.length === 0 ? [word(0)] : [...Array(16).keys()].map(word).filter(matches);
  if (candidates.length !== 1 || !matches(candidates[0]!)) return undefined;
  return { index: candidates[0]! >> 8, purity: puritySum / (SYMBOLS - erased.length) };
}

function decodeSymbol(
  x: Int16Array,
  rate: number,
  start: number,
  n: number,
): { value: number; purity: number } | undefined {
  // Hann window; tone power estimates are scaled so a tone of amplitude A reads A²/2,
  // the same scale as the window's mean power.
  let sumW = 0;
  let sumW2 = 0;
  let power = 0;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * (i + 0.5)) / n);
    sumW += w[i]!;
    sumW2 += w[i]! * w[i]!;
    const v = x[start + i]! * w[i]!;
    power += v * v;
  }
  power /= sumW2;
  if (power <= 0) return undefined;
  const tone = (hz: number): number => (2 * goertzel(x, start, w, (2 * Math.PI * hz) / rate)) / (sumW * sumW);
  const pick = (freqs: readonly number[]): { at: number; p: number; margin: number } => {
    const ps = freqs.map(tone);
    let best = 0;
    for (let i = 1; i < ps.length; i++) if (ps[i]! > ps[best]!) best = i;
    const runnerUp = Math.max(...ps.filter((_, i) => i !== best));
    return { at: best, p: ps[best]!, margin: ps[best]! / Math.max(runnerUp, 1e-9) };
  };
  const lo = pick(LOW_HZ);
  const hi = pick(HIGH_HZ);
  const purity = (lo.p + hi.p) / power;
  if (lo.margin < MIN_TONE_MARGIN || hi.margin < MIN_TONE_MARGIN || purity < MIN_SYMBOL_PURITY)
    return undefined;
  if (lo.p < 0.15 * power || hi.p < 0.15 * power) return undefined;
  return { value: (lo.at << 2) | hi.at, purity: Math.min(1, purity) };
}

/** |Σ w[i]·x[start+i]·e^(−jωi)|² by the Goertzel recurrence. */
function goertzel(x: Int16Array, start: number, w: Float64Array, omega: number): number {
  const coeff = 2 * Math.cos(omega);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < w.length; i++) {
    const s0 = x[start + i]! * w[i]! + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

/** Keeps the most confident marker among those closer than `minGap` samples. */
function dedupe(found: FoundMarker[], minGap: number): FoundMarker[] {
  const out: FoundMarker[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    if (prev && m.atSample - prev.atSample < minGap) {
      if (m.confidence > prev.confidence) out[out.length - 1] = m;
    } else {
      out.push(m);
    }
  }
  return out;
}
