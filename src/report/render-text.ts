import type { Check, CheckStatus, Report } from "./model.js";

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

const LABEL: Record<CheckStatus, string> = {
  pass: "PASS",
  fail: "FAIL",
  warn: "WARN",
  "not-tested": "N/T ",
  inconclusive: "??? ",
};

const HEADING: Record<Report["kind"], string> = {
  call: "call to",
  "room-caller": "caller",
  capture: "capture of",
  check: "check of",
};

function paint(style: TextStyle, status: CheckStatus, s: string): string {
  if (status === "pass") return style.pass(s);
  if (status === "fail") return style.fail(s);
  if (status === "warn" || status === "inconclusive") return style.warn(s);
  return style.dim(s);
}

function line(style: TextStyle, c: Check, width: number): string {
  return `  ${paint(style, c.status, LABEL[c.status])}  ${c.title.padEnd(width)}  ${style.dim(c.summary)}`;
}

/** The terminal summary: a verdict table, then the overall outcome. Pure: model in, text out. */
export function renderText(report: Report, style: TextStyle = plainStyle): string {
  const width = Math.max(10, ...report.checks.map((c) => c.title.length));
  const out = [
    style.bold(`vdm-test ${HEADING[report.kind]} ${report.target}`),
    ...report.checks.map((c) => line(style, c, width)),
    "",
    `  ${style.bold("Outcome:")} ${paint(style, report.outcome, report.outcome.toUpperCase())}`,
  ];
  return `${out.join("\n")}\n`;
}
