import { createSocket, type Socket } from "node:dgram";
import { afterEach, describe, expect, it } from "vitest";
import { placeH323Call } from "../../src/adapters/h323/index.js";
import { Room } from "../../src/app/room/room.js";
import { encodeRas, type RasMessage } from "../../src/protocol/ras/ras-message.js";
import type { Report } from "../../src/report/model.js";
import { grq, h323Id, lrq, rrq } from "../support/ras/gatekeeper-harness.js";
import { fixedSdp } from "../support/sip/fixed-sdh.js";

// Issue 14, bad input: the room's gatekeeper on a real UDP socket under a GRQ flood from one
// host, an LRQ storm from many, datagrams that are not RAS, forged keep-alives and URQs, more
// registrations than it holds and registrations that are never kept alive. It answers within
// its rates or drops, refuses past its cap, expires the stale ones, and the room takes and
// answers an H.323 call in the middle of it all.

const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0).reverse()) await s().catch(() => {});
});

const BASE = `127.${30 + (process.pid % 150)}.9`;
const ROOM_HOST = `${BASE}.1`;

function until<T>(get: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = get();
      if (v !== undefined) resolve(v);
      else if (Date.now() > end) reject(new Error(`no ${what} within ${timeoutMs} ms`));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

/** A UDP socket on one loopback host that counts (and keeps) what comes back. */
async function sender(host: string): Promise<{ socket: Socket; answers: Buffer[]; port: number }> {
  const socket = createSocket("udp4");
  const answers: Buffer[] = [];
  socket.on("message", (m) => answers.push(m));
  await new Promise<void>((r) => socket.bind(0, host, () => r()));
  stops.push(() => new Promise<void>((r) => socket.close(() => r())));
  return { socket, answers, port: socket.address().port };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the room's gatekeeper under bad input", () => {
  it("floods, storms, garbage, forgeries, a cap and expiry: bounded, and an H.323 call still completes", async () => {
    const reports: Report[] = [];
    const room = await Room.start({
      listen: [
        { protocol: "h323", host: ROOM_HOST, port: 0 },
        { protocol: "ras", host: ROOM_HOST, port: 0 },
      ],
      publicAddress: ROOM_HOST,
      rtpPorts: { from: 48200, to: 48299 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      maxCalls: 2,
      mediaTimeoutMs: 0,
      gatekeeper: {
        limits: {
          maxRegistrations: 3,
          minTtlS: 1,
          maxTtlS: 1,
          graceMs: 500,
          rate: { perSourceBurst: 20, perSourcePerS: 10, globalBurst: 200, globalPerS: 100, maxSources: 64 },
        },
      },
      onCallerReport: (r) => reports.push(r),
    });
    stops.push(() => room.stop());
    const gk = room.gatekeeperListening!;
    const h323 = room.h323Listening!;
    const send = (s: Socket, m: RasMessage | Uint8Array) =>
      s.send(m instanceof Uint8Array ? m : encodeRas(m), gk.port, gk.host);

    // Datagrams that are not RAS (within the source's burst, so each is read, and dropped).
    const garbage = await sender(`${BASE}.3`);
    for (let i = 0; i < 15; i++)
      send(
        garbage.socket,
        Uint8Array.from({ length: 1 + i * 20 }, (_, j) => (i * 31 + j * 7 + 0xe0) & 255),
      );
    await until(() => (room.gatekeeper!.stats!.received >= 15 ? true : undefined), 5_000, "garbage read");

    // An H.323 call, set up while the gatekeeper is flooded.
    const flooder = await sender(`${BASE}.2`);
    const started = Date.now();
    for (let i = 0; i < 3000; i++) send(flooder.socket, grq());
    const call = placeH323Call({
      local: { host: ROOM_HOST },
      remote: h323,
      called: { h323Id: "testrum" },
      calling: { h323Id: "during-flood" },
      mode: "fastStart",
      sdpOffer: fixedSdp(48290),
      answerTimeoutMs: 20_000,
    });

    // An LRQ storm from 40 hosts: all together they are held to the global rate.
    const storm = await Promise.all(Array.from({ length: 40 }, (_, i) => sender(`${BASE}.${100 + i}`)));
    for (let k = 0; k < 50; k++) for (const s of storm) send(s.socket, lrq([h323Id("testrum")]));

    const { call: placed } = await call;
    await settle(1000);
    const elapsedS = (Date.now() - started) / 1000;
    const stats = room.gatekeeper!.stats!;
    // One host: its burst and its rate over the run, no more.
    expect(flooder.answers.length).toBeLessThanOrEqual(20 + Math.ceil(10 * elapsedS));
    expect(flooder.answers.length).toBeGreaterThan(0);
    // Forty hosts: the global burst and rate over the run.
    const stormAnswers = storm.reduce((n, s) => n + s.answers.length, 0);
    expect(stormAnswers).toBeLessThanOrEqual(200 + Math.ceil(100 * elapsedS));
    // What the socket's buffer took in (the kernel drops the rest of a burst) past the rates was
    // dropped unread.
    expect(stats.rateLimited).toBeGreaterThan(0);
    expect(stats.answered).toBeLessThanOrEqual(stats.received - stats.rateLimited);
    expect(garbage.answers).toEqual([]);
    expect(stats.malformed + stats.ignored).toBeGreaterThanOrEqual(15);
    expect(stats.malformed).toBeGreaterThan(0);

    // Past the cap: three registrations, the fourth refused with a reason.
    const hosts = await Promise.all([10, 11, 12, 13].map((n) => sender(`${BASE}.${n}`)));
    for (const [i, h] of hosts.entries()) {
      send(
        h.socket,
        rrq({
          aliases: [h323Id(`stale-${i}`)],
          ttl: 1,
          callSignal: { host: `${BASE}.${10 + i}`, port: 1720 },
          ras: { host: `${BASE}.${10 + i}`, port: h.port },
        }),
      );
      await until(() => h.answers[0], 5_000, `answer to RRQ ${i}`);
    }
    expect(room.gatekeeper!.registrations()).toHaveLength(3);
    const refused = hosts[3]!.answers[0]!;
    // RasMessage choice 5 (registrationReject), its rejectReason resourceUnavailable.
    expect(refused[0]! >> 2).toBe(5);

    // Forged: a keep-alive and a URQ for stale-0's identifier from another host.
    const stale0 = room
      .gatekeeper!.registrations()
      .find((r) => r.aliases.some((a) => a.value === "stale-0"))!;
    const forger = await sender(`${BASE}.4`);
    send(forger.socket, rrq({ keepAlive: true, endpointIdentifier: stale0.endpointIdentifier }));
    send(forger.socket, {
      choice: "unregistrationRequest",
      value: { requestSeqNum: 9, callSignalAddress: [], endpointIdentifier: stale0.endpointIdentifier },
    });
    await until(() => (forger.answers.length >= 2 ? true : undefined), 5_000, "answers to the forgeries");
    expect(forger.answers.map((b) => b[0]! >> 2).sort()).toEqual([5, 8]); // RRJ, URJ
    expect(stale0.keepAliveCount).toBe(0);
    expect(stale0.ended).toBeUndefined();

    // Never kept alive: each expires after its timeToLive (1 s) and grace, and is reported.
    await until(() => (room.gatekeeper!.registrations().length === 0 ? true : undefined), 10_000, "expiry");
    const expired = await until(
      () => {
        const r = reports.filter((x) => x.kind === "room-registration");
        return r.length === 3 ? r : undefined;
      },
      5_000,
      "three registration reports",
    );
    for (const r of expired) {
      expect(r.facts["ended"]).toBe("expired");
      expect(r.checks.find((c) => c.id === "ras.keep-alive")?.status).toBe("fail");
    }

    // The call made in the middle of it all: up, then hung up and graded.
    await placed.hangUp();
    const graded = await until(() => reports.find((r) => r.kind === "room-caller"), 20_000, "caller report");
    expect(graded.target).toMatch(/during-flood/);
  }, 120_000);
});
