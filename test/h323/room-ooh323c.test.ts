import { afterEach, describe, expect, it } from "vitest";
import type { H323MessageRecord } from "../../src/adapters/h323/index.js";
import { Room } from "../../src/app/room/room.js";
import type { Report } from "../../src/report/model.js";
import { sentMessageProblems, tsharkMessageLog } from "../support/h323/message-log-tshark.js";
import { type Ooh323cOptions, Ooh323cPeer } from "../support/h323/ooh323c.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";

// Issue 13 item 7: an ooh323c endpoint calls the room (src/app/room/h323 on the engine) with
// fast start, and with a separate H.245 connection and no tunnelling; the room answers, the
// channels open to the room's media ports, ooh323c hangs up, and the room grades the caller.
// Every message the room sent is checked by tshark. ooh323c sends no RTP, so the media checks
// of the grade cannot pass: the test asserts the grade says so, from measurement.

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

async function startRoom(host: string) {
  const records: H323MessageRecord[] = [];
  const datagrams = { in: 0, out: 0 };
  const reports: Report[] = [];
  const room = await Room.start({
    listen: [{ protocol: "h323", host, port: 1720 }],
    publicAddress: host,
    rtpPorts: { from: 48000, to: 48099 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    maxCalls: 2,
    onCallerReport: (r) => reports.push(r),
    capture: {
      datagram: (direction) => {
        datagrams[direction]++;
      },
      stream: () => {},
      sip: () => {},
      h323: (m) => records.push(m),
    },
  });
  stops.push(() => room.stop());
  expect(room.h323Listening).toEqual({ host, port: 1720 });
  return { room, records, datagrams, reports };
}

describe.skipIf(skipH323Interop)("ooh323c calls the room", () => {
  it.each<[string, Pick<Ooh323cOptions, "fastStart" | "tunnelling">, string]>([
    ["fast start, tunnelled H.245", {}, "fastStart"],
    ["separate H.245, no tunnelling", { fastStart: false, tunnelling: false }, "separate"],
  ])(
    "%s: answered, channels open to the room, graded as an H.323 caller",
    async (_name, ooMode, mode) => {
      const host = h323LoopbackHost();
      const { records, reports } = await startRoom(host);
      const oo = await Ooh323cPeer.start({ ...ooMode, host: h323LoopbackHost(), h323Id: "oo-caller" });
      stops.push(() => oo.stop());
      oo.call(`testrum@${host}:1720`);
      // The room answered and ooh323c sends its media to the room's address.
      await oo.process.waitFor(
        new RegExp(`--->Starting transmit channel to ${host.replace(/\./g, "\\.")}:\\d+`),
        30_000,
      );
      const toRoom = oo.channels().filter((c) => c.direction === "transmit");
      expect(toRoom.every((c) => c.host === host && c.port >= 48000 && c.port <= 48099)).toBe(true);
      oo.hangUp();
      expect((await oo.ended(15_000)).reason).toBe("OO_REASON_LOCAL_CLEARED");

      const report = await until(() => reports[0], 30_000, "room report about the caller");
      expect(report.kind).toBe("room-caller");
      expect((report.facts["h323"] as { mode: string }).mode).toBe(mode);
      expect(report.sip[0]?.protocol).toBe("h225");
      expect(report.sip[0]?.firstLine).toMatch(/^Setup/);
      const sip = (report.requirements ?? []).find((r) => r.requirement === "SIP");
      expect(sip?.status).toBe("not-tested");
      // ooh323c signals media but sends none: what the room measured says so.
      const media = report.facts["media"] as { videoPacketsIn?: number; audioPacketsIn?: number } | undefined;
      expect(media?.videoPacketsIn ?? 0).toBe(0);
      expect(report.outcome).not.toBe("pass");

      const ours = records.filter((r) => r.direction === "sent");
      expect(ours.map((r) => r.name)).toContain("Connect");
      expect(sentMessageProblems(records, tsharkMessageLog(records))).toEqual([]);
      expect(await oo.trace()).not.toMatch(/(Failed to decode|decode error|Invalid .*message)/i);
    },
    120_000,
  );
});
