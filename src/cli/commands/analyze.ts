import { basename, join } from "node:path";
import { writeFileAtomic } from "../../adapters/fs/atomic-write.js";
import type { Side } from "../../analysis/graded-side.js";
import { AnalyzeInputError, analyzeFile } from "../../app/analyze/analyze-file.js";
import {
  buildCaptureReports,
  type DialogSummary,
  UnknownCallIdError,
} from "../../app/analyze/capture-report.js";
import type { Report } from "../../report/model.js";
import { renderText } from "../../report/render-text.js";
import { reportFolderName } from "../../report/report-folder.js";
import { ExitCode, ExitError } from "../exit-error.js";
import { exitCodeFor, terminalStyle } from "./call.js";

export interface AnalyzeCommandOptions {
  file: string;
  callId?: string;
  /** Which party of each dialog to grade (default: the one that is not vdm-test, else the callee). */
  side?: string;
  out: string;
  json?: boolean;
}

const SIDES: readonly Side[] = ["caller", "callee"];

/** `vdm-test analyze FILE`: grades a capture (or SIP/SDP text) offline and writes the reports. */
export async function runAnalyzeCommand(o: AnalyzeCommandOptions): Promise<number> {
  let result: ReturnType<typeof buildCaptureReports>;
  let fa: Awaited<ReturnType<typeof analyzeFile>>;
  try {
    if (o.side !== undefined && !SIDES.includes(o.side as Side))
      throw new ExitError(ExitCode.usage, `--side: "${o.side}" is neither caller nor callee`);
    fa = await analyzeFile(o.file);
    result = buildCaptureReports(fa, {
      ...(o.callId !== undefined ? { callId: o.callId } : {}),
      ...(o.side !== undefined ? { side: o.side as Side } : {}),
    });
  } catch (e) {
    if (e instanceof AnalyzeInputError) throw new ExitError(ExitCode.usage, e.message);
    if (e instanceof UnknownCallIdError) throw new ExitError(ExitCode.usage, e.message);
    throw e;
  }
  const dirs: string[] = [];
  for (const r of result.reports) dirs.push(await writeCaptureReport(o.out, r, o.file));
  if (o.json) {
    const body =
      o.callId !== undefined ? result.reports[0] : { dialogs: result.dialogs, reports: result.reports };
    await new Promise<void>((r) => process.stdout.write(`${JSON.stringify(body, null, 2)}\n`, () => r()));
  } else {
    const style = terminalStyle(process.stdout);
    const out: string[] = [];
    if (o.callId === undefined) out.push(renderDialogSummary(result.dialogs), "");
    if (fa.capture?.failure) out.push(`  warning: partial analysis: ${fa.capture.failure}`, "");
    result.reports.forEach((r, i) => {
      out.push(renderGraded(r), renderText(r, style), `  Report: ${join(dirs[i]!, "report.json")}`, "");
    });
    process.stdout.write(`${out.join("\n")}\n`);
  }
  return worstExit(result.reports);
}

async function writeCaptureReport(outDir: string, report: Report, file: string): Promise<string> {
  const dir = join(
    outDir,
    reportFolderName(new Date(report.startedAt), `${basename(file)}-${report.target}`),
  );
  await writeFileAtomic(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  return dir;
}

/** One line per dialog: Call-ID, first message, final status, streams. Pure. */
export function renderDialogSummary(dialogs: readonly DialogSummary[]): string {
  if (dialogs.length === 0) return "  No SIP dialog in the capture.";
  const lines = dialogs.map(
    (d) =>
      `  ${d.graded ? "*" : " "} ${d.callId.slice(0, 40).padEnd(40)}  ${(d.carrier ?? "").padEnd(4)}  ${String(d.messages).padStart(4)} msgs  ${d.finalStatus ?? "---"}  ${d.streams} streams  ${d.firstLine.slice(0, 60)}`,
  );
  return [`  ${dialogs.length} SIP dialog(s) (* graded below; pick one with --call-id):`, ...lines].join(
    "\n",
  );
}

/** Which party of the dialog the report grades, and why (from the report's facts). Pure. */
export function renderGraded(report: Report): string {
  const g = report.facts["graded"] as
    | { side: string | null; address?: string; agent?: string; why: string }
    | undefined;
  if (!g) return "";
  if (g.side === null) return `  Graded: the media found in the capture (${g.why})`;
  const who = [g.address, g.agent ? `"${g.agent}"` : undefined].filter(Boolean).join(" ");
  return `  Graded: the ${g.side}${who ? ` ${who}` : ""}: ${g.why}`;
}

function worstExit(reports: readonly Report[]): number {
  const codes = reports.map(exitCodeFor);
  if (codes.includes(ExitCode.checkFailed)) return ExitCode.checkFailed;
  if (codes.includes(ExitCode.inconclusive)) return ExitCode.inconclusive;
  return ExitCode.ok;
}
