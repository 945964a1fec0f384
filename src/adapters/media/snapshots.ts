import { PNG } from "pngjs";
import { type PatternSpec, renderPatternFrame } from "../../media/test-pattern.js";
import type { Snapshots } from "../../report/model.js";
import { decodeSnapshotPng } from "../ffmpeg/video-decoder.js";

export interface SnapshotSources {
  /** The test pattern we sent, and which frame of it to draw. */
  readonly sent?: PatternSpec & { readonly number: number };
  /** VideoReceiver.lastGop() of the main video once the mirror window has ended. */
  readonly mirroredGop?: Uint8Array | undefined;
  /** VideoReceiver.lastGop() taken while the slides were shown (or of the slides receiver). */
  readonly presentationGop?: Uint8Array | undefined;
  /** Size of the pictures; default 640x360. */
  readonly size?: { readonly width: number; readonly height: number };
  readonly ffmpegPath?: string;
}

export interface SnapshotResult {
  readonly snapshots: Snapshots;
  /** Why a picture is missing, one line each ("mirrored: no picture decoded"). */
  readonly errors: string[];
}

/** BT.601 limited range to 8-bit RGB. */
function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

/** A yuv420p frame as PNG, scaled to `size` by nearest neighbour. */
export function yuvToPng(
  yuv: Uint8Array,
  width: number,
  height: number,
  size: { width: number; height: number },
): Buffer {
  const png = new PNG({ width: size.width, height: size.height });
  const uBase = width * height;
  const vBase = uBase + (width / 2) * (height / 2);
  for (let y = 0; y < size.height; y++) {
    const sy = Math.min(height - 1, Math.floor((y * height) / size.height));
    for (let x = 0; x < size.width; x++) {
      const sx = Math.min(width - 1, Math.floor((x * width) / size.width));
      const c = 1.164 * (yuv[sy * width + sx]! - 16);
      const ci = (sy >> 1) * (width / 2) + (sx >> 1);
      const d = yuv[uBase + ci]! - 128;
      const e = yuv[vBase + ci]! - 128;
      const o = (y * size.width + x) * 4;
      png.data[o] = clamp(c + 1.596 * e);
      png.data[o + 1] = clamp(c - 0.392 * d - 0.813 * e);
      png.data[o + 2] = clamp(c + 2.017 * d);
      png.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/**
 * The report's pictures: the frame we sent drawn from the pattern, and the last decoded frame of
 * the mirrored and the presentation video (ffmpeg decodes each GOP, the last picture is kept).
 * A picture that cannot be made is left out and its reason listed; this never throws.
 */
export async function makeSnapshots(src: SnapshotSources): Promise<SnapshotResult> {
  const size = src.size ?? { width: 640, height: 360 };
  const snapshots: Snapshots = {};
  const errors: string[] = [];
  if (src.sent) {
    try {
      const yuv = renderPatternFrame(src.sent);
      snapshots.sent = yuvToPng(yuv, src.sent.width, src.sent.height, size).toString("base64");
    } catch (e) {
      errors.push(`sent: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const [key, gop] of [
    ["mirrored", src.mirroredGop],
    ["presentation", src.presentationGop],
  ] as const) {
    if (!gop || gop.length === 0) continue;
    try {
      const png = await decodeSnapshotPng(gop, {
        ...size,
        ...(src.ffmpegPath ? { ffmpegPath: src.ffmpegPath } : {}),
      });
      snapshots[key] = png.toString("base64");
    } catch (e) {
      errors.push(`${key}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    }
  }
  return { snapshots, errors };
}
