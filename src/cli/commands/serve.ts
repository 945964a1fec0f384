import { callerSummary } from "../../app/room/caller-report.js";
import { defaultTlsCacheDir, Room, type RoomListen } from "../../app/room/room.js";
import { DEFAULT_LISTEN, RAS_DEFAULT_PORT } from "../../app/room/room-options.js";
import type { RegistrationEvent } from "../../app/room/sip/room-registration.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import { parseSipUri } from "../../protocol/sip/sip-uri.js";
import type { Report } from "../../report/model.js";
import { ExitCode, ExitError } from "../exit-error.js";
import { printable } from "../printable.js";
import type { Progress } from "../progress.js";
import { captureLine, finishCapture, openCapture, writeReport } from "./call.js";
import { roomDefences, type ServeDefenceOptions } from "./serve-defences.js";

export interface ServeCommandOptions extends ServeDefenceOptions {
  /** --listen; undefined: DEFAULT_LISTEN. */
  listen?: string;
  publicAddress?: string;
  rtpPorts: string;
  srtp: SrtpPolicy;
  cert?: string;
  key?: string;
  mirror: boolean;
  /** --deny-floor: every BFCP FloorRequest is denied. */
  denyFloor?: boolean;
  out: string;
  /** --register: address of record to register the room under. */
  register?: string;
  registrar?: string;
  registerExpires?: number;
  registerRequired?: boolean;
  user?: string;
  password?: string;
  /** --pcap: write a capture of the room's own signalling and media to this file. */
  pcap?: string;
  /** --max-calls: calls at once before new ones get 503 (default DEFAULT_MAX_CALLS). */
  maxCalls?: number;
  /** --media-timeout: seconds without RTP or RTCP from a caller before the room hangs up (0: never). */
  mediaTimeout?: number;
  /** --drain-timeout: seconds a SIGTERM waits for running calls before hanging them up. */
  drainTimeout?: number;
  /** --gatekeeper-id: the room's GatekeeperIdentifier. */
  gatekeeperId?: string;
}

/**
 * "udp:127.0.0.1:5070,tcp:127.0.0.1:5070,tls:[::1]:5071,h323:127.0.0.1:1720,ras:127.0.0.1:1719"
 * → listen specs. An h323 entry without a ras entry brings the gatekeeper on UDP 1719 of the same
 * host (H.225.0 Annex D), marked `implicit`: if it cannot bind, the room goes on without it.
 */
export function parseListen(text: string): (RoomListen & { implicit?: boolean })[] {
  const specs = text.split(",").map((part) => {
    const m = /^(udp|tcp|tls|h323|ras):(\[[0-9a-fA-F:.]+\]|[^:[\]]+):(\d{1,5})$/.exec(part.trim());
    if (!m)
      throw new ExitError(
        ExitCode.usage,
        `--listen: "${part}" is not transport:host:port (e.g. udp:0.0.0.0:5060 or h323:0.0.0.0:1720)`,
      );
    const port = Number(m[3]);
    if (port > 65535) throw new ExitError(ExitCode.usage, `--listen: port ${port} is above 65535`);
    return { protocol: m[1] as RoomListen["protocol"], host: m[2]!.replace(/^\[|\]$/g, ""), port };
  });
  if (specs.filter((l) => l.protocol === "h323").length > 1)
    throw new ExitError(ExitCode.usage, "--listen: the room answers H.323 on one address only");
  if (specs.filter((l) => l.protocol === "ras").length > 1)
    throw new ExitError(ExitCode.usage, "--listen: the room's gatekeeper answers RAS on one address only");
  const h323 = specs.find((l) => l.protocol === "h323");
  if (h323 && !specs.some((l) => l.protocol === "ras"))
    return [...specs, { protocol: "ras", host: h323.host, port: RAS_DEFAULT_PORT, implicit: true }];
  return specs;
}

export function parsePortRange(text: string): { from: number; to: number } {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(text);
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || from < 1024 || to > 65535 || to - from < 16) {
    throw new ExitError(
      ExitCode.usage,
      `--rtp-ports: "${text}" must be a range like 20000-29999 (at least 16 ports, above 1023)`,
    );
  }
  return { from, to };
}

