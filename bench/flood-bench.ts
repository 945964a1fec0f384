import { fork, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type CallDuringFloodResult, type CliOutcome, callDuringFlood } from "./call-during-flood.js";
import { ChildClient } from "./ipc.js";
import { kamailioInstalled, startKamailioTarget } from "./kamailio-flood-target.js";
import { measureParseCost } from "./parse-cost.js";
import { boundSocket, floodRequest, SipFlood } from "./sip-flood.js";

// Flood capacity of the room: OPTIONS and INVITE from one source at 1000-10000 requests/s, with an
// OPTIONS probe from another source every 100 ms. Prints the share of requests that got a final
// answer (200, or 503 past the per-source rates), the probes' round-trip p50/p99 and the room's
// heap before the flood and after its calls drained (after GC); the same floods at a stateless
// Kamailio beside it when kamailio is installed; then a real call placed during an INVITE flood.
const ROOM = "127.0.0.30";
const FLOOD = "127.0.0.31";
const PROBE = "127.0.0.32";
const KAMAILIO = "127.0.0.50";

export interface FloodResult {
  readonly target: "room" | "kamailio";
  readonly method: string;
  readonly rate: number;
  readonly sent: number;
  readonly sentPerS: number;
  readonly answered: number;
  readonly statuses: Record<number, number>;
  readonly probes: number;
  readonly probesAnswered: number;
  readonly p50: number;
  readonly p99: number;
  /** Room heap after GC before the flood and after its calls drained, bytes. */
  readonly heap?: { readonly before: number; readonly after: number };
}

