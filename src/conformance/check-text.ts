import type { Bilingual } from "../report/i18n/bilingual.js";
import type { Check, CheckStatus, LocalText } from "../report/model.js";

/** What every check states about itself: stable id, what it serves, the spec it implements. */
export interface CheckBase {
  readonly id: string;
  readonly title: string;
  /** Requirement ids ("H.264", "encryption", ...) and test-room functions ("function-5"). */
  readonly serves: readonly string[];
  readonly specRef: string;
}

/** A verdict in both languages, with the figures and lines that decided it. */
export interface Verdict extends Readonly<Bilingual<LocalText>> {
  readonly status: CheckStatus;
  readonly evidence?: Record<string, unknown>;
  readonly lines?: readonly string[];
}

/** Builds the report's Check: English summary on top, both languages in `text`. */
export function toCheck(base: CheckBase, v: Verdict): Check {
  const lines = [...new Set(v.lines ?? [])];
  return {
    id: base.id,
    title: base.title,
    serves: [...base.serves],
    status: v.status,
    summary: v.en.summary,
    evidence: v.evidence ?? {},
    specRef: base.specRef,
    ...(lines.length > 0 ? { lines } : {}),
    text: { en: v.en, sv: v.sv },
  };
}

/** "not tested" with the reason in both languages. */
export function notTested(en: string, sv: string, evidence: Record<string, unknown> = {}): Verdict {
  return { status: "not-tested", en: { summary: en }, sv: { summary: sv }, evidence };
}

/** Joins a list for a summary, at most `max` items then "+N more". */
export function listOf(items: readonly string[], max = 6): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} +${items.length - max}`;
}
