import { type ChildProcess, spawn } from "node:child_process";
import { CLI_BIN } from "./build.js";

/** What one run of the CLI did. */
export interface CliRun {
  /** Exit code; null when it was killed by a signal. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to exit. */
  readonly durationMs: number;
  /** True when the run outlived its timeout and was killed. */
  readonly timedOut: boolean;
}

export interface CliOptions {
  /** Working directory of the child (default: the test's). */
  readonly cwd?: string;
  /** Killed with SIGKILL after this long (default 30 s); the run then has timedOut set. */
  readonly timeoutMs?: number;
  /** Extra environment; NO_COLOR is always set so output has no escape codes. */
  readonly env?: NodeJS.ProcessEnv;
}

/** Children not yet exited, so a failed test cannot leave one running after the worker ends. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Spawns `node bin/vdm-test.js ...args` and tracks it until it exits. */
export function spawnCli(args: readonly string[], opts: CliOptions = {}): ChildProcess {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const c of live) c.kill("SIGKILL");
    });
  }
  const child = spawn(process.execPath, [CLI_BIN, ...args], {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: "1", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

/** Collects a spawned CLI's output until it exits (or is killed at the timeout). */
export function collect(child: ChildProcess, timeoutMs: number): Promise<CliRun> {
  const started = performance.now();
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    // "close" comes after both pipes have drained, so no output is lost.
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, durationMs: performance.now() - started, timedOut });
    });
  });
}

/** Runs the built CLI once and returns what it did; never hangs past `timeoutMs`. */
export function runCli(args: readonly string[], opts: CliOptions = {}): Promise<CliRun> {
  return collect(spawnCli(args, opts), opts.timeoutMs ?? 30_000);
}

/** Lines that look like a JavaScript stack frame ("    at fn (file:line:col)"). */
export function stackTraceLines(text: string): string[] {
  return text.split("\n").filter((l) => /^\s+at /.test(l));
}

/** Kills every CLI child still running (a safety net for afterAll). */
export function killAllCli(): void {
  for (const c of live) c.kill("SIGKILL");
}
