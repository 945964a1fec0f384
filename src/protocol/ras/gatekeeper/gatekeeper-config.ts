import type { H225 } from "../../asn1/index.js";
import type { HostPort } from "../../h323/transport-address.js";
import { DEFAULT_SOURCE_RATE_LIMITS, type SourceRateLimits } from "./source-rate.js";

// What the room's gatekeeper is told: who it is, where the room is, and its bounds.

export interface GatekeeperLimits {
  /** Registrations held at once; past it RRQ gets RRJ resourceUnavailable. */
  readonly maxRegistrations: number;
  /** Aliases one RRQ may register; more get RRJ invalidAlias. */
  readonly maxAliases: number;
  /** timeToLive granted when the RRQ asks for none, and the bounds of what it may ask (seconds). */
  readonly defaultTtlS: number;
  readonly minTtlS: number;
  readonly maxTtlS: number;
  /** How long past its timeToLive a registration is kept before it expires (ms). */
  readonly graceMs: number;
  /** Keep-alives and RAS messages kept per registration for its report (the rest are counted). */
  readonly keepAliveHistory: number;
  readonly messageHistory: number;
  /** Largest bandWidth granted in ACF and BCF (units of 100 bit/s, H.225.0 BandWidth). */
  readonly maxBandwidth: number;
  readonly rate: SourceRateLimits;
}

export const DEFAULT_GATEKEEPER_LIMITS: GatekeeperLimits = {
  maxRegistrations: 500,
  maxAliases: 16,
  defaultTtlS: 300,
  minTtlS: 30,
  maxTtlS: 3600,
  graceMs: 10_000,
  keepAliveHistory: 32,
  messageHistory: 64,
  // 20 Mbit/s: more than any room call needs.
  maxBandwidth: 200_000,
  rate: DEFAULT_SOURCE_RATE_LIMITS,
};

export interface GatekeeperConfig {
  /** The GatekeeperIdentifier of GCF and RCF (`serve --gatekeeper-id`). */
  readonly gatekeeperId: string;
  /** The gatekeeper's own RAS address, given in GCF and LCF. */
  readonly rasAddress: HostPort;
  /** The room's H.225.0 call signalling address: where calls to the room's aliases go. */
  readonly callSignalAddress: HostPort;
  /** Whether an alias names the room (one of its aliases or numbers): reserved, and routed to the room. */
  readonly isRoomAlias: (a: H225.AliasAddress) => boolean;
  /** H.460 features (H.460.1 generic identifiers) the gatekeeper supports; needed ones it lacks get RRJ. */
  readonly supportsFeature?: (id: H225.GenericIdentifier) => boolean;
  readonly limits?: Partial<GatekeeperLimits>;
}
