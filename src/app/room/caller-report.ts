import type { Evidence } from "../../conformance/evidence.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { gradeAll } from "../../conformance/grade-all.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import {
  type Check,
  type CheckStatus,
  REPORT_SCHEMA_VERSION,
  type Report,
  type SipMessageRecord,
  type Step,
} from "../../report/model.js";
import { VERSION } from "../../version.js";

export interface CallerReportInput {
  /** The caller's From URI: the endpoint graded. */
  readonly from: string;
  readonly dialled: string;
  readonly callId: string;
  readonly startedAt: Date;
  readonly durationMs: number;
  /** The call's signalling as the report's ladder shows it. */
  readonly ladder: readonly SipMessageRecord[];
  /** How the call went, when the room has something to say (it hung up on silent media). */
  readonly steps?: readonly Step[];
  readonly evidence: Evidence;
  /** Checks made outside the engine (function 8 on the callback alias). */
  readonly extraChecks?: readonly Check[];
  readonly facts: Record<string, unknown>;
}

/** The room's report about one caller (kind "room-caller"): the six requirements, graded from evidence. */
export function callerReport(input: CallerReportInput): Report {
  const checks = [...gradeAll(input.evidence), ...(input.extraChecks ?? [])];
  const h323 = input.evidence.h323 !== undefined;
  const requirements = requirementVerdicts(checks, h323 ? "h323" : "sip");
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "vdm-test", version: VERSION },
    kind: "room-caller",
    target: input.from,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    steps: [...(input.steps ?? [])],
    checks,
    facts: {
      callId: input.callId,
      dialled: input.dialled,
      graded: h323
        ? "the endpoint that called the room: its H.225.0 Setup, its H.245 capabilities and channels, and the media it sent"
        : "the endpoint that called the room: its INVITE, its SDP offer and the media it sent",
      ...input.facts,
    },
    sip: [...input.ladder],
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
