import { performance } from "node:perf_hooks";
import { H264Encoder } from "../../adapters/ffmpeg/h264-encoder.js";
import type { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import { FrameFamily } from "../../media/frame-code.js";
import { PatternRenderer } from "../../media/test-pattern.js";
import { packetizeAccessUnit } from "../../protocol/h264/rtp-packetizer.js";
import { serializeRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../protocol/rtp/types.js";
import { type EncodedPicture, VideoPayloadLoop } from "../../room/video-payload-loop.js";

/** The room's presentation: 1280x720 slides (frame-code family 1) at 5 fps. */
export const ROOM_SLIDES = { width: 1280, height: 720, fps: 5, seconds: 4, bitrateKbps: 600 } as const;

/**
 * Encodes the slides pattern once (H.264, RFC 6184 packetization mode 1): one keyframe, then
 * predicted pictures, `seconds` long, so the loop restarts on its keyframe.
 */
export async function encodeRoomSlides(ffmpegPath: string): Promise<EncodedPicture[]> {
  const { width, height, fps, seconds, bitrateKbps } = ROOM_SLIDES;
  const count = fps * seconds;
  const pictures: EncodedPicture[] = [];
  const errors: string[] = [];
  const encoder = new H264Encoder({
    ffmpegPath,
    width,
    height,
    fps,
    bitrateKbps,
    keyframeInterval: count,
    onAccessUnit: (au) => {
      pictures[au.frameNumber] = {
        payloads: packetizeAccessUnit(au.nals, { packetizationMode: 1 }).map((p) => p.payload),
        keyframe: au.keyframe,
      };
    },
    onError: (e) => errors.push(e.message),
  });
  const renderer = new PatternRenderer({ width, height, family: FrameFamily.slides });
  for (let n = 0; n < count; n++) encoder.encode(renderer.render(n), n);
  await encoder.close();
  const done = pictures.filter((p) => p !== undefined);
  if (done.length === 0 || !done[0]!.keyframe) {
    throw new Error(`encoding the room's slides failed: ${errors[0] ?? "no pictures came out"}`);
  }
  return done;
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
