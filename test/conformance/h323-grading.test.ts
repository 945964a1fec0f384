import { describe, expect, it } from "vitest";
import { gradeAll } from "../../src/conformance/grade-all.js";
import type { H323Evidence, H323WireMessage } from "../../src/conformance/h323-evidence.js";
import { h323LadderRecords, hexDump } from "../../src/conformance/h323-ladder.js";
import { readH323Evidence } from "../../src/conformance/h323-wire.js";
import { requirementVerdicts } from "../../src/conformance/requirements.js";
import type { Check, Report } from "../../src/report/model.js";
import { renderHtml } from "../../src/report/render-html.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { validateReport } from "../../src/report/validate-report.js";
import { captureWire } from "../support/h323/capture-wire.js";

// Grading H.323 calls from real peers' bytes (the shared captures): ooh323c with fast start and
// tunnelled H.245 (a), with a separate H.245 connection (b), H323Plus with H.264 level 1.3 and
// H.239 (f), and ooh323c calling a room (e). Failing inputs edit the evidence read from them.

function graded(h: H323Evidence): Map<string, Check> {
  return new Map(gradeAll({ h323: h }).map((c) => [c.id, c]));
}

const fastStartCallee = () =>
  readH323Evidence({
    endpointRole: "callee",
    mode: "fastStart",
    messages: captureWire("a-direct-faststart.pcapng", "127.0.0.3", "127.0.0.2"),
  });
const separateCallee = () =>
  readH323Evidence({
    endpointRole: "callee",
    mode: "separate",
    messages: captureWire("b-direct-separate-h245.pcapng", "127.0.0.3", "127.0.0.2"),
  });
const h323PlusCallee = () =>
  readH323Evidence({
    endpointRole: "callee",
    mode: "tunnelling",
    messages: captureWire("f-h323plus-video.pcapng", "127.0.0.1", "127.0.0.10"),
  });
const ooh323cCaller = () =>
  readH323Evidence({
    endpointRole: "caller",
    mode: "fastStart",
    messages: captureWire("e-dial-ip-port.pcapng", "127.0.0.9", "127.0.0.3"),
  });

describe("the H.323 evidence read from the endpoint's bytes", () => {
  it("ooh323c answering with fast start and tunnelled H.245 (H.323 §8.1.7, §8.2.1)", () => {
    const h = fastStartCallee();
    expect(h.vendor).toBe("objsys v0.9.4");
    expect(h.aliases).toEqual([{ kind: "h323-ID", value: "callee" }]);
    expect(h.aliasesFrom).toBe("Connect.connectedAddress");
    expect(h.h245).toEqual({ mode: "fastStart", tunnelling: true, fastStart: true, separate: false });
    expect(h.capabilities?.find((c) => c.name === "H.264")?.h264).toEqual({
      profile: 64,
      level: 71,
      maxBitRate: 10240,
    });
    // Its fast start answers: what it sends us, once each though Alerting and Connect both carry them.
    expect(h.channels.map((c) => `${c.number} ${c.via} ${c.name}`)).toEqual([
      "1001 fastStart G.711 µ-law",
      "1002 fastStart H.264",
    ]);
    expect(h.messages.filter((m) => m.tunnelled).map((m) => m.name)).toContain("TerminalCapabilitySet");
  });

  it("ooh323c over a separate H.245 connection: its OpenLogicalChannel, no fast start", () => {
    const h = separateCallee();
    expect(h.h245).toMatchObject({ tunnelling: false, fastStart: false, separate: true });
    expect(h.channels.map((c) => `${c.via} ${c.name}`)).toEqual(["openLogicalChannel G.711 µ-law"]);
    expect(h.messages.map((m) => m.name)).toContain("EndSessionCommand");
  });

  it("H323Plus: H.264 level 1.3, H.239 announced, the release cause", () => {
    const h = h323PlusCallee();
    expect(h.vendor).toMatch(/^H323Plus/);
    expect(h.announced).toEqual({ h460: [], h239: true, h235: false });
    expect(h.release).toEqual({ q850Cause: 16 });
    expect(h.aliases).toBeUndefined();
  });

  it("a caller's aliases and proposals come from its Setup", () => {
    const h = ooh323cCaller();
    expect(h.aliasesFrom).toBe("Setup.sourceAddress");
    expect(h.aliases).toEqual([{ kind: "h323-ID", value: "oo" }]);
    expect(h.channels.filter((c) => c.via === "fastStart").map((c) => c.name)).toEqual([
      "G.711 µ-law",
      "H.264",
    ]);
  });

  it("a message that does not decode is evidence of its own, not a crash", () => {
    const good = captureWire("a-direct-faststart.pcapng", "127.0.0.3", "127.0.0.2");
    const broken: H323WireMessage = {
      ...good.find((m) => m.direction === "received")!,
      bytes: Uint8Array.of(8, 2),
    };
    const h = readH323Evidence({ endpointRole: "callee", mode: "fastStart", messages: [broken] });
    expect(h.messages).toHaveLength(1);
    expect(h.messages[0]!.name).toBe("undecodable");
    expect(h.messages[0]!.error).toMatch(/Q\.931|H\.225/);
  });
});

