import { ParseError } from "../parse-error.js";
import type { Codec } from "../sdp/codec.js";
import { type MediaSection, readSdp } from "../sdp/media-section.js";
import type { Direction } from "../sdp/sdp-types.js";
import { dataTypeOfCodec, type MediaKindAV, SESSION_ID } from "./media-codec.js";
import type { HostPort } from "./transport-address.js";

// Our side's media as the caller or the room wrote it in SDP, read into what H.245 needs: per
// audio/video m-line the RTP and RTCP addresses (no rtcp-mux in H.323: RTCP is a=rtcp or the
// next port, RFC 3605 §2.1) and the codecs H.245 can carry, in the SDP's order of preference.
// Plain RTP only (RTP/AVP, RTP/AVPF): media encryption in H.323 is H.235, not SDP crypto.

export interface LocalStream {
  readonly index: number;
  readonly kind: MediaKindAV;
  /** H.225.0 RTP session: 1 audio, 2 video. */
  readonly sessionID: number;
  readonly rtp: HostPort;
  readonly rtcp: HostPort;
  /** Codecs H.245 carries (G.711, G.722, H.264 modes 0 and 1), in SDP order. */
  readonly codecs: readonly Codec[];
  readonly direction: Direction;
}

/** One m-line of the SDP, as an answer to it must repeat it (RFC 3264 §6). */
export interface LocalSection {
  readonly index: number;
  readonly mediaType: string;
  readonly protocol: string;
  readonly formats: readonly string[];
  /** The audio/video stream it carries, when H.245 can carry it. */
  readonly stream?: LocalStream;
}

export interface LocalMedia {
  /** The connection address of the session (o=/c=). */
  readonly address: string;
  readonly sessionId: string;
  readonly sections: readonly LocalSection[];
  /**
   * The presentation: the first m=video with a=content:slides (RFC 4796) and H.264, carried as
   * the H.239 presentation channel (H.239 §9) with its own RTP session. Its index is its m-line's.
   */
  readonly presentation?: LocalStream;
}

export const streamsOf = (m: LocalMedia): LocalStream[] =>
  m.sections.flatMap((s) => (s.stream ? [s.stream] : []));

export function streamOf(m: LocalMedia, kind: MediaKindAV): LocalStream | undefined {
  return streamsOf(m).find((s) => s.kind === kind);
}

/** H.239 §9: our RTP session number for the presentation when we are master (the slave proposes 0). */
export const PRESENTATION_SESSION_ID = 3;

function streamOfSection(s: MediaSection, sessionAddress: string): LocalStream | undefined {
  const presentation = s.kind === "slides";
  if (
    (s.kind !== "audio" && s.kind !== "video" && !presentation) ||
    s.port === 0 ||
    !/^RTP\/AVPF?$/.test(s.protocol)
  )
    return undefined;
  const codecs = s.codecs.filter(
    (c) => dataTypeOfCodec(c) !== undefined && (!presentation || c.name.toLowerCase() === "h264"),
  );
  if (codecs.length === 0) return undefined;
  const host = s.address ?? sessionAddress;
  return {
    index: s.index,
    kind: presentation ? "video" : (s.kind as MediaKindAV),
    sessionID: presentation ? PRESENTATION_SESSION_ID : SESSION_ID[s.kind as MediaKindAV],
    rtp: { host, port: s.port },
    rtcp: { host: s.rtcpAddress ?? host, port: s.rtcpPort ?? s.port + 1 },
    codecs: codecs.map(({ payloadType, name, clockRate, channels, fmtp }) => ({
      payloadType,
      name,
      clockRate,
      channels,
      fmtp,
    })),
    direction: s.direction,
  };
}

/** Reads our SDP; throws ParseError when it is not SDP or carries no stream H.245 can carry. */
export function readLocalMedia(sdp: string): LocalMedia {
  const reading = readSdp(sdp);
  const sessionConnection = reading.sessionLines.find((l) => l.startsWith("c="));
  const address = /^c=IN IP4 (\S+)/.exec(sessionConnection ?? "")?.[1] ?? reading.origin.address;
  const seen = new Set<MediaKindAV>();
  let presentation: LocalStream | undefined;
  const sections = reading.media.map((s): LocalSection => {
    const stream = streamOfSection(s, address);
    if (s.kind === "slides") {
      presentation ??= stream;
      return { index: s.index, mediaType: s.mediaType, protocol: s.protocol, formats: s.formats };
    }
    // One stream per medium: H.245 sessions 1 and 2 (a second video m-line is not carried).
    const take = stream !== undefined && !seen.has(stream.kind);
    if (take) seen.add(stream.kind);
    return {
      index: s.index,
      mediaType: s.mediaType,
      protocol: s.protocol,
      formats: s.formats,
      ...(take ? { stream } : {}),
    };
  });
  if (seen.size === 0)
    throw new ParseError("SDP", "m=", -1, "no audio or video stream with G.711, G.722 or H.264 for H.245");
  return {
    address,
    sessionId: reading.origin.sessionId,
    sections,
    ...(presentation ? { presentation } : {}),
  };
}
