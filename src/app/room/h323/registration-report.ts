import { h323LadderRecords } from "../../../conformance/h323-ladder.js";
import { registrationChecks } from "../../../conformance/h323-registration-checks.js";
import type { RegistrationEvidence } from "../../../conformance/h323-registration-evidence.js";
import { requirementVerdicts } from "../../../conformance/requirements.js";
import type { HostPort } from "../../../protocol/h323/transport-address.js";
import { overallOutcome, REPORT_SCHEMA_VERSION, type Report, type Step } from "../../../report/model.js";
import { VERSION } from "../../../version.js";
import { callerIdentity } from "./h323-aliases.js";

// The room's report about one registration with its gatekeeper (kind "room-registration"),
// written when the registration ends (URQ, expiry, the room stopping): the aliases graded for
// the URI requirement, the keep-alive behaviour, the H.460 feature sets it declared, and the
// RAS exchange as the ladder.

/** The requirements a registration shows something of; the others need a call. */
const GRADED = new Set(["URI", "H.460"]);

const labels = (fs: RegistrationEvidence["features"]["supported"]) => fs.map((f) => f.label);

function aliasSet(e: RegistrationEvidence) {
  const first = (kind: string) => e.aliases.find((a) => a.kind === kind)?.value;
  const [h323Id, urlId, emailId, dialedDigits] = ["h323-ID", "url-ID", "email-ID", "dialedDigits"].map(first);
  return {
    ...(h323Id ? { h323Id } : {}),
    ...(urlId ? { urlId } : {}),
    ...(emailId ? { emailId } : {}),
    ...(dialedDigits ? { dialedDigits } : {}),
  };
}

function steps(e: RegistrationEvidence): Step[] {
  const at = (ms: number) => Math.max(0, Math.round(ms - e.registeredAtMs));
  const out: Step[] = [
    {
      name: "registered",
      status: "ok",
      atMs: 0,
      detail: `RCF ${e.endpointIdentifier}, timeToLive ${e.timeToLive.grantedS} s`,
    },
  ];
  for (const k of e.keepAlives) {
    out.push({
      name: "keep-alive",
      status: k.inTime ? "ok" : "failed",
      atMs: at(k.at),
      detail: `${k.kind === "lightweight" ? "lightweight RRQ" : "full RRQ"} after ${Math.round(k.sinceLastMs / 1000)} s`,
    });
  }
  if (e.ended) {
    out.push({
      name: e.ended.how,
      status: e.ended.how === "expired" ? "failed" : "ok",
      atMs: at(e.ended.atMs),
    });
  }
  return out;
}

/** The report about one registration; `gatekeeper` is the room's RAS address (for the ladder). */
export function registrationReport(e: RegistrationEvidence, gatekeeper: HostPort): Report {
  const checks = registrationChecks(e);
  const requirements = requirementVerdicts(checks, "h323").filter((r) => GRADED.has(r.requirement));
  const endedAt = e.ended?.atMs ?? e.lastRefreshAtMs;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "vdm-test", version: VERSION },
    kind: "room-registration",
    target: callerIdentity(aliasSet(e), e.source),
    startedAt: new Date(e.registeredAtMs).toISOString(),
    durationMs: Math.max(0, endedAt - e.registeredAtMs),
    steps: steps(e),
    checks,
    facts: {
      graded:
        "the endpoint that registered with the room's gatekeeper: its RRQs (aliases, feature sets, keep-alives)",
      endpointIdentifier: e.endpointIdentifier,
      aliases: e.aliases.map((a) => `${a.kind} ${a.value}`),
      uriAlias: e.aliases.some((a) => a.kind === "url-ID" || a.kind === "email-ID"),
      callSignalAddress: e.callSignalAddresses.map((a) => `${a.host}:${a.port}`),
      rasAddress: e.rasAddresses.map((a) => `${a.host}:${a.port}`),
      source: `${e.source.host}:${e.source.port}`,
      ...(e.vendor ? { vendor: e.vendor } : {}),
      timeToLiveS: e.timeToLive.grantedS,
      ...(e.timeToLive.requestedS !== undefined ? { requestedTimeToLiveS: e.timeToLive.requestedS } : {}),
      keepAlives: e.keepAliveCount,
      h460Declared: {
        needed: labels(e.features.needed),
        desired: labels(e.features.desired),
        supported: labels(e.features.supported),
        genericData: labels(e.features.genericData),
      },
      ended: e.ended?.how ?? "still registered",
      rasMessages: e.messageCount,
    },
    sip: h323LadderRecords(
      e.messages.map((m) => ({
        atMs: m.atMs,
        direction: m.direction,
        channel: "ras" as const,
        name: m.name,
        summary: m.summary === m.name ? "" : m.summary,
        bytes: m.bytes,
        local: gatekeeper,
        remote: e.source,
      })),
      e.registeredAtMs,
    ),
    // The keep-alive check serves no requirement but decides the outcome too.
    outcome: overallOutcome(checks),
    requirements,
  };
}
