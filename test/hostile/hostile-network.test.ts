// The room on a hostile network, bounded in time: PROTOS c07-sip at 200 cases/s with liveness
// probes and the room's heap measured after garbage collection, floods of OPTIONS, INVITE and
// REGISTER from one process, idle and slowloris TCP connections, too many connections from one
// source, RTP from a stranger during a plain-RTP call, the room under CPU pressure, and a real
// call placed during an INVITE flood. The room runs in a child process
// (dist/bench/hostile-room-process.js, started with --expose-gc) so its heap is its own.
import { fork } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callDuringFlood } from "../../bench/call-during-flood.js";
import { ChildClient } from "../../bench/ipc.js";
import { ensureBuilt, REPO_ROOT } from "../support/cli/index.js";
import { collect, runCli, spawnCli } from "../support/cli/run-cli.js";
import { eventually, optionsProbe, ROOM_HOST, statusOf, tcpPeer, udpPeer } from "./hostile-support.js";
import { casePdus, fillCase, protosArchive } from "./protos-cases.js";

interface Heap {
  heapUsed: number;
  rss: number;
  collected: boolean;
}

let room: ChildClient;
let ports: { udp: number; tcp: number };

beforeAll(async () => {
  await ensureBuilt();
  const child = fork(join(REPO_ROOT, "dist", "bench", "hostile-room-process.js"), [], {
    execArgv: ["--expose-gc"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  room = new ChildClient("hostile room", child);
  ports = await room.request("start", {
    host: ROOM_HOST,
    srtp: "optional",
    defences: {
      connectionLimits: { maxConnectionsPerSource: 8, silentTimeoutMs: 1500, partialMessageTimeoutMs: 1500 },
      frontDoorRates: { callsPerS: 2 },
    },
  });
}, 120_000);

afterAll(async () => {
  await room?.stop(10_000);
});

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

describe("the room on a hostile network", () => {
  it("PROTOS c07-sip: 4527 cases at 200/s, every liveness probe answered, heap back within a few MB", async () => {
    const archive = protosArchive();
    const names = [...archive.keys()].filter((n) => /\/\d{7}$/.test(n)).sort();
    expect(names).toHaveLength(4527);
    const before = await room.request<Heap>("heap");
    const startedAt = Date.now();
    expect(before.collected).toBe(true);
    const attacker = await udpPeer("127.0.0.32");
    const prober = await udpPeer("127.0.0.33");
    const to = `testrum@${ROOM_HOST}:${ports.udp}`;
    const probes: string[] = [];
    // RFC 3261 §17.1.2.2: a probe is one OPTIONS transaction, retransmitted over UDP (Timer E,
    // 500 ms doubling to 4 s) until answered or Timer F (32 s) fires: a datagram lost while the
    // machine is busy does not make the room dead.
    const sentAt = new Map<string, { first: number; next: number; interval: number }>();
    function retransmitProbes(now: number): void {
      for (const id of probes) {
        if (prober.received.some((m) => m.includes(`Call-ID: ${id}`))) continue;
        const t = sentAt.get(id) ?? { first: now, next: now + 500, interval: 500 };
        sentAt.set(id, t);
        if (now < t.next || now - t.first > 32_000) continue;
        prober.send(optionsProbe(prober.host, prober.port, id), ports.udp);
        t.interval = Math.min(4000, t.interval * 2);
        t.next = now + t.interval;
      }
    }
    // 200 cases/s: 10 every 50 ms; a probe every 100 cases.
    for (let i = 0; i < names.length; i += 10) {
      for (const [k, name] of names.slice(i, i + 10).entries()) {
        const n = i + k;
        for (const pdu of casePdus(archive.get(name)!))
          attacker.send(fillCase(pdu, n, { host: attacker.host, port: attacker.port }, to), ports.udp);
        if (n % 100 === 0) {
          const id = `protos-probe-${n}`;
          probes.push(id);
          prober.send(optionsProbe(prober.host, prober.port, id), ports.udp);
        }
      }
      await new Promise((r) => setTimeout(r, 50));
      retransmitProbes(Date.now());
    }
    const answered = () => probes.filter((id) => prober.received.some((m) => m.includes(`Call-ID: ${id}`)));
    const until = Date.now() + 33_000;
    while (answered().length < probes.length && Date.now() < until) {
      retransmitProbes(Date.now());
      await new Promise((r) => setTimeout(r, 100));
    }
    // The calls PROTOS's valid-looking cases began end (CANCEL, or no ACK: RFC 3261 §13.3.1.4).
    await eventually(() => false, 1000);
    const drained = await (async () => {
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        if ((await room.request<number>("activeCalls")) === 0) return true;
        await new Promise((r) => setTimeout(r, 500));
      }
      return false;
    })();
    const after = await room.request<Heap>("heap");
    const growth = after.heapUsed - before.heapUsed;
    console.log(
      `PROTOS: sent in ${Math.round((Date.now() - startedAt) / 100) / 10} s; ${answered().length}/${probes.length} probes answered; ${attacker.received.length} answers to the cases; heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB (${growth >= 0 ? "+" : ""}${mb(growth)} MB), rss ${mb(after.rss)} MB; calls drained: ${drained}`,
    );
    expect(answered()).toHaveLength(probes.length);
    expect(drained).toBe(true);
    expect(growth).toBeLessThan(20 * 1048576);
    await attacker.close();
    await prober.close();
  }, 180_000);

  it("floods of OPTIONS, INVITE and REGISTER from one process: answered by policy, probes from elsewhere answered", async () => {
    const flood = await udpPeer("127.0.0.34");
    const prober = await udpPeer("127.0.0.35");
    const request = (method: string, n: number) =>
      [
        `${method} sip:testrum@${ROOM_HOST}:${ports.udp} SIP/2.0`,
        `Via: SIP/2.0/UDP ${flood.host}:${flood.port};branch=z9hG4bK-flood-${method}-${n};rport`,
        "Max-Forwards: 70",
        `From: <sip:flood@${flood.host}>;tag=f${n}`,
        `To: <sip:testrum@${ROOM_HOST}>`,
        `Call-ID: flood-${method}-${n}`,
        `CSeq: 1 ${method}`,
        `Contact: <sip:flood@${flood.host}:${flood.port}>`,
        "Content-Length: 0",
        "",
        "",
      ].join("\r\n");
    const sent: Record<string, number> = {};
    const probes: string[] = [];
    for (const method of ["OPTIONS", "INVITE", "REGISTER"]) {
      // 500 requests/s for 1 s: 25 every 50 ms, a probe from another source every 100 ms.
      for (let tick = 0; tick < 20; tick++) {
        for (let k = 0; k < 25; k++) flood.send(request(method, tick * 25 + k), ports.udp);
        if (tick % 2 === 0) {
          const id = `flood-probe-${method}-${tick}`;
          probes.push(id);
          prober.send(optionsProbe(prober.host, prober.port, id), ports.udp);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      sent[method] = 500;
    }
    await eventually(
      () => probes.every((id) => prober.received.some((m) => m.includes(`Call-ID: ${id}`))),
      10_000,
    );
    const finals = (method: string) => {
      const byCall = new Map<string, number>();
      for (const m of flood.received) {
        const id = /Call-ID: (flood-\w+-\d+)/.exec(m)?.[1];
        const status = statusOf(m) ?? 0;
        if (id?.startsWith(`flood-${method}-`) && status >= 200) byCall.set(id, status);
      }
      return [...byCall.values()];
    };
    const summary = (method: string) => {
      const f = finals(method);
      const counts: Record<number, number> = {};
      for (const s of f) counts[s] = (counts[s] ?? 0) + 1;
      return `${method} ${f.length}/${sent[method]} answered ${JSON.stringify(counts)}`;
    };
    console.log(`flood: ${["OPTIONS", "INVITE", "REGISTER"].map(summary).join("; ")}`);
    // The door answers OPTIONS itself, REGISTER with 405; past 10 new calls/s an INVITE gets 503.
    expect(new Set(finals("OPTIONS"))).toEqual(new Set([200]));
    expect(new Set(finals("REGISTER"))).toEqual(new Set([405]));
    expect(finals("INVITE").filter((s) => s === 503).length).toBeGreaterThan(400);
    expect(flood.received.find((m) => statusOf(m) === 503)).toMatch(/\r\nRetry-After: 5\r\n/);
    expect(probes.filter((id) => !prober.received.some((m) => m.includes(`Call-ID: ${id}`)))).toEqual([]);
    await flood.close();
    await prober.close();
  }, 120_000);

  it("under CPU pressure (event-loop lag) a new call gets 503 with Retry-After, probes are answered, and calls are taken once calm", async () => {
    const caller = await udpPeer("127.0.0.40");
    const prober = await udpPeer("127.0.0.41");
    // An INVITE without an offer: taken, the room answers it 488 (no call state is left behind);
    // refused, it gets 503 at the front door.
    const invite = (id: string) =>
      [
        `INVITE sip:testrum@${ROOM_HOST}:${ports.udp} SIP/2.0`,
        `Via: SIP/2.0/UDP ${caller.host}:${caller.port};branch=z9hG4bK-${id};rport`,
        "Max-Forwards: 70",
        `From: <sip:load@${caller.host}>;tag=${id}`,
        `To: <sip:testrum@${ROOM_HOST}>`,
        `Call-ID: ${id}`,
        "CSeq: 1 INVITE",
        `Contact: <sip:load@${caller.host}:${caller.port}>`,
        "Content-Length: 0",
        "",
        "",
      ].join("\r\n");
    const finalTo = (id: string) =>
      caller.waitFor((m) => m.includes(`Call-ID: ${id}\r\n`) && (statusOf(m) ?? 0) >= 200, 20_000);
    // 400 ms blocks back to back: every timer of the room runs about that late (default limit 200 ms).
    await room.request("hog", { blockMs: 400 });
    try {
      let refused: string | undefined;
      for (let i = 0; i < 10 && !refused; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        const id = `load-busy-${i}`;
        caller.send(invite(id), ports.udp);
        const answer = await finalTo(id);
        if (answer && statusOf(answer) === 503) refused = answer;
      }
      expect(refused).toMatch(/\r\nRetry-After: 5\r\n/);
      prober.send(optionsProbe(prober.host, prober.port, "load-probe"), ports.udp);
      expect(statusOf((await prober.waitFor((m) => m.includes("Call-ID: load-probe"), 20_000)) ?? "")).toBe(
        200,
      );
    } finally {
      await room.request("hog", null, 20_000);
    }
    // Calm again (2 s under half the limit): the same request is taken and answered by the room.
    let taken: number | undefined;
    for (let i = 0; i < 15 && taken !== 488; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const id = `load-calm-${i}`;
      caller.send(invite(id), ports.udp);
      taken = statusOf((await finalTo(id)) ?? "");
    }
    expect(taken).toBe(488);
    await caller.close();
    await prober.close();
  }, 120_000);

  it("closes idle and slowloris TCP connections, and refuses a source's connections past its cap", async () => {
    const idle = await Promise.all([0, 1, 2].map(() => tcpPeer("127.0.0.36", ports.tcp)));
    const slow = await tcpPeer("127.0.0.36", ports.tcp);
    const probe = optionsProbe("127.0.0.36", slow.localPort, "slowloris", "TCP");
    let sentBytes = 0;
    const drip = setInterval(() => {
      if (!slow.state.closed && sentBytes < probe.length) slow.socket.write(probe[sentBytes++]!);
    }, 100);
    const allClosed = await eventually(() => [...idle, slow].every((p) => p.state.closed), 15_000);
    clearInterval(drip);
    expect(allClosed).toBe(true);
    expect(sentBytes).toBeLessThan(probe.length); // closed before its message was done

    const many = await Promise.all(Array.from({ length: 10 }, () => tcpPeer("127.0.0.37", ports.tcp)));
    expect(await eventually(() => many.filter((p) => p.state.closed).length >= 2, 5000)).toBe(true);
    const open = many.filter((p) => !p.state.closed);
    expect(open.length).toBeLessThanOrEqual(8);
    // A connection within the cap that speaks is served.
    open[0]!.socket.write(optionsProbe("127.0.0.37", open[0]!.localPort, "within-cap", "TCP"));
    expect(await eventually(() => open[0]!.state.text.startsWith("SIP/2.0 200 OK"), 5000)).toBe(true);
    for (const p of many) p.socket.destroy();
  }, 60_000);

  it("RTP from a stranger during a plain-RTP call gets nothing back, and the caller's mirror stays whole", async () => {
    const stranger = await udpPeer("127.0.0.38");
    const rtp = Buffer.from([0x80, 0x60, 0, 1, 0, 0, 0, 1, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4]);
    // Spray every even port of the room's media range while the call runs.
    const spray = setInterval(() => {
      for (let p = 45000; p < 46000; p += 2) stranger.send(rtp, p);
    }, 200);
    const run = await runCli(
      [
        "call",
        `sip:testrum@${ROOM_HOST}:${ports.udp}`,
        "--srtp",
        "off",
        "--duration",
        "4",
        "--video-size",
        "320x240",
        "--no-presentation",
        "--functions",
        "1,2,4",
        "--local-address",
        "127.0.0.39",
        "--out",
        join(REPO_ROOT, "reports", "hostile-stranger"),
      ],
      { timeoutMs: 90_000 },
    );
    clearInterval(spray);
    expect(run.stderr).toMatch(/✓ mirror/);
    expect(run.code, run.stderr).toBe(0);
    expect(new Set(stranger.sources)).toEqual(new Set());
    await stranger.close();
  }, 120_000);

  it("a real call placed during an INVITE flood of 2000/s from another address passes, or gets 503 while the call already up keeps its mirror", async () => {
    const r = await callDuringFlood({
      room,
      roomHost: ROOM_HOST,
      port: ports.udp,
      rate: 2000,
      // Per-source limits go by address: the flood, the call up and the new call each have their own.
      hosts: { flood: "127.0.0.2", up: "127.0.0.42", during: "127.0.0.1" },
      runCli: (args, timeoutMs, onOutput) => {
        const child = spawnCli(args);
        if (onOutput) child.stderr?.on("data", (d: Buffer | string) => onOutput(String(d)));
        return collect(child, timeoutMs);
      },
      reportsDir: join(REPO_ROOT, "reports", "hostile-flood-call"),
    });
    console.log(
      `call during an INVITE flood: ${r.flood.sent} INVITEs in ${r.flood.seconds} s (${r.flood.sentPerS}/s), finals ${JSON.stringify(r.flood.statuses)}; ${r.callsAfter} room calls as it ended; new call exit ${r.during.code} (mirror ${r.during.mirror}, 503 ${r.during.refused503}); call up exit ${r.up.code} (mirror ${r.up.mirror})`,
    );
    // The flood reached the door and was held to its source's rate.
    expect(r.flood.statuses[503] ?? 0).toBeGreaterThan(0);
    expect(r.up.mirror, r.up.tail).toBe(true);
    if (!r.during.refused503) {
      expect(r.during.mirror, r.during.tail).toBe(true);
      expect(r.during.code, r.during.tail).toBe(0);
    }
    // The flood's own calls (never acknowledged) end before the next test: RFC 3261 §13.3.1.4.
    const until = Date.now() + 90_000;
    while (Date.now() < until && (await room.request<number>("activeCalls")) > 0)
      await new Promise((res) => setTimeout(res, 500));
    expect(await room.request<number>("activeCalls")).toBe(0);
  }, 300_000);
});
