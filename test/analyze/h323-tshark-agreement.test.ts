import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RTP_HEURISTIC_RUN } from "../../src/analysis/capture-analyzer.js";
import type { MediaStreamFacts } from "../../src/analysis/media-stream.js";
import { analyzeFile } from "../../src/app/analyze/analyze-file.js";
import type { StreamStats } from "../../src/media/rtp-stats.js";
import {
  type H323CaptureName,
  h323CapturePath,
  h323CapturesMissing,
} from "../support/h323/shared-captures.js";
import { haveTshark, rtpKey, runTshark, withoutMarkers } from "../support/tshark-rtp.js";

/**
 * Stream packet counts, loss and jitter of the H.323 captures against `tshark -z rtp,streams`, by
 * the method of tshark-agreement.test.ts: tshark finds the RTP from the H.245 channels as we do
 * (H.264 told by decode-as, as INDEX.md says), its Max Jitter is our Wireshark-convention
 * maximum (marked packets left out), and on a copy with the marker bits cleared (UDP only, RTP
 * found by tshark's heuristic) its maximum is our RFC 3550 A.8 maximum over every packet.
 */

const missing = h323CapturesMissing();
const H264 = ["-d", "rtp.pt==96,h264", "-d", "rtp.pt==98,h264"];
const HEURISTIC = ["-o", "rtp.heuristic_rtp:TRUE", ...H264];
const tmp = mkdtempSync(join(tmpdir(), "vdm-h323-tshark-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const WITH_RTP: readonly H323CaptureName[] = [
  "c-gk-routed",
  "d-h46018",
  "e-dial-ip-port",
  "f-h323plus-video",
];

function ours(streams: readonly MediaStreamFacts[]): Map<string, StreamStats & { foundBy: string }> {
  const out = new Map<string, StreamStats & { foundBy: string }>();
  for (const s of streams)
    for (const x of s.ssrcs)
      out.set(rtpKey({ src: s.src, dst: s.dst, ssrc: x.ssrc }), { ...x, foundBy: s.foundBy });
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01 * b, 0.0005);

describe.runIf(haveTshark && missing === undefined)("H.323 captures: RTP streams against tshark", () => {
  for (const name of WITH_RTP) {
    it(`${name}: every stream of tshark's is ours with its packets, loss and Max Jitter`, async () => {
      const file = h323CapturePath(name);
      const mine = ours((await analyzeFile(file)).analysis.streams);
      const theirs = runTshark(file, ...H264);
      expect(theirs.length).toBeGreaterThanOrEqual(2);
      const unmatched: string[] = [];
      for (const r of theirs) {
        const x = mine.get(rtpKey(r));
        if (!x) {
          // A burst shorter than the heuristic's run, to an address no channel named, is not RTP to us.
          expect(r.packets, `${rtpKey(r)} missing`).toBeLessThan(RTP_HEURISTIC_RUN);
          unmatched.push(rtpKey(r));
          continue;
        }
        expect(x.foundBy, rtpKey(r)).toBe("h245");
        expect(x.packets, rtpKey(r)).toBe(r.packets);
        expect(x.lost, rtpKey(r)).toBe(r.lost);
        expect(
          close(x.wiresharkMaxJitterMs!, r.maxJitterMs),
          `${rtpKey(r)}: ${x.wiresharkMaxJitterMs} vs ${r.maxJitterMs}`,
        ).toBe(true);
      }
      // And every RTP stream of ours is one of tshark's.
      const keys = new Set(theirs.map(rtpKey));
      for (const [k, x] of mine) if (x.packets > 0) expect(keys.has(k), k).toBe(true);
      expect(unmatched.length).toBe(name === "f-h323plus-video" ? 1 : 0);
    });

    it(`${name}: with the marker bits cleared, tshark's maximum is our A.8 maximum over every packet`, async () => {
      const mine = ours((await analyzeFile(h323CapturePath(name))).analysis.streams);
      const copy = withoutMarkers(readFileSync(h323CapturePath(name)));
      expect(copy.failure).toBeUndefined();
      expect(copy.nonUdp).toBeGreaterThan(0); // the signalling, left out
      const file = join(tmp, `${name}-no-markers.pcap`);
      writeFileSync(file, copy.pcap);
      let compared = 0;
      for (const r of runTshark(file, ...HEURISTIC)) {
        const x = mine.get(rtpKey(r));
        if (!x || x.packets < RTP_HEURISTIC_RUN || r.maxJitterMs === 0) continue;
        expect(r.packets, rtpKey(r)).toBe(x.packets);
        expect(
          close(x.maxJitterMs!, r.maxJitterMs),
          `${rtpKey(r)}: ${x.maxJitterMs} vs ${r.maxJitterMs}`,
        ).toBe(true);
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(2);
    });
  }
});
