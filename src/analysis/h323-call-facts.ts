import type { H245ModeName } from "../conformance/h323-evidence.js";

// What a capture shows of H.323: calls (H.225.0 call signalling, H.245 tunnelled or on its own
// connection, the logical channels and the media addresses they name), RAS exchanges and
// registrations (H.225.0 §7.7 over UDP), the H.239 token flow and the H.460 features named.

/** The two parties of one call signalling connection: the one that sent Setup is the caller. */
export type H323Side = "caller" | "callee";

export interface H323CapturedMessage {
  /** Frame number of the packet that completed it. */
  readonly number: number;
  /** Ms since the capture started. */
  readonly timeMs: number;
  /** "ip:port" of sender and receiver. */
  readonly src: string;
  readonly dst: string;
  /** "q931": H.225.0 call signalling; "h245": H.245 (tunnelled or on its own connection); "ras". */
  readonly channel: "q931" | "h245" | "ras";
  /** An H.245 message carried in h245Control of a Q.931 message (H.323 §8.2.1). */
  readonly tunnelled?: boolean;
  readonly name: string;
  readonly summary: string;
  /** The TPKT payload, the tunnelled H.245 PDU, or the RAS datagram. */
  readonly bytes: Uint8Array;
  /** Which party of the leg sent it (call messages only). */
  readonly from?: H323Side;
  /** It did not decode: why. */
  readonly error?: string;
}

/** One logical channel proposed or opened on a leg (H.245 §8.4, H.323 §8.1.7 fast start). */
export interface H323ChannelFacts {
  /** The party that proposed or opened it. */
  readonly from: H323Side;
  readonly number: number;
  readonly sessionId: number;
  readonly via: "fastStart" | "openLogicalChannel";
  readonly kind: "audio" | "video" | "data" | "other";
  /** "PCMU", "H264", ...: the RTP name of the codec, when it maps to one. */
  readonly codec?: string;
  readonly payloadType?: number;
  readonly clockRate?: number;
  /** Described as H.245 names it, e.g. "H.264 Baseline level 3.1". */
  readonly description: string;
  /** An H.239 extended video channel (the presentation role, H.239 §7.1). */
  readonly presentation: boolean;
  /** Where its RTP and RTCP go, as the OLC, its fast start answer or its Ack said. */
  readonly mediaChannel?: string;
  readonly mediaControlChannel?: string;
  /** The far end acknowledged it (OpenLogicalChannelAck, or a fast start answer). */
  readonly acknowledged: boolean;
  readonly frame: number;
}

/** One H.239 generic message of the presentation token (H.239 §8.2). */
export interface H239TokenEvent {
  readonly number: number;
  readonly timeMs: number;
  readonly from: H323Side;
  /** "presentationTokenRequest", "presentationTokenResponse", ...; "invalid" when it breaks H.239 §8. */
  readonly name: string;
  /** The presentation channel it names (H.239 §8.3 channelId). */
  readonly channelId?: number;
  /** A response's acknowledge or reject. */
  readonly result?: "acknowledge" | "reject";
  readonly error?: string;
}

/** An H.245 videoFastUpdatePicture (H.245 §8.8 miscellaneousCommand) and who asked. */
export interface KeyframeRequestEvent {
  readonly timeMs: number;
  readonly from: H323Side;
  readonly channel: number;
}

/** One call signalling connection and the H.245 that belongs to it. */
export interface H323LegFacts {
  /** The connection as "a ↔ b" (its two ends ordered as text): the key its streams are bound by. */
  readonly connection: string;
  /** "caller → callee" as ip:port. */
  readonly caller: string;
  readonly callee: string;
  readonly messages: readonly H323CapturedMessage[];
  /** The separate H.245 connection, "a ↔ b", when one was seen (H.225.0 §6.2). */
  readonly separateH245?: string;
  readonly mode: H245ModeName;
  /** A Setup was seen: otherwise the capture started after it and caller/callee are guessed. */
  readonly setupSeen: boolean;
  readonly channels: readonly H323ChannelFacts[];
  readonly h239: readonly H239TokenEvent[];
  readonly keyframeRequests: readonly KeyframeRequestEvent[];
  /** Where each party said it receives media (first announcer of an address owns it). */
  readonly receives: Readonly<Record<H323Side, readonly string[]>>;
  readonly firstMs: number;
  readonly lastMs: number;
}

export interface H323CallFacts {
  /** The call's key: "callIdentifier <hex>", "conferenceID <hex>" or "connection <a ↔ b>". */
  readonly key: string;
  readonly callIdentifier?: string;
  readonly conferenceId?: string;
  /** Its call signalling connections in order of their first message (two or more when routed). */
  readonly legs: readonly H323LegFacts[];
  /** RAS messages naming this call (ARQ/ACF/DRQ/DCF/IRR...). */
  readonly ras: readonly H323CapturedMessage[];
  readonly firstMs: number;
  readonly lastMs: number;
}

/** An endpoint's registration with a gatekeeper as RAS shows it (H.225.0 §7.9.1-7.9.2). */
export interface H323RegistrationFacts {
  /** Where the endpoint's RRQ came from, and where it went. */
  readonly endpoint: string;
  readonly gatekeeper: string;
  readonly aliases: readonly string[];
  readonly endpointIdentifier?: string;
  /** Full RRQs and lightweight keep-alive RRQs (keepAlive TRUE, H.225.0 §7.9.1). */
  readonly requests: number;
  readonly keepAlives: number;
  readonly confirmed: number;
  readonly rejected: readonly string[];
  readonly timeToLive?: number;
  /** H.460 features the endpoint named in its RRQs (and GRQs), and those the gatekeeper confirmed. */
  readonly h460: readonly string[];
  readonly h460Confirmed: readonly string[];
  readonly vendor?: string;
  readonly unregistered: boolean;
  readonly firstMs: number;
  readonly lastMs: number;
}

export interface H323CaptureFacts {
  readonly calls: readonly H323CallFacts[];
  readonly registrations: readonly H323RegistrationFacts[];
  /** Every RAS message, in capture order. */
  readonly ras: readonly H323CapturedMessage[];
  /** H.245 connections that no h245Address named. */
  readonly orphanH245: readonly string[];
  readonly q931Messages: number;
  readonly h245Messages: number;
  readonly undecodable: number;
}
