import { fork } from "node:child_process";
import { createSocket, type Socket } from "node:dgram";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { ChildClient } from "./ipc.js";

// Flood capacity of the room: OPTIONS and INVITE from one source at 1000-10000 requests/s, with an
// OPTIONS probe from another source every 100 ms. Prints the share of requests that got a final
// answer (200, or 503 past the per-source rates) and the probes' round-trip p50/p99.
const ROOM = "127.0.0.30";
const FLOOD = "127.0.0.31";
const PROBE = "127.0.0.32";

export interface FloodResult {
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
}

async function bound(host: string): Promise<Socket> {
  const s = createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, host, () => r()));
  s.setRecvBufferSize(8 * 1024 * 1024);
  return s;
}

function request(method: string, n: number, from: Socket, port: number, tag: string): string {
  const local = from.address();
  const sdp = [
    "v=0",
    `o=- ${n} 1 IN IP4 ${local.address}`,
    "s=-",
    `c=IN IP4 ${local.address}`,
    "t=0 0",
    "m=audio 9 RTP/AVP 0",
    "",
  ].join("\r\n");
  const body = method === "INVITE" ? sdp : "";
  return [
    `${method} sip:testrum@${ROOM}:${port} SIP/2.0`,
    `Via: SIP/2.0/UDP ${local.address}:${local.port};branch=z9hG4bK-${tag}-${n};rport`,
    "Max-Forwards: 70",
    `From: <sip:flood@${local.address}>;tag=${tag}${n}`,
    `To: <sip:testrum@${ROOM}>`,
    `Call-ID: ${tag}-${n}`,
    `CSeq: 1 ${method}`,
    `Contact: <sip:flood@${local.address}:${local.port}>`,
    ...(body ? ["Content-Type: application/sdp"] : []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function floodOnce(method: string, rate: number, seconds: number, port: number): Promise<FloodResult> {
  const flood = await bound(FLOOD);
  const probe = await bound(PROBE);
  const tag = `${method.toLowerCase()}${rate}x${Date.now() % 100000}`;
  const finals = new Map<string, number>();
  flood.on("message", (m) => {
    const text = m.toString("latin1");
    const status = Number(text.slice(8, 11));
    const id = /\r\nCall-ID: (\S+)/.exec(text)?.[1];
    if (id && status >= 200) finals.set(id, status);
  });
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
  let sent = 0;
  let probes = 0;
  const started = performance.now();
  const total = rate * seconds;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(total, Math.round(((performance.now() - started) / 1000) * rate));
      while (sent < due) flood.send(request(method, sent++, flood, port, tag), port, ROOM);
      if (sent >= total) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
    const prober = setInterval(() => {
      if (sent >= total) {
        clearInterval(prober);
        return;
      }
      const n = probes++;
      probeSent.set(`probe-${tag}-${n}`, performance.now());
      probe.send(request("OPTIONS", n, probe, port, `probe-${tag}`), port, ROOM);
    }, 100);
  });
  const elapsed = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 2000));
  flood.close();
  probe.close();
  const statuses: Record<number, number> = {};
  for (const s of finals.values()) statuses[s] = (statuses[s] ?? 0) + 1;
  rtts.sort((a, b) => a - b);
  return {
    method,
    rate,
    sent,
    sentPerS: Math.round(sent / elapsed),
    answered: finals.size,
    statuses,
    probes,
    probesAnswered: rtts.length,
    p50: percentile(rtts, 50),
    p99: percentile(rtts, 99),
  };
}

export async function runFloodBench(opts: {
  rates: number[];
  seconds: number;
  methods: string[];
}): Promise<FloodResult[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const child = fork(join(here, "hostile-room-process.js"), [], {
    execArgv: ["--expose-gc"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const room = new ChildClient("flood room", child);
  const results: FloodResult[] = [];
  try {
    const ports = await room.request<{ udp: number }>("start", { host: ROOM, srtp: "optional" }, 120_000);
    console.log(
      `flood capacity (room on ${ROOM}, one flooding source, probes from another; default per-source rates)`,
    );
    console.log("method   rate/s  sent/s    sent  answered  share    probes  p50 ms  p99 ms  statuses");
    for (const method of opts.methods) {
      for (const rate of opts.rates) {
        const r = await floodOnce(method, rate, opts.seconds, ports.udp);
        results.push(r);
        const share = r.sent ? (100 * r.answered) / r.sent : 0;
        console.log(
          `${method.padEnd(8)} ${String(rate).padStart(6)}  ${String(r.sentPerS).padStart(6)}  ${String(r.sent).padStart(6)}  ${String(r.answered).padStart(8)}  ${share.toFixed(1).padStart(5)} %  ${`${r.probesAnswered}/${r.probes}`.padStart(6)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p99.toFixed(1).padStart(6)}  ${JSON.stringify(r.statuses)}`,
        );
        // Let the calls the flood began time out before the next run.
        const until = performance.now() + 40_000;
        while (performance.now() < until && (await room.request<number>("activeCalls")) > 0)
          await new Promise((res) => setTimeout(res, 500));
      }
    }
  } finally {
    await room.stop(10_000);
  }
  return results;
}
