import { afterEach, describe, expect, it } from "vitest";
import { Room } from "../../src/app/room/room.js";
import type { RoomCallFacts } from "../../src/app/room/room-call-media.js";
import type { Report } from "../../src/report/model.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";
import { Simph323Peer } from "../support/h323/simph323.js";

// H323Plus (simph323, built with H.239) calls the room with H.264 video and, on its "S"
// command, presents: presentationTokenRequest, the room's acknowledge, its owner indication and
// its presentation channel (role label, H.264 single NAL unit mode). The room takes the channel,
// switches the mirror to the slides on their keyframe, and grades H.239 from the wire.

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
      else setTimeout(tick, 100);
    };
    tick();
  });
}

describe.skipIf(skipH323Interop)("simph323 presents to the room over H.239", () => {
  it("token granted, presentation channel taken, slides in the mirror, H.239 graded pass", async () => {
    const host = h323LoopbackHost();
    const reports: Report[] = [];
    const ended: RoomCallFacts[] = [];
    const room = await Room.start({
      listen: [{ protocol: "h323", host, port: 1720 }],
      publicAddress: host,
      rtpPorts: { from: 48200, to: 48299 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      maxCalls: 2,
      onCallerReport: (r) => reports.push(r),
      onEvent: (e) => {
        if (e.kind === "ended" && e.facts) ended.push(e.facts as RoomCallFacts);
      },
    });
    stops.push(() => room.stop());
    const peer = await Simph323Peer.start({
      host: h323LoopbackHost(),
      alias: "grace",
      video: "FakeVideo",
      prefer: ["H.264-CIF"],
      call: `testrum@${host}:1720`,
    });
    stops.push(() => peer.stop());
    await peer.channelsStarted(4, 20_000);
    peer.process.send("S");
    await peer.process.waitFor(/H\.239 session open/, 15_000);
    await peer.process.waitFor(/Started logical channel: sending H\.239/, 15_000);
    // Let the slides run past a keyframe, then hang up.
    await new Promise((r) => setTimeout(r, 4000));
    peer.hangUp();
    const report = await until(() => reports[0], 30_000, "caller report");
    const facts = await until(() => ended[0], 5000, "ended event");
    const p = facts.presentation!;
    expect(p.floorEvents.map((e) => e.type)).toContain("token-presentation-started");
    expect(p.slidesPacketsIn).toBeGreaterThan(20);
    expect(p.slidesPacketsMirrored).toBeGreaterThan(0);
    expect(p.switches[0]).toMatchObject({ to: "slides" });
    expect(p.token?.warnings).toEqual([]);
    const check = (id: string) => report.checks.find((c) => c.id === id);
    expect(check("presentation.bfcp-signalled")?.status).toBe("pass");
    expect(check("presentation.slides-h264")?.status).toBe("pass");
    expect(check("presentation.floor-and-slides")).toMatchObject({
      status: "pass",
      summary: "the endpoint presented with the token",
    });
    expect(check("presentation.floor-and-slides")?.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^endpoint: presentationTokenRequest \(channel \d+\)$/),
        expect.stringMatching(/^vdm-test: presentationTokenResponse acknowledge/),
        expect.stringMatching(/^endpoint: openLogicalChannel \d+ \(H\.239 presentation H\.264/),
        expect.stringMatching(/^vdm-test: openLogicalChannelAck \d+$/),
      ]),
    );
  }, 120_000);
});
