import { SRTP_SUITES, type SrtpSuite } from "../srtp/srtp-suite.js";
import { type CodecCapability, defaultCapabilities, type LocalCapabilities } from "./capabilities.js";
import { type Codec, sameCodecName } from "./codec.js";
import type { Direction, MediaKind, Origin, PerKind, SrtpPolicy } from "./sdp-types.js";
import { codecLines, sessionLines, toSdp } from "./sdp-writer.js";

export interface OfferedStream {
  readonly port: number;
  /** Our SSRC, announced with a=ssrc when given. */
  readonly ssrc?: number;
  /** Overrides the session-wide direction for this stream. */
  readonly direction?: Direction;
  /** Where we take RTCP if the answer does not multiplex; written as a=rtcp beside a=rtcp-mux. */
  readonly rtcpPort?: number;
  /** ICE lines for this m-section (a=candidate, ...), written by the ICE module. */
  readonly ice?: readonly string[];
}

export interface OfferOptions {
  /** What we support; default `defaultCapabilities()`. */
  readonly capabilities?: LocalCapabilities;
  /** Address we advertise in o= and c= (127.0.0.1 in tests). */
  readonly address: string;
  readonly audio?: OfferedStream;
  readonly video?: OfferedStream;
  readonly srtp: SrtpPolicy;
  /** 30 octets (16-octet key || 14-octet salt) per kind; required unless srtp is off. */
  readonly keys?: PerKind<Uint8Array>;
  /** Suites to offer, in preference order; default both AES_CM_128 suites. */
  readonly suites?: readonly SrtpSuite[];
  /** Offer RTP/AVPF (RTP/SAVPF) for video instead of RTP/AVP with rtcp-fb lines. */
  readonly avpf?: boolean;
  /** Offer RFC 5761 rtcp-mux (default: what the capabilities say). */
  readonly rtcpMux?: boolean;
  readonly direction?: Direction;
  readonly sessionId: string;
  readonly sessionVersion?: number;
  readonly username?: string;
  readonly sessionName?: string;
  readonly cname?: string;
  /** Session-level ICE lines (a=ice-ufrag, a=ice-pwd, RFC 8839 §5.4), written by the ICE module. */
  readonly iceSession?: readonly string[];
  /** Extra m-sections appended after audio and video (BFCP, slides), written by their own modules. */
  readonly extraMedia?: readonly { readonly kind: MediaKind; readonly lines: readonly string[] }[];
}

export interface OfferedCrypto {
  readonly tag: number;
  readonly suite: SrtpSuite;
  readonly key: Uint8Array;
}

/** One m-section of our offer, kept so the answer can be read against it. */
export interface LocalMediaOffer {
  readonly index: number;
  readonly kind: MediaKind;
  readonly port: number;
  readonly protocol: string;
  readonly codecs: readonly Codec[];
  readonly telephoneEvents: readonly Codec[];
  readonly rtcpFb: readonly string[];
  readonly rtcpMux: boolean;
  readonly crypto: readonly OfferedCrypto[];
  readonly direction: Direction;
  readonly ssrc?: number;
  readonly lines: readonly string[];
}

export interface LocalOffer {
  readonly sdp: string;
  readonly origin: Origin;
  readonly srtp: SrtpPolicy;
  readonly media: readonly LocalMediaOffer[];
}

function toCodec(c: CodecCapability): Codec {
  return {
    payloadType: c.payloadType,
    name: c.name,
    clockRate: c.clockRate,
    channels: c.channels ?? 1,
    fmtp: c.fmtp ?? {},
  };
}

/**
 * RFC 3264 §5: our offer as a caller. SRTP per policy: off = RTP/AVP without crypto;
 * optional = RTP/AVP with a=crypto (best-effort, as room systems do); mandatory = RTP/SAVP
 * (RTP/SAVPF for video when `avpf`) with a=crypto (RFC 4568), one line per suite.
 */
