import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { H323CaptureFacts, H323LegFacts } from "../../src/analysis/h323-call-facts.js";
import type { MediaStreamFacts } from "../../src/analysis/media-stream.js";
import { analyzeFile } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { type AnalyzeCommandOptions, runAnalyzeCommand } from "../../src/cli/commands/analyze.js";
import { ExitCode } from "../../src/cli/exit-error.js";
import type { Report } from "../../src/report/model.js";
import {
  type H323CaptureName,
  h323CapturePath,
  h323CapturesMissing,
} from "../support/h323/shared-captures.js";

/**
 * `analyze` on the shared H.323 captures (../shared/peers/h323/captures, INDEX.md describes each):
 * the calls, legs, H.245 modes, channels, RAS registrations and H.239 token flow it finds, and
 * the RTP flows bound to the channels that named them.
 */

const missing = h323CapturesMissing();
if (missing) console.warn(`skipped: ${missing}`);

async function read(
  name: H323CaptureName,
): Promise<{ h: H323CaptureFacts; streams: readonly MediaStreamFacts[]; notes: readonly string[] }> {
  const fa = await analyzeFile(h323CapturePath(name));
  return { h: fa.analysis.h323, streams: fa.analysis.streams, notes: fa.analysis.notes };
}

const names = (l: H323LegFacts, channel: "q931" | "h245") =>
  l.messages.filter((m) => m.channel === channel).map((m) => `${m.from === "caller" ? ">" : "<"}${m.name}`);

