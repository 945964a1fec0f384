import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRtpHeader } from "../../src/analysis/media-stream.js";
import { analyzeFile } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { renderStreamTable } from "../../src/cli/commands/analyze.js";
import type { StreamStats } from "../../src/media/rtp-stats.js";
import { buildPcap, udp4Frame } from "../../src/protocol/capture/capture-builder.js";
import { createCaptureDecoder } from "../../src/protocol/capture/capture-decoder.js";
import { haveTshark, rtpKey, runTshark, type TsharkRow, withoutMarkers } from "../support/tshark-rtp.js";

/**
 * Loss and jitter against Wireshark's `tshark -q -z rtp,streams` on real captures of
 * `vdm-test call` against its embedded room (see fixtures/README.md).
 *
 * Both run the RFC 3550 A.8 estimator J += (|D| - J) / 16 on every packet, with the clock rate of
 * the SDP's rtpmap (tshark knows H264 is 90 kHz and opus 48 kHz by name). They differ in which
 * packets the maximum is taken over: Wireshark (ui/tap-rtp-analysis.c) leaves packets with the
 * marker bit out of its min/mean/max, and in video the marker ends every frame, so on a stream of
 * one packet per frame it samples only the first packets of the few multi-packet frames. A copy
 * of the capture with every marker bit cleared (which changes nothing of ours) makes tshark take
 * its maximum over every packet, and then the two must agree within 1 %.
 */

