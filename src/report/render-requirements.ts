import type { Lang } from "./i18n/lang.js";
import type { Report } from "./model.js";
import { plainStyle, renderText, type TextStyle } from "./render-text.js";

export type { Lang } from "./i18n/lang.js";

/**
 * The verdict table of a report that grades the six requirements: one line per requirement, then
 * every check, the advice for what failed or warned, and the outcome. Kept for `vdm-test check`;
 * the terminal renderer shows requirements whenever a report has them.
 */
export function renderRequirementsText(
  report: Report,
  style: TextStyle = plainStyle,
  lang: Lang = "en",
): string {
  return renderText(report, style, { lang });
}
