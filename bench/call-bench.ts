import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

// The README's first command, `npx vdm-test call` with no URI (the embedded room), timed from
// spawn to exit, with its phases and its two start-up figures read from the report it wrote.

const CLI = fileURLToPath(new URL("../../bin/vdm-test.js", import.meta.url));

interface Step {
  readonly name: string;
  readonly status: string;
  readonly atMs: number;
}
interface SipLine {
  readonly atMs: number;
  readonly direction: "sent" | "received";
  readonly firstLine: string;
  readonly message?: string;
}
interface CallReportJson {
  readonly durationMs: number;
  readonly steps: readonly Step[];
  readonly checks: readonly { readonly id: string; readonly status: string }[];
  readonly requirements?: readonly { readonly requirement: string; readonly status: string }[];
  readonly sip: readonly SipLine[];
  readonly facts: { readonly video?: { readonly firstMirroredMs?: number } };
}

/** What one embedded call took and graded. */
export interface EmbeddedCallTiming {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly steps: readonly Step[];
  readonly inviteTo200Ms: number | undefined;
  readonly okToFirstMirroredMs: number | undefined;
  readonly functionsGraded: number;
  readonly requirementsGraded: number;
}

async function runOnce(): Promise<EmbeddedCallTiming> {
  const out = await mkdtemp(join(tmpdir(), "vdm-call-bench-"));
  try {
    const started = performance.now();
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, "call", "--out", out, "--format", "json"], {
        stdio: "ignore",
        env: { ...process.env, NO_COLOR: "1" },
      });
      child.once("error", reject);
      child.once("exit", (code) => resolve(code));
    });
    const wallMs = performance.now() - started;
    const [folder] = await readdir(out);
    if (!folder) throw new Error(`the embedded call wrote no report (exit ${exitCode})`);
    const report = JSON.parse(await readFile(join(out, folder, "report.json"), "utf8")) as CallReportJson;
    return { wallMs, exitCode, ...readReport(report) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Phases, INVITE→200 and 200→first mirrored frame, and how much was graded, from a report. */
function readReport(r: CallReportJson): Omit<EmbeddedCallTiming, "wallMs" | "exitCode"> {
  const invite = r.sip.find((m) => m.direction === "sent" && m.firstLine.startsWith("INVITE "));
  const ok = r.sip.find(
    (m) =>
      m.direction === "received" &&
      m.atMs >= (invite?.atMs ?? 0) &&
      m.firstLine.startsWith("SIP/2.0 200") &&
      /\r\nCSeq: *1 INVITE\r\n/i.test(m.message ?? ""),
  );
  const first = r.facts.video?.firstMirroredMs;
  const graded = (status: string) => status !== "not-tested";
  return {
    steps: r.steps,
    inviteTo200Ms: invite && ok ? ok.atMs - invite.atMs : undefined,
    okToFirstMirroredMs: ok && first !== undefined ? first - ok.atMs : undefined,
    functionsGraded: r.checks.filter((c) => /^function-\d\./.test(c.id) && graded(c.status)).length,
    requirementsGraded: (r.requirements ?? []).filter((q) => graded(q.status)).length,
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function renderEmbeddedCall(t: EmbeddedCallTiming, label: string): string {
  const phases = t.steps.map((p) => `${p.name} ${s(p.atMs)}${p.status === "failed" ? " (failed)" : ""}`);
  return [
    `  ${label}: wall ${s(t.wallMs)} (spawn to exit, code ${t.exitCode}); functions graded ${t.functionsGraded}/9, requirements graded ${t.requirementsGraded}/6`,
    `    INVITE→200 ${t.inviteTo200Ms?.toFixed(0) ?? "—"} ms; 200→first mirrored frame ${t.okToFirstMirroredMs?.toFixed(0) ?? "—"} ms`,
    `    phases (end of each, from the call's start): ${phases.join(" | ")}`,
  ].join("\n");
}

/**
 * Times `vdm-test call` against the embedded room `runs` times. The first run may fill the
 * start-up cache (encoded music, marker audio, slides); later runs read it.
 */
export async function runEmbeddedCallBench(runs: number): Promise<EmbeddedCallTiming[]> {
  console.log("vdm-test embedded call: `vdm-test call` with no URI (all nine functions, six requirements)");
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (2-core machine; others' load stretches wall time)`,
  );
  const timings: EmbeddedCallTiming[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await runOnce();
    timings.push(t);
    console.log(renderEmbeddedCall(t, `run ${i + 1}${i === 0 ? " (may fill the start-up cache)" : ""}`));
  }
  return timings;
}
