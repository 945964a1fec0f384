import { describe, expect, it } from "vitest";
import { callFactsOf, checkOf, streamStatsOf } from "../../../test/support/call/call-facts.js";
import { FakeCallLeg, FakeClock } from "../../../test/support/call/fake-call-leg.js";
import type { BfcpNegotiation } from "../../protocol/sdp/bfcp-sdp.js";
import { callReport } from "./call-report.js";

const BFCP: BfcpNegotiation = {
  transport: "tcp",
  proto: "TCP/BFCP",
  tls: false,
  version: 2,
  ourRole: "c-only",
  theirRole: "s-only",
  confId: 1,
  userId: 2,
  floorId: 3,
  label: "3",
  setup: "active",
  remotePort: 40000,
  remoteAddress: "127.0.0.1",
};

describe("callReport", () => {
  it("lists the call's checks before the functions graded from them, and rolls both up", () => {
    const mirror = checkOf("mirror.see-yourself", "pass", ["function-1", "function-2", "H.264"]);
    const h264 = checkOf("h264.media", "fail", ["H.264"]);
    const fn1 = checkOf("function.1", "pass", ["function-1"]);
    const report = callReport(callFactsOf({ checks: [mirror, h264], functions: [fn1] }));
    expect(report.kind).toBe("call");
    expect(report.checks.map((c) => c.id)).toEqual(["mirror.see-yourself", "h264.media", "function.1"]);
    expect(report.requirements?.find((r) => r.requirement === "H.264")).toMatchObject({
      status: "fail",
      decidedBy: ["h264.media"],
    });
    expect(report.outcome).toBe("fail");
    expect(report.facts.functions).toEqual([
      { function: "function-1", status: "pass", summary: fn1.summary },
    ]);
  });

  it("passes when every check passes, and is inconclusive with none", () => {
    const passing = callReport(
      callFactsOf({ checks: [checkOf("h264.media", "pass", ["H.264"])], functions: [] }),
    );
    expect(passing.outcome).toBe("pass");
    expect(callReport(callFactsOf()).outcome).toBe("inconclusive");
  });

  it("puts the times of frames and floor states on the run's clock", () => {
    const report = callReport(
      callFactsOf({
        clockOriginMs: 10_000,
        timeline: {
          samples: { video: [], audio: [] },
          sentFrames: [
            { number: 1, atMs: 10_100 },
            { number: 2, atMs: 11_200 },
          ],
          mirroredFrames: [
            { number: 1, atMs: 10_180 },
            { number: 2, atMs: 11_300 },
          ],
        },
        presentation: {
          offered: true,
          alias: false,
          bfcp: BFCP,
          floorHistory: [
            { at: 12_000.4, state: { name: "connected" } },
            { at: 12_250.6, state: { name: "granted" } },
          ],
          notes: [],
        },
      }),
    );
    expect(report.timeline?.video).toEqual([
      { second: 0, mirrorLatencyMs: 80 },
      { second: 1, mirrorLatencyMs: 100 },
    ]);
    const presentation = report.facts.presentation as Record<string, unknown>;
    expect(presentation.floorStates).toEqual([
      { atMs: 2000, state: "connected" },
      { atMs: 2251, state: "granted" },
    ]);
    expect(presentation.bfcp).toMatchObject({
      floorctrl: { ours: "c-only", theirs: "s-only" },
      remote: "127.0.0.1:40000",
      setup: "active",
    });
  });

  it("summarises every received stream: loss in percent, jitter and bitrate rounded", () => {
    const stream = streamStatsOf({
      ssrc: 7,
      packets: 990,
      bytes: 125_000,
      expected: 1000,
      lost: 10,
      lossFraction: 0.01234,
      jitterMs: 3.256,
      maxJitterMs: 9.876,
      firstArrivalMs: 1000,
      lastArrivalMs: 2000,
    });
    const report = callReport(
      callFactsOf({
        media: {
          video: {
            structure: {},
            keyframeProbe: { requests: 0, responseMs: [] },
            endpoint: {},
            receive: [stream],
          },
          audio: { packetsSent: 50, packetsReceived: 49, endpoint: {}, receive: [] },
        },
      }),
    );
    const video = report.facts.video as { receive: unknown[] };
    expect(video.receive).toEqual([
      {
        ssrc: 7,
        payloadType: 96,
        packets: 990,
        lost: 10,
        lossPct: 1.23,
        duplicates: 0,
        reordered: 0,
        jitterMs: 3.26,
        maxJitterMs: 9.88,
        kbps: 1000,
      },
    ]);
    expect(report.facts.audio).toMatchObject({ packetsSent: 50, packetsReceived: 49, receive: [] });
  });

  it("keeps the leg's signalling facts, leaving out refusals that did not happen", () => {
    const quiet = callReport(callFactsOf());
    expect(quiet.facts).not.toHaveProperty("srtpOfferRefused");
    expect(quiet.facts).not.toHaveProperty("sessionTimerRefused");
    expect(quiet.facts).not.toHaveProperty("sessionTimer");
    expect(quiet.facts).not.toHaveProperty("sipRetransmissions");
    const base = callFactsOf();
    const refused = callReport(
      callFactsOf({
        signalling: {
          ...base.signalling,
          srtpOfferRefused: "sip:x answered 488 Not Acceptable Here",
          sessionTimerRefused: "sip:x answered 422 Session Interval Too Small",
          sessionTimer: { refresher: "uac" },
          sipRetransmissions: { sent: { INVITE: 2 }, received: {} },
        },
      }),
    );
    expect(refused.facts).toMatchObject({
      transport: "udp",
      srtpOfferRefused: "sip:x answered 488 Not Acceptable Here",
      sessionTimerRefused: "sip:x answered 422 Session Interval Too Small",
      sessionTimer: { refresher: "uac" },
      sipRetransmissions: { sent: { INVITE: 2 }, received: {} },
      path: { answered: true, local: "127.0.0.1:5062" },
    });
  });

  it("reports the negotiated audio and video lines, with null for no SRTP", () => {
    const report = callReport(callFactsOf());
    expect(report.facts.negotiated).toEqual({ audio: undefined, video: undefined });
    expect(report.startedAt).toBe("2026-01-02T03:04:05.000Z");
    expect(report.durationMs).toBe(12_345);
  });

  it("takes the signalling facts from any leg as they are: the path, transport and refresh", () => {
    const leg = new FakeCallLeg(new FakeClock(), { remoteAgent: "vdm-test room" });
    const report = callReport(callFactsOf({ signalling: leg.reportFacts(), remoteAgent: leg.remoteAgent }));
    expect(report.facts.path).toEqual(leg.evidence().path);
    expect(report.facts.transport).toBe("udp");
    expect(report.facts.remoteAgent).toBe("vdm-test room");
    expect(report.facts).not.toHaveProperty("sessionTimer");
  });
});
