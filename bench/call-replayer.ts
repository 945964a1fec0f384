import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createReceiveStats, type ReceiveStats } from "../src/media/rtp-stats.js";
import { rtpHeaderLength, serializeRtpPacket } from "../src/protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../src/protocol/rtp/types.js";
import type { BenchCallMedia } from "./bench-call-media.js";
import type { MediaClip } from "./media-clip.js";
import { MirrorLatency } from "./mirror-latency.js";

/** Counters of one replayed call. */
export interface ReplayCounters {
  videoPacketsSent: number;
  audioPacketsSent: number;
  bytesSent: number;
  /** Mirrored video packets received (after SRTP), duplicates included. */
  videoPacketsReceived: number;
  /** Of those, the ones that arrived while the measured window was open. */
  videoPacketsReceivedInWindow: number;
  musicPacketsReceived: number;
  /** Frames not sent because the generator fell more than 3 frames behind its schedule. */
  framesSkipped: number;
}

const AUDIO_PTIME_MS = 20;
const OPUS_TICKS = 960;

/** One call's replay state: what is due next, and what came back. */
class ReplayedCall {
  readonly counters: ReplayCounters = {
    videoPacketsSent: 0,
    audioPacketsSent: 0,
    bytesSent: 0,
    videoPacketsReceived: 0,
    videoPacketsReceivedInWindow: 0,
    musicPacketsReceived: 0,
    framesSkipped: 0,
  };
  readonly latency = new MirrorLatency();
  /** Latencies (ms) of packets that came back while the window was open. */
  readonly latencies: number[] = [];
  readonly stats: ReceiveStats;
  nextFrame = 0;
  nextAudio = 0;
  private videoSeq = randomBytes(2).readUInt16BE(0);
  private audioSeq = randomBytes(2).readUInt16BE(0);
  private readonly videoTs = randomBytes(4).readUInt32BE(0);
  private readonly audioTs = randomBytes(4).readUInt32BE(0);
  private readonly videoPt: number;
  private readonly audioPt: number | undefined;

  constructor(
    readonly media: BenchCallMedia,
    private readonly clip: MediaClip,
    /** When frame 0 and audio packet 0 are due (performance.now() ms). */
    readonly startAt: number,
    private readonly window: { open: boolean },
  ) {
    const s = media.session!;
    this.videoPt = s.video!.codec!.payloadType;
    this.audioPt = s.audio?.codec?.payloadType;
    this.stats = createReceiveStats({ clockRate: (pt) => (pt === this.videoPt ? 90000 : undefined) });
    media.video.onRtp = (packet, info) => this.onMirrored(packet, info.at);
    media.videoMustVerify = () => !this.latency.locked;
    media.audio.onRtp = () => {
      this.counters.musicPacketsReceived++;
    };
  }

  frameDueAt(k: number): number {
    return this.startAt + (k * 1000) / this.clip.fps;
  }

  audioDueAt(j: number): number {
    return this.startAt + j * AUDIO_PTIME_MS;
  }

  sendFrame(k: number): void {
    const frame = this.clip.frames[k % this.clip.frames.length]!;
    const timestamp = asRtpTimestamp((this.videoTs + Math.round((k * 90000) / this.clip.fps)) >>> 0);
    const last = frame.payloads.length - 1;
    for (let i = 0; i <= last; i++) {
      const payload = frame.payloads[i]!;
      const seq = this.videoSeq;
      this.videoSeq = (seq + 1) & 0xffff;
      const packet = serializeRtpPacket({
        marker: i === last,
        payloadType: asPayloadType(this.videoPt),
        sequenceNumber: asSequenceNumber(seq),
        timestamp,
        ssrc: asSsrc(this.media.ssrcs.video),
        csrcs: [],
        payload,
        paddingLength: 0,
      });
      this.media.video.sendRtp(packet);
      this.latency.sent(seq, payload, performance.now());
      this.counters.videoPacketsSent++;
      // SRTP adds the 10-octet HMAC-SHA1-80 tag on the wire.
      this.counters.bytesSent += packet.length + 10;
    }
  }

  sendAudio(j: number): void {
    if (this.audioPt === undefined) return;
    const payload = this.clip.audio[j % this.clip.audio.length]!;
    const packet = serializeRtpPacket({
      marker: j === 0,
      payloadType: asPayloadType(this.audioPt),
      sequenceNumber: asSequenceNumber(this.audioSeq),
      timestamp: asRtpTimestamp((this.audioTs + j * OPUS_TICKS) >>> 0),
      ssrc: asSsrc(this.media.ssrcs.audio),
      csrcs: [],
      payload,
      paddingLength: 0,
    });
    this.audioSeq = (this.audioSeq + 1) & 0xffff;
    this.media.audio.sendRtp(packet);
    this.counters.audioPacketsSent++;
    this.counters.bytesSent += packet.length + 10;
  }

