import { encodeAudioPayloads } from "../src/adapters/ffmpeg/audio-encoder.js";
import { type EncodedAccessUnit, H264Encoder } from "../src/adapters/ffmpeg/h264-encoder.js";
import { renderMarkerAudio } from "../src/media/audio/markers.js";
import { FrameFamily } from "../src/media/frame-code.js";
import { PatternRenderer } from "../src/media/test-pattern.js";
import { packetizeAccessUnit } from "../src/protocol/h264/rtp-packetizer.js";

export interface ClipOptions {
  /** Seconds of video and audio (default 10). */
  seconds?: number;
  /** Default 1280×720 at 30 fps, 1500 kbit/s, an IDR every 2 s. */
  width?: number;
  height?: number;
  fps?: number;
  bitrateKbps?: number;
  keyframeInterval?: number;
  /** Largest H.264 RTP payload (default 1200, as the caller sends). */
  mtu?: number;
}

/** One access unit as RTP payloads (RFC 6184 mode 1); the marker goes on the last. */
export interface ClipFrame {
  readonly payloads: readonly Uint8Array[];
  readonly keyframe: boolean;
}

/** Pre-encoded media that the load generator replays for every call. */
export interface MediaClip {
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  readonly frames: readonly ClipFrame[];
  /** Opus payloads, 20 ms each (48 kHz RTP clock). */
  readonly audio: readonly Uint8Array[];
  /** Average video RTP payload rate of the clip, kbit/s. */
  readonly videoKbps: number;
}

/** Frames in flight at once: enough to keep x264 busy without queueing the whole clip in a pipe. */
const IN_FLIGHT = 6;

/**
 * Encodes the test pattern once with the project's H264Encoder (x264 through ffmpeg) and
 * packetizes every access unit, and the marker audio once with Opus.
 */
export async function encodeClip(opts: ClipOptions = {}): Promise<MediaClip> {
  const seconds = opts.seconds ?? 10;
  const width = opts.width ?? 1280;
  const height = opts.height ?? 720;
  const fps = opts.fps ?? 30;
  const mtu = opts.mtu ?? 1200;
  const count = Math.max(1, Math.round(seconds * fps));
  const [frames, audio] = await Promise.all([
    encodeVideo({
      width,
      height,
      fps,
      count,
      bitrateKbps: opts.bitrateKbps ?? 1500,
      keyframeInterval: opts.keyframeInterval ?? fps * 2,
      mtu,
    }),
    encodeAudioPayloads(renderMarkerAudio(48000, seconds), 48000, "opus", 20),
  ]);
  let bytes = 0;
  for (const f of frames) for (const p of f.payloads) bytes += p.length;
  return { fps, width, height, frames, audio, videoKbps: (bytes * 8) / (count / fps) / 1000 };
}

async function encodeVideo(o: {
  width: number;
  height: number;
  fps: number;
  count: number;
  bitrateKbps: number;
  keyframeInterval: number;
  mtu: number;
}): Promise<ClipFrame[]> {
  const renderer = new PatternRenderer({ width: o.width, height: o.height, family: FrameFamily.camera });
  const out: ClipFrame[] = [];
  const errors: string[] = [];
  let wake: (() => void) | undefined;
  const encoder = new H264Encoder({
    width: o.width,
    height: o.height,
    fps: o.fps,
    bitrateKbps: o.bitrateKbps,
    keyframeInterval: o.keyframeInterval,
    onAccessUnit: (au: EncodedAccessUnit) => {
      const payloads = packetizeAccessUnit(au.nals, { packetizationMode: 1, mtu: o.mtu });
      out.push({ payloads: payloads.map((p) => p.payload), keyframe: au.keyframe });
      wake?.();
    },
    onError: (e) => {
      errors.push(e.message);
      wake?.();
    },
  });
  try {
    for (let n = 0; n < o.count; n++) {
      // Bounded: each wait ends with an access unit or an error; 10 s without either is a failure.
      while (n - out.length >= IN_FLIGHT && errors.length === 0) {
        const moved = await new Promise<boolean>((resolve) => {
          const t = setTimeout(() => resolve(false), 10_000);
          wake = () => {
            clearTimeout(t);
            resolve(true);
          };
        });
        wake = undefined;
        if (!moved) throw new Error(`the H.264 encoder stalled after ${out.length} of ${o.count} frames`);
      }
      if (errors.length > 0) throw new Error(`H.264 encoding failed: ${errors[0]}`);
      const frame = renderer.render(n);
      addSensorNoise(frame, o.width, o.height, n);
      encoder.encode(frame, n);
    }
  } finally {
    await encoder.close();
  }
  if (errors.length > 0) throw new Error(`H.264 encoding failed: ${errors[0]}`);
  if (out.length !== o.count) throw new Error(`the H.264 encoder gave ${out.length} of ${o.count} frames`);
  return out;
}

/** Rows at the bottom of the picture that carry noise (see addSensorNoise). */
export const NOISE_ROWS = 96;

/**
 * The test pattern alone compresses to a few hundred kbit/s; a camera's sensor noise is what
 * makes a real 720p call use its whole ~1.5 Mbit/s. Fills the bottom rows of the luma plane with
 * deterministic noise (xorshift32 seeded by the frame number) so x264 spends the bitrate asked for.
 */
export function addSensorNoise(frame: Uint8Array, width: number, height: number, n: number): void {
  let x = (n * 0x9e3779b1) >>> 0 || 1;
  const rows = Math.min(NOISE_ROWS, height);
  for (let i = (height - rows) * width; i < height * width; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    frame[i] = 16 + (x % 220);
  }
}
