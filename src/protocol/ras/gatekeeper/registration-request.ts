import type { H225 } from "../../asn1/index.js";
import { H225_PROTOCOL_IDENTIFIER } from "../../h225/call-pdu.js";
import { vendorText } from "../../h323/aliases.js";
import { type HostPort, h225Address, readH225Address } from "../../h323/transport-address.js";
import { aliasLabel } from "../ras-views.js";
import { aliasKey } from "./alias-key.js";
import type { GatekeeperConfig, GatekeeperLimits } from "./gatekeeper-config.js";
import type { DeclaredFeatures, Registration } from "./registration.js";
import type { RegistrationTable } from "./registration-table.js";

// RRQ (H.225.0 §7.9.1, H.323 §7.2.2): a full registration, or a lightweight one (keepAlive
// TRUE) that only refreshes it. The answer is RCF, or RRJ with the reason H.225.0 gives for
// the case. What changes in the table is returned beside the answer, for the machine's events.

export interface RegistrationContext {
  readonly now: number;
  readonly from: HostPort;
  readonly config: GatekeeperConfig;
  readonly limits: GatekeeperLimits;
  readonly table: RegistrationTable;
  newEndpointId(): string;
}

export type RegistrationOutcome =
  | { readonly kind: "registered"; readonly registration: Registration; readonly replaced?: Registration }
  | { readonly kind: "refreshed"; readonly registration: Registration; readonly lightweight: boolean }
  | {
      readonly kind: "refused";
      readonly registration?: Registration;
      readonly reason: string;
      readonly detail: string;
    };

export interface RegistrationAnswer {
  readonly answer: H225.RasMessage;
  readonly summary: string;
  readonly outcome: RegistrationOutcome;
}

type RejectReason = H225.RegistrationRejectReason;

function reject(
  ctx: RegistrationContext,
  rrq: H225.RegistrationRequest,
  reason: RejectReason,
  detail: string,
  registration?: Registration,
): RegistrationAnswer {
  return {
    answer: {
      choice: "registrationReject",
      value: {
        requestSeqNum: rrq.requestSeqNum,
        protocolIdentifier: H225_PROTOCOL_IDENTIFIER,
        rejectReason: reason,
        gatekeeperIdentifier: ctx.config.gatekeeperId,
      },
    },
    summary: `RRJ ${reason.choice}: ${detail}`,
    outcome: { kind: "refused", reason: reason.choice, detail, ...(registration ? { registration } : {}) },
  };
}

function confirm(ctx: RegistrationContext, rrq: H225.RegistrationRequest, r: Registration): H225.RasMessage {
  return {
    choice: "registrationConfirm",
    value: {
      requestSeqNum: rrq.requestSeqNum,
      protocolIdentifier: H225_PROTOCOL_IDENTIFIER,
      callSignalAddress: [h225Address(ctx.config.callSignalAddress)],
      ...(rrq.keepAlive || r.aliases.length === 0 ? {} : { terminalAlias: [...r.aliases] }),
      gatekeeperIdentifier: ctx.config.gatekeeperId,
      endpointIdentifier: r.endpointIdentifier,
      timeToLive: r.grantedTtlS,
      willRespondToIRR: false,
      maintainConnection: false,
    },
  };
}

function firstIpv4(list: readonly H225.TransportAddress[]): HostPort[] {
  return list.map(readH225Address).filter((a): a is HostPort => a !== undefined);
}

function featuresOf(rrq: H225.RegistrationRequest): DeclaredFeatures {
  const fs = rrq.featureSet;
  return {
    needed: fs?.neededFeatures ?? [],
    desired: fs?.desiredFeatures ?? [],
    supported: fs?.supportedFeatures ?? [],
    genericData: rrq.genericData ?? [],
  };
}

function grantedTtl(limits: GatekeeperLimits, asked: number | undefined): number {
  return Math.min(limits.maxTtlS, Math.max(limits.minTtlS, asked ?? limits.defaultTtlS));
}

/** Refreshes a registration: its timeToLive starts again, and the keep-alive is remembered. */
export function refresh(ctx: RegistrationContext, r: Registration, kind: "lightweight" | "full"): void {
  const sinceLastMs = ctx.now - r.lastRefreshAt;
  r.keepAliveCount++;
  if (r.keepAlives.length < ctx.limits.keepAliveHistory) {
    r.keepAlives.push({ at: ctx.now, kind, sinceLastMs, inTime: sinceLastMs <= r.grantedTtlS * 1000 });
  }
  r.lastRefreshAt = ctx.now;
  r.expiresAt = ctx.now + r.grantedTtlS * 1000 + ctx.limits.graceMs;
}

const sameKeys = (a: readonly H225.AliasAddress[], b: readonly H225.AliasAddress[]) =>
  a.map(aliasKey).sort().join("\n") === b.map(aliasKey).sort().join("\n");

/** H.225.0 §7.9.1: lightweight RRQ carries keepAlive TRUE and the endpointIdentifier of its RCF. */
function lightweight(ctx: RegistrationContext, rrq: H225.RegistrationRequest): RegistrationAnswer {
  const r = rrq.endpointIdentifier === undefined ? undefined : ctx.table.byEndpointId(rrq.endpointIdentifier);
  // A keep-alive from another host than the registration's is not the endpoint's.
  if (r === undefined || r.source.host !== ctx.from.host) {
    return reject(
      ctx,
      rrq,
      { choice: "fullRegistrationRequired", value: null },
      `no registration ${rrq.endpointIdentifier ?? "(no endpointIdentifier)"} from ${ctx.from.host}`,
    );
  }
  refresh(ctx, r, "lightweight");
  return {
    answer: confirm(ctx, rrq, r),
    summary: `RCF keep-alive of ${r.endpointIdentifier}, timeToLive ${r.grantedTtlS} s`,
    outcome: { kind: "refreshed", registration: r, lightweight: true },
  };
}

