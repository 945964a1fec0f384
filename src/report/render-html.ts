import { escapeHtml as e } from "./escape.js";
import { checkAdvice, checkSummary, checkTitle } from "./i18n/check-titles.js";
import { LABELS, type Labels, servesName, stepDetail, stepName } from "./i18n/labels.js";
import type { Lang } from "./i18n/lang.js";
import { FIGURES, formatFigure, keyFigures } from "./key-figures.js";
import { ladderHeadings, ladderLine } from "./ladder.js";
import type { Check, CheckStatus, Report, Snapshots, TimelinePoint } from "./model.js";
import { markLines, type RecordedSdp, sdpPair } from "./sdp-pair.js";
import { type ChartSeries, lineChart } from "./svg/line-chart.js";
import { sipLadder } from "./svg/sip-ladder.js";

const CSS = `
:root{--pass:#1d7a36;--fail:#b3261e;--warn:#9a6700;--nt:#6b6b6b;--inc:#7a4bb3;--bg:#fff;--fg:#1b1b1b;--mute:#5f5f5f;--line:#e3e3e3}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:14px 0 6px}
.target{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--mute);margin:0 0 12px;word-break:break-all}
.outcome{display:inline-block;font-size:22px;font-weight:700;padding:6px 16px;border-radius:6px;color:#fff}
.meta{display:flex;gap:24px;flex-wrap:wrap;color:var(--mute);margin:10px 0 0;padding:0;list-style:none}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}th{font-size:13px;color:var(--mute);font-weight:600}
.badge{display:inline-block;min-width:92px;text-align:center;font-size:12px;font-weight:700;padding:2px 6px;border-radius:4px;color:#fff;white-space:nowrap}
.s-pass{background:var(--pass)}.s-fail{background:var(--fail)}.s-warn{background:var(--warn)}.s-not-tested{background:var(--nt)}.s-inconclusive{background:var(--inc)}
.advice{margin:4px 0 0;padding:6px 8px;border-left:3px solid var(--warn);background:#fff8e6}
tr.fail .advice{border-left-color:var(--fail);background:#fdecea}
.spec,.note{color:var(--mute);font-size:13px}
details>summary{cursor:pointer;color:var(--mute);font-size:13px}
pre{font:12.5px/1.4 ui-monospace,Menlo,Consolas,monospace;background:#f6f6f6;padding:8px;overflow-x:auto;margin:6px 0;white-space:pre}
.snaps{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px;background:#fafafa}
figure img{width:100%;height:auto;display:block;image-rendering:auto;border-radius:3px;background:#000}
figcaption{font-size:13px;color:var(--mute);margin-top:6px}
.empty{display:flex;align-items:center;justify-content:center;aspect-ratio:16/9;background:#eee;color:var(--mute);border-radius:3px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:14px}
.charts svg,.ladder svg{max-width:100%;height:auto}
svg .chart-title{font:600 13px system-ui,sans-serif;fill:var(--fg)}svg .tick{font:11px system-ui,sans-serif;fill:var(--mute)}
svg .lane{font:600 13px system-ui,sans-serif;fill:var(--fg)}svg .msg{font:12px ui-monospace,Menlo,monospace}
.ladder{overflow-x:auto}
.sdps{display:grid;grid-template-columns:1fr 1fr;gap:14px}.sdps>div{min-width:0}
.hl{display:block;margin:0 -8px;padding:0 8px}
.hl-pass{background:#e3f3e6}.hl-fail{background:#fbdcd9}.hl-warn{background:#fff0c2}.hl-inconclusive{background:#eee3f7}
.mark{font-size:11px;color:var(--mute)}
@media print{.snaps{grid-template-columns:repeat(3,1fr)}body{padding:0}}
`;

function badge(s: CheckStatus, L: Labels): string {
  return `<span class="badge s-${s}">${e(L.status[s])}</span>`;
}

function header(r: Report, L: Labels): string {
  return [
    "<header>",
    `<h1>${e(L.title)}</h1>`,
    `<p class="target">${e(L.kind[r.kind])} ${e(r.target)}</p>`,
    `<div class="outcome s-${r.outcome}">${e(L.outcome)}: ${e(L.status[r.outcome])}</div>`,
    `<ul class="meta"><li>${e(L.started)}: ${e(r.startedAt)}</li><li>${e(L.duration)}: ${(r.durationMs / 1000).toFixed(1)} s</li><li>${e(L.tool)}: ${e(`${r.tool.name} ${r.tool.version}`)}</li></ul>`,
    "</header>",
  ].join("\n");
}

