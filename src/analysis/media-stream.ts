import { createReceiveStats, type ReceiveStats, type StreamStats } from "../media/rtp-stats.js";
import { ParseError } from "../protocol/parse-error.js";
import { parseRtcpCompound } from "../protocol/rtcp/compound.js";
import { STATIC_PAYLOAD_TYPES } from "../protocol/sdp/codec.js";
import { type H264Facts, H264Observer } from "./h264-observer.js";
import { PayloadProtection, type ProtectionFacts } from "./payload-protection.js";
import type { StreamBinding } from "./stream-binding.js";

/**
 * One RTP flow (source address:port → destination address:port over UDP) measured as a
 * receiver at the destination would: RFC 3550 receive statistics per SSRC (loss A.3, jitter
 * A.8, duplicates, reordering, bitrate per second), SSRC and payload-type changes, RTCP counts
 * when RTCP is multiplexed (RFC 5761), H.264 structure, and payload protection. Bounded state:
 * nothing per packet is kept.
 */
export interface RtcpCounts {
  packets: number;
  senderReports: number;
  receiverReports: number;
  byes: number;
  feedback: number;
}

export interface MediaStreamFacts {
  readonly src: string;
  readonly dst: string;
  /** How the flow was recognised: matched to an SDP m-line or an H.245 logical channel, or by RTP heuristics. */
  readonly foundBy: "sdp" | "h245" | "heuristic";
  readonly binding?: StreamBinding;
  readonly firstFrame: number;
  readonly packets: number;
  /** Datagrams on the flow that were not RTP/RTCP (STUN, keep-alives, garbage). */
  readonly nonRtp: number;
  readonly rtcp: RtcpCounts;
  readonly ssrcs: readonly StreamStats[];
  readonly ssrcChanges: number;
  /** The codec name per payload type seen (from the SDP, the static table, or the H.264 heuristic). */
  readonly codec?: string;
  readonly h264?: H264Facts;
  readonly protection: ProtectionFacts;
  /** The packets' source versus the sender's SDP (RFC 4961 symmetric RTP). */
  readonly symmetric?: boolean;
  /** Arrival of the last datagram of the flow, ms since the capture started. */
  readonly lastMs: number;
  /** Arrival times of the IDR access units (H.264 only; the first MAX_IDR_TIMES). */
  readonly idrTimesMs: readonly number[];
  /**
   * Arrival times of the RTCP keyframe requests on the flow: PLI (RFC 4585 §6.3.1) and FIR
   * (RFC 5104 §4.3.1), read from plain RTCP or from SRTCP decrypted with the sender's key.
   */
  readonly keyframeRequestsMs: readonly number[];
  /** RTCP datagrams that could not be read for feedback (SRTCP without key, or malformed). */
  readonly rtcpUnread: number;
}

/** Keyframe requests kept per flow. */
export const MAX_KEYFRAME_REQUESTS = 200;

export interface RtpHeaderView {
  readonly payloadType: number;
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly ssrc: number;
  readonly marker: boolean;
  readonly payloadStart: number;
  readonly payloadEnd: number;
}

/** RFC 3550 §5.1: the header fields, read without allocating a packet; undefined when not RTP v2. */
export function readRtpHeader(b: Uint8Array): RtpHeaderView | undefined {
  if (b.length < 12) return undefined;
  const b0 = b[0]!;
  if (b0 >> 6 !== 2) return undefined;
  let start = 12 + (b0 & 0x0f) * 4;
  if (b0 & 0x10) {
    if (start + 4 > b.length) return undefined;
    start += 4 + ((b[start + 2]! << 8) | b[start + 3]!) * 4;
  }
  let end = b.length;
  if (b0 & 0x20) {
    const pad = b[end - 1]!;
    if (pad === 0) return undefined;
    end -= pad;
  }
  if (start > end) return undefined;
  return {
    payloadType: b[1]! & 0x7f,
    marker: (b[1]! & 0x80) !== 0,
    sequenceNumber: (b[2]! << 8) | b[3]!,
    timestamp: ((b[4]! << 24) | (b[5]! << 16) | (b[6]! << 8) | b[7]!) >>> 0,
    ssrc: ((b[8]! << 24) | (b[9]! << 16) | (b[10]! << 8) | b[11]!) >>> 0,
    payloadStart: start,
    payloadEnd: end,
  };
}

/** RFC 5761 §4: RTCP packet types 192..223 in the second octet. */
export function isRtcpPacket(b: Uint8Array): boolean {
  return b.length >= 8 && b[0]! >> 6 === 2 && b[1]! >= 192 && b[1]! <= 223;
}

export class MediaStream {
  private readonly stats: ReceiveStats;
  private h264: H264Observer | undefined;
  private protection: PayloadProtection;
  private packets = 0;
  private nonRtp = 0;
  private readonly rtcp: RtcpCounts = {
    packets: 0,
    senderReports: 0,
    receiverReports: 0,
    byes: 0,
    feedback: 0,
  };
  private srtp: boolean;
  private readonly h264Types = new Set<number>();
  private lastMs = 0;
  private readonly keyframeRequests: number[] = [];
  private rtcpUnread = 0;

  constructor(
    readonly src: string,
    readonly dst: string,
    readonly firstFrame: number,
    private binding: StreamBinding | undefined,
    private readonly foundBy: "sdp" | "h245" | "heuristic",
  ) {
    this.stats = createReceiveStats({ clockRate: (pt) => this.clockRate(pt) });
    this.srtp = binding?.srtpNegotiated ?? false;
    this.protection = new PayloadProtection(binding?.senderKey);
    for (const [pt, c] of binding?.codecs ?? []) if (/^h264$/i.test(c.name)) this.h264Types.add(pt);
  }

