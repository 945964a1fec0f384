import type { ChildProcess } from "node:child_process";
import { type CliOptions, type CliRun, collect, spawnCli } from "./run-cli.js";

export interface ServeListener {
  readonly protocol: "udp" | "tcp" | "tls" | "h323";
  readonly host: string;
  readonly port: number;
}

/** A `vdm-test serve` running in the background. */
export interface ServeHandle {
  readonly child: ChildProcess;
  /** Parsed from its "listening on udp:127.0.0.1:PORT" lines (and "h323:127.0.0.1:PORT"). */
  readonly listening: readonly ServeListener[];
  /** The path from its "TLS certificate: PATH (...)" line, when it listens on TLS. */
  readonly certPath: string | undefined;
  /** Output so far (serve logs call events on stdout, progress on stderr). */
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout has a line matching `re` (already there or still to come). */
  waitForStdout(re: RegExp, timeoutMs: number): Promise<string>;
  /** Sends `signal` (default SIGINT) and waits for exit; SIGKILL after `timeoutMs`. Idempotent. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<CliRun>;
}

export class ServeStartError extends Error {
  override readonly name = "ServeStartError";
  constructor(
    message: string,
    readonly run: CliRun,
  ) {
    super(message);
  }
}

/**
 * Starts `vdm-test serve ...args` and resolves once it has printed "test room ready" (after every
 * "listening on" line). Rejects with ServeStartError (its exit code and output) if it exits
 * first, and kills it if it is not ready within `readyTimeoutMs`.
 */
export function startServe(
  args: readonly string[],
  opts: CliOptions & { readyTimeoutMs?: number } = {},
): Promise<ServeHandle> {
  const child = spawnCli(["serve", ...args], opts);
  let stdout = "";
  let stderr = "";
  const stdoutWaiters = new Set<() => void>();
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
    for (const w of stdoutWaiters) w();
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  // Whole lifetime, until exit: the timeout that ends it is stop()'s.
  const exited = collect(child, 24 * 3600_000);
  let stopped: Promise<CliRun> | undefined;

  const handle = (listening: ServeListener[], certPath: string | undefined): ServeHandle => ({
    child,
    listening,
    certPath,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForStdout(re, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = stdout.split("\n").find((l) => re.test(l));
          if (line === undefined) return;
          stdoutWaiters.delete(check);
          clearTimeout(timer);
          resolve(line);
        };
        const timer = setTimeout(() => {
          stdoutWaiters.delete(check);
          reject(new Error(`serve printed no line matching ${re} in ${timeoutMs} ms; stdout:\n${stdout}`));
        }, timeoutMs);
        stdoutWaiters.add(check);
        check();
      });
    },
    stop(signal = "SIGINT", timeoutMs = 10_000) {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        const run = await exited;
        clearTimeout(timer);
        return run;
      })();
      return stopped;
    },
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
    }, opts.readyTimeoutMs ?? 20_000);
    const onData = () => {
      if (!/^test room ready/m.test(stderr)) return;
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      const listening = [...stderr.matchAll(/^listening on (udp|tcp|tls|h323):(.+):(\d+)$/gm)].map((m) => ({
        protocol: m[1] as ServeListener["protocol"],
        host: m[2]!.replace(/^\[|\]$/g, ""),
        port: Number(m[3]),
      }));
      const certPath = /^TLS certificate: (.+) \((?:generated|cache|files)\)$/m.exec(stderr)?.[1];
      resolve(handle(listening, certPath));
    };
    child.stderr?.on("data", onData);
    void exited.then((run) => {
      clearTimeout(timer);
      reject(
        new ServeStartError(
          `vdm-test serve ${args.join(" ")} ${run.timedOut ? "timed out" : `exited ${run.code ?? run.signal}`} before it was ready:\n${run.stderr}`,
          run,
        ),
      );
    });
  });
}
