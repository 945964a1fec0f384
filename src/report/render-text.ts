import { checkAdvice, checkSummary, checkTitle } from "./i18n/check-titles.js";
import { LABELS, servesName } from "./i18n/labels.js";
import type { Lang } from "./i18n/lang.js";
import type { CheckStatus, Report } from "./model.js";

/** Colours for the terminal; the caller passes `plainStyle` for NO_COLOR, CI and non-TTY output. */
export interface TextStyle {
  pass(s: string): string;
  fail(s: string): string;
  warn(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const plainStyle: TextStyle = {
  pass: (s) => s,
  fail: (s) => s,
  warn: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
};

export interface TextOptions {
  lang?: Lang;
  /** Paths of the report files written, listed at the end. */
  reportPaths?: readonly string[];
}

export function paint(style: TextStyle, status: CheckStatus, s: string): string {
  if (status === "pass") return style.pass(s);
  if (status === "fail") return style.fail(s);
  if (status === "warn" || status === "inconclusive") return style.warn(s);
  return style.dim(s);
}

/**
 * The terminal summary: the requirements (when graded), a compact verdict table of every check,
 * what to fix for each failure and warning, the outcome and where the full reports are.
 * Pure: model in, text out; the language only picks the wording.
 */
export function renderText(report: Report, style: TextStyle = plainStyle, opts: TextOptions = {}): string {
  const lang = opts.lang ?? "en";
  const L = LABELS[lang];
  const short = L.statusShort;
  const out = [style.bold(`vdm-test ${L.kind[report.kind]} ${report.target}`), ""];
  if (report.requirements && report.requirements.length > 0) {
    out.push(style.bold(L.requirements));
    for (const r of report.requirements) {
      const first = report.checks.find((c) => c.id === r.decidedBy[0]);
      const why = first ? checkSummary(first, lang) : r.decidedBy.length === 0 ? L.status["not-tested"] : "";
      out.push(
        `  ${paint(style, r.status, short[r.status])}  ${servesName(r.requirement, lang).padEnd(10)}  ${style.dim(why)}`,
      );
      if (r.note) out.push(`  ${" ".repeat(18)}${style.dim(r.note[lang].summary)}`);
    }
    out.push("", style.bold(L.checks));
  }
  const width = Math.max(10, ...report.checks.map((c) => checkTitle(c, lang).length));
  for (const c of report.checks) {
    const title = checkTitle(c, lang).padEnd(width);
    out.push(`  ${paint(style, c.status, short[c.status])}  ${title}  ${style.dim(checkSummary(c, lang))}`);
  }
  const advice = report.checks.flatMap((c) => {
    if (c.status !== "fail" && c.status !== "warn") return [];
    const a = checkAdvice(c, lang);
    return a ? [`  - ${paint(style, c.status, checkTitle(c, lang))}: ${a}`] : [];
  });
  if (advice.length > 0) out.push("", style.bold(L.advice), ...new Set(advice));
  out.push("", `  ${style.bold(`${L.outcome}:`)} ${paint(style, report.outcome, L.status[report.outcome])}`);
  if (opts.reportPaths && opts.reportPaths.length > 0) {
    out.push("", style.bold(L.reports), ...opts.reportPaths.map((p) => `  ${p}`));
  }
  return `${out.join("\n")}\n`;
}