interface Heap {
  heapUsed: number;
  rss: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function floodOnce(
  target: { host: string; port: number },
  method: string,
  rate: number,
  seconds: number,
): Promise<Omit<FloodResult, "target" | "heap">> {
  const socket = await boundSocket(FLOOD);
  const probe = await boundSocket(PROBE);
  const tag = `${method.toLowerCase()}${rate}x${Date.now() % 100000}`;
  const flood = new SipFlood(socket, method, rate, target, tag);
  const probeSent = new Map<string, number>();
  const rtts: number[] = [];
  probe.on("message", (m) => {
    const id = /\r\nCall-ID: (\S+)/.exec(m.toString("latin1"))?.[1];
    const at = id ? probeSent.get(id) : undefined;
    if (at !== undefined) {
      rtts.push(performance.now() - at);
      probeSent.delete(id!);
    }
  });
  let probes = 0;
  flood.start(seconds * 1000);
  const prober = setInterval(() => {
    const n = probes++;
    probeSent.set(`probe-${tag}-${n}`, performance.now());
    probe.send(floodRequest("OPTIONS", n, probe, target, `probe-${tag}`), target.port, target.host);
  }, 100);
  await sleep(seconds * 1000 + 20);
  clearInterval(prober);
  flood.stop();
  await sleep(2000);
  socket.close();
  probe.close();
  rtts.sort((a, b) => a - b);
  const s = flood.summary();
  return {
    method,
    rate,
    sent: s.sent,
    sentPerS: s.sentPerS,
    answered: s.answered,
    statuses: s.statuses,
    probes,
    probesAnswered: rtts.length,
    p50: percentile(rtts, 50),
    p99: percentile(rtts, 99),
  };
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

function row(r: FloodResult): string {
  const share = r.sent ? (100 * r.answered) / r.sent : 0;
  const heap = r.heap
    ? `${mb(r.heap.before)}->${mb(r.heap.after)} (${r.heap.after >= r.heap.before ? "+" : ""}${mb(r.heap.after - r.heap.before)})`
    : "-";
  return `${r.target.padEnd(9)} ${r.method.padEnd(8)} ${String(r.rate).padStart(6)}  ${String(r.sentPerS).padStart(6)}  ${String(r.sent).padStart(6)}  ${String(r.answered).padStart(8)}  ${share.toFixed(1).padStart(5)} %  ${`${r.probesAnswered}/${r.probes}`.padStart(7)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}  ${heap.padEnd(22)}  ${JSON.stringify(r.statuses)}`;
}

/** The built CLI, for the real calls of the call-during-flood entry. */
function benchCli(here: string) {
  const bin = join(here, "..", "..", "bin", "vdm-test.js");
  return (args: readonly string[], timeoutMs: number, onOutput?: (chunk: string) => void) =>
    new Promise<CliOutcome>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], {
        env: { ...process.env, NO_COLOR: "1" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr?.setEncoding("utf8").on("data", (d: string) => {
        stderr += d;
        onOutput?.(d);
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.once("exit", (code) => {
        clearTimeout(timer);
        resolve({ code, stderr });
      });
    });
}

async function drained(room: ChildClient): Promise<void> {
  // Calls the flood began end when their 200 goes unacknowledged (RFC 3261 §13.3.1.4, 32 s).
  const until = performance.now() + 60_000;
  while (performance.now() < until && (await room.request<number>("activeCalls")) > 0) await sleep(500);
}

export async function runFloodBench(opts: {
  rates: number[];
  seconds: number;
  methods: string[];
  /** Run the call-during-flood entry (default true). */
  callDuringFlood?: boolean;
}): Promise<{ floods: FloodResult[]; call?: CallDuringFloodResult }> {
  const here = dirname(fileURLToPath(import.meta.url));
  const child = fork(join(here, "hostile-room-process.js"), [], {
    execArgv: ["--expose-gc"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const room = new ChildClient("flood room", child);
  const kamailio = kamailioInstalled() ? await startKamailioTarget(KAMAILIO, 7599) : undefined;
  const floods: FloodResult[] = [];
  let call: CallDuringFloodResult | undefined;
  try {
    const ports = await room.request<{ udp: number }>("start", { host: ROOM, srtp: "optional" }, 120_000);
    const cost = measureParseCost();
    console.log(
      `one INVITE with SDP, µs: front door ${cost.doorUs.toFixed(1)} (503 built: ${cost.doorRefusalUs.toFixed(1)}; head parse alone ${cost.headParseUs.toFixed(1)}); sip.js parsing it again ${cost.sipjsUs.toFixed(1)}`,
    );
    console.log(
      `flood capacity, ${opts.seconds} s per run (room on ${ROOM} with its default limits${kamailio ? `; Kamailio on ${KAMAILIO}, stateless: OPTIONS 200, INVITE 503` : "; kamailio not installed"}): one flooding source, an OPTIONS probe every 100 ms from another`,
    );
    console.log(
      "target    method   rate/s  sent/s    sent  answered  share     probes  p50 ms  p99 ms  heap MB after GC        statuses",
    );
    for (const method of opts.methods) {
      for (const rate of opts.rates) {
        const before = await room.request<Heap>("heap");
        const r = await floodOnce({ host: ROOM, port: ports.udp }, method, rate, opts.seconds);
        await drained(room);
        const after = await room.request<Heap>("heap");
        const result: FloodResult = {
          target: "room",
          ...r,
          heap: { before: before.heapUsed, after: after.heapUsed },
        };
        floods.push(result);
        console.log(row(result));
        if (kamailio) {
          const k: FloodResult = {
            target: "kamailio",
            ...(await floodOnce({ host: kamailio.host, port: kamailio.port }, method, rate, opts.seconds)),
          };
          floods.push(k);
          console.log(row(k));
        }
      }
    }
    if (opts.callDuringFlood !== false) {
      await drained(room);
      call = await callDuringFlood({
        room,
        roomHost: ROOM,
        port: ports.udp,
        rate: 2000,
        hosts: { flood: "127.0.0.2", up: "127.0.0.42", during: "127.0.0.1" },
        runCli: benchCli(here),
        reportsDir: join(here, "..", "..", "reports", "bench-flood-call"),
      });
      const verdict = (c: CallDuringFloodResult["up"]) =>
        c.refused503 ? "refused 503" : `exit ${c.code}, mirror ${c.mirror ? "passed" : "not passed"}`;
      console.log(
        `real call during an INVITE flood (${call.flood.sent} INVITEs in ${call.flood.seconds} s, ${call.flood.sentPerS}/s, from another address; finals ${JSON.stringify(call.flood.statuses)}): new call ${verdict(call.during)}; call already up ${verdict(call.up)}; ${call.callsAfter} room calls as it ended`,
      );
    }
  } finally {
    await kamailio?.stop();
    await room.stop(10_000);
  }
  return { floods, ...(call ? { call } : {}) };
}
