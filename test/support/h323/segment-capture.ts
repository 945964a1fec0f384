import { CaptureAnalyzer } from "../../../src/analysis/capture-analyzer.js";
import type { FileAnalysis } from "../../../src/app/analyze/analyze-file.js";
import { buildPcap, tcp4Frame, udp4Frame } from "../../../src/protocol/capture/capture-builder.js";
import { createCaptureDecoder } from "../../../src/protocol/capture/capture-decoder.js";
import { TcpFlag } from "../../../src/protocol/net/tcp.js";
import { type CaptureSegment, captureSegments } from "./capture-segments.js";

// Captures built from the H.323 peers' TCP segments (fixtures/h323/tcp-segments.tsv) as they
// were, or reordered, cut, split and mixed with garbage, and analysed in memory as `analyze`
// analyses a file, for the bad-input and fuzz tests of the H.323 capture reader.

export interface Segment {
  readonly src: string;
  readonly dst: string;
  /** Relative sequence number of the first payload octet (the SYN takes 0). */
  readonly seq: number;
  readonly payload: Uint8Array;
  readonly flags?: number;
}

export interface Datagram {
  readonly src: string;
  readonly dst: string;
  readonly payload: Uint8Array;
}

const split = (a: string) => {
  const at = a.lastIndexOf(":");
  return { ip: a.slice(0, at), port: Number(a.slice(at + 1)) };
};

/** The segments of one peer capture, as tshark saw them (relative sequence numbers from 1). */
export function peerSegments(capture: string): Segment[] {
  return captureSegments()
    .filter((s: CaptureSegment) => s.capture === capture)
    .map((s) => ({ src: s.src, dst: s.dst, seq: s.seq, payload: s.payload }));
}

/** A SYN for each direction of the segments' connections, so reordered data still lines up. */
export function synsFor(segments: readonly Segment[]): Segment[] {
  const seen = new Set<string>();
  const out: Segment[] = [];
  for (const s of segments) {
    const key = `${s.src}>${s.dst}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ src: s.src, dst: s.dst, seq: 0, payload: new Uint8Array(0), flags: TcpFlag.SYN });
  }
  return out;
}

/** Each segment cut into pieces of at most `size` octets. */
export function splitSegments(segments: readonly Segment[], size: number): Segment[] {
  return segments.flatMap((s) => {
    if (s.payload.length <= size) return [s];
    const out: Segment[] = [];
    for (let at = 0; at < s.payload.length; at += size)
      out.push({ ...s, seq: s.seq + at, payload: s.payload.subarray(at, at + size) });
    return out;
  });
}

/** A pcap of the segments (and datagrams after them), 1 ms apart, in the order given. */
export function segmentsPcap(segments: readonly Segment[], datagrams: readonly Datagram[] = []): Uint8Array {
  const tcp = segments.map((s, i) => {
    const a = split(s.src);
    const b = split(s.dst);
    return {
      seconds: 1_800_000_000,
      fraction: i * 1000,
      frame: tcp4Frame(a.ip, b.ip, {
        sourcePort: a.port,
        destinationPort: b.port,
        sequenceNumber: s.seq >>> 0,
        flags: s.flags ?? TcpFlag.ACK | TcpFlag.PSH,
        payload: s.payload,
      }),
    };
  });
  const udp = datagrams.map((d, i) => {
    const a = split(d.src);
    const b = split(d.dst);
    return {
      seconds: 1_800_000_000,
      fraction: (segments.length + i) * 1000,
      frame: udp4Frame(a.ip, a.port, b.ip, b.port, d.payload),
    };
  });
  return buildPcap({ linkType: 1 }, [...tcp, ...udp]);
}

/** The pcap analysed in memory, pushed in `chunkSize` pieces, as `analyzeFile` would. */
export function analyzePcap(pcap: Uint8Array, chunkSize = 65536): FileAnalysis {
  const decoder = createCaptureDecoder();
  const analyzer = new CaptureAnalyzer();
  for (let at = 0; at < pcap.length; at += chunkSize)
    analyzer.push(decoder.push(pcap.subarray(at, at + chunkSize)));
  analyzer.push(decoder.end());
  return {
    path: "built.pcap",
    input: "pcap",
    bytes: pcap.length,
    analysis: analyzer.finish(),
    capture: {
      interfaces: decoder.interfaces.length,
      stats: { ...decoder.stats },
      warnings: decoder.warnings.map((w) => `packet ${w.packet}: ${w.error.message}`),
      ...(decoder.failure ? { failure: decoder.failure.message } : {}),
    },
    elapsedMs: 0,
  };
}
