import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { childrenReapedOnExit, startWithRetries } from "../child-processes.js";
import { LOOPBACK, randomInt, udpFree } from "../loopback-ports.js";
import {
  type LinphoneOptions,
  type LinphonePorts,
  linphoneSipUri,
  type ResolvedLinphoneOptions,
  renderLinphoneRc,
  resolveLinphoneOptions,
} from "./linphone-config.js";
import {
  type LinphoneEvent,
  type LinphoneEventKind,
  type LinphoneMediaResult,
  parseLinphoneEvent,
  parseLinphoneLog,
} from "./linphone-output.js";
import { sineWav } from "./tone-wav.js";

export const LINPHONEC_BIN = "/usr/bin/linphonec";
const TIMEOUT_BIN = "/usr/bin/timeout";
/** True when Debian's linphone-cli is installed; the linphone interop tests skip without it. */
export const hasLinphone = existsSync(LINPHONEC_BIN);

const STOP_TIMEOUT_MS = 4_000;
/**
 * linphonec runs under coreutils `timeout`, so it is ended after this long even when the test
 * process died without stopping it (linphonec does not quit when its stdin closes).
 */
const MAX_LIFETIME_S = 90;
const LOG_TAIL_LINES = 40;
/** The microphone file: long enough for any test call, looped by nobody. */
const TONE_SECONDS = 30;

/** What linphone did, read from its console and library log when it stopped. */
export interface LinphoneResult extends LinphoneMediaResult {
  readonly events: readonly LinphoneEvent[];
  /** A call reached "connected". */
  readonly established: boolean;
  /** The reason of the last "ended" event, e.g. "No error" or "Not acceptable here". */
  readonly endReason?: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** One running linphonec. Every method is safe to call after the process has gone. */
export interface LinphoneHandle {
  /** The URI that reaches this instance, e.g. "sip:linphone@127.0.0.1:23456" (UDP). */
  readonly sipUri: string;
  readonly ports: LinphonePorts;
  readonly options: ResolvedLinphoneOptions;
  /** The temporary folder holding HOME, the rc file, the tone and the log; deleted by stop(). */
  readonly dir: string;
  readonly pid: number | undefined;
  /** Places a call (`call URI`); resolves once linphonec has assigned it an id. */
  call(uri: string, timeoutMs?: number): Promise<LinphoneEvent>;
  /** Hangs up every call (`terminate all`). */
  terminate(): void;
  /** Sends one console command line. */
  command(line: string): void;
  /** The first event of this kind seen since start, or the next one; rejects on timeout or exit. */
  waitForEvent(kind: LinphoneEventKind, timeoutMs: number): Promise<LinphoneEvent>;
  /** Resolves on "connected"; rejects as soon as the call ends or fails instead (reason in the message). */
  waitForConnected(timeoutMs: number): Promise<LinphoneEvent>;
  events(): readonly LinphoneEvent[];
  /** Quits linphonec (`quit`, SIGKILL if it lingers), reads its log and deletes `dir`. Idempotent. */
  stop(): Promise<LinphoneResult>;
  /** The console output so far and the tail of the library log, for a failing test's message. */
  log(): string;
}

class LinphoneError extends Error {
  override readonly name = "LinphoneError";
}

const live = new Set<LinphoneHandle>();
const liveChildren = childrenReapedOnExit(killGroup);

/** Stops every instance still running (a safety net for afterEach/afterAll). */
export async function stopAllLinphones(): Promise<void> {
  await Promise.all([...live].map((h) => h.stop()));
}

/** Kills `timeout` and the linphonec below it: the process group the detached spawn made. */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function tail(text: string, lines = LOG_TAIL_LINES): string {
  return text.split("\n").slice(-lines).join("\n");
}

/**
 * Loopback ports for one linphonec: SIP over UDP, and audio and video RTP with RTCP on the next
 * port each. Free when checked; linphonec may still lose one to another process, so the caller
 * retries on a start-up failure.
 */
async function pickLinphonePorts(): Promise<LinphonePorts> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sip = randomInt(21000, 29000);
    const audioRtp = randomInt(30000, 39990) & ~1;
    const videoRtp = audioRtp + 2;
    const all = [sip, audioRtp, audioRtp + 1, videoRtp, videoRtp + 1];
    if (new Set(all).size !== all.length) continue;
    let free = true;
    for (const p of all) if (free) free = await udpFree(p);
    if (free) return { sip, audioRtp, videoRtp };
  }
  throw new LinphoneError("linphone: found no free loopback ports after 50 tries");
}

