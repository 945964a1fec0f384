import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { staticCheckReport } from "../../conformance/static-report.js";
import { renderRequirementsText } from "../../report/render-requirements.js";
import { ExitCode, ExitError } from "../exit-error.js";
import { terminalStyle } from "./call.js";

export interface CheckCommandOptions {
  file: string;
  json?: boolean;
  lang?: "en" | "sv";
}

/** Files larger than this are no saved SIP message. */
const MAX_BYTES = 1_048_576;

/**
 * `vdm-test check <file>`: grades a saved INVITE, 200 OK, OPTIONS answer or bare SDP against the
 * six requirements. Exit 0 when no requirement fails, 1 when one fails, 4 when nothing could be
 * graded, 2 when the file cannot be read or holds neither SIP nor SDP.
 */
export async function runCheckCommand(o: CheckCommandOptions): Promise<number> {
  const started = new Date();
  const bytes = await readFile(o.file).catch((e: NodeJS.ErrnoException) => {
    throw new ExitError(ExitCode.usage, `cannot read ${o.file}: ${e.code ?? e.message}`);
  });
  if (bytes.length > MAX_BYTES) {
    throw new ExitError(ExitCode.usage, `${o.file} is ${bytes.length} bytes: not a saved SIP message or SDP`);
  }
  // Real equipment writes Latin-1 display names as often as UTF-8; decode UTF-8 when it is valid.
  const text = decode(bytes);
  const result = staticCheckReport(
    basename(o.file),
    text,
    started.toISOString(),
    Date.now() - started.getTime(),
  );
  if (!result.ok) throw new ExitError(ExitCode.usage, `${o.file}: ${result.reason}`);
  const { report } = result;
  if (o.json) {
    await new Promise<void>((r) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, () => r()));
  } else {
    process.stdout.write(renderRequirementsText(report, terminalStyle(process.stdout), o.lang ?? "en"));
  }
  if (report.outcome === "fail") return ExitCode.checkFailed;
  if (report.outcome === "inconclusive") return ExitCode.inconclusive;
  return ExitCode.ok;
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString("latin1");
  }
}
