import { join } from "node:path";
import type { ChildClient } from "./ipc.js";
import { boundSocket, SipFlood } from "./sip-flood.js";

// A real `vdm-test call` placed while one source floods the room with INVITEs, with another
// real call already up: the hostile suite asserts on it, the flood bench prints it. The per-source
// limits are by address, so the flood, the call up and the new call come from three 127.x
// addresses.

/** What one CLI run did. */
export interface CliOutcome {
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the CLI; `onOutput` is called on each chunk it writes to stderr. */
export type RunCli = (
  args: readonly string[],
  timeoutMs: number,
  onOutput?: (chunk: string) => void,
) => Promise<CliOutcome>;

export interface CallOutcome {
  readonly code: number | null;
  /** The report's mirror line passed (`✓ mirror`). */
  readonly mirror: boolean;
  /** The room refused the call: 503 (full or overloaded, with Retry-After). */
  readonly refused503: boolean;
  /** The last lines the CLI wrote, for a failure message. */
  readonly tail: string;
}

export interface CallDuringFloodResult {
  readonly rate: number;
  readonly flood: ReturnType<SipFlood["summary"]>;
  /** The call that was up before the flood began and ran through it. */
  readonly up: CallOutcome;
  /** The call placed during the flood. */
  readonly during: CallOutcome;
  /** Room calls as the new call ended (the flood's own admitted calls count). */
  readonly callsAfter: number;
}

export interface CallDuringFloodOptions {
  readonly room: ChildClient;
  readonly roomHost: string;
  readonly port: number;
  readonly rate: number;
  readonly hosts: { readonly flood: string; readonly up: string; readonly during: string };
  readonly runCli: RunCli;
  readonly reportsDir: string;
  /** Seconds of media of the call already up (default 20) and of the new call (default 4). */
  readonly upSeconds?: number;
  readonly duringSeconds?: number;
  /** The flood stops after this long even if the new call goes on (default 15 s). */
  readonly floodMaxMs?: number;
}

function outcome(run: CliOutcome): CallOutcome {
  return {
    code: run.code,
    mirror: /✓ mirror/.test(run.stderr),
    refused503: /answered 503\b/.test(run.stderr),
    tail: run.stderr.split("\n").slice(-12).join("\n"),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function callDuringFlood(o: CallDuringFloodOptions): Promise<CallDuringFloodResult> {
  const target = `sip:testrum@${o.roomHost}:${o.port}`;
  const args = (host: string, seconds: number, name: string) => [
    "call",
    target,
    "--duration",
    String(seconds),
    "--video-size",
    "320x240",
    "--no-presentation",
    "--functions",
    "1,2",
    "--local-address",
    host,
    "--out",
    join(o.reportsDir, name),
  ];
  const before = await o.room.request<number>("activeCalls");
  const upRun = o.runCli(args(o.hosts.up, o.upSeconds ?? 20, "flood-call-up"), 180_000);
  let upDone: CliOutcome | undefined;
  void upRun.then((r) => {
    upDone = r;
  });
  // The call is up once the room holds it.
  const until = Date.now() + 90_000;
  while (!upDone && Date.now() < until && (await o.room.request<number>("activeCalls")) <= before)
    await sleep(250);
  const socket = await boundSocket(o.hosts.flood);
  const flood = new SipFlood(
    socket,
    "INVITE",
    o.rate,
    { host: o.roomHost, port: o.port },
    `cdf${Date.now() % 1e6}`,
  );
  const floodMaxMs = o.floodMaxMs ?? 15_000;
  // The flood begins with the new call's first line (its OPTIONS probe, seconds before its
  // INVITE; a loaded machine may take long to start the CLI) or after 10 s at the latest.
  const fallback = setTimeout(() => flood.start(floodMaxMs), 10_000);
  let during: CliOutcome;
  try {
    during = await o.runCli(args(o.hosts.during, o.duringSeconds ?? 4, "flood-call-during"), 120_000, () =>
      flood.start(floodMaxMs),
    );
  } finally {
    clearTimeout(fallback);
    flood.stop();
  }
  const callsAfter = await o.room.request<number>("activeCalls");
  const up = await upRun;
  // Answers still on their way are counted before the socket closes.
  await sleep(1000);
  socket.close();
  return { rate: o.rate, flood: flood.summary(), up: outcome(up), during: outcome(during), callsAfter };
}
