import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../../adapters/fs/atomic-write.js";
import { type Lang, langFromEnv } from "../../report/i18n/lang.js";
import type { Report } from "../../report/model.js";
import { renderHtml } from "../../report/render-html.js";
import { renderJson } from "../../report/render-json.js";
import { renderJunit } from "../../report/render-junit.js";
import { renderMarkdown } from "../../report/render-markdown.js";
import { plainStyle, renderText } from "../../report/render-text.js";
import { readReportJson } from "../../report/validate-report.js";
import { ExitCode, ExitError } from "../exit-error.js";
import { terminalStyle } from "./call.js";

export type RenderFormat = "html" | "junit" | "md" | "text" | "json";

export interface ReportCommandOptions {
  file: string;
  format?: RenderFormat;
  lang?: Lang;
  /** Write here instead of stdout. */
  out?: string;
}

/** Reads and validates a saved report.json; a bad file is a one-line usage error (exit 2). */
export async function loadReport(file: string): Promise<Report> {
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new ExitError(ExitCode.usage, `cannot read ${file}: ${e.code ?? e.message}`);
  });
  const read = readReportJson(text);
  if (!read.ok) throw new ExitError(ExitCode.usage, `${file}: ${read.reason.split("\n")[0]}`);
  return read.report;
}

/** `vdm-test report <report.json>`: re-renders a saved report; exit 0 once it is rendered. */
export async function runReportCommand(o: ReportCommandOptions): Promise<number> {
  const report = await loadReport(o.file);
  const lang = o.lang ?? langFromEnv(process.env);
  const format = o.format ?? "text";
  const toTerminal = o.out === undefined;
  const out =
    format === "html"
      ? renderHtml(report, lang)
      : format === "junit"
        ? renderJunit(report, lang)
        : format === "md"
          ? renderMarkdown(report, lang)
          : format === "json"
            ? renderJson(report)
            : renderText(report, toTerminal ? terminalStyle(process.stdout) : plainStyle, { lang });
  if (o.out !== undefined) {
    const path = o.out;
    await writeFileAtomic(path, out).catch((e: NodeJS.ErrnoException) => {
      throw new ExitError(ExitCode.usage, `cannot write ${path}: ${e.code ?? e.message}`);
    });
  } else {
    await new Promise<void>((r) => process.stdout.write(out, () => r()));
  }
  return ExitCode.ok;
}
