import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { AnalyzeInputError, analyzeFile, type FileAnalysis } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports, captureReport } from "../../src/app/analyze/capture-report.js";
import { runAnalyzeCommand } from "../../src/cli/commands/analyze.js";
import { ExitCode } from "../../src/cli/exit-error.js";
import { serializeBfcpMessage } from "../../src/protocol/bfcp/message.js";
import { floorRequestInformation } from "../../src/protocol/bfcp/request-status.js";
import { buildPcap, tcp4Frame, udp4Frame } from "../../src/protocol/capture/capture-builder.js";
import { serializeSps } from "../../src/protocol/h264/sps.js";
import { TcpFlag } from "../../src/protocol/net/tcp.js";
import { serializeRtpPacket } from "../../src/protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../src/protocol/rtp/types.js";
import type { Check, Report } from "../../src/report/model.js";
import { corpus } from "../support/corpora.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const fixture = (name: string) => join(FIXTURES, name);
const tmp = mkdtempSync(join(tmpdir(), "vdm-analyze-test-"));

function only(fa: FileAnalysis): Report {
  const { reports } = buildCaptureReports(fa);
  expect(reports).toHaveLength(1);
  return reports[0]!;
}
function check(r: Report, id: string): Check {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}
const status = (r: Report, id: string): Check["status"] => check(r, id).status;
const evidence = (r: Report, id: string): Record<string, unknown> => check(r, id).evidence;
function verdicts(r: Report): Record<string, Check["status"]> {
  return Object.fromEntries((r.requirements ?? []).map((q) => [q.requirement, q.status]));
}
const live = (name: string) => JSON.parse(readFileSync(fixture(name), "utf8"));