  private clockRate(pt: number): number | undefined {
    const bound = this.binding?.codecs.get(pt);
    if (bound) return bound.clockRate;
    const fixed = STATIC_PAYLOAD_TYPES[pt];
    if (fixed) return fixed.clockRate;
    // A dynamic type without SDP: once its payloads read as H.264 it runs a 90 kHz clock
    // (RFC 6184 §5.1); any other (Opus, say, at 48 kHz) stays unknown rather than guessed.
    return this.h264?.readsAsH264 ? 90_000 : undefined;
  }

  /** One datagram of the flow at `arrivalMs` (ms since the capture started). */
  push(b: Uint8Array, arrivalMs: number): void {
    this.lastMs = arrivalMs;
    if (isRtcpPacket(b)) {
      this.countRtcp(b, arrivalMs);
      return;
    }
    const h = readRtpHeader(b);
    if (!h) {
      this.nonRtp++;
      return;
    }
    this.packets++;
    this.stats.record(
      {
        ssrc: h.ssrc,
        sequenceNumber: h.sequenceNumber,
        timestamp: h.timestamp,
        payloadType: h.payloadType,
        size: b.length,
        marker: h.marker,
      },
      arrivalMs,
    );
    let payload = b.subarray(h.payloadStart, h.payloadEnd);
    if (this.srtp) {
      const plain = this.protection.unprotect(b);
      // Without a key (or past the check limit) the payload stays opaque; H.264 is judged as it is.
      if (plain)
        payload = plain.subarray(
          h.payloadStart,
          plain.length - (plain[0]! & 0x20 ? plain[plain.length - 1]! : 0),
        );
      else if (this.protection.hasKey) return;
    }
    this.protection.sample(payload);
    if (this.h264Types.has(h.payloadType) || (!this.binding && h.payloadType >= 96)) {
      this.h264 ??= new H264Observer();
      this.h264.observe(payload, h.timestamp, arrivalMs);
    }
  }

  private countRtcp(b: Uint8Array, arrivalMs: number): void {
    this.rtcp.packets++;
    const pt = b[1]!;
    if (pt === 200) this.rtcp.senderReports++;
    else if (pt === 201) this.rtcp.receiverReports++;
    else if (pt === 203) this.rtcp.byes++;
    else if (pt === 205 || pt === 206) this.rtcp.feedback++;
    this.readFeedback(b, arrivalMs);
  }

  // RFC 3711 §3.4: SRTCP encrypts all but the first 8 octets, so a PLI or FIR inside a compound
  // packet is readable only once decrypted with the sender's key.
  private readFeedback(b: Uint8Array, arrivalMs: number): void {
    const plain = this.srtp ? this.protection.unprotectRtcp(b) : b;
    if (!plain) {
      this.rtcpUnread++;
      return;
    }
    let packets: ReturnType<typeof parseRtcpCompound>;
    try {
      packets = parseRtcpCompound(plain);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.rtcpUnread++;
      return;
    }
    const asks = packets.some((p) => p.type === "pli" || p.type === "fir");
    if (asks && this.keyframeRequests.length < MAX_KEYFRAME_REQUESTS) this.keyframeRequests.push(arrivalMs);
  }

  /**
   * Adopts an SDP binding found after the first packets: the SDP came late, or the answer came
   * after media the answerer sent early (it then brings the sender's SRTP key).
   */
  bind(binding: StreamBinding): void {
    if (this.binding === binding) return;
    const keyArrived = binding.senderKey !== undefined && this.binding?.senderKey === undefined;
    this.binding = binding;
    this.srtp = binding.srtpNegotiated;
    if (keyArrived) this.protection = new PayloadProtection(binding.senderKey);
    for (const [pt, c] of binding.codecs) if (/^h264$/i.test(c.name)) this.h264Types.add(pt);
  }

  get bound(): StreamBinding | undefined {
    return this.binding;
  }

  get rtpPackets(): number {
    return this.packets;
  }

  facts(): MediaStreamFacts {
    const h264 = this.h264?.facts();
    // Without SDP, call a dynamic-type stream H.264 only if its payloads read as H.264 (SPS seen, valid headers).
    const heuristicH264 = !this.binding && this.h264?.readsAsH264 === true;
    const ssrcs = this.stats.streams();
    const pt = ssrcs[0]?.payloadType;
    const codec =
      pt === undefined
        ? undefined
        : (this.binding?.codecs.get(pt)?.name ??
          STATIC_PAYLOAD_TYPES[pt]?.name ??
          (heuristicH264 ? "H264" : undefined));
    const b = this.binding;
    const symmetric =
      b?.senderAddress !== undefined && b.senderPort !== undefined && !b.rtcp
        ? this.src === `${b.senderAddress}:${b.senderPort}`
        : undefined;
    return {
      src: this.src,
      dst: this.dst,
      foundBy: this.foundBy,
      ...(b ? { binding: b } : {}),
      firstFrame: this.firstFrame,
      packets: this.packets,
      nonRtp: this.nonRtp,
      rtcp: { ...this.rtcp },
      ssrcs,
      ssrcChanges: this.stats.ssrcChanges().length,
      ...(codec ? { codec } : {}),
      ...(h264 && (this.h264Types.size > 0 || heuristicH264) ? { h264 } : {}),
      protection: this.protection.facts(),
      ...(symmetric !== undefined ? { symmetric } : {}),
      lastMs: this.lastMs,
      idrTimesMs: [...(this.h264?.idrTimesMs ?? [])],
      keyframeRequestsMs: [...this.keyframeRequests],
      rtcpUnread: this.rtcpUnread,
    };
  }
}
