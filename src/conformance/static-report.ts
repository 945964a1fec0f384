import { REPORT_SCHEMA_VERSION, type Report, type SipMessageRecord } from "../report/model.js";
import { VERSION } from "../version.js";
import { gradeAll } from "./grade-all.js";
import { requirementsOutcome, requirementVerdicts } from "./requirements.js";
import { readSavedMessages } from "./saved-messages.js";
import { startLineText, vias } from "./sip-facts.js";

export type StaticReportResult =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly reason: string };

/**
 * `vdm-test check`: grades a saved INVITE, response, OPTIONS answer or bare SDP. Pure: the text
 * and the time are arguments. The outcome comes from the six requirements (one failing fails it;
 * none graded is inconclusive); media checks are "not tested".
 */
export function staticCheckReport(
  target: string,
  text: string,
  /** ISO 8601 UTC, as the report states it. */
  startedAt: string,
  durationMs = 0,
): StaticReportResult {
  const read = readSavedMessages(text);
  if (!read.ok) return { ok: false, reason: read.reason };
  const checks = gradeAll(read.evidence);
  const requirements = requirementVerdicts(checks);
  const sip: SipMessageRecord[] = (read.evidence.sip ?? []).map((m) => ({
    atMs: 0,
    direction: "received",
    transport: vias(m.head).at(-1)?.via?.transport.toLowerCase() ?? "unknown",
    remote: "",
    firstLine: startLineText(m.head),
  }));
  return {
    ok: true,
    report: {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: "vdm-test", version: VERSION },
      kind: "check",
      target,
      startedAt,
      durationMs,
      steps: [{ name: "read", status: "ok", atMs: 0, detail: read.items.join("; ") }],
      checks,
      facts: {
        graded: "signalling only (saved messages carry no media)",
        items: read.items,
        notes: read.notes,
      },
      sip,
      outcome: requirementsOutcome(requirements),
      requirements,
    },
  };
}
