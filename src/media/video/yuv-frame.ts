/**
 * One picture in yuv420p (I420): the Y plane (width x height), then U and V at half width and
 * half height. Width and height are even. Values are limited range (BT.601): Y 16..235.
 */
export interface YuvFrame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface YuvColour {
  readonly y: number;
  readonly u: number;
  readonly v: number;
}

/** BT.601 limited-range colours used by the test pattern (75% colour bars, EBU order). */
export const Colour = {
  black: { y: 16, u: 128, v: 128 },
  white: { y: 235, u: 128, v: 128 },
  grey75: { y: 180, u: 128, v: 128 },
  darkGrey: { y: 40, u: 128, v: 128 },
  yellow: { y: 162, u: 44, v: 142 },
  cyan: { y: 131, u: 156, v: 44 },
  green: { y: 112, u: 72, v: 58 },
  magenta: { y: 84, u: 184, v: 198 },
  red: { y: 65, u: 100, v: 212 },
  blue: { y: 35, u: 212, v: 114 },
  navy: { y: 40, u: 170, v: 120 },
  slideGrey: { y: 110, u: 128, v: 128 },
} as const satisfies Record<string, YuvColour>;

export function yuv420Size(width: number, height: number): number {
  return width * height + 2 * (width / 2) * (height / 2);
}

export function assertYuvDimensions(width: number, height: number): void {
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 2 ||
    height < 2 ||
    width % 2 ||
    height % 2
  ) {
    throw new RangeError(`yuv420p needs even width and height ≥ 2, got ${width}x${height}`);
  }
}

export function blankFrame(width: number, height: number, colour: YuvColour = Colour.black): YuvFrame {
  assertYuvDimensions(width, height);
  const frame = { width, height, data: new Uint8Array(yuv420Size(width, height)) };
  fillRect(frame, 0, 0, width, height, colour);
  return frame;
}

/** Fills a rectangle (pixels, clipped to the frame); chroma covers the 2x2 blocks it touches. */
export function fillRect(frame: YuvFrame, x: number, y: number, w: number, h: number, c: YuvColour): void {
  const { width, height, data } = frame;
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(width, Math.round(x + w));
  const y1 = Math.min(height, Math.round(y + h));
  if (x1 <= x0 || y1 <= y0) return;
  for (let row = y0; row < y1; row++) data.fill(c.y, row * width + x0, row * width + x1);
  const cw = width / 2;
  const uBase = width * height;
  const vBase = uBase + cw * (height / 2);
  const cx0 = x0 >> 1;
  const cx1 = (x1 + 1) >> 1;
  for (let row = y0 >> 1; row < (y1 + 1) >> 1; row++) {
    data.fill(c.u, uBase + row * cw + cx0, uBase + row * cw + cx1);
    data.fill(c.v, vBase + row * cw + cx0, vBase + row * cw + cx1);
  }
}

/** Fills a rectangle of the Y plane only. */
export function fillLuma(frame: YuvFrame, x: number, y: number, w: number, h: number, luma: number): void {
  const { width, height, data } = frame;
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(width, Math.round(x + w));
  const y1 = Math.min(height, Math.round(y + h));
  for (let row = y0; row < y1; row++) data.fill(luma, row * width + x0, row * width + x1);
}
