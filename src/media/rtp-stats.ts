import { tryParseRtpPacket } from "../protocol/rtp/rtp-packet.js";
import {
  createSequenceUnwrapper,
  createTimestampUnwrapper,
  type SequenceUnwrapper,
  seqDelta,
  type TimestampUnwrapper,
} from "../protocol/rtp/sequence.js";

/** What the statistics need from one received RTP packet. */
export interface RtpArrival {
  readonly ssrc: number;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly payloadType: number;
  /** Octets counted for bitrate (the whole RTP packet as received). */
  readonly size: number;
  /** The RTP marker bit (RFC 3550 §5.1): in video it ends each frame. */
  readonly marker?: boolean;
}

export interface SecondBucket {
  /** floor(arrivalMs / 1000). */
  readonly second: number;
  readonly packets: number;
  readonly bytes: number;
  readonly bitsPerSecond: number;
}

export interface Change {
  readonly atMs: number;
  readonly from: number;
  readonly to: number;
}

/** Receive statistics of one SSRC (RFC 3550 A.1, A.3, A.8). */
export interface StreamStats {
  readonly ssrc: number;
  readonly payloadType: number;
  /** Packets received, duplicates included (RFC 3550 A.3 "received"). */
  readonly packets: number;
  readonly bytes: number;
  readonly duplicates: number;
  /** Packets that arrived after a higher sequence number (late, not duplicate). */
  readonly reordered: number;
  /** RFC 3550 A.3: extended highest - base + 1, summed over sequence restarts. */
  readonly expected: number;
  /** expected - (packets - duplicates), never below 0. */
  readonly lost: number;
  /** lost / expected, 0..1. */
  readonly lossFraction: number;
  /** Times the sender's sequence jumped and restarted (RFC 3550 A.1 resynchronisation). */
  readonly sequenceRestarts: number;
  readonly highestSequence: number;
  /**
   * RFC 3550 A.8 interarrival jitter in timestamp units, after the last packet; undefined without a
   * known clock rate. Every in-sequence packet counts, including the several packets of one video
   * frame that share a timestamp (their spread in arrival is part of the jitter, as A.8 defines it).
   */
  readonly jitter: number | undefined;
  readonly jitterMs: number | undefined;
  /**
   * The highest jitter after any packet. Wireshark's "Max Jitter" (`tshark -z rtp,streams`) runs
   * the same estimator but takes its maximum only over packets without the marker bit, so for
   * video, where the marker ends every frame, it samples only the first packets of multi-packet
   * frames and reads lower; for audio the two agree.
   */
  readonly maxJitterMs: number | undefined;
  /**
   * The highest jitter after a packet without the marker bit: Wireshark's "Max Jitter" as its RTP
   * Streams window and `tshark -z rtp,streams` print it (ui/tap-rtp-analysis.c), so that a figure
   * from a capture can be set beside Wireshark's as it is.
   */
  readonly wiresharkMaxJitterMs: number | undefined;
  readonly clockRate: number | undefined;
  readonly firstArrivalMs: number;
  readonly lastArrivalMs: number;
  readonly perSecond: readonly SecondBucket[];
  readonly payloadTypeChanges: readonly Change[];
}

export interface ReceiveStatsOptions {
  /**
   * Clock rate of a payload type as negotiated (90000 for H.264, 48000 for Opus, 8000 for G.722).
   * While it answers undefined for a stream's payload type it is asked again at each packet, so a
   * rate learnt later (an SDP seen after the first packets) starts the jitter from then on.
   */
  readonly clockRate: (payloadType: number) => number | undefined;
  /** Sequence numbers remembered for duplicate detection; default 1024. */
  readonly duplicateWindow?: number;
}

