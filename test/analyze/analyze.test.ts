import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnalyzeInputError, analyzeFile, type FileAnalysis } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports, captureReport } from "../../src/app/analyze/capture-report.js";
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
function status(r: Report, id: string): Check["status"] {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c.status;
}
function evidence(r: Report, id: string): Record<string, unknown> {
  return r.checks.find((x) => x.id === id)!.evidence;
}

describe("a capture of a vdm-test call against the room on loopback", () => {
  it("plain RTP: SIP and H.264 verdicts agree with the live report; encryption fails", async () => {
    const live = JSON.parse(readFileSync(fixture("vdm-call-plain.live-report.json"), "utf8"));
    const fa = await analyzeFile(fixture("vdm-call-plain.pcapng"));
    const r = only(fa);
    expect(r.kind).toBe("capture");
    // The live call was answered, acknowledged and hung up (it passed): so do the SIP checks.
    expect(live.outcome).toBe("pass");
    for (const id of ["sip.invite-answered", "sip.ack", "sip.bye"]) expect(status(r, id)).toBe("pass");
    // Live: H.264 negotiated, 320x240 decoded with keyframes. Capture: the same.
    expect(live.facts.negotiated.video.codec).toBe("H264");
    expect(status(r, "h264.negotiated")).toBe("pass");
    expect(status(r, "h264.received")).toBe("pass");
    const streams = evidence(r, "h264.received").streams as {
      resolution: string;
      idr: number;
      frameRate: number;
    }[];
    expect(streams).toHaveLength(2);
    for (const s of streams) {
      expect(s.resolution).toBe(
        `${live.facts.video.received.codedWidth}x${live.facts.video.received.codedHeight}`,
      );
      expect(s.idr).toBe(live.facts.video.received.keyframes);
      expect(s.frameRate).toBeCloseTo(30, 0);
    }
    expect(live.facts.negotiated.video.srtp).toBeNull();
    expect(status(r, "encryption.srtp")).toBe("fail");
    expect(status(r, "mirror.see-yourself")).toBe("not-tested");
    expect(status(r, "presentation.bfcp")).toBe("not-tested");
    expect(status(r, "traversal.symmetric-rtp")).toBe("pass");
  });

  it("SRTP: every stream authenticates with the SDES key of the SDP, and H.264 is read after decryption", async () => {
    const live = JSON.parse(readFileSync(fixture("vdm-call-srtp.live-report.json"), "utf8"));
    expect(live.facts.negotiated.video.srtp).not.toBeNull();
    const r = only(await analyzeFile(fixture("vdm-call-srtp.pcapng")));
    expect(status(r, "encryption.srtp")).toBe("pass");
    const per = evidence(r, "encryption.srtp").streams as { authenticated: number; authFailures: number }[];
    expect(per).toHaveLength(4);
    for (const s of per) {
      expect(s.authenticated).toBeGreaterThan(50);
      expect(s.authFailures).toBe(0);
    }
    expect(status(r, "h264.received")).toBe("pass");
    for (const id of ["sip.invite-answered", "sip.ack", "sip.bye"]) expect(status(r, id)).toBe("pass");
  });

  const tshark = spawnSync("/usr/bin/tshark", ["-v"]).status === 0;
  it.runIf(tshark)("loss and jitter agree with tshark -z rtp,streams within 1%", async () => {
    const file = fixture("vdm-call-plain.pcapng");
    const out = execFileSync("/usr/bin/tshark", ["-q", "-z", "rtp,streams", "-r", file], {
      encoding: "utf8",
    });
    // Start End SrcIP SrcPort DstIP DstPort SSRC Payload Pkts Lost (pct) MinDelta MeanDelta MaxDelta MinJit MeanJit MaxJit
    const rows = out
      .split("\n")
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f.length >= 17 && /^0x[0-9A-F]+$/i.test(f[6]!));
    expect(rows.length).toBe(4);
    const fa = await analyzeFile(file);
    for (const f of rows) {
      const s = fa.analysis.streams.find((x) => x.src === `${f[2]}:${f[3]}` && x.dst === `${f[4]}:${f[5]}`);
      const x = s?.ssrcs.find((y) => y.ssrc === Number(f[6]));
      expect(x, f.join(" ")).toBeDefined();
      expect(x!.packets).toBe(Number(f[8]));
      expect(x!.lost).toBe(Number(f[9]));
      // tshark 4.0 reports video jitter on another basis (its H.264 figures are 100x below RFC 3550
      // A.8 computed from the same capture times); audio jitter is compared.
      if (f[7] !== "H264")
        expect(Math.abs(x!.maxJitterMs! - Number(f[16])) / Number(f[16])).toBeLessThan(0.01);
    }
  });
});