function requirements(r: Report, L: Labels, lang: Lang): string {
  if (!r.requirements || r.requirements.length === 0) return "";
  const rows = r.requirements.map((q) => {
    const first = r.checks.find((c) => c.id === q.decidedBy[0]);
    const why = first ? checkSummary(first, lang) : `${L.notTested}: ${q.notTested.join(", ")}`;
    const note = q.note ? `<div class="note">${e(q.note[lang].summary)}</div>` : "";
    return `<tr class="${q.status}"><td>${badge(q.status, L)}</td><td><strong>${e(servesName(q.requirement, lang))}</strong></td><td>${e(why)}${note}</td></tr>`;
  });
  return `<h2>${e(L.requirements)}</h2>\n<table><thead><tr><th>${e(L.status_)}</th><th>${e(L.requirement)}</th><th>${e(L.result)}</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function checkRow(c: Check, L: Labels, lang: Lang): string {
  const advice = checkAdvice(c, lang);
  const showAdvice = advice && (c.status === "fail" || c.status === "warn");
  const lines = c.lines?.length ? `<pre>${e(c.lines.join("\n"))}</pre>` : "";
  return [
    `<tr class="${c.status}" id="check-${e(c.id)}"><td>${badge(c.status, L)}</td>`,
    `<td><strong>${e(checkTitle(c, lang))}</strong><div class="spec">${e(c.id)}${c.specRef ? ` · ${e(c.specRef)}` : ""}</div></td>`,
    `<td>${e(checkSummary(c, lang))}`,
    showAdvice ? `<div class="advice"><strong>${e(L.advice)}:</strong> ${e(advice)}</div>` : "",
    `<details><summary>${e(L.evidence)}</summary>${lines}<pre>${e(JSON.stringify(c.evidence, null, 2))}</pre></details></td></tr>`,
  ].join("");
}

function checks(r: Report, L: Labels, lang: Lang): string {
  return `<h2>${e(L.checks)}</h2>\n<table><thead><tr><th>${e(L.status_)}</th><th>${e(L.check)}</th><th>${e(L.result)}</th></tr></thead><tbody>\n${r.checks.map((c) => checkRow(c, L, lang)).join("\n")}\n</tbody></table>`;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function snapshots(s: Snapshots | undefined, L: Labels): string {
  const cells = (
    [
      ["sent", L.snapshotSent],
      ["mirrored", L.snapshotMirrored],
      ["presentation", L.snapshotPresentation],
    ] as const
  ).map(([k, caption]) => {
    const png = s?.[k];
    const img =
      png && BASE64.test(png)
        ? `<img src="data:image/png;base64,${png}" alt="${e(caption)}">`
        : `<div class="empty">${e(L.noSnapshot)}</div>`;
    return `<figure>${img}<figcaption>${e(caption)}</figcaption></figure>`;
  });
  return `<h2>${e(L.snapshots)}</h2>\n<div class="snaps">${cells.join("")}</div>`;
}

const VIDEO = "#1f4e9a";
const AUDIO = "#c05a00";

function timelines(r: Report, L: Labels): string {
  const metric = (k: keyof Omit<TimelinePoint, "second">) => {
    const pick = (name: string, colour: string, pts: readonly TimelinePoint[] | undefined): ChartSeries[] => {
      const points = (pts ?? []).flatMap((p) => (p[k] === undefined ? [] : [[p.second, p[k]!] as const]));
      return points.length > 0 ? [{ name, colour, points }] : [];
    };
    return [...pick(L.video, VIDEO, r.timeline?.video), ...pick(L.audio, AUDIO, r.timeline?.audio)];
  };
  const charts = (
    [
      ["kbps", L.bitrate],
      ["lossPct", L.loss],
      ["jitterMs", L.jitter],
      ["mirrorLatencyMs", L.mirrorLatency],
    ] as const
  ).flatMap(([k, title]) => {
    const series = metric(k);
    return series.length > 0 ? [lineChart({ title, series, xUnit: L.second })] : [];
  });
  const body =
    charts.length > 0
      ? `<div class="charts">${charts.join("\n")}</div>`
      : `<p class="note">${e(L.noTimeline)}</p>`;
  return `<h2>${e(L.timelines)}</h2>\n${body}`;
}

function figures(r: Report, L: Labels, lang: Lang): string {
  const fs = keyFigures(r);
  if (fs.length === 0) return "";
  const rows = fs.map((f) => `<tr><td>${e(FIGURES[f.id][lang])}</td><td>${e(formatFigure(f))}</td></tr>`);
  return `<h2>${e(L.keyFigures)}</h2>\n<table><thead><tr><th>${e(L.figure)}</th><th>${e(L.value)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function steps(r: Report, L: Labels, lang: Lang): string {
  if (r.steps.length === 0) return "";
  const rows = r.steps.map(
    (s) =>
      `<tr><td>${(s.atMs / 1000).toFixed(1)} s</td><td>${e(stepName(s.name, lang))}</td><td>${e(L.stepStatus[s.status])}</td><td>${e(stepDetail(s, lang))}</td></tr>`,
  );
  return `<h2>${e(L.steps)}</h2>\n<table><thead><tr><th>${e(L.time)}</th><th>${e(L.step)}</th><th>${e(L.status_)}</th><th>${e(L.detail)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function marked(text: string, cs: readonly Check[]): string {
  return markLines(text, cs)
    .map((m) =>
      m.status
        ? `<span class="hl hl-${m.status}" title="${e(m.checks.join(", "))}">${e(m.line)}  <span class="mark">◀ ${e(m.checks.join(", "))}</span></span>`
        : `${e(m.line)}\n`,
    )
    .join("");
}

function sdpBlock(label: string, sdp: RecordedSdp | undefined, r: Report, L: Labels): string {
  if (!sdp) return `<div><h3>${e(label)}</h3><p class="note">${e(L.noSdp)}</p></div>`;
  const who = sdp.direction === "sent" ? L.us : L.farEnd;
  return `<div><h3>${e(label)} <span class="note">(${e(who)}: ${e(sdp.firstLine)})</span></h3><pre>${marked(sdp.text, r.checks)}</pre></div>`;
}

function signalling(r: Report, L: Labels): string {
  if (r.sip.length === 0) return `<h2>${e(L.sipLadder)}</h2>\n<p class="note">${e(L.noSip)}</p>`;
  const headings = ladderHeadings(r.sip, L);
  const out = [`<h2>${e(headings.ladder)}</h2>`, `<div class="ladder">${sipLadder(r.sip, L)}</div>`];
  const { offer, answer } = sdpPair(r.sip);
  if (offer) {
    out.push(
      `<h2>${e(L.sdps)}</h2>`,
      `<p class="note">${e(L.highlighted)}</p>`,
      `<div class="sdps">${sdpBlock(L.sdpOffer, offer, r, L)}${sdpBlock(L.sdpAnswer, answer, r, L)}</div>`,
    );
  }
  const full = r.sip.filter((m) => m.message !== undefined);
  if (full.length > 0) {
    out.push(
      `<details><summary>${e(headings.messages)} (${full.length})</summary>`,
      ...full.map(
        (m) =>
          `<h3>${(m.atMs / 1000).toFixed(3)} s ${m.direction === "sent" ? "→" : "←"} ${e(ladderLine(m, L))}</h3><pre>${marked(m.message!, r.checks)}</pre>`,
      ),
      "</details>",
    );
  }
  return out.join("\n");
}

/**
 * One self-contained HTML page: inline CSS, pictures as data: URIs, charts and the SIP ladder as
 * inline SVG, no script and no external reference (the Content-Security-Policy forbids any).
 * The verdicts come first. Pure: model in, text out.
 */
export function renderHtml(report: Report, lang: Lang = "en"): string {
  const L = LABELS[lang];
  const sections = [
    header(report, L),
    requirements(report, L, lang),
    checks(report, L, lang),
    snapshots(report.snapshots, L),
    timelines(report, L),
    figures(report, L, lang),
    steps(report, L, lang),
    signalling(report, L),
    `<h2>${e(L.facts)}</h2>\n<details><summary>${e(L.facts)}</summary><pre>${e(JSON.stringify(report.facts, null, 2))}</pre></details>`,
  ].filter((s) => s !== "");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${L.title}: ${report.target} — ${L.status[report.outcome]}`)}</title>
<style>${CSS}</style>
</head>
<body>
${sections.join("\n")}
</body>
</html>
`;
}
