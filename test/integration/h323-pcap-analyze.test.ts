// `vdm-test call --protocol h323 --pcap`: our caller calls our embedded room over H.323, our own
// recorder writes the capture (H.225.0 and H.245 as TPKT on TCP pseudo-connections, RTP as
// sent and received), and `analyze` finds the call and grades the room from it with the engine
// of the live call: the same verdicts where the capture shows what the live call measured.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CaptureRecorder } from "../../src/adapters/capture/capture-recorder.js";
import type { H245Mode } from "../../src/adapters/h323/h323-call.js";
import { analyzeFile } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import type { Check, Report } from "../../src/report/model.js";

const silent: CallProgress = { step: () => {}, info: () => {} };
const scratch = mkdtempSync(join(tmpdir(), "vdm-h323-pcap-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const byId = (r: Report, id: string): Check => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in the ${r.kind} report`);
  return c;
};

/** Decided by what crossed the wire: the capture must say what the live call said. */
const SAME_CHECKS = ["h264.signalled", "h264.level", "h264.media", "uri.identity", "sip.methods"];

describe.each<H245Mode>(["fastStart", "separate"])(
  "our H.323 call to our room, H.245 %s, captured",
  (mode) => {
    it("is found and graded from the capture as the live call graded it", async () => {
      const path = join(scratch, `h323-${mode}.pcapng`);
      const recorder = CaptureRecorder.open(path);
      const live = await runCall(
        {
          protocol: "h323",
          h245Mode: mode,
          srtp: "off",
          durationS: 3,
          video: { width: 320, height: 240, fps: 30, bitrateKbps: 200 },
          localAddress: "127.0.0.1",
          functions: new Set([1, 2, 4] as const),
          capture: recorder,
        },
        silent,
      );
      recorder.finish();
      const fa = await analyzeFile(path);
      expect(fa.capture?.failure).toBeUndefined();
      const result = buildCaptureReports(fa);
      expect(result.dialogs).toEqual([]);
      expect(result.h323Calls).toHaveLength(1);
      expect(result.h323Calls[0]).toMatchObject({ connected: true, legs: 1, mode });
      expect(result.reports).toHaveLength(1);
      const captured = result.reports[0]!;
      // Both ends are vdm-test: the callee (the room) is graded, as the live call graded it.
      expect(captured.facts["graded"]).toMatchObject({ side: "callee" });
      expect(String((captured.facts["graded"] as { agent?: string }).agent)).toMatch(/vdm-test/);
      expect(byId(captured, "h323.call").status).toBe("pass");
      for (const id of SAME_CHECKS)
        expect(
          byId(captured, id).status,
          `${id}: ${byId(captured, id).summary} / live ${byId(live, id).summary}`,
        ).toBe(byId(live, id).status);
      // The room's H.264 was read from the captured packets: the same picture size and frames.
      expect(byId(captured, "h264.media").summary).toBe(byId(live, "h264.media").summary);
      // The channels named every RTP flow: none found by heuristics alone.
      const streams = captured.facts["streams"] as {
        foundBy: string;
        packets: number;
        fromGraded: boolean;
      }[];
      const rtp = streams.filter((s) => s.packets > 0);
      expect(rtp.length).toBeGreaterThanOrEqual(4);
      expect(rtp.every((s) => s.foundBy === "h245")).toBe(true);
      expect(rtp.filter((s) => s.fromGraded).length).toBeGreaterThanOrEqual(2);
      // The ladder is the live call's, read back from the capture.
      const names = (r: Report) => r.sip.map((l) => `${l.protocol} ${l.firstLine.split(":")[0]}`);
      expect(names(captured)).toEqual(names(live));
    }, 120_000);
  },
);
