import type { H225 } from "../protocol/asn1/index.js";
import type { HostPort } from "../protocol/h323/transport-address.js";
import type { KeepAlive, Registration, RegistrationEnd } from "../protocol/ras/gatekeeper/registration.js";
import { featureLabel } from "../protocol/ras/gatekeeper/registration-request.js";
import { aliasOf } from "./h323-alias.js";
import type { H323Alias } from "./h323-evidence.js";

// What an endpoint did when it registered with the room's gatekeeper (H.225.0 §7.9 RRQ/RCF,
// H.323 §7.2.2): the aliases it registered, the H.460 feature sets it declared (H.460.1 §6),
// its timeToLive and how it kept the registration alive, and every RAS message of it. The
// registration checks read only this; the H.460 verdict of a registration reads `features`.

/** One feature of a declared feature set: "H.460.18", with its parameters exactly as sent. */
export interface DeclaredFeatureEvidence {
  /** "H.460.18", "oid 1.2.3", "nonStandard". */
  readonly label: string;
  readonly descriptor: H225.FeatureDescriptor;
}

export interface RegistrationMessageEvidence {
  /** Epoch ms. */
  readonly atMs: number;
  readonly direction: "received" | "sent";
  /** "RRQ", "RCF", "ARQ"... */
  readonly name: string;
  readonly summary: string;
  readonly bytes: Uint8Array;
}

export interface RegistrationEvidence {
  readonly endpointIdentifier: string;
  /** Every alias of the full RRQ's terminalAlias, in order. */
  readonly aliases: readonly H323Alias[];
  readonly callSignalAddresses: readonly HostPort[];
  readonly rasAddresses: readonly HostPort[];
  /** Where its RAS came from. */
  readonly source: HostPort;
  readonly vendor?: string;
  readonly timeToLive: { readonly requestedS?: number; readonly grantedS: number };
  /** The feature sets of its RRQ (H.225.0 FeatureSet) and the ids in its genericData. */
  readonly features: {
    readonly needed: readonly DeclaredFeatureEvidence[];
    readonly desired: readonly DeclaredFeatureEvidence[];
    readonly supported: readonly DeclaredFeatureEvidence[];
    readonly genericData: readonly DeclaredFeatureEvidence[];
  };
  /** Epoch ms. */
  readonly registeredAtMs: number;
  readonly lastRefreshAtMs: number;
  readonly ended?: { readonly atMs: number; readonly how: RegistrationEnd };
  /** The first keep-alives; `keepAliveCount` counts them all. */
  readonly keepAlives: readonly KeepAlive[];
  readonly keepAliveCount: number;
  /** The first RAS messages of the registration; `messageCount` counts them all. */
  readonly messages: readonly RegistrationMessageEvidence[];
  readonly messageCount: number;
}

const feature = (d: H225.FeatureDescriptor): DeclaredFeatureEvidence => ({
  label: featureLabel(d.id),
  descriptor: d,
});

/** The evidence of a registration, as the gatekeeper kept it (src/protocol/ras/gatekeeper). */
export function registrationEvidence(r: Registration): RegistrationEvidence {
  return {
    endpointIdentifier: r.endpointIdentifier,
    aliases: r.aliases.map(aliasOf),
    callSignalAddresses: r.callSignalAddresses,
    rasAddresses: r.rasAddresses,
    source: r.source,
    ...(r.vendor ? { vendor: r.vendor } : {}),
    timeToLive: {
      ...(r.requestedTtlS !== undefined ? { requestedS: r.requestedTtlS } : {}),
      grantedS: r.grantedTtlS,
    },
    features: {
      needed: r.features.needed.map(feature),
      desired: r.features.desired.map(feature),
      supported: r.features.supported.map(feature),
      genericData: r.features.genericData.map(feature),
    },
    registeredAtMs: r.registeredAt,
    lastRefreshAtMs: r.lastRefreshAt,
    ...(r.ended ? { ended: { atMs: r.ended.at, how: r.ended.how } } : {}),
    keepAlives: [...r.keepAlives],
    keepAliveCount: r.keepAliveCount,
    messages: r.messages.map((m) => ({
      atMs: m.at,
      direction: m.direction,
      name: m.name,
      summary: m.summary,
      bytes: m.bytes,
    })),
    messageCount: r.messageCount,
  };
}
