import { rasMessage } from "../protocol/asn1/index.js";
import { ParseError } from "../protocol/parse-error.js";
import type { Check } from "../report/model.js";
import { type CheckBase, notTested, toCheck, type Verdict } from "./check-text.js";
import { h323AliasCheck, IDENTITY } from "./h323-alias-check.js";
import type { RegistrationEvidence } from "./h323-registration-evidence.js";
import { h46018Check } from "./h460-check.js";
import { readH460Evidence } from "./h460-wire.js";

// The verdicts of a registration with the room's gatekeeper: the URI requirement from the
// aliases it registered (the same check as for its calls), and whether it kept the
// registration alive: H.225.0 §7.9.1, "the endpoint shall send a ... RRQ [keepAlive TRUE]
// ... prior to the expiration of the timeToLive" given in RCF.

const KEEP_ALIVE: CheckBase = {
  id: "ras.keep-alive",
  title: "Registration kept alive within timeToLive",
  serves: [],
  specRef: "ITU-T H.225.0 §7.9.1 (timeToLive, keepAlive RRQ); H.323 §7.2.2",
};

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function keepAliveVerdict(e: RegistrationEvidence): Verdict {
  const ttlS = e.timeToLive.grantedS;
  const lived = (e.ended?.atMs ?? e.lastRefreshAtMs) - e.registeredAtMs;
  const lines = e.keepAlives.map(
    (k) =>
      `${k.kind === "lightweight" ? "RRQ keepAlive" : "full RRQ"} after ${seconds(k.sinceLastMs)}${k.inTime ? "" : " (late)"}`,
  );
  const evidence = {
    timeToLiveS: ttlS,
    requestedTimeToLiveS: e.timeToLive.requestedS,
    keepAlives: e.keepAliveCount,
    intervalsMs: e.keepAlives.map((k) => k.sinceLastMs),
    kinds: [...new Set(e.keepAlives.map((k) => k.kind))],
    registeredMs: lived,
    ended: e.ended?.how ?? "still registered",
  };
  const late = e.keepAlives.filter((k) => !k.inTime);
  if (e.ended?.how === "expired") {
    return {
      status: "fail",
      en: {
        summary: `the registration expired: no refresh within its timeToLive of ${ttlS} s (${e.keepAliveCount} keep-alive(s) before)`,
        advice:
          "Make the endpoint send a keep-alive RRQ (keepAlive TRUE) before the timeToLive the gatekeeper gives in RCF runs out.",
      },
      sv: {
        summary: `registreringen gick ut: ingen förnyelse inom timeToLive ${ttlS} s (${e.keepAliveCount} keep-alive före)`,
        advice:
          "Låt utrustningen skicka keep-alive-RRQ (keepAlive TRUE) innan den timeToLive som gatekeepern ger i RCF löper ut.",
      },
      evidence,
      lines,
    };
  }
  if (late.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `${late.length} of ${e.keepAlives.length} refreshes came after the timeToLive of ${ttlS} s (kept only by the gatekeeper's grace)`,
        advice: "Refresh the registration before timeToLive runs out, not after.",
      },
      sv: {
        summary: `${late.length} av ${e.keepAlives.length} förnyelser kom efter timeToLive ${ttlS} s (räddades bara av gatekeeperns marginal)`,
        advice: "Förnya registreringen innan timeToLive löper ut, inte efter.",
      },
      evidence,
      lines,
    };
  }
  if (e.keepAliveCount === 0) {
    return notTested(
      `registered for ${seconds(lived)}, less than its timeToLive of ${ttlS} s: no refresh was due`,
      `registrerad i ${seconds(lived)}, kortare än timeToLive ${ttlS} s: ingen förnyelse behövdes`,
      evidence,
    );
  }
  const light = e.keepAlives.every((k) => k.kind === "lightweight");
  return {
    status: "pass",
    en: {
      summary: `refreshed ${e.keepAliveCount} time(s), each within the timeToLive of ${ttlS} s${light ? " (lightweight RRQ)" : " (full RRQ)"}`,
    },
    sv: {
      summary: `förnyad ${e.keepAliveCount} gång(er), varje gång inom timeToLive ${ttlS} s${light ? " (lätt RRQ)" : " (fullständig RRQ)"}`,
    },
    evidence,
    lines,
  };
}

/** A registration without aliases: reachable only at its address, never by name. */
const NO_ALIAS: Verdict = {
  status: "fail",
  en: {
    summary: "the RRQ registered no alias (terminalAlias): the endpoint can be reached only by its address",
    advice:
      "Register an H.323 URL alias (url-ID h323:name@domain, H.323 Annex O) and an h323-ID with the gatekeeper.",
  },
  sv: {
    summary: "RRQ registrerade inget alias (terminalAlias): ändpunkten nås bara på sin adress",
    advice:
      "Registrera ett H.323-URL-alias (url-ID h323:namn@domän, H.323 Annex O) och ett h323-ID hos gatekeepern.",
  },
  evidence: { from: "RRQ terminalAlias", aliases: [] },
};

/** The checks of one registration. */
export function registrationChecks(e: RegistrationEvidence): Check[] {
  const uri =
    e.aliases.length === 0
      ? toCheck(IDENTITY, NO_ALIAS)
      : h323AliasCheck({ aliases: e.aliases, aliasesFrom: "RRQ terminalAlias", endpointRole: "caller" });
  return [uri, toCheck(KEEP_ALIVE, keepAliveVerdict(e)), h46018Check(readH460Evidence(registrationWire(e)))];
}

/** ServiceControlIndication/-Response: an incoming call's, judged with the call's own record. */
function isCallRas(bytes: Uint8Array): boolean {
  try {
    return /^serviceControl(Indication|Response)$/.test(rasMessage.decode(bytes).choice);
  } catch (e) {
    if (e instanceof ParseError) return false;
    throw e;
  }
}

/**
 * The registration's RAS as the H.460 verdict reads it. The SCIs of incoming calls are left to
 * the calls' reports: the connection the endpoint opened on one is in the call's record, not
 * here. Only the first messages are kept: when some were left out, the observation ends at the
 * last one kept, so keep-alive RRQs that were sent but not kept are not taken for missing ones.
 */
function registrationWire(e: RegistrationEvidence) {
  const cut = e.messageCount > e.messages.length;
  const endAtMs = cut ? (e.messages.at(-1)?.atMs ?? e.registeredAtMs) : (e.ended?.atMs ?? e.lastRefreshAtMs);
  const messages = e.messages
    .filter((m) => !isCallRas(m.bytes))
    .map((m) => ({
      atMs: m.atMs,
      direction: m.direction,
      channel: "ras" as const,
      bytes: m.bytes,
      local: e.source,
      remote: e.source,
    }));
  return { messages, media: [], endAtMs };
}
