import type { HostPort } from "../protocol/h323/transport-address.js";
import type { AdvertisedFeature } from "../protocol/h460/feature-set.js";
import type { MediaTraversal } from "../protocol/h460/traversal-parameters.js";

// What an H.323 endpoint said and did about H.460.18/.19, read from the wire between it and the
// room (its gatekeeper and traversal server): RAS, call signalling, H.245 and the media that
// arrived. The verdicts (h460-check.ts) read only this; h460-wire.ts fills it from the records.

/** One message between the endpoint and us, as the shell records it (an H323WireMessage, or RAS). */
export interface H460WireMessage {
  /** Epoch ms. */
  readonly atMs: number;
  /** "received": the endpoint sent it; "sent": we did. */
  readonly direction: "sent" | "received";
  /** RAS: the UDP payload. q931: a TPKT payload, empty for the keep-alive. h245: the PDU. */
  readonly channel: "ras" | "q931" | "h245";
  /** An H.245 message that rode in h245Control (read there, so skipped here). */
  readonly tunnelled?: boolean;
  readonly bytes: Uint8Array;
  readonly local: HostPort;
  readonly remote: HostPort;
}

/** A datagram from the endpoint that reached one of our media ports. */
export interface H460MediaArrival {
  readonly atMs: number;
  readonly from: HostPort;
  readonly to: HostPort;
  /** Its whole length. */
  readonly length: number;
  /** Its first octets (at least the 12 of an RTP header, 16 with a multiplexID). */
  readonly head: Uint8Array;
}

export interface H460WireInput {
  readonly messages: readonly H460WireMessage[];
  readonly media: readonly H460MediaArrival[];
  /** When the observation ended (the call or the registration test), epoch ms. */
  readonly endAtMs: number;
}

/** Features stated in one message. */
export interface FeatureStatement {
  readonly atMs: number;
  /** "GRQ", "RRQ", "Setup", "Connect", ... */
  readonly message: string;
  readonly features: readonly AdvertisedFeature[];
}

export interface RegistrationFacts {
  readonly firstRcfAtMs: number;
  /** timeToLive of the last RCF, seconds. */
  readonly timeToLiveS?: number;
  readonly keepAliveRrqAtMs: readonly number[];
}

/** One ServiceControlIndication with an IncomingCallIndication, and what the endpoint did. */
export interface IncomingCallFacts {
  readonly sciAtMs: number;
  readonly requestSeqNum: number;
  readonly callIdHex: string;
  readonly address: HostPort;
  readonly scrAtMs?: number;
  /** The Facility on the connection it opened to `address`. */
  readonly facilityAtMs?: number;
  readonly facilityFrom?: HostPort;
  /** Our Setup on that connection. */
  readonly setupAtMs?: number;
}

/** Empty TPKTs the endpoint sent on one call signalling connection. */
export interface SignallingKeepAlives {
  readonly connection: string;
  readonly firstAtMs: number;
  readonly lastAtMs: number;
  readonly keepAlivesAtMs: readonly number[];
}

/** A logical channel's H.460.19 parameters, ours ("server") and the endpoint's ("client"). */
export interface ChannelFacts {
  readonly number: number;
  readonly atMs: number;
  readonly server?: MediaTraversal;
  readonly clientMarked: boolean;
  readonly client?: MediaTraversal;
}

/** What arrived from the endpoint at one of our media addresses. */
export interface MediaPathFacts {
  readonly to: string;
  readonly firstAtMs: number;
  readonly lastAtMs: number;
  readonly atMs: readonly number[];
  readonly keepAlives: number;
  readonly rtp: number;
  readonly rtcp: number;
  readonly multiplexed: number;
  readonly sources: readonly string[];
}

export interface H460Evidence {
  /** Messages carrying features, from the endpoint. */
  readonly advertised: readonly FeatureStatement[];
  /** Every GRQ/RRQ from the endpoint (with or without features). */
  readonly registrationRequests: number;
  /** GCF/RCF features from us. */
  readonly confirmed: readonly FeatureStatement[];
  readonly registration?: RegistrationFacts;
  readonly incomingCalls: readonly IncomingCallFacts[];
  readonly signallingKeepAlives: readonly SignallingKeepAlives[];
  readonly channels: readonly ChannelFacts[];
  readonly media: readonly MediaPathFacts[];
  /** A call was set up (Setup seen either way). */
  readonly call: boolean;
  readonly startAtMs: number;
  readonly endAtMs: number;
  /** Messages that did not decode: "RAS: ..." */
  readonly errors: readonly string[];
}
