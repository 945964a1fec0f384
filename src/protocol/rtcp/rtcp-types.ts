import type { Ssrc } from "../rtp/types.js";
import type { ReportBlock } from "./report-block.js";

/** RFC 3550 §12.1 and RFC 4585 §6.1 packet types. */
export const RTCP_SR = 200;
export const RTCP_RR = 201;
export const RTCP_SDES = 202;
export const RTCP_BYE = 203;
export const RTCP_APP = 204;
/** RFC 4585 §6.1: transport layer feedback (generic NACK is FMT 1). */
export const RTCP_RTPFB = 205;
/** RFC 4585 §6.1: payload-specific feedback (PLI is FMT 1, FIR is FMT 4 per RFC 5104). */
export const RTCP_PSFB = 206;

/** RFC 3550 §6.4.1 Sender Report. */
export interface SenderReport {
  readonly type: "sr";
  readonly ssrc: Ssrc;
  /** NTP timestamp, seconds since 1900 (upper 32 bits). */
  readonly ntpSeconds: number;
  /** NTP timestamp fraction (lower 32 bits, units of 2^-32 s). */
  readonly ntpFraction: number;
  readonly rtpTimestamp: number;
  readonly packetCount: number;
  readonly octetCount: number;
  readonly reports: readonly ReportBlock[];
  /** Profile-specific extension after the report blocks (usually empty). */
  readonly extension: Uint8Array;
}

/** RFC 3550 §6.4.2 Receiver Report. */
export interface ReceiverReport {
  readonly type: "rr";
  readonly ssrc: Ssrc;
  readonly reports: readonly ReportBlock[];
  readonly extension: Uint8Array;
}

/** RFC 3550 §6.5 SDES item: type 1 CNAME, 2 NAME, ... 8 PRIV. */
export interface SdesItem {
  readonly itemType: number;
  readonly value: Uint8Array;
}

export interface SdesChunk {
  readonly ssrc: Ssrc;
  readonly items: readonly SdesItem[];
}

/** RFC 3550 §6.5 Source Description. */
export interface SourceDescription {
  readonly type: "sdes";
  readonly chunks: readonly SdesChunk[];
}

/** RFC 3550 §6.6 Goodbye. */
export interface Goodbye {
  readonly type: "bye";
  readonly ssrcs: readonly Ssrc[];
  /** Reason for leaving (UTF-8 bytes), if present. */
  readonly reason?: Uint8Array;
}

/** RFC 4585 §6.3.1 Picture Loss Indication. */
export interface PictureLossIndication {
  readonly type: "pli";
  readonly senderSsrc: Ssrc;
  readonly mediaSsrc: Ssrc;
}

export interface FirEntry {
  readonly ssrc: Ssrc;
  /** 8-bit command sequence number, incremented per new request (RFC 5104 §4.3.1.1). */
  readonly sequence: number;
}

/** RFC 5104 §4.3.1 Full Intra Request. */
export interface FullIntraRequest {
  readonly type: "fir";
  readonly senderSsrc: Ssrc;
  /** RFC 5104 §4.3.1.2: SHALL be 0 for FIR; kept as received. */
  readonly mediaSsrc: Ssrc;
  readonly entries: readonly FirEntry[];
}

/** RFC 4585 §6.2.1 one NACK FCI: a packet id and a bitmask of the 16 following lost packets. */
export interface NackItem {
  readonly pid: number;
  readonly blp: number;
}

/** RFC 4585 §6.2.1 Generic NACK. */
export interface GenericNack {
  readonly type: "nack";
  readonly senderSsrc: Ssrc;
  readonly mediaSsrc: Ssrc;
  readonly items: readonly NackItem[];
}

/** Any packet type we do not model (APP, REMB, TWCC, XR, ...), kept verbatim. */
export interface UnknownRtcp {
  readonly type: "unknown";
  readonly packetType: number;
  /** The 5-bit count / FMT field. */
  readonly count: number;
  /** Everything after the 4-octet common header, padding removed. */
  readonly body: Uint8Array;
}

export type RtcpPacket =
  | SenderReport
  | ReceiverReport
  | SourceDescription
  | Goodbye
  | PictureLossIndication
  | FullIntraRequest
  | GenericNack
  | UnknownRtcp;