describe("a capture of a vdm-test call against the room on loopback, graded by the conformance engine", () => {
  it("plain RTP: the room is graded; H.264 passes with the live figures, encryption fails", async () => {
    const l = live("vdm-call-plain.live-report.json");
    const r = only(await analyzeFile(fixture("vdm-call-plain.pcapng")));
    expect(r.kind).toBe("capture");
    // Both parties say vdm-test: the callee (the room) is graded, as the live call graded it.
    expect(r.facts["graded"]).toMatchObject({ side: "callee", agent: "vdm-test room" });
    expect(l.facts.remoteAgent).toBe("vdm-test room");
    expect(l.outcome).toBe("pass");
    expect(status(r, "sip.dialog")).toBe("pass");
    // Live: H.264 agreed and 320x240 decoded; the same engine check passes on the same size.
    expect(l.facts.negotiated.video.codec).toBe("H264");
    expect(status(r, "h264.signalled")).toBe("pass");
    expect(status(r, "h264.media")).toBe("pass");
    expect(evidence(r, "h264.media")).toMatchObject({
      codec: "H264",
      width: l.facts.video.received.codedWidth,
      height: l.facts.video.received.codedHeight,
      framesDecoded: l.facts.video.received.framesDecoded,
    });
    expect(evidence(r, "h264.media")["frameRate"]).toBeCloseTo(30, 0);
    // Live: no SRTP suite agreed. The engine fails media agreed as plain RTP.
    expect(l.facts.negotiated.video.srtp).toBeNull();
    expect(status(r, "encryption.srtp-on-the-wire")).toBe("fail");
    expect(verdicts(r)).toMatchObject({ "H.264": "pass", encryption: "fail", "H.460": "pass", SIP: "warn" });
    expect(r.outcome).toBe("fail");
    expect(status(r, "traversal.symmetric-rtp")).toBe("pass");
    // The room never asked this (old) caller for a keyframe; live interaction is not testable.
    expect(check(r, "h264.keyframe-on-request").summary).toMatch(/no PLI\/FIR was sent/);
    expect(check(r, "uri.resolution").summary).toMatch(/not testable from a capture/);
    const fns = r.checks.filter((c) => c.id.startsWith("function-"));
    expect(fns).toHaveLength(9);
    for (const f of fns) {
      expect(f.status).toBe("not-tested");
      expect(f.summary).toMatch(/^not testable from a capture: /);
    }
  });

  it("--side caller grades vdm-test's own side: its answer to the room's PLI+FIR is timed", async () => {
    const fa = await analyzeFile(fixture("vdm-call-plain.pcapng"));
    const [r] = buildCaptureReports(fa, { side: "caller" }).reports;
    expect(r!.facts["graded"]).toMatchObject({ side: "caller", agent: "vdm-test" });
    // The caller offered plain RTP: now the offer itself is graded and fails.
    expect(status(r!, "encryption.srtp-signalled")).toBe("fail");
    expect(status(r!, "uri.identity")).toBe("warn");
    const k = evidence(r!, "h264.keyframe-on-request") as { requests: number; responseMs: number[] };
    // One RTCP datagram carried the room's PLI and FIR together; the live caller answered in 27 ms.
    expect(k.requests).toBe(1);
    const liveMs = live("vdm-call-plain.live-report.json").facts.video.sent.keyframeLatencyMs[0];
    expect(Math.abs(k.responseMs[0]! - liveMs)).toBeLessThan(15);
  });

  it("SRTP: every packet authenticates with the SDES key of the SDP; SDES over UDP makes encryption WARN", async () => {
    const l = live("vdm-call-srtp.live-report.json");
    expect(l.facts.negotiated.video.srtp).toBe("AES_CM_128_HMAC_SHA1_80");
    expect(l.facts.transport).toBe("udp");
    const r = only(await analyzeFile(fixture("vdm-call-srtp.pcapng")));
    expect(status(r, "encryption.srtp-signalled")).toBe("pass");
    expect(status(r, "encryption.srtp-on-the-wire")).toBe("pass");
    const wire = evidence(r, "encryption.srtp-on-the-wire");
    expect(wire).toMatchObject({ negotiated: true, authFailures: 0, plainPackets: 0 });
    // The room's audio and video as received by the caller (the live caller counted the same packets).
    expect(wire["packetsAuthenticated"]).toBe(
      l.facts.video.endpoint.rtpReceived + l.facts.audio.endpoint.rtpReceived,
    );
    // The keys crossed SIP over UDP: the engine warns, live and from the capture alike.
    expect(status(r, "encryption.key-exchange")).toBe("warn");
    expect(verdicts(r)).toMatchObject({ "H.264": "pass", encryption: "warn" });
    expect(status(r, "h264.media")).toBe("pass");
  });

  it("with presentation: all six requirement verdicts equal the live report's", async () => {
    const l = live("vdm-call-presentation.live-report.json");
    const r = only(await analyzeFile(fixture("vdm-call-presentation.pcapng")));
    const liveVerdicts = Object.fromEntries(
      (l.requirements as { requirement: string; status: string }[]).map((q) => [q.requirement, q.status]),
    );
    expect(liveVerdicts).toEqual({
      "H.264": "pass",
      encryption: "warn",
      URI: "warn",
      "H.460": "pass",
      "H.239": "pass",
      SIP: "warn",
    });
    expect(verdicts(r)).toEqual(liveVerdicts);
    // The same figures decide the same checks.
    const same = (id: string) => l.checks.find((c: Check) => c.id === id) as Check;
    for (const id of [
      "h264.signalled",
      "h264.media",
      "h264.keyframe-on-request",
      "encryption.srtp-signalled",
      "encryption.key-exchange",
      "encryption.srtp-on-the-wire",
      "uri.contact",
      "traversal.rport",
      "traversal.nat",
      "traversal.symmetric-rtp",
      "presentation.bfcp-signalled",
      "presentation.slides-h264",
      "sip.methods",
      "sip.session-timer",
      "sip.options",
      "sip.transport",
    ])
      expect(status(r, id), id).toBe(same(id).status);
    expect(check(r, "h264.media").summary).toBe(same("h264.media").summary);
    expect(evidence(r, "encryption.srtp-on-the-wire")).toEqual(same("encryption.srtp-on-the-wire").evidence);
    expect((evidence(r, "h264.keyframe-on-request") as { requests: number }).requests).toBe(
      l.facts.video.keyframeProbe.requests,
    );
    // H.239: BFCP over TCP decoded, the floor granted, the slides stream read as H.264.
    expect(status(r, "presentation.floor-and-slides")).toBe("pass");
    expect(check(r, "presentation.floor-and-slides").summary).toMatch(
      /floor granted in \d+ ms, \d+ H\.264 slides frames/,
    );
    expect(r.facts["slidesStream"]).toBeDefined();
    expect(r.outcome).toBe("warn");
  });
});

