import type { LocalCapabilities } from "./capabilities.js";
import { type CodecMatch, matchCodec, matchTelephoneEvent, noCodecReason } from "./codec-match.js";
import { answerDirection, receives, withOldStyleHold } from "./direction.js";
import { hostCandidateLines, type IceCredentials, iceSessionLines, readIce } from "./ice-sdp.js";
import type { MediaHandler } from "./media-handler.js";
import { type MediaSection, readSdp, type SessionReading } from "./media-section.js";
import { rejectedMedia, remoteTransport, telephoneEventOf } from "./negotiated-media.js";
import type {
  Direction,
  MediaKind,
  NegotiatedMedia,
  NegotiatedSession,
  NegotiatedSrtp,
  Origin,
  PerKind,
  SrtpPolicy,
} from "./sdp-types.js";
import { codecLines, sessionLines, toSdp } from "./sdp-writer.js";
import { decideSrtp, RTP_PROFILES } from "./srtp-negotiation.js";

export interface AnswerOptions {
  /** Address we advertise in o= and c= (127.0.0.1 in tests). */
  readonly address: string;
  /** Our RTP port per kind; a kind without a port is rejected. Kept from `previous` on re-INVITE. */
  readonly ports: PerKind<number>;
  readonly srtp: SrtpPolicy;
  /** 30 octets of fresh key material per kind (16-octet key || 14-octet salt), used when SRTP is agreed. */
  readonly keys?: PerKind<Uint8Array>;
  /** Our SSRC per kind, announced with a=ssrc (RFC 5576) when given. */
  readonly ssrcs?: PerKind<number>;
  /** CNAME for a=ssrc lines; default "vdm-test". */
  readonly cname?: string;
  /** The direction we want (default sendrecv), for all media or per kind. */
  readonly direction?: Direction | PerKind<Direction>;
  /** o= session id for a new session (ignored on re-INVITE, where the previous one is kept). */
  readonly sessionId?: string;
  /** o= version for a new session; default 1. */
  readonly sessionVersion?: number;
  readonly username?: string;
  readonly sessionName?: string;
  /** warn-agent of the Warning header on 488 (RFC 3261 §20.43); default the address. */
  readonly warnAgent?: string;
  /** The session this offer modifies (re-INVITE): ports, SSRCs, keys and o= id are kept. */
  readonly previous?: NegotiatedSession;
  /** Handlers for m-lines beyond audio/video (BFCP, slides), asked first. */
  readonly handlers?: readonly MediaHandler[];
  /**
   * Answer an offer that carries ICE as an ICE-lite agent (RFC 8445 §2.5, RFC 8839 §5.3) with
   * these credentials and one host candidate per component; an offer without ICE gets none.
   */
  readonly iceLite?: IceCredentials;
}

export interface Rejection {
  readonly index: number;
  readonly kind: MediaKind;
  readonly reason: string;
}

export type AnswerResult =
  | {
      readonly ok: true;
      readonly sdp: string;
      readonly session: NegotiatedSession;
      readonly rejected: readonly Rejection[];
    }
  | {
      readonly ok: false;
      readonly status: 488;
      /** RFC 3261 §20.43 Warning header value: `399 host "reason"`. */
      readonly warning: string;
      readonly reason: string;
      readonly rejected: readonly Rejection[];
    };

/** Formats that ride along with a codec and are never chosen as "the" codec. */
const AUXILIARY = ["telephone-event", "cn", "red", "ulpfec", "flexfec", "rtx", "x-ulpfecuc"];

interface SectionAnswer {
  readonly lines: readonly string[];
  readonly media: NegotiatedMedia;
}

/**
 * RFC 3264 §6: answers an offer as the room or a callee. Every offered m-line gets a line in the
 * answer, in order; what we cannot use is rejected with port 0. Throws ParseError for a body that
 * is not SDP; returns a 488 result when no audio or video stream remains.
 */
