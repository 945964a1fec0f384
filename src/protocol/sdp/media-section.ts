import {
  type MediaAttributes,
  type MediaDescription,
  parse as parseSdpTransform,
  type SessionDescription,
} from "sdp-transform";
import { ParseError } from "../parse-error.js";
import { type Codec, parseFmtp, STATIC_PAYLOAD_TYPES } from "./codec.js";
import { type CryptoAttribute, parseCryptoAttribute } from "./crypto-attribute.js";
import type { Direction, MediaKind, Origin } from "./sdp-types.js";

const FORMAT = "SDP";
/** SIP over UDP cannot carry more; anything bigger is hostile (janus sdp_fuzzer timeout inputs). */
export const MAX_SDP_LENGTH = 65_536;

/** A codec as a peer describes it, with the lines that describe it. */
export interface DescribedCodec extends Codec {
  /** RFC 4585 feedback offered for this payload type (or for "*"), e.g. "nack pli". */
  readonly rtcpFb: readonly string[];
  readonly lines: readonly string[];
  readonly rtcpFbLines: readonly string[];
}

export interface DescribedCrypto {
  readonly attribute: CryptoAttribute;
  readonly line: string;
}

/** One m-section of a peer's SDP, read into what negotiation needs, raw lines kept. */
export interface MediaSection {
  readonly index: number;
  readonly mediaType: string;
  readonly port: number;
  readonly protocol: string;
  readonly formats: readonly string[];
  readonly kind: MediaKind;
  readonly mLine: string;
  /** Effective connection address (media level, else session level). */
  readonly address?: string;
  readonly connectionLine?: string;
  readonly rtcpPort?: number;
  readonly rtcpAddress?: string;
  readonly rtcpLine?: string;
  readonly rtcpMux: boolean;
  readonly rtcpMuxLine?: string;
  readonly direction: Direction;
  readonly directionLine?: string;
  readonly content?: string;
  readonly contentLine?: string;
  readonly label?: string;
  readonly codecs: readonly DescribedCodec[];
  readonly crypto: readonly DescribedCrypto[];
  /** a=crypto lines that did not parse, with why. */
  readonly cryptoErrors: readonly string[];
  readonly ssrcs: readonly number[];
  readonly lines: readonly string[];
  /** sdp-transform's reading, for attributes not modelled here (BFCP handlers use it). */
  readonly parsed: MediaDescription;
}

export interface SessionReading {
  readonly origin: Origin;
  readonly sessionLines: readonly string[];
  readonly media: readonly MediaSection[];
  readonly parsed: SessionDescription;
}

const M_LINE = /^m=(\S+) (\d+)(?:\/(\d+))? (\S+)(?: (.*))?$/;

/** Reads a peer's SDP. Throws ParseError when it is not SDP at all or an m= line is malformed. */
export function readSdp(text: string): SessionReading {
  if (text.length > MAX_SDP_LENGTH) {
    throw new ParseError(FORMAT, "body", -1, `SDP of ${text.length} characters exceeds ${MAX_SDP_LENGTH}`);
  }
  // Same line split as sdp-transform, so its media[] lines up with our sections.
  const lines = text.split(/(?:\r\n|\r|\n)/).filter((l) => /^([a-z])=(.*)/.test(l));
  if (!lines.some((l) => l.startsWith("v=")))
    throw new ParseError(FORMAT, "v=", -1, "no v= line: not an SDP body");
  let parsed: SessionDescription;
  try {
    parsed = parseSdpTransform(text);
  } catch (e) {
    throw new ParseError(FORMAT, "body", -1, `unparseable: ${(e as Error).message}`);
  }
  const sessionLines: string[] = [];
  const sections: string[][] = [];
  for (const l of lines) {
    if (l.startsWith("m=")) sections.push([l]);
    else if (sections.length === 0) sessionLines.push(l);
    else sections[sections.length - 1]!.push(l);
  }
  const sessionConnection = sessionLines.find((l) => l.startsWith("c="));
  const sessionDirection = findDirection(sessionLines);
  const media = sections.map((sec, i) =>
    readSection(i, sec, parsed.media?.[i], sessionConnection, sessionDirection),
  );
  return { origin: readOrigin(parsed, sessionLines), sessionLines, media, parsed };
}

