import type { Report } from "./model.js";

/** The JSON report: the model itself, indented, one trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
