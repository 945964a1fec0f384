import { loadavg } from "node:os";
import { serializeRtpPacket } from "../src/protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../src/protocol/rtp/types.js";
import { createSrtpContext, SRTP_SUITES, type SrtpSuite } from "../src/protocol/srtp/index.js";

export interface SrtpBenchOptions {
  /** RTP payload octets per packet (default 1200, a full video packet). */
  readonly payloadBytes: number;
  /** Measured seconds per operation and suite. */
  readonly seconds: number;
}

export interface SrtpBenchRow {
  readonly suite: SrtpSuite;
  readonly operation: "protectRtp" | "unprotectRtp" | "protectRtcp" | "unprotectRtcp";
  /** Median over rounds of packets per CPU-second. */
  readonly packetsPerSecond: number;
  /** The best round's packets per CPU-second (least disturbed by others on the machine). */
  readonly bestPacketsPerSecond: number;
  readonly mbitPerSecond: number;
}

const LOCAL = Uint8Array.from({ length: 30 }, (_, i) => (i * 13 + 1) & 0xff);
const REMOTE = Uint8Array.from({ length: 30 }, (_, i) => (i * 7 + 3) & 0xff);
/** Packets protected ahead for one unprotect round (each index is accepted once: replay window). */
const BATCH = 1024;

function rtpPacket(seq: number, payload: Uint8Array): Uint8Array {
  return serializeRtpPacket({
    marker: false,
    payloadType: asPayloadType(96),
    sequenceNumber: asSequenceNumber(seq & 0xffff),
    timestamp: asRtpTimestamp((seq * 3000) >>> 0),
    ssrc: asSsrc(0x1234abcd),
    csrcs: [],
    payload,
    paddingLength: 0,
  });
}

function rtcpPacket(payloadBytes: number): Uint8Array {
  const length = 8 + (payloadBytes & ~3);
  const p = new Uint8Array(length);
  p[0] = 0x80;
  p[1] = 200;
  p[2] = ((length / 4 - 1) >> 8) & 0xff;
  p[3] = (length / 4 - 1) & 0xff;
  p.set([0x12, 0x34, 0xab, 0xcd], 4);
  return p;
}

/**
 * Runs `round` (which handles some packets and says how many) until `seconds` of wall time have
 * passed, timing each round in this process's CPU time (which other processes on a shared
 * machine skew less than wall time). Returns the median and the best packets per CPU-second.
 */
export function timed(seconds: number, round: () => number): { median: number; best: number } {
  // Warm-up until the optimising compiler has settled: a short one leaves the first row low.
  const warm = performance.now() + Math.min(500, seconds * 500);
  for (let i = 0; i < 3 || performance.now() < warm; i++) round();
  const rates: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until || rates.length < 5) {
    const cpu = process.cpuUsage();
    const packets = round();
    const used = process.cpuUsage(cpu);
    rates.push(packets / (Math.max(1, used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[rates.length >> 1]!, best: rates[rates.length - 1]! };
}

function benchSuite(suite: SrtpSuite, opts: SrtpBenchOptions): SrtpBenchRow[] {
  const payload = Uint8Array.from({ length: opts.payloadBytes }, (_, i) => (i * 31) & 0xff);
  const plain = Array.from({ length: BATCH }, (_, i) => rtpPacket(i, payload));
  const rtcp = rtcpPacket(opts.payloadBytes);
  const sender = () => createSrtpContext({ suite, localKey: LOCAL, remoteKey: REMOTE });
  const receiver = () => createSrtpContext({ suite, localKey: REMOTE, remoteKey: LOCAL });
  const tx = sender();
  const protectedRtp = plain.map((p) => tx.protectRtp(p));
  const protectedRtcp = Array.from({ length: BATCH }, () => tx.protectRtcp(rtcp));
  const bytes = { rtp: plain[0]!.length, rtcp: rtcp.length };

  const ops: [SrtpBenchRow["operation"], number, () => number][] = [
    [
      "protectRtp",
      bytes.rtp,
      () => {
        const ctx = sender();
        for (const p of plain) ctx.protectRtp(p);
        return plain.length;
      },
    ],
    [
      "unprotectRtp",
      bytes.rtp,
      () => {
        const ctx = receiver();
        for (const p of protectedRtp) ctx.unprotectRtp(p);
        return protectedRtp.length;
      },
    ],
    [
      "protectRtcp",
      bytes.rtcp,
      () => {
        const ctx = sender();
        for (let i = 0; i < BATCH; i++) ctx.protectRtcp(rtcp);
        return BATCH;
      },
    ],
    [
      "unprotectRtcp",
      bytes.rtcp,
      () => {
        const ctx = receiver();
        for (const p of protectedRtcp) ctx.unprotectRtcp(p);
        return protectedRtcp.length;
      },
    ],
  ];
  return ops.map(([operation, size, round]) => {
    const { median, best } = timed(opts.seconds, round);
    return {
      suite,
      operation,
      packetsPerSecond: median,
      bestPacketsPerSecond: best,
      mbitPerSecond: (median * size * 8) / 1e6,
    };
  });
}

/**
 * Packets per CPU-second for SRTP/SRTCP protect and unprotect of each suite, one context per round
 * of 1024 packets (each index can be unprotected once: the replay window).
 */
export function runSrtpBench(opts: SrtpBenchOptions): SrtpBenchRow[] {
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(
    `vdm-test SRTP benchmark: ${opts.payloadBytes}-octet payloads, ${opts.seconds} s per row, packets per CPU-second of one thread (median and best round)`,
  );
  console.log(`load average before: ${load()} (2-core machine, shared)`);
  const cols = ["packets/s", "best", "Mbit/s"];
  console.log(`${"suite".padEnd(24)} ${"operation".padEnd(14)} ${cols.map((c) => c.padStart(10)).join(" ")}`);
  const rows: SrtpBenchRow[] = [];
  for (const suite of SRTP_SUITES) {
    for (const row of benchSuite(suite, opts)) {
      rows.push(row);
      const cells = [row.packetsPerSecond, row.bestPacketsPerSecond, row.mbitPerSecond];
      console.log(
        `${row.suite.padEnd(24)} ${row.operation.padEnd(14)} ${cells.map((c) => Math.round(c).toString().padStart(10)).join(" ")}`,
      );
    }
  }
  console.log(`load average after: ${load()}`);
  return rows;
}