describe("a capture of baresip calling baresip over SIP/TCP", () => {
  it("reads the dialog from the TCP stream and grades the callee: H.264 passes, plain RTP fails encryption", async () => {
    const fa = await analyzeFile(fixture("baresip-call-tcp.pcapng"));
    expect(fa.analysis.dialogs).toHaveLength(1);
    expect(fa.analysis.dialogs[0]!.carrier).toBe("tcp");
    const r = only(fa);
    // Neither party is vdm-test: the callee (baresip's "answer" instance) is graded.
    expect(r.facts["graded"]).toMatchObject({ side: "callee", agent: expect.stringMatching(/^baresip/) });
    expect(status(r, "sip.dialog")).toBe("pass");
    expect(evidence(r, "sip.transport")["transports"]).toContain("TCP");
    expect(evidence(r, "h264.media")).toMatchObject({ width: 352, height: 288 });
    expect(verdicts(r)).toMatchObject({ "H.264": "pass", encryption: "fail", "H.239": "not-tested" });
    expect(r.sip.map((m) => m.firstLine.split(" ")[0])).toContain("BYE");
    // The ladder reads as in a live report: what the graded party sent is "received".
    expect(r.sip.find((m) => m.firstLine.startsWith("SIP/2.0 200"))!.direction).toBe("received");
  });

  it("--side caller grades the dialling instance from its INVITE offer", async () => {
    const fa = await analyzeFile(fixture("baresip-call-tcp.pcapng"));
    const [r] = buildCaptureReports(fa, { side: "caller" }).reports;
    expect(r!.facts["graded"]).toMatchObject({ side: "caller" });
    // The offer has no BFCP: H.239 fails for the caller (the callee's answer could not show it).
    expect(status(r!, "presentation.bfcp-signalled")).toBe("fail");
    expect(status(r!, "encryption.srtp-signalled")).toBe("fail");
    expect(verdicts(r!)["H.264"]).toBe("pass");
  });
});

describe("the SIP OPTIONS fixtures (UDP and TCP)", () => {
  for (const name of ["sip-options-udp-tcp-lo.pcapng", "sip-options-udp-tcp-any.pcap"]) {
    it(`${name}: two OPTIONS dialogs listed, none graded, SIP checks not tested`, async () => {
      const fa = await analyzeFile(join(import.meta.dirname, "../../fixtures/pcap", name));
      const { dialogs, reports } = buildCaptureReports(fa);
      expect(dialogs.map((d) => d.carrier).sort()).toEqual(["tcp", "udp"]);
      expect(dialogs.every((d) => !d.graded && d.messages === 2)).toBe(true);
      expect(reports).toHaveLength(1);
      expect(status(reports[0]!, "sip.dialog")).toBe("not-tested");
      expect(verdicts(reports[0]!)["SIP"]).toBe("not-tested");
    });
  }
});

