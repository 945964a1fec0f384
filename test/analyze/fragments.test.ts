import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile, type FileAnalysis } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { type BuiltPacket, buildPcap, ethernet4 } from "../../src/protocol/capture/capture-builder.js";
import { serializeSps } from "../../src/protocol/h264/sps.js";
import { parseIpv4Address, parseIpv6Address } from "../../src/protocol/net/ip-address.js";
import { serializeIpv4 } from "../../src/protocol/net/ipv4.js";
import { serializeIpv6 } from "../../src/protocol/net/ipv6.js";
import { LinkType } from "../../src/protocol/net/link-layer.js";
import { serializeUdp } from "../../src/protocol/net/udp.js";
import { PCAP_FILE_HEADER_LENGTH, PCAP_RECORD_HEADER_LENGTH } from "../../src/protocol/pcap/pcap-file.js";
import { serializeRtpPacket } from "../../src/protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../src/protocol/rtp/types.js";
import type { Check, Report } from "../../src/report/model.js";

/**
 * A SIP INVITE whose SDP (many codecs and ICE candidates, as WebRTC gateways send) is too big for
 * one packet, sent over UDP in IP fragments (RFC 791 §3.2, RFC 8200 §4.5) that arrive out of
 * order, then the answer, ACK, media and BYE. Built with the project's own serialisers.
 */

const tmp = mkdtempSync(join(tmpdir(), "vdm-fragments-"));
const text = new TextEncoder();

interface Family {
  readonly name: "IPv4" | "IPv6";
  readonly caller: string;
  readonly callee: string;
  /** Fragment payload size: a multiple of 8 that fits a 1500-octet MTU. */
  readonly chunk: number;
  readonly linkType: number;
  packet(src: string, dst: string, udp: Uint8Array, frag?: { offset: number; more: boolean }): Uint8Array;
}

const IPV4: Family = {
  name: "IPv4",
  caller: "192.0.2.10",
  callee: "192.0.2.20",
  chunk: 1480,
  linkType: LinkType.ETHERNET,
  packet: (src, dst, udp, frag) =>
    ethernet4(
      serializeIpv4({
        protocol: 17,
        source: parseIpv4Address(src),
        destination: parseIpv4Address(dst),
        identification: 0x1234,
        ...(frag ? { moreFragments: frag.more, fragmentOffset: frag.offset } : {}),
        payload: frag ? udp.subarray(frag.offset, frag.offset + IPV4.chunk) : udp,
      }),
    ),
};

const IPV6: Family = {
  name: "IPv6",
  caller: "2001:db8::10",
  callee: "2001:db8::20",
  chunk: 1232,
  linkType: LinkType.RAW,
  packet: (src, dst, udp, frag) =>
    serializeIpv6({
      source: parseIpv6Address(src),
      destination: parseIpv6Address(dst),
      protocol: 17,
      ...(frag
        ? { fragment: { offset: frag.offset, moreFragments: frag.more, identification: 0xbeef } }
        : {}),
      payload: frag ? udp.subarray(frag.offset, frag.offset + IPV6.chunk) : udp,
    }),
};

const CALL_ID = "frag-call-1";
const ip = (f: Family, addr: string) => `IN ${f.name === "IPv4" ? "IP4" : "IP6"} ${addr}`;

/** An offer of over 4 KB: Opus and friends, three H.264 profiles, RTCP feedback, 60 ICE candidates. */
function bigOffer(f: Family): string {
  const lines = [
    "v=0",
    `o=- 4711 1 ${ip(f, f.caller)}`,
    "s=-",
    `c=${ip(f, f.caller)}`,
    "t=0 0",
    "m=audio 20000 RTP/AVP 111 9 0 8 101",
    "a=rtpmap:111 opus/48000/2",
    "a=fmtp:111 minptime=10;useinbandfec=1",
    "a=rtpmap:9 G722/8000",
    "a=rtpmap:101 telephone-event/8000",
    "a=fmtp:101 0-16",
  ];
  for (let i = 0; i < 30; i++)
    lines.push(`a=candidate:${1000 + i} 1 udp ${2130706431 - i} ${f.caller} ${20000 + 2 * i} typ host`);
  lines.push(
    "m=video 20002 RTP/AVP 96 97 98",
    "a=rtcp-fb:* nack",
    "a=rtcp-fb:* nack pli",
    "a=rtcp-fb:* ccm fir",
  );
  for (const [pt, profile] of [
    [96, "42e01f"],
    [97, "640c1f"],
    [98, "42e01f;packetization-mode=0"],
  ] as const)
    lines.push(
      `a=rtpmap:${pt} H264/90000`,
      `a=fmtp:${pt} profile-level-id=${profile};max-mbps=245760;max-fs=8160;max-br=5000`,
    );
  for (let i = 0; i < 30; i++)
    lines.push(`a=candidate:${2000 + i} 1 udp ${2130706431 - i} ${f.caller} ${20002 + 2 * i} typ host`);
  return `${lines.join("\r\n")}\r\n`;
}