export function answerOffer(offerSdp: string, local: LocalCapabilities, opts: AnswerOptions): AnswerResult {
  const offer = readSdp(offerSdp);
  const answers: SectionAnswer[] = [];
  const taken = new Set<MediaKind>();
  for (const section of offer.media) {
    const previous = opts.previous?.media[section.index];
    const handler = opts.handlers?.find((h) => h.matches(section, offer.media));
    if (handler) {
      const r = handler.answer(section, {
        options: opts,
        sections: offer.media,
        ...(previous ? { previous } : {}),
      });
      answers.push(r.accepted ? { lines: r.lines, media: r.media } : reject(section, r.reason));
      continue;
    }
    const kind = section.kind;
    if ((kind === "audio" || kind === "video") && !taken.has(kind)) {
      const a = answerRtpSection(section, kind, local, opts, previous, offer);
      if (a.media.accepted) taken.add(kind);
      answers.push(a);
    } else {
      answers.push(reject(section, unsupportedReason(section, taken)));
    }
  }
  const rejected = answers
    .filter((a) => !a.media.accepted)
    .map((a) => ({ index: a.media.index, kind: a.media.kind, reason: a.media.rejectReason ?? "rejected" }));
  const media = answers.map((a) => a.media);
  if (!media.some((m) => m.accepted && (m.kind === "audio" || m.kind === "video"))) {
    const reason =
      offer.media.length === 0
        ? "the offer has no m= lines"
        : `no usable audio or video stream: ${rejected.map((r) => `m-line ${r.index} (${r.kind}): ${r.reason}`).join("; ")}`;
    return {
      ok: false,
      status: 488,
      warning: warningHeader(opts.warnAgent ?? opts.address, reason),
      reason,
      rejected,
    };
  }
  const body = answers.flatMap((a) => a.lines);
  const ice = opts.iceLite && offersIce(offer, media) ? iceSessionLines(opts.iceLite, true) : [];
  const { origin, sdp } = withVersion(opts, [...ice, ...body]);
  const session: NegotiatedSession = {
    role: "answerer",
    localOrigin: origin,
    remoteOrigin: offer.origin,
    localSdp: sdp,
    remoteSdp: offerSdp,
    media,
    ...firstOf(media),
  };
  return { ok: true, sdp, session, rejected };
}

/** Whether the offer has ICE credentials on some accepted audio or video line. */
function offersIce(offer: SessionReading, media: readonly NegotiatedMedia[]): boolean {
  return media.some(
    (m) =>
      m.accepted &&
      (m.kind === "audio" || m.kind === "video") &&
      readIce(offer, offer.media[m.index]!) !== undefined,
  );
}

/** The first accepted audio and main video lines. */
export function firstOf(media: readonly NegotiatedMedia[]): Pick<NegotiatedSession, "audio" | "video"> {
  const audio = media.find((m) => m.accepted && m.kind === "audio");
  const video = media.find((m) => m.accepted && m.kind === "video");
  return { ...(audio ? { audio } : {}), ...(video ? { video } : {}) };
}

/** RFC 3261 §20.43: `399 host "text"`; quotes and backslashes in the text are replaced. */
export function warningHeader(agent: string, text: string): string {
  return `399 ${agent} "${text.replace(/["\\]/g, "'").replace(/[\r\n]+/g, " ")}"`;
}

/**
 * RFC 3264 §8: a re-answer keeps o= username and session id; the version goes up by one only when
 * the description changed ("If the SDP is unchanged, the version MUST be the same").
 */
function withVersion(opts: AnswerOptions, body: readonly string[]): { origin: Origin; sdp: string } {
  const prev = opts.previous?.localOrigin;
  const sessionName = opts.sessionName ?? "vdm-test";
  const base: Origin = prev ?? {
    username: opts.username ?? "vdm-test",
    sessionId: opts.sessionId ?? "1",
    sessionVersion: opts.sessionVersion ?? 1,
    address: opts.address,
  };
  const build = (origin: Origin) => toSdp([...sessionLines(origin, opts.address, sessionName), ...body]);
  if (!prev || !opts.previous) return { origin: base, sdp: build(base) };
  const same = withoutOrigin(build(prev)) === withoutOrigin(opts.previous.localSdp);
  const origin = same ? prev : { ...prev, sessionVersion: prev.sessionVersion + 1 };
  return { origin, sdp: build(origin) };
}

function withoutOrigin(sdp: string): string {
  return sdp
    .split("\r\n")
    .filter((l) => !l.startsWith("o="))
    .join("\r\n");
}

function reject(section: MediaSection, reason: string): SectionAnswer {
  const media = rejectedMedia(section, reason);
  return { lines: media.localSection, media };
}

function unsupportedReason(section: MediaSection, taken: ReadonlySet<MediaKind>): string {
  switch (section.kind) {
    case "slides":
      return "presentation video (a=content:slides, RFC 4796) is not supported yet";
    case "bfcp":
      return "BFCP (RFC 8856) is not supported yet";
    case "audio":
    case "video":
      return taken.has(section.kind) ? `a ${section.kind} stream was already accepted` : "not supported";
    default:
      return `${section.mediaType} ${section.protocol} is not supported`;
  }
}

function wantedDirection(opts: AnswerOptions, kind: MediaKind): Direction {
  const d = opts.direction;
  if (d === undefined) return "sendrecv";
  if (typeof d === "string") return d;
  return d[kind] ?? "sendrecv";
}