describe("truncated and corrupt files", () => {
  const names = [
    "vdm-call-plain.pcapng",
    "vdm-call-srtp.pcapng",
    "vdm-call-presentation.pcapng",
    "baresip-call-tcp.pcapng",
  ];
  for (const name of names) {
    it(`${name} cut short gives a partial analysis with a warning, never a crash`, async () => {
      const whole = readFileSync(fixture(name));
      for (const fraction of [0.003, 0.13, 0.5, 0.77, 0.999]) {
        const path = join(tmp, `${name}.${fraction}`);
        writeFileSync(path, whole.subarray(0, Math.max(5, Math.floor(whole.length * fraction))));
        const fa = await analyzeFile(path);
        expect(fa.capture?.failure, `${fraction}`).toBeDefined();
        const r = buildCaptureReports(fa).reports[0]!;
        expect(status(r, "capture.readable")).toBe("warn");
        expect(r.requirements).toHaveLength(6);
        // A partial capture can only warn or worse, never pass outright.
        expect(r.outcome).not.toBe("pass");
        if (fraction >= 0.5) {
          // Half a call still shows the answer and its H.264: graded, with the warning.
          expect(verdicts(r)["H.264"], `${fraction}`).toBe("pass");
        }
      }
    });
  }

  it("every file of the pcap fuzz corpus is analysed or refused with a clear error", async () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(corpus("fuzz", "pcap"));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      try {
        const fa = await analyzeFile(f);
        buildCaptureReports(fa);
      } catch (e) {
        expect(e, f).toBeInstanceOf(AnalyzeInputError);
      }
    }
  });

  it("a missing file and an empty file are clear errors", async () => {
    await expect(analyzeFile(join(tmp, "nope.pcap"))).rejects.toThrow(/cannot read .*ENOENT/);
    writeFileSync(join(tmp, "empty"), "");
    await expect(analyzeFile(join(tmp, "empty"))).rejects.toThrow(/empty/);
  });
});

// Synthetic captures: what loopback recordings of our own calls do not show.
const rtp = (pt: number, seq: number, ts: number, ssrc: number, payload: Uint8Array, marker = false) =>
  serializeRtpPacket({
    marker,
    payloadType: asPayloadType(pt),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(ts),
    ssrc: asSsrc(ssrc),
    csrcs: [],
    payload,
    paddingLength: 0,
  });
const SPS = serializeSps({
  profileIdc: 66,
  constraintFlags: 0xe0,
  levelIdc: 31,
  spsId: 0,
  widthMbs: 40,
  heightMbs: 30,
  frameMbsOnly: true,
  crop: { left: 0, right: 0, top: 0, bottom: 0 },
});

function h264Packets(
  src: string,
  sport: number,
  dst: string,
  dport: number,
  frames: number,
  lose: Set<number>,
) {
  const out: { seconds: number; fraction: number; frame: Uint8Array }[] = [];
  let seq = 100;
  for (let f = 0; f < frames; f++) {
    const payloads =
      f % 30 === 0
        ? [
            Uint8Array.of(0x78, 0, SPS.length, ...SPS, 0, 4, 0x68, 0xce, 0x3c, 0x80),
            Uint8Array.of(0x65, 1, 2, 3),
          ]
        : [Uint8Array.of(0x41, 9, 9, 9)];
    payloads.forEach((p, k) => {
      const s = seq++;
      if (lose.has(s)) return;
      const us = f * 33_333 + k * 100;
      out.push({
        seconds: 1000 + Math.floor(us / 1e6),
        fraction: us % 1e6,
        frame: udp4Frame(src, sport, dst, dport, rtp(96, s, f * 3000, 0xabc, p, k === payloads.length - 1)),
      });
    });
  }
  return out;
}

function write(name: string, bytes: Uint8Array | string): string {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
}

