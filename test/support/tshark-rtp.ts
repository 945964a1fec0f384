import { execFileSync, spawnSync } from "node:child_process";
import { isRtcpPacket, readRtpHeader } from "../../src/analysis/media-stream.js";
import { buildPcap, udp4Frame } from "../../src/protocol/capture/capture-builder.js";
import { createCaptureDecoder } from "../../src/protocol/capture/capture-decoder.js";

// Wireshark's RTP stream figures (`tshark -q -z rtp,streams`) beside ours: the rows it prints,
// and a copy of a capture with every RTP marker bit cleared, on which Wireshark takes its
// maximum jitter over every packet (ui/tap-rtp-analysis.c leaves marked packets out).

export const TSHARK = "/usr/bin/tshark";
export const haveTshark = spawnSync(TSHARK, ["-v"]).status === 0;

export interface TsharkRow {
  readonly src: string;
  readonly dst: string;
  readonly ssrc: number;
  readonly payload: string;
  readonly packets: number;
  readonly lost: number;
  readonly maxJitterMs: number;
}

/** Rows of `tshark -q -z rtp,streams`: Start End Src Port Dst Port SSRC Payload Pkts Lost (pct) … MaxJitter. */
export function parseRtpStreams(out: string): TsharkRow[] {
  return out
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 17 && /^0x[0-9A-F]+$/i.test(f[6]!))
    .map((f) => ({
      src: `${f[2]}:${f[3]}`,
      dst: `${f[4]}:${f[5]}`,
      ssrc: Number(f[6]),
      payload: f[7]!,
      packets: Number(f[8]),
      lost: Number(f[9]),
      maxJitterMs: Number(f[16]),
    }));
}

export function runTshark(file: string, ...prefs: string[]): TsharkRow[] {
  return parseRtpStreams(
    execFileSync(TSHARK, [...prefs, "-q", "-z", "rtp,streams", "-r", file], {
      encoding: "utf8",
      stdio: "pipe",
    }),
  );
}

export const rtpKey = (r: { src: string; dst: string; ssrc: number }) => `${r.src} ${r.dst} ${r.ssrc}`;

/**
 * The capture's UDP datagrams rebuilt with our serialisers as a pcap, every RTP marker bit
 * cleared; `nonUdp` counts what was left out (TCP stream pieces), `cleared` the bits cleared.
 */
export function withoutMarkers(capture: Uint8Array): {
  pcap: Uint8Array;
  cleared: number;
  nonUdp: number;
  failure: unknown;
} {
  const decoder = createCaptureDecoder();
  const datagrams = [...decoder.push(capture), ...decoder.end()];
  let cleared = 0;
  const udp = datagrams.filter((d) => d.transport === "udp");
  const packets = udp.map((d) => {
    const payload = Uint8Array.from(d.payload);
    const h = readRtpHeader(payload);
    if (h?.marker && !isRtcpPacket(payload)) {
      payload[1] = payload[1]! & 0x7f;
      cleared++;
    }
    return {
      seconds: d.time.seconds,
      fraction: d.time.nanoseconds,
      frame: udp4Frame(d.src.ip, d.src.port, d.dst.ip, d.dst.port, payload),
    };
  });
  return {
    pcap: buildPcap({ linkType: 1, nanoseconds: true }, packets),
    cleared,
    nonUdp: datagrams.length - udp.length,
    failure: decoder.failure,
  };
}
