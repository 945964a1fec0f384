import type { H323WireMessage } from "../../conformance/h323-evidence.js";
import type { H235KeyRecord } from "../../protocol/h235/call-keys.js";
import type { H235MediaCrypto } from "../../protocol/h235/media-crypto.js";
import type { AliasSet } from "../../protocol/h323/aliases.js";
import type { H239Presentation } from "./h239-presentation.js";
// The H.323 engine's surface (H.323 §8, H.225.0 §7, H.245): one call over one call signalling
// connection, placed by us or taken by our listener, with media described as SDP (RFC 3264)
// on both sides so the caller and the room keep negotiating as they do for SIP. The engine
// maps SDP to H.245 (capabilities, fast start, OpenLogicalChannel) and what the far end said
// in H.245 back to SDP; how H.245 travels (fast start, tunnelled, separate connection) is the
// engine's business and a fact of the call.

/** How H.245 runs on the call (H.323 §8.1.7 fast start, §8.2.1 tunnelling, §8.2 separate). */
export type H245Mode = "fastStart" | "tunnelling" | "separate";

export interface H323Address {
  readonly host: string;
  readonly port: number;
}

/** AliasAddress alternatives we use (H.225.0 §7.6). */
export type H323Aliases = AliasSet;

/** One message on the call's wire, for the ladder, grading evidence and the pcap. */
export type H323MessageRecord = H323WireMessage;

/** What the far end chose and said: report facts and grading evidence. */
export interface H323CallFacts {
  readonly mode: H245Mode;
  /** H.245 tunnelling agreed (both ends said h245Tunneling TRUE). */
  readonly tunnelling: boolean;
  /** The far end answered our fast start proposals, or proposed fast start itself. */
  readonly fastStartAccepted: boolean;
  /** H.245 ran on its own TCP connection. */
  readonly separateH245: boolean;
  /** The far end's H.225.0 VendorIdentifier: "productId versionId". */
  readonly vendor?: string;
  readonly remoteAliases: H323Aliases;
  readonly calledAliases: H323Aliases;
  /** The far end's TerminalCapabilitySet entries, named ("H.264 Baseline level 3.1", "G.711 µ-law"...). */
  readonly capabilities?: readonly string[];
  /** The far end's TerminalCapabilitySet exactly as received (PER), for grading. */
  readonly capabilitySet?: Uint8Array;
  /** ReleaseCompleteReason or what ended the call, once it ended. */
  readonly releaseReason?: string;
  /** The Q.850 cause of the ReleaseComplete, once it ended. */
  readonly q850Cause?: number;
}

/** H.235.6 media encryption on a call (ITU-T H.235.6): offered, agreed, or why not. */
export interface H323Encryption {
  /** DH tokens were in the Setup (ours, or the caller's). */
  readonly offered: boolean;
  readonly agreed?: {
    /** The DH group's token OID and modulus size. */
    readonly group: { readonly tokenOID: string; readonly bits: number };
    /** Our H.245 role: the master hands out the media keys. */
    readonly role?: "master" | "slave";
    /** The media transform per medium, for the RTP endpoints (SRTP's place). */
    readonly media: { readonly audio: H235MediaCrypto; readonly video: H235MediaCrypto };
    /** encryptionSync and key update messages, sent and received. */
    readonly keyMessages: readonly H235KeyRecord[];
  };
  /** Why an offer did not lead to encryption. */
  readonly failure?: string;
}

export interface H323CallEnd {
  readonly byPeer: boolean;
  /** One line. */
  readonly reason: string;
}

export interface H323Call {
  /** H.225.0 callIdentifier GUID as hex. */
  readonly callId: string;
  facts(): H323CallFacts;
  messages(): readonly H323MessageRecord[];
  /** Sends H.245 miscellaneousCommand videoFastUpdatePicture on the far end's video channel; false when H.245 cannot carry it. */
  requestKeyframe(): boolean;
  /** The far end asked us for a keyframe (videoFastUpdatePicture). */
  onKeyframeRequest(fn: () => void): void;
  /** endSessionCommand + ReleaseComplete, waiting a bounded time for the far end's endSessionCommand. */
  hangUp(reason?: string): Promise<void>;
  whenEnded(): Promise<H323CallEnd>;
  /**
   * The H.239 presentation (H.239 §9, §11.2) when our SDP had a slides line and H.245 runs
   * (not on a fast start call, whose media was agreed before the capabilities).
   */
  presentation(): H239Presentation | undefined;
  /**
   * The far end's media as SDP as now known: for the caller the answer; for the callee its offer
   * updated with the receive addresses its OpenLogicalChannelAcks gave (H.245 tells where the
   * caller receives only in the Ack to our channel, after answer()).
   */
  remoteMedia(): string;
  /** H.235.6 on the call. */
  encryption(): H323Encryption;
  /** H.235.6 key update for what we send on `kind`; false when no key can be updated. */
  updateMediaKey(kind: "audio" | "video"): boolean;
}

