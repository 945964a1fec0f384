import type { H225 } from "../../asn1/index.js";
import type { HostPort } from "../../h323/transport-address.js";

// One endpoint registered with the room's gatekeeper (H.225.0 §7.9.1 RRQ/RCF, H.323 §7.2.2),
// as the gatekeeper keeps it: what the endpoint declared in its full RRQ, what the gatekeeper
// granted, and how it kept the registration alive since (lightweight RRQs, H.225.0 §7.9.1 and
// H.323 §7.2.2.1). Declared H.460 feature sets are kept exactly as sent (H.460.1 §6): the
// feature ids and parameters, read by whoever grades them.

/** How an endpoint refreshed its registration. */
export interface KeepAlive {
  /** When the refresh came (the gatekeeper's clock, ms). */
  readonly at: number;
  /** "lightweight": RRQ keepAlive TRUE (H.225.0 §7.9.1); "full": a complete RRQ again. */
  readonly kind: "lightweight" | "full";
  /** Milliseconds since the registration was last confirmed or refreshed. */
  readonly sinceLastMs: number;
  /** The refresh came within the timeToLive then in force. */
  readonly inTime: boolean;
}

/** The H.460 feature sets an RRQ declared (H.225.0 FeatureSet, H.460.1 §6), and its genericData. */
export interface DeclaredFeatures {
  readonly needed: readonly H225.FeatureDescriptor[];
  readonly desired: readonly H225.FeatureDescriptor[];
  readonly supported: readonly H225.FeatureDescriptor[];
  readonly genericData: readonly H225.GenericData[];
}

/** One RAS message of a registration, for its report. */
export interface RegistrationMessage {
  readonly at: number;
  readonly direction: "received" | "sent";
  /** "RRQ", "RCF", "ARQ"... */
  readonly name: string;
  /** One line: what it said or why it was refused. */
  readonly summary: string;
  readonly bytes: Uint8Array;
}

export type RegistrationEnd = "unregistered" | "expired" | "replaced" | "gatekeeperStopped";

export interface Registration {
  /** The EndpointIdentifier the gatekeeper gave in RCF. */
  readonly endpointIdentifier: string;
  /** The terminalAlias list of the full RRQ, as sent (every kind, transportID and partyNumber too). */
  readonly aliases: readonly H225.AliasAddress[];
  readonly callSignalAddresses: readonly HostPort[];
  readonly rasAddresses: readonly HostPort[];
  /** Where the full RRQ came from: the endpoint as the network shows it. */
  readonly source: HostPort;
  /** "productId versionId" of its endpointVendor. */
  readonly vendor?: string;
  /** The timeToLive the RRQ asked for (seconds), if any. */
  readonly requestedTtlS?: number;
  /** The timeToLive the RCF granted (seconds). */
  readonly grantedTtlS: number;
  readonly features: DeclaredFeatures;
  readonly registeredAt: number;
  /** When the registration was last confirmed (RCF to a full or lightweight RRQ). */
  lastRefreshAt: number;
  /** After this the gatekeeper forgets the endpoint (lastRefreshAt + timeToLive + grace). */
  expiresAt: number;
  /** When it last reported a call's end (DRQ, H.225.0 §7.10.3). */
  lastDisengageAt?: number;
  /** The first keep-alives (bounded; `keepAliveCount` counts them all). */
  readonly keepAlives: KeepAlive[];
  keepAliveCount: number;
  /** The first RAS messages of the registration (bounded; `messageCount` counts them all). */
  readonly messages: RegistrationMessage[];
  messageCount: number;
  /** How it ended, once it has. */
  ended?: { readonly at: number; readonly how: RegistrationEnd };
}
