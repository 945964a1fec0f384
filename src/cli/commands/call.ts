import { join, resolve } from "node:path";
import { Chalk } from "chalk";
import { CaptureRecorder, type CaptureResult } from "../../adapters/capture/capture-recorder.js";
import { FfmpegNotFoundError } from "../../adapters/ffmpeg/resolve.js";
import { writeFolderAtomic } from "../../adapters/fs/atomic-folder.js";
import type { H245Mode } from "../../adapters/h323/h323-call.js";
import { CallSetupError } from "../../app/call/run-call.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import type { Lang } from "../../report/i18n/lang.js";
import { langFromEnv } from "../../report/i18n/lang.js";
import type { Report } from "../../report/model.js";
import { FILE_FORMATS, type FileFormat, parseFormats, reportFiles } from "../../report/render-files.js";
import { renderText, type TextStyle } from "../../report/render-text.js";
import { reportFolderName } from "../../report/report-folder.js";
import { ExitCode, ExitError } from "../exit-error.js";
import type { Progress } from "../progress.js";
import { type GradingCommandOptions, gradingText, runGradedCall } from "./call-grading.js";

/** --h245 as the CLI spells it, to the engine's mode. */
const H245_MODES: Record<string, H245Mode> = {
  "fast-start": "fastStart",
  tunnel: "tunnelling",
  separate: "separate",
};

export interface CallCommandOptions extends GradingCommandOptions {
  uri?: string;
  transport?: SipTransportProtocol;
  /** --protocol: the signalling when the address has no scheme. */
  protocol?: "sip" | "h323";
  /** --h245: fast-start, tunnel or separate (H.323 only). */
  h245?: string;
  /** --gatekeeper HOST[:PORT]: H.323 through a gatekeeper (RAS). */
  gatekeeper?: string;
  /** --dial-as: how the ARQ names the destination. */
  dialAs?: "uri" | "alias" | "email";
  srtp: SrtpPolicy;
  duration: number;
  localAddress?: string;
  from?: string;
  proxy?: string;
  user?: string;
  password?: string;
  ca?: string;
  insecure?: boolean;
  videoSize: { width: number; height: number };
  bitrate: number;
  out: string;
  json?: boolean;
  /** Comma-separated file formats: json,html,junit,md (default all). */
  format?: string;
  /** Language of the reports; the default comes from the locale (see langFromEnv). */
  lang?: Lang;
  /** false with --no-presentation. */
  presentation?: boolean;
  bfcpTransport?: "tcp" | "udp";
  /** --session-expires: the session timer interval our INVITE asks for (RFC 4028 §7.1). */
  sessionExpires?: number;
  /** --pcap: write a capture of our own signalling and media to this file. */
  pcap?: string;
}

export function terminalStyle(stream: NodeJS.WriteStream): TextStyle {
  const on = stream.isTTY === true && !process.env.NO_COLOR && !process.env.CI;
  const c = new Chalk({ level: on ? 1 : 0 });
  return { pass: c.green, fail: c.red, warn: c.yellow, dim: c.dim, bold: c.bold };
}

export function exitCodeFor(report: Report): number {
  if (report.outcome === "fail") return ExitCode.checkFailed;
  if (report.outcome === "inconclusive") return ExitCode.inconclusive;
  return ExitCode.ok;
}

export interface WriteReportOptions {
  formats?: readonly FileFormat[];
  lang?: Lang;
}

/**
 * Writes reports/<time>-<target>/ with report.json, report.html, junit.xml, report.md (those
 * chosen) and snapshots/*.png, the whole folder at once (see writeFolderAtomic). Returns its path
 * and the files in it.
 */
export async function writeReport(
  outDir: string,
  report: Report,
  opts: WriteReportOptions = {},
): Promise<{ dir: string; files: string[] }> {
  const files = reportFiles(report, opts.formats ?? FILE_FORMATS, opts.lang ?? "en");
  const dir = await writeFolderAtomic(join(outDir, reportFolderName(report.startedAt, report.target)), files);
  return { dir, files: files.map((f) => join(dir, ...f.name.split("/"))) };
}

/** The --format value as formats, or a usage error naming the bad one. */
export function formatsOption(list: string | undefined): readonly FileFormat[] {
  if (list === undefined) return FILE_FORMATS;
  const parsed = parseFormats(list);
  if (!parsed.ok) throw new ExitError(ExitCode.usage, parsed.reason);
  return parsed.formats;
}

/** Opens the --pcap recorder; a place that cannot be written is a usage error. */
export function openCapture(path: string, note: string): CaptureRecorder {
  try {
    return CaptureRecorder.open(resolve(path), { note });
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ExitError(ExitCode.usage, `cannot write --pcap ${path}: ${why}`);
  }
}

/** Finishes the capture; a failure is said on one line and returned as `error`. */
export function finishCapture(
  recorder: CaptureRecorder | undefined,
): CaptureResult | { error: string } | undefined {
  if (!recorder) return undefined;
  try {
    return recorder.finish();
  } catch (e) {
    const error = (e as Error).message;
    process.stderr.write(`vdm-test: ${error}\n`);
    return { error };
  }
}