export interface ReceiveStats {
  /** Records one packet; `arrivalMs` is the receive time on any monotonic millisecond clock. */
  record(packet: RtpArrival, arrivalMs: number): void;
  /** Parses and records raw RTP bytes; returns false (and records nothing) when they are not RTP. */
  recordBytes(packet: Uint8Array, arrivalMs: number): boolean;
  stream(ssrc: number): StreamStats | undefined;
  streams(): StreamStats[];
  /** Each time a packet's SSRC differs from the previous packet's. */
  ssrcChanges(): readonly Change[];
}

/** RFC 3550 A.1 constants. */
const MAX_DROPOUT = 3000;
const MAX_MISORDER = 100;

interface Stream {
  ssrc: number;
  payloadType: number;
  packets: number;
  bytes: number;
  duplicates: number;
  reordered: number;
  restarts: number;
  expectedBefore: number;
  unwrap: SequenceUnwrapper;
  lowest: number;
  highest: number;
  badSeq: number | undefined;
  seen: Float64Array;
  tsUnwrap: TimestampUnwrapper;
  clockRate: number | undefined;
  lastTransit: number | undefined;
  jitter: number;
  maxJitter: number;
  maxJitterUnmarked: number;
  firstArrivalMs: number;
  lastArrivalMs: number;
  seconds: Map<number, { packets: number; bytes: number }>;
  ptChanges: Change[];
}

