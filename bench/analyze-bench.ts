import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeFile } from "../src/app/analyze/analyze-file.js";
import { udp4Frame } from "../src/protocol/capture/capture-builder.js";
import { serializeSps } from "../src/protocol/h264/sps.js";
import {
  type PcapFileHeader,
  serializePcapFileHeader,
  serializePcapRecord,
} from "../src/protocol/pcap/pcap-file.js";
import { serializeRtpPacket } from "../src/protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../src/protocol/rtp/types.js";

/**
 * `vdm-test analyze` throughput: writes a large synthetic capture (SIP over UDP setting up
 * calls, then H.264 + PCMU both ways with a little loss), analyses it and prints MB/s, beside
 * the time of `tshark -q -z rtp,streams -r FILE` on the same file.
 */
export interface AnalyzeBenchOptions {
  /** Capture size to write, MB (default 200). */
  readonly sizeMb?: number;
  readonly calls?: number;
  /** Run tshark too (default: when /usr/bin/tshark exists). */
  readonly tshark?: boolean;
  readonly log?: (line: string) => void;
}

export interface AnalyzeBenchResult {
  readonly bytes: number;
  readonly packets: number;
  readonly analyzeMs: number;
  readonly mbPerSecond: number;
  readonly rtpStreams: number;
  readonly tsharkMs?: number;
  readonly tsharkMbPerSecond?: number;
}

const HEADER: PcapFileHeader = {
  littleEndian: true,
  nanoseconds: false,
  modified: false,
  versionMajor: 2,
  versionMinor: 4,
  snapLength: 262144,
  linkType: 1,
  fcsLength: 0,
};

const SPS = serializeSps({
  profileIdc: 66,
  constraintFlags: 0xe0,
  levelIdc: 31,
  spsId: 0,
  widthMbs: 80,
  heightMbs: 45,
  frameMbsOnly: true,
  crop: { left: 0, right: 0, top: 0, bottom: 0 },
});
const PPS = Uint8Array.of(0x68, 0xce, 0x3c, 0x80);

