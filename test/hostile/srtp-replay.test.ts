// SRTP replay (RFC 3711 §3.3.2): a call with SRTP through a relay that delivers a share of the
// caller's packets twice, byte for byte, as an attacker replaying captured packets would. The room
// drops every copy after authentication finds it in its replay list, counts it apart from forgeries
// (auth failures), and the caller's mirror is unaffected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImpairRelay } from "../../src/adapters/net/impair-relay.js";
import { runCall } from "../../src/app/call/run-call.js";
import { Room } from "../../src/app/room/room.js";
import type { Report } from "../../src/report/model.js";

const HOST = "127.0.0.46";
const quiet = { step: () => {}, info: () => {} };
const reports: Report[] = [];
let room: Room;

beforeAll(async () => {
  room = await Room.start({
    listen: [{ protocol: "udp", host: HOST, port: 0 }],
    publicAddress: HOST,
    rtpPorts: { from: 47000, to: 47199 },
    srtp: "mandatory",
    mirror: true,
    loopbackOnly: true,
    onCallerReport: (r) => reports.push(r),
  });
}, 60_000);

afterAll(async () => {
  await room?.stop();
});

interface Counters {
  rtpReceived: number;
  replayed: number;
  authFailures: number;
}

describe("SRTP replay at the room (RFC 3711 §3.3.2)", () => {
  it("replayed SRTP packets are dropped and counted, not taken for forgeries, and the mirror passes", async () => {
    const relay = await ImpairRelay.start({
      host: HOST,
      peer: { host: HOST, port: room.listening[0]!.port },
      media: { duplicateRate: 0.2, duplicateGapMs: 3 },
      seed: 3711,
      ports: { from: 47200, to: 47399 },
    });
    let report: Report;
    try {
      report = await runCall(
        {
          target: relay.uri("testrum"),
          srtp: "mandatory",
          durationS: 5,
          localAddress: HOST,
          video: { width: 320, height: 240, fps: 30, bitrateKbps: 400 },
          presentation: false,
          functions: new Set([1, 2]),
        },
        quiet,
      );
    } finally {
      await relay.close();
    }
    const until = Date.now() + 20_000;
    while (reports.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const caller = reports[0];
    expect(caller).toBeDefined();
    const endpoints = (caller!.facts as { endpoints: { audio?: Counters; video?: Counters } }).endpoints;
    const sum = (k: keyof Counters) => (endpoints.audio?.[k] ?? 0) + (endpoints.video?.[k] ?? 0);
    const duplicated = relay.counters().media.toPeer.duplicated;
    console.log(
      `SRTP replay: relay sent ${duplicated} copies to the room; room took ${sum("rtpReceived")} RTP packets, dropped ${sum("replayed")} as replays, ${sum("authFailures")} auth failures`,
    );
    expect(duplicated).toBeGreaterThan(50);
    // Every RTP copy the room got was dropped as a replay (RTCP and STUN copies are not RTP).
    expect(sum("replayed")).toBeGreaterThan(0);
    expect(sum("replayed")).toBeLessThanOrEqual(duplicated);
    expect(sum("authFailures")).toBe(0);
    const mirror = report.checks.find((c) => c.id === "mirror.see-yourself");
    expect(mirror?.status, mirror?.summary).toBe("pass");
  }, 120_000);
});
