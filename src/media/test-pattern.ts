import { drawFrameCode, type FrameCode, FrameFamily, frameCodeBlock } from "./frame-code.js";
import { drawText, textWidth } from "./video/bitmap-font.js";
import { blankFrame, Colour, fillRect, type YuvFrame, yuv420Size } from "./video/yuv-frame.js";

export interface PatternSpec {
  readonly width: number;
  readonly height: number;
  /** FrameFamily: 0 camera (colour bars), 1 slides (a white slide); other values draw the camera look. */
  readonly family: number;
}

/** Frames per sweep of the moving box (there and back): 4 s at 30 fps. */
const SWEEP_FRAMES = 120;
const BARS = [
  Colour.grey75,
  Colour.yellow,
  Colour.cyan,
  Colour.green,
  Colour.magenta,
  Colour.red,
  Colour.blue,
];

/** Renders the pattern for one stream: the static background is drawn once, each frame copies it. */
export class PatternRenderer {
  private readonly background: Uint8Array;
  private readonly fontScale: number;

  constructor(readonly spec: PatternSpec) {
    const bg = blankFrame(spec.width, spec.height, Colour.black);
    if (spec.family === FrameFamily.slides) drawSlide(bg);
    else drawBars(bg);
    this.background = bg.data;
    this.fontScale = Math.max(1, Math.round(spec.height / 90));
  }

  /** One yuv420p frame with the moving element, the frame number in digits and the frame code. */
  render(number: number): Buffer {
    const { width, height, family } = this.spec;
    const data = Buffer.allocUnsafe(yuv420Size(width, height));
    data.set(this.background);
    const frame: YuvFrame = { width, height, data };
    if (family === FrameFamily.slides) drawPointer(frame, number);
    else drawMovingBox(frame, number);
    const label = `${family} ${String(number).padStart(5, "0")}`;
    const s = this.fontScale;
    const x = width - textWidth(label, s) - 4 * s;
    fillRect(frame, x - 2 * s, 2 * s, textWidth(label, s) + 4 * s, 9 * s, Colour.black);
    drawText(frame, label, x, 4 * s, s, Colour.white);
    drawFrameCode(frame, { family, number } satisfies FrameCode);
    return data;
  }
}

/** Camera look: 75% colour bars on the top 55%, a grey ramp, then a dark field for the moving box. */
function drawBars(f: YuvFrame): void {
  const { width: w, height: h } = f;
  const barW = w / BARS.length;
  BARS.forEach((c, i) => {
    fillRect(f, i * barW, 0, barW + 1, 0.55 * h, c);
  });
  const steps = 16;
  for (let i = 0; i < steps; i++) {
    const y = 16 + Math.round((i * (235 - 16)) / (steps - 1));
    fillRect(f, (i * w) / steps, 0.55 * h, w / steps + 1, 0.07 * h, { y, u: 128, v: 128 });
  }
  fillRect(f, 0, 0.62 * h, w, bandTop(f) - 0.62 * h, Colour.darkGrey);
}

/** Slides look: a white slide with a title bar, lines of "text" and a small bar chart. */
function drawSlide(f: YuvFrame): void {
  const { width: w, height: h } = f;
  fillRect(f, 0, 0, w, bandTop(f), Colour.white);
  fillRect(f, 0.06 * w, 0.07 * h, 0.88 * w, 0.1 * h, Colour.navy);
  const lines = [0.7, 0.55, 0.62, 0.4, 0.58, 0.3];
  lines.forEach((len, i) => {
    fillRect(f, 0.08 * w, (0.27 + i * 0.085) * h, len * 0.55 * w, 0.035 * h, Colour.slideGrey);
  });
  const chart = [Colour.blue, Colour.green, Colour.red, Colour.yellow];
  chart.forEach((c, i) => {
    const barH = (0.18 + 0.1 * i) * h;
    fillRect(f, (0.68 + i * 0.065) * w, 0.78 * h - barH, 0.045 * w, barH, c);
  });
}

function bandTop(f: YuvFrame): number {
  return Math.floor(frameCodeBlock(0, 0, f.width, f.height).y - 0.01 * f.height);
}

function triangle(number: number): number {
  const p = number % SWEEP_FRAMES;
  const half = SWEEP_FRAMES / 2;
  return p < half ? p / half : (SWEEP_FRAMES - p) / half;
}

/** A white box with a red core sweeping across the dark field, so encoders see motion. */
function drawMovingBox(f: YuvFrame, number: number): void {
  const { width: w, height: h } = f;
  const side = 0.18 * h;
  const top = 0.64 * h;
  const x = triangle(number) * (w - side);
  fillRect(f, x, top, side, side, Colour.white);
  fillRect(f, x + side / 4, top + side / 4, side / 2, side / 2, Colour.red);
}

/** A red "laser pointer" dot moving along the text lines of the slide. */
function drawPointer(f: YuvFrame, number: number): void {
  const { width: w, height: h } = f;
  const side = 0.04 * h;
  fillRect(f, 0.08 * w + triangle(number) * 0.5 * w, 0.225 * h, side, side, Colour.red);
}

const cache = new Map<string, PatternRenderer>();
const CACHE_LIMIT = 4;

/**
 * One yuv420p frame of the pattern. Keeps the last few backgrounds so repeated calls only copy;
 * callers rendering a stream can hold their own PatternRenderer instead.
 */
export function renderPatternFrame(spec: PatternSpec & { readonly number: number }): Buffer {
  const key = `${spec.width}x${spec.height}/${spec.family}`;
  let r = cache.get(key);
  if (!r) {
    r = new PatternRenderer({ width: spec.width, height: spec.height, family: spec.family });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, r);
  }
  return r.render(spec.number);
}
