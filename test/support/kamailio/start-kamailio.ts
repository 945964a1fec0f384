import { spawn } from "node:child_process";
import { createSocket } from "node:dgram";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "selfsigned";
import { childrenReapedOnExit, startWithRetries } from "../child-processes.js";
import { LOOPBACK, randomInt, tcpFree, udpFree } from "../loopback-ports.js";
import { type KamailioPorts, renderKamailioConfig } from "./kamailio-config.js";

export const KAMAILIO_BIN = "/usr/sbin/kamailio";
/** True when the Debian kamailio is installed; the Kamailio interop tests skip without it. */
export const hasKamailio = existsSync(KAMAILIO_BIN);
const TLS_MODULE = "/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so";
/** True when kamailio-tls-modules is installed as well. */
export const hasKamailioTls = hasKamailio && existsSync(TLS_MODULE);

const STOP_TIMEOUT_MS = 4_000;
const LOG_TAIL_LINES = 40;

export interface KamailioOptions {
  /** The domain the proxy serves. Default "vdm.test". */
  readonly domain?: string;
  /** Listen on TLS too, with a self-signed certificate made here. Default: when the module is there. */
  readonly tls?: boolean;
  /** Users who must pass digest authentication to REGISTER: user → password. */
  readonly users?: Readonly<Record<string, string>>;
  /**
   * Run the shipped example examples/kamailio/kamailio-rooms.cfg instead: a dispatcher over
   * these rooms (SIP URIs such as "sip:127.0.0.1:5071"), probing them every second. No registrar
   * and no TLS then.
   */
  readonly dispatcher?: { readonly rooms: readonly string[] };
  /** How long to wait for the first OPTIONS answer. Default 8000 ms. */
  readonly startTimeoutMs?: number;
}

/** One running Kamailio. */
export interface KamailioHandle {
  readonly domain: string;
  readonly ports: KamailioPorts;
  /** True when a TLS listener is configured on `ports.tls`. */
  readonly tls: boolean;
  /** The self-signed certificate (PEM, for 127.0.0.1) of the TLS listener, to pass as --ca. */
  readonly certFile: string | undefined;
  /** The proxy's own URI, e.g. "sip:127.0.0.1:7060" (add `;transport=tcp` for TCP). */
  readonly uri: string;
  /** Everything kamailio wrote to stderr (-E), including one script line per request. */
  log(): string;
  /**
   * The request lines the script logged, e.g. "INVITE sip:alice@vdm.test from 127.0.0.1:40000 (udp)"
   * (the dispatcher example also logs "INVITE <Call-ID> to sip:127.0.0.1:5071" per room tried).
   */
  requests(): string[];
  /** SIGTERM (SIGKILL if it lingers) and deletes the config dir (and certificate). Idempotent. */
  stop(): Promise<void>;
}

class KamailioError extends Error {
  override readonly name = "KamailioError";
}

const live = childrenReapedOnExit();
const handles = new Set<KamailioHandle>();

/** Stops every Kamailio still running (afterEach/afterAll safety net). */
export async function stopAllKamailios(): Promise<void> {
  await Promise.all([...handles].map((h) => h.stop()));
}

function tail(text: string): string {
  return text.split("\n").slice(-LOG_TAIL_LINES).join("\n");
}

/**
 * Free SIP ports for one Kamailio (UDP+TCP at P, TLS at P+1), below the ephemeral range and apart
 * from the baresip (21000-29000) and room (30000-32700) harnesses.
 */
async function pickPorts(): Promise<KamailioPorts> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sip = randomInt(6000, 9900);
    if (!(await udpFree(sip)) || !(await tcpFree(sip)) || !(await tcpFree(sip + 1))) continue;
    return { sip, tls: sip + 1 };
  }
  throw new KamailioError("kamailio: found no free loopback ports after 50 tries");
}

async function writeCertificate(dir: string): Promise<{ certFile: string; keyFile: string }> {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
  });
  const certFile = join(dir, "cert.pem");
  const keyFile = join(dir, "key.pem");
  await writeFile(certFile, pems.cert);
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  return { certFile, keyFile };
}

/**
 * Starts Kamailio in the foreground (`-DD -E`) on 127.0.0.1 with a fresh config in a temp dir and
 * free ports; resolves once it answers an OPTIONS over UDP. Retries twice on a port clash;
 * rejects with the tail of its log if it exits or does not answer in time.
 */
export async function startKamailio(opts: KamailioOptions = {}): Promise<KamailioHandle> {
  return startWithRetries(
    () => startOnce(opts),
    (err) => err instanceof KamailioError && /in use|bind/i.test(err.message),
  );
}