function answerRtpSection(
  section: MediaSection,
  kind: "audio" | "video",
  local: LocalCapabilities,
  opts: AnswerOptions,
  previous: NegotiatedMedia | undefined,
  offer: SessionReading,
): SectionAnswer {
  if (!RTP_PROFILES.test(section.protocol)) {
    const what = /TLS/i.test(section.protocol) ? "DTLS-SRTP " : "";
    return reject(section, `${what}transport ${section.protocol} is not supported`);
  }
  if (section.port === 0) return reject(section, "disabled by the offerer (port 0)");
  const port = previous?.accepted ? previous.localPort : opts.ports[kind];
  if (port === undefined) return reject(section, `no local port for ${kind}`);
  if (!section.address) return reject(section, "no connection address (c=) for this stream");
  let match: CodecMatch | undefined;
  for (const c of section.codecs) {
    if (AUXILIARY.includes(c.name.toLowerCase())) continue;
    match = matchCodec(c, kind, local);
    if (match) break;
  }
  if (!match)
    return reject(
      section,
      noCodecReason(
        section.codecs.filter((c) => !AUXILIARY.includes(c.name.toLowerCase())),
        kind,
        local,
      ),
    );
  const srtpDecision = decideSrtp(section, opts.srtp, local.srtpSuites);
  if (srtpDecision.use === "reject") return reject(section, srtpDecision.reason);

  const te =
    kind === "audio" ? matchTelephoneEvent(section.codecs, match.answer.clockRate, local) : undefined;
  const rtcpFb = kind === "video" ? match.offered.rtcpFb.filter((f) => local.videoRtcpFb.includes(f)) : [];
  const rtcpMux = section.rtcpMux && local.rtcpMux;
  const remoteDirection = withOldStyleHold(section.direction, section.address);
  const direction = answerDirection(remoteDirection, wantedDirection(opts, kind));
  const ssrc = previous?.localSsrc ?? opts.ssrcs?.[kind];

  let srtp: NegotiatedSrtp | undefined;
  let cryptoLine: string | undefined;
  if (srtpDecision.use === "srtp") {
    const localKey = previous?.srtp?.localKey ?? opts.keys?.[kind];
    if (localKey?.length !== 30) {
      throw new RangeError(
        `answerOffer: opts.keys.${kind} must be 30 octets of key material when SRTP is agreed`,
      );
    }
    const offered = srtpDecision.crypto.attribute;
    const key = offered.keys[0]!;
    srtp = {
      suite: srtpDecision.suite,
      tag: offered.tag,
      localKey,
      remoteKey: key.keySalt,
      remoteMkiLength: key.mki?.length ?? 0,
    };
    // RFC 4568 §7.1.2: the answer's crypto attribute carries the accepted tag and suite with our key.
    cryptoLine = `a=crypto:${offered.tag} ${srtpDecision.suite} inline:${Buffer.from(localKey).toString("base64")}`;
  }

  const pts = [match.answer.payloadType, ...(te ? [te.payloadType] : [])];
  const lines: string[] = [`m=${section.mediaType} ${port} ${section.protocol} ${pts.join(" ")}`];
  lines.push(...codecLines(match.answer));
  if (te) lines.push(...codecLines(te));
  for (const fb of rtcpFb) lines.push(`a=rtcp-fb:${match.answer.payloadType} ${fb}`);
  if (rtcpMux) lines.push("a=rtcp-mux");
  // RFC 8839 §4.2.1: an ICE answer carries its candidates for every component it uses.
  if (opts.iceLite && readIce(offer, section))
    lines.push(...hostCandidateLines(opts.address, port, rtcpMux ? undefined : port + 1));
  if (cryptoLine) lines.push(cryptoLine);
  if (section.content !== undefined) lines.push(`a=content:${section.content}`);
  lines.push(`a=${direction}`);
  if (ssrc !== undefined) lines.push(`a=ssrc:${ssrc >>> 0} cname:${opts.cname ?? "vdm-test"}`);

  const media: NegotiatedMedia = {
    index: section.index,
    kind,
    mediaType: section.mediaType,
    protocol: section.protocol,
    accepted: true,
    localPort: port,
    localRtcpPort: rtcpMux ? port : port + 1,
    rtcpMux,
    remote: remoteTransport(section, section.address, rtcpMux),
    codec: match.answer,
    ...telephoneEventOf(te),
    rtcpFb,
    direction,
    remoteDirection,
    remoteHold: !receives(remoteDirection),
    ...(srtp ? { srtp } : {}),
    ...(ssrc !== undefined ? { localSsrc: ssrc >>> 0 } : {}),
    ...(section.content !== undefined ? { content: section.content } : {}),
    ...(section.label !== undefined ? { label: section.label } : {}),
    lines: {
      media: section.mLine,
      ...(section.connectionLine ? { connection: section.connectionLine } : {}),
      codec: match.offered.lines,
      telephoneEvent: te ? te.lines : [],
      rtcp: [section.rtcpLine, rtcpMux ? section.rtcpMuxLine : undefined].filter(
        (l): l is string => l !== undefined,
      ),
      rtcpFb: match.offered.rtcpFbLines.filter((l) =>
        rtcpFb.some((f) => l.toLowerCase().includes(f.split(" ")[0]!)),
      ),
      ...(srtpDecision.use === "srtp" ? { crypto: srtpDecision.crypto.line } : {}),
      ...(section.directionLine ? { direction: section.directionLine } : {}),
      ...(section.contentLine ? { content: section.contentLine } : {}),
    },
    localSection: lines,
    remoteSection: section.lines,
  };
  return { lines, media };
}
