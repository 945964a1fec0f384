import { readU32, writeU32 } from "../protocol/big-endian.js";
import { ParseError } from "../protocol/parse-error.js";
import { rtpHeaderLength } from "../protocol/rtp/rtp-packet.js";
import { seqDelta, tsDelta } from "../protocol/rtp/sequence.js";

export interface MirrorOptions {
  /** SSRC of the mirrored stream we send back. */
  readonly ssrc: number;
  /** Sequence number of the first packet sent. */
  readonly initialSeq: number;
  /** RTP timestamp of the first packet sent. */
  readonly initialTs: number;
  /** Payload type negotiated for the return direction; every packet gets it. Default: unchanged. */
  readonly payloadType?: number;
  /**
   * Per-source-payload-type mapping (e.g. caller's H.264 PT 97 → our PT 96); packets of a payload
   * type not in the map are dropped (RTX, FEC, anything not negotiated back). Wins over `payloadType`.
   */
  readonly payloadTypeMap?: Readonly<Record<number, number>>;
  /** RTP clock of the stream, for turning wall-clock gaps into timestamp ticks; default 90000 (video). */
  readonly clockRate?: number;
}

export interface MirrorState {
  readonly packets: number;
  readonly dropped: number;
  /** Times the source (or the SSRC within it) changed. */
  readonly switches: number;
  readonly source: string | undefined;
  readonly lastSeq: number | undefined;
  readonly lastTs: number | undefined;
}

export interface Mirror {
  /**
   * Rewrites one RTP packet of `source` in place (SSRC, sequence number, timestamp, payload type)
   * and returns the same bytes, or undefined when the packet is dropped (not RTP, or a payload type
   * outside `payloadTypeMap`). The payload is never copied. A packet whose source or SSRC differs
   * from the previous one starts a new segment that continues the output: sequence number + 1 and
   * timestamp advanced by the wall-clock gap since the newest frame sent.
   */
  rewrite(packet: Uint8Array, now: number, source: string): Uint8Array | undefined;
  state(): MirrorState;
}

interface Segment {
  readonly source: string;
  readonly inSsrc: number;
  readonly seqOffset: number;
  readonly tsOffset: number;
}

/** The room's digital mirror (SERVICE.md "Testrum"): reflects a caller's video back to it, continuously. */
export function createMirror(opts: MirrorOptions): Mirror {
  const clockRate = opts.clockRate ?? 90000;
  const outSsrc = opts.ssrc >>> 0;
  let segment: Segment | undefined;
  let lastSeq: number | undefined;
  let lastTs: number | undefined;
  let lastTsAt = 0;
  let packets = 0;
  let dropped = 0;
  let switches = 0;

  function startSegment(source: string, inSsrc: number, seq: number, ts: number, now: number): Segment {
    if (lastSeq === undefined || lastTs === undefined) {
      return { source, inSsrc, seqOffset: opts.initialSeq - seq, tsOffset: opts.initialTs - ts };
    }
    switches++;
    // RFC 3550 §5.1: the timestamp must reflect the sampling instant; across a switch the only
    // clock we share with the receiver is wall time, so advance by the gap (at least one tick).
    const gap = Math.max(1, Math.round(((now - lastTsAt) * clockRate) / 1000));
    return { source, inSsrc, seqOffset: lastSeq + 1 - seq, tsOffset: lastTs + gap - ts };
  }

  return {
    rewrite(packet, now, source) {
      try {
        rtpHeaderLength(packet);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        dropped++;
        return undefined;
      }
      const inPt = packet[1]! & 0x7f;
      const outPt = opts.payloadTypeMap ? opts.payloadTypeMap[inPt] : (opts.payloadType ?? inPt);
      if (outPt === undefined) {
        dropped++;
        return undefined;
      }
      const seq = (packet[2]! << 8) | packet[3]!;
      const ts = readU32(packet, 4);
      const inSsrc = readU32(packet, 8);
      if (!segment || segment.source !== source || segment.inSsrc !== inSsrc) {
        segment = startSegment(source, inSsrc, seq, ts, now);
      }
      const outSeq = (seq + segment.seqOffset) & 0xffff;
      const outTs = (ts + segment.tsOffset) >>> 0;
      if (lastSeq === undefined || seqDelta(outSeq, lastSeq) > 0) lastSeq = outSeq;
      if (lastTs === undefined || tsDelta(outTs, lastTs) > 0) {
        lastTs = outTs;
        lastTsAt = now;
      }
      packet[1] = (packet[1]! & 0x80) | (outPt & 0x7f);
      packet[2] = outSeq >>> 8;
      packet[3] = outSeq & 0xff;
      writeU32(packet, 4, outTs);
      writeU32(packet, 8, outSsrc);
      packets++;
      return packet;
    },
    state: () => ({ packets, dropped, switches, source: segment?.source, lastSeq, lastTs }),
  };
}
