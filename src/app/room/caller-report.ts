import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import type { Evidence } from "../../conformance/evidence.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { gradeAll } from "../../conformance/grade-all.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import { sipRecords, sipRetransmissionFacts } from "../../conformance/wire-evidence.js";
import { type Check, type CheckStatus, REPORT_SCHEMA_VERSION, type Report } from "../../report/model.js";
import { VERSION } from "../../version.js";

export interface CallerReportInput {
  /** The caller's From URI: the endpoint graded. */
  readonly from: string;
  readonly dialled: string;
  readonly callId: string;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly wire: readonly SipWireEvent[];
  readonly evidence: Evidence;
  /** Checks made outside the engine (function 8 on the callback alias). */
  readonly extraChecks?: readonly Check[];
  readonly facts: Record<string, unknown>;
}

/** The room's report about one caller (kind "room-caller"): the six requirements, graded from evidence. */
export function callerReport(input: CallerReportInput): Report {
  const checks = [...gradeAll(input.evidence), ...(input.extraChecks ?? [])];
  const requirements = requirementVerdicts(checks);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "vdm-test", version: VERSION },
    kind: "room-caller",
    target: input.from,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    steps: [],
    checks,
    facts: {
      callId: input.callId,
      dialled: input.dialled,
      graded: "the endpoint that called the room: its INVITE, its SDP offer and the media it sent",
      ...input.facts,
      ...sipRetransmissionFacts(input.wire),
    },
    sip: sipRecords(input.wire, input.startedAt.getTime()),
    outcome: gate({ checks, requirements, profile: "vdm", required: [] }).outcome,
    requirements,
  };
}

const WORD: Record<CheckStatus, string> = {
  pass: "PASS",
  fail: "FAIL",
  warn: "WARN",
  inconclusive: "INCONCL",
  "not-tested": "n/t",
};

/** "H.264 PASS, encryption FAIL, URI PASS, H.460 WARN, H.239 n/t, SIP PASS" (+ function 8 when graded). */
export function callerSummary(report: Report): string {
  const reqs = (report.requirements ?? []).map((r) => `${r.requirement} ${WORD[r.status]}`);
  const fn8 = report.checks.find((c) => c.serves.includes("function-8"));
  return [...reqs, ...(fn8 ? [`callback ${WORD[fn8.status]}`] : [])].join(", ");
}