/** The first reason to refuse a full RRQ, if any. */
function refusal(
  ctx: RegistrationContext,
  rrq: H225.RegistrationRequest,
  existing: Registration | undefined,
): { reason: RejectReason; detail: string } | undefined {
  const aliases = rrq.terminalAlias ?? [];
  if (firstIpv4(rrq.callSignalAddress).length === 0)
    return {
      reason: { choice: "invalidCallSignalAddress", value: null },
      detail: "no IPv4 callSignalAddress",
    };
  if (firstIpv4(rrq.rasAddress).length === 0)
    return { reason: { choice: "invalidRASAddress", value: null }, detail: "no IPv4 rasAddress" };
  if (rrq.gatekeeperIdentifier !== undefined && rrq.gatekeeperIdentifier !== ctx.config.gatekeeperId)
    return {
      reason: { choice: "undefinedReason", value: null },
      detail: `gatekeeperIdentifier "${rrq.gatekeeperIdentifier}" is not this gatekeeper ("${ctx.config.gatekeeperId}")`,
    };
  if (aliases.length > ctx.limits.maxAliases)
    return {
      reason: { choice: "invalidAlias", value: null },
      detail: `${aliases.length} aliases, at most ${ctx.limits.maxAliases}`,
    };
  const lacking = (rrq.featureSet?.neededFeatures ?? []).filter((f) => !ctx.config.supportsFeature?.(f.id));
  if (lacking.length > 0)
    return {
      reason: { choice: "neededFeatureNotSupported", value: null },
      detail: `needed features ${lacking.map((f) => featureLabel(f.id)).join(", ")} (H.460.1)`,
    };
  // The room's own aliases are reserved: a call to them goes to the room.
  const taken = [...ctx.table.taken(aliases, existing), ...aliases.filter((a) => ctx.config.isRoomAlias(a))];
  if (taken.length > 0)
    return {
      reason: { choice: "duplicateAlias", value: taken },
      detail: `already registered: ${taken.map(aliasLabel).join(", ")}`,
    };
  if (existing === undefined && ctx.table.full)
    return {
      reason: { choice: "resourceUnavailable", value: null },
      detail: `${ctx.table.size} registrations, the most this gatekeeper holds`,
    };
  return undefined;
}

/** "H.460.18", "oid 1.2.3", "nonStandard". */
export function featureLabel(id: H225.GenericIdentifier): string {
  if (id.choice === "standard") return `H.460.${id.value}`;
  if (id.choice === "oid") return `oid ${id.value}`;
  return id.choice;
}

/** Answers an RRQ. */
export function answerRegistration(
  ctx: RegistrationContext,
  rrq: H225.RegistrationRequest,
): RegistrationAnswer {
  if (rrq.keepAlive === true) return lightweight(ctx, rrq);
  const callSignal = firstIpv4(rrq.callSignalAddress);
  const byId =
    rrq.endpointIdentifier === undefined ? undefined : ctx.table.byEndpointId(rrq.endpointIdentifier);
  const candidate = byId ?? (callSignal[0] ? ctx.table.byCallSignalAddress(callSignal[0]) : undefined);
  // Only the host that registered may register again in its place.
  const existing = candidate?.source.host === ctx.from.host ? candidate : undefined;
  const refused = refusal(ctx, rrq, existing);
  if (refused) return reject(ctx, rrq, refused.reason, refused.detail);
  const aliases = rrq.terminalAlias ?? [];
  if (existing && sameKeys(existing.aliases, aliases)) {
    // A full RRQ again with the same aliases refreshes the registration (H.323 §7.2.2.1).
    refresh(ctx, existing, "full");
    return {
      answer: confirm(ctx, rrq, existing),
      summary: `RCF full refresh of ${existing.endpointIdentifier}, timeToLive ${existing.grantedTtlS} s`,
      outcome: { kind: "refreshed", registration: existing, lightweight: false },
    };
  }
  if (existing) ctx.table.remove(existing, ctx.now, "replaced");
  const ttl = grantedTtl(ctx.limits, rrq.timeToLive);
  const vendor =
    vendorText(rrq.terminalType) ??
    vendorText({ vendor: rrq.endpointVendor, mc: false, undefinedNode: false });
  const registration: Registration = {
    endpointIdentifier: ctx.newEndpointId(),
    aliases,
    callSignalAddresses: callSignal,
    rasAddresses: firstIpv4(rrq.rasAddress),
    source: ctx.from,
    ...(vendor ? { vendor } : {}),
    ...(rrq.timeToLive !== undefined ? { requestedTtlS: rrq.timeToLive } : {}),
    grantedTtlS: ttl,
    features: featuresOf(rrq),
    registeredAt: ctx.now,
    lastRefreshAt: ctx.now,
    expiresAt: ctx.now + ttl * 1000 + ctx.limits.graceMs,
    keepAlives: [],
    keepAliveCount: 0,
    messages: [],
    messageCount: 0,
  };
  ctx.table.add(registration);
  return {
    answer: confirm(ctx, rrq, registration),
    summary: `RCF ${registration.endpointIdentifier}: ${aliases.map(aliasLabel).join(", ") || "no alias"}, timeToLive ${ttl} s`,
    outcome: { kind: "registered", registration, ...(existing ? { replaced: existing } : {}) },
  };
}
