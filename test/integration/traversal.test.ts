// The H.460 analogues measured on real calls over loopback: rtcp-mux offered by our caller and
// accepted (or not) by the room, with RTCP measured on the port the SDP agreed (RFC 5761).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RtcpSessionStats } from "../../src/adapters/media/rtcp-session.js";
import type { EndpointCounters } from "../../src/adapters/media/rtp-endpoint.js";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import { Room } from "../../src/app/room/room.js";
import type { RoomIceFacts } from "../../src/app/room/room-call-media.js";
import type { Check, Report } from "../../src/report/model.js";
import { fixedSdp } from "../support/sip/fixed-sdh.js";
import { rawUdpClient } from "../support/sip/raw-sip-client.js";

const VIDEO = { width: 320, height: 240, fps: 15, bitrateKbps: 300 };
const silent: CallProgress = { step: () => {}, info: () => {} };

interface StreamFacts {
  endpoint: EndpointCounters;
  rtcp: RtcpSessionStats;
}

const rooms: Room[] = [];
afterAll(async () => {
  await Promise.all(rooms.map((r) => r.stop()));
});

async function roomWith(rtcpMux: boolean, ports: { from: number; to: number }, iceLite = true) {
  const reports: Report[] = [];
  const room = await Room.start({
    listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: ports,
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    rtcpMux,
    iceLite,
    optionsProbeTimeoutMs: 1500,
    onCallerReport: (r) => reports.push(r),
  });
  rooms.push(room);
  return { room, reports, target: `sip:testrum@127.0.0.1:${room.listening[0]!.port}` };
}

async function shortCall(target: string): Promise<Report> {
  return runCall(
    {
      target,
      srtp: "optional",
      durationS: 3,
      video: VIDEO,
      localAddress: "127.0.0.1",
      presentation: false,
      functions: new Set([1]),
    },
    silent,
  );
}

