import type { ChangeKind, ReportChange, ReportDiff } from "./diff.js";
import { LABELS } from "./i18n/labels.js";
import type { Lang } from "./i18n/lang.js";
import { FIGURES, formatFigure } from "./key-figures.js";
import { plainStyle, type TextStyle } from "./render-text.js";

const HEAD: Record<Lang, Record<ChangeKind, string> & { none: string; from: string }> = {
  en: {
    regressed: "Regressed",
    improved: "Improved",
    changed: "Changed",
    none: "No differences.",
    from: "was",
  },
  sv: {
    regressed: "Försämrat",
    improved: "Förbättrat",
    changed: "Ändrat",
    none: "Inga skillnader.",
    from: "var",
  },
};

function describe(c: ReportChange, lang: Lang): string {
  const L = LABELS[lang];
  const st = (s: string | null) => (s === null ? "—" : L.status[s as keyof typeof L.status]);
  switch (c.what) {
    case "outcome":
      return `${L.outcome}: ${st(c.from)} → ${st(c.to)}`;
    case "requirement":
    case "check":
      return `${c.id}: ${st(c.from)} → ${st(c.to)}`;
    case "figure": {
      const v = (n: number | null) => (n === null ? "—" : formatFigure({ value: n, unit: c.unit }));
      return `${FIGURES[c.id][lang]}: ${v(c.from)} → ${v(c.to)}`;
    }
  }
}

/** The diff of two runs for a terminal: regressions first, then improvements, then other changes. Pure. */
export function renderDiffText(d: ReportDiff, style: TextStyle = plainStyle, lang: Lang = "en"): string {
  const H = HEAD[lang];
  const out = [style.bold(`vdm-test diff  ${d.a.startedAt} → ${d.b.startedAt}  (${d.b.target})`), ""];
  if (d.changes.length === 0) out.push(`  ${H.none}`);
  const paint: Record<ChangeKind, (s: string) => string> = {
    regressed: style.fail,
    improved: style.pass,
    changed: style.dim,
  };
  for (const kind of ["regressed", "improved", "changed"] as const) {
    const cs = d.changes.filter((c) => c.kind === kind);
    if (cs.length === 0) continue;
    out.push(
      style.bold(`${H[kind]} (${cs.length})`),
      ...cs.map((c) => `  ${paint[kind](describe(c, lang))}`),
      "",
    );
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
