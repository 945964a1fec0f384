import { mediaLossCheck, notTestableFunctionChecks } from "../../analysis/capture-checks.js";
import type { Side } from "../../analysis/graded-side.js";
import { h323CallCheck } from "../../analysis/h323-call-check.js";
import type {
  H323CallFacts,
  H323CaptureFacts,
  H323RegistrationFacts,
} from "../../analysis/h323-call-facts.js";
import { h323CaptureEvidence, wireMessage, wireMessages } from "../../analysis/h323-capture-evidence.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { gradeAll } from "../../conformance/grade-all.js";
import type { H323WireMessage } from "../../conformance/h323-evidence.js";
import { h323LadderRecords } from "../../conformance/h323-ladder.js";
import { readH323Evidence } from "../../conformance/h323-wire.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import { captureTimeMicros } from "../../protocol/pcap/capture-time.js";
import { type Check, REPORT_SCHEMA_VERSION, type Report } from "../../report/model.js";
import { VERSION } from "../../version.js";
import type { FileAnalysis } from "./analyze-file.js";
import { evidenceSummary, fileChecks, streamFacts, worst } from "./capture-report.js";

// The report of one H.323 call in a capture: graded by the engine of a live H.323 call from the
// evidence h323-capture-evidence.ts builds, with the call's H.225.0, H.245 and RAS messages as
// its ladder, the capture-only checks (file read, call complete, loss) and the test-room
// functions "not testable from a capture".

/** One line per H.323 call of the capture, for the summary printed before the graded reports. */
export interface H323CallSummary {
  readonly key: string;
  readonly legs: number;
  readonly caller: string;
  readonly callee: string;
  /** The caller's aliases (Setup sourceAddress) and those it called (destinationAddress). */
  readonly callerAliases: readonly string[];
  readonly calledAliases: readonly string[];
  readonly mode: string;
  readonly messages: number;
  readonly connected: boolean;
  readonly streams: number;
  readonly h239: number;
  readonly ras: number;
}

export function h323CallSummaries(fa: FileAnalysis): H323CallSummary[] {
  return fa.analysis.h323.calls.map((c) => {
    const first = c.legs[0]!;
    const caller = readH323Evidence({
      endpointRole: "caller",
      mode: first.mode,
      messages: wireMessages(first, "caller"),
    });
    const connections = new Set(c.legs.map((l) => l.connection));
    return {
      key: c.key,
      legs: c.legs.length,
      caller: first.caller,
      callee: c.legs.at(-1)!.callee,
      callerAliases: (caller.aliases ?? []).map((a) => a.value),
      calledAliases: caller.calledAliases.map((a) => a.value),
      mode: first.mode,
      messages: c.legs.reduce((n, l) => n + l.messages.length, 0),
      connected: c.legs.some((l) => l.messages.some((m) => m.name === "Connect")),
      streams: fa.analysis.streams.filter(
        (s) => s.packets > 0 && s.binding !== undefined && connections.has(s.binding.callId),
      ).length,
      h239: c.legs.reduce((n, l) => n + l.h239.length, 0),
      ras: c.ras.length,
    };
  });
}

/** The call's RAS in the ladder (H.225.0 RAS over UDP): "received" when from the graded party's host. */
function rasWire(call: H323CallFacts, gradedHost: string): H323WireMessage[] {
  return call.ras.map((m) => wireMessage(m, m.src.slice(0, m.src.lastIndexOf(":")) === gradedHost));
}

/** Registrations of the graded party: its RAS address's host, or one of its aliases. */
function registrationsOf(
  h: H323CaptureFacts,
  host: string,
  aliases: readonly string[],
): readonly H323RegistrationFacts[] {
  return h.registrations.filter(
    (r) => r.endpoint.startsWith(`${host}:`) || r.aliases.some((a) => aliases.includes(a)),
  );
}

export interface H323ReportOptions {
  readonly side?: Side;
}