/**
 * True when some socket is bound to UDP `port` (on any address), read from /proc/net/udp so that
 * the check itself never holds the port that linphonec is about to bind.
 */
async function udpBound(port: number): Promise<boolean> {
  const suffix = `:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  const table = await readFile("/proc/net/udp", "utf8").catch(() => "");
  // Rows: "sl local_address rem_address ...", the local address as "0100007F:5DC0".
  return table.split("\n").some((row) => row.trim().split(/\s+/)[1]?.endsWith(suffix) === true);
}

/**
 * Starts one linphonec on 127.0.0.1 with a fresh HOME and rc file, its microphone a sine tone
 * file and its camera the static picture, and resolves once it listens for SIP. Retries twice when
 * it does not come up (a port lost to another process).
 */
export async function startLinphone(opts: LinphoneOptions): Promise<LinphoneHandle> {
  const resolved = resolveLinphoneOptions(opts);
  return startWithRetries(
    () => startOnce(resolved),
    (err) => err instanceof LinphoneError && /does not listen/.test(err.message),
  );
}

async function startOnce(opts: ResolvedLinphoneOptions): Promise<LinphoneHandle> {
  const dir = await mkdtemp(join(tmpdir(), "vdm-linphone-"));
  const home = join(dir, "home");
  // linphonec opens no SIP port unless its data folder exists.
  await mkdir(join(home, ".local", "share", "linphone"), { recursive: true });
  const ports = await pickLinphonePorts();
  const rcPath = join(dir, "linphonerc");
  const logPath = join(dir, "linphone.log");
  const tonePath = join(dir, "tone.wav");
  await writeFile(rcPath, renderLinphoneRc(opts, ports));
  await writeFile(tonePath, sineWav(opts.toneHz, TONE_SECONDS, 16_000));

  const args = ["-c", rcPath, "-V", "-d", "6", "-l", logPath, ...(opts.role === "answer" ? ["-a"] : [])];
  const child = spawn(TIMEOUT_BIN, ["-k", "2", String(MAX_LIFETIME_S), LINPHONEC_BIN, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
    cwd: dir,
    env: { ...process.env, HOME: home, DISPLAY: "" },
  });
  liveChildren.add(child);
  let output = "";
  let pending = "";
  const events: LinphoneEvent[] = [];
  const waiters = new Set<() => void>();
  const onText = (s: string): void => {
    output += s;
    pending += s;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const e = parseLinphoneEvent(line);
      if (e) events.push(e);
    }
    for (const w of waiters) w();
  };
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8");
  child.stdout?.on("data", onText);
  child.stderr?.on("data", onText);
  child.stdin?.on("error", () => {
    // linphonec exited; commands after that are dropped.
  });
  let hasExited = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      hasExited = true;
      liveChildren.delete(child);
      for (const w of waiters) w();
      resolve({ code, signal });
    });
    child.once("error", (err) => {
      output += `\nspawn error: ${err.message}\n`;
      hasExited = true;
      liveChildren.delete(child);
      for (const w of waiters) w();
      resolve({ code: null, signal: null });
    });
  });

  const libraryLog = async (): Promise<string> => {
    try {
      return await readFile(logPath, "utf8");
    } catch {
      return "";
    }
  };
  let logSnapshot = "";
  const diagnostics = (): string =>
    `--- linphonec console ---\n${tail(output)}\n--- linphone log (tail) ---\n${tail(logSnapshot)}`;

  const command = (line: string): void => {
    if (hasExited || !child.stdin?.writable) return;
    child.stdin.write(`${line}\n`);
  };

  /** Resolves with `found()`'s first value; rejects on timeout or exit. */
  const until = <T>(what: string, found: () => T | undefined, timeoutMs: number): Promise<T> => {
    const now = found();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = found();
        if (v !== undefined) {
          finish();
          resolve(v);
        } else if (hasExited) fail("linphonec exited");
      };
      const fail = (why: string) => {
        finish();
        void libraryLog().then((l) => {
          logSnapshot = l;
          reject(new LinphoneError(`linphone (${opts.role}): ${why} waiting for ${what}\n${diagnostics()}`));
        });
      };
      const timer = setTimeout(() => fail(`nothing within ${timeoutMs} ms`), timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  };

  const waitForEvent = (kind: LinphoneEventKind, timeoutMs: number) =>
    until(`a "${kind}" event`, () => events.find((e) => e.kind === kind), timeoutMs);

  let stopping: Promise<LinphoneResult> | undefined;
  const stop = (): Promise<LinphoneResult> => {
    stopping ??= (async () => {
      if (!hasExited) {
        command("terminate all");
        command("quit");
        child.stdin?.end();
        const timer = setTimeout(() => killGroup(child), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      const exit = await exited;
      logSnapshot = await libraryLog();
      await rm(dir, { recursive: true, force: true });
      live.delete(handle);
      const ended = events.filter((e) => e.kind === "ended").at(-1);
      return {
        ...parseLinphoneLog(logSnapshot),
        events: [...events],
        established: events.some((e) => e.kind === "connected"),
        ...(ended?.detail !== undefined ? { endReason: ended.detail } : {}),
        exitCode: exit.code,
        signal: exit.signal,
      };
    })();
    return stopping;
  };

  const handle: LinphoneHandle = {
    sipUri: linphoneSipUri(opts.user, ports),
    ports,
    options: opts,
    dir,
    pid: child.pid,
    call: (uri, timeoutMs = 3_000) => {
      if (!/^sips?:[^\s]+$/.test(uri)) throw new LinphoneError(`linphone: "${uri}" is not a SIP URI`);
      const before = events.length;
      command(`call ${uri}`);
      return until(
        `the call to ${uri} to start`,
        () => events.slice(before).find((e) => e.kind === "outgoing" || e.kind === "error"),
        timeoutMs,
      ).then((e) => {
        if (e.kind === "error") throw new LinphoneError(`linphone: call to ${uri} failed\n${diagnostics()}`);
        return e;
      });
    },
    terminate: () => command("terminate all"),
    command,
    waitForEvent,
    waitForConnected: async (timeoutMs) => {
      const e = await until(
        "the call to connect",
        () => events.find((x) => x.kind === "connected" || x.kind === "ended" || x.kind === "error"),
        timeoutMs,
      );
      if (e.kind !== "connected") {
        logSnapshot = await libraryLog();
        throw new LinphoneError(
          `linphone (${opts.role}): call ${e.kind}${e.detail ? `: ${e.detail}` : ""}\n${diagnostics()}`,
        );
      }
      return e;
    },
    events: () => events,
    stop,
    log: () => `${output}\n--- linphone log (tail) ---\n${tail(logSnapshot)}`,
  };
  live.add(handle);

  try {
    await waitUntilReady();
  } catch (err) {
    await stop();
    throw err;
  }
  return handle;

  /**
   * Ready when the console answered the set-up commands (the wav file as microphone, the static
   * picture as camera) and the SIP port is bound.
   */
  async function waitUntilReady(): Promise<void> {
    const deadline = Date.now() + opts.startTimeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    command("soundcard use files");
    command(`play ${tonePath}`);
    command("webcam use 0");
    await until(
      "the wav-file sound card",
      () => (output.includes("Using wav files") ? true : undefined),
      left(),
    );
    await until(
      "the static-picture camera",
      () => (output.includes("Using video device StaticImage") ? true : undefined),
      left(),
    );
    while (!(await udpBound(ports.sip))) {
      if (hasExited) throw new LinphoneError(`linphone exited during start-up\n${diagnostics()}`);
      if (Date.now() >= deadline) {
        logSnapshot = await libraryLog();
        throw new LinphoneError(
          `linphone does not listen on ${LOOPBACK}:${ports.sip} after ${opts.startTimeoutMs} ms\n${diagnostics()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