class CaptureWriter {
  private readonly fd: number;
  private buf = new Uint8Array(4 << 20);
  private used = 0;
  bytes = 0;
  packets = 0;
  constructor(path: string) {
    this.fd = openSync(path, "w");
    this.put(serializePcapFileHeader(HEADER));
  }
  packet(timeUs: number, frame: Uint8Array): void {
    this.packets++;
    this.put(
      serializePcapRecord(
        HEADER,
        { seconds: Math.floor(timeUs / 1e6), fraction: timeUs % 1e6, originalLength: frame.length },
        frame,
      ),
    );
  }
  private put(b: Uint8Array): void {
    if (this.used + b.length > this.buf.length) this.flush();
    this.buf.set(b, this.used);
    this.used += b.length;
    this.bytes += b.length;
  }
  private flush(): void {
    writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const text = (s: string) => new TextEncoder().encode(s.replace(/\n/g, "\r\n"));

function sdp(ip: string, audio: number, video: number): string {
  return `v=0\no=- 1 1 IN IP4 ${ip}\ns=-\nc=IN IP4 ${ip}\nt=0 0\nm=audio ${audio} RTP/AVP 0\na=rtpmap:0 PCMU/8000\nm=video ${video} RTP/AVP 96\na=rtpmap:96 H264/90000\na=fmtp:96 packetization-mode=1;profile-level-id=42e01f\n`;
}

function sip(first: string, callId: string, cseq: string, body = ""): Uint8Array {
  const b = text(body);
  return text(
    `${first}\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK${callId}\nFrom: <sip:a@10.0.0.1>;tag=1\nTo: <sip:b@10.0.1.1>;tag=2\nCall-ID: ${callId}\nCSeq: ${cseq}\n${b.length ? "Content-Type: application/sdp\n" : ""}Content-Length: ${b.length}\n\n${body}`,
  );
}

/** Writes the synthetic capture; returns its size and packet count. */
export function writeSyntheticCapture(
  path: string,
  sizeMb: number,
  calls: number,
): { bytes: number; packets: number } {
  const w = new CaptureWriter(path);
  const target = sizeMb * 1024 * 1024;
  let t = 1_700_000_000_000_000;
  const parties = Array.from({ length: calls }, (_, i) => ({
    a: `10.0.${i >> 8}.${(i & 0xff) + 1}`,
    b: `10.1.${i >> 8}.${(i & 0xff) + 1}`,
    callId: `bench-${i}`,
  }));
  for (const p of parties) {
    w.packet(
      t,
      udp4Frame(
        p.a,
        5060,
        p.b,
        5060,
        sip(`INVITE sip:b@${p.b} SIP/2.0`, p.callId, "1 INVITE", sdp(p.a, 20000, 20002)),
      ),
    );
    w.packet(
      t + 100,
      udp4Frame(p.b, 5060, p.a, 5060, sip("SIP/2.0 200 OK", p.callId, "1 INVITE", sdp(p.b, 30000, 30002))),
    );
    w.packet(t + 200, udp4Frame(p.a, 5060, p.b, 5060, sip(`ACK sip:b@${p.b} SIP/2.0`, p.callId, "1 ACK")));
    t += 1000;
  }
  const videoPayload = new Uint8Array(1200).map((_, i) => (i * 37) & 0xff);
  const audioPayload = new Uint8Array(160).fill(0xd5);
  let seq = 0;
  let tick = 0;
  let n = 0;
  while (w.bytes < target) {
    const frame = tick % 3 === 0; // a video frame every 60 ms
    for (let i = 0; i < parties.length; i++) {
      const p = parties[i]!;
      for (const [src, dst, sport, dport, ssrc] of [
        [p.a, p.b, 20000, 30000, 1000 + i],
        [p.b, p.a, 30000, 20000, 5000 + i],
      ] as const) {
        const rtp = (pt: number, s: number, ts: number, payload: Uint8Array, marker: boolean, ss: number) =>
          serializeRtpPacket({
            marker,
            payloadType: asPayloadType(pt),
            sequenceNumber: asSequenceNumber(s),
            timestamp: asRtpTimestamp(ts),
            ssrc: asSsrc(ss),
            csrcs: [],
            payload,
            paddingLength: 0,
          });
        if (++n % 997 !== 0)
          w.packet(t, udp4Frame(src, sport, dst, dport, rtp(0, seq, tick * 160, audioPayload, false, ssrc)));
        if (frame) {
          const key = tick % 150 === 0;
          const fu = (start: boolean, end: boolean) => {
            const out = new Uint8Array(videoPayload.length + 2);
            out.set(videoPayload, 2);
            out[0] = 0x7c;
            out[1] = (start ? 0x80 : 0) | (end ? 0x40 : 0) | (key ? 5 : 1);
            return out;
          };
          const vts = tick * 1800;
          const parts: Uint8Array[] = key
            ? [
                Uint8Array.of(0x78, 0, SPS.length, ...SPS, 0, PPS.length, ...PPS),
                fu(true, false),
                fu(false, false),
                fu(false, true),
              ]
            : [fu(true, false), fu(false, false), fu(false, true)];
          parts.forEach((payload, k) => {
            const vseq = (seq * 4 + k) & 0xffff;
            if (++n % 997 !== 0)
              w.packet(
                t + 50 + k * 20,
                udp4Frame(
                  src,
                  sport + 2,
                  dst,
                  dport + 2,
                  rtp(96, vseq, vts, payload, k === parts.length - 1, ssrc + 100_000),
                ),
              );
          });
        }
      }
    }
    seq = (seq + 1) & 0xffff;
    tick++;
    t += 20_000;
  }
  for (const p of parties)
    w.packet(t, udp4Frame(p.a, 5060, p.b, 5060, sip(`BYE sip:b@${p.b} SIP/2.0`, p.callId, "2 BYE")));
  w.close();
  return { bytes: statSync(path).size, packets: w.packets };
}

export async function runAnalyzeBench(opts: AnalyzeBenchOptions = {}): Promise<AnalyzeBenchResult> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const dir = mkdtempSync(join(tmpdir(), "vdm-analyze-bench-"));
  const file = join(dir, "calls.pcap");
  try {
    const { bytes, packets } = writeSyntheticCapture(file, opts.sizeMb ?? 200, opts.calls ?? 16);
    const mb = bytes / 1024 / 1024;
    log(
      `analyze bench: ${mb.toFixed(0)} MB synthetic capture, ${packets} packets, ${opts.calls ?? 16} calls`,
    );
    const fa = await analyzeFile(file);
    const rtpStreams = fa.analysis.streams.filter((s) => s.packets > 0).length;
    const mbPerSecond = mb / (fa.elapsedMs / 1000);
    log(
      `  vdm-test analyze: ${(fa.elapsedMs / 1000).toFixed(2)} s  ${mbPerSecond.toFixed(0)} MB/s  (${rtpStreams} RTP streams, ${fa.analysis.dialogs.length} dialogs)`,
    );
    let tsharkMs: number | undefined;
    if (opts.tshark ?? spawnSync("/usr/bin/tshark", ["-v"]).status === 0) {
      const t0 = performance.now();
      const r = spawnSync("/usr/bin/tshark", ["-q", "-z", "rtp,streams", "-r", file], {
        stdio: "ignore",
        timeout: 600_000,
      });
      tsharkMs = performance.now() - t0;
      log(
        `  tshark -q -z rtp,streams: ${(tsharkMs / 1000).toFixed(2)} s  ${(mb / (tsharkMs / 1000)).toFixed(0)} MB/s${r.status === 0 ? "" : ` (exit ${r.status ?? r.signal})`}`,
      );
    } else log("  tshark: not installed");
    return {
      bytes,
      packets,
      analyzeMs: fa.elapsedMs,
      mbPerSecond,
      rtpStreams,
      ...(tsharkMs !== undefined ? { tsharkMs, tsharkMbPerSecond: mb / (tsharkMs / 1000) } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizeMb = Number(process.argv[2] ?? 200);
  runAnalyzeBench({ sizeMb }).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
