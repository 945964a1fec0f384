import { performance } from "node:perf_hooks";
import { PNG } from "pngjs";
import { joinAnnexB, splitAnnexB } from "../../protocol/h264/annex-b.js";
import { NalType, nalType } from "../../protocol/h264/nal-unit.js";
import { parseSps } from "../../protocol/h264/sps.js";
import { ParseError } from "../../protocol/parse-error.js";
import { FfmpegProcess, FfmpegProcessError, runFfmpeg } from "./process.js";
import { resolveFfmpeg } from "./resolve.js";

export interface VideoDecoderOptions {
  /** ffmpeg binary. Default: resolveFfmpeg(). */
  readonly ffmpegPath?: string;
  /** Size every decoded picture is scaled to for analysis. Default 480x270. */
  readonly analysisWidth?: number;
  readonly analysisHeight?: number;
  readonly onFrame: (frame: DecodedLumaFrame) => void;
  readonly onError?: (error: FfmpegProcessError) => void;
}

export interface DecodedLumaFrame {
  /** 8-bit luma, analysisWidth x analysisHeight, no padding. */
  readonly luma: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Picture size from the latest SPS received (undefined before any SPS). */
  readonly codedWidth: number | undefined;
  readonly codedHeight: number | undefined;
  /** performance.now() when the frame came out of ffmpeg. */
  readonly decodedAt: number;
  /** 0, 1, 2, ... in output order. */
  readonly index: number;
}

// An access unit delimiter (H.264 §7.3.2.4, primary_pic_type 7 = any slice type).
const AUD = Uint8Array.of(NalType.aud, 0xf0);

/**
 * Annex B access units in → decoded pictures out as a luma plane at a fixed analysis size.
 *
 * Latency: ffmpeg's h264 parser only knows a picture is complete when the next one starts, which
 * holds every picture back by one frame interval. Each access unit is therefore followed by an
 * access unit delimiter, which ends it at once. Probing is cut to the minimum (default probing
 * waits seconds), frame threading is off (-threads 1 adds no queue) and low_delay is set.
 * A picture that fails to decode simply produces no output; nothing waits for it.
 */
export class VideoDecoder {
  readonly width: number;
  readonly height: number;
  private readonly proc: FfmpegProcess;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index = 0;
  private coded: { width: number; height: number } | undefined;

  constructor(private readonly options: VideoDecoderOptions) {
    this.width = options.analysisWidth ?? 480;
    this.height = options.analysisHeight ?? 270;
    const path = options.ffmpegPath ?? resolveFfmpeg().path;
    this.proc = new FfmpegProcess(path, [
      ...["-hide_banner", "-loglevel", "error", "-nostats"],
      ...["-probesize", "4096", "-analyzeduration", "0", "-flags", "low_delay", "-threads", "1"],
      ...["-f", "h264", "-i", "pipe:0", "-an"],
      ...["-vf", `scale=${this.width}:${this.height},format=gray`, "-vsync", "0"],
      ...["-f", "rawvideo", "-pix_fmt", "gray", "-flush_packets", "1", "pipe:1"],
    ]);
    this.proc.stdout.on("data", (chunk: Buffer) => this.onData(chunk));
    void this.proc.exited.then((exit) => {
      if (exit.error) options.onError?.(exit.error);
    });
  }

  /** Frames decoded so far. */
  get framesOut(): number {
    return this.index;
  }

  /** Feeds one access unit (Annex B). */
  decode(annexB: Uint8Array): void {
    const nals = splitAnnexB(annexB).filter((n) => nalType(n) !== NalType.aud);
    for (const n of nals) {
      if (nalType(n) !== NalType.sps) continue;
      try {
        const sps = parseSps(n);
        this.coded = { width: sps.width, height: sps.height };
      } catch (e) {
        if (!(e instanceof ParseError)) throw e; // a broken SPS leaves the last good size in place
      }
    }
    if (nals.length > 0) this.proc.write(joinAnnexB([...nals, AUD]));
  }

  /** Stops ffmpeg (frames still inside are dropped after a short grace period). */
  async close(): Promise<void> {
    await this.proc.close(500);
  }

  private onData(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    const size = this.width * this.height;
    if (this.pendingBytes < size) return;
    const now = performance.now();
    let all = Buffer.concat(this.pending);
    while (all.length >= size) {
      this.options.onFrame({
        luma: all.subarray(0, size),
        width: this.width,
        height: this.height,
        codedWidth: this.coded?.width,
        codedHeight: this.coded?.height,
        decodedAt: now,
        index: this.index++,
      });
      all = all.subarray(size);
    }
    this.pending = all.length > 0 ? [Buffer.from(all)] : [];
    this.pendingBytes = all.length;
  }
}

/**
 * Decodes a short Annex B stream (it should start at a keyframe) and returns its last picture as
 * a PNG of the given size, for report snapshots. An occasional, separate ffmpeg run.
 */
export async function decodeSnapshotPng(
  annexB: Uint8Array,
  options: { ffmpegPath?: string; width?: number; height?: number } = {},
): Promise<Buffer> {
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const args = [
    ...["-hide_banner", "-loglevel", "error", "-f", "h264", "-i", "pipe:0", "-an"],
    ...["-vf", `scale=${width}:${height}`, "-vsync", "0", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
  ];
  const path = options.ffmpegPath ?? resolveFfmpeg().path;
  const raw = await runFfmpeg(path, args, { input: annexB, timeoutMs: 20_000 });
  const frameSize = width * height * 3;
  const frames = Math.floor(raw.length / frameSize);
  if (frames === 0) {
    throw new FfmpegProcessError([path, ...args].join(" "), 0, null, "", new Error("no picture decoded"));
  }
  const rgb = raw.subarray((frames - 1) * frameSize, frames * frameSize);
  const png = new PNG({ width, height });
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    png.data[j] = rgb[i]!;
    png.data[j + 1] = rgb[i + 1]!;
    png.data[j + 2] = rgb[i + 2]!;
    png.data[j + 3] = 255;
  }
  return PNG.sync.write(png);
}
