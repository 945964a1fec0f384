import { performance } from "node:perf_hooks";
import { H264Encoder } from "../../adapters/ffmpeg/h264-encoder.js";
import { cachedEntries, startUpCacheDir } from "../../adapters/fs/start-up-cache.js";
import type { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import { FrameFamily } from "../../media/frame-code.js";
import { parsePayloadPack, serialisePayloadPack } from "../../media/payload-pack.js";
import { PatternRenderer } from "../../media/test-pattern.js";
import { packetizeAccessUnit } from "../../protocol/h264/rtp-packetizer.js";
import { ParseError } from "../../protocol/parse-error.js";
import { serializeRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../protocol/rtp/types.js";
import { type EncodedPicture, VideoPayloadLoop } from "../../room/video-payload-loop.js";

/** The room's presentation: 1280x720 slides (frame-code family 1) at 5 fps. */
export const ROOM_SLIDES = { width: 1280, height: 720, fps: 5, seconds: 4, bitrateKbps: 600 } as const;

/**
 * Encodes the slides pattern once (H.264, RFC 6184 packetization mode 1): one keyframe, then
 * predicted pictures, `seconds` long, so the loop restarts on its keyframe. Kept in the start-up
 * cache: later runs read the pictures instead of encoding them.
 */
export async function encodeRoomSlides(ffmpegPath: string): Promise<EncodedPicture[]> {
  const { width, height, fps, seconds, bitrateKbps } = ROOM_SLIDES;
  const renderer = new PatternRenderer({ width, height, family: FrameFamily.slides });
  const count = fps * seconds;
  // The first and last pictures stand for the pattern in the key (rendering all costs as much as
  // the cache saves): a changed pattern is encoded anew.
  const key = ["room-slides", `${width}x${height}@${fps}x${count}`, String(bitrateKbps), ffmpegPath];
  const entries = await cachedEntries(
    [...key, renderer.render(0), renderer.render(count - 1)],
    async () => picturesToEntries(await encodeSlides(ffmpegPath, slidesFrames(renderer, count))),
    startUpCacheDir(),
  );
  return picturesFromEntries(entries) ?? encodeSlides(ffmpegPath, slidesFrames(renderer, count));
}

function slidesFrames(renderer: PatternRenderer, count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, n) => renderer.render(n));
}

async function encodeSlides(ffmpegPath: string, frames: readonly Uint8Array[]): Promise<EncodedPicture[]> {
  const { width, height, fps, bitrateKbps } = ROOM_SLIDES;
  const pictures: EncodedPicture[] = [];
  const errors: string[] = [];
  const encoder = new H264Encoder({
    ffmpegPath,
    width,
    height,
    fps,
    bitrateKbps,
    keyframeInterval: frames.length,
    onAccessUnit: (au) => {
      pictures[au.frameNumber] = {
        payloads: packetizeAccessUnit(au.nals, { packetizationMode: 1 }).map((p) => p.payload),
        keyframe: au.keyframe,
      };
    },
    onError: (e) => errors.push(e.message),
  });
  for (const [n, frame] of frames.entries()) encoder.encode(frame, n);
  await encoder.close();
  const done = pictures.filter((p) => p !== undefined);
  if (done.length === 0 || !done[0]!.keyframe) {
    throw new Error(`encoding the room's slides failed: ${errors[0] ?? "no pictures came out"}`);
  }
  return done;
}

/** Pictures as cache entries: one octet per picture (1: keyframe), then each picture's payloads packed. */
function picturesToEntries(pictures: readonly EncodedPicture[]): Uint8Array[] {
  return [
    Uint8Array.from(pictures, (p) => (p.keyframe ? 1 : 0)),
    ...pictures.map((p) => serialisePayloadPack(p.payloads)),
  ];
}

/** Pictures from cache entries, or undefined when they are not a set of slides. */
function picturesFromEntries(entries: readonly Uint8Array[]): EncodedPicture[] | undefined {
  const [flags, ...packs] = entries;
  if (!flags || flags.length !== packs.length || flags[0] !== 1) return undefined;
  try {
    return packs.map((pack, i) => ({ payloads: parsePayloadPack(pack), keyframe: flags[i] === 1 }));
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}

/** Sends the pre-encoded slides on a call's content stream in real time, looping. */
export class SlidesLoopSender {
  packetsSent = 0;
  octetsSent = 0;
  private readonly loop: VideoPayloadLoop;
  private readonly startedAt = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private seq = Math.floor(Math.random() * 0x8000);
  private readonly tsBase = Math.floor(Math.random() * 0x7fffffff);

  constructor(
    private readonly endpoint: RtpEndpoint,
    pictures: readonly EncodedPicture[],
    private readonly payloadType: number,
    readonly ssrc: number,
  ) {
    this.loop = new VideoPayloadLoop(pictures, ROOM_SLIDES.fps, this.startedAt);
  }

  start(): void {
    const tick = () => {
      for (const p of this.loop.due(performance.now())) {
        const packet = serializeRtpPacket({
          marker: p.marker,
          payloadType: asPayloadType(this.payloadType),
          sequenceNumber: asSequenceNumber(this.seq++ & 0xffff),
          timestamp: asRtpTimestamp((this.tsBase + p.timestampOffset) >>> 0),
          ssrc: asSsrc(this.ssrc),
          csrcs: [],
          payload: p.payload,
          paddingLength: 0,
        });
        this.endpoint.sendRtp(packet);
        this.packetsSent++;
        this.octetsSent += packet.length;
      }
    };
    tick();
    this.timer = setInterval(tick, 40);
  }

  /** The RTP timestamp of this instant, for RTCP SR. */
  rtpTimestampAt(nowMs: number): number {
    return (this.tsBase + Math.round((nowMs - this.startedAt) * 90)) >>> 0;
  }

  requestKeyframe(): void {
    this.loop.requestKeyframe();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
