import type { StreamStats } from "../media/rtp-stats.js";
import type { BfcpReading } from "../protocol/sdp/bfcp-sdp.js";
import type { SessionReading } from "../protocol/sdp/media-section.js";
import type { MediaKind, NegotiatedSession } from "../protocol/sdp/sdp-types.js";
import type { SipMessageHead } from "../protocol/sip/message-head.js";
import type { ResolutionStep } from "../protocol/sip/rfc3263.js";
import type { Phrase } from "../report/i18n/bilingual.js";
import type { Check } from "../report/model.js";
import type { H323Evidence } from "./h323-evidence.js";

/**
 * Everything the conformance engine may know about the endpoint under test. A call we place, an
 * endpoint calling our room and a saved message (`vdm-test check`) all fill the same shape; every
 * part is optional, and a check whose part is missing says "not tested", never "pass".
 *
 * "The endpoint" is always the equipment being graded: its messages, its SDP, the packets it sent.
 */
export interface Evidence {
  /** The endpoint's SIP messages as received (INVITE, responses to our INVITE, OPTIONS answer). */
  readonly sip?: readonly SipMessageEvidence[];
  /** The endpoint's SDP bodies: its offer (in an INVITE) or its answer (in a 2xx). */
  readonly sdp?: readonly SdpEvidence[];
  /** The offer/answer outcome, from our side (`remoteSdp` is the endpoint's SDP). */
  readonly negotiated?: NegotiatedSession;
  /**
   * The offer the endpoint's SDP answered, when it is known but was not made by us (a capture
   * shows both sides' SDP): an answer carries only what its offer did (RFC 3264 §6).
   */
  readonly answeredOffer?: string;
  readonly transport?: TransportEvidence;
  readonly media?: MediaEvidence;
  readonly presentation?: PresentationEvidence;
  /** The endpoint's H.225.0 and H.245, when the call was H.323 (then `sip` is absent). */
  readonly h323?: H323Evidence;
  /** Our OPTIONS probe of the endpoint, when we sent one (the room probing its caller). */
  readonly optionsProbe?: OptionsProbeEvidence;
  /** Parts that could not be gathered, and why: these make checks "not tested" with the reason. */
  readonly unavailable?: readonly Unavailable[];
}

export type EvidencePart =
  | "sip"
  | "sdp"
  | "transport"
  | "tls"
  | "resolution"
  | "media"
  | "srtp"
  | "keyframe"
  | "presentation"
  | "options";

export interface Unavailable {
  readonly part: EvidencePart;
  /** Why, in both report languages. */
  readonly reason: Phrase;
}

/** What a SIP message is, as far as grading cares. */
export type SipMessageRole = "invite" | "invite-response" | "options-response" | "other";

export interface SipMessageEvidence {
  readonly role: SipMessageRole;
  readonly head: SipMessageHead;
  /** Header lines that could not be read and were left out (messy equipment), verbatim. */
  readonly skippedLines?: readonly string[];
  /** Where the packet came from, when it was received live (not in a saved file). */
  readonly source?: PacketSource;
  /** The SIP transport it arrived on, when received live. */
  readonly transport?: SipTransportName;
}

export type SipTransportName = "udp" | "tcp" | "tls";

export interface PacketSource {
  readonly address: string;
  readonly port: number;
}

/** One SDP body of the endpoint. */
export interface SdpEvidence {
  /** An offer (INVITE, OPTIONS capabilities, bare offer) or an answer (2xx to our INVITE). */
  readonly role: "offer" | "answer";
  /** Where it came from: "invite", "response", "options-response" or "file" (bare SDP). */
  readonly origin: "invite" | "response" | "options-response" | "file";
  readonly text: string;
  /** The SDP as read; undefined when it did not parse (`error` says why). */
  readonly reading?: SessionReading;
  readonly bfcp?: BfcpReading;
  readonly error?: string;
  /** Other alternatives of a multipart/alternative body that were not graded. */
  readonly alternativesSkipped?: number;
}