export function captureLine(c: CaptureResult, lang: Lang): string {
  const kib = Math.max(1, Math.round(c.bytes / 1024));
  return lang === "sv"
    ? `\nInspelning av vår signalering och media (pcapng): ${c.path} (${c.packets} paket, ${kib} KiB)\n`
    : `\nCapture of our signalling and media (pcapng): ${c.path} (${c.packets} packets, ${kib} KiB)\n`;
}

export async function runCallCommand(o: CallCommandOptions, progress: Progress): Promise<number> {
  const formats = formatsOption(o.format);
  if (o.matrix && (o.protocol === "h323" || /^h323:/i.test(o.uri ?? ""))) {
    throw new ExitError(
      ExitCode.usage,
      "--matrix tries SIP's transports and SRTP; it does not apply to H.323",
    );
  }
  if (o.gatekeeper !== undefined && !(o.protocol === "h323" || /^h323:/i.test(o.uri ?? ""))) {
    throw new ExitError(ExitCode.usage, "--gatekeeper applies to H.323 calls (h323:alias@domain)");
  }
  const lang = o.lang ?? langFromEnv(process.env);
  let ca: string | undefined;
  if (o.ca) {
    const { readFile } = await import("node:fs/promises");
    ca = await readFile(o.ca, "utf8").catch((e: NodeJS.ErrnoException) => {
      throw new ExitError(ExitCode.usage, `cannot read --ca ${o.ca}: ${e.code ?? e.message}`);
    });
  }
  const recorder = o.pcap
    ? openCapture(o.pcap, `vdm-test call ${o.uri ?? "(embedded room)"}, started ${new Date().toISOString()}`)
    : undefined;
  // Ctrl-C during the call: the capture so far is finished and renamed into place, then the
  // signal takes its usual course.
  const onInterrupt = () => {
    const r = finishCapture(recorder);
    if (r && "path" in r) process.stderr.write(`vdm-test: interrupted; capture so far in ${r.path}\n`);
    process.kill(process.pid, "SIGINT");
  };
  if (recorder) process.once("SIGINT", onInterrupt);
  let report: Report;
  let capture: CaptureResult | undefined;
  try {
    report = await runGradedCall(
      o,
      {
        ...(o.uri ? { target: o.uri } : {}),
        ...(o.transport ? { transport: o.transport } : {}),
        ...(o.protocol ? { protocol: o.protocol } : {}),
        ...(o.h245 && H245_MODES[o.h245] ? { h245Mode: H245_MODES[o.h245] } : {}),
        ...(o.gatekeeper !== undefined ? { gatekeeper: o.gatekeeper, dialAs: o.dialAs ?? "uri" } : {}),
        srtp: o.srtp,
        durationS: o.duration,
        ...(o.localAddress ? { localAddress: o.localAddress } : {}),
        ...(o.from ? { from: o.from } : {}),
        ...(o.proxy ? { proxy: o.proxy } : {}),
        ...(o.user ? { user: o.user } : {}),
        ...(o.password ? { password: o.password } : {}),
        ...(ca ? { ca } : {}),
        ...(o.insecure ? { insecure: true } : {}),
        video: { ...o.videoSize, fps: 30, bitrateKbps: o.bitrate },
        ...(o.presentation === false ? { presentation: false } : {}),
        ...(o.bfcpTransport ? { bfcpTransport: o.bfcpTransport } : {}),
        ...(o.sessionExpires !== undefined ? { sessionExpiresS: o.sessionExpires } : {}),
        ...(recorder ? { capture: recorder } : {}),
      },
      progress,
    );
  } catch (e) {
    const r = finishCapture(recorder);
    if (r && "path" in r) process.stderr.write(`vdm-test: capture of the call so far in ${r.path}\n`);
    if (e instanceof ParseError) throw new ExitError(ExitCode.usage, `bad URI ${o.uri ?? ""}: ${e.message}`);
    if (e instanceof FfmpegNotFoundError) throw new ExitError(ExitCode.inconclusive, e.message);
    if (e instanceof CallSetupError) {
      throw new ExitError(
        e.kind === "usage"
          ? ExitCode.usage
          : e.kind === "media"
            ? ExitCode.checkFailed
            : ExitCode.unreachable,
        e.message,
      );
    }
    throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
    progress.done?.();
  }
  // The call has hung up and closed its sockets: everything it sent or received is recorded.
  // A capture that could not be written does not cost the report: it is written, and the run
  // still exits non-zero (2) so that a pipeline that asked for --pcap notices.
  const finished = finishCapture(recorder);
  let captureFailed = false;
  if (finished && "error" in finished) {
    captureFailed = true;
    report.facts["capture"] = { error: finished.error };
  } else if (finished) {
    capture = finished;
    report.facts["capture"] = { file: capture.path, packets: capture.packets, bytes: capture.bytes };
  }
  const written = await writeReport(o.out, report, { formats, lang });
  if (o.json) {
    await new Promise<void>((r) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, () => r()));
  } else {
    const reportPaths = written.files.filter((f) => !f.endsWith(".png"));
    process.stdout.write(`\n${renderText(report, terminalStyle(process.stdout), { lang, reportPaths })}`);
    process.stdout.write(gradingText(report));
    if (capture) process.stdout.write(captureLine(capture, lang));
  }
  const code = exitCodeFor(report);
  return captureFailed && code === ExitCode.ok ? ExitCode.usage : code;
}