async function firstReport(reports: Report[]): Promise<Report> {
  for (let i = 0; i < 100 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  return reports[0]!;
}

const byId = (r: Report, id: string): Check => r.checks.find((c) => c.id === id)!;
const streams = (r: Report) => r.facts as unknown as { video: StreamFacts; audio: StreamFacts };

describe("rtcp-mux (RFC 5761) between our caller and the room", () => {
  let muxRoom: Awaited<ReturnType<typeof roomWith>>;
  let plainRoom: Awaited<ReturnType<typeof roomWith>>;
  beforeAll(async () => {
    [muxRoom, plainRoom] = await Promise.all([
      roomWith(true, { from: 42000, to: 42499 }),
      roomWith(false, { from: 42500, to: 42999 }, false),
    ]);
  }, 60_000);

  it("the room accepts mux: RTCP flows on the RTP port both ways, round trips are measured, the check passes on the SDP lines", async () => {
    const report = await shortCall(muxRoom.target);
    const mux = byId(report, "traversal.rtcp-mux");
    expect(mux.status, mux.summary).toBe("pass");
    expect(mux.lines).toContain("a=rtcp-mux");
    expect(mux.evidence).toMatchObject({ streams: 2, muxed: 2 });
    const { video, audio } = streams(report);
    // Every RTCP packet the room sent us arrived on our RTP port.
    for (const s of [video, audio]) {
      expect(s.endpoint.rtcpReceived).toBeGreaterThan(0);
      expect(s.endpoint.rtcpOnRtpPort).toBe(s.endpoint.rtcpReceived);
    }
    expect(video.rtcp.roundTripMs.length).toBeGreaterThan(0);
    expect(Math.min(...video.rtcp.roundTripMs)).toBeLessThan(200);
    // The room's report about us: our offer carried a=rtcp-mux and a=rtcp with the fallback port.
    const roomView = await firstReport(muxRoom.reports);
    expect(byId(roomView, "traversal.rtcp-mux").status).toBe("pass");
    // ICE: our caller offered it, the room answered as ICE-lite and took our checks and nominations.
    const ice = (roomView.facts as { media: { ice: RoomIceFacts } }).media.ice;
    expect(ice.requests).toBeGreaterThanOrEqual(4);
    expect(ice.succeeded).toBe(ice.requests);
    expect(ice.nominated.map((n) => n.split(" ")[0]).sort()).toEqual(["audio", "video"]);
    expect(ice.checks.every((c) => c.role === "controlling" && c.from.address === "127.0.0.1")).toBe(true);
    const roomIce = byId(roomView, "traversal.ice");
    expect(roomIce.status, roomIce.summary).toBe("pass");
    expect(roomIce.summary).toMatch(
      /ran ICE connectivity checks: \d+ binding requests from 127\.0\.0\.1:\d+.*nominated audio 127\.0\.0\.1:\d+, video/,
    );
    // Our call's view: the room answered our checks with its password's integrity.
    const ourIce = byId(report, "traversal.ice");
    expect(ourIce.status, ourIce.summary).toBe("pass");
    expect(ourIce.summary).toMatch(
      /answered our ICE connectivity checks: 4 of 4 authenticated.*nominated audio/,
    );
    // The room probed us with OPTIONS once the call was up; our UA answered it.
    const options = byId(roomView, "sip.options");
    expect(options.status, options.summary).toBe("pass");
    expect(options.evidence).toMatchObject({ status: 200 });
    expect((options.evidence as { allow: string[] }).allow).toEqual(
      expect.arrayContaining(["INVITE", "ACK", "BYE"]),
    );
    expect((options.evidence as { roundTripMs: number }).roundTripMs).toBeLessThan(1000);
  }, 60_000);

  it("the room does not mux or do ICE: both checks say so, and RTCP still flows on the separate port", async () => {
    const report = await shortCall(plainRoom.target);
    const mux = byId(report, "traversal.rtcp-mux");
    expect(mux.status, mux.summary).toBe("warn");
    expect(mux.evidence).toMatchObject({ streams: 2, muxed: 0 });
    expect(mux.lines!.every((l) => l.startsWith("m="))).toBe(true);
    const { video, audio } = streams(report);
    for (const s of [video, audio]) {
      expect(s.endpoint.rtcpReceived).toBeGreaterThan(0);
      expect(s.endpoint.rtcpOnRtpPort).toBe(0);
    }
    expect(video.rtcp.roundTripMs.length).toBeGreaterThan(0);
    // This room answers without ICE although we offered it: the ICE check says so.
    const ice = byId(report, "traversal.ice");
    expect(ice.status).toBe("warn");
    expect(ice.summary).toMatch(/^no ICE/);
  }, 60_000);
});

describe("the room's OPTIONS probe (RFC 3261 §11)", () => {
  it("a caller that never answers OPTIONS gets sip.options WARN with the reason; the probe went to its Contact", async () => {
    const { reports, target, room } = await roomWith(true, { from: 43000, to: 43499 });
    const port = room.listening[0]!.port;
    const ua = await rawUdpClient();
    const callId = `raw-${Date.now()}`;
    const head = (method: string, cseq: number, toTag = "") =>
      [
        `${method} ${target} SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${ua.port};branch=z9hG4bK-${callId}-${cseq}-${method};rport`,
        "Max-Forwards: 70",
        `From: <sip:raw@127.0.0.1>;tag=${callId}`,
        `To: <${target}>${toTag}`,
        `Call-ID: ${callId}`,
        `CSeq: ${cseq} ${method}`,
        `Contact: <sip:raw@127.0.0.1:${ua.port}>`,
      ].join("\r\n");
    const sdp = fixedSdp(ua.port + 2);
    await ua.send(
      `${head("INVITE", 1)}\r\nContent-Type: application/sdp\r\nContent-Length: ${sdp.length}\r\n\r\n${sdp}`,
      port,
    );
    const ok = await ua.waitFor("SIP/2.0 200", 5000);
    const toTag = /^To:.*(;tag=[^;\r\n]+)/im.exec(ok)![1]!;
    await ua.send(`${head("ACK", 1, toTag)}\r\nContent-Length: 0\r\n\r\n`, port);
    // The probe reaches our Contact; this caller stays silent.
    const probe = await ua.waitFor("OPTIONS sip:raw@127.0.0.1", 3000);
    expect(probe).toMatch(/^Accept: application\/sdp/im);
    await new Promise((r) => setTimeout(r, 1700));
    await ua.send(`${head("BYE", 2, toTag)}\r\nContent-Length: 0\r\n\r\n`, port);
    await ua.waitFor("CSeq: 2 BYE", 3000);
    await ua.close();
    const report = await firstReport(reports);
    const options = byId(report, "sip.options");
    expect(options.status, options.summary).toBe("warn");
    expect(options.summary).toBe(
      `OPTIONS to sip:raw@127.0.0.1:${ua.port} was not answered: no final response within 1500 ms`,
    );
    expect(options.evidence).toMatchObject({
      probe: { target: `sip:raw@127.0.0.1:${ua.port}`, timeoutMs: 1500 },
    });
  }, 30_000);
});
