import { afterEach, describe, expect, it } from "vitest";
import type { H323MessageRecord } from "../../src/adapters/h323/index.js";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import type { Report } from "../../src/report/model.js";
import { Ooh323cPeer } from "../support/h323/ooh323c.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";
import { sentRasProblems } from "../support/ras/ras-tshark.js";

// Issue 14: an ooh323c endpoint registers with the room's gatekeeper (H.225.0 RAS on UDP) and
// the registration is graded; it calls the room by alias through the gatekeeper (ARQ, ACF to
// the room's address, Setup to the room); the room's callback alias calls it back by alias at
// the address it registered. Every RAS message the room sent is read by tshark.

const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const s of stops.splice(0).reverse()) await s().catch(() => {});
});

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

/** ooh323c ignores a call command until it has read its RCF ("Gk Client is not registered yet"). */
async function ooRegistered(oo: Ooh323cPeer): Promise<void> {
  let trace = "";
  const poll = async () => {
    trace = await oo.trace();
  };
  await until(
    () => {
      void poll();
      return /Deleted RRQ Timer/.test(trace) ? true : undefined;
    },
    20_000,
    "ooh323c reading its RCF",
  );
}

async function startRoom(host: string, ttl?: { minTtlS: number; maxTtlS: number }) {
  const records: H323MessageRecord[] = [];
  const reports: Report[] = [];
  const events: RoomEvent[] = [];
  const room = await Room.start({
    listen: [
      { protocol: "h323", host, port: 1720 },
      { protocol: "ras", host, port: 0 },
    ],
    publicAddress: host,
    rtpPorts: { from: 48100, to: 48199 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    maxCalls: 2,
    gatekeeper: { id: "vdm-room", ...(ttl ? { limits: { ...ttl, graceMs: 2_000 } } : {}) },
    callback: { aliasHoldMs: 500, answerTimeoutMs: 15_000, holdMs: 1500 },
    onCallerReport: (r) => reports.push(r),
    onEvent: (e) => events.push(e),
    capture: { datagram: () => {}, stream: () => {}, sip: () => {}, h323: (m) => records.push(m) },
  });
  stops.push(() => room.stop());
  const gk = room.gatekeeperListening;
  if (!gk) throw new Error(`no gatekeeper: ${room.gatekeeperFailure?.error}`);
  return { room, gk: `${gk.host}:${gk.port}`, records, reports, events };
}

describe.skipIf(skipH323Interop)("ooh323c and the room's gatekeeper", () => {
  it("registers, keeps its registration alive, unregisters, and the registration is graded", async () => {
    const host = h323LoopbackHost();
    // ooh323c refreshes 20 s before timeToLive runs out (ooGkClient.c, DEFAULT_TTL_OFFSET), or
    // at timeToLive itself when it is 20 s or less (late): 22 s makes it refresh every 2 s.
    const { room, gk, records, reports } = await startRoom(host, { minTtlS: 22, maxTtlS: 22 });
    const oo = await Ooh323cPeer.start({
      host: h323LoopbackHost(),
      h323Id: "oo-reg",
      e164: "4660",
      gatekeeper: gk,
      autoAnswer: true,
    });
    stops.push(() => oo.stop());
    const reg = await until(() => room.gatekeeper?.registrations()[0], 20_000, "registration");
    expect(reg.aliases).toEqual(
      expect.arrayContaining([
        { choice: "h323-ID", value: "oo-reg" },
        { choice: "dialedDigits", value: "4660" },
      ]),
    );
    expect(reg.grantedTtlS).toBe(22);
    // Two timeToLive periods: ooh323c refreshes before each runs out.
    await until(() => (reg.keepAliveCount >= 2 ? true : undefined), 20_000, "two keep-alives");
    await oo.stop();
    const report = await until(
      () => reports.find((r) => r.kind === "room-registration"),
      15_000,
      "registration report",
    );
    expect(report.facts["ended"], JSON.stringify(report.facts)).toBe("unregistered");
    expect(report.facts["aliases"]).toEqual(expect.arrayContaining(["h323-ID oo-reg", "dialedDigits 4660"]));
    const keepAlive = report.checks.find((c) => c.id === "ras.keep-alive");
    expect(keepAlive?.status, JSON.stringify(keepAlive?.evidence)).toBe("pass");
    // ooh323c registers only an h323-ID and a number: no URI alias, from what it sent.
    const uri = report.checks.find((c) => c.id === "uri.identity");
    expect(uri?.status).toBe("fail");
    expect(report.sip.map((l) => l.firstLine.split(":")[0])).toEqual(
      expect.arrayContaining(["RRQ", "RCF", "URQ", "UCF"]),
    );
    expect(sentRasProblems(records)).toEqual([]);
  }, 120_000);

  it("calls the room by alias through the gatekeeper: ARQ, ACF to the room, Setup to the room", async () => {
    const host = h323LoopbackHost();
    const { room, gk, records, events } = await startRoom(host);
    const oo = await Ooh323cPeer.start({ host: h323LoopbackHost(), h323Id: "oo-caller", gatekeeper: gk });
    stops.push(() => oo.stop());
    const reg = await until(() => room.gatekeeper?.registrations()[0], 20_000, "registration");
    await ooRegistered(oo);
    oo.call("testrum");
    await until(() => events.find((e) => e.kind === "answered"), 30_000, "the room answering");
    const incoming = events.find((e) => e.kind === "incoming");
    expect(incoming?.detail).toMatch(/dialled h323-ID testrum/);
    const admitted = reg.messages.find((m) => m.name === "ACF");
    expect(admitted?.summary).toMatch(
      new RegExp(`ACF to the room \\(h323-ID testrum\\) at ${host.replace(/\./g, "\\.")}:1720`),
    );
    expect(reg.messages.map((m) => m.name)).toEqual(expect.arrayContaining(["ARQ", "ACF"]));
    const setup = records.find(
      (r) => r.channel === "q931" && r.name === "Setup" && r.direction === "received",
    );
    expect(setup).toBeDefined();
    oo.hangUp();
    await oo.ended(15_000);
    // The call's end is reported to the gatekeeper (DRQ) and confirmed.
    await until(() => reg.messages.find((m) => m.name === "DCF"), 15_000, "DCF");
    expect(sentRasProblems(records)).toEqual([]);
  }, 120_000);

  it("the callback alias calls it back by alias, at the address it registered", async () => {
    const host = h323LoopbackHost();
    const { room, gk, records } = await startRoom(host);
    // Not 1720: the callback finds it only through its registration.
    const oo = await Ooh323cPeer.start({
      host: h323LoopbackHost(),
      port: 1731,
      h323Id: "oo-back",
      gatekeeper: gk,
      autoAnswer: true,
    });
    stops.push(() => oo.stop());
    const reg = await until(() => room.gatekeeper?.registrations()[0], 20_000, "registration");
    expect(room.gatekeeper?.registeredEndpoint({ h323Id: "oo-back" })?.address).toEqual({
      host: oo.options.host,
      port: 1731,
    });
    await ooRegistered(oo);
    oo.call("callback");
    // The room hangs up the first call, then calls back: ooh323c asks to answer (ARQ answerCall).
    const back = await oo.incomingCall(30_000);
    expect(back.name).toMatch(/vdm-test|testrum/i);
    await until(
      () => reg.messages.find((m) => m.name === "ACF" && /answering/.test(m.summary)),
      15_000,
      "ACF to answer the callback",
    );
    const setupBack = records.find(
      (r) => r.channel === "q931" && r.name === "Setup" && r.direction === "sent",
    );
    expect(setupBack?.remote).toEqual({ host: oo.options.host, port: 1731 });
    expect(sentRasProblems(records)).toEqual([]);
  }, 120_000);
});