describe("the H.264 requirement from H.245 (H.241 §8.3)", () => {
  it("passes on H.264 in the capability set and the opened channel, level 3.1 carries 720p30", () => {
    const c = graded(fastStartCallee());
    expect(c.get("h264.signalled")?.status).toBe("pass");
    expect(c.get("h264.signalled")?.summary).toBe(
      "H.264 Baseline level 3.1 (in the capability set); video channel 1002 opened with H.264",
    );
    expect(c.get("h264.level")?.status).toBe("pass");
    expect(c.get("h264.level")?.evidence).toMatchObject({ maxFs: 3600, maxMbps: 108000, h241Level: 71 });
  });

  it("warns on level 1.3 (H.241 Level 36), too low for 720p30", () => {
    const c = graded(h323PlusCallee());
    expect(c.get("h264.level")?.status).toBe("warn");
    expect(c.get("h264.level")?.summary).toMatch(/level 1\.3 .* too low for 720p30/);
  });

  it("CustomMaxFS and CustomMaxMBPS raise a low level (H.241 §8.3.2.3-8.3.2.4)", () => {
    const h = h323PlusCallee();
    const raised: H323Evidence = {
      ...h,
      capabilities: h.capabilities!.map((x) =>
        x.h264 ? { ...x, h264: { ...x.h264, customMaxFs: 15, customMaxMbps: 216 } } : x,
      ),
    };
    const level = graded(raised).get("h264.level")!;
    expect(level.status).toBe("pass");
    expect(level.evidence).toMatchObject({ maxFs: 3840, maxMbps: 108000 });
  });

  it("warns when H.264 is in the capability set but no video channel was opened", () => {
    expect(graded(separateCallee()).get("h264.signalled")?.status).toBe("warn");
  });

  it("fails without H.264 in the capability set", () => {
    const h = fastStartCallee();
    const noH264: H323Evidence = {
      ...h,
      capabilities: h.capabilities!.map((x) =>
        x.h264 ? { ...x, name: "H.263", h264: undefined } : x,
      ) as never,
    };
    const c = graded(noH264).get("h264.signalled")!;
    expect(c.status).toBe("fail");
    expect(c.summary).toBe("no H.264 in the endpoint's H.245 capability set: H.263");
  });

  it("fails when the endpoint opens its video channel with another codec", () => {
    const h = fastStartCallee();
    const h263: H323Evidence = {
      ...h,
      channels: h.channels.map((x) =>
        x.h264 ? { number: x.number, sessionId: 2, via: x.via, media: "video", name: "H.263" } : x,
      ),
    };
    expect(graded(h263).get("h264.signalled")?.status).toBe("fail");
  });

  it("is not tested when the endpoint said nothing in H.245", () => {
    const h = fastStartCallee();
    const c = graded({ ...h, capabilities: undefined, channels: [] });
    expect(c.get("h264.signalled")?.status).toBe("not-tested");
    expect(c.get("h264.level")?.status).toBe("not-tested");
  });
});