describe.skipIf(missing !== undefined)("H.323 captures (H.225.0, H.245, RAS)", () => {
  it("a: direct call, fast start, H.245 tunnelled in Facility", async () => {
    const { h, notes } = await read("a-direct-faststart");
    expect(notes).toEqual([]);
    expect(h.calls).toHaveLength(1);
    const [leg] = h.calls[0]!.legs;
    expect(leg!.caller).toMatch(/^127\.0\.0\.3:/);
    expect(leg!.callee).toBe("127.0.0.2:1720");
    expect(leg!.mode).toBe("fastStart");
    expect(names(leg!, "q931")).toEqual([
      ">Setup",
      "<CallProceeding",
      "<Alerting",
      "<Connect",
      ...Array(7).fill(expect.stringMatching(/Facility/)),
      ">ReleaseComplete",
    ]);
    expect(leg!.messages.filter((m) => m.channel === "h245" && m.tunnelled)).toHaveLength(7);
    // Fast start: the caller's G.711 and H.264 proposals, answered by the callee with its addresses.
    expect(
      leg!.channels.filter((c) => c.via === "fastStart" && c.from === "callee").map((c) => c.codec),
    ).toEqual(["PCMU", "PCMU", "H264", "H264"]);
    expect(leg!.receives.callee).toContain("127.0.0.2:5000");
    expect(leg!.receives.caller).toContain("127.0.0.3:5000");
  });

  it("b: separate H.245 connection to the callee's h245Address", async () => {
    const { h } = await read("b-direct-separate-h245");
    const [leg] = h.calls[0]!.legs;
    expect(leg!.mode).toBe("separate");
    expect(leg!.separateH245).toMatch(/^127\.0\.0\.2:\d+ ↔ 127\.0\.0\.3:\d+$/);
    expect(names(leg!, "h245")).toEqual([
      ">TerminalCapabilitySet",
      ">MasterSlaveDetermination",
      "<TerminalCapabilitySet",
      "<MasterSlaveDetermination",
      "<TerminalCapabilitySetAck",
      "<MasterSlaveDeterminationAck",
      ">TerminalCapabilitySetAck",
      "<OpenLogicalChannel",
      ">MasterSlaveDeterminationAck",
      ">OpenLogicalChannel",
      ">OpenLogicalChannelAck",
      "<OpenLogicalChannelAck",
      ">EndSessionCommand",
      "<EndSessionCommand",
    ]);
    expect(leg!.messages.some((m) => m.tunnelled)).toBe(false);
    expect(leg!.channels.map((c) => [c.from, c.codec, c.mediaChannel, c.acknowledged])).toEqual([
      ["callee", "PCMU", "127.0.0.3:5000", true],
      ["caller", "PCMU", "127.0.0.2:5000", true],
    ]);
  });

  it("c: gatekeeper-routed calls, RAS registrations and the call's ARQ/DRQ", async () => {
    const { h, streams } = await read("c-gk-routed");
    expect(h.registrations.map((r) => [r.aliases, r.confirmed, r.unregistered])).toEqual([
      [["alice"], 1, true],
      [["bob"], 1, true],
      [["carol"], 1, true],
    ]);
    expect(h.registrations[2]!.h460).toEqual(["18", "23"]);
    expect(h.registrations[2]!.vendor).toMatch(/H323Plus/);
    expect(h.ras).toHaveLength(34);
    expect(h.calls).toHaveLength(2);
    for (const call of h.calls) {
      // Both legs (endpoint → GnuGk, GnuGk → alice) keep one callIdentifier.
      expect(call.legs.map((l) => l.callee)).toEqual(["127.0.0.4:1720", "127.0.0.2:1720"]);
      expect(call.ras.filter((m) => m.name === "ARQ")).toHaveLength(2);
      expect(call.ras.filter((m) => m.name === "DCF")).toHaveLength(2);
    }
    expect(h.calls.map((c) => c.legs[0]!.mode)).toEqual(["fastStart", "tunnelling"]);
    const call2 = h.calls[1]!.legs[0]!;
    expect(call2.channels.filter((c) => c.via === "openLogicalChannel").map((c) => c.description)).toEqual([
      "G.711 µ-law",
      "G.711 µ-law",
      "H.264 Baseline level 1.3",
    ]);
    const rtp = streams.filter((s) => s.packets > 0);
    expect(rtp.map((s) => [s.dst, s.foundBy, s.codec, s.packets, s.binding?.callId])).toEqual([
      ["127.0.0.2:5000", "h245", "PCMU", 419, call2.connection],
      ["127.0.0.2:6000", "h245", "H264", 34, call2.connection],
    ]);
  });

  it("d: H.460.18 registrations, the callee's Facility before Setup, media through the proxy", async () => {
    const { h, streams } = await read("d-h46018");
    expect(h.registrations.map((r) => [r.aliases, r.h460, r.h460Confirmed, r.keepAlives])).toEqual([
      [["dave"], ["18", "23"], ["18"], 1],
      [["erin"], ["18", "23"], ["18"], 0],
    ]);
    expect(h.ras.some((m) => m.name === "SCI")).toBe(true);
    expect(h.calls).toHaveLength(1);
    const [toGk, toDave] = h.calls[0]!.legs;
    expect(toGk!.callee).toBe("127.0.0.4:1720");
    // dave opened the connection (H.460.18) and sent Facility; GnuGk's Setup makes it the callee.
    expect(toDave!.caller).toBe("127.0.0.4:1720");
    expect(names(toDave!, "q931").slice(0, 2)).toEqual(["<Facility", ">Setup"]);
    expect(streams.filter((s) => s.packets > 0).map((s) => [s.codec, s.packets])).toEqual(
      Array(4).fill(["PCMA", expect.any(Number)]),
    );
  });

  it("e: three direct calls, each flow bound to its own call when addresses repeat", async () => {
    const { h, streams } = await read("e-dial-ip-port");
    expect(h.calls.map((c) => c.legs[0]!.callee)).toEqual([
      "127.0.0.9:11720",
      "127.0.0.9:11720",
      "127.0.0.2:1720",
    ]);
    const [c1, c2, c3] = h.calls.map((c) => c.legs[0]!.connection);
    const bound = (src: string, dst: string) =>
      streams.find((s) => s.src === src && s.dst === dst)?.binding?.callId;
    expect(bound("127.0.0.9:5000", "127.0.0.3:5000")).toBe(c1);
    expect(bound("127.0.0.9:5004", "127.0.0.1:5000")).toBe(c2);
    expect(bound("127.0.0.1:5002", "127.0.0.9:5006")).toBe(c2);
    expect(bound("127.0.0.1:5000", "127.0.0.2:5000")).toBe(c3);
    expect(h.calls[1]!.legs[0]!.channels.map((c) => c.codec)).toEqual(["PCMA", "H261", "PCMA", "H261"]);
    expect(h.calls[1]!.legs[0]!.keyframeRequests).toHaveLength(2);
  });

  it("f: H.239 token request, response and owner indication, and the presentation channel", async () => {
    const { h, streams } = await read("f-h323plus-video");
    const [leg] = h.calls[0]!.legs;
    const content = leg!.channels.find((c) => c.presentation);
    expect(leg!.h239.map((e) => [e.from, e.name, e.result, e.channelId])).toEqual([
      ["caller", "presentationTokenRequest", undefined, content!.number],
      ["callee", "presentationTokenResponse", "acknowledge", content!.number],
      ["caller", "presentationTokenIndicateOwner", undefined, content!.number],
    ]);
    expect(content).toMatchObject({ from: "caller", codec: "H264", payloadType: 98, acknowledged: true });
    const slides = streams.find((s) => s.dst === content!.mediaChannel);
    expect(slides?.binding?.kind).toBe("slides");
    expect(slides?.packets).toBe(41);
  });
});