export async function runServeCommand(o: ServeCommandOptions, progress: Progress): Promise<number> {
  if ((o.cert === undefined) !== (o.key === undefined)) {
    throw new ExitError(ExitCode.usage, "--cert and --key go together");
  }
  const registration = parseRegistration(o);
  const listenText = o.listen ?? DEFAULT_LISTEN;
  const listen = parseListen(listenText);
  const rtpPorts = parsePortRange(o.rtpPorts);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${printable(line)}\n`);
  // One line per graded caller; the full report goes to --out (a failed write is said, not fatal).
  const writes = new Set<Promise<unknown>>();
  const onCallerReport = (report: Report) => {
    const id = String(report.facts["callId"] ?? report.facts["endpointIdentifier"] ?? "").slice(0, 12);
    const p = writeReport(o.out, report)
      .then(
        (w) => log(`graded   ${id} ${report.target}  ${callerSummary(report)}  -> ${w.dir}`),
        (e: unknown) =>
          log(
            `graded   ${id} ${report.target}  ${callerSummary(report)}  (report not written: ${e instanceof Error ? e.message : String(e)})`,
          ),
      )
      .finally(() => {
        writes.delete(p);
      });
    writes.add(p);
  };
  const recorder = o.pcap
    ? openCapture(o.pcap, `vdm-test serve --listen ${listenText}, started ${new Date().toISOString()}`)
    : undefined;
  let room: Room;
  try {
    room = await Room.start({
      listen,
      ...(o.publicAddress ? { publicAddress: o.publicAddress } : {}),
      rtpPorts,
      srtp: o.srtp,
      mirror: o.mirror,
      defences: roomDefences(o),
      ...(o.denyFloor ? { floorPolicy: "deny" as const } : {}),
      tls: {
        ...(o.cert ? { certFile: o.cert } : {}),
        ...(o.key ? { keyFile: o.key } : {}),
        cacheDir: defaultTlsCacheDir(),
      },
      onEvent: (e) => log(`${e.kind.padEnd(8)} ${e.callId.slice(0, 12)} ${e.from}  ${e.detail}`),
      onCallerReport,
      ...(o.user && o.password ? { credentials: { username: o.user, password: o.password } } : {}),
      ...(recorder ? { capture: recorder } : {}),
      ...(o.maxCalls !== undefined ? { maxCalls: o.maxCalls } : {}),
      ...(o.mediaTimeout !== undefined ? { mediaTimeoutMs: o.mediaTimeout * 1000 } : {}),
      ...(o.gatekeeperId !== undefined ? { gatekeeper: { id: o.gatekeeperId } } : {}),
    });
  } catch (e) {
    recorder?.abort();
    const err = e as NodeJS.ErrnoException;
    if (err.code === "EADDRINUSE" || err.code === "EACCES" || err.code === "EADDRNOTAVAIL") {
      throw new ExitError(
        ExitCode.usage,
        `cannot listen on ${listenText}: ${err.code}${err.code === "EACCES" ? " (ports below 1024 need privileges)" : ""}`,
      );
    }
    throw e;
  }
  for (const l of room.listening) progress.info(`listening on ${l.protocol}:${l.host}:${l.port}`);
  const h323 = room.h323Listening;
  if (h323) progress.info(`listening on h323:${hostText(h323.host)}:${h323.port}`);
  const h323Failure = room.h323Failure;
  if (h323Failure) {
    const line = `cannot listen on h323:${hostText(h323Failure.listen.host)}:${h323Failure.listen.port}: ${listenErrorText(h323Failure)}`;
    // Asked for by name, H.323 must come up; by default the room answers SIP without it.
    if (o.listen !== undefined) {
      await room.stop();
      recorder?.abort();
      throw new ExitError(ExitCode.usage, line);
    }
    progress.info(`H.323 off: ${line}; choose another address with --listen ...,h323:ADDR:PORT`);
  }
  const gkLine = await gatekeeperLine(room, listen, o.listen !== undefined, recorder);
  if (gkLine) progress.info(gkLine);
  if (room.certificate) {
    progress.info(
      `TLS certificate: ${room.certificate.certPath ?? "from --cert"} (${room.certificate.source})`,
    );
  }
  if (registration) {
    let started = false;
    const reg = room.register({
      ...registration,
      onEvent: (e) => {
        // With --register-required a first failure is the exit message instead.
        if (started || !o.registerRequired || e.kind !== "failed") progress.info(registrationLine(e));
      },
    });
    progress.info(`registering ${registration.aor} at ${reg.registrar}`);
    // The room is ready once the first answer is in, or after a few seconds without one (a UDP
    // REGISTER may wait 32 s for its timeout, RFC 3261 §17.1.2.2); --register-required waits it out.
    const first = await (o.registerRequired
      ? reg.ready
      : Promise.race([
          reg.ready,
          new Promise<undefined>((r) => setTimeout(() => r(undefined), FIRST_REGISTER_WAIT_MS)),
        ]));
    started = true;
    if (first?.kind === "failed" && o.registerRequired) {
      await room.stop();
      finishCapture(recorder);
      throw new ExitError(ExitCode.unreachable, registrationLine({ ...first, retryInS: undefined }));
    }
  }
  progress.info(
    `test room ready${o.mirror ? "" : " (mirror OFF)"}${o.denyFloor ? " (floor requests DENIED)" : ""}; Ctrl-C hangs up and exits`,
  );
  const signal = await nextSignal();
  if (signal === "SIGTERM") await drain(room, progress, o.drainTimeout ?? DEFAULT_DRAIN_TIMEOUT_S);
  else progress.info(`${signal}: hanging up ${room.activeCalls} call(s)`);
  await room.stop();
  await Promise.all(writes);
  // Every call has hung up and every socket is closed: the capture is complete.
  const capture = finishCapture(recorder);
  if (capture && "error" in capture) return ExitCode.usage;
  if (capture) progress.info(captureLine(capture, "en").trim());
  return ExitCode.ok;
}

/**
 * Where the room's gatekeeper answers, or why it does not: a ras entry asked for by name must
 * come up (else a usage error); the one that comes with H.323 by default is said and left.
 */
async function gatekeeperLine(
  room: Room,
  listen: readonly (RoomListen & { implicit?: boolean })[],
  listenGiven: boolean,
  recorder: ReturnType<typeof openCapture> | undefined,
): Promise<string | undefined> {
  const at = room.gatekeeperListening;
  if (at) return `listening on ras:${hostText(at.host)}:${at.port} (the room's gatekeeper)`;
  const failure = room.gatekeeperFailure;
  if (!failure) return undefined;
  const line = `cannot listen on ras:${hostText(failure.listen.host)}:${failure.listen.port}: ${listenErrorText(failure)}`;
  const asked = listen.find((l) => l.protocol === "ras");
  if (listenGiven && asked && !asked.implicit) {
    await room.stop();
    recorder?.abort();
    throw new ExitError(ExitCode.usage, line);
  }
  return `gatekeeper off: ${line}; choose another address with --listen ...,ras:ADDR:PORT`;
}

function hostText(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

/** "EADDRINUSE", or "EACCES (ports below 1024 need privileges)", or the error itself. */
function listenErrorText(f: { error: string; code?: string }): string {
  if (f.code === "EACCES") return "EACCES (ports below 1024 need privileges)";
  return f.code ?? f.error;
}

/** How long a draining room waits for its running calls by default (seconds). */
export const DEFAULT_DRAIN_TIMEOUT_S = 600;

type StopSignal = "SIGINT" | "SIGTERM";

/** The next SIGINT or SIGTERM. */
function nextSignal(): Promise<StopSignal> {
  return new Promise((resolve) => {
    const on = (sig: StopSignal) => () => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolve(sig);
    };
    const onInt = on("SIGINT");
    const onTerm = on("SIGTERM");
    process.once("SIGINT", onInt);
    process.once("SIGTERM", onTerm);
  });
}

/**
 * SIGTERM drains: new calls and OPTIONS probes get 503 (a dispatcher marks the room down), the
 * running calls go on to their end and are graded. A second signal, or the drain timeout,
 * hangs up what is left.
 */
async function drain(room: Room, progress: Progress, timeoutS: number): Promise<void> {
  progress.info(
    `SIGTERM: draining: new calls get 503; waiting for ${room.activeCalls} call(s) to end (up to ${timeoutS} s; Ctrl-C hangs up now)`,
  );
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    room.drain().then(() => "drained" as const),
    nextSignal(),
    new Promise<"timeout">((r) => {
      timer = setTimeout(() => r("timeout"), timeoutS * 1000);
    }),
  ]);
  clearTimeout(timer);
  progress.info(
    outcome === "drained"
      ? "drained: every call has ended"
      : `${outcome === "timeout" ? `drain timeout (${timeoutS} s)` : outcome}: hanging up ${room.activeCalls} call(s)`,
  );
}

