import type { H225 } from "../../asn1/index.js";
import { H225_PROTOCOL_IDENTIFIER } from "../../h225/call-pdu.js";
import type { AliasSet } from "../../h323/aliases.js";
import { type HostPort, h225Address, readH225Address } from "../../h323/transport-address.js";
import { type MachineOutput, MachineQueue, type SansIoMachine } from "../../machine.js";
import { ParseError } from "../../parse-error.js";
import { decodeRas, encodeRas, type RasMessage } from "../ras-message.js";
import { rasName } from "../ras-names.js";
import { rasSummary } from "../ras-summary.js";
import { aliasLabel } from "../ras-views.js";
import { aliasSetKeys } from "./alias-key.js";
import {
  DEFAULT_GATEKEEPER_LIMITS,
  type GatekeeperConfig,
  type GatekeeperLimits,
} from "./gatekeeper-config.js";
import type { Registration } from "./registration.js";
import {
  answerRegistration,
  type RegistrationContext,
  type RegistrationOutcome,
} from "./registration-request.js";
import { RegistrationTable } from "./registration-table.js";
import { route } from "./route.js";
import { SourceRate } from "./source-rate.js";

// The room's gatekeeper (H.323 §7, H.225.0 §7.7-7.11), sans-IO: RAS datagrams go in with the
// time they came and where from; answers come out as transmits to that same source, and what
// happened to registrations as events. It answers GRQ, RRQ (full and lightweight), URQ, ARQ,
// LRQ, DRQ, BRQ and IRR; confirms, rejects and messages it does not serve are counted and
// left. Answers always go back to the datagram's source, never to an address the message
// names (LRQ replyAddress, RRQ rasAddress): a forged message cannot aim answers at a third
// party. Everything is bounded: a per-source and a global rate (past it datagrams are dropped
// unread), the registration table, each registration's history.

export interface RasTransmit {
  readonly to: HostPort;
  readonly bytes: Uint8Array;
  /** "RCF", "ARJ"... */
  readonly name: string;
  readonly summary: string;
}

/** One RAS message the gatekeeper read or sent (for the room's log and its capture). */
export interface RasRecord {
  readonly at: number;
  readonly direction: "received" | "sent";
  readonly peer: HostPort;
  readonly name: string;
  readonly summary: string;
  readonly bytes: Uint8Array;
}

export type GatekeeperEvent =
  | { readonly kind: "registered"; readonly registration: Registration }
  | { readonly kind: "refreshed"; readonly registration: Registration; readonly lightweight: boolean }
  /** The registration left the table: its `ended` says how (URQ, expiry, replaced, stop). */
  | { readonly kind: "ended"; readonly registration: Registration }
  | {
      readonly kind: "refused";
      readonly from: HostPort;
      readonly request: string;
      readonly reason: string;
      readonly detail: string;
    }
  | { readonly kind: "message"; readonly record: RasRecord };

/** What the gatekeeper did with the datagrams it got. */
export interface GatekeeperStats {
  received: number;
  /** Dropped unread: the source or all sources together were over their rate. */
  rateLimited: number;
  /** Did not decode as a RasMessage. */
  malformed: number;
  /** Decoded but not a request the gatekeeper answers (a confirm, an unknown alternative...). */
  ignored: number;
  answered: number;
}

interface Answer {
  readonly answer: H225.RasMessage;
  readonly summary: string;
  /** The registration the exchange belongs to, for its report. */
  readonly registration?: Registration;
}

export class Gatekeeper implements SansIoMachine<RasTransmit, GatekeeperEvent> {
  private readonly queue = new MachineQueue<RasTransmit, GatekeeperEvent>();
  private readonly limits: GatekeeperLimits;
  private readonly table: RegistrationTable;
  private readonly rate: SourceRate;
  private nextId = 1;
  readonly stats: GatekeeperStats = { received: 0, rateLimited: 0, malformed: 0, ignored: 0, answered: 0 };

  constructor(private readonly config: GatekeeperConfig) {
    this.limits = { ...DEFAULT_GATEKEEPER_LIMITS, ...config.limits };
    this.table = new RegistrationTable(this.limits.maxRegistrations);
    this.rate = new SourceRate(this.limits.rate);
  }

