import { fillLuma, fillRect, type YuvFrame } from "./video/yuv-frame.js";

/**
 * A machine-readable code in every picture we send, read back from the picture the far end
 * returns. It must survive scaling to a quarter of the area and re-encoding at 256 kbit/s, so it
 * is made of large black/white blocks whose positions are fractions of the picture size.
 *
 * Layout: a band of 2 rows x 16 columns near the bottom edge.
 *
 *   row 0: [W] d0  d1  ... d13 [B]      W/B: reference white/black blocks for the threshold
 *   row 1: [B] d14 d15 ... d27 [W]      d0..d27: data bits, white = 1, MSB first
 *
 * Data (28 bits): family u(4) | frame number u(16) | CRC-8 u(8) over the 20 bits before it
 * (polynomial x^8+x^2+x+1, as bytes [family, number >> 8, number & 0xff]). CRC-8 with this
 * polynomial detects every error of up to 3 bits in this length, and a read whose blocks are
 * not clearly black or white is rejected before the CRC is even tried.
 */
export interface FrameCode {
  /** 0..15: which stream the picture belongs to (see FrameFamily). */
  readonly family: number;
  /** 0..65535: frame counter, wrapping. */
  readonly number: number;
}

export const FrameFamily = { camera: 0, slides: 1 } as const;

export const FRAME_CODE_COLUMNS = 16;
export const FRAME_CODE_ROWS = 2;
const DATA_BITS = 28;
/** Band geometry as fractions of the picture. */
const BAND = { left: 1 / 32, right: 31 / 32, rowHeight: 1 / 18, bottomMargin: 1 / 72 } as const;
const LUMA_BLACK = 16;
const LUMA_WHITE = 235;
/** Least white-minus-black difference for a readable code (out of 255). */
const MIN_CONTRAST = 40;
/** Each block must sit at least this fraction of the contrast away from the threshold. */
const MARGIN = 0.2;

/** CRC-8, polynomial 0x07, initial value 0. */
export function crc8(bytes: readonly number[]): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b & 0xff;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function checkCode(code: FrameCode): void {
  if (!Number.isInteger(code.family) || code.family < 0 || code.family > 15) {
    throw new RangeError(`frame code family must be 0..15, got ${code.family}`);
  }
  if (!Number.isInteger(code.number) || code.number < 0 || code.number > 0xffff) {
    throw new RangeError(`frame code number must be 0..65535, got ${code.number}`);
  }
}

/** The 28 data bits of a code, MSB first. */
export function frameCodeBits(code: FrameCode): number[] {
  checkCode(code);
  const crc = crc8([code.family, code.number >> 8, code.number & 0xff]);
  const value = code.family * 2 ** 24 + code.number * 2 ** 8 + crc;
  return Array.from({ length: DATA_BITS }, (_, i) => Math.floor(value / 2 ** (DATA_BITS - 1 - i)) % 2);
}

/** Decodes 28 bits; undefined when the CRC does not match. */
export function frameCodeFromBits(bits: readonly number[]): FrameCode | undefined {
  if (bits.length !== DATA_BITS) return undefined;
  const value = bits.reduce((v, b) => v * 2 + (b ? 1 : 0), 0);
  const family = Math.floor(value / 2 ** 24);
  const number = Math.floor(value / 2 ** 8) % 0x10000;
  const crc = value % 256;
  return crc8([family, number >> 8, number & 0xff]) === crc ? { family, number } : undefined;
}

/** Pixel rectangle of block (row, col) in a picture of the given size. */
export function frameCodeBlock(
  row: number,
  col: number,
  width: number,
  height: number,
): { x: number; y: number; w: number; h: number } {
  const top = 1 - BAND.bottomMargin - FRAME_CODE_ROWS * BAND.rowHeight;
  const x0 = BAND.left * width;
  const bw = ((BAND.right - BAND.left) * width) / FRAME_CODE_COLUMNS;
  const y0 = (top + row * BAND.rowHeight) * height;
  return { x: x0 + col * bw, y: y0, w: bw, h: BAND.rowHeight * height };
}

