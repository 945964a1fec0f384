import type { Lang } from "./lang.js";

/**
 * The one shape of text in both report languages: a step's detail and a reason are
 * `Bilingual<string>` (a Phrase); a check's summary and advice are `Bilingual<LocalText>`
 * (CheckText, src/report/model.ts).
 */
export interface Bilingual<T> {
  en: T;
  sv: T;
}

/** A short piece of text in both languages (a reason, a step's detail). */
export type Phrase = Readonly<Bilingual<string>>;

/** The text in the reader's language. */
export function inLanguage<T>(text: Readonly<Bilingual<T>>, lang: Lang): T {
  return text[lang];
}

/** Text that reads the same in both languages (a status line, a number, a header value). */
export function untranslated(text: string): Phrase {
  return { en: text, sv: text };
}

/**
 * A step's detail as the report stores it (report schema v1): `detail` in English, `detailSv`
 * only when the Swedish differs. stepPhrase reads it back; these two are the only mapping.
 */
export function stepDetailFields(text: Phrase | string | undefined): { detail?: string; detailSv?: string } {
  if (text === undefined) return {};
  const p = typeof text === "string" ? untranslated(text) : text;
  return { detail: p.en, ...(p.sv !== p.en ? { detailSv: p.sv } : {}) };
}

/** A stored step's detail as a Phrase (English where no Swedish was recorded); undefined when it has none. */
export function stepPhrase(step: { detail?: string; detailSv?: string }): Phrase | undefined {
  if (step.detail === undefined) return undefined;
  return { en: step.detail, sv: step.detailSv ?? step.detail };
}