/** How long serve waits for the first REGISTER's answer before it says it is ready anyway. */
const FIRST_REGISTER_WAIT_MS = 5_000;

/** --register and its companions, checked before anything starts. */
function parseRegistration(
  o: ServeCommandOptions,
): { aor: string; registrar?: string; expiresS: number } | undefined {
  const needsRegister = o.registrar ?? o.registerRequired ?? o.user ?? o.password;
  if (o.register === undefined) {
    if (needsRegister !== undefined)
      throw new ExitError(
        ExitCode.usage,
        "--registrar, --register-required, --user and --password need --register",
      );
    return undefined;
  }
  if ((o.user === undefined) !== (o.password === undefined))
    throw new ExitError(ExitCode.usage, "--user and --password go together");
  const sipUri = (text: string, flag: string) => {
    try {
      return parseSipUri(text);
    } catch (e) {
      if (e instanceof ParseError)
        throw new ExitError(ExitCode.usage, `${flag}: "${text}" is not a SIP URI (${e.message})`);
      throw e;
    }
  };
  const aor = sipUri(o.register, "--register");
  if (aor.user === undefined)
    throw new ExitError(
      ExitCode.usage,
      `--register: "${o.register}" has no user part (e.g. sip:room@example.org)`,
    );
  if (o.registrar !== undefined) sipUri(o.registrar, "--registrar");
  return {
    aor: o.register,
    ...(o.registrar !== undefined ? { registrar: o.registrar } : {}),
    expiresS: o.registerExpires ?? 600,
  };
}

/** One console line per registration outcome. */
export function registrationLine(e: RegistrationEvent): string {
  switch (e.kind) {
    case "registered":
      return `${e.refresh ? "re-registered" : "registered"} ${e.aor} at ${e.registrar} (expires ${e.expiresS} s)`;
    case "failed":
      return `registration of ${e.aor} at ${e.registrar} failed: ${e.reason}${e.retryInS !== undefined ? `; trying again in ${e.retryInS} s` : ""}`;
    case "unregistered":
      return `unregistered ${e.aor} at ${e.registrar} (${e.status === "timeout" ? "no answer" : e.status})`;
  }
}
