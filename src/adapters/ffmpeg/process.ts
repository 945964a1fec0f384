import { type ChildProcessByStdio, spawn } from "node:child_process";
import process from "node:process";
import type { Readable, Writable } from "node:stream";

/** ffmpeg exited with an error, or could not start. Carries what is needed to reproduce it. */
export class FfmpegProcessError extends Error {
  override readonly name = "FfmpegProcessError";
  constructor(
    /** The command line, quoted for a shell. */
    readonly command: string,
    /** Exit code, or null when it was ended by a signal or never started. */
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    /** The last lines ffmpeg wrote to stderr. */
    readonly stderrTail: string,
    cause?: Error,
  ) {
    const why = cause
      ? cause.message
      : `exit ${exitCode ?? signal}: ${stderrTail.trim().split("\n").at(-1) ?? "(no stderr)"}`;
    super(`ffmpeg failed (${why}); command: ${command}`, cause ? { cause } : undefined);
  }
}

export interface FfmpegExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Set when the exit was a failure (not one we asked for by close() or kill()). */
  readonly error?: FfmpegProcessError;
}

export interface FfmpegProcessOptions {
  /** How many bytes of stderr to keep. Default 4000. */
  readonly stderrTailBytes?: number;
}

// Children still running when this process exits are killed, so none outlives us.
const live = new Set<FfmpegProcess>();
let exitHookInstalled = false;
function trackForExit(p: FfmpegProcess): void {
  live.add(p);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of live) child.kill();
  });
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/**
 * One running ffmpeg with piped stdin/stdout. Keeps the tail of stderr, maps a failed exit to
 * FfmpegProcessError, and ends the child on close() (stdin EOF, then SIGKILL after a grace period).
 */
export class FfmpegProcess {
  readonly command: string;
  readonly exited: Promise<FfmpegExit>;
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private tail = "";
  private stopping = false;
  private hasExited = false;

  constructor(
    readonly path: string,
    readonly args: readonly string[],
    options: FfmpegProcessOptions = {},
  ) {
    const tailBytes = options.stderrTailBytes ?? 4000;
    this.command = [path, ...args].map(quote).join(" ");
    this.child = spawn(path, args, { stdio: ["pipe", "pipe", "pipe"] });
    trackForExit(this);
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (s: string) => {
      this.tail = (this.tail + s).slice(-tailBytes);
    });
    // A write after ffmpeg has gone fails with EPIPE; the exit status reports the real cause.
    this.child.stdin.on("error", () => {});
    this.exited = new Promise((resolve) => {
      let spawnError: Error | undefined;
      this.child.once("error", (e) => {
        spawnError = e;
        // 'close' may never come when spawn itself failed.
        if (this.child.pid === undefined) finish(null, null);
      });
      const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (this.hasExited) return;
        this.hasExited = true;
        live.delete(this);
        const failed = spawnError !== undefined || (!this.stopping && code !== 0);
        resolve({
          code,
          signal,
          ...(failed
            ? { error: new FfmpegProcessError(this.command, code, signal, this.tail, spawnError) }
            : {}),
        });
      };
      this.child.once("close", finish);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.hasExited;
  }

  get stdout(): Readable {
    return this.child.stdout;
  }

  get stdin(): Writable {
    return this.child.stdin;
  }

  stderrTail(): string {
    return this.tail;
  }

  /** Writes to stdin; false when ffmpeg wants us to wait for 'drain' or has gone. */
  write(chunk: Uint8Array): boolean {
    if (this.hasExited || this.child.stdin.destroyed || this.child.stdin.writableEnded) return false;
    return this.child.stdin.write(chunk);
  }

  /** Ends stdin so ffmpeg flushes and exits; kills it if it has not exited after `graceMs`. */
  async close(graceMs = 2000): Promise<FfmpegExit> {
    if (!this.hasExited && !this.child.stdin.writableEnded) this.child.stdin.end();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((r) => {
      timer = setTimeout(() => r("timeout"), graceMs);
    });
    const first = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (first === "timeout") {
      this.kill();
      return this.exited;
    }
    return first;
  }

  /** Ends ffmpeg now (SIGKILL); the exit does not count as a failure. */
  kill(): void {
    this.stopping = true;
    if (!this.hasExited) this.child.kill("SIGKILL");
  }
}

/**
 * Runs ffmpeg once with `input` on stdin and returns stdout; throws FfmpegProcessError when it fails
 * or does not finish within `timeoutMs`.
 */
export async function runFfmpeg(
  path: string,
  args: readonly string[],
  options: { input?: Uint8Array; timeoutMs?: number } = {},
): Promise<Buffer> {
  const p = new FfmpegProcess(path, args);
  const chunks: Buffer[] = [];
  p.stdout.on("data", (c: Buffer) => chunks.push(c));
  const stdoutDone = new Promise<void>((r) => p.stdout.once("close", () => r()));
  if (options.input) p.write(options.input);
  p.stdin.end();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((r) => {
    timer = setTimeout(() => r("timeout"), options.timeoutMs ?? 30_000);
  });
  const result = await Promise.race([p.exited, timedOut]);
  clearTimeout(timer);
  if (result === "timeout") {
    p.kill();
    await p.exited;
    throw new FfmpegProcessError(
      p.command,
      null,
      "SIGKILL",
      p.stderrTail(),
      new Error(`timed out after ${options.timeoutMs ?? 30_000} ms`),
    );
  }
  if (result.error) throw result.error;
  await stdoutDone;
  return Buffer.concat(chunks);
}
