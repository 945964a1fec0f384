// The H.460 analogues and the OPTIONS probe against a real baresip: rtcp-mux (RFC 5761) and ICE
// (RFC 8445, baresip's ice module) in both directions, and baresip answering the room's OPTIONS.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import { Room } from "../../src/app/room/room.js";
import type { Check, Report } from "../../src/report/model.js";
import { hasBaresip, startBaresip, stopAllBaresips } from "../support/baresip/index.js";

const VIDEO = { width: 320, height: 240, fps: 15, bitrateKbps: 300 };
const silent: CallProgress = { step: () => {}, info: () => {} };
/** baresip sends its first RTCP report about 5 s into a call. */
const CALL_MS = 6_000;

const byId = (r: Report, id: string): Check => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

function note(r: Report, ids: readonly string[]): void {
  for (const id of ids)
    console.info(`[traversal-baresip] ${id}: ${byId(r, id).status}: ${byId(r, id).summary}`);
}

describe.skipIf(!hasBaresip)("traversal and OPTIONS with a real baresip (skipped without baresip)", () => {
  let room: Room;
  let target: string;
  const reports: Report[] = [];

  beforeAll(async () => {
    room = await Room.start({
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 44000, to: 44999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      onCallerReport: (r) => reports.push(r),
    });
    target = `sip:testrum@127.0.0.1:${room.listening[0]!.port}`;
  }, 60_000);
  afterEach(async () => {
    await stopAllBaresips();
  });
  afterAll(async () => {
    await room?.stop();
  });

  async function baresipCallsRoom(opts: { rtcpMux: boolean; ice: boolean }): Promise<Report> {
    const before = reports.length;
    const caller = await startBaresip({ role: "dial", durationS: 20, ...opts });
    expect((await caller.dial(target)).ok).toBe(true);
    await caller.waitForEstablished(5_000);
    await new Promise((r) => setTimeout(r, CALL_MS));
    await caller.hangup();
    await caller.stop();
    for (let i = 0; i < 100 && reports.length === before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(reports.length).toBe(before + 1);
    return reports.at(-1)!;
  }

  it("baresip with rtcp_mux and ICE calls the room: mux, ICE checks with nominations and its OPTIONS answer all pass", async () => {
    const r = await baresipCallsRoom({ rtcpMux: true, ice: true });
    note(r, ["traversal.rtcp-mux", "traversal.ice", "sip.options"]);
    const mux = byId(r, "traversal.rtcp-mux");
    expect(mux.status).toBe("pass");
    expect(mux.lines).toContain("a=rtcp-mux");
    for (const s of (mux.evidence.rtcpArrived ?? []) as { onRtpPort: number; onRtcpPort: number }[])
      expect(s.onRtcpPort).toBe(0);
    const ice = byId(r, "traversal.ice");
    expect(ice.status).toBe("pass");
    expect(ice.summary).toMatch(
      /ran ICE connectivity checks: \d+ binding requests from 127\.0\.0\.1:\d+.*nominated audio .*video/,
    );
    const options = byId(r, "sip.options");
    expect(options.status).toBe("pass");
    expect(options.evidence).toMatchObject({ status: 200 });
    expect(options.evidence.allow).toEqual(expect.arrayContaining(["INVITE", "ACK", "BYE", "OPTIONS"]));
  }, 40_000);

  it("baresip without rtcp_mux or ICE calls the room: both checks warn, its OPTIONS answer still passes", async () => {
    const r = await baresipCallsRoom({ rtcpMux: false, ice: false });
    note(r, ["traversal.rtcp-mux", "traversal.ice", "sip.options"]);
    const mux = byId(r, "traversal.rtcp-mux");
    expect(mux.status).toBe("warn");
    expect(mux.evidence).toMatchObject({ streams: 2, muxed: 0 });
    expect(byId(r, "traversal.ice").status).toBe("warn");
    expect(byId(r, "traversal.ice").summary).toMatch(/^no ICE/);
    expect(byId(r, "sip.options").status).toBe("pass");
  }, 40_000);

  async function callBaresip(rtcpMux: boolean, ice: boolean): Promise<Report> {
    const peer = await startBaresip({ role: "answer", durationS: 20, rtcpMux, ice });
    const report = await runCall(
      {
        target: peer.sipUri,
        srtp: "off",
        durationS: 6,
        video: VIDEO,
        localAddress: "127.0.0.1",
        presentation: false,
        functions: new Set([1]),
      },
      silent,
    );
    await peer.stop();
    note(report, ["traversal.rtcp-mux", "traversal.ice"]);
    return report;
  }

  const rtcpOf = (r: Report) =>
    r.facts as unknown as Record<
      "audio" | "video",
      { endpoint: { rtcpReceived: number; rtcpOnRtpPort: number } }
    >;

  it("we call baresip with rtcp_mux: the answer muxes and its RTCP reaches our RTP port", async () => {
    const r = await callBaresip(true, false);
    expect(byId(r, "traversal.rtcp-mux").status).toBe("pass");
    for (const kind of ["audio", "video"] as const) {
      const e = rtcpOf(r)[kind].endpoint;
      expect(e.rtcpReceived, kind).toBeGreaterThan(0);
      expect(e.rtcpOnRtpPort, kind).toBe(e.rtcpReceived);
    }
  }, 60_000);

  it("we call baresip with ICE: it answers with candidates off loopback only, so we check none and say why", async () => {
    const r = await callBaresip(false, true);
    const ice = byId(r, "traversal.ice");
    expect(ice.status).toBe("inconclusive");
    expect(ice.summary).toMatch(/no UDP candidate of component 1 reachable from 127\.0\.0\.1/);
    expect(ice.evidence).toMatchObject({ checks: { requests: 0, succeeded: 0 } });
  }, 60_000);

  it("we call baresip without rtcp_mux: the check warns and RTCP arrives on the separate port", async () => {
    const r = await callBaresip(false, false);
    const mux = byId(r, "traversal.rtcp-mux");
    expect(mux.status).toBe("warn");
    expect(mux.evidence).toMatchObject({ streams: 2, muxed: 0 });
    for (const kind of ["audio", "video"] as const) {
      const e = rtcpOf(r)[kind].endpoint;
      expect(e.rtcpReceived, kind).toBeGreaterThan(0);
      expect(e.rtcpOnRtpPort, kind).toBe(0);
    }
  }, 60_000);
});