describe("media without readable signalling", () => {
  it("finds RTP by heuristics and H.264 by its payload; SIP over TLS on 5061 is named, not read", async () => {
    const tls = Uint8Array.of(0x17, 0x03, 0x03, 0, 5, 1, 2, 3, 4, 5);
    const packets = [
      {
        seconds: 999,
        fraction: 0,
        frame: tcp4Frame("10.0.0.1", "10.0.0.2", {
          sourcePort: 40000,
          destinationPort: 5061,
          sequenceNumber: 1,
          flags: TcpFlag.SYN,
          payload: new Uint8Array(0),
        }),
      },
      {
        seconds: 999,
        fraction: 1,
        frame: tcp4Frame("10.0.0.1", "10.0.0.2", {
          sourcePort: 40000,
          destinationPort: 5061,
          sequenceNumber: 2,
          flags: TcpFlag.ACK | TcpFlag.PSH,
          payload: tls,
        }),
      },
      ...h264Packets("10.0.0.2", 30000, "10.0.0.1", 20000, 90, new Set([150, 151])),
    ];
    const fa = await analyzeFile(write("tls.pcap", buildPcap({ linkType: 1 }, packets)));
    expect(fa.analysis.tls).toHaveLength(1);
    const r = only(fa);
    expect(r.target).toBe("media");
    expect(check(r, "sip.dialog").summary).toMatch(/SIP over TLS .* cannot be read/);
    expect(check(r, "sip.transport").summary).toMatch(/SIP over TLS .* cannot be read/);
    expect(r.facts["evidence"]).toMatchObject({
      unavailable: expect.arrayContaining([
        {
          part: "tls",
          reason: {
            en: expect.stringMatching(/cannot be read/),
            sv: expect.stringMatching(/går inte att läsa/),
          },
        },
      ]),
    });
    // The media is still graded by the engine: H.264 found by heuristics, 640x480 from its SPS.
    expect(status(r, "h264.media")).toBe("pass");
    expect(evidence(r, "h264.media")).toMatchObject({ width: 640, height: 480 });
    const s = fa.analysis.streams[0]!;
    expect(s.foundBy).toBe("heuristic");
    expect(s.codec).toBe("H264");
    expect(s.h264).toMatchObject({ width: 640, height: 480, idrCount: 3 });
    expect(s.ssrcs[0]).toMatchObject({ lost: 2, duplicates: 0 });
    // Read as H.264 from its first SPS on: a 90 kHz clock, so jitter is measured (the packets of a
    // keyframe leave 0.1 ms apart, every frame on time).
    expect(s.ssrcs[0]!.clockRate).toBe(90000);
    expect(s.ssrcs[0]!.maxJitterMs).toBeGreaterThan(0);
    expect(s.ssrcs[0]!.maxJitterMs).toBeLessThan(0.1);
    // Without SDP nobody knows whether SRTP was agreed: not tested, with what the payload showed.
    expect(status(r, "encryption.srtp-on-the-wire")).toBe("not-tested");
    expect(check(r, "encryption.srtp-on-the-wire").summary).toMatch(
      /unknown; \d+ video packets read as plain H\.264/,
    );
  });
});

