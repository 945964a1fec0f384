import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { childrenReapedOnExit, startWithRetries } from "../child-processes.js";
import { type BaresipPorts, baresipSipUri, renderBaresipConfig } from "./baresip-config.js";
import {
  type BaresipOptions,
  type ResolvedBaresipOptions,
  resolveBaresipOptions,
} from "./baresip-options.js";
import { type BaresipResult, parseBaresipOutput } from "./baresip-result.js";
import { type BaresipEvent, type BaresipResponse, CtrlTcpClient } from "./ctrl-tcp-client.js";
import { pickBaresipPorts } from "./free-ports.js";
import { writeSelfSignedPem } from "./tls-certificate.js";

export const BARESIP_BIN = "/usr/bin/baresip";
/** True when the Debian baresip is installed; interop tests skip without it. */
export const hasBaresip = existsSync(BARESIP_BIN);

/** Seconds past `durationS` after which a still-running baresip is killed outright. */
const KILL_GRACE_S = 5;
const STOP_TIMEOUT_MS = 4_000;
const LOG_TAIL_LINES = 30;

/** One running baresip. Every method is safe to call after the process has gone. */
export interface BaresipHandle {
  /** URI that reaches this instance, e.g. "sip:echo@127.0.0.1:23456" (with ;transport= for TCP/TLS). */
  readonly sipUri: string;
  /** UDP/TCP SIP port (TLS is on sipPort + 1). */
  readonly sipPort: number;
  readonly ports: BaresipPorts;
  readonly options: ResolvedBaresipOptions;
  /** The temporary `-f` config dir; deleted by stop(). */
  readonly configDir: string;
  /** Process id of baresip (undefined if it could not be spawned). */
  readonly pid: number | undefined;
  /** Places a call (ctrl_tcp "dial"); resolves when baresip has accepted the command. */
  dial(uri: string): Promise<BaresipResponse>;
  /** Hangs up the current call (ctrl_tcp "hangup"). */
  hangup(): Promise<BaresipResponse>;
  /**
   * The first ctrl_tcp event of this type (e.g. "CALL_ESTABLISHED", "CALL_CLOSED", "CALL_INCOMING")
   * seen since start, or the next one to come; rejects after `timeoutMs` or when baresip exits,
   * with the tail of the log in the message.
   */
  waitForEvent(type: string, timeoutMs: number): Promise<BaresipEvent>;
  /**
   * Resolves with the CALL_ESTABLISHED event; rejects as soon as CALL_CLOSED comes instead (its
   * param, e.g. "488 Not Acceptable Here", in the message), on timeout, or when baresip exits.
   */
  waitForEstablished(timeoutMs: number): Promise<BaresipEvent>;
  /** Every ctrl_tcp event so far, in order. */
  events(): readonly BaresipEvent[];
  /** Quits baresip (SIGTERM, which hangs up and prints statistics; SIGKILL if it lingers), parses
   *  its output and deletes its config dir. Idempotent. */
  stop(): Promise<BaresipResult>;
  /** Everything baresip printed so far (stdout and stderr, with -v and the -s SIP trace). */
  log(): string;
}

/** Every instance not yet stopped, so a crashed test cannot leave one running. */
const live = new Set<BaresipHandle>();
const liveChildren = childrenReapedOnExit();

/** Stops every instance still running (use in afterEach/afterAll as a safety net). */
export async function stopAllBaresips(): Promise<void> {
  await Promise.all([...live].map((h) => h.stop()));
}

function tail(text: string, lines = LOG_TAIL_LINES): string {
  return text.split("\n").slice(-lines).join("\n");
}

class BaresipError extends Error {
  override readonly name = "BaresipError";
}

/**
 * Starts one baresip on 127.0.0.1 with a fresh config dir and free ports, and resolves once it is
 * ready and its ctrl_tcp socket is connected. Retries twice on a port clash. Rejects with the tail of
 * baresip's log when it does not come up within `startTimeoutMs`.
 */
export async function startBaresip(opts: BaresipOptions): Promise<BaresipHandle> {
  const resolved = resolveBaresipOptions(opts);
  return startWithRetries(
    () => startOnce(resolved),
    (err) => err instanceof BaresipError && /in use|EADDRINUSE/i.test(err.message),
  );
}

