import { escapeXml } from "./escape.js";
import { checkAdvice, checkSummary, checkTitle } from "./i18n/check-titles.js";
import { LABELS, servesName } from "./i18n/labels.js";
import type { Lang } from "./i18n/lang.js";
import type { Check, Report } from "./model.js";

/** The six requirements first, in the service's order; then functions by number; then the rest. */
const REQUIREMENT_ORDER = ["H.264", "encryption", "URI", "H.460", "H.239", "SIP"];
const NONE = "other";

function suiteOrder(a: string, b: string): number {
  const rank = (s: string) => {
    const r = REQUIREMENT_ORDER.indexOf(s);
    if (r >= 0) return [0, r] as const;
    const fn = /^function-(\d+)$/.exec(s);
    if (fn) return [1, Number(fn[1])] as const;
    return [s === NONE ? 3 : 2, 0] as const;
  };
  const [ka, na] = rank(a);
  const [kb, nb] = rank(b);
  return ka - kb || na - nb || a.localeCompare(b);
}

/** One testsuite per requirement and per function a check serves; a check in several is in each. */
export function junitSuites(checks: readonly Check[]): { key: string; checks: Check[] }[] {
  const suites = new Map<string, Check[]>();
  for (const c of checks) {
    for (const s of c.serves.length > 0 ? c.serves : [NONE]) suites.set(s, [...(suites.get(s) ?? []), c]);
  }
  return [...suites.keys()].sort(suiteOrder).map((key) => ({ key, checks: suites.get(key)! }));
}

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");

function details(c: Check, lang: Lang): string {
  const L = LABELS[lang];
  const parts = [checkSummary(c, lang)];
  const advice = checkAdvice(c, lang);
  if (advice) parts.push(`${L.advice}: ${advice}`);
  if (c.specRef) parts.push(`${L.spec}: ${c.specRef}`);
  if (c.lines && c.lines.length > 0) parts.push(`${L.lines}:`, ...c.lines.map((l) => `  ${l}`));
  parts.push(`${L.evidence}: ${JSON.stringify(c.evidence, null, 2)}`);
  return parts.join("\n");
}

function testcase(c: Check, suite: string, lang: Lang): string {
  const head = `    <testcase${attrs({ name: `${c.id}: ${checkTitle(c, lang)}`, classname: `vdm-test.${suite}`, time: "0" })}`;
  const message = checkSummary(c, lang);
  switch (c.status) {
    case "pass":
      return `${head}/>`;
    case "warn":
      return `${head}>\n      <system-out>${escapeXml(`${LABELS[lang].status.warn}: ${details(c, lang)}`)}</system-out>\n    </testcase>`;
    case "fail":
      return `${head}>\n      <failure${attrs({ message, type: c.id })}>${escapeXml(details(c, lang))}</failure>\n    </testcase>`;
    case "inconclusive":
      return `${head}>\n      <error${attrs({ message, type: "inconclusive" })}>${escapeXml(details(c, lang))}</error>\n    </testcase>`;
    case "not-tested":
      return `${head}>\n      <skipped${attrs({ message })}/>\n    </testcase>`;
  }
}

/**
 * JUnit XML as Jenkins and GitLab read it: <testsuites> holding one <testsuite> per requirement and
 * per function, one <testcase> per check; a failure carries the summary as message and the advice,
 * deciding lines and evidence as text; "not tested" is <skipped>, "inconclusive" an <error>, a
 * warning passes with the warning in <system-out>. Everything is XML-escaped. Pure.
 */
export function renderJunit(report: Report, lang: Lang = "en"): string {
  const timestamp = report.startedAt.replace(/(\.\d+)?Z$/, "");
  const suites = junitSuites(report.checks);
  const count = (cs: readonly Check[], s: Check["status"]) => cs.filter((c) => c.status === s).length;
  const body = suites.map(({ key, checks }, i) =>
    [
      `  <testsuite${attrs({
        name: `vdm-test ${servesName(key, lang)}`,
        tests: checks.length,
        failures: count(checks, "fail"),
        errors: count(checks, "inconclusive"),
        skipped: count(checks, "not-tested"),
        time: "0",
        timestamp,
        hostname: "vdm-test",
        id: i,
        package: "vdm-test",
      })}>`,
      "    <properties>",
      `      <property${attrs({ name: "target", value: report.target })}/>`,
      `      <property${attrs({ name: "kind", value: report.kind })}/>`,
      `      <property${attrs({ name: "outcome", value: report.outcome })}/>`,
      "    </properties>",
      ...checks.map((c) => testcase(c, key, lang)),
      "  </testsuite>",
    ].join("\n"),
  );
  const all = suites.flatMap((s) => s.checks);
  const head = `<testsuites${attrs({
    name: `vdm-test ${report.target}`,
    tests: all.length,
    failures: count(all, "fail"),
    errors: count(all, "inconclusive"),
    skipped: count(all, "not-tested"),
    time: (report.durationMs / 1000).toFixed(3),
  })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${body.join("\n")}\n</testsuites>\n`;
}
