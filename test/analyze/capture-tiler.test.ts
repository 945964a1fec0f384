// The analyze benchmark grows recorded calls into a large capture by tiling them. Each tile must be
// a call of its own to the analyzer (its own dialog, its own streams and SSRCs) with the recorded
// per-stream packet counts, SRTP that still authenticates, and SIP whose Content-Length is right.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadSeed,
  rewriteRtcpSsrcs,
  rewriteSip,
  type SeedCapture,
  type TileMap,
  tilesFor,
  writeTiledCapture,
} from "../../bench/capture-tiler.js";
import { parseTsharkRtpStreams, streamMismatches } from "../../bench/tshark-streams.js";
import { analyzeFile, type FileAnalysis } from "../../src/app/analyze/analyze-file.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "vdm-tiler-test-"));
const seedOf = (name: string) => loadSeed(readFileSync(join(FIXTURES, name)), name);

const rtpStreams = (fa: FileAnalysis) => fa.analysis.streams.filter((s) => s.packets > 0);
const ssrcsOf = (fa: FileAnalysis) => rtpStreams(fa).flatMap((s) => s.ssrcs.map((x) => x.ssrc));
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const TSHARK = "/usr/bin/tshark";
const hasTshark = spawnSync(TSHARK, ["-v"]).status === 0;

async function tileAndAnalyze(seed: SeedCapture, tiles: number) {
  const path = join(tmp, `${seed.name}-x${tiles}.pcapng`);
  const result = writeTiledCapture(path, [seed], { tiles });
  expect(statSync(path).size).toBe(result.bytes);
  const fa = await analyzeFile(path);
  expect(fa.capture?.failure).toBeUndefined();
  expect(fa.capture?.stats.malformed).toBe(0);
  expect(fa.capture?.stats.tcpGaps).toBe(0);
  expect(fa.capture?.stats.packets).toBe(result.packets);
  return { result, fa };
}

/** Three tiles: three times the dialogs, streams and SSRCs, none shared, same counts per stream. */
async function expectThreeCalls(name: string) {
  const seed = seedOf(name);
  const once = await analyzeFile(join(FIXTURES, name));
  expect(seed.dialogs).toBe(once.analysis.dialogs.length);
  expect(seed.streams).toBeGreaterThanOrEqual(4);
  const { result, fa } = await tileAndAnalyze(seed, 3);
  expect(result.dialogs).toBe(3 * seed.dialogs);
  expect(result.streams).toBe(3 * seed.streams);
  const callIds = new Set(fa.analysis.dialogs.map((d) => d.callId));
  expect(callIds.size).toBe(3 * seed.dialogs);
  expect(fa.analysis.dialogs.every((d) => d.inviteFinal === undefined || d.inviteFinal === 200)).toBe(true);
  expect(fa.analysis.dialogs.filter((d) => d.invites > 0)).toHaveLength(
    3 * once.analysis.dialogs.filter((d) => d.invites > 0).length,
  );
  // Every stream is matched to its tile's SDP as the recorded one was (not found by heuristics).
  const foundBy = (f: FileAnalysis) => rtpStreams(f).map((s) => s.foundBy);
  expect(sorted(foundBy(fa).map((x) => (x === "sdp" ? 1 : 0)))).toEqual(
    sorted([0, 1, 2].flatMap(() => foundBy(once).map((x) => (x === "sdp" ? 1 : 0)))),
  );
  const streams = rtpStreams(fa);
  expect(streams).toHaveLength(3 * seed.streams);
  expect(new Set(streams.map((s) => `${s.src} ${s.dst}`)).size).toBe(streams.length);
  const recorded = [...seed.streamPackets.values()];
  expect(sorted(streams.map((s) => s.packets))).toEqual(sorted([...recorded, ...recorded, ...recorded]));
  // Per SSRC too: the same packets, loss and sequence, under SSRCs no other tile uses.
  const ssrcs = ssrcsOf(fa);
  expect(new Set(ssrcs).size).toBe(ssrcs.length);
  expect(ssrcs).toHaveLength(3 * ssrcsOf(once).length);
  const perSsrc = (f: FileAnalysis) =>
    rtpStreams(f).flatMap((s) => s.ssrcs.map((x) => `${x.packets}/${x.lost}`));
  expect(perSsrc(fa).sort()).toEqual([0, 1, 2].flatMap(() => perSsrc(once)).sort());
  return { seed, once, fa };
}