async function reports(name: H323CaptureName, side?: "caller" | "callee") {
  const fa = await analyzeFile(h323CapturePath(name));
  return buildCaptureReports(fa, side ? { side } : {});
}
const status = (r: Report, id: string) => r.checks.find((c) => c.id === id)?.status;
const summary = (r: Report, id: string) => r.checks.find((c) => c.id === id)?.summary ?? "";

describe.skipIf(missing !== undefined)("H.323 captures graded by the engine of a live H.323 call", () => {
  it("one report per call, no SIP report, the calls listed with their aliases", async () => {
    const counts = await Promise.all(
      (["a-direct-faststart", "c-gk-routed", "e-dial-ip-port"] as const).map(async (n) => {
        const r = await reports(n);
        expect(r.dialogs).toEqual([]);
        return [r.h323Calls.length, r.reports.length];
      }),
    );
    expect(counts).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const c = await reports("c-gk-routed");
    expect(c.h323Calls.map((x) => [x.callerAliases, x.calledAliases, x.legs, x.connected])).toEqual([
      [["bob"], ["alice"], 2, true],
      [["carol"], ["h323:alice@example.com"], 2, true],
    ]);
    expect(c.registrations.map((r) => r.aliases[0])).toEqual(["alice", "bob", "carol"]);
  });

  it("the callee graded from its own H.225.0 and H.245: call, H.264, aliases; SIP not tested", async () => {
    const [a] = (await reports("a-direct-faststart")).reports;
    expect(a!.facts["graded"]).toMatchObject({
      side: "callee",
      address: "127.0.0.2:1720",
      agent: "objsys v0.9.4",
    });
    expect(status(a!, "h323.call")).toBe("pass");
    expect(status(a!, "h264.signalled")).toBe("pass");
    expect(status(a!, "h264.level")).toBe("pass");
    // ooh323c answers as h323-ID "callee": no user@domain alias.
    expect(status(a!, "uri.identity")).toBe("fail");
    expect(summary(a!, "sip.methods")).toMatch(/not tested: H.323 call/);
    // ooh323c sent no RTP: what needs media is not tested, with the reason.
    expect(status(a!, "h264.media")).toBe("not-tested");
    expect(status(a!, "media.loss")).toBe("not-tested");
    expect(a!.sip.map((l) => l.firstLine.split(":")[0])).toContain("Connect");
    expect(a!.sip.filter((l) => l.protocol === "h245" && l.tunnelled)).toHaveLength(7);
  });

  it("H323Plus video: media, keyframe after videoFastUpdatePicture, H.239 token flow as facts", async () => {
    const [f] = (await reports("f-h323plus-video")).reports;
    expect(status(f!, "h264.media")).toBe("pass");
    expect(summary(f!, "h264.media")).toMatch(/352x288/);
    expect(status(f!, "h264.keyframe-on-request")).toBe("pass");
    expect(f!.checks.find((c) => c.id === "h264.keyframe-on-request")?.title).toMatch(
      /videoFastUpdatePicture/,
    );
    expect(status(f!, "h264.level")).toBe("warn");
    const h323 = f!.facts["h323"] as { h239: { name: string }[]; channels: { presentation: boolean }[] };
    expect(h323.h239.map((e) => e.name)).toEqual([
      "presentationTokenRequest",
      "presentationTokenResponse",
      "presentationTokenIndicateOwner",
    ]);
    expect(h323.channels.filter((c) => c.presentation)).toHaveLength(1);
    // The content channel's flow is bound and kept out of the main video.
    const streams = f!.facts["streams"] as { kind: string; packets: number; fromGraded: boolean }[];
    expect(streams.find((s) => s.kind === "slides" && s.packets > 0)?.packets).toBe(41);
  });

  it("--side caller grades the caller on the call's first leg; a routed callee on its last", async () => {
    const [caller] = (await reports("f-h323plus-video", "caller")).reports;
    expect(caller!.facts["graded"]).toMatchObject({ side: "caller", address: "127.0.0.1:57922" });
    expect(status(caller!, "h264.media")).toBe("pass");
    const [, routed] = (await reports("c-gk-routed")).reports;
    expect(routed!.facts["graded"]).toMatchObject({ side: "callee", address: "127.0.0.2:1720" });
    // alice received carol's media but sent none.
    expect(status(routed!, "h264.media")).toBe("not-tested");
    const streams = routed!.facts["streams"] as { packets: number; fromGraded: boolean }[];
    expect(streams.filter((s) => s.packets > 0).map((s) => s.fromGraded)).toEqual([false, false]);
    const ras = routed!.sip.filter((l) => l.protocol === "ras");
    expect(ras.filter((l) => l.firstLine.startsWith("ARQ: ")).map((l) => l.transport)).toEqual([
      "udp",
      "udp",
    ]);
    // carol asked for the URL alias; GnuGk routed it to alice.
    expect(ras[0]?.firstLine).toMatch(/to url-ID h323:alice@example\.com/);
  });

  it("H.460.18 call: the features announced say why traversal is not tested; proxied media split by sender", async () => {
    const [d] = (await reports("d-h46018")).reports;
    expect(summary(d!, "traversal.nat")).toMatch(/graded as itself/);
    // The capture path does not yet read H.460 evidence: the H.460 checks say what was announced.
    expect(summary(d!, "traversal.h460-18")).toMatch(/announced H\.460\.19/);
    const streams = d!.facts["streams"] as { src: string; packets: number; fromGraded: boolean }[];
    // dave (127.0.0.1:5003) to the proxy is his; erin's flow to the same proxy port is not.
    expect(streams.filter((s) => s.fromGraded && s.packets > 0).map((s) => s.src)).toEqual([
      "127.0.0.1:5003",
    ]);
    const h323 = d!.facts["h323"] as { registrations: { aliases: string[] }[] };
    expect(h323.registrations.map((r) => r.aliases[0])).toContain("dave");
  });
});

