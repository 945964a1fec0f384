/**
 * What linphonec printed, read back: call events from its console (stdout) and media facts from
 * its library log (`-d 6 -l FILE`). Pure functions, tested on captured output.
 */

export type LinphoneEventKind =
  | "incoming"
  | "outgoing"
  | "progress"
  | "ringing"
  | "connected"
  | "media"
  | "ended"
  | "error";

export interface LinphoneEvent {
  readonly kind: LinphoneEventKind;
  /** linphonec's call id (1, 2, ...). */
  readonly callId: number;
  /** The far end as linphonec names it. */
  readonly peer: string;
  /** "ended": the reason in parentheses; "media": the streams, e.g. "video" or "audio". */
  readonly detail?: string;
}

/** linphonec's console lines (5.1), e.g. "Call 1 with sip:x@h connected." */
const EVENT_PATTERNS: readonly [LinphoneEventKind, RegExp][] = [
  ["incoming", /Receiving new incoming call from (?<peer>.+), assigned id (?<id>\d+)/],
  ["outgoing", /Establishing call id to (?<peer>.+), assigned id (?<id>\d+)/],
  ["progress", /Call (?<id>\d+) to (?<peer>.+) in progress\./],
  ["ringing", /Call (?<id>\d+) to (?<peer>.+) ringing\./],
  ["connected", /Call (?<id>\d+) with (?<peer>.+) connected\./],
  ["media", /Media streams established with (?<peer>.+) for call (?<id>\d+) \((?<detail>[^)]*)\)\./],
  ["ended", /Call (?<id>\d+) with (?<peer>.+) ended \((?<detail>[^)]*)\)\./],
  ["error", /Call (?<id>\d+) with (?<peer>.+) error\./],
];

/** One console line to an event, or undefined. The "linphonec> " prompt may precede it. */
export function parseLinphoneEvent(line: string): LinphoneEvent | undefined {
  const text = line.replace(/^(linphonec> )+/, "");
  for (const [kind, re] of EVENT_PATTERNS) {
    const g = re.exec(text)?.groups;
    if (!g) continue;
    return {
      kind,
      callId: Number(g["id"]),
      peer: g["peer"]!,
      ...(g["detail"] !== undefined ? { detail: g["detail"] } : {}),
    };
  }
  return undefined;
}

/** oRTP's per-session statistics block, printed when a stream stops. */
export interface LinphoneRtpStats {
  readonly sent: number;
  readonly received: number;
  readonly lost: number;
  readonly badFormatted: number;
}

export interface LinphoneMediaResult {
  /** The last statistics block of each kind (oRTP counts over the whole call, re-INVITEs included). */
  readonly audio?: LinphoneRtpStats;
  readonly video?: LinphoneRtpStats;
  /** "First video frame decoded successfully": linphone decoded the video it received. */
  readonly videoDecoded: boolean;
  /** Sizes linphone's decoder reported for the received video ("1280x720"), first seen first. */
  readonly decodedSizes: readonly string[];
  /** The H.264 encoder linphone used ("OpenH264"), if it sent H.264. */
  readonly h264Encoder?: string;
  /** Picture size linphone's encoder was configured to send, e.g. "572x468". */
  readonly sentSize?: string;
  /**
   * Send keys linphone gave its streams, one per stream start: SRTP master keys (logged shortened,
   * "bf..5a") or "none" for plain RTP.
   */
  readonly srtpSendKeys: readonly string[];
}

const STATS_HEADER = /(AUDIO|VIDEO) SESSION'S RTP STATISTICS/;

function counter(lines: readonly string[], label: RegExp): number {
  for (const l of lines) {
    const m = label.exec(l);
    if (m) return Number(m[1]);
  }
  return 0;
}

/** Reads the media facts out of linphone's library log. */
export function parseLinphoneLog(log: string): LinphoneMediaResult {
  const lines = log.split("\n");
  const stats: { audio?: LinphoneRtpStats; video?: LinphoneRtpStats } = {};
  for (let i = 0; i < lines.length; i++) {
    const h = STATS_HEADER.exec(lines[i]!);
    if (!h) continue;
    // The block: a rule, then "sent N packets", "received N packets", ..., a closing rule.
    const block: string[] = [];
    for (let j = i + 2; j < lines.length && !/={10,}/.test(lines[j]!); j++) block.push(lines[j]!);
    const s: LinphoneRtpStats = {
      sent: counter(block, /ortp-message-sent\s+(\d+) packets/),
      received: counter(block, /ortp-message-received\s+(\d+) packets/),
      lost: counter(block, /incoming cumulative lost\s+(-?\d+) packets/),
      badFormatted: counter(block, /incoming bad formatted\s+(\d+) packets/),
    };
    if (h[1] === "AUDIO") stats.audio = s;
    else stats.video = s;
  }
  const decodedSizes: string[] = [];
  for (const m of log.matchAll(/configure_itc\(\): format set to type=video;encoding=\w+;vsize=(\d+x\d+)/g)) {
    const size = m[1]!;
    if (size !== "0x0" && !decodedSizes.includes(size)) decodedSizes.push(size);
  }
  const sent = [...log.matchAll(/Setting sent vsize=(\d+x\d+)/g)].at(-1)?.[1];
  const h264Encoder = /OpenH264 encoder: Video configuration set/.test(log) ? "OpenH264" : undefined;
  const srtpSendKeys = [...log.matchAll(/media_stream_set_srtp_send_key\(\): key (\S+)/g)].map((m) => m[1]!);
  return {
    ...stats,
    videoDecoded: log.includes("First video frame decoded successfully"),
    decodedSizes,
    ...(h264Encoder ? { h264Encoder } : {}),
    ...(sent ? { sentSize: sent } : {}),
    srtpSendKeys,
  };
}
