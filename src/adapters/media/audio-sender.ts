import { performance } from "node:perf_hooks";
import { PacketTimes } from "../../media/audio/packet-times.js";
import { AudioPayloadLoop } from "../../media/audio-payload-loop.js";
import { serializeRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../protocol/rtp/types.js";
import type { RtpEndpoint } from "./rtp-endpoint.js";

export interface AudioSenderOptions {
  endpoint: RtpEndpoint;
  payloadType: number;
  ssrc: number;
  payloads: readonly Uint8Array[];
  ticksPerPacket: number;
  ptimeMs: number;
  /** At most this many packets at once after a stalled timer (default 5); the rest are skipped. */
  maxBurst?: number;
  /** Keep when each packet went out (the caller's markers, timed against their echo). */
  keepTimes?: boolean;
}

/** Sends pre-encoded audio payloads in a loop, one RTP packet per ptime. */
export class AudioSender {
  packetsSent = 0;
  /** performance.now() of the first packet. */
  startedAt = 0;
  /**
   * With `keepTimes`: when each packet went out, by its place in the payloads played end to end
   * (ms); a packet skipped after a stall has no entry.
   */
  readonly sentTimes: PacketTimes | undefined;
  private timer: NodeJS.Timeout | undefined;
  private seq = Math.floor(Math.random() * 0x8000);
  private readonly tsBase = Math.floor(Math.random() * 0x7fffffff);

  constructor(private readonly opts: AudioSenderOptions) {
    this.sentTimes = opts.keepTimes ? new PacketTimes() : undefined;
  }

  /** How long the payloads last before they play again from the first (ms). */
  get loopMs(): number {
    return this.opts.payloads.length * this.opts.ptimeMs;
  }

  start(): void {
    this.startedAt = performance.now();
    const loop = new AudioPayloadLoop(
      this.opts.payloads,
      this.opts.ticksPerPacket,
      this.opts.ptimeMs,
      this.startedAt,
      this.opts.maxBurst,
    );
    const ticksPerMs = this.opts.ticksPerPacket / this.opts.ptimeMs;
    const tick = () => {
      const now = performance.now();
      for (const p of loop.due(now)) {
        this.sentTimes?.record(p.timestampOffset / ticksPerMs, now);
        this.opts.endpoint.sendRtp(
          serializeRtpPacket({
            marker: p.marker,
            payloadType: asPayloadType(this.opts.payloadType),
            sequenceNumber: asSequenceNumber(this.seq++),
            timestamp: asRtpTimestamp(this.tsBase + p.timestampOffset),
            ssrc: asSsrc(this.opts.ssrc),
            csrcs: [],
            payload: p.payload,
            paddingLength: 0,
          }),
        );
        this.packetsSent++;
        this.octetsSent += p.payload.length;
      }
    };
    tick();
    this.timer = setInterval(tick, Math.max(5, this.opts.ptimeMs / 2));
  }

  /** The RTP timestamp of this instant on our media clock, for RTCP SR (RFC 3550 §6.4.1). */
  rtpTimestampAt(nowMs: number): number {
    const ticksPerMs = this.opts.ticksPerPacket / this.opts.ptimeMs;
    return (this.tsBase + Math.round((nowMs - this.startedAt) * ticksPerMs)) >>> 0;
  }

  octetsSent = 0;

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
