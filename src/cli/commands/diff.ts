import { diffReports } from "../../report/diff.js";
import { type Lang, langFromEnv } from "../../report/i18n/lang.js";
import { renderDiffText } from "../../report/render-diff.js";
import { ExitCode } from "../exit-error.js";
import { terminalStyle } from "./call.js";
import { loadReport } from "./report.js";

export interface DiffCommandOptions {
  a: string;
  b: string;
  json?: boolean;
  lang?: Lang;
}

/** `vdm-test diff <a.json> <b.json>`: exit 1 when anything regressed from a to b, 0 otherwise. */
export async function runDiffCommand(o: DiffCommandOptions): Promise<number> {
  const [a, b] = [await loadReport(o.a), await loadReport(o.b)];
  const d = diffReports(a, b);
  const out = o.json
    ? `${JSON.stringify(d, null, 2)}\n`
    : renderDiffText(d, terminalStyle(process.stdout), o.lang ?? langFromEnv(process.env));
  await new Promise<void>((r) => process.stdout.write(out, () => r()));
  return d.regressions > 0 ? ExitCode.checkFailed : ExitCode.ok;
}
