import type { PathFigures } from "../../conformance/network-bounds.js";
import type { NackTracker } from "../../media/nack-tracker.js";
import type { ReceiveStats, StreamStats } from "../../media/rtp-stats.js";
import type { RtcpSession } from "./rtcp-session.js";
import type { RtpEndpoint } from "./rtp-endpoint.js";

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : undefined);

function busiest(stats: ReceiveStats | undefined): StreamStats | undefined {
  return stats
    ?.streams()
    .reduce<StreamStats | undefined>((a, s) => (a && a.packets >= s.packets ? a : s), undefined);
}

/**
 * What reached us of the far end's stream: loss from sequence numbers before any repair (the
 * NACK tracker saw every gap) or, without NACKs, RFC 3550 §A.3 loss; jitter by §A.8.
 */
export function receivedPath(
  stream: "audio" | "video",
  stats: ReceiveStats | undefined,
  nack?: NackTracker,
  roundTrip = false,
): PathFigures | undefined {
  const s = busiest(stats);
  if (!s || s.expected === 0) return undefined;
  const residual = pct(s.lost, s.expected);
  return {
    stream,
    direction: "received",
    packets: s.expected,
    lossPct: nack ? pct(Math.max(nack.counters.missing, s.lost), s.expected) : residual,
    ...(nack && residual !== undefined ? { residualLossPct: residual } : {}),
    jitterMs: s.jitterMs !== undefined ? Math.round(s.jitterMs * 10) / 10 : undefined,
    reordered: s.reordered,
    ...(roundTrip ? { roundTrip } : {}),
  };
}

/**
 * What reached the far end of our stream, from its latest RTCP receiver report (RFC 3550
 * §6.4.1: cumulative loss over the packets expected up to its extended highest sequence number)
 * and the distinct packets it NACKed (its loss before our retransmissions filled the gaps).
 */
export function sentPath(
  stream: "audio" | "video",
  rtcp: RtcpSession | undefined,
  endpoint: RtpEndpoint,
  clockRate: number,
): PathFigures | undefined {
  const far = rtcp?.farEnd;
  const first = endpoint.firstSentSequence;
  if (!rtcp || first === undefined || endpoint.counters.rtpSent === 0) return undefined;
  const expected = far ? far.highestSequence - first + 1 : 0;
  const nacked = rtcp.stats.nackedSequences;
  if (!far && nacked === 0) return undefined;
  const sent = endpoint.counters.rtpSent - endpoint.retransmission.resent;
  const reported = far && expected > 0 ? pct(Math.max(0, far.cumulativeLost), expected) : undefined;
  const lossPct = Math.max(reported ?? 0, pct(nacked, sent) ?? 0);
  return {
    stream,
    direction: "sent",
    packets: sent,
    lossPct,
    ...(nacked > 0 && reported !== undefined ? { residualLossPct: reported } : {}),
    jitterMs: far ? Math.round((far.jitter / clockRate) * 10000) / 10 : undefined,
  };
}

/** The parts of a call's media the figures are read from. */
export interface MediaPathsSource {
  readonly video: RtpEndpoint;
  readonly audio: RtpEndpoint;
  readonly videoRtcp?: RtcpSession | undefined;
  readonly audioRtcp?: RtcpSession | undefined;
  readonly videoStats: ReceiveStats;
  readonly audioStats?: ReceiveStats | undefined;
  readonly videoReceiver?: { readonly nackTracker?: NackTracker | undefined } | undefined;
  /** RTP clock of the audio codec (48000 for Opus, 8000 for G.711 and G.722). */
  readonly audioClockRate?: number | undefined;
}

/**
 * Both directions of audio and video of one call. `loopedBack` says which of what we receive is
 * our own stream returned (the mirror's video, the echo's audio), so crossed the path twice.
 */
export function mediaPaths(
  m: MediaPathsSource,
  loopedBack: { video: boolean; audio: boolean },
): PathFigures[] {
  return [
    sentPath("video", m.videoRtcp, m.video, 90000),
    receivedPath("video", m.videoStats, m.videoReceiver?.nackTracker, loopedBack.video),
    sentPath("audio", m.audioRtcp, m.audio, m.audioClockRate ?? 8000),
    receivedPath("audio", m.audioStats, undefined, loopedBack.audio),
  ].filter((p): p is PathFigures => p !== undefined);
}

/** The far end's slides as they reached us (the presentation alias's content stream). */
export function slidesPaths(m: {
  readonly slidesStats: ReceiveStats;
  readonly slidesReceiver?: { readonly nackTracker?: NackTracker | undefined } | undefined;
}): PathFigures[] {
  const p = receivedPath("video", m.slidesStats, m.slidesReceiver?.nackTracker);
  return p ? [p] : [];
}