function readOrigin(parsed: SessionDescription, sessionLines: readonly string[]): Origin {
  const o = parsed.origin;
  const line = sessionLines.find((l) => l.startsWith("o="));
  if (!o || !line) return { username: "-", sessionId: "", sessionVersion: 0, address: "" };
  const version = Number(o.sessionVersion);
  return {
    username: String(o.username ?? "-"),
    sessionId: String(o.sessionId ?? ""),
    sessionVersion: Number.isFinite(version) ? version : 0,
    address: String(o.address ?? ""),
  };
}

function findDirection(lines: readonly string[]): { direction: Direction; line: string } | undefined {
  const line = lines.find((l) => /^a=(sendrecv|sendonly|recvonly|inactive)\s*$/.test(l));
  return line ? { direction: line.slice(2).trim() as Direction, line } : undefined;
}

function connectionAddress(line: string | undefined): string | undefined {
  if (!line) return undefined;
  const m = /^c=IN IP[46] ([^\s/]+)/.exec(line);
  return m?.[1];
}

function classify(mediaType: string, content: string | undefined, protocol: string): MediaKind {
  if (mediaType === "audio") return "audio";
  if (mediaType === "video")
    return content?.split(",").some((c) => c.trim() === "slides") ? "slides" : "video";
  if (mediaType === "application" && /BFCP/i.test(protocol)) return "bfcp";
  return "other";
}

function readSection(
  index: number,
  lines: string[],
  parsed: MediaDescription | undefined,
  sessionConnection: string | undefined,
  sessionDirection: { direction: Direction; line: string } | undefined,
): MediaSection {
  const mLine = lines[0]!;
  const m = M_LINE.exec(mLine);
  if (!m || !parsed)
    throw new ParseError(FORMAT, "m=", index, `malformed media line ${JSON.stringify(mLine.slice(0, 80))}`);
  const [, mediaType, portText, , protocol, formatText] = m;
  const port = Number(portText);
  if (port > 65535) throw new ParseError(FORMAT, "m=.port", index, `port ${port} out of range`);
  const formats = (formatText ?? "").split(" ").filter((f) => f !== "");
  const contentLine = lines.find((l) => l.startsWith("a=content:"));
  const content = contentLine?.slice("a=content:".length).trim();
  const mediaConnection = lines.find((l) => l.startsWith("c="));
  const connectionLine = mediaConnection ?? sessionConnection;
  const address = connectionAddress(connectionLine);
  const rtcpLine = lines.find((l) => l.startsWith("a=rtcp:"));
  const rtcpMatch = rtcpLine ? /^a=rtcp:(\d+)(?: IN IP[46] (\S+))?/.exec(rtcpLine) : null;
  const rtcpMuxLine = lines.find((l) => l.trim() === "a=rtcp-mux");
  const dir = findDirection(lines) ?? sessionDirection;
  const labelLine = lines.find((l) => l.startsWith("a=label:"));
  const { crypto, cryptoErrors } = readCrypto(lines);
  const ssrcs = [...new Set(lines.flatMap((l) => /^a=ssrc:(\d+)/.exec(l)?.[1] ?? []).map(Number))];
  const section: MediaSection = {
    index,
    mediaType: mediaType!,
    port,
    protocol: protocol!,
    formats,
    kind: classify(mediaType!, content, protocol!),
    mLine,
    rtcpMux: rtcpMuxLine !== undefined,
    direction: dir?.direction ?? "sendrecv",
    codecs: /RTP/.test(protocol!) ? readCodecs(formats, parsed, lines) : [],
    crypto,
    cryptoErrors,
    ssrcs,
    lines,
    parsed,
    ...(address ? { address } : {}),
    ...(connectionLine ? { connectionLine } : {}),
    ...(rtcpMatch ? { rtcpPort: Number(rtcpMatch[1]), rtcpLine: rtcpLine! } : {}),
    ...(rtcpMatch?.[2] ? { rtcpAddress: rtcpMatch[2] } : {}),
    ...(rtcpMuxLine ? { rtcpMuxLine } : {}),
    ...(dir ? { directionLine: dir.line } : {}),
    ...(content !== undefined && contentLine ? { content, contentLine } : {}),
    ...(labelLine ? { label: labelLine.slice("a=label:".length).trim() } : {}),
  };
  return section;
}