async function startOnce(opts: KamailioOptions): Promise<KamailioHandle> {
  const domain = opts.domain ?? "vdm.test";
  const withTls = !opts.dispatcher && (opts.tls ?? hasKamailioTls);
  const dir = await mkdtemp(join(tmpdir(), "vdm-kamailio-"));
  const ports = await pickPorts();
  const config = opts.dispatcher
    ? await dispatcherConfig(dir, ports, opts.dispatcher.rooms)
    : await registrarConfig(dir, ports, domain, withTls, opts.users);
  const args = ["-DD", "-E", "-f", config.cfgPath, "-Y", dir, "-w", dir, "-m", "32", "-M", "4"];
  args.push(...config.defines.flatMap((d) => ["-A", d]));
  const child = spawn(KAMAILIO_BIN, args, { stdio: ["ignore", "pipe", "pipe"], cwd: dir });
  live.add(child);
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (s: string) => {
    output += s;
  });
  child.stderr?.setEncoding("utf8").on("data", (s: string) => {
    output += s;
  });
  let hasExited = false;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      hasExited = true;
      live.delete(child);
      resolve();
    });
    child.once("error", (err) => {
      output += `\nspawn error: ${err.message}\n`;
      hasExited = true;
      live.delete(child);
      resolve();
    });
  });

  let stopping: Promise<void> | undefined;
  const handle: KamailioHandle = {
    domain,
    ports,
    tls: withTls,
    certFile: config.certFile,
    uri: `sip:${LOOPBACK}:${ports.sip}`,
    log: () => output,
    requests: () => [...output.matchAll(/vdm-(?:kamailio|rooms): (.+)$/gm)].map((m) => m[1]!),
    stop() {
      stopping ??= (async () => {
        if (!hasExited) {
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }
        handles.delete(handle);
        await rm(dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
  handles.add(handle);

  try {
    await waitUntilAnswering(ports.sip, opts.startTimeoutMs ?? 8_000, () => hasExited);
  } catch (err) {
    await handle.stop();
    const why = err instanceof Error ? err.message : String(err);
    throw new KamailioError(`kamailio did not start (${why})\n${tail(output)}`);
  }
  return handle;
}

interface StartConfig {
  readonly cfgPath: string;
  /** `-A NAME=value` defines for the config. */
  readonly defines: readonly string[];
  readonly certFile?: string;
}

/** The registrar and proxy of kamailio-config.ts, written into `dir`. */
async function registrarConfig(
  dir: string,
  ports: KamailioPorts,
  domain: string,
  withTls: boolean,
  users: KamailioOptions["users"],
): Promise<StartConfig> {
  const tlsFiles = withTls
    ? { ...(await writeCertificate(dir)), configFile: join(dir, "tls.cfg") }
    : undefined;
  const files = renderKamailioConfig({
    domain,
    ports,
    ...(tlsFiles ? { tls: tlsFiles } : {}),
    ...(users ? { users } : {}),
  });
  const cfgPath = join(dir, "kamailio.cfg");
  await writeFile(cfgPath, files.cfg);
  if (tlsFiles && files.tlsCfg) await writeFile(tlsFiles.configFile, files.tlsCfg);
  return { cfgPath, defines: [], ...(tlsFiles ? { certFile: tlsFiles.certFile } : {}) };
}

/** The shipped dispatcher example, unchanged, with its list of rooms and loopback ports. */
export const DISPATCHER_EXAMPLE = fileURLToPath(
  new URL("../../../examples/kamailio/kamailio-rooms.cfg", import.meta.url),
);

async function dispatcherConfig(
  dir: string,
  ports: KamailioPorts,
  rooms: readonly string[],
): Promise<StartConfig> {
  const list = join(dir, "vdm-rooms.list");
  for (const r of rooms)
    if (!/^sip:[0-9.]+:\d+(;transport=(udp|tcp))?$/.test(r))
      throw new KamailioError(`kamailio: room "${r}" is not sip:ip:port`);
  await writeFile(list, `${rooms.map((r) => `1 ${r}`).join("\n")}\n`);
  return {
    cfgPath: DISPATCHER_EXAMPLE,
    defines: [
      `LISTEN=udp:${LOOPBACK}:${ports.sip}`,
      `LISTEN_TCP=tcp:${LOOPBACK}:${ports.sip}`,
      `DISPATCHER_LIST="${list}"`,
      "PROBE_INTERVAL_S=1",
    ],
  };
}

/** Sends an OPTIONS to the proxy every 200 ms until a 200 comes back (RFC 3261 §11). */
async function waitUntilAnswering(port: number, timeoutMs: number, hasExited: () => boolean): Promise<void> {
  const socket = createSocket("udp4");
  let answered = false;
  socket.on("message", (msg) => {
    if (/^SIP\/2\.0 200 /.test(msg.toString("utf8"))) answered = true;
  });
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
  const local = socket.address().port;
  const deadline = Date.now() + timeoutMs;
  try {
    for (let i = 0; !answered; i++) {
      if (hasExited()) throw new Error("it exited");
      if (Date.now() >= deadline) throw new Error(`no answer to OPTIONS within ${timeoutMs} ms`);
      const callId = `kamailio-ready-${local}-${i}`;
      const options = [
        `OPTIONS sip:${LOOPBACK}:${port} SIP/2.0`,
        `Via: SIP/2.0/UDP ${LOOPBACK}:${local};branch=z9hG4bK-${callId};rport`,
        "Max-Forwards: 70",
        `From: <sip:probe@${LOOPBACK}>;tag=${i}`,
        `To: <sip:${LOOPBACK}:${port}>`,
        `Call-ID: ${callId}`,
        `CSeq: ${i + 1} OPTIONS`,
        "Content-Length: 0",
        "",
        "",
      ].join("\r\n");
      socket.send(options, port, LOOPBACK);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    socket.close();
  }
}