function answerSdp(f: Family): string {
  return [
    "v=0",
    `o=- 99 1 ${ip(f, f.callee)}`,
    "s=-",
    `c=${ip(f, f.callee)}`,
    "t=0 0",
    "m=audio 30000 RTP/AVP 111",
    "a=rtpmap:111 opus/48000/2",
    "m=video 30002 RTP/AVP 96",
    "a=rtpmap:96 H264/90000",
    "",
  ].join("\r\n");
}

function sip(f: Family, first: string, cseq: string, fromCaller: boolean, body = ""): Uint8Array {
  const via = fromCaller ? f.caller : f.callee;
  const host = f.name === "IPv6" ? `[${via}]` : via;
  return text.encode(
    `${first}\r\nVia: SIP/2.0/UDP ${host}:5060;branch=z9hG4bK${cseq.replace(" ", "")}\r\n` +
      `From: <sip:caller@example.org>;tag=a1\r\nTo: <sip:room@example.org>${first.startsWith("SIP/") || !first.startsWith("INVITE") ? ";tag=b2" : ""}\r\n` +
      `Call-ID: ${CALL_ID}\r\nCSeq: ${cseq}\r\nContact: <sip:x@${host}:5060>\r\nMax-Forwards: 70\r\n` +
      `${body ? "Content-Type: application/sdp\r\n" : ""}Content-Length: ${text.encode(body).length}\r\n\r\n${body}`,
  );
}

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
/** RFC 6184 §5.7.1 STAP-A: the SPS and a PPS. */
const SPS_STAP = Uint8Array.of(0x78, 0, SPS.length, ...SPS, 0, 4, 0x68, 0xce, 0x3c, 0x80);

interface Built {
  readonly file: Uint8Array;
  /** Record [start, end) in the file of each INVITE fragment, in file order. */
  readonly inviteRecords: readonly [number, number][];
  readonly fragments: number;
  readonly offer: string;
}

/** The INVITE's fragments go out last first, then the first, then the middle ones. */
function build(f: Family, opts: { snapCutFragment?: number } = {}): Built {
  const offer = bigOffer(f);
  const invite = serializeUdp(
    5060,
    5060,
    sip(f, "INVITE sip:room@example.org SIP/2.0", "1 INVITE", true, offer),
  );
  const offsets: number[] = [];
  for (let o = 0; o < invite.length; o += f.chunk) offsets.push(o);
  const order = [offsets.length - 1, 0, ...offsets.slice(1, -1).map((_, i) => i + 1)];
  const packets: BuiltPacket[] = [];
  let us = 0;
  const push = (frame: Uint8Array, originalLength?: number) =>
    packets.push({
      seconds: 1_700_000_000 + Math.floor(us / 1e6),
      fraction: us % 1e6,
      frame,
      ...(originalLength ? { originalLength } : {}),
    });
  const inviteIndexes: number[] = [];
  for (const k of order) {
    const frame = f.packet(f.caller, f.callee, invite, {
      offset: offsets[k]!,
      more: k < offsets.length - 1,
    });
    inviteIndexes.push(packets.length);
    // A capture with a small snap length keeps only the start of this fragment.
    if (opts.snapCutFragment === k) push(frame.subarray(0, 200), frame.length);
    else push(frame);
    us += 50;
  }
  const udp = (from: string, to: string, sport: number, dport: number, payload: Uint8Array) => {
    push(f.packet(from, to, serializeUdp(sport, dport, payload)));
  };
  us += 20_000;
  udp(f.callee, f.caller, 5060, 5060, sip(f, "SIP/2.0 200 OK", "1 INVITE", false, answerSdp(f)));
  us += 10_000;
  udp(f.caller, f.callee, 5060, 5060, sip(f, "ACK sip:room@example.org SIP/2.0", "1 ACK", true));
  // One second of H.264 from the callee to the caller's offered video port, 30 frames/s.
  for (let i = 0; i < 30; i++) {
    us += 33_333;
    const payload = i === 0 ? SPS_STAP : Uint8Array.of(0x41, 0x9a, i, 0);
    const rtp = serializeRtpPacket({
      marker: true,
      payloadType: asPayloadType(96),
      sequenceNumber: asSequenceNumber(500 + i),
      timestamp: asRtpTimestamp(9000 + i * 3000),
      ssrc: asSsrc(0x5eed),
      csrcs: [],
      payload,
      paddingLength: 0,
    });
    udp(f.callee, f.caller, 30002, 20002, rtp);
  }
  us += 10_000;
  udp(f.caller, f.callee, 5060, 5060, sip(f, "BYE sip:room@example.org SIP/2.0", "2 BYE", true));
  us += 10_000;
  udp(f.callee, f.caller, 5060, 5060, sip(f, "SIP/2.0 200 OK", "2 BYE", false));

  const file = buildPcap({ linkType: f.linkType }, packets);
  // Record positions, from the pcap layout (24-octet file header, 16-octet record headers).
  const starts: number[] = [];
  let at = PCAP_FILE_HEADER_LENGTH;
  for (const p of packets) {
    starts.push(at);
    at += PCAP_RECORD_HEADER_LENGTH + p.frame.length;
  }
  expect(at).toBe(file.length);
  const inviteRecords = inviteIndexes.map(
    (i) =>
      [starts[i]!, starts[i]! + PCAP_RECORD_HEADER_LENGTH + packets[i]!.frame.length] as [number, number],
  );
  return { file, inviteRecords, fragments: offsets.length, offer };
}

