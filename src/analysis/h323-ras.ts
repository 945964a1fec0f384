import { vendorOf } from "../conformance/h323-wire.js";
import type { H225 } from "../protocol/asn1/index.js";
import { aliasText } from "../protocol/h323/message-summary.js";
import { ParseError } from "../protocol/parse-error.js";
import { decodeRas } from "../protocol/ras/ras-message.js";
import { rasName, rejectReason, requestSeqNum } from "../protocol/ras/ras-names.js";
import { rasSummary } from "../protocol/ras/ras-summary.js";
import { endpointAliases } from "../protocol/ras/ras-views.js";
import type { H323CapturedMessage, H323RegistrationFacts } from "./h323-call-facts.js";
import type { Mutable, Seen } from "./h323-leg.js";

// H.225.0 RAS seen in a capture (§7.7: one aligned-PER RasMessage per UDP datagram, on port
// 1719 or wherever a gatekeeper's rasAddress points). Requests and their answers are paired by
// requestSeqNum and the reversed addresses; a registration (§7.9.1 RRQ/RCF/RRJ, lightweight
// keep-alive RRQs, §7.9.2 URQ) is kept per endpoint RAS address and gatekeeper, with the
// aliases, H.460 features (H.460.1 featureSet/genericData) and vendor it declared. Messages
// that name a callIdentifier (ARQ, DRQ, IRR, SCI...) are handed to the call they belong to.

/** H.225.0 §7.7: the gatekeeper's well-known RAS port (1718 is discovery multicast). */
export const RAS_PORTS: ReadonlySet<number> = new Set([1718, 1719]);
const MAX_RAS_MESSAGES = 5000;
const MAX_REGISTRATIONS = 1000;
const MAX_PENDING = 4096;

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");

type AnyRas = Partial<
  H225.RegistrationRequest &
    H225.RegistrationConfirm &
    H225.RegistrationReject &
    H225.AdmissionRequest &
    H225.GatekeeperRequest &
    H225.ServiceControlIndication
>;

/** Decodes a datagram as RAS (H.225.0 §7.6), or says why it is not one. */
export function decodeRasDatagram(b: Uint8Array): H225.RasMessage | { error: string } {
  try {
    const m = decodeRas(b);
    return m.choice === "$unknown" ? { error: "an unknown RasMessage extension" } : m;
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { error: e.message };
  }
}

function features(v: AnyRas): string[] {
  const fs = v.featureSet;
  const all = [
    ...(fs?.neededFeatures ?? []),
    ...(fs?.desiredFeatures ?? []),
    ...(fs?.supportedFeatures ?? []),
    ...(v.genericData ?? []),
  ];
  return all.map((g) => (g.id.choice === "standard" ? String(g.id.value) : g.id.choice));
}

function aliasesOf(m: H225.RasMessage): string[] {
  return endpointAliases(m)
    .map(aliasText)
    .filter((a) => a !== "");
}

/** The call a RAS message names (H.225.0 callIdentifier, or an SCI's callSpecific). */
export function rasCallIdentifier(m: H225.RasMessage): string | undefined {
  const v = m.value as AnyRas & { callIdentifier?: H225.CallIdentifier };
  const guid = v.callIdentifier?.guid ?? v.callSpecific?.callIdentifier.guid;
  return guid?.some((x) => x !== 0) ? hex(guid) : undefined;
}

export class RasTracker {
  readonly messages: H323CapturedMessage[] = [];
  private readonly registrations = new Map<string, Mutable<H323RegistrationFacts>>();
  /** Request "src|dst|seq" → the call it named, so the answer joins the same call. */
  private readonly pending = new Map<string, string>();
  undecodable = 0;

  constructor(private readonly note: (s: string) => void) {}

  /** A decoded RAS datagram: its record, and the callIdentifier of the call it belongs to, if any. */
  message(m: H225.RasMessage, bytes: Uint8Array, seen: Seen): { record: H323CapturedMessage; call?: string } {
    const v = m.value as AnyRas;
    const record: H323CapturedMessage = {
      ...seen,
      channel: "ras",
      name: rasName(m),
      summary: rasSummary(m),
      bytes,
    };
    if (this.messages.length < MAX_RAS_MESSAGES) this.messages.push(record);
    this.registration(m, v, seen);
    const seq = requestSeqNum(m);
    let call = rasCallIdentifier(m);
    if (seq !== undefined) {
      if (call && this.pending.size < MAX_PENDING) this.pending.set(`${seen.src}|${seen.dst}|${seq}`, call);
      call ??= this.pending.get(`${seen.dst}|${seen.src}|${seq}`);
    }
    return { record, ...(call ? { call } : {}) };
  }

  /** A datagram on a RAS port that is not RAS. */
  bad(why: string, seen: Seen): void {
    this.undecodable++;
    this.note(`frame ${seen.number}: a datagram to the RAS port that is not H.225.0 RAS: ${why}`);
  }

  private registration(m: H225.RasMessage, v: AnyRas, seen: Seen): void {
    const c = m.choice;
    const endpointSends =
      c === "registrationRequest" || c === "gatekeeperRequest" || c === "unregistrationRequest";
    const gkAnswers =
      c === "registrationConfirm" ||
      c === "registrationReject" ||
      c === "gatekeeperConfirm" ||
      c === "unregistrationConfirm";
    if (!endpointSends && !gkAnswers) return;
    const [endpoint, gatekeeper] = endpointSends ? [seen.src, seen.dst] : [seen.dst, seen.src];
    const key = `${endpoint}|${gatekeeper}`;
    let r = this.registrations.get(key);
    if (!r) {
      if (c !== "registrationRequest" && c !== "gatekeeperRequest") return;
      if (this.registrations.size >= MAX_REGISTRATIONS) return;
      r = {
        endpoint,
        gatekeeper,
        aliases: [],
        requests: 0,
        keepAlives: 0,
        confirmed: 0,
        rejected: [],
        h460: [],
        h460Confirmed: [],
        unregistered: false,
        firstMs: seen.timeMs,
        lastMs: seen.timeMs,
      };
      this.registrations.set(key, r);
    }
    r.lastMs = seen.timeMs;
    const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
    switch (c) {
      case "gatekeeperRequest":
        r.h460 = union(r.h460, features(v));
        return;
      case "registrationRequest": {
        if (v.keepAlive) r.keepAlives++;
        else r.requests++;
        const aliases = aliasesOf(m);
        if (aliases.length) r.aliases = union(r.aliases, aliases);
        r.h460 = union(r.h460, features(v));
        const vendor = v.endpointVendor
          ? vendorOf({ vendor: v.endpointVendor } as H225.EndpointType)
          : undefined;
        if (vendor) r.vendor = vendor;
        return;
      }
      case "registrationConfirm":
        r.confirmed++;
        if (v.endpointIdentifier) r.endpointIdentifier = v.endpointIdentifier;
        if (v.timeToLive !== undefined) r.timeToLive = v.timeToLive;
        r.h460Confirmed = union(r.h460Confirmed, features(v));
        return;
      case "gatekeeperConfirm":
        r.h460Confirmed = union(r.h460Confirmed, features(v));
        return;
      case "registrationReject":
        r.rejected = [...r.rejected, rejectReason(m) ?? "?"];
        return;
      default:
        r.unregistered = true;
    }
  }

  /** Registrations that got as far as an RRQ. */
  list(): H323RegistrationFacts[] {
    return [...this.registrations.values()].filter((r) => r.requests + r.keepAlives > 0);
  }
}