const FIXTURES = join(import.meta.dirname, "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "vdm-tshark-"));
const tshark = haveTshark;

/** The capture's UDP datagrams rebuilt with our serialisers, every RTP marker bit cleared. */
function withoutMarkersChecked(capture: Uint8Array): Uint8Array {
  const copy = withoutMarkers(capture);
  expect(copy.failure).toBeUndefined();
  expect(copy.nonUdp).toBe(0);
  expect(copy.cleared).toBeGreaterThan(50);
  return copy.pcap;
}

async function ours(file: string): Promise<Map<string, StreamStats>> {
  const fa = await analyzeFile(file);
  const out = new Map<string, StreamStats>();
  for (const s of fa.analysis.streams) for (const x of s.ssrcs) out.set(`${s.src} ${s.dst} ${x.ssrc}`, x);
  return out;
}
const key = rtpKey;
const within1pct = (a: number, b: number) => Math.abs(a - b) / b;

interface Recorded {
  readonly capture: string;
  readonly tshark: string;
  readonly original: TsharkRow[];
  readonly markersCleared: TsharkRow[];
}

const CAPTURES = ["vdm-call-jitter", "vdm-call-plain"] as const;
const recorded = (name: string): Recorded =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.tshark.json`), "utf8"));

function copyWithoutMarkers(name: string): string {
  const p = join(tmp, `${name}-no-markers.pcap`);
  writeFileSync(p, withoutMarkersChecked(readFileSync(join(FIXTURES, `${name}.pcapng`))));
  return p;
}

/** Every tshark stream is ours with the same packets and loss, and max jitter within 1 %. */
function expectAgreement(t: Recorded, mine: Map<string, StreamStats>, mineCleared: Map<string, StreamStats>) {
  expect(t.original.length).toBe(4);
  expect(t.original.filter((r) => r.payload === "H264")).toHaveLength(2);
  for (const r of t.original) {
    const x = mine.get(key(r));
    expect(x, key(r)).toBeDefined();
    expect(x!.packets).toBe(r.packets);
    expect(x!.lost).toBe(r.lost);
    expect(x!.clockRate).toBe(r.payload === "H264" ? 90000 : 48000);
    // Clearing the marker bits changes nothing of ours but the Wireshark-convention maximum,
    // which then is the maximum over every packet.
    const { wiresharkMaxJitterMs: _w, ...plain } = x!;
    const { wiresharkMaxJitterMs: cleared, ...plainCleared } = mineCleared.get(key(r))!;
    expect(plainCleared).toEqual(plain);
    expect(cleared).toBe(x!.maxJitterMs);
    // Our Wireshark-convention figure is tshark's Max Jitter as printed (3 decimals), video too.
    expect(
      Math.abs(x!.wiresharkMaxJitterMs! - r.maxJitterMs),
      `${key(r)}: ${x!.wiresharkMaxJitterMs} vs tshark ${r.maxJitterMs}`,
    ).toBeLessThanOrEqual(Math.max(0.01 * r.maxJitterMs, 0.0005));
    const c = t.markersCleared.find((y) => key(y) === key(r))!;
    expect(c.packets).toBe(r.packets);
    expect(within1pct(x!.maxJitterMs!, c.maxJitterMs), `${key(r)} vs ${c.maxJitterMs}`).toBeLessThan(0.01);
    if (r.payload === "H264") {
      // With the markers, tshark's video maximum skips the end of every frame: lower than A.8's.
      expect(r.maxJitterMs).toBeLessThan(c.maxJitterMs);
    } else {
      // Audio carries no marker after the first packet of a talkspurt: the same figure as is.
      expect(within1pct(x!.maxJitterMs!, r.maxJitterMs), `${key(r)} vs ${r.maxJitterMs}`).toBeLessThan(0.01);
    }
  }
}

describe("loss and jitter against tshark -z rtp,streams on real captures", () => {
  for (const name of CAPTURES) {
    it(`${name}: tshark's recorded figures (as is, and with the marker bits cleared) agree within 1 %`, async () => {
      const t = recorded(name);
      expect(t.capture).toBe(`${name}.pcapng`);
      expectAgreement(t, await ours(join(FIXTURES, `${name}.pcapng`)), await ours(copyWithoutMarkers(name)));
    });

    // Each tshark run costs seconds: the recording of the older capture is trusted as stored.
    it.runIf(tshark && name === "vdm-call-jitter")(
      `${name}: tshark run now gives the recorded figures`,
      async () => {
        const t = recorded(name);
        const live: Recorded = {
          ...t,
          original: runTshark(join(FIXTURES, `${name}.pcapng`)),
          markersCleared: runTshark(copyWithoutMarkers(name)),
        };
        expect(live.original).toEqual(t.original);
        expect(live.markersCleared).toEqual(t.markersCleared);
      },
    );
  }

  it("analyze's stream table prints tshark's Max Jitter beside the RFC 3550 maximum, stream by stream", async () => {
    const name = "vdm-call-jitter";
    const fa = await analyzeFile(join(FIXTURES, `${name}.pcapng`));
    const graded = buildCaptureReports(fa).reports[0]!;
    const table = renderStreamTable(graded);
    for (const r of recorded(name).original) {
      const line = table.split("\n").find((l) => l.includes(`${r.src} → ${r.dst}`))!;
      expect(line, table).toBeDefined();
      expect(line).toContain(`0x${r.ssrc.toString(16).toUpperCase().padStart(8, "0")}`);
      // The last column is Wireshark's figure as tshark prints it (3 decimals).
      expect(line.trim().split(/\s+/).at(-1)).toBe(r.maxJitterMs.toFixed(3));
    }
  });

  it("H.264 without its signalling: found by its payload, on a 90 kHz clock, the same jitter as with the SDP", async () => {
    const name = "vdm-call-jitter";
    const full = await ours(join(FIXTURES, `${name}.pcapng`));
    // The RTP alone: the SIP datagrams (and so the SDP) left out.
    const decoder = createCaptureDecoder();
    const rtpOnly = [...decoder.push(readFileSync(join(FIXTURES, `${name}.pcapng`)))]
      .filter((d) => readRtpHeader(d.payload) !== undefined)
      .map((d) => ({
        seconds: d.time.seconds,
        fraction: d.time.nanoseconds,
        frame: udp4Frame(d.src.ip, d.src.port, d.dst.ip, d.dst.port, d.payload),
      }));
    const file = join(tmp, "rtp-only.pcap");
    writeFileSync(file, buildPcap({ linkType: 1, nanoseconds: true }, rtpOnly));
    const fa = await analyzeFile(file);
    const video = fa.analysis.streams.filter((s) => s.codec === "H264");
    expect(video).toHaveLength(2);
    for (const s of video) {
      expect(s.foundBy).toBe("heuristic");
      const x = s.ssrcs[0]!;
      const withSdp = full.get(`${s.src} ${s.dst} ${x.ssrc}`)!;
      expect(x.clockRate).toBe(90000);
      expect(x.packets).toBe(withSdp.packets);
      // Held until recognised, the first packets still count at their own arrival times.
      expect(x.lastArrivalMs - x.firstArrivalMs).toBeCloseTo(
        withSdp.lastArrivalMs - withSdp.firstArrivalMs,
        6,
      );
      expect(within1pct(x.maxJitterMs!, withSdp.maxJitterMs!)).toBeLessThan(0.01);
      expect(within1pct(x.jitterMs!, withSdp.jitterMs!)).toBeLessThan(0.01);
    }
    // Opus on a dynamic type without SDP: its clock is not guessed, so no jitter.
    const audio = fa.analysis.streams.filter((s) => s.codec !== "H264" && s.packets > 100);
    expect(audio.length).toBeGreaterThan(0);
    for (const s of audio) expect(s.ssrcs[0]!.jitterMs).toBeUndefined();
    if (!tshark) return;
    // tshark, too, has no clock rate for a dynamic type without SDP (it prints no jitter) until
    // told which codec the type carries; then its figures are those it gives with the SDP.
    const heuristic = ["-o", "rtp.heuristic_rtp:TRUE"];
    for (const r of runTshark(file, ...heuristic)) expect(r.maxJitterMs, key(r)).toBe(0);
    const told = runTshark(file, ...heuristic, "-o", "h264.dynamic.payload.type:96");
    const withSdp = recorded(name).original.filter((r) => r.payload === "H264");
    for (const r of withSdp)
      expect(told.find((y) => key(y) === key(r))).toMatchObject({
        packets: r.packets,
        maxJitterMs: r.maxJitterMs,
      });
  });
});
