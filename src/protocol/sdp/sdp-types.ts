import type { SrtpSuite } from "../srtp/srtp-suite.js";
import type { Codec } from "./codec.js";

/** What an m-line carries, as we classify it. "slides" is a video m-line with a=content:slides (RFC 4796). */
export type MediaKind = "audio" | "video" | "slides" | "bfcp" | "other";

/** RFC 3264 §5.1 / RFC 8866 §6.7 media direction. */
export type Direction = "sendrecv" | "sendonly" | "recvonly" | "inactive";

/**
 * Our SRTP stance. off: plain RTP only, SAVP offers are refused. optional: RTP/AVP carrying
 * a=crypto ("best-effort SRTP", as room systems do). mandatory: RTP/SAVP(F) with a=crypto.
 */
export type SrtpPolicy = "off" | "optional" | "mandatory";

/** SRTP agreed for one media line (RFC 4568). Keys are 30 octets: 16-octet master key || 14-octet salt. */
export interface NegotiatedSrtp {
  readonly suite: SrtpSuite;
  /** The crypto attribute tag both sides used. */
  readonly tag: number;
  readonly localKey: Uint8Array;
  readonly remoteKey: Uint8Array;
  /** MKI length in the peer's packets (0 when none was signalled). */
  readonly remoteMkiLength: number;
}

/** The SDP lines that decided each part of a negotiated media line, verbatim, for reports. */
export interface DecisionLines {
  readonly media: string;
  readonly connection?: string;
  readonly codec: readonly string[];
  readonly telephoneEvent: readonly string[];
  readonly rtcp: readonly string[];
  readonly rtcpFb: readonly string[];
  readonly crypto?: string;
  readonly direction?: string;
  readonly content?: string;
}

export interface RemoteTransport {
  readonly address: string;
  readonly rtpPort: number;
  readonly rtcpAddress: string;
  /** Equal to rtpPort when rtcp-mux was agreed. */
  readonly rtcpPort: number;
}

/** One m-line after offer/answer, accepted or rejected. */
export interface NegotiatedMedia {
  /** Position of the m-line (RFC 3264 §6: answers keep the offer's order). */
  readonly index: number;
  readonly kind: MediaKind;
  /** The m= media type as written (audio, video, application, ...). */
  readonly mediaType: string;
  /** The transport protocol of the answer (RTP/AVP, RTP/SAVP, RTP/SAVPF, UDP/BFCP, ...). */
  readonly protocol: string;
  readonly accepted: boolean;
  /** Why the m-line was rejected (port 0), in words for reports. */
  readonly rejectReason?: string;
  readonly localPort: number;
  /** Our RTCP port (localPort when rtcp-mux, otherwise localPort + 1). */
  readonly localRtcpPort: number;
  readonly rtcpMux: boolean;
  readonly remote?: RemoteTransport;
  /** The payload format both sides use (the offerer's payload type number). */
  readonly codec?: Codec;
  /** RFC 4733 telephone-event format agreed beside the codec. */
  readonly telephoneEvent?: Codec;
  /** RFC 4585 feedback agreed for the codec: "nack", "nack pli", "ccm fir". */
  readonly rtcpFb: readonly string[];
  /** Our direction as written in our SDP. */
  readonly direction: Direction;
  /** The peer's direction after old-style hold (c=0.0.0.0 removes its receive side). */
  readonly remoteDirection: Direction;
  /** The peer has put the stream on hold (sendonly/inactive or c=0.0.0.0, RFC 3264 §8.4). */
  readonly remoteHold: boolean;
  readonly srtp?: NegotiatedSrtp;
  /** Our SSRC for this stream, when the caller gave one (kept across re-INVITEs). */
  readonly localSsrc?: number;
  /** a=content (RFC 4796) and a=label (RFC 4574) of the offer, when present. */
  readonly content?: string;
  readonly label?: string;
  readonly lines: DecisionLines;
  /** The raw lines of our m-section and of the peer's, for handlers and reports. */
  readonly localSection: readonly string[];
  readonly remoteSection: readonly string[];
  /** Whatever a media handler (BFCP, slides) negotiated beyond the RTP model above. */
  readonly extension?: Readonly<Record<string, unknown>>;
}

export interface Origin {
  readonly username: string;
  readonly sessionId: string;
  readonly sessionVersion: number;
  readonly address: string;
}

/** The outcome of one offer/answer exchange, from our side. */
export interface NegotiatedSession {
  readonly role: "offerer" | "answerer";
  readonly localOrigin: Origin;
  readonly remoteOrigin: Origin;
  readonly localSdp: string;
  readonly remoteSdp: string;
  /** Every m-line in order, rejected ones included. */
  readonly media: readonly NegotiatedMedia[];
  /** The first accepted audio line, if any. */
  readonly audio?: NegotiatedMedia;
  /** The first accepted main video line (not slides), if any. */
  readonly video?: NegotiatedMedia;
}

/** Per-kind values given by the caller (ports, SSRCs, key material). */
export type PerKind<T> = Partial<Record<MediaKind, T>>;