  /** One UDP datagram to the gatekeeper's RAS port. */
  handleDatagram(now: number, bytes: Uint8Array, from: HostPort): void {
    this.stats.received++;
    if (!this.rate.admit(from.host, now)) {
      this.stats.rateLimited++;
      return;
    }
    let m: RasMessage;
    try {
      m = decodeRas(bytes);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.stats.malformed++;
      return;
    }
    this.expire(now);
    const received: RasRecord = {
      at: now,
      direction: "received",
      peer: from,
      name: rasName(m),
      summary: rasSummary(m),
      bytes,
    };
    this.queue.event({ kind: "message", record: received });
    const a = this.answer(now, m, from);
    if (!a) {
      this.stats.ignored++;
      return;
    }
    this.stats.answered++;
    const out = encodeRas(a.answer);
    const name = rasName(a.answer);
    this.queue.transmit({ to: from, bytes: out, name, summary: a.summary });
    const sent: RasRecord = { at: now, direction: "sent", peer: from, name, summary: a.summary, bytes: out };
    this.queue.event({ kind: "message", record: sent });
    if (a.registration) {
      this.remember(a.registration, received);
      this.remember(a.registration, sent);
    }
  }

  handleTimeout(now: number): void {
    this.expire(now);
  }

  pollOutput(): MachineOutput<RasTransmit, GatekeeperEvent> {
    return this.queue.poll(this.table.nextExpiry());
  }

  /** Ends every registration (the room stops): each gets its "ended" event and report. */
  stop(now: number): void {
    for (const r of this.table.all()) {
      this.table.remove(r, now, "gatekeeperStopped");
      this.queue.event({ kind: "ended", registration: r });
    }
  }

  /** The registration holding one of these aliases, if any: only endpoints that registered here. */
  registeredEndpoint(aliases: AliasSet): Registration | undefined {
    for (const key of aliasSetKeys(aliases)) {
      const r = this.table.byAliasKey(key);
      if (r) return r;
    }
    return undefined;
  }

  registrations(): readonly Registration[] {
    return this.table.all();
  }

  /** Sources the rate limiter remembers (bounded). */
  get sourcesTracked(): number {
    return this.rate.size;
  }

  private expire(now: number): void {
    for (const r of this.table.expire(now)) this.queue.event({ kind: "ended", registration: r });
  }

  private remember(r: Registration, record: RasRecord): void {
    r.messageCount++;
    if (r.messages.length >= this.limits.messageHistory) return;
    const { at, direction, name, summary, bytes } = record;
    r.messages.push({ at, direction, name, summary: summary || name, bytes });
  }

  private answer(now: number, m: RasMessage, from: HostPort): Answer | undefined {
    switch (m.choice) {
      case "gatekeeperRequest":
        return this.gatekeeperRequest(m.value);
      case "registrationRequest":
        return this.registrationRequest(now, m.value, from);
      case "unregistrationRequest":
        return this.unregistrationRequest(now, m.value, from);
      case "admissionRequest":
        return this.admissionRequest(m.value, from);
      case "locationRequest":
        return this.locationRequest(m.value);
      case "disengageRequest":
        return this.disengageRequest(now, m.value, from);
      case "bandwidthRequest":
        return this.bandwidthRequest(m.value, from);
      case "infoRequestResponse":
        return this.infoRequestResponse(m.value, from);
      default:
        return undefined;
    }
  }

  /** The registration an endpointIdentifier names, when the message comes from the host that registered it. */
  private registered(endpointIdentifier: string | undefined, from: HostPort): Registration | undefined {
    const r = endpointIdentifier === undefined ? undefined : this.table.byEndpointId(endpointIdentifier);
    return r?.source.host === from.host ? r : undefined;
  }