describe("the URI requirement from the aliases (H.225.0 §7.6, H.323 Annex O)", () => {
  const withAliases = (aliases: H323Evidence["aliases"]) => ({ ...ooh323cCaller(), aliases });

  it("passes on a url-ID or email-ID with a domain", () => {
    const c = graded(withAliases([{ kind: "url-ID", value: "h323:rum1@region.example.se" }]));
    expect(c.get("uri.identity")?.status).toBe("pass");
    expect(
      graded(withAliases([{ kind: "email-ID", value: "rum1@region.example.se" }])).get("uri.identity")
        ?.status,
    ).toBe("pass");
  });

  it("warns on a url-ID with a bare IP address, or an h323-ID in URI form", () => {
    expect(
      graded(withAliases([{ kind: "url-ID", value: "h323:rum1@10.0.0.5" }])).get("uri.identity")?.status,
    ).toBe("warn");
    expect(
      graded(withAliases([{ kind: "h323-ID", value: "rum1@region.example.se" }])).get("uri.identity")?.status,
    ).toBe("warn");
  });

  it("fails on only an h323-ID or dialedDigits, and on a Setup without aliases", () => {
    const only = graded(ooh323cCaller()).get("uri.identity")!;
    expect(only.status).toBe("fail");
    expect(only.summary).toBe("no URI alias, only h323-ID oo: the endpoint cannot be dialled as user@domain");
    expect(graded(withAliases(undefined)).get("uri.identity")?.status).toBe("fail");
  });

  it("is not tested for a callee whose Connect states no aliases", () => {
    expect(graded(h323PlusCallee()).get("uri.identity")?.status).toBe("not-tested");
  });
});

describe("the keyframe request over H.245", () => {
  it("is graded from the same measurement and named as H.245 asks it", () => {
    const keyframe = { requests: 2, responseMs: [null, 400] };
    const e = {
      h323: fastStartCallee(),
      media: { video: { codec: "H264", packetsReceived: 10, framesDecoded: 5, keyframe } },
    };
    const c = gradeAll(e).find((x) => x.id === "h264.keyframe-on-request")!;
    expect(c.status).toBe("fail");
    expect(c.title).toBe("Keyframe after videoFastUpdatePicture");
    expect(c.text?.en.advice).toMatch(/must answer H\.245 videoFastUpdatePicture with an IDR picture/);
    expect(c.text?.sv.advice).toMatch(/svara på H\.245 videoFastUpdatePicture/);
  });
});