describe("a capture of baresip calling baresip over SIP/TCP", () => {
  it("reads the dialog from the TCP stream and grades the call", async () => {
    const fa = await analyzeFile(fixture("baresip-call-tcp.pcapng"));
    expect(fa.analysis.dialogs).toHaveLength(1);
    expect(fa.analysis.dialogs[0]!.carrier).toBe("tcp");
    const r = only(fa);
    for (const id of ["sip.invite-answered", "sip.ack", "sip.bye", "h264.negotiated", "h264.received"])
      expect(status(r, id), id).toBe("pass");
    const streams = evidence(r, "h264.received").streams as { resolution: string }[];
    expect(streams.map((s) => s.resolution)).toEqual(["352x288", "352x288"]);
    expect(r.sip.map((m) => m.firstLine.split(" ")[0])).toContain("BYE");
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
      expect(status(reports[0]!, "sip.invite-answered")).toBe("not-tested");
    });
  }
});

describe("truncated and corrupt files", () => {
  const names = ["vdm-call-plain.pcapng", "vdm-call-srtp.pcapng", "baresip-call-tcp.pcapng"];
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
    expect(r.checks.find((c) => c.id === "sip.invite-answered")!.summary).toMatch(
      /SIP over TLS .* cannot be read/,
    );
    expect(status(r, "h264.received")).toBe("pass");
    const s = fa.analysis.streams[0]!;
    expect(s.foundBy).toBe("heuristic");
    expect(s.codec).toBe("H264");
    expect(s.h264).toMatchObject({ width: 640, height: 480, idrCount: 3 });
    expect(s.ssrcs[0]).toMatchObject({ lost: 2, duplicates: 0 });
    expect(status(r, "encryption.srtp")).toBe("inconclusive");
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
    const r = buildCaptureReports(fa, "text-1").reports[0]!;
    expect(status(r, "sip.invite-answered")).toBe("pass");
    expect(status(r, "sip.ack")).toBe("fail");
    expect(status(r, "h264.negotiated")).toBe("pass");
    expect(status(r, "presentation.bfcp")).toBe("fail");
    expect(() => buildCaptureReports(fa, "other")).toThrow(/no dialog with Call-ID other/);
  });

  it("a bare SDP file is recognised", async () => {
    const fa = await analyzeFile(write("offer.sdp", offer));
    expect(fa.input).toBe("sdp");
    expect(fa.sdp?.reading?.media).toHaveLength(2);
  });

  it("BFCP over UDP named by the SDP: floor granted is decoded from FloorRequestStatus", async () => {
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
    const granted = serializeBfcpMessage({
      ...base,
      responder: true,
      primitive: 4,
      transactionId: 7,
      attributes: [floorRequestInformation(1, [1], 3)],
    });
    const frames = [
      ...sipPackets,
      udp4Frame("10.0.0.1", 20010, "10.0.0.2", 30010, request),
      udp4Frame("10.0.0.2", 30010, "10.0.0.1", 20010, granted),
    ];
    const fa = await analyzeFile(
      write(
        "bfcp.pcap",
        buildPcap(
          { linkType: 1 },
          frames.map((frame, i) => ({ seconds: 5, fraction: i, frame })),
        ),
      ),
    );
    const r = captureReport(fa, fa.analysis.dialogs[0]);
    expect(status(r, "presentation.bfcp")).toBe("pass");
    expect(status(r, "presentation.floor-granted")).toBe("pass");
    expect(status(r, "presentation.slides")).toBe("fail");
  });
});
