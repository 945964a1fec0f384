import { basename, join } from "node:path";
import { writeFileAtomic } from "../../adapters/fs/atomic-write.js";
import type { Side } from "../../analysis/graded-side.js";
import type { H323RegistrationFacts } from "../../analysis/h323-call-facts.js";
import { AnalyzeInputError, analyzeFile } from "../../app/analyze/analyze-file.js";
import {
  buildCaptureReports,
  type DialogSummary,
  UnknownCallIdError,
} from "../../app/analyze/capture-report.js";
import type { H323CallSummary } from "../../app/analyze/h323-capture-report.js";
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
      o.callId !== undefined
        ? result.reports[0]
        : {
            dialogs: result.dialogs,
            h323Calls: result.h323Calls,
            registrations: result.registrations,
            reports: result.reports,
          };
    await new Promise<void>((r) => process.stdout.write(`${JSON.stringify(body, null, 2)}\n`, () => r()));
  } else {
    const style = terminalStyle(process.stdout);
    const out: string[] = [];
    if (o.callId === undefined) {
      if (result.dialogs.length > 0 || result.h323Calls.length === 0)
        out.push(renderDialogSummary(result.dialogs), "");
      if (result.h323Calls.length > 0 || result.registrations.length > 0)
        out.push(renderH323Summary(result.h323Calls, result.registrations), "");
    }
    if (fa.capture?.failure) out.push(`  warning: partial analysis: ${fa.capture.failure}`, "");
    result.reports.forEach((r, i) => {
      out.push(
        renderGraded(r),
        renderStreamTable(r),
        renderText(r, style),
        `  Report: ${join(dirs[i]!, "report.json")}`,
        "",
      );
    });
    process.stdout.write(`${out.join("\n")}\n`);
  }
  return worstExit(result.reports);
}

async function writeCaptureReport(outDir: string, report: Report, file: string): Promise<string> {
  const dir = join(outDir, reportFolderName(report.startedAt, `${basename(file)}-${report.target}`));
  await writeFileAtomic(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  return dir;
}

interface StreamRow {
  readonly src: string;
  readonly dst: string;
  readonly codec: string | null;
  readonly ssrcs: readonly {
    readonly ssrc: number;
    readonly packets: number;
    readonly lost: number;
    readonly lossPct: number;
    readonly maxJitterMs: number | null;
    readonly wiresharkMaxJitterMs: number | null;
  }[];
}

/**
 * One line per RTP stream (source, SSRC) of a graded capture, in the columns of Wireshark's RTP
 * Streams window: packets, lost, and max jitter both as RFC 3550 A.8 over every packet and as
 * Wireshark takes it (packets without the marker bit), so the two can be set side by side. Pure.
 */
export function renderStreamTable(report: Report): string {
  const streams = (report.facts["streams"] ?? []) as StreamRow[];
  const rows = streams.flatMap((s) =>
    s.ssrcs.map((x) => {
      const ms = (v: number | null) => (v === null ? "—" : v.toFixed(3));
      return `  ${`${s.src} → ${s.dst}`.padEnd(44)} 0x${x.ssrc.toString(16).toUpperCase().padStart(8, "0")}  ${(s.codec ?? "?").padEnd(5)} ${String(x.packets).padStart(7)} ${`${x.lost} (${x.lossPct}%)`.padStart(12)} ${ms(x.maxJitterMs).padStart(9)} ${ms(x.wiresharkMaxJitterMs).padStart(9)}`;
    }),
  );
  if (rows.length === 0) return "  No RTP stream in this dialog.\n";
  const head = `  ${"Source → Destination".padEnd(44)} ${"SSRC".padEnd(10)}  ${"Codec".padEnd(5)} ${"Packets".padStart(7)} ${"Lost".padStart(12)} ${"MaxJit ms".padStart(9)} ${"Wireshark".padStart(9)}`;
  return `${head}\n${rows.join("\n")}\n  (MaxJit: RFC 3550 A.8 over every packet; Wireshark: its Max Jitter, packets without the marker bit)\n`;
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

/** One line per H.323 call (every one graded below) and per RAS registration. Pure. */
export function renderH323Summary(
  calls: readonly H323CallSummary[],
  registrations: readonly H323RegistrationFacts[],
): string {
  const aliases = (xs: readonly string[]) => (xs.length ? xs.join(",") : "-");
  const lines = [
    `  ${calls.length} H.323 call(s) (graded below; pick one with --call-id):`,
    ...calls.map(
      (c) =>
        `  * ${c.key.slice(0, 48).padEnd(48)}  ${aliases(c.callerAliases)} → ${aliases(c.calledAliases)}  ${c.caller} → ${c.callee}${c.legs > 1 ? ` (${c.legs} legs)` : ""}  ${c.mode}  ${c.messages} msgs  ${c.connected ? "connected" : "not connected"}  ${c.streams} streams${c.h239 ? `  H.239 ${c.h239}` : ""}${c.ras ? `  RAS ${c.ras}` : ""}`,
    ),
  ];
  if (registrations.length > 0) {
    lines.push(`  ${registrations.length} RAS registration(s):`);
    for (const r of registrations)
      lines.push(
        `    ${r.endpoint} → ${r.gatekeeper}  ${aliases(r.aliases)}  RRQ ${r.requests}+${r.keepAlives} keep-alive, RCF ${r.confirmed}${r.rejected.length ? `, RRJ ${r.rejected.join(",")}` : ""}${r.h460.length ? `  H.460.${r.h460.join(",")}` : ""}${r.unregistered ? "  unregistered" : ""}${r.vendor ? `  "${r.vendor}"` : ""}`,
      );
  }
  return lines.join("\n");
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