export function buildOffer(opts: OfferOptions): LocalOffer {
  const local = opts.capabilities ?? defaultCapabilities();
  const origin: Origin = {
    username: opts.username ?? "vdm-test",
    sessionId: opts.sessionId,
    sessionVersion: opts.sessionVersion ?? 1,
    address: opts.address,
  };
  const media: LocalMediaOffer[] = [];
  const body: string[] = [];
  for (const kind of ["audio", "video"] as const) {
    const stream = opts[kind];
    if (!stream) continue;
    const m = offerSection(media.length, kind, stream, local, opts);
    media.push(m);
    body.push(...m.lines);
  }
  for (const extra of opts.extraMedia ?? []) {
    media.push({
      index: media.length,
      kind: extra.kind,
      port: Number(/^m=\S+ (\d+)/.exec(extra.lines[0] ?? "")?.[1] ?? 0),
      protocol: extra.lines[0]?.split(" ")[2] ?? "",
      codecs: [],
      telephoneEvents: [],
      rtcpFb: [],
      rtcpMux: false,
      crypto: [],
      direction: opts.direction ?? "sendrecv",
      lines: extra.lines,
    });
    body.push(...extra.lines);
  }
  const sdp = toSdp([
    ...sessionLines(origin, opts.address, opts.sessionName ?? "vdm-test"),
    ...(opts.iceSession ?? []),
    ...body,
  ]);
  return { sdp, origin, srtp: opts.srtp, media };
}

function offerSection(
  index: number,
  kind: "audio" | "video",
  stream: OfferedStream,
  local: LocalCapabilities,
  opts: OfferOptions,
): LocalMediaOffer {
  const codecs = (kind === "audio" ? local.audio : local.video).filter((c) => !c.disabled).map(toCodec);
  const telephoneEvents =
    kind === "audio"
      ? local.telephoneEvent.filter((t) => codecs.some((c) => c.clockRate === t.clockRate)).map(toCodec)
      : [];
  const rtcpFb = kind === "video" ? local.videoRtcpFb : [];
  const rtcpMux = opts.rtcpMux ?? local.rtcpMux;
  const secure = opts.srtp === "mandatory";
  const feedbackProfile = kind === "video" && opts.avpf === true;
  const protocol = `RTP/${secure ? "S" : ""}AVP${feedbackProfile ? "F" : ""}`;
  const direction = stream.direction ?? opts.direction ?? "sendrecv";
  const crypto: OfferedCrypto[] = [];
  if (opts.srtp !== "off") {
    const key = opts.keys?.[kind];
    if (key?.length !== 30) {
      throw new RangeError(
        `buildOffer: opts.keys.${kind} must be 30 octets of key material when SRTP is ${opts.srtp}`,
      );
    }
    (opts.suites ?? SRTP_SUITES).forEach((suite, i) => {
      crypto.push({ tag: i + 1, suite, key });
    });
  }
  const all = [...codecs, ...telephoneEvents];
  const lines = [`m=${kind} ${stream.port} ${protocol} ${all.map((c) => c.payloadType).join(" ")}`];
  for (const c of all) lines.push(...codecLines(c));
  for (const c of codecs) {
    if (!sameCodecName(c.name, "H264") && kind === "video") continue;
    for (const fb of rtcpFb) lines.push(`a=rtcp-fb:${c.payloadType} ${fb}`);
  }
  // RFC 5761 §5.1.1 with RFC 8035 §5: offer a=rtcp-mux, and name the RTCP port (RFC 3605) we
  // fall back to when the answer does not multiplex.
  if (rtcpMux && stream.rtcpPort !== undefined) lines.push(`a=rtcp:${stream.rtcpPort}`);
  if (rtcpMux) lines.push("a=rtcp-mux");
  lines.push(...(stream.ice ?? []));
  for (const c of crypto)
    lines.push(`a=crypto:${c.tag} ${c.suite} inline:${Buffer.from(c.key).toString("base64")}`);
  lines.push(`a=${direction}`);
  if (stream.ssrc !== undefined) lines.push(`a=ssrc:${stream.ssrc >>> 0} cname:${opts.cname ?? "vdm-test"}`);
  return {
    index,
    kind,
    port: stream.port,
    protocol,
    codecs,
    telephoneEvents,
    rtcpFb,
    rtcpMux,
    crypto,
    direction,
    ...(stream.ssrc !== undefined ? { ssrc: stream.ssrc >>> 0 } : {}),
    lines,
  };
}