/** The caller's options (placeH323Call). */
export interface PlaceH323CallOptions {
  /** Our address: bound for the call signalling connection, advertised for H.245 and media. */
  readonly local: { readonly host: string };
  readonly remote: H323Address;
  readonly called: H323Aliases;
  readonly calling: H323Aliases;
  readonly mode: H245Mode;
  /** Our media as an SDP offer (RTP/RTCP ports, codecs, H.264 profile-level-id). */
  readonly sdpOffer: string;
  /** "h235": offer H.235.6 media encryption (DH tokens in Setup, AES-128 media keys in H.245). */
  readonly encryption?: "h235";
  /** How long to wait from Setup until the media is agreed. */
  readonly answerTimeoutMs: number;
  readonly onAlerting?: () => void;
  /** Every message as it passes (the call's log is also kept on H323Call.messages()). */
  readonly onMessage?: (m: H323MessageRecord) => void;
  /**
   * The call's identity when a gatekeeper admitted it first: Setup must carry the call reference,
   * callIdentifier and conferenceID the ARQ named (H.225.0). Random when absent.
   */
  readonly identity?: H323CallIdentity;
}

export interface H323CallIdentity {
  /** Q.931 call reference value, 1..32767. */
  readonly callReference: number;
  /** 16 octets. */
  readonly callIdentifier: Uint8Array;
  /** 16 octets. */
  readonly conferenceId: Uint8Array;
}

export interface PlacedH323Call {
  readonly call: H323Call;
  /** The far end's media as an SDP answer to our offer. */
  readonly sdpAnswer: string;
}

/** What placeH323Call rejects with: one line naming what failed, the messages so far. */
export class H323SetupError extends Error {
  override readonly name = "H323SetupError";
  constructor(
    message: string,
    readonly messages: readonly H323MessageRecord[] = [],
    /** Q.850 cause of the far end's ReleaseComplete, when it refused. */
    readonly q850Cause?: number,
    readonly releaseReason?: string,
  ) {
    super(message);
  }
}

/** Bounds on what the listener holds for callers (every one has a default). */
export interface H323ListenerLimits {
  /** Call signalling connections at once (default 64). */
  readonly maxConnections?: number;
  /** Connections at once from one source address (default 8). */
  readonly maxPerSource?: number;
  /** A connection must bring Setup within this (default 10 000 ms). */
  readonly setupTimeoutMs?: number;
  /** Without fast start, how long to wait for the far end's TCS and OLCs (default 10 000 ms). */
  readonly offerTimeoutMs?: number;
  /** The application must answer or refuse within this (default 30 000 ms). */
  readonly answerTimeoutMs?: number;
  /** The largest TPKT packet accepted (default 16 384 octets). */
  readonly maxPacketLength?: number;
}

export interface H323ListenerOptions {
  /** The address to bind and advertise (127.0.0.1 in tests). */
  readonly host: string;
  /** TCP port; H.225.0 call signalling uses 1720 (0: any free port). */
  readonly port: number;
  readonly limits?: H323ListenerLimits;
  /** Every message of every call as it passes (`serve --pcap`); each call also keeps its own log. */
  readonly onMessage?: (m: H323MessageRecord) => void;
  /** Take H.235.6 media encryption when a caller offers it (default false: the application must install the call's media transforms). */
  readonly h235?: boolean;
  /** The product our answers name (VendorIdentifier productId, display); default "vdm-test". */
  readonly product?: string;
}

export type H323RefuseReason =
  | "busy"
  | "noBandwidth"
  | "undefinedReason"
  | "destinationRejection"
  | "calledPartyNotRegistered"
  | "gatewayResources";

/** What a Setup says, before any media: enough for admission and choosing the alias. */
export interface H323SetupInfo {
  readonly callId: string;
  readonly source: H323Address;
  /** destinationAddress of the Setup. */
  readonly calledAliases: H323Aliases;
  /** sourceAddress of the Setup. */
  readonly callingAliases: H323Aliases;
  readonly vendor?: string;
}

/** A call that reached our listener and brought its media offer. */
export interface IncomingH323Call extends H323SetupInfo {
  /** How the caller runs H.245 (fast start proposals, tunnelling, or a separate connection). */
  readonly mode: H245Mode;
  /** The caller's media as an SDP offer, from fast start or from its TCS and OLCs. */
  readonly sdpOffer: string;
  messages(): readonly H323MessageRecord[];
  facts(): H323CallFacts;
  /** H.235.6 as agreed on the Setup (the media keys follow in H.245). */
  encryption(): H323Encryption;
  /** Sends Connect (with fast start answers) or, after it, our OLC acks and our own OLCs. */
  answer(sdpAnswer: string): Promise<H323Call>;
  /** ReleaseComplete with this reason (and its Q.850 cause per H.225.0 Table 5). */
  refuse(reason: H323RefuseReason): Promise<void>;
}

/** What the listener gives the application (H323Listener in h323-listener.ts). */
export interface H323ListenerHandle {
  readonly address: H323Address;
  /**
   * Called on each Setup before anything is answered; a reason refuses the call at once
   * (ReleaseComplete with it). Without it every Setup is taken.
   */
  admit(fn: (setup: H323SetupInfo) => H323RefuseReason | undefined): void;
  onCall(fn: (incoming: IncomingH323Call) => void): void;
  /** Stops listening and ends every call (ReleaseComplete), bounded. */
  close(): Promise<void>;
}
