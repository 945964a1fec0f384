import { fillRect, type YuvColour, type YuvFrame } from "./yuv-frame.js";

// A 3x5 pixel font for digits, so the pattern needs no font files. Each row is 3 bits, MSB left.
const GLYPHS: Record<string, readonly number[]> = {
  "0": [7, 5, 5, 5, 7],
  "1": [2, 6, 2, 2, 7],
  "2": [7, 1, 7, 4, 7],
  "3": [7, 1, 7, 1, 7],
  "4": [5, 5, 7, 1, 1],
  "5": [7, 4, 7, 1, 7],
  "6": [7, 4, 7, 5, 7],
  "7": [7, 1, 2, 2, 2],
  "8": [7, 5, 7, 5, 7],
  "9": [7, 5, 7, 1, 7],
  "-": [0, 0, 7, 0, 0],
  " ": [0, 0, 0, 0, 0],
};

/** Width in pixels of `text` drawn at `scale` (each glyph 3 cells plus 1 cell of spacing). */
export function textWidth(text: string, scale: number): number {
  return Math.max(0, text.length * 4 - 1) * scale;
}

/** Draws digits, '-' and spaces with their top-left corner at (x, y); other characters are skipped. */
export function drawText(
  frame: YuvFrame,
  text: string,
  x: number,
  y: number,
  scale: number,
  c: YuvColour,
): void {
  let cx = x;
  for (const ch of text) {
    const glyph = GLYPHS[ch];
    if (glyph) {
      for (let row = 0; row < 5; row++) {
        for (let col = 0; col < 3; col++) {
          if ((glyph[row]! >> (2 - col)) & 1)
            fillRect(frame, cx + col * scale, y + row * scale, scale, scale, c);
        }
      }
    }
    cx += 4 * scale;
  }
}