function readCrypto(lines: readonly string[]): { crypto: DescribedCrypto[]; cryptoErrors: string[] } {
  const crypto: DescribedCrypto[] = [];
  const cryptoErrors: string[] = [];
  for (const line of lines) {
    if (!line.startsWith("a=crypto:")) continue;
    try {
      crypto.push({ attribute: parseCryptoAttribute(line.slice("a=crypto:".length)), line });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      cryptoErrors.push(`${line}: ${e.message}`);
    }
  }
  return { crypto, cryptoErrors };
}

function readCodecs(
  formats: readonly string[],
  parsed: MediaAttributes,
  lines: readonly string[],
): DescribedCodec[] {
  const out: DescribedCodec[] = [];
  for (const f of formats) {
    if (!/^\d{1,3}$/.test(f)) continue;
    const pt = Number(f);
    if (pt > 127) continue;
    // The first a=rtpmap wins when a device repeats one (AVer EVC130 maps PT 109 twice).
    const rtpmap = (parsed.rtp ?? []).find((r) => r.payload === pt);
    const fallback = STATIC_PAYLOAD_TYPES[pt];
    const name = typeof rtpmap?.codec === "string" && rtpmap.codec !== "" ? rtpmap.codec : fallback?.name;
    if (!name) continue; // a dynamic payload type without a=rtpmap cannot be used
    const clockRate = Number(rtpmap ? rtpmap.rate : fallback?.clockRate);
    if (!Number.isInteger(clockRate) || clockRate <= 0) continue;
    const channels = Number(rtpmap ? (rtpmap.encoding ?? 1) : (fallback?.channels ?? 1));
    if (!Number.isInteger(channels) || channels <= 0) continue;
    const fmtpEntry = (parsed.fmtp ?? []).find((x) => x.payload === pt && typeof x.config === "string");
    const fb = (parsed.rtcpFb ?? []).filter(
      (x) => (String(x.payload) === f || x.payload === "*") && typeof x.type === "string",
    );
    const rtcpFb = fb.flatMap((x) =>
      expandFeedback(x.type, typeof x.subtype === "string" ? x.subtype : undefined),
    );
    const lineFor = (prefix: string) => lines.filter((l) => l.startsWith(prefix));
    out.push({
      payloadType: pt,
      name,
      clockRate,
      channels,
      fmtp: fmtpEntry ? parseFmtp(fmtpEntry.config) : {},
      rtcpFb: [...new Set(rtcpFb)],
      lines: [...lineFor(`a=rtpmap:${pt} `), ...lineFor(`a=fmtp:${pt} `)].slice(0, 2),
      rtcpFbLines: [...lineFor(`a=rtcp-fb:${pt} `), ...lineFor("a=rtcp-fb:* ")],
    });
  }
  return out;
}

/** "ccm fir tmmbr" (Polycom's two-in-one line) counts as "ccm fir" and "ccm tmmbr". */
function expandFeedback(type: string, subtype: string | undefined): string[] {
  const t = type.toLowerCase();
  if (!subtype) return [t];
  const parts = subtype.trim().toLowerCase().split(/\s+/);
  if (t === "ccm" && parts.length > 1) return parts.map((p) => `ccm ${p}`);
  return [`${t} ${parts.join(" ")}`];
}