describe.skipIf(missing !== undefined)("vdm-test analyze on an H.323 capture, the command", () => {
  const tmp = mkdtempSync(join(tmpdir(), "vdm-analyze-h323-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function run(o: Omit<AnalyzeCommandOptions, "out">): Promise<{ code: number; out: string }> {
    const out: string[] = [];
    // A write's callback (the --json path waits for it) runs as the real stream would run it.
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown, ...rest: unknown[]) => {
      out.push(String(chunk));
      for (const f of rest) if (typeof f === "function") f();
      return true;
    });
    try {
      return { code: await runAnalyzeCommand({ ...o, out: tmp }), out: out.join("") };
    } finally {
      spy.mockRestore();
    }
  }

  it("lists the H.323 calls and registrations, then grades each call", async () => {
    const { code, out } = await run({ file: h323CapturePath("c-gk-routed") });
    expect(code).toBe(ExitCode.checkFailed);
    expect(out).toMatch(/2 H\.323 call\(s\) \(graded below; pick one with --call-id\):/);
    expect(out).toMatch(/carol → h323:alice@example\.com +127\.0\.0\.1:\d+ → 127\.0\.0\.2:1720 \(2 legs\)/);
    expect(out).toMatch(/3 RAS registration\(s\):/);
    expect(out).toMatch(
      /127\.0\.0\.4:\d+ → 127\.0\.0\.4:1719 +carol +RRQ 1\+0 keep-alive, RCF 1 +H\.460\.18,23/,
    );
    expect(out.match(/Graded: the callee 127\.0\.0\.2:1720 "objsys v0\.9\.4"/g)).toHaveLength(2);
    expect(out).not.toMatch(/No SIP dialog/);
    // The stream table of the second call: carol's G.711 and H.264 to alice.
    expect(out).toMatch(/127\.0\.0\.1:5000 → 127\.0\.0\.2:5000 +0x[0-9A-F]{8} +PCMU +419/);
  });

  it("--call-id takes an H.323 callIdentifier; an unknown one is a usage error naming both kinds", async () => {
    const fa = await analyzeFile(h323CapturePath("e-dial-ip-port"));
    const id = fa.analysis.h323.calls[1]!.callIdentifier!;
    const { out } = await run({ file: h323CapturePath("e-dial-ip-port"), callId: id, json: true });
    const report = JSON.parse(out) as Report;
    expect(report.target).toBe(`callIdentifier ${id}`);
    expect((report.facts["h323"] as { calledAliases: string[] }).calledAliases).toEqual(["room"]);
    await expect(run({ file: h323CapturePath("e-dial-ip-port"), callId: "nope" })).rejects.toMatchObject({
      code: ExitCode.usage,
      message: expect.stringMatching(/no dialog with Call-ID nope .*\(0 dialogs, 3 H\.323 calls\)/),
    });
  });
});
