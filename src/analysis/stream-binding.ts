import type { MediaKind } from "../protocol/sdp/sdp-types.js";

/** A codec as the SDP maps a payload type. */
export interface BoundCodec {
  readonly name: string;
  readonly clockRate: number;
}

/** The SDES key a sender announced for what it sends (RFC 4568 §6.1). */
export interface SenderKey {
  readonly suite: string;
  /** Master key || salt. */
  readonly keySalt: Uint8Array;
  readonly mkiLength: number;
}

/** How a media flow in the capture belongs to an m-line of a dialog's offer/answer. */
export interface StreamBinding {
  readonly callId: string;
  /** Index of the m-line in the SDP. */
  readonly mediaIndex: number;
  readonly kind: MediaKind;
  /** The m-line's transport protocol, e.g. "RTP/AVP", "RTP/SAVP", "UDP/BFCP". */
  readonly protocol: string;
  readonly codecs: ReadonlyMap<number, BoundCodec>;
  /** Where the receiver's SDP said to send this media. */
  readonly receiverAddress: string;
  readonly receiverPort: number;
  /** Where the sender's own SDP said it receives this m-line (symmetric RTP sends from there). */
  readonly senderAddress?: string;
  readonly senderPort?: number;
  /** RTP/SAVP(F) with a=crypto, or DTLS-SRTP (UDP/TLS/RTP/SAVP). */
  readonly srtpNegotiated: boolean;
  readonly senderKey?: SenderKey;
  /** RFC 5761: a=rtcp-mux on both sides. */
  readonly rtcpMux: boolean;
  /** This flow carries the m-line's RTCP (port + 1 or a=rtcp). */
  readonly rtcp: boolean;
}
