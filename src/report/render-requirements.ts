import type { CheckStatus, Report } from "./model.js";
import { plainStyle, type TextStyle } from "./render-text.js";

const LABEL: Record<CheckStatus, string> = {
  pass: "PASS",
  fail: "FAIL",
  warn: "WARN",
  "not-tested": "N/T ",
  inconclusive: "??? ",
};

function paint(style: TextStyle, status: CheckStatus, s: string): string {
  if (status === "pass") return style.pass(s);
  if (status === "fail") return style.fail(s);
  if (status === "warn" || status === "inconclusive") return style.warn(s);
  return style.dim(s);
}

export type Lang = "en" | "sv";

const HEAD: Record<Lang, { requirements: string; checks: string; advice: string; outcome: string }> = {
  en: { requirements: "Requirements", checks: "Checks", advice: "What to fix", outcome: "Outcome:" },
  sv: { requirements: "Krav", checks: "Kontroller", advice: "Att åtgärda", outcome: "Resultat:" },
};

/**
 * The verdict table of a report that grades the six requirements: one line per requirement, then
 * every check (those not tested dimmed), the advice for what failed or warned, and the outcome.
 * Pure: model in, text out; the language only picks the wording.
 */
export function renderRequirementsText(
  report: Report,
  style: TextStyle = plainStyle,
  lang: Lang = "en",
): string {
  const h = HEAD[lang];
  const out = [style.bold(`vdm-test ${report.kind} ${report.target}`), ""];
  if (report.requirements) {
    out.push(style.bold(h.requirements));
    for (const r of report.requirements) {
      const why = r.decidedBy.length
        ? report.checks
            .filter((c) => r.decidedBy.includes(c.id))
            .map((c) => c.text?.[lang].summary ?? c.summary)[0]
        : undefined;
      out.push(
        `  ${paint(style, r.status, LABEL[r.status])}  ${r.requirement.padEnd(10)}  ${style.dim(why ?? "")}`,
      );
      if (r.note) out.push(`  ${" ".repeat(18)}${style.dim(r.note[lang].summary)}`);
    }
    out.push("");
  }
  out.push(style.bold(h.checks));
  const width = Math.max(10, ...report.checks.map((c) => c.title.length));
  for (const c of report.checks) {
    const summary = c.text?.[lang].summary ?? c.summary;
    out.push(`  ${paint(style, c.status, LABEL[c.status])}  ${c.title.padEnd(width)}  ${style.dim(summary)}`);
  }
  const advice = report.checks.flatMap((c) =>
    (c.status === "fail" || c.status === "warn") && c.text?.[lang].advice
      ? [`  - ${c.title}: ${c.text[lang].advice}`]
      : [],
  );
  if (advice.length > 0) out.push("", style.bold(h.advice), ...[...new Set(advice)]);
  out.push("", `  ${style.bold(h.outcome)} ${paint(style, report.outcome, report.outcome.toUpperCase())}`);
  return `${out.join("\n")}\n`;
}
