import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { childrenReapedOnExit } from "../child-processes.js";

// One H.323 peer (ooh323c-simple, simph323) as a child process: console on stdin/stdout, its
// trace files in a fresh working folder, its whole life bounded by coreutils `timeout`, and
// stopped by its own quit command, then by SIGKILL of its process group.

const TIMEOUT_BIN = "/usr/bin/timeout";
/** Unbuffered stdout: the peers print with printf and would hold their lines in a pipe. */
const STDBUF_BIN = "/usr/bin/stdbuf";
const TAIL_LINES = 60;

export class PeerProcessError extends Error {
  override readonly name = "PeerProcessError";
}

export interface PeerProcessOptions {
  /** For messages: "ooh323c callee". */
  readonly label: string;
  readonly bin: string;
  readonly args: readonly string[];
  /** The peer is killed after this long whatever happens (default 120 s). */
  readonly maxLifetimeS?: number;
  /** Trace files in the working folder to show when something fails (e.g. "simple.log"). */
  readonly traceFiles?: readonly string[];
}

export interface PeerExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Everything it printed. */
  readonly output: string;
  /** The trace files' whole text, read before the folder was removed. */
  readonly traces: Readonly<Record<string, string>>;
}

const liveChildren = childrenReapedOnExit(killGroup);

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

const tail = (text: string, lines = TAIL_LINES) => text.split("\n").slice(-lines).join("\n");

export class PeerProcess {
  private output = "";
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly waiters = new Set<() => void>();
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private stopping: Promise<PeerExit> | undefined;
  private traces = "";

  private constructor(
    readonly options: PeerProcessOptions,
    readonly dir: string,
    private readonly child: ChildProcess,
  ) {
    liveChildren.add(child);
    const onText = (s: string) => {
      this.output += s;
      for (const w of this.waiters) w();
    };
    child.stdout?.setEncoding("utf8");
    child.stderr?.setEncoding("utf8");
    child.stdout?.on("data", onText);
    child.stderr?.on("data", onText);
    child.stdin?.on("error", () => {
      // the peer exited; later commands are dropped
    });
    this.exited = new Promise((resolve) => {
      const done = (code: number | null, signal: NodeJS.Signals | null) => {
        this.exitInfo ??= { code, signal };
        liveChildren.delete(child);
        for (const w of this.waiters) w();
        resolve(this.exitInfo);
      };
      child.once("exit", done);
      child.once("error", (err) => {
        this.output += `\nspawn error: ${err.message}\n`;
        done(null, null);
      });
    });
  }

  /** Starts the peer in a fresh working folder (removed by stop()). */
  static async start(options: PeerProcessOptions): Promise<PeerProcess> {
    const dir = await mkdtemp(join(tmpdir(), "vdm-h323-peer-"));
    const lifetime = String(options.maxLifetimeS ?? 120);
    const child = spawn(
      TIMEOUT_BIN,
      ["-k", "2", lifetime, STDBUF_BIN, "-o0", "-e0", options.bin, ...options.args],
      { stdio: ["pipe", "pipe", "pipe"], detached: true, cwd: dir },
    );
    return new PeerProcess(options, dir, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exitInfo !== undefined;
  }

  /** Everything printed so far. */
  text(): string {
    return this.output;
  }

  /** Writes one console command line. */
  send(line: string): void {
    if (this.hasExited || !this.child.stdin?.writable) return;
    this.child.stdin.write(`${line}\n`);
  }

  /**
   * Resolves with the first match of `pattern` in the output after character `from` (default:
   * anywhere); rejects with the output's and traces' tails on timeout or when the peer exits.
   */
  waitFor(pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpExecArray & { end: number }> {
    const find = () => {
      const re = new RegExp(pattern.source, pattern.flags.replace("g", ""));
      const m = re.exec(this.output.slice(from));
      return m ? Object.assign(m, { end: from + m.index + m[0].length }) : undefined;
    };
    const now = find();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const check = () => {
        const m = find();
        if (m) {
          finish();
          resolve(m);
        } else if (this.hasExited) fail(`exited (${JSON.stringify(this.exitInfo)})`);
      };
      const fail = (why: string) => {
        finish();
        void this.readTraces().then(() =>
          reject(new PeerProcessError(`${this.options.label}: ${why} waiting for ${pattern}\n${this.log()}`)),
        );
      };
      const timer = setTimeout(() => fail(`nothing within ${timeoutMs} ms`), timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** The output's tail and the traces' tails (as last read), for a failing test's message. */
  log(): string {
    return `--- ${this.options.label}: console ---\n${tail(this.output)}${this.traces}`;
  }

  private async readTraces(): Promise<Record<string, string>> {
    let text = "";
    const files: Record<string, string> = {};
    for (const f of this.options.traceFiles ?? []) {
      const t = await readFile(join(this.dir, f), "utf8").catch(() => "");
      files[f] = t;
      if (t) text += `\n--- ${this.options.label}: ${f} (tail) ---\n${tail(t)}`;
    }
    this.traces = text;
    return files;
  }

  /**
   * Sends the quit commands, waits up to `graceMs` for the exit, then kills the process group;
   * reads the traces and removes the working folder. Idempotent.
   */
  stop(quit: readonly string[], graceMs = 5_000): Promise<PeerExit> {
    this.stopping ??= (async () => {
      if (!this.hasExited) {
        for (const line of quit) this.send(line);
        this.child.stdin?.end();
        const timer = setTimeout(() => killGroup(this.child), graceMs);
        await this.exited;
        clearTimeout(timer);
      }
      const exit = await this.exited;
      const traces = await this.readTraces();
      await rm(this.dir, { recursive: true, force: true });
      return { ...exit, output: this.output, traces };
    })();
    return this.stopping;
  }
}

/**
 * True when a TCP socket listens on host:port, read from /proc/net/tcp (so that checking never
 * connects to the peer, which would take a connection for a call).
 */
export async function tcpListening(host: string, port: number): Promise<boolean> {
  const ip = host
    .split(".")
    .map((o) => Number(o).toString(16).toUpperCase().padStart(2, "0"))
    .reverse()
    .join("");
  const want = `${ip}:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const table = await readFile("/proc/net/tcp", "utf8").catch(() => "");
  // Rows: "sl local_address rem_address st ...", state 0A is LISTEN.
  return table.split("\n").some((row) => {
    const f = row.trim().split(/\s+/);
    return f[1] === want && f[3] === "0A";
  });
}

/** Waits (polling) until something listens on host:port; rejects after `timeoutMs`. */
export async function waitListening(host: string, port: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await tcpListening(host, port))) {
    if (Date.now() > end)
      throw new PeerProcessError(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