async function startOnce(opts: ResolvedBaresipOptions): Promise<BaresipHandle> {
  const dir = await mkdtemp(join(tmpdir(), "vdm-baresip-"));
  const ports = await pickBaresipPorts();
  let certificatePath: string | undefined;
  if (opts.transport === "tls") {
    certificatePath = join(dir, "sip-cert.pem");
    await writeSelfSignedPem(certificatePath);
  }
  const files = renderBaresipConfig(opts, ports, certificatePath);
  await writeFile(join(dir, "config"), files.config);
  await writeFile(join(dir, "accounts"), files.accounts);
  // An empty contacts file keeps baresip from writing its template with example addresses.
  await writeFile(join(dir, "contacts"), "");

  const args = ["-4", "-v", "-s", "-f", dir, "-t", String(opts.durationS)];
  const child = spawn(BARESIP_BIN, args, { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
  liveChildren.add(child);
  let output = "";
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8");
  child.stdout?.on("data", (s: string) => {
    output += s;
  });
  child.stderr?.on("data", (s: string) => {
    output += s;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      liveChildren.delete(child);
      resolve({ code, signal });
    });
    child.once("error", (err) => {
      output += `\nspawn error: ${err.message}\n`;
      liveChildren.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const killTimer = setTimeout(() => child.kill("SIGKILL"), (opts.durationS + KILL_GRACE_S) * 1000);
  killTimer.unref();

  const events: BaresipEvent[] = [];
  const waiters = new Set<{ types: readonly string[]; resolve: (e: BaresipEvent) => void }>();
  const onEvent = (e: BaresipEvent): void => {
    events.push(e);
    for (const w of waiters) if (w.types.includes(e.type)) w.resolve(e);
  };

  let ctrl: CtrlTcpClient | undefined;
  let stopping: Promise<BaresipResult> | undefined;

  const cleanup = async (): Promise<void> => {
    clearTimeout(killTimer);
    ctrl?.close();
    await rm(dir, { recursive: true, force: true });
  };

  const stop = (): Promise<BaresipResult> => {
    stopping ??= (async () => {
      if (!hasExited) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      const exit = await exited;
      await cleanup();
      live.delete(handle);
      return parseBaresipOutput(output, { exitCode: exit.code, signal: exit.signal, sipPort: ports.sip });
    })();
    return stopping;
  };

  const command = async (cmd: string, params?: string): Promise<BaresipResponse> => {
    if (ctrl === undefined || hasExited)
      throw new BaresipError(`baresip: "${cmd}" after exit\n${tail(output)}`);
    return ctrl.command(cmd, params);
  };

  const handle: BaresipHandle = {
    sipUri: baresipSipUri(opts.user, opts.transport, ports),
    sipPort: ports.sip,
    ports,
    options: opts,
    configDir: dir,
    pid: child.pid,
    dial: (uri) => command("dial", uri),
    hangup: () => command("hangup"),
    waitForEvent: (type, timeoutMs) => waitFor([type], timeoutMs),
    waitForEstablished: async (timeoutMs) => {
      const e = await waitFor(["CALL_ESTABLISHED", "CALL_CLOSED"], timeoutMs);
      if (e.type === "CALL_CLOSED") {
        throw new BaresipError(`baresip (${opts.role}): call closed: ${e.param ?? "?"}\n${tail(output)}`);
      }
      return e;
    },
    events: () => events,
    stop,
    log: () => output,
  };
  live.add(handle);

  /** The first event of one of `types` seen so far, or the next one. */
  function waitFor(types: readonly string[], timeoutMs: number): Promise<BaresipEvent> {
    const type = types.join(" or ");
    const seen = events.find((e) => types.includes(e.type));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        types,
        resolve: (e: BaresipEvent) => {
          finish();
          resolve(e);
        },
      };
      const fail = (why: string) => {
        finish();
        reject(new BaresipError(`baresip (${opts.role}): ${why} waiting for ${type}\n${tail(output)}`));
      };
      const timer = setTimeout(() => fail(`no event within ${timeoutMs} ms`), timeoutMs);
      const onExit = () => fail("process exited");
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(waiter);
        child.removeListener("exit", onExit);
      };
      waiters.add(waiter);
      if (hasExited) onExit();
      else child.once("exit", onExit);
    });
  }

  try {
    await waitUntilReady(
      opts,
      () => output,
      () => hasExited,
    );
    ctrl = await CtrlTcpClient.connect(ports.ctrl, onEvent);
  } catch (err) {
    await stop();
    throw err;
  }
  return handle;
}

/** Waits for "baresip is ready." in the log; fails fast when baresip exits or reports a bind error. */
async function waitUntilReady(
  opts: ResolvedBaresipOptions,
  output: () => string,
  hasExited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + opts.startTimeoutMs;
  for (;;) {
    const log = output();
    if (log.includes("baresip is ready.")) {
      if (/Address already in use|failed to listen/i.test(log)) {
        throw new BaresipError(`baresip (${opts.role}): a port is already in use\n${tail(log)}`);
      }
      return;
    }
    if (hasExited()) throw new BaresipError(`baresip (${opts.role}) exited during start-up\n${tail(log)}`);
    if (Date.now() >= deadline) {
      throw new BaresipError(
        `baresip (${opts.role}) not ready within ${opts.startTimeoutMs} ms\n${tail(log)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