/** The bit (1 white, 0 black) every block shows for `code`: reference blocks at both ends of each row. */
function blockValues(code: FrameCode): number[][] {
  const bits = frameCodeBits(code);
  const perRow = FRAME_CODE_COLUMNS - 2;
  return [
    [1, ...bits.slice(0, perRow), 0],
    [0, ...bits.slice(perRow), 1],
  ];
}

/** Draws the code band into a yuv420p frame (luma blocks; neutral chroma so colour cannot bleed in). */
export function drawFrameCode(frame: YuvFrame, code: FrameCode): void {
  const values = blockValues(code);
  const first = frameCodeBlock(0, 0, frame.width, frame.height);
  const last = frameCodeBlock(FRAME_CODE_ROWS - 1, FRAME_CODE_COLUMNS - 1, frame.width, frame.height);
  fillRect(frame, first.x, first.y, last.x + last.w - first.x, last.y + last.h - first.y, {
    y: LUMA_BLACK,
    u: 128,
    v: 128,
  });
  for (let r = 0; r < FRAME_CODE_ROWS; r++) {
    for (let c = 0; c < FRAME_CODE_COLUMNS; c++) {
      if (values[r]![c] !== 1) continue;
      const b = frameCodeBlock(r, c, frame.width, frame.height);
      fillLuma(frame, b.x, b.y, b.w, b.h, LUMA_WHITE);
    }
  }
}

/** Mean luma of the central half (each way) of a block: edges blur and ring after scaling. */
function sampleBlock(
  luma: Uint8Array,
  stride: number,
  b: { x: number; y: number; w: number; h: number },
): number {
  const x0 = Math.floor(b.x + b.w / 4);
  const x1 = Math.max(x0 + 1, Math.ceil(b.x + (3 * b.w) / 4));
  const y0 = Math.floor(b.y + b.h / 4);
  const y1 = Math.max(y0 + 1, Math.ceil(b.y + (3 * b.h) / 4));
  let sum = 0;
  for (let y = y0; y < y1; y++) {
    const base = y * stride;
    for (let x = x0; x < x1; x++) sum += luma[base + x]!;
  }
  return sum / ((x1 - x0) * (y1 - y0));
}

/**
 * Reads the code from a luma plane of any size (8-bit, `stride` bytes per row).
 * Returns undefined unless the reference blocks give enough contrast, every block is clearly
 * black or white, and the CRC matches: a damaged picture is rejected, never misread.
 */
export function readFrameCode(
  luma: Uint8Array,
  width: number,
  height: number,
  stride = width,
): FrameCode | undefined {
  if (width < FRAME_CODE_COLUMNS * 2 || height < 36 || luma.length < stride * (height - 1) + width)
    return undefined;
  const levels = Array.from({ length: FRAME_CODE_ROWS }, (_, r) =>
    Array.from({ length: FRAME_CODE_COLUMNS }, (_, c) =>
      sampleBlock(luma, stride, frameCodeBlock(r, c, width, height)),
    ),
  );
  const last = FRAME_CODE_COLUMNS - 1;
  const whites = [levels[0]![0]!, levels[1]![last]!];
  const blacks = [levels[0]![last]!, levels[1]![0]!];
  const white = (whites[0]! + whites[1]!) / 2;
  const black = (blacks[0]! + blacks[1]!) / 2;
  const contrast = white - black;
  if (contrast < MIN_CONTRAST) return undefined;
  const threshold = (white + black) / 2;
  const margin = MARGIN * contrast;
  if (whites.some((w) => w < threshold + margin) || blacks.some((b) => b > threshold - margin))
    return undefined;
  const bits: number[] = [];
  for (const row of levels) {
    for (const v of row.slice(1, last)) {
      if (Math.abs(v - threshold) < margin) return undefined;
      bits.push(v > threshold ? 1 : 0);
    }
  }
  return frameCodeFromBits(bits);
}