  /** H.225.0 §7.8.1: GCF names the gatekeeper and its RAS address; GRJ when it cannot take the endpoint. */
  private gatekeeperRequest(grq: H225.GatekeeperRequest): Answer {
    const base = { requestSeqNum: grq.requestSeqNum, protocolIdentifier: H225_PROTOCOL_IDENTIFIER };
    const other =
      grq.gatekeeperIdentifier !== undefined && grq.gatekeeperIdentifier !== this.config.gatekeeperId;
    if (other || this.table.full) {
      const reason: H225.GatekeeperRejectReason = other
        ? { choice: "terminalExcluded", value: null }
        : { choice: "resourceUnavailable", value: null };
      return {
        answer: {
          choice: "gatekeeperReject",
          value: { ...base, gatekeeperIdentifier: this.config.gatekeeperId, rejectReason: reason },
        },
        summary: other
          ? `GRJ terminalExcluded: asked for gatekeeper "${grq.gatekeeperIdentifier}"`
          : "GRJ resourceUnavailable: registrations full",
      };
    }
    return {
      answer: {
        choice: "gatekeeperConfirm",
        value: {
          ...base,
          gatekeeperIdentifier: this.config.gatekeeperId,
          rasAddress: h225Address(this.config.rasAddress),
        },
      },
      summary: `GCF ${this.config.gatekeeperId}`,
    };
  }

  private registrationRequest(now: number, rrq: H225.RegistrationRequest, from: HostPort): Answer {
    const ctx: RegistrationContext = {
      now,
      from,
      config: this.config,
      limits: this.limits,
      table: this.table,
      newEndpointId: () => `vdm${(this.nextId++).toString(16).padStart(6, "0")}`,
    };
    const a = answerRegistration(ctx, rrq);
    this.outcome(a.outcome, from);
    const r = a.outcome.registration;
    return { answer: a.answer, summary: a.summary, ...(r ? { registration: r } : {}) };
  }

  private outcome(o: RegistrationOutcome, from: HostPort): void {
    if (o.kind === "refused") {
      this.queue.event({ kind: "refused", from, request: "RRQ", reason: o.reason, detail: o.detail });
      return;
    }
    if (o.kind === "refreshed") {
      this.queue.event({ kind: "refreshed", registration: o.registration, lightweight: o.lightweight });
      return;
    }
    if (o.replaced) this.queue.event({ kind: "ended", registration: o.replaced });
    this.queue.event({ kind: "registered", registration: o.registration });
  }

  /** H.225.0 §7.9.3: URQ by endpointIdentifier (or call signalling address) from the endpoint's host. */
  private unregistrationRequest(now: number, urq: H225.UnregistrationRequest, from: HostPort): Answer {
    const address = urq.callSignalAddress.map(readH225Address).find((a) => a !== undefined);
    const byAddress = address ? this.table.byCallSignalAddress(address) : undefined;
    const candidate =
      urq.endpointIdentifier !== undefined ? this.table.byEndpointId(urq.endpointIdentifier) : byAddress;
    const r = candidate?.source.host === from.host ? candidate : undefined;
    if (!r) {
      this.queue.event({
        kind: "refused",
        from,
        request: "URQ",
        reason: "notCurrentlyRegistered",
        detail: "",
      });
      return {
        answer: {
          choice: "unregistrationReject",
          value: {
            requestSeqNum: urq.requestSeqNum,
            rejectReason: { choice: "notCurrentlyRegistered", value: null },
          },
        },
        summary: "URJ notCurrentlyRegistered",
      };
    }
    this.table.remove(r, now, "unregistered");
    this.queue.event({ kind: "ended", registration: r });
    return {
      answer: { choice: "unregistrationConfirm", value: { requestSeqNum: urq.requestSeqNum } },
      summary: `UCF ${r.endpointIdentifier}`,
      registration: r,
    };
  }

  /**
   * H.225.0 §7.10.1: ARQ from a registered endpoint. To answer a call (answerCall TRUE) it is
   * admitted at its own address; to place one, at the address its destination routes to.
   */
  private admissionRequest(arq: H225.AdmissionRequest, from: HostPort): Answer {
    const r = this.registered(arq.endpointIdentifier, from);
    const arj = (
      reason: H225.AdmissionRejectReason,
      detail: string,
      registration?: Registration,
    ): Answer => ({
      answer: {
        choice: "admissionReject",
        value: { requestSeqNum: arq.requestSeqNum, rejectReason: reason },
      },
      summary: `ARJ ${reason.choice}: ${detail}`,
      ...(registration ? { registration } : {}),
    });
    if (!r)
      return arj({ choice: "callerNotRegistered", value: null }, `no registration ${arq.endpointIdentifier}`);
    const destination = arq.destinationInfo ?? [];
    const to = arq.answerCall
      ? { callSignalAddress: r.callSignalAddresses[0]!, label: `its own address (answering)` }
      : route(this.config, this.table, destination, readH225Address(arq.destCallSignalAddress));
    if (!to) {
      const named = destination.map(aliasLabel).join(", ") || "no destination";
      return arj({ choice: "calledPartyNotRegistered", value: null }, named, r);
    }
    const bandWidth = Math.min(arq.bandWidth, this.limits.maxBandwidth);
    return {
      answer: {
        choice: "admissionConfirm",
        value: {
          requestSeqNum: arq.requestSeqNum,
          bandWidth,
          callModel: { choice: "direct", value: null },
          destCallSignalAddress: h225Address(to.callSignalAddress),
        },
      },
      summary: `ACF to ${to.label} at ${to.callSignalAddress.host}:${to.callSignalAddress.port}`,
      registration: r,
    };
  }

