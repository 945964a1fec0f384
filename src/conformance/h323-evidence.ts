import type { H323EncryptionEvidence } from "./h323-encryption-check.js";
import type { H239Evidence } from "./h323-h239.js";
import type { H323RasEvidence } from "./h323-ras-evidence.js";
import type { H460Evidence } from "./h460-evidence.js";

// The H.323 part of the evidence: what an endpoint said over H.225.0 call signalling and H.245,
// read from the bytes it sent (h323-wire.ts). A call we placed (the endpoint answered) and a
// call to our room (the endpoint called) fill the same shape; the checks read only this.

/** How the call's H.245 ran (H.323 §8.1.7 fast start, §8.2.1 tunnelling, §8.2 separate connection). */
export type H245ModeName = "fastStart" | "tunnelling" | "separate";

/** One alias of an endpoint (H.225.0 §7.6 AliasAddress), its kind named as in the ASN.1. */
export interface H323Alias {
  readonly kind: "h323-ID" | "url-ID" | "email-ID" | "dialedDigits" | "partyNumber" | "transportID" | "other";
  readonly value: string;
}

/** H.264 as an H.241 §8.3 generic capability: profile bits, level and the custom limits. */
export interface H241Evidence {
  /** H.241 §8.3.2.1 Profile booleanArray (64 Baseline, 32 Main, 16 Extended, 8 High). */
  readonly profile: number;
  /** H.241 §8.3.2.2 Level parameter value (71 is level 3.1). */
  readonly level: number;
  /** H.241 §8.3.2.3 CustomMaxMBPS, in units of 500 macroblocks/s. */
  readonly customMaxMbps?: number;
  /** H.241 §8.3.2.4 CustomMaxFS, in units of 256 macroblocks. */
  readonly customMaxFs?: number;
  /** GenericCapability maxBitRate, in units of 100 bit/s. */
  readonly maxBitRate?: number;
}

export type H245MediaKind = "audio" | "video" | "data" | "other";

/** One entry of the endpoint's TerminalCapabilitySet (H.245 §8.3). */
export interface H245CapabilityEvidence {
  readonly entry: number;
  readonly direction: "receive" | "transmit" | "receiveAndTransmit" | "other";
  readonly media: H245MediaKind;
  /** "H.264", "G.711 µ-law", "H.263", "H.239 extended video"... */
  readonly name: string;
  readonly h264?: H241Evidence;
}

/** A logical channel the endpoint opened or proposed for the media it sends (H.245 §8.4). */
export interface H245ChannelEvidence {
  readonly number: number;
  readonly sessionId: number;
  /** "fastStart": an OpenLogicalChannel in fastStart (H.323 §8.1.7); else an H.245 request. */
  readonly via: "fastStart" | "openLogicalChannel";
  readonly media: H245MediaKind;
  readonly name: string;
  readonly h264?: H241Evidence;
}

/** One message of the endpoint, as far as grading and the report care. */
export interface H323MessageEvidence {
  readonly channel: "h225" | "h245";
  /** "Setup", "Connect", "TerminalCapabilitySet", ... */
  readonly name: string;
  readonly tunnelled?: boolean;
  /** The message did not decode: the ParseError's text. */
  readonly error?: string;
}

export interface H323Evidence {
  /** The endpoint called our room ("caller") or answered our call ("callee"). */
  readonly endpointRole: "caller" | "callee";
  /**
   * The endpoint's own aliases as it stated them: Setup's sourceAddress (caller) or Connect's
   * connectedAddress (callee). Undefined when that message carried none.
   */
  readonly aliases?: readonly H323Alias[];
  /** Where `aliases` came from, e.g. "Setup.sourceAddress". */
  readonly aliasesFrom: string;
  /** The aliases the call was placed to (Setup's destinationAddress). */
  readonly calledAliases: readonly H323Alias[];
  /** The endpoint's H.225.0 vendor (productId and versionId of its EndpointType). */
  readonly vendor?: string;
  readonly h245: {
    readonly mode: H245ModeName;
    readonly tunnelling: boolean;
    readonly fastStart: boolean;
    readonly separate: boolean;
  };
  /** The endpoint's capability set; undefined when it sent none (fast start only). */
  readonly capabilities?: readonly H245CapabilityEvidence[];
  /** The channels the endpoint opened or proposed for its own media. */
  readonly channels: readonly H245ChannelEvidence[];
  readonly messages: readonly H323MessageEvidence[];
  /** What the endpoint announced that vdm-test does not grade yet. */
  readonly announced: {
    /** H.460 features in its featureSet/genericData ("18", "19", ...). */
    readonly h460: readonly string[];
    /** An H.239 capability (H.239 §7.2) in its capability set. */
    readonly h239: boolean;
    /** H.235 security (tokens, h235SecurityCapability, h235Media). */
    readonly h235: boolean;
  };
  /**
   * What the endpoint said and did about H.460.18/.19 with the room as its gatekeeper (RAS,
   * SCI, keep-alives, TraversalParameters, media); undefined when no gatekeeper of ours was in it.
   */
  readonly h460?: H460Evidence;
  /** H.239 as the endpoint declared and did it (h323-h239.ts). */
  readonly h239?: H239Evidence;
  /** H.235.6 media encryption on the call, when the shell measured it (the encryption checks). */
  readonly encryption?: H323EncryptionEvidence;
  /** How the call ended, when the endpoint released it. */
  readonly release?: { readonly reason?: string; readonly q850Cause?: number };
  /** What H.225.0 RAS said about the endpoint (registration, admission), when a gatekeeper took part. */
  readonly ras?: H323RasEvidence;
}

/** One H.323 message on the call's wire, as the H.323 shell records it (its H323MessageRecord). */
export interface H323WireMessage {
  /** Epoch ms. */
  readonly atMs: number;
  readonly direction: "sent" | "received";
  /**
   * "q931": the call signalling connection; "h245": H.245, tunnelled or on its own connection;
   * "ras": H.225.0 RAS with the gatekeeper, over UDP (the bytes are the datagram's payload).
   */
  readonly channel: "q931" | "h245" | "ras";
  /** An H.245 message that rode in h245Control of a Q.931 message (recorded there too). */
  readonly tunnelled?: boolean;
  readonly name: string;
  /** One line, e.g. "H.264 Baseline level 3.1, G.711 µ-law". */
  readonly summary: string;
  /** The TPKT payload or RAS datagram exactly as on the wire (tunnelled H.245: the H.245 PDU). */
  readonly bytes: Uint8Array;
  readonly local: { readonly host: string; readonly port: number };
  readonly remote: { readonly host: string; readonly port: number };
}
