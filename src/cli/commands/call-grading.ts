import { type MatrixRow, matrixTable, runMatrix } from "../../app/call/call-matrix.js";
import { type CallOptions, type CallProgress, runCall } from "../../app/call/run-call.js";
import { parseFunctions } from "../../conformance/functions/function-checks.js";
import {
  gate,
  PROFILES,
  type Profile,
  parseRequired,
  unknownRequired,
} from "../../conformance/functions/profile-gate.js";
import type { Report } from "../../report/model.js";
import { ExitCode, ExitError } from "../exit-error.js";

/** The `call` flags that choose what is tested and how strictly it is judged. */
export interface GradingCommandOptions {
  /** --functions 1,2,7 (default all nine). */
  functions?: string;
  /** --callback-uri: where the callback alias calls back instead of our Contact. */
  callbackUri?: string;
  /** --profile vdm|strict (default vdm). */
  profile?: string;
  /** --require id[,id]: checks, requirements or functions that must pass. */
  require?: string;
  /** --matrix: UDP, TCP, TLS × SRTP off/mandatory in one run. */
  matrix?: boolean;
  /** --tls-port: the far end's TLS port for --matrix when the URI names a UDP/TCP port. */
  tlsPort?: number;
}

/**
 * Runs the call (or the --matrix of calls) with the functions chosen, then judges the report
 * under --profile and --require: the outcome (and so the exit code) says whether a required
 * check failed (1) or could not be decided (4).
 */
export async function runGradedCall(
  o: GradingCommandOptions,
  call: CallOptions,
  progress: CallProgress,
): Promise<Report> {
  const fns = parseFunctions(o.functions);
  if (!fns.ok) throw new ExitError(ExitCode.usage, fns.reason);
  const profile = (o.profile ?? "vdm") as Profile;
  if (!PROFILES.includes(profile)) {
    throw new ExitError(ExitCode.usage, `--profile: "${o.profile}" is not one of ${PROFILES.join(", ")}`);
  }
  const required = parseRequired(o.require);
  const unknown = unknownRequired(required);
  if (unknown.length > 0) {
    throw new ExitError(
      ExitCode.usage,
      `--require: ${unknown.map((u) => `"${u}"`).join(", ")} names no requirement (H.264, encryption, URI, H.460, H.239, SIP), function (function-1 … function-9) or check id (e.g. encryption.srtp-on-the-wire)`,
    );
  }
  const options: CallOptions = {
    ...call,
    functions: fns.selected,
    ...(o.callbackUri ? { callbackUri: o.callbackUri } : {}),
  };
  const report = o.matrix
    ? await runMatrix({ ...options, ...(o.tlsPort !== undefined ? { tlsPort: o.tlsPort } : {}) }, progress)
    : await runCall(options, progress);
  return judge(report, profile, required);
}

/** The report with its outcome under the profile and required items, and why (facts.gate). */
export function judge(report: Report, profile: Profile, required: readonly string[]): Report {
  const g = gate({ checks: report.checks, requirements: report.requirements ?? [], profile, required });
  return { ...report, outcome: g.outcome, facts: { ...report.facts, gate: g } };
}

/** What the terminal shows after the report: the --matrix table and the profile's verdict. */
export function gradingText(report: Report): string {
  const out: string[] = [];
  const matrix = report.facts["matrix"] as MatrixRow[] | undefined;
  if (matrix)
    out.push(
      "",
      "  Transport and SRTP matrix:",
      ...matrixTable(matrix)
        .split("\n")
        .map((l) => `    ${l}`),
    );
  const g = report.facts["gate"] as ReturnType<typeof gate> | undefined;
  if (g && (g.profile !== "vdm" || g.required.length > 0)) {
    out.push(
      "",
      `  Profile ${g.profile}${g.required.length ? `, required: ${g.required.map((r) => `${r.id} ${r.status}`).join(", ")}` : ""}: ${g.outcome.toUpperCase()}`,
    );
  }
  return out.length ? `${out.join("\n")}\n` : "";
}