  private onMirrored(packet: Uint8Array, at: number): void {
    this.counters.videoPacketsReceived++;
    if (this.window.open) this.counters.videoPacketsReceivedInWindow++;
    if (packet.length < 12) return;
    const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
    const seq = view.getUint16(2);
    this.stats.record(
      {
        ssrc: view.getUint32(8),
        sequenceNumber: seq,
        timestamp: view.getUint32(4),
        payloadType: packet[1]! & 0x7f,
        size: packet.length,
      },
      at,
    );
    const l = this.latency.received(seq, packet.subarray(rtpHeaderLength(packet)), at);
    if (l !== undefined && this.window.open) this.latencies.push(l);
  }
}

export interface ReplayResult {
  callCount: number;
  counters: ReplayCounters;
  /** Mirrored video packets received once (duplicates removed). */
  uniqueReceived: number;
  /** Mirrored packets lost by sequence number (RFC 3550 A.3, src/media/rtp-stats.ts). */
  lostBySequence: number;
  /** Latencies (ms) of every matched packet, all calls together. */
  latencies: number[];
  /** How late the generator sent frames against its schedule (ms). */
  lateness: number[];
  mismatches: number;
}

/**
 * Replays the clip for every call at real-time pacing from one timer: frame k of a call leaves
 * at its start + k/fps, audio packet j at start + 20 ms·j. Each call starts at a random phase
 * within one frame, as independent cameras do.
 */
export class CallReplayer {
  private readonly calls: ReplayedCall[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly lateness: number[] = [];
  /** Lateness, skipped frames and latency count only while the measured window is open. */
  private readonly window = { open: false };

  constructor(private readonly clip: MediaClip) {}

  /** Adds a call whose media is negotiated; its replay begins within one frame interval. */
  add(media: BenchCallMedia, now: number): void {
    const phase = Math.random() * (1000 / this.clip.fps);
    this.calls.push(new ReplayedCall(media, this.clip, now + phase, this.window));
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(performance.now()), 2);
  }

  /** Opens the measured window (after every call is up). */
  beginWindow(): void {
    this.window.open = true;
  }

  /** Octets sent so far by every call (RTP + SRTP tag). */
  bytesSent(): number {
    let n = 0;
    for (const c of this.calls) n += c.counters.bytesSent;
    return n;
  }

  /** Stops sending; receiving goes on until the endpoints close. */
  stopSending(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.window.open = false;
  }

  result(): ReplayResult {
    const counters: ReplayCounters = {
      videoPacketsSent: 0,
      audioPacketsSent: 0,
      bytesSent: 0,
      videoPacketsReceived: 0,
      videoPacketsReceivedInWindow: 0,
      musicPacketsReceived: 0,
      framesSkipped: 0,
    };
    let lostBySequence = 0;
    let uniqueReceived = 0;
    let mismatches = 0;
    const latencies: number[] = [];
    for (const c of this.calls) {
      for (const k of Object.keys(counters) as (keyof ReplayCounters)[]) counters[k] += c.counters[k];
      for (const s of c.stats.streams()) {
        lostBySequence += s.lost;
        uniqueReceived += s.packets - s.duplicates;
      }
      mismatches += c.latency.mismatches;
      for (const l of c.latencies) latencies.push(l);
    }
    return {
      callCount: this.calls.length,
      counters,
      uniqueReceived,
      lostBySequence,
      latencies,
      lateness: [...this.lateness],
      mismatches,
    };
  }

  private tick(now: number): void {
    for (const c of this.calls) {
      // After a stall, skip frames rather than burst (as VideoSender does): count them.
      const due = Math.floor(((now - c.startAt) * this.clip.fps) / 1000) + 1;
      if (due - c.nextFrame > 3) {
        if (this.window.open) c.counters.framesSkipped += due - 1 - c.nextFrame;
        c.nextFrame = due - 1;
      }
      while (c.nextFrame < due) {
        if (this.window.open) this.lateness.push(now - c.frameDueAt(c.nextFrame));
        c.sendFrame(c.nextFrame++);
      }
      const dueAudio = Math.floor((now - c.startAt) / AUDIO_PTIME_MS) + 1;
      if (dueAudio - c.nextAudio > 5) c.nextAudio = dueAudio - 1;
      while (c.nextAudio < dueAudio) c.sendAudio(c.nextAudio++);
    }
  }
}