export interface TransportEvidence {
  /** The transport the endpoint's SIP used with us (live). */
  readonly sipTransport?: SipTransportName;
  /** Transports tried against the endpoint (`call --matrix`), and whether a call worked on each. */
  readonly attempts?: readonly TransportAttempt[];
  readonly tls?: TlsEvidence;
  /** The RFC 3263 resolution of the URI we dialled (calls we place). */
  readonly resolution?: ResolutionEvidence;
  /** Where the endpoint's SIP packets came from (live). */
  readonly signallingSource?: PacketSource;
  /** What the endpoint wrote into our top Via of its responses (RFC 3581 §4), live calls only. */
  readonly ourViaInResponse?: { readonly received?: string; readonly rport?: string };
  /** Our Via asked for rport (RFC 3581): only then is its absence in the response meaningful. */
  readonly weAskedRport?: boolean;
  /** Per RTP stream: where the SDP said media would come from, and where it came from. */
  readonly mediaSources?: readonly MediaSourceEvidence[];
  /** ICE connectivity checks, when both SDPs carried ICE (live). */
  readonly ice?: IceEvidence;
}

export interface TransportAttempt {
  readonly transport: SipTransportName;
  readonly srtp?: "off" | "optional" | "mandatory";
  readonly ok: boolean;
  readonly detail?: string;
}

/** A structural subset of src/adapters/sip/tls-facts.ts TlsFacts (the core may not import adapters). */
export interface TlsEvidence {
  /**
   * Our side of the connection. As the TLS server (the room graded a caller) the endpoint's own
   * certificate is not in question: SIP clients rarely present one, and the keys still travel
   * encrypted.
   */
  readonly ourRole?: "client" | "server";
  readonly protocol?: string;
  readonly cipher?: string;
  readonly peerVerified: boolean;
  readonly verifyError?: string;
  readonly peerCertificate?: {
    readonly subject: string;
    readonly issuer: string;
    readonly validTo: string;
    readonly selfSigned: boolean;
  };
  readonly error?: string;
}

export interface ResolutionEvidence {
  /** The URI as dialled, e.g. "sip:testrum@vdm.example.org". */
  readonly uri: string;
  readonly steps: readonly ResolutionStep[];
  /** How many targets resolution produced (0 when it failed). */
  readonly targets: number;
  /**
   * The outbound proxy the INVITE was sent to (RFC 3261 §8.1.2): `steps` and `targets` are then
   * the resolution of the proxy's URI, and the proxy routed `uri` onwards.
   */
  readonly outboundProxy?: string;
  /** The Request-URI of our INVITE as it went on the wire. */
  readonly requestUri?: string;
  /** A request reached the endpoint (any response came back) through these targets. */
  readonly reached: boolean;
}

export interface MediaSourceEvidence {
  readonly kind: MediaKind;
  readonly sdpAddress: string;
  readonly sdpPort: number;
  /** Undefined when no packet of this stream arrived. */
  readonly source?: PacketSource;
  /** We only got media after sending to the packets' source instead of the SDP address. */
  readonly latched?: boolean;
  /** Where the endpoint's RTCP arrived: on the RTP port (multiplexed, RFC 5761) or the separate port. */
  readonly rtcp?: { readonly onRtpPort: number; readonly onRtcpPort: number };
}

/**
 * ICE connectivity checks seen live (RFC 8445 §7). "endpoint-checked-us": the endpoint, as the
 * full agent, checked our ICE-lite candidates; "we-checked-endpoint": our controlling agent
 * checked the endpoint's candidates.
 */