async function analyze(name: string, bytes: Uint8Array): Promise<FileAnalysis> {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return analyzeFile(p);
}
function check(r: Report, id: string): Check {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}

describe("a SIP INVITE with a big SDP in IP fragments, out of order", () => {
  for (const f of [IPV4, IPV6]) {
    it(`${f.name}: the fragments are reassembled; the dialog, its offer and the media are found and graded`, async () => {
      const b = build(f);
      expect(b.offer.length).toBeGreaterThan(4000);
      expect(b.fragments).toBeGreaterThanOrEqual(4);
      const fa = await analyze(`${f.name}.pcap`, b.file);
      expect(fa.capture?.failure).toBeUndefined();
      expect(fa.capture?.warnings).toEqual([]);
      expect(fa.capture?.stats).toMatchObject({ fragments: b.fragments, reassembled: 1 });
      expect(fa.analysis.dialogs).toHaveLength(1);
      const d = fa.analysis.dialogs[0]!;
      expect(d).toMatchObject({
        callId: CALL_ID,
        invites: 1,
        inviteFinal: 200,
        ackSeen: true,
        byeFinal: 200,
      });
      // The INVITE completed with its last-arriving (a middle) fragment, from the caller.
      expect(d.caller).toBe(`${f.caller}:5060`);
      const offer = d.sdps.find((s) => s.role === "offer")!;
      expect(offer.carriedBy).toBe("INVITE");
      expect(offer.text).toBe(b.offer);
      expect(offer.reading?.media.map((m) => m.kind)).toEqual(["audio", "video"]);
      expect(d.sdps.map((s) => s.role)).toEqual(["offer", "answer"]);
      // The video goes to the port the fragmented offer announced: matched by the SDP, H.264 read.
      const video = fa.analysis.streams.find((s) => s.dst === `${f.caller}:20002`)!;
      expect(video).toMatchObject({ foundBy: "sdp", codec: "H264", packets: 30 });
      expect(video.binding?.callId).toBe(CALL_ID);
      expect(video.ssrcs[0]).toMatchObject({ lost: 0, clockRate: 90000 });
      const r = buildCaptureReports(fa).reports[0]!;
      expect(check(r, "capture.readable").status).toBe("pass");
      expect(check(r, "sip.dialog").status).toBe("pass");
      expect(check(r, "h264.signalled").status).toBe("pass");
    });

    it(`${f.name}: cut in the middle of each fragment, a partial analysis with warnings, never a crash`, async () => {
      const b = build(f);
      for (const [k, [start, end]] of b.inviteRecords.entries()) {
        const cut = b.file.subarray(0, Math.floor((start + end) / 2));
        const fa = await analyze(`${f.name}-cut-${k}.pcap`, cut);
        // The file ends inside a record: reading stops there, with the reason.
        expect(fa.capture?.failure, `fragment ${k}`).toMatch(/file ends inside a record/);
        // The fragments read before the cut wait for the rest, which never comes.
        if (k > 0)
          expect(fa.capture?.warnings.join("\n")).toMatch(/1 fragmented datagram incomplete at the end/);
        expect(fa.capture?.stats.reassembled).toBe(0);
        expect(fa.analysis.dialogs).toHaveLength(0);
        const r = buildCaptureReports(fa).reports[0]!;
        expect(check(r, "capture.readable").status).toBe("warn");
        expect(r.outcome).not.toBe("pass");
      }
    });

    it(`${f.name}: a fragment cut by the snap length loses the INVITE, with a warning; the rest is analysed`, async () => {
      const b = build(f, { snapCutFragment: 1 });
      const fa = await analyze(`${f.name}-snap.pcap`, b.file);
      expect(fa.capture?.failure).toBeUndefined();
      const warnings = fa.capture?.warnings.join("\n") ?? "";
      expect(warnings).toMatch(/fragment cut by the snap length; datagram lost/);
      expect(warnings).toMatch(/1 fragmented datagram incomplete at the end/);
      expect(fa.capture?.stats.reassembled).toBe(0);
      // The dialog is still seen from the answer on, without its INVITE and offer.
      const d = fa.analysis.dialogs[0]!;
      expect(d).toMatchObject({ callId: CALL_ID, invites: 0 });
      expect(d.sdps.map((s) => s.carriedBy)).toEqual(["200 INVITE"]);
      // The answer names the callee's ports only; the video to the caller is found by its payload.
      const video = fa.analysis.streams.find((s) => s.dst === `${f.caller}:20002`)!;
      expect(video).toMatchObject({ foundBy: "heuristic", codec: "H264", packets: 30 });
      const r = buildCaptureReports(fa).reports[0]!;
      expect(check(r, "sip.dialog").status).toBe("not-tested");
    });
  }
});