describe("capture tiling for the analyze benchmark", () => {
  it("SIP over UDP, plain RTP: each tile is a dialog of its own with its own streams", async () => {
    const { fa } = await expectThreeCalls("vdm-call-plain.pcapng");
    expect(rtpStreams(fa).every((s) => s.binding?.srtpNegotiated === false)).toBe(true);
    // No media port is another's port + 1, where SDP without a=rtcp implies RTCP (RFC 3605 §2.1).
    const ports = sorted([
      ...new Set(rtpStreams(fa).flatMap((s) => [s.src, s.dst].map((a) => Number(a.split(":")[1])))),
    ]);
    for (let i = 1; i < ports.length; i++) expect(ports[i]! - ports[i - 1]!).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!hasTshark)(
    "tshark lists the same RTP streams with the same packets in the tiled capture",
    async () => {
      const seed = seedOf("vdm-call-presentation.pcapng");
      const { fa } = await tileAndAnalyze(seed, 3);
      const r = spawnSync(
        TSHARK,
        [
          "--enable-heuristic",
          "rtp_udp",
          "-q",
          "-z",
          "rtp,streams",
          "-r",
          join(tmp, `${seed.name}-x3.pcapng`),
        ],
        {
          encoding: "utf8",
          timeout: 60_000,
        },
      );
      expect(r.status).toBe(0);
      const theirs = parseTsharkRtpStreams(r.stdout);
      const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, "0")}`;
      const ours = new Map(
        rtpStreams(fa).flatMap((s) =>
          s.ssrcs.map((x) => [`${s.src} ${s.dst} ${hex(x.ssrc)}`, x.packets] as const),
        ),
      );
      expect(ours.size).toBe(3 * seed.streams);
      expect(streamMismatches(ours, theirs)).toEqual([]);
    },
  );

  it("SRTP: the re-protected packets authenticate and decrypt with the key of each tile's SDP", async () => {
    const { seed, once, fa } = await expectThreeCalls("vdm-call-srtp.pcapng");
    expect(seed.keptEncrypted).toBe(0);
    const auth = (f: FileAnalysis) => rtpStreams(f).reduce((n, s) => n + s.protection.authenticated, 0);
    expect(auth(once)).toBeGreaterThan(100);
    expect(auth(fa)).toBe(3 * auth(once));
    for (const s of rtpStreams(fa)) {
      expect(s.binding?.srtpNegotiated).toBe(true);
      expect(s.protection.authFailures).toBe(0);
      expect(s.protection.rtcpAuthFailures).toBe(0);
    }
    // H.264 is read from the decrypted payloads of every tile, as from the recording.
    const keyframes = (f: FileAnalysis) =>
      rtpStreams(f)
        .map((s) => s.h264?.idrCount ?? 0)
        .filter((n) => n > 0);
    expect(keyframes(once).length).toBeGreaterThan(0);
    expect(sorted(keyframes(fa))).toEqual(sorted([0, 1, 2].flatMap(() => keyframes(once))));
  });

  it("SIP over TCP (baresip to baresip): messages are cut by Content-Length and the TCP is written anew", async () => {
    const { fa } = await expectThreeCalls("baresip-call-tcp.pcapng");
    expect(fa.analysis.dialogs.every((d) => d.carrier === "tcp")).toBe(true);
    expect(fa.capture?.stats.tcpRetransmittedBytes).toBe(0);
  });

  it("OPTIONS, best-effort SRTP, BFCP over TCP and slides", async () => {
    const { fa } = await expectThreeCalls("vdm-call-presentation.pcapng");
    expect(fa.analysis.bfcp.size).toBe(3);
  });

  it("tilesFor picks enough tiles for the asked size, cycling through several seeds", async () => {
    const seeds = [seedOf("vdm-call-plain.pcapng"), seedOf("vdm-call-srtp.pcapng")];
    const target = 1_000_000;
    const tiles = tilesFor(seeds, target);
    const path = join(tmp, "sized.pcapng");
    const result = writeTiledCapture(path, seeds, { tiles });
    expect(result.bytes).toBeGreaterThanOrEqual(target);
    expect(result.bytes).toBeLessThan(target * 1.25);
    const fa = await analyzeFile(path);
    expect(fa.analysis.dialogs).toHaveLength(result.dialogs);
    expect(rtpStreams(fa)).toHaveLength(result.streams);
  });

  it("refuses more tiles than the port space holds", () => {
    const seed = seedOf("vdm-call-plain.pcapng");
    expect(() => writeTiledCapture(join(tmp, "huge.pcapng"), [seed], { tiles: 100_000 })).toThrow(
      /do not fit in ports/,
    );
  });
});

describe("rewriting for a tile", () => {
  const map: TileMap = {
    port: (p) => (p >= 1024 ? p + 10000 : p),
    ssrc: (s) => (s ^ 0xffff0000) >>> 0,
    callId: (id) => `${id}-t7`,
  };
  const sdp = [
    "v=0",
    "o=- 1 1 IN IP4 127.0.0.1",
    "s=-",
    "c=IN IP4 127.0.0.1",
    "t=0 0",
    "m=audio 40000 RTP/AVP 0",
    "a=rtcp:40001",
    "a=candidate:1 1 UDP 2130706431 127.0.0.1 40000 typ host",
    "a=candidate:2 1 UDP 1694498815 192.0.2.1 41000 typ srflx raddr 127.0.0.1 rport 40000",
    "a=ssrc:4660 cname:x",
    "m=application 9 TCP/BFCP *",
    "m=video 0 RTP/AVP 96",
    "",
  ].join("\r\n");
  const invite = [
    "INVITE sip:room@127.0.0.1:5070 SIP/2.0",
    "Via: SIP/2.0/UDP 127.0.0.1:45000;branch=z9hG4bK1;rport=45000",
    "Call-ID: abc123",
    "Contact: <sip:me@127.0.0.1:45000>",
    "Content-Type: application/sdp",
    `Content-Length: ${sdp.length}`,
    "",
    sdp,
  ].join("\r\n");

  it("moves every port SIP and SDP name, keeps 0 and 9, changes the Call-ID and sets Content-Length", () => {
    const out = rewriteSip(invite, map);
    expect(out).toContain("INVITE sip:room@127.0.0.1:15070 SIP/2.0");
    expect(out).toContain("Via: SIP/2.0/UDP 127.0.0.1:55000;branch=z9hG4bK1;rport=55000");
    expect(out).toContain("Call-ID: abc123-t7");
    expect(out).toContain("m=audio 50000 RTP/AVP 0");
    expect(out).toContain("a=rtcp:50001");
    expect(out).toContain("127.0.0.1 50000 typ host");
    expect(out).toContain("192.0.2.1 51000 typ srflx raddr 127.0.0.1 rport 50000");
    expect(out).toContain(`a=ssrc:${(4660 ^ 0xffff0000) >>> 0} cname:x`);
    expect(out).toContain("m=application 9 TCP/BFCP *");
    expect(out).toContain("m=video 0 RTP/AVP 96");
    const [head, body] = out.split("\r\n\r\n") as [string, string];
    expect(body.length).toBeGreaterThan(sdp.length);
    expect(head).toContain(`Content-Length: ${body.length}`);
  });

  it("rewrites the SSRCs of an RTCP compound: SR with a report block, SDES, and a PLI", () => {
    const sr = [
      0x81,
      200,
      0,
      12,
      0,
      0,
      0x12,
      0x34,
      ...new Array(20).fill(0),
      0,
      0,
      0x56,
      0x78,
      ...new Array(20).fill(0),
    ];
    const sdes = [0x81, 202, 0, 2, 0, 0, 0x12, 0x34, 1, 1, 0x41, 0];
    const pli = [0x81, 206, 0, 2, 0, 0, 0x12, 0x34, 0, 0, 0x56, 0x78];
    const b = Uint8Array.from([...sr, ...sdes, ...pli]);
    rewriteRtcpSsrcs(b, map.ssrc);
    const at = (o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
    expect(at(4)).toBe(map.ssrc(0x1234));
    expect(at(28)).toBe(map.ssrc(0x5678));
    expect(at(52 + 4)).toBe(map.ssrc(0x1234));
    expect(at(64 + 4)).toBe(map.ssrc(0x1234));
    expect(at(64 + 8)).toBe(map.ssrc(0x5678));
  });
});
