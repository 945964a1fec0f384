import type { Lang } from "./i18n/lang.js";
import type { Report, Snapshots } from "./model.js";
import { renderHtml } from "./render-html.js";
import { renderJson } from "./render-json.js";
import { renderJunit } from "./render-junit.js";
import { renderMarkdown } from "./render-markdown.js";

/** The files a run can write; `--format` picks among them. */
export const FILE_FORMATS = ["json", "html", "junit", "md"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const FILE_NAMES: Record<FileFormat, string> = {
  json: "report.json",
  html: "report.html",
  junit: "junit.xml",
  md: "report.md",
};

/** Parses "json,html" (any order, repeats ignored); the error names the unknown format. */
export function parseFormats(
  list: string,
): { ok: true; formats: FileFormat[] } | { ok: false; reason: string } {
  const wanted = list
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (wanted.length === 0)
    return { ok: false, reason: `--format needs one or more of ${FILE_FORMATS.join(",")}` };
  const bad = wanted.find((f) => !(FILE_FORMATS as readonly string[]).includes(f));
  if (bad !== undefined)
    return { ok: false, reason: `--format ${bad}: choose from ${FILE_FORMATS.join(",")}` };
  return { ok: true, formats: FILE_FORMATS.filter((f) => wanted.includes(f)) };
}

export interface ReportFile {
  /** Path inside the report folder, "/"-separated. */
  readonly name: string;
  readonly data: string | Uint8Array;
}

/**
 * Every file of one run's report folder: the chosen formats, then snapshots/<name>.png for each
 * picture the report holds. Pure: the writing (atomic, whole folder at once) is the caller's.
 */
export function reportFiles(report: Report, formats: readonly FileFormat[], lang: Lang): ReportFile[] {
  const render: Record<FileFormat, () => string> = {
    json: () => renderJson(report),
    html: () => renderHtml(report, lang),
    junit: () => renderJunit(report, lang),
    md: () => renderMarkdown(report, lang),
  };
  const files: ReportFile[] = formats.map((f) => ({ name: FILE_NAMES[f], data: render[f]() }));
  for (const k of ["sent", "mirrored", "presentation"] as (keyof Snapshots)[]) {
    const png = report.snapshots?.[k];
    if (png) files.push({ name: `snapshots/${k}.png`, data: Buffer.from(png, "base64") });
  }
  return files;
}
