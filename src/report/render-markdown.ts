import { checkAdvice, checkSummary, checkTitle } from "./i18n/check-titles.js";
import { LABELS, servesName, stepDetail, stepName } from "./i18n/labels.js";
import type { Lang } from "./i18n/lang.js";
import { FIGURES, formatFigure, keyFigures } from "./key-figures.js";
import { ladderHeadings, ladderLine } from "./ladder.js";
import type { CheckStatus, Report, Snapshots } from "./model.js";
import { markLines, sdpPair } from "./sdp-pair.js";

const ICON: Record<CheckStatus, string> = {
  pass: "✅",
  fail: "❌",
  warn: "⚠️",
  "not-tested": "➖",
  inconclusive: "❔",
};

/** A table cell: one line, pipes escaped, inline HTML defused. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;");
}

/** A fenced block that no content can close early. */
function fence(text: string, info = ""): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}${info}\n${text.replace(/\n$/, "")}\n${f}`;
}

const SNAPSHOT_FILES: Record<keyof Snapshots, string> = {
  sent: "snapshots/sent.png",
  mirrored: "snapshots/mirrored.png",
  presentation: "snapshots/presentation.png",
};

/** Markdown for pasting into a ticket: verdicts first, then figures, steps, signalling. Pure. */
export function renderMarkdown(report: Report, lang: Lang = "en"): string {
  const L = LABELS[lang];
  const status = (s: CheckStatus) => `${ICON[s]} ${L.status[s]}`;
  const out: string[] = [
    `# ${L.title}: ${cell(report.target)}`,
    "",
    `**${L.outcome}: ${status(report.outcome)}**`,
    "",
    `- ${L.target}: \`${report.target.replace(/`/g, "'")}\` (${L.kind[report.kind]})`,
    `- ${L.started}: ${report.startedAt}`,
    `- ${L.duration}: ${(report.durationMs / 1000).toFixed(1)} s`,
    `- ${L.tool}: ${report.tool.name} ${report.tool.version}`,
    "",
  ];
  if (report.requirements && report.requirements.length > 0) {
    out.push(
      `## ${L.requirements}`,
      "",
      `| ${L.requirement} | ${L.status_} | ${L.decidedBy} |`,
      "|---|---|---|",
    );
    for (const r of report.requirements) {
      const by =
        r.decidedBy.length > 0 ? r.decidedBy.join(", ") : `${L.notTested}: ${r.notTested.join(", ")}`;
      out.push(`| ${cell(servesName(r.requirement, lang))} | ${status(r.status)} | ${cell(by)} |`);
    }
    out.push("");
  }
  out.push(`## ${L.checks}`, "", `| ${L.status_} | ${L.check} | ${L.result} |`, "|---|---|---|");
  for (const c of report.checks) {
    out.push(`| ${status(c.status)} | ${cell(checkTitle(c, lang))} | ${cell(checkSummary(c, lang))} |`);
  }
  out.push("");
  const fixes = report.checks.filter(
    (c) => (c.status === "fail" || c.status === "warn") && checkAdvice(c, lang),
  );
  if (fixes.length > 0) {
    out.push(`## ${L.advice}`, "");
    for (const c of fixes)
      out.push(`- **${cell(checkTitle(c, lang))}**: ${checkAdvice(c, lang)!.replace(/\n/g, " ")}`);
    out.push("");
  }
  const figures = keyFigures(report);
  if (figures.length > 0) {
    out.push(`## ${L.keyFigures}`, "", `| ${L.figure} | ${L.value} |`, "|---|---|");
    for (const f of figures) out.push(`| ${FIGURES[f.id][lang]} | ${formatFigure(f)} |`);
    out.push("");
  }
  const shots = (Object.keys(SNAPSHOT_FILES) as (keyof Snapshots)[]).filter((k) => report.snapshots?.[k]);
  if (shots.length > 0) {
    const caption = {
      sent: L.snapshotSent,
      mirrored: L.snapshotMirrored,
      presentation: L.snapshotPresentation,
    };
    out.push(
      `## ${L.snapshots}`,
      "",
      ...shots.map((k) => `- ${caption[k]}: ![${caption[k]}](${SNAPSHOT_FILES[k]})`),
      "",
    );
  }
  if (report.steps.length > 0) {
    out.push(
      `## ${L.steps}`,
      "",
      `| ${L.time} | ${L.step} | ${L.status_} | ${L.detail} |`,
      "|---|---|---|---|",
    );
    for (const s of report.steps) {
      out.push(
        `| ${(s.atMs / 1000).toFixed(1)} s | ${cell(stepName(s.name, lang))} | ${L.stepStatus[s.status]} | ${cell(stepDetail(s, lang))} |`,
      );
    }
    out.push("");
  }
  if (report.sip.length > 0) {
    out.push(`## ${ladderHeadings(report.sip, L).ladder}`, "");
    const lines = report.sip.map(
      (m) =>
        `${(m.atMs / 1000).toFixed(3).padStart(8)} s  ${m.direction === "sent" ? "→" : "←"} ${ladderLine(m, L)}  (${m.transport}${m.remote ? ` ${m.remote}` : ""})`,
    );
    out.push(fence(lines.join("\n")), "");
  }
  const { offer, answer } = sdpPair(report.sip);
  if (offer) {
    out.push(`## ${L.sdps}`, "", L.highlighted.replace(/\.$/, " (▶)."), "");
    for (const [label, sdp] of [
      [L.sdpOffer, offer],
      [L.sdpAnswer, answer],
    ] as const) {
      out.push(
        `### ${label}${sdp ? ` (${sdp.direction === "sent" ? L.us : L.farEnd}: ${sdp.firstLine})` : ""}`,
        "",
      );
      if (!sdp) {
        out.push(`_${L.noSdp}_`, "");
        continue;
      }
      const marked = markLines(sdp.text, report.checks).map((m) =>
        m.status ? `▶ ${m.line}    [${m.checks.join(", ")}]` : `  ${m.line}`,
      );
      out.push(fence(marked.join("\n")), "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
