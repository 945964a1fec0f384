import { performance } from "node:perf_hooks";
import { ntpMiddle, ReportBlockBuilder, roundTripMs } from "../../media/report-blocks.js";
import type { ReceiveStats } from "../../media/rtp-stats.js";
import { ParseError } from "../../protocol/parse-error.js";
import { parseRtcpCompound, serializeRtcpCompound } from "../../protocol/rtcp/compound.js";
import { nackedSequences, nackItemsFor } from "../../protocol/rtcp/generic-nack.js";
import type { ReportBlock } from "../../protocol/rtcp/report-block.js";
import type { GenericNack, RtcpPacket } from "../../protocol/rtcp/rtcp-types.js";
import { cnameSdes } from "../../protocol/rtcp/sdes.js";
import { asSsrc } from "../../protocol/rtp/types.js";
import type { RtpEndpoint } from "./rtp-endpoint.js";

/** NTP time (RFC 3550 §4): seconds since 1900 and a 32-bit fraction. */
function ntpNow(): { seconds: number; fraction: number } {
  const ms = Date.now() + 2_208_988_800_000;
  const seconds = Math.floor(ms / 1000);
  return { seconds: seconds >>> 0, fraction: Math.floor(((ms % 1000) / 1000) * 2 ** 32) >>> 0 };
}

export interface RtcpSessionStats {
  received: number;
  sent: number;
  malformed: number;
  pliReceived: number;
  firReceived: number;
  pliSent: number;
  senderReports: number;
  receiverReports: number;
  byes: number;
  /** Round trips measured from the peer's report blocks about our SRs (RFC 3550 §6.4.1). */
  roundTripMs: number[];
  /** Generic NACKs received (RFC 4585 §6.2.1) and the distinct sequence numbers they asked for. */
  nackReceived: number;
  nackedSequences: number;
  /** Generic NACKs we sent, and the sequence numbers in them (retries included). */
  nackSent: number;
  /** FIRs sent after a PLI went unanswered (RFC 5104 §4.3.1). */
  firSent: number;
}

/** The far end's latest reception report about our stream (RFC 3550 §6.4.1): the path towards it. */
export interface FarEndReception {
  /** Cumulative packets lost, as the far end counts them (after any retransmission filled gaps). */
  readonly cumulativeLost: number;
  readonly highestSequence: number;
  /** Interarrival jitter in timestamp units. */
  readonly jitter: number;
  /** The highest "fraction lost" of any report, 0..1. */
  readonly worstFractionLost: number;
  readonly reports: number;
}

export interface RtcpSource {
  ssrc: number;
  /** RTP timestamp that corresponds to "now" for an SR, and the counts so far; undefined when not sending. */
  sending(): { rtpTimestamp: number; packets: number; octets: number } | undefined;
}

/**
 * RTCP for one RTP session (RFC 3550 §6): a compound report every interval (SR when sending,
 * else RR, always with SDES CNAME), and the feedback we act on: PLI (RFC 4585 §6.3.1) and
 * FIR (RFC 5104 §4.3.1) ask our sender for a keyframe.
 */
export class RtcpSession {
  readonly stats: RtcpSessionStats = {
    received: 0,
    sent: 0,
    malformed: 0,
    pliReceived: 0,
    firReceived: 0,
    pliSent: 0,
    senderReports: 0,
    receiverReports: 0,
    byes: 0,
    roundTripMs: [],
    nackReceived: 0,
    nackedSequences: 0,
    nackSent: 0,
    firSent: 0,
  };
  /** What the far end last reported receiving of our stream; undefined before its first report. */
  farEnd: FarEndReception | undefined;
  private readonly nackedSeen = new Set<number>();
  /** A picture-recovery request not yet answered by a keyframe: when it began. */
  private recoverySince: number | undefined;
  onKeyframeRequest: () => void = () => {};
  onPacket: (p: RtcpPacket) => void = () => {};
  private timer: NodeJS.Timeout | undefined;
  private lastPliAt = 0;
  private firSeq = 0;
  private readonly blocks = new ReportBlockBuilder();

  constructor(
    private readonly endpoint: RtpEndpoint,
    private readonly source: RtcpSource,
    private readonly cname: string,
    /** What we receive on this session, for reception report blocks. */
    private readonly received?: ReceiveStats,
  ) {
    endpoint.onRtcp = (packet) => this.receive(packet);
  }

  start(intervalMs = 1000): void {
    this.timer = setInterval(() => this.sendReport(), intervalMs);
  }

  /**
   * Asks the peer for a keyframe (PLI with FIR), at most every 300 ms. A `repeat` is a copy of
   * the last request and keeps the FIR's sequence number (RFC 5104 §4.3.1.1: "A repetition SHALL
   * NOT increase the sequence number"), so a far end that got both acts once.
   */
  requestKeyframe(mediaSsrc: number | undefined, nowMs: number, repeat = false): void {
    if (mediaSsrc === undefined || nowMs - this.lastPliAt < 300) return;
    this.lastPliAt = nowMs;
    if (!repeat) this.firSeq = (this.firSeq + 1) & 0xff;
    this.send([
      { type: "pli", senderSsrc: asSsrc(this.source.ssrc), mediaSsrc: asSsrc(mediaSsrc) },
      {
        type: "fir",
        senderSsrc: asSsrc(this.source.ssrc),
        mediaSsrc: asSsrc(0),
        entries: [{ ssrc: asSsrc(mediaSsrc), sequence: this.firSeq }],
      },
    ]);
    this.stats.pliSent++;
  }