/** One captured H.323 call's report (kind "capture"). */
export function h323CaptureReport(
  fa: FileAnalysis,
  call: H323CallFacts,
  opts: H323ReportOptions = {},
): Report {
  const a = fa.analysis;
  const ce = h323CaptureEvidence(a, call, opts.side);
  const g = ce.graded;
  const h = ce.evidence.h323!;
  const checks: Check[] = [
    ...fileChecks(fa),
    h323CallCheck(g.leg, h.release),
    ...gradeAll(ce.evidence),
    mediaLossCheck(ce.streams),
    ...notTestableFunctionChecks(),
  ];
  const requirements = requirementVerdicts(checks);
  const gated = gate({ checks, requirements, profile: "vdm", required: [] }).outcome;
  const startMicros = a.firstTime ? captureTimeMicros(a.firstTime) : 0;
  const gradedHost = g.address.slice(0, g.address.lastIndexOf(":"));
  const wire = [...ce.wire, ...rasWire(call, gradedHost)].sort((x, y) => x.atMs - y.atMs);
  const ladder = h323LadderRecords(wire, call.firstMs);
  const fromGraded = new Set(ce.fromEndpoint);
  const aliases = (h.aliases ?? []).map((x) => x.value);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "vdm-test", version: VERSION },
    kind: "capture",
    target: call.key,
    startedAt: new Date(Math.floor((startMicros + call.firstMs * 1000) / 1000)).toISOString(),
    durationMs: Math.round(call.lastMs - call.firstMs),
    steps: [],
    checks,
    facts: {
      file: fa.path,
      input: fa.input,
      bytes: fa.bytes,
      ...(fa.capture ? { capture: fa.capture } : {}),
      graded: {
        side: g.side,
        address: g.address,
        ...(g.vendor ? { agent: g.vendor } : {}),
        why: g.why,
      },
      evidence: evidenceSummary(ce.evidence),
      dialog: null,
      h323: {
        call: call.key,
        ...(call.callIdentifier ? { callIdentifier: call.callIdentifier } : {}),
        ...(call.conferenceId ? { conferenceId: call.conferenceId } : {}),
        gradedLeg: g.leg.connection,
        legs: call.legs.map((l) => ({
          connection: l.connection,
          caller: l.caller,
          callee: l.callee,
          mode: l.mode,
          setupSeen: l.setupSeen,
          ...(l.separateH245 ? { separateH245: l.separateH245 } : {}),
          messages: l.messages.length,
        })),
        aliases,
        calledAliases: h.calledAliases.map((x) => x.value),
        ...(h.vendor ? { vendor: h.vendor } : {}),
        channels: g.leg.channels.map((c) => ({
          from: c.from === g.side ? "graded" : "other",
          number: c.number,
          sessionId: c.sessionId,
          via: c.via,
          description: c.description,
          ...(c.payloadType !== undefined ? { payloadType: c.payloadType } : {}),
          ...(c.mediaChannel ? { mediaChannel: c.mediaChannel } : {}),
          ...(c.mediaControlChannel ? { mediaControlChannel: c.mediaControlChannel } : {}),
          presentation: c.presentation,
          acknowledged: c.acknowledged,
        })),
        h239: call.legs.flatMap((l) =>
          l.h239.map((e) => ({
            frame: e.number,
            atMs: Math.round(e.timeMs - call.firstMs),
            from: e.from,
            name: e.name,
            ...(e.channelId !== undefined ? { channelId: e.channelId } : {}),
            ...(e.result ? { result: e.result } : {}),
            ...(e.error ? { error: e.error } : {}),
          })),
        ),
        h460: h.announced.h460,
        keyframeRequests: g.leg.keyframeRequests.filter((r) => r.from !== g.side).length,
        ras: call.ras.map((m) => m.name),
        // A callee that states no alias in Connect was still reached by the aliases it was called by.
        registrations: registrationsOf(a.h323, gradedHost, [
          ...aliases,
          ...(g.side === "callee" ? h.calledAliases.map((x) => x.value) : []),
        ]),
      },
      streams: ce.streams.map((s) => ({ ...streamFacts(s), fromGraded: fromGraded.has(s) })),
      notes: a.notes,
    },
    sip: ladder,
    outcome: worst([gated, ...checks.filter((c) => c.serves.length === 0).map((c) => c.status)]),
    requirements,
  };
}