export interface IceEvidence {
  readonly direction: "endpoint-checked-us" | "we-checked-endpoint";
  /** Binding requests received from the endpoint, or checks (transactions) we made. */
  readonly requests: number;
  /** Our Binding requests on the wire, retransmissions included (when we checked). */
  readonly packetsSent?: number;
  /** Checks that succeeded (authenticated with the right password). */
  readonly succeeded: number;
  /** Nominated pairs (USE-CANDIDATE on a successful check), e.g. "audio 127.0.0.1:5000". */
  readonly nominated: readonly string[];
  /** Streams whose checks were expected: those whose SDP carried ICE on both sides. */
  readonly streams: number;
  /** What went wrong: error responses, integrity failures, checks left unanswered. */
  readonly failures: readonly string[];
  /** Where the endpoint's checks came from, or the candidates we checked. */
  readonly addresses: readonly string[];
  /** First check to first success, when we checked. */
  readonly roundTripMs?: number;
}

/** The room's OPTIONS to a caller's Contact (RFC 3261 §11), sent once the call was up. */
export interface OptionsProbeEvidence {
  readonly target: string;
  /** How long we waited for a final response. */
  readonly timeoutMs: number;
  /** When the final response came (ms after sending); undefined when none came. */
  readonly answeredMs?: number;
  /** Why no request went out or no response could come (transport failure). */
  readonly error?: string;
}

/** What we measured of the endpoint's media (live only). */
export interface MediaEvidence {
  readonly video?: VideoMeasurement;
  readonly audio?: { readonly codec?: string; readonly packetsReceived: number };
  readonly srtp?: SrtpMeasurement;
  /** RFC 3550 receive statistics per SSRC, as measured. */
  readonly receiveStats?: readonly StreamStats[];
}

export interface VideoMeasurement {
  /** The codec the endpoint sends, as negotiated (e.g. "H264"). */
  readonly codec?: string;
  readonly packetsReceived: number;
  readonly framesDecoded: number;
  /** Frames that arrived but did not decode. */
  readonly decodeErrors?: number;
  /** Coded picture size (from the SPS or the decoder). */
  readonly width?: number;
  readonly height?: number;
  /** Frames per second measured over the call. */
  readonly frameRate?: number;
  /** profile-level-id agreed for the stream, when known (six hex digits). */
  readonly profileLevelId?: string;
  /** The endpoint's max-fs / max-mbps as agreed, when signalled. */
  readonly maxFs?: number;
  readonly maxMbps?: number;
  readonly keyframe?: KeyframeMeasurement;
}

/** RFC 4585 PLI / RFC 5104 FIR: we asked for a keyframe; when did one arrive. */
export interface KeyframeMeasurement {
  readonly requests: number;
  /** Milliseconds from each request to the next IDR; null when none came. */
  readonly responseMs: readonly (number | null)[];
}

export interface SrtpMeasurement {
  /** SRTP was agreed for the streams measured. */
  readonly negotiated: boolean;
  readonly packetsAuthenticated: number;
  readonly authFailures: number;
  /** Packets that arrived as plain RTP on a stream agreed as SRTP (or all packets when plain). */
  readonly plainPackets: number;
}

/** The presentation outcome of a live call (src/conformance/presentation-check.ts fills `checks`). */
export interface PresentationEvidence {
  readonly floorGranted?: boolean;
  readonly grantMs?: number;
  readonly slidesCodec?: string;
  readonly slidesFramesDecoded?: number;
  /** The presentation checks as produced elsewhere; gradeAll adopts them for H.239. */
  readonly checks?: readonly Check[];
}

/** The reason a part is unavailable, or undefined when it was not declared unavailable. */
export function unavailableReason(e: Evidence, part: EvidencePart): Phrase | undefined {
  return e.unavailable?.find((u) => u.part === part)?.reason;
}

/** Why the first of `parts` declared unavailable is missing, or `otherwise` when none was declared. */
export function whyUnavailable(e: Evidence, parts: readonly EvidencePart[], otherwise: Phrase): Phrase {
  for (const part of parts) {
    const why = unavailableReason(e, part);
    if (why) return why;
  }
  return otherwise;
}