  /**
   * Asks for a keyframe because our decoding broke: PLI first (RFC 4585 §6.3.1); if no keyframe
   * came within `firAfterMs`, a FIR too (RFC 5104 §4.3.1). RFC 5104 §4.3.1.2 prefers PLI for
   * picture loss, and so do we, but endpoints that answer only FIR exist, and a picture that stays
   * broken costs the test more than one extra request. At most one request every 300 ms.
   */
  recoverPicture(mediaSsrc: number | undefined, nowMs: number, firAfterMs = 600): void {
    if (mediaSsrc === undefined || nowMs - this.lastPliAt < 300) return;
    this.lastPliAt = nowMs;
    this.recoverySince ??= nowMs;
    const pli: RtcpPacket = {
      type: "pli",
      senderSsrc: asSsrc(this.source.ssrc),
      mediaSsrc: asSsrc(mediaSsrc),
    };
    if (nowMs - this.recoverySince < firAfterMs) {
      this.send([pli]);
      this.stats.pliSent++;
      return;
    }
    this.firSeq = (this.firSeq + 1) & 0xff;
    const fir: RtcpPacket = {
      type: "fir",
      senderSsrc: asSsrc(this.source.ssrc),
      mediaSsrc: asSsrc(0),
      entries: [{ ssrc: asSsrc(mediaSsrc), sequence: this.firSeq }],
    };
    this.send([pli, fir]);
    this.stats.pliSent++;
    this.stats.firSent++;
  }

  /** A keyframe arrived: the picture is whole again, the next break starts with a PLI. */
  keyframeArrived(): void {
    this.recoverySince = undefined;
  }

  /** RFC 4585 §6.2.1: asks the sender of `mediaSsrc` to send these packets again. */
  sendNack(mediaSsrc: number | undefined, sequenceNumbers: readonly number[]): void {
    if (mediaSsrc === undefined || sequenceNumbers.length === 0) return;
    this.send([
      {
        type: "nack",
        senderSsrc: asSsrc(this.source.ssrc),
        mediaSsrc: asSsrc(mediaSsrc),
        items: nackItemsFor(sequenceNumbers),
      },
    ]);
    this.stats.nackSent++;
  }

  sendBye(): void {
    this.send([{ type: "bye", ssrcs: [asSsrc(this.source.ssrc)] }]);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private sendReport(): void {
    const s = this.source.sending();
    const reports = this.received ? this.blocks.blocks(this.received.streams(), performance.now()) : [];
    const ssrc = asSsrc(this.source.ssrc);
    const report: RtcpPacket = s
      ? (() => {
          const ntp = ntpNow();
          return {
            type: "sr" as const,
            ssrc,
            ntpSeconds: ntp.seconds,
            ntpFraction: ntp.fraction,
            rtpTimestamp: s.rtpTimestamp >>> 0,
            packetCount: s.packets >>> 0,
            octetCount: s.octets >>> 0,
            reports,
            extension: new Uint8Array(0),
          };
        })()
      : { type: "rr" as const, ssrc, reports, extension: new Uint8Array(0) };
    this.send([report, cnameSdes(ssrc, this.cname)]);
  }

  private noteRoundTrips(
    reports: readonly { ssrc: number; lastSr: number; delaySinceLastSr: number }[],
  ): void {
    const now = ntpNow();
    for (const r of reports) {
      if (r.ssrc >>> 0 !== this.source.ssrc >>> 0) continue;
      const rtt = roundTripMs(r as Parameters<typeof roundTripMs>[0], ntpMiddle(now.seconds, now.fraction));
      if (rtt !== undefined && this.stats.roundTripMs.length < 1000)
        this.stats.roundTripMs.push(Math.round(rtt * 10) / 10);
    }
  }

  /** Sends the NACKed packets again from the endpoint's history (RtpEndpoint.keepHistory). */
  private answerNack(p: GenericNack): void {
    this.stats.nackReceived++;
    for (const seq of nackedSequences(p)) {
      if (!this.nackedSeen.has(seq) && this.nackedSeen.size < 65536) {
        this.nackedSeen.add(seq);
        this.stats.nackedSequences++;
      }
      this.endpoint.resend(seq);
    }
  }

  private noteFarEnd(reports: readonly ReportBlock[]): void {
    const r = reports.find((b) => b.ssrc >>> 0 === this.source.ssrc >>> 0);
    if (!r) return;
    this.farEnd = {
      cumulativeLost: r.cumulativeLost,
      highestSequence: r.highestSequence,
      jitter: r.jitter,
      worstFractionLost: Math.max(this.farEnd?.worstFractionLost ?? 0, r.fractionLost / 256),
      reports: (this.farEnd?.reports ?? 0) + 1,
    };
  }

  private send(packets: RtcpPacket[]): void {
    this.endpoint.sendRtcp(serializeRtcpCompound(packets));
    this.stats.sent++;
  }

  private receive(buf: Uint8Array): void {
    let packets: RtcpPacket[];
    try {
      packets = parseRtcpCompound(buf);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.stats.malformed++;
      return;
    }
    this.stats.received++;
    for (const p of packets) {
      if (p.type === "pli") {
        this.stats.pliReceived++;
        this.onKeyframeRequest();
      } else if (p.type === "fir") {
        this.stats.firReceived++;
        this.onKeyframeRequest();
      } else if (p.type === "nack") {
        if (p.mediaSsrc >>> 0 === this.source.ssrc >>> 0) this.answerNack(p);
      } else if (p.type === "sr") {
        this.stats.senderReports++;
        this.blocks.onSenderReport(p.ssrc, p.ntpSeconds, p.ntpFraction, performance.now());
        this.noteRoundTrips(p.reports);
        this.noteFarEnd(p.reports);
      } else if (p.type === "rr") {
        this.stats.receiverReports++;
        this.noteRoundTrips(p.reports);
        this.noteFarEnd(p.reports);
      } else if (p.type === "bye") this.stats.byes++;
      this.onPacket(p);
    }
  }
}