describe("text inputs", () => {
  const offer =
    "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=video 20000 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\nm=application 20010 UDP/BFCP *\r\na=floorctrl:c-only\r\n";
  const answer = offer
    .replace(/10\.0\.0\.1/g, "10.0.0.2")
    .replace("20000", "30000")
    .replace("20010", "30010")
    .replace("c-only", "s-only");
  const msg = (first: string, cseq: string, body = "") =>
    `${first}\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:b@y>\r\nCall-ID: text-1\r\nCSeq: ${cseq}\r\n${body ? "Content-Type: application/sdp\r\n" : ""}Content-Length: ${body.length}\r\n\r\n${body}`;

  it("a text file of SIP messages gives a dialog with its offer and answer", async () => {
    const path = write(
      "call.txt",
      `${msg("INVITE sip:b@y SIP/2.0", "1 INVITE", offer)}\r\n${msg("SIP/2.0 200 OK", "1 INVITE", answer)}`,
    );
    const fa = await analyzeFile(path);
    expect(fa.input).toBe("sip-text");
    const r = buildCaptureReports(fa, { callId: "text-1" }).reports[0]!;
    // Answered but never acknowledged.
    expect(status(r, "sip.dialog")).toBe("fail");
    // The callee's 200 OK (told from the INVITE by kind: a text file has no addresses) is graded.
    expect(r.facts["graded"]).toMatchObject({ side: "callee" });
    expect(evidence(r, "sip.transport")["messages"]).toEqual(["SIP/2.0 200 OK"]);
    expect(status(r, "h264.signalled")).toBe("pass");
    // BFCP answered, but no slides video beside it.
    expect(status(r, "presentation.bfcp-signalled")).toBe("warn");
    expect(check(r, "encryption.key-exchange").status).toBe("not-tested");
    expect(() => buildCaptureReports(fa, { callId: "other" })).toThrow(/no dialog with Call-ID other/);
  });

  it("a bare SDP file is recognised", async () => {
    const fa = await analyzeFile(write("offer.sdp", offer));
    expect(fa.input).toBe("sdp");
    expect(fa.sdp?.reading?.media).toHaveLength(2);
    // Graded as an offer, as `vdm-test check` grades it: H.264 offered, no SRTP, BFCP without slides.
    const r = only(fa);
    expect(status(r, "h264.signalled")).toBe("pass");
    expect(status(r, "encryption.srtp-signalled")).toBe("fail");
    expect(status(r, "presentation.bfcp-signalled")).toBe("warn");
    expect(check(r, "sip.methods").summary).toMatch(/SDP only/);
  });

  // RFC 8855 §5.2.5 REQUEST-STATUS 3 Granted, 4 Denied.
  for (const [requestStatus, floor, verdict] of [
    [3, "granted", "fail"],
    [4, "denied", "fail"],
  ] as const) {
    it(`BFCP over UDP named by the SDP: a floor ${floor} is decoded and graded by the engine`, async () => {
      const sipPackets = [
        udp4Frame(
          "10.0.0.1",
          5060,
          "10.0.0.2",
          5060,
          new TextEncoder().encode(msg("INVITE sip:b@y SIP/2.0", "1 INVITE", offer)),
        ),
        udp4Frame(
          "10.0.0.2",
          5060,
          "10.0.0.1",
          5060,
          new TextEncoder().encode(msg("SIP/2.0 200 OK", "1 INVITE", answer)),
        ),
      ];
      const base = { version: 2 as const, conferenceId: 1, userId: 2 };
      const request = serializeBfcpMessage({
        ...base,
        responder: false,
        primitive: 1,
        transactionId: 7,
        attributes: [{ kind: "floorId", mandatory: false, value: 1 }],
      });
      const answerStatus = serializeBfcpMessage({
        ...base,
        responder: true,
        primitive: 4,
        transactionId: 7,
        attributes: [floorRequestInformation(1, [1], requestStatus)],
      });
      const frames = [
        ...sipPackets,
        udp4Frame("10.0.0.1", 20010, "10.0.0.2", 30010, request),
        udp4Frame("10.0.0.2", 30010, "10.0.0.1", 20010, answerStatus),
      ];
      const fa = await analyzeFile(
        write(
          `bfcp-${floor}.pcap`,
          buildPcap(
            { linkType: 1 },
            frames.map((frame, i) => ({ seconds: 5, fraction: i * 1000, frame })),
          ),
        ),
      );
      const r = captureReport(fa, fa.analysis.dialogs[0]);
      const live = check(r, "presentation.floor-and-slides");
      expect(live.status).toBe(verdict);
      // Granted: no slides stream followed; denied: the floor itself failed.
      expect(live.summary).toMatch(
        floor === "granted" ? /floor granted, but no slides frame decoded/ : /not granted/,
      );
      expect(live.evidence).toMatchObject({ floorGranted: floor === "granted" });
      if (floor === "granted") expect(live.evidence["grantMs"]).toBe(1);
      expect(verdicts(r)["H.239"]).toBe("fail");
    });
  }
});

describe("vdm-test analyze, the command", () => {
  it("--side picks the graded party; anything but caller or callee is a usage error", async () => {
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
      out.push(String(chunk));
      return true;
    });
    try {
      const file = fixture("vdm-call-plain.pcapng");
      await expect(runAnalyzeCommand({ file, side: "sideways", out: tmp })).rejects.toMatchObject({
        code: ExitCode.usage,
        message: expect.stringMatching(/--side: "sideways"/),
      });
      // The plain call fails encryption whichever side is graded: exit 1.
      expect(await runAnalyzeCommand({ file, side: "caller", out: tmp })).toBe(ExitCode.checkFailed);
      expect(out.join("")).toMatch(
        /Graded: the caller 127\.0\.0\.1:\d+ "vdm-test": the caller was chosen with --side/,
      );
    } finally {
      spy.mockRestore();
    }
  });
});
