import { performance } from "node:perf_hooks";
import type { FarEndBreak, SentFrame } from "../../media/mirror-analysis.js";
import { PatternRenderer } from "../../media/test-pattern.js";
import { packetizeAccessUnit } from "../../protocol/h264/rtp-packetizer.js";
import { serializeRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../protocol/rtp/types.js";
import { type EncodedAccessUnit, H264Encoder } from "../ffmpeg/h264-encoder.js";
import type { RtpEndpoint } from "./rtp-endpoint.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface VideoSenderOptions {
  endpoint: RtpEndpoint;
  payloadType: number;
  ssrc: number;
  width: number;
  height: number;
  fps: number;
  bitrateKbps: number;
  /** FrameFamily of the pattern: 0 camera, 1 slides. */
  family: number;
  packetizationMode: 0 | 1;
  ffmpegPath: string;
  mtu?: number;
}

export interface VideoSenderStats {
  framesEncoded: number;
  keyframes: number;
  packetsSent: number;
  bytesSent: number;
  encodeErrors: string[];
  keyframeRequests: number;
  keyframeLatencyMs: number[];
}

/**
 * Sends our test pattern as H.264 over RTP: renders a frame every 1/fps, has ffmpeg encode it,
 * packetizes each access unit (RFC 6184) and sends it. Records when each frame left, for the
 * mirror's round trip.
 */
export class VideoSender {
  readonly sent: SentFrame[] = [];
  /** The far end's keyframe requests and when our next keyframe left (bounded: 256 kept). */
  readonly farEndBreaks: Mutable<FarEndBreak>[] = [];
  readonly stats: VideoSenderStats = {
    framesEncoded: 0,
    keyframes: 0,
    packetsSent: 0,
    bytesSent: 0,
    encodeErrors: [],
    keyframeRequests: 0,
    keyframeLatencyMs: [],
  };
  private readonly encoder: H264Encoder;
  private readonly renderer: PatternRenderer;
  private timer: NodeJS.Timeout | undefined;
  private startedAt = 0;
  private nextFrame = 0;
  private seq = Math.floor(Math.random() * 0x8000);
  private readonly tsBase = Math.floor(Math.random() * 0x7fffffff);

  constructor(private readonly opts: VideoSenderOptions) {
    this.renderer = new PatternRenderer({ width: opts.width, height: opts.height, family: opts.family });
    this.encoder = new H264Encoder({
      ffmpegPath: opts.ffmpegPath,
      width: opts.width,
      height: opts.height,
      fps: opts.fps,
      bitrateKbps: opts.bitrateKbps,
      keyframeInterval: opts.fps * 2,
      ...(opts.packetizationMode === 0 ? { maxSliceBytes: (opts.mtu ?? 1200) - 100 } : {}),
      onAccessUnit: (au) => this.send(au),
      onError: (e) => this.stats.encodeErrors.push(e.message),
    });
  }

  start(): void {
    this.startedAt = performance.now();
    const interval = 1000 / this.opts.fps;
    const tick = () => {
      const due = Math.floor((performance.now() - this.startedAt) / interval) + 1;
      // After a stall, skip frames rather than burst: real cameras drop frames too.
      if (due - this.nextFrame > 3) this.nextFrame = due - 1;
      while (this.nextFrame < due) {
        const n = this.nextFrame++;
        this.encoder.encode(this.renderer.render(n), n);
      }
    };
    tick();
    this.timer = setInterval(tick, Math.max(4, Math.floor(interval / 3)));
  }

  /** The RTP timestamp of this instant on our media clock, for RTCP SR (RFC 3550 §6.4.1). */
  rtpTimestampAt(nowMs: number): number {
    return (this.tsBase + Math.round((nowMs - this.startedAt) * 90)) >>> 0;
  }

  /** Answer to RTCP PLI (RFC 4585 §6.3.1) or FIR (RFC 5104 §4.3.1). */
  requestKeyframe(): void {
    this.stats.keyframeRequests++;
    if (this.farEndBreaks.length < 256)
      this.farEndBreaks.push({ requestedAtMs: performance.now(), repairedAtMs: undefined });
    this.encoder.requestKeyframe();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.encoder.close();
    this.stats.keyframeLatencyMs = this.encoder.keyframeRequests.map((k) => Math.round(k.latencyMs));
  }

  private send(au: EncodedAccessUnit): void {
    const o = this.opts;
    const timestamp = asRtpTimestamp(this.tsBase + Math.round((au.frameNumber * 90000) / o.fps));
    let payloads: ReturnType<typeof packetizeAccessUnit>;
    try {
      payloads = packetizeAccessUnit(au.nals, { packetizationMode: o.packetizationMode, mtu: o.mtu ?? 1200 });
    } catch (e) {
      this.stats.encodeErrors.push(e instanceof Error ? e.message : String(e));
      return;
    }
    const atMs = performance.now();
    this.sent.push({ number: au.frameNumber, atMs });
    this.stats.framesEncoded++;
    if (au.keyframe) {
      this.stats.keyframes++;
      for (const b of this.farEndBreaks) b.repairedAtMs ??= atMs;
    }
    for (const p of payloads) {
      const packet = serializeRtpPacket({
        marker: p.marker,
        payloadType: asPayloadType(o.payloadType),
        sequenceNumber: asSequenceNumber(this.seq++),
        timestamp,
        ssrc: asSsrc(o.ssrc),
        csrcs: [],
        payload: p.payload,
        paddingLength: 0,
      });
      o.endpoint.sendRtp(packet);
      this.stats.packetsSent++;
      this.stats.bytesSent += packet.length;
    }
  }
}