export function createReceiveStats(opts: ReceiveStatsOptions): ReceiveStats {
  const window = opts.duplicateWindow ?? 1024;
  const streams = new Map<number, Stream>();
  const ssrcChanges: Change[] = [];
  let lastSsrc: number | undefined;

  function newStream(p: RtpArrival, now: number): Stream {
    const unwrap = createSequenceUnwrapper();
    const ext = unwrap.unwrap(p.sequenceNumber);
    return {
      ssrc: p.ssrc,
      payloadType: p.payloadType,
      packets: 0,
      bytes: 0,
      duplicates: 0,
      reordered: 0,
      restarts: 0,
      expectedBefore: 0,
      unwrap,
      lowest: ext,
      highest: ext,
      badSeq: undefined,
      seen: new Float64Array(window).fill(-1),
      tsUnwrap: createTimestampUnwrapper(),
      clockRate: opts.clockRate(p.payloadType),
      lastTransit: undefined,
      jitter: 0,
      maxJitter: 0,
      maxJitterUnmarked: 0,
      firstArrivalMs: now,
      lastArrivalMs: now,
      seconds: new Map(),
      ptChanges: [],
    };
  }

  /** RFC 3550 A.1: returns the extended sequence number, or undefined for a packet treated as "bad". */
  function sequence(s: Stream, seq: number): number | undefined {
    const d = seqDelta(seq, s.highest & 0xffff);
    if (d <= MAX_DROPOUT && d >= -MAX_MISORDER) {
      s.badSeq = undefined;
      return s.unwrap.unwrap(seq);
    }
    if (s.badSeq === seq) {
      // Two sequential packets after a jump: the source restarted; count what came before.
      s.expectedBefore += s.highest - s.lowest + 1;
      s.restarts++;
      s.unwrap = createSequenceUnwrapper();
      s.unwrap.unwrap((seq - 1) & 0xffff);
      const ext = s.unwrap.unwrap(seq);
      s.lowest = ext - 1;
      s.highest = ext - 1;
      s.seen.fill(-1);
      s.seen[(ext - 1) % window] = ext - 1;
      s.badSeq = undefined;
      return ext;
    }
    s.badSeq = (seq + 1) & 0xffff;
    return undefined;
  }

  function jitter(s: Stream, p: RtpArrival, now: number): void {
    if (s.clockRate === undefined) return;
    // RFC 3550 A.8: transit = arrival (in timestamp units) - RTP timestamp; J += (|D| - J) / 16.
    const transit = (now * s.clockRate) / 1000 - s.tsUnwrap.unwrap(p.timestamp);
    if (s.lastTransit !== undefined) {
      const d = Math.abs(transit - s.lastTransit);
      s.jitter += (d - s.jitter) / 16;
      s.maxJitter = Math.max(s.maxJitter, s.jitter);
      if (!p.marker) s.maxJitterUnmarked = Math.max(s.maxJitterUnmarked, s.jitter);
    }
    s.lastTransit = transit;
  }

  function record(p: RtpArrival, now: number): void {
    if (lastSsrc !== undefined && lastSsrc !== p.ssrc)
      ssrcChanges.push({ atMs: now, from: lastSsrc, to: p.ssrc });
    lastSsrc = p.ssrc;
    let s = streams.get(p.ssrc);
    if (!s) {
      s = newStream(p, now);
      streams.set(p.ssrc, s);
    }
    s.packets++;
    s.bytes += p.size;
    s.lastArrivalMs = now;
    const sec = Math.floor(now / 1000);
    const bucket = s.seconds.get(sec) ?? { packets: 0, bytes: 0 };
    bucket.packets++;
    bucket.bytes += p.size;
    s.seconds.set(sec, bucket);
    if (s.clockRate === undefined && p.payloadType === s.payloadType)
      s.clockRate = opts.clockRate(p.payloadType);
    if (p.payloadType !== s.payloadType) {
      s.ptChanges.push({ atMs: now, from: s.payloadType, to: p.payloadType });
      s.payloadType = p.payloadType;
      const rate = opts.clockRate(p.payloadType);
      if (rate !== s.clockRate) {
        s.clockRate = rate;
        s.lastTransit = undefined; // a new clock: transit times are not comparable
        s.tsUnwrap = createTimestampUnwrapper();
      }
    }
    const ext = sequence(s, p.sequenceNumber);
    if (ext === undefined) return;
    const slot = ((ext % window) + window) % window;
    if (s.seen[slot] === ext) {
      s.duplicates++;
      return;
    }
    s.seen[slot] = ext;
    if (ext < s.highest) s.reordered++;
    s.highest = Math.max(s.highest, ext);
    s.lowest = Math.min(s.lowest, ext);
    jitter(s, p, now);
  }

  function snapshot(s: Stream): StreamStats {
    const expected = s.expectedBefore + s.highest - s.lowest + 1;
    const lost = Math.max(0, expected - (s.packets - s.duplicates));
    const toMs = (j: number) => (s.clockRate ? (j / s.clockRate) * 1000 : undefined);
    return {
      ssrc: s.ssrc,
      payloadType: s.payloadType,
      packets: s.packets,
      bytes: s.bytes,
      duplicates: s.duplicates,
      reordered: s.reordered,
      expected,
      lost,
      lossFraction: expected > 0 ? lost / expected : 0,
      sequenceRestarts: s.restarts,
      highestSequence: s.highest,
      jitter: s.clockRate ? s.jitter : undefined,
      jitterMs: toMs(s.jitter),
      maxJitterMs: toMs(s.maxJitter),
      wiresharkMaxJitterMs: toMs(s.maxJitterUnmarked),
      clockRate: s.clockRate,
      firstArrivalMs: s.firstArrivalMs,
      lastArrivalMs: s.lastArrivalMs,
      perSecond: [...s.seconds.entries()]
        .sort(([a], [b]) => a - b)
        .map(([second, b]) => ({ second, packets: b.packets, bytes: b.bytes, bitsPerSecond: b.bytes * 8 })),
      payloadTypeChanges: [...s.ptChanges],
    };
  }

  return {
    record,
    recordBytes(bytes, now) {
      const p = tryParseRtpPacket(bytes);
      if (!p) return false;
      record(
        {
          ssrc: p.ssrc,
          sequenceNumber: p.sequenceNumber,
          timestamp: p.timestamp,
          payloadType: p.payloadType,
          size: bytes.length,
          marker: p.marker,
        },
        now,
      );
      return true;
    },
    stream: (ssrc) => {
      const s = streams.get(ssrc >>> 0);
      return s ? snapshot(s) : undefined;
    },
    streams: () => [...streams.values()].map(snapshot),
    ssrcChanges: () => [...ssrcChanges],
  };
}