  /** H.225.0 §7.11.1: LRQ (a neighbouring gatekeeper asking where an alias is); no registration needed. */
  private locationRequest(lrq: H225.LocationRequest): Answer {
    const to = route(this.config, this.table, lrq.destinationInfo);
    if (!to) {
      return {
        answer: {
          choice: "locationReject",
          value: { requestSeqNum: lrq.requestSeqNum, rejectReason: { choice: "notRegistered", value: null } },
        },
        summary: `LRJ notRegistered: ${lrq.destinationInfo.map(aliasLabel).join(", ") || "no destination"}`,
      };
    }
    return {
      answer: {
        choice: "locationConfirm",
        value: {
          requestSeqNum: lrq.requestSeqNum,
          callSignalAddress: h225Address(to.callSignalAddress),
          rasAddress: h225Address(to.rasAddress),
        },
      },
      summary: `LCF ${to.label} at ${to.callSignalAddress.host}:${to.callSignalAddress.port}`,
    };
  }

  /** H.225.0 §7.10.3: DRQ at a call's end. */
  private disengageRequest(now: number, drq: H225.DisengageRequest, from: HostPort): Answer {
    const r = this.registered(drq.endpointIdentifier, from);
    if (!r) {
      return {
        answer: {
          choice: "disengageReject",
          value: { requestSeqNum: drq.requestSeqNum, rejectReason: { choice: "notRegistered", value: null } },
        },
        summary: "DRJ notRegistered",
      };
    }
    r.lastDisengageAt = now;
    return {
      answer: { choice: "disengageConfirm", value: { requestSeqNum: drq.requestSeqNum } },
      summary: `DCF ${r.endpointIdentifier}`,
      registration: r,
    };
  }

  /** H.225.0 §7.10.2: BRQ; granted up to the gatekeeper's bound. */
  private bandwidthRequest(brq: H225.BandwidthRequest, from: HostPort): Answer {
    const r = this.registered(brq.endpointIdentifier, from);
    const bandWidth = Math.min(brq.bandWidth, this.limits.maxBandwidth);
    if (!r) {
      return {
        answer: {
          choice: "bandwidthReject",
          value: {
            requestSeqNum: brq.requestSeqNum,
            rejectReason: { choice: "notBound", value: null },
            allowedBandWidth: 0,
          },
        },
        summary: "BRJ notBound",
      };
    }
    return {
      answer: { choice: "bandwidthConfirm", value: { requestSeqNum: brq.requestSeqNum, bandWidth } },
      summary: `BCF ${bandWidth * 100} bit/s`,
      registration: r,
    };
  }

  /** H.225.0 §7.14.2: an IRR is taken; acknowledged (IACK) or refused (INAK) when it asks for an answer. */
  private infoRequestResponse(irr: H225.InfoRequestResponse, from: HostPort): Answer | undefined {
    const r = this.registered(irr.endpointIdentifier, from);
    if (!irr.needResponse) return undefined;
    if (!r) {
      return {
        answer: {
          choice: "infoRequestNak",
          value: { requestSeqNum: irr.requestSeqNum, nakReason: { choice: "notRegistered", value: null } },
        },
        summary: "INAK notRegistered",
      };
    }
    return {
      answer: { choice: "infoRequestAck", value: { requestSeqNum: irr.requestSeqNum } },
      summary: `IACK ${r.endpointIdentifier}`,
      registration: r,
    };
  }
}
