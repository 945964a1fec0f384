import { FIGURES, type FigureId, type FigureUnit, keyFigures } from "./key-figures.js";
import type { CheckStatus, Report } from "./model.js";

export type ChangeKind = "regressed" | "improved" | "changed";

/** One difference between two runs. */
export type ReportChange =
  | {
      readonly kind: ChangeKind;
      readonly what: "outcome";
      readonly from: CheckStatus;
      readonly to: CheckStatus;
    }
  | {
      readonly kind: ChangeKind;
      readonly what: "requirement" | "check";
      readonly id: string;
      readonly from: CheckStatus | null;
      readonly to: CheckStatus | null;
    }
  | {
      readonly kind: ChangeKind;
      readonly what: "figure";
      readonly id: FigureId;
      readonly unit: FigureUnit;
      readonly from: number | null;
      readonly to: number | null;
    };

export interface ReportDiff {
  readonly a: { readonly target: string; readonly startedAt: string; readonly outcome: CheckStatus };
  readonly b: { readonly target: string; readonly startedAt: string; readonly outcome: CheckStatus };
  readonly changes: readonly ReportChange[];
  readonly regressions: number;
  readonly improvements: number;
}

/** Worse is higher. "not tested" has no rank: moving in or out of it is a change, not a verdict. */
const RANK: Partial<Record<CheckStatus, number>> = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };

function compareStatus(from: CheckStatus | null, to: CheckStatus | null): ChangeKind | undefined {
  if (from === to) return undefined;
  const a = from === null ? undefined : RANK[from];
  const b = to === null ? undefined : RANK[to];
  if (a === undefined || b === undefined) return "changed";
  return b > a ? "regressed" : "improved";
}

function statusChanges(
  what: "requirement" | "check",
  a: readonly { id: string; status: CheckStatus }[],
  b: readonly { id: string; status: CheckStatus }[],
): ReportChange[] {
  const before = new Map(a.map((x) => [x.id, x.status]));
  const after = new Map(b.map((x) => [x.id, x.status]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.flatMap((id) => {
    const from = before.get(id) ?? null;
    const to = after.get(id) ?? null;
    const kind = compareStatus(from, to);
    return kind ? [{ kind, what, id, from, to }] : [];
  });
}

function figureChanges(a: Report, b: Report): ReportChange[] {
  const before = new Map(keyFigures(a).map((f) => [f.id, f]));
  const after = new Map(keyFigures(b).map((f) => [f.id, f]));
  return (Object.keys(FIGURES) as FigureId[]).flatMap((id): ReportChange[] => {
    const x = before.get(id);
    const y = after.get(id);
    if (!x && !y) return [];
    const unit = (x ?? y)!.unit;
    if (!x || !y)
      return [{ kind: "changed", what: "figure", id, unit, from: x?.value ?? null, to: y?.value ?? null }];
    const spec = FIGURES[id];
    const delta = y.value - x.value;
    if (Math.abs(delta) <= Math.max(spec.abs, spec.rel * Math.abs(x.value))) return [];
    const worse = spec.better === "higher" ? delta < 0 : delta > 0;
    return [{ kind: worse ? "regressed" : "improved", what: "figure", id, unit, from: x.value, to: y.value }];
  });
}

/**
 * What changed from run `a` to run `b`: the outcome, each requirement and check verdict, and the
 * key figures beyond their tolerance (FIGURES: runs are never identical, so a figure counts only
 * when it moves by more than its tolerance). Pure.
 */
export function diffReports(a: Report, b: Report): ReportDiff {
  const changes: ReportChange[] = [];
  const outcome = compareStatus(a.outcome, b.outcome);
  if (outcome) changes.push({ kind: outcome, what: "outcome", from: a.outcome, to: b.outcome });
  changes.push(
    ...statusChanges(
      "requirement",
      (a.requirements ?? []).map((r) => ({ id: r.requirement, status: r.status })),
      (b.requirements ?? []).map((r) => ({ id: r.requirement, status: r.status })),
    ),
    ...statusChanges("check", a.checks, b.checks),
    ...figureChanges(a, b),
  );
  const side = (r: Report) => ({ target: r.target, startedAt: r.startedAt, outcome: r.outcome });
  return {
    a: side(a),
    b: side(b),
    changes,
    regressions: changes.filter((c) => c.kind === "regressed").length,
    improvements: changes.filter((c) => c.kind === "improved").length,
  };
}