describe("what an H.323 call does not test says why", () => {
  it("SIP, encryption and H.460 are not tested, each with its reason; H.239 is graded from the wire", () => {
    const checks = gradeAll({ h323: h323PlusCallee() });
    const byId = new Map(checks.map((c) => [c.id, c]));
    for (const id of ["sip.transport", "sip.methods", "sip.session-timer", "sip.options"])
      expect(byId.get(id)?.summary).toBe(
        "not tested: H.323 call (call the endpoint with a sip: URI to grade its SIP)",
      );
    expect(byId.get("encryption.srtp-signalled")?.summary).toMatch(
      /H\.235 media encryption was not measured on this call/,
    );
    expect(byId.get("traversal.nat")?.summary).toMatch(
      /SIP analogue; .* H\.460\.18\/\.19 is graded as itself/,
    );
    // a direct call: no gatekeeper of ours, so H.460.18/.19 say why they were not tested
    expect(byId.get("traversal.h460-18")?.summary).toMatch(/went without the room's gatekeeper/);
    expect(checks.findIndex((c) => c.id === "traversal.h460-19")).toBe(
      checks.findIndex((c) => c.id === "traversal.symmetric-rtp") + 2,
    );
    // Capture f from grace's side: frank declared H.239, granted grace's token and took its channel.
    expect(byId.get("presentation.bfcp-signalled")?.summary).toBe(
      "H.239 control and presentation video (H.264 Baseline level 4) in the capability set",
    );
    expect(byId.get("presentation.floor-and-slides")?.summary).toBe(
      "the endpoint granted our token and took our presentation channel",
    );
    expect(byId.get("presentation.floor-and-slides")?.lines).toEqual([
      "vdm-test: presentationTokenRequest (channel 103)",
      "endpoint: presentationTokenResponse acknowledge (channel 103)",
      "vdm-test: presentationTokenIndicateOwner (channel 103)",
      "vdm-test: openLogicalChannel 103 (H.239 presentation H.264 Baseline level 4)",
      "endpoint: openLogicalChannelAck 103",
    ]);
    const verdicts = requirementVerdicts(checks, "h323");
    const status = Object.fromEntries(verdicts.map((v) => [v.requirement, v.status]));
    expect(status).toEqual({
      "H.264": "warn",
      encryption: "not-tested",
      URI: "not-tested",
      "H.460": "not-tested",
      "H.239": "pass",
      SIP: "not-tested",
    });
    expect(verdicts.find((v) => v.requirement === "SIP")?.note?.en.summary).toMatch(/called over H\.323/);
  });
});

describe("the ladder of an H.323 call in every renderer", () => {
  const wire = captureWire("b-direct-separate-h245.pcapng", "127.0.0.3", "127.0.0.2").map((m, i) => ({
    ...m,
    name: m.channel === "q931" ? `Q931-${i}` : `H245-${i}`,
    summary: i === 0 ? "to h323-ID callee" : "",
  }));
  const records = h323LadderRecords(wire, 0);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: "vdm-test", version: "0.0.0" },
    kind: "call",
    target: "h323:callee@127.0.0.2",
    startedAt: "2026-01-01T00:00:00Z",
    durationMs: 1,
    steps: [],
    checks: [],
    facts: {},
    sip: records,
    outcome: "pass",
  };

  it("keeps every message with its protocol, bytes and the report schema", () => {
    expect(records).toHaveLength(wire.length);
    expect(records[0]).toMatchObject({
      protocol: "h225",
      firstLine: "Q931-0: to h323-ID callee",
      transport: "tcp",
    });
    expect(records.filter((r) => r.protocol === "h245").length).toBe(14);
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it("HTML and Markdown name it H.323 signalling", () => {
    const html = renderHtml(report, "en");
    expect(html).toContain("H.323 signalling (H.225.0 and H.245)");
    expect(html).toContain("H.245 H245-");
    const md = renderMarkdown(report, "sv");
    expect(md).toContain("## H.323-signalering (H.225.0 och H.245)");
  });

  it("puts RAS with the gatekeeper in the same ladder: UDP, named, confirms green and rejects red", () => {
    const ras = (name: string, direction: "sent" | "received") => ({
      atMs: 5,
      direction,
      channel: "ras" as const,
      name,
      summary: "#1",
      bytes: Uint8Array.of(0x10, 0x20),
      local: { host: "127.0.0.1", port: 40000 },
      remote: { host: "127.0.0.4", port: 1719 },
    });
    const rasRecords = h323LadderRecords(
      [ras("GRQ", "sent"), ras("GCF", "received"), ras("ARJ", "received")],
      0,
    );
    expect(rasRecords[0]).toMatchObject({
      protocol: "ras",
      transport: "udp",
      remote: "127.0.0.4:1719",
      firstLine: "GRQ: #1",
    });
    expect(rasRecords[0]!.message).toMatch(/^H\.225\.0 RAS, 2 octets\n0000 {2}10 20$/);
    const withRas: Report = { ...report, sip: [...rasRecords, ...records] };
    expect(validateReport(JSON.parse(JSON.stringify(withRas)))).toEqual([]);
    const html = renderHtml(withRas, "en");
    expect(html).toContain("RAS GCF: #1");
    expect(renderMarkdown(withRas, "en")).toContain("RAS ARJ: #1");
  });

  it("hex dumps 16 octets a line", () => {
    expect(hexDump(Uint8Array.from({ length: 18 }, (_, i) => i))).toBe(
      "0000  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f\n0010  10 11",
    );
  });
});
