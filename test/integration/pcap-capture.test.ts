// `vdm-test call --pcap`: a real call against the embedded room over UDP and over TCP, recorded by
// our own capture recorder, then graded offline by the analyzer. The capture must give the same
// H.264, encryption, SIP and presentation verdicts as the live report, the same packet counts as
// the live endpoints counted, and (when tshark is installed) open cleanly in Wireshark's engine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CaptureRecorder } from "../../src/adapters/capture/capture-recorder.js";
import { analyzeFile } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import { defaultTlsCacheDir, Room } from "../../src/app/room/room.js";
import type { Check, Report } from "../../src/report/model.js";

const silent: CallProgress = { step: () => {}, info: () => {} };
const scratch = mkdtempSync(join(tmpdir(), "vdm-pcap-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const TSHARK = "/usr/bin/tshark";
const hasTshark = spawnSync(TSHARK, ["-v"]).status === 0;

/** The requirements a capture can show; URI and H.460 need live interaction or DNS. */
const FROM_CAPTURE = ["H.264", "encryption", "SIP", "H.239"];
/** Checks decided by what crossed the wire (the rest need live interaction: "not testable"). */
const SAME_CHECKS = [
  "h264.signalled",
  "h264.media",
  "encryption.srtp-signalled",
  "encryption.key-exchange",
  "encryption.srtp-on-the-wire",
  "presentation.bfcp-signalled",
  "presentation.slides-h264",
  "presentation.floor-and-slides",
  "sip.methods",
  "sip.session-timer",
  "sip.transport",
];

const verdicts = (r: Report) =>
  Object.fromEntries((r.requirements ?? []).map((q) => [q.requirement, q.status] as const));
const byId = (r: Report, id: string): Check => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in the ${r.kind} report`);
  return c;
};

interface Stream {
  src: string;
  dst: string;
  packets: number;
  rtcp: number;
}
interface Endpoint {
  rtpReceived: number;
  rtpSent: number;
  sources: Record<string, number>;
}

async function recordedCall(transport: "udp" | "tcp" | "tls", srtp: "optional" | "mandatory", room?: Room) {
  const path = join(scratch, `call-${transport}.pcapng`);
  const recorder = CaptureRecorder.open(path);
  const live = await runCall(
    {
      ...(room ? { room } : {}),
      transport,
      srtp,
      durationS: 2,
      video: { width: 320, height: 240, fps: 30, bitrateKbps: 200 },
      localAddress: "127.0.0.1",
      functions: new Set([1, 2, 3, 4, 5, 6] as const),
      capture: recorder,
    },
    silent,
  );
  const result = recorder.finish();
  const fa = await analyzeFile(path);
  const { reports } = buildCaptureReports(fa);
  return { live, result, fa, reports, path };
}

/** Packets the analyzer counted from `src` to `dst` ("ip:port"). */
function streamPackets(r: Report, from: string, to: string): number {
  const streams = r.facts["streams"] as Stream[];
  return streams.filter((s) => s.src === from && s.dst === to).reduce((n, s) => n + s.packets, 0);
}

function compare(live: Report, captured: Report): void {
  // The live verdicts are measurements (on a loaded machine the frame rate may fail H.264; the
  // capture must then say the same), never "not tested".
  for (const q of FROM_CAPTURE) expect(["pass", "warn", "fail"], `live ${q}`).toContain(verdicts(live)[q]);
  expect(byId(live, "h264.media").evidence).toHaveProperty("width");
  // On a mismatch, every check that serves the requirement, on both sides.
  const serving = (r: Report, q: string) =>
    r.checks
      .filter((c) => c.serves.includes(q))
      .map((c) => `${r.kind} ${c.id} ${c.status}: ${c.summary}`)
      .join("\n");
  for (const q of FROM_CAPTURE)
    expect(verdicts(captured)[q], `${q}\n${serving(live, q)}\n${serving(captured, q)}`).toBe(
      verdicts(live)[q],
    );
  for (const id of SAME_CHECKS) {
    expect(byId(captured, id).status, `${id}: ${byId(captured, id).summary}`).toBe(byId(live, id).status);
  }
  // H.264 was read from the captured packets (SRTP decrypted with the SDP's SDES keys): same size.
  expect(byId(captured, "h264.media").summary).toBe(byId(live, "h264.media").summary);
  expect(byId(captured, "encryption.srtp-on-the-wire").evidence).toMatchObject({
    authFailures: 0,
    plainPackets: 0,
  });
  // The room is the graded party, as in the live call.
  expect(captured.facts["graded"]).toMatchObject({ side: "callee", agent: "vdm-test room" });
}

/** Each RTP stream the capture counted equals what our endpoints counted, give or take the last packets. */
function comparePackets(live: Report, captured: Report): void {
  const local = live.facts["localAddress"] as string;
  for (const kind of ["video", "audio"] as const) {
    const ep = (live.facts[kind] as { endpoint: Endpoint }).endpoint;
    const [source] = Object.keys(ep.sources);
    expect(source, `${kind} source`).toBeDefined();
    const ours = (captured.facts["streams"] as Stream[]).find((s) => s.src === source);
    expect(ours, `${kind} stream from ${source}`).toBeDefined();
    const received = streamPackets(captured, source!, ours!.dst);
    expect(ours!.dst.startsWith(`${local}:`)).toBe(true);
    // The endpoint's counters were read for the report while the call still ran; the capture
    // kept recording until the sockets closed, so it may hold a few more, never fewer.
    expect(received).toBeGreaterThanOrEqual(ep.rtpReceived);
    expect(received - ep.rtpReceived).toBeLessThanOrEqual(Math.max(5, ep.rtpReceived * 0.05));
    const sent = streamPackets(captured, ours!.dst, source!);
    expect(sent).toBeGreaterThanOrEqual(ep.rtpSent);
    expect(sent - ep.rtpSent).toBeLessThanOrEqual(Math.max(5, ep.rtpSent * 0.05));
  }
}

function tshark(args: string[]) {
  const r = spawnSync(TSHARK, args, { encoding: "utf8", timeout: 60_000 });
  // tshark warns when run as root (as in containers); that is not about the file.
  const stderr = r.stderr
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^Running as user "root"|dangerous/.test(l))
    .join("\n");
  return { status: r.status, stdout: r.stdout, stderr };
}

/**
 * tshark reads every frame without complaint, sees consistent TCP, and lists each RTP stream the
 * analyzer found with the same packet count.
 */
function checkWithTshark(path: string, packets: number, sipOverTcp: boolean, captured: Report): void {
  const frames = tshark(["-r", path, "-T", "fields", "-e", "frame.number"]);
  expect(frames.stderr).toBe("");
  expect(frames.status).toBe(0);
  expect(frames.stdout.trim().split("\n")).toHaveLength(packets);
  // Synthesised TCP: no lost/out-of-order/unseen-ACK segment and no bad checksum anywhere.
  const odd = tshark([
    "-r",
    path,
    "-o",
    "tcp.check_checksum:TRUE",
    "-o",
    "udp.check_checksum:TRUE",
    "-Y",
    // SRTP/SRTCP payloads look broken to Wireshark (it has no keys): RTP and RTCP are left out.
    "tcp.analysis.flags || tcp.checksum.status == 0 || udp.checksum.status == 0 || (_ws.malformed && !rtp && !rtcp && !srtcp)",
  ]);
  expect(odd.status).toBe(0);
  expect(odd.stdout).toBe("");
  const sip = tshark([
    "-r",
    path,
    "-Y",
    sipOverTcp ? "sip && tcp" : "sip && udp",
    "-T",
    "fields",
    "-e",
    "sip.CSeq",
  ]);
  expect(sip.stdout).toMatch(/INVITE/);
  expect(sip.stdout).toMatch(/BYE/);
  // Our ICE checks put STUN on the media ports before the RTP, and Wireshark then keeps those
  // ports for STUN: its RTP heuristic finds the streams, as it must on any capture with ICE.
  const streams = tshark(["-r", path, "--enable-heuristic", "rtp_udp", "-q", "-z", "rtp,streams"]);
  expect(streams.status).toBe(0);
  const rows = new Map<string, number>();
  for (const line of streams.stdout.split("\n")) {
    const m = /^\s*[\d.]+\s+[\d.]+\s+(\S+)\s+(\d+)\s+(\S+)\s+(\d+)\s+0x[0-9A-Fa-f]{8}\s+\S+\s+(\d+)/.exec(
      line,
    );
    if (m)
      rows.set(
        `${m[1]}:${m[2]} ${m[3]}:${m[4]}`,
        (rows.get(`${m[1]}:${m[2]} ${m[3]}:${m[4]}`) ?? 0) + Number(m[5]),
      );
  }
  const ours = (captured.facts["streams"] as Stream[]).filter((x) => x.packets > 0);
  expect(ours.length).toBeGreaterThanOrEqual(4);
  for (const x of ours) expect(rows.get(`${x.src} ${x.dst}`), `${x.src} -> ${x.dst}`).toBe(x.packets);
}

describe("call --pcap: the capture of our own call analyses to the live verdicts", () => {
  it("SIP over UDP, best-effort SRTP, BFCP over TCP; the room's own capture (serve --pcap) agrees", async () => {
    // The room the call uses records its side too, as `vdm-test serve --pcap` does.
    const roomPath = join(scratch, "room-udp.pcapng");
    const roomRecorder = CaptureRecorder.open(roomPath);
    const room = await Room.start({
      listen: [
        { protocol: "udp", host: "127.0.0.1", port: 0 },
        { protocol: "tcp", host: "127.0.0.1", port: 0 },
      ],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 40000, to: 49999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      tls: { cacheDir: defaultTlsCacheDir() },
      capture: roomRecorder,
    });
    const { live, result, fa, reports, path } = await recordedCall("udp", "optional", room).finally(() =>
      room.stop(),
    );
    roomRecorder.finish();
    expect(fa.capture?.failure).toBeUndefined();
    expect(fa.capture?.stats.malformed).toBe(0);
    expect(fa.capture?.stats.packets).toBe(result.packets);
    expect(readFileSync(path).length).toBe(result.bytes);
    expect(reports).toHaveLength(1);
    const captured = reports[0]!;
    expect(byId(captured, "sip.dialog").status).toBe("pass");
    compare(live, captured);
    comparePackets(live, captured);
    if (hasTshark) checkWithTshark(path, result.packets, false, captured);
    // Both ends recorded the same call: the same dialog, the same verdicts, and every RTP stream
    // with the same packets (each side saw what the other sent, on loopback nothing is lost).
    const roomSide = buildCaptureReports(await analyzeFile(roomPath)).reports;
    expect(roomSide).toHaveLength(1);
    expect(roomSide[0]!.target).toBe(captured.target);
    expect(verdicts(roomSide[0]!)).toEqual(verdicts(captured));
    const count = (r: Report) =>
      Object.fromEntries(
        (r.facts["streams"] as Stream[])
          .filter((x) => x.packets > 0)
          .map((x) => [`${x.src} ${x.dst}`, x.packets]),
      );
    const ours = count(captured);
    const theirs = count(roomSide[0]!);
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(ours).sort());
    for (const [k, n] of Object.entries(ours)) expect(Math.abs(theirs[k]! - n), k).toBeLessThanOrEqual(3);
  }, 90_000);

  it("SIP over TCP, mandatory SRTP: the synthesised TCP reassembles, and the same verdicts come out", async () => {
    const { live, result, fa, reports, path } = await recordedCall("tcp", "mandatory");
    expect(live.facts["transport"]).toBe("tcp");
    expect(fa.capture?.stats.tcpGaps).toBe(0);
    expect(fa.capture?.stats.tcpRetransmittedBytes).toBe(0);
    expect(reports).toHaveLength(1);
    const captured = reports[0]!;
    expect(byId(captured, "sip.dialog").status).toBe("pass");
    // Every SIP message of the live ladder from the INVITE on (the OPTIONS ping is its own dialog).
    const ladder = live.sip.map((m) => m.firstLine);
    const liveSip = ladder.slice(ladder.findIndex((l) => l.startsWith("INVITE ")));
    expect(captured.sip.map((m) => m.firstLine)).toEqual(liveSip);
    compare(live, captured);
    comparePackets(live, captured);
    if (hasTshark) checkWithTshark(path, result.packets, true, captured);
  }, 90_000);

  it("SIP over TLS: recorded as decrypted plaintext, read as TLS by the analyzer, same verdicts (encryption passes)", async () => {
    const { live, result, reports, path } = await recordedCall("tls", "optional");
    expect(live.facts["transport"]).toBe("tls");
    // SDES keys inside TLS: the live call passes encryption, and so must its capture.
    expect(verdicts(live)["encryption"]).toBe("pass");
    expect(reports).toHaveLength(1);
    const captured = reports[0]!;
    expect(captured.sip.every((m) => m.transport === "tls")).toBe(true);
    compare(live, captured);
    comparePackets(live, captured);
    if (hasTshark) {
      checkWithTshark(path, result.packets, true, captured);
      // Every SIP packet says it was TLS recorded in the clear.
      const unmarked = tshark(["-r", path, "-Y", 'sip && !(frame.comment contains "decrypted plaintext")']);
      expect(unmarked.stdout).toBe("");
      expect(tshark(["-r", path, "-Y", "sip"]).stdout).toMatch(/INVITE/);
    }
  }, 90_000);
});
