import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type BaresipOptions,
  type BaresipResult,
  hasBaresip,
  makeTestVideo,
  startBaresip,
  stopAllBaresips,
} from "../support/baresip/index.js";

/** Media time per call: long enough for the first RTCP reports (about 5 s) to be in the statistics. */
const CALL_MS = 5_500;

/** Dials `callee` from a new dialler, holds the call, stops both (dialler first) and returns results. */
async function echoCall(
  callee: Omit<BaresipOptions, "role">,
  caller: Omit<BaresipOptions, "role">,
): Promise<{ dial: BaresipResult; echo: BaresipResult }> {
  const echo = await startBaresip({ role: "echo", durationS: 20, ...callee });
  const dial = await startBaresip({ role: "dial", durationS: 20, ...caller });
  const answer = await dial.dial(echo.sipUri);
  expect(answer.ok).toBe(true);
  await dial.waitForEstablished(5_000);
  await echo.waitForEvent("CALL_ESTABLISHED", 5_000);
  await new Promise((r) => setTimeout(r, CALL_MS));
  const dialResult = await dial.stop();
  await echo.waitForEvent("CALL_CLOSED", 3_000);
  return { dial: dialResult, echo: await echo.stop() };
}

function expectMediaBothWays(r: BaresipResult): void {
  expect(r.audio.stats?.rx.packets).toBeGreaterThan(100);
  expect(r.audio.stats?.tx.packets).toBeGreaterThan(100);
  expect(r.video.stats?.rx.packets).toBeGreaterThan(20);
  expect(r.video.stats?.tx.packets).toBeGreaterThan(20);
}

describe.skipIf(!hasBaresip)(
  "baresip harness on 127.0.0.1 (skipped when /usr/bin/baresip is not installed)",
  () => {
    let dir: string;
    let video: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "vdm-baresip-video-"));
      video = join(dir, "testsrc.avi");
      await makeTestVideo(video, 2);
    });
    afterEach(stopAllBaresips);
    afterAll(async () => {
      await stopAllBaresips();
      await rm(dir, { recursive: true, force: true });
    });

    it.each(["off", "mandatory"] as const)(
      "an echo baresip mirrors a dialling baresip's H.264 video and audio, SRTP %s",
      async (srtp) => {
        const { dial, echo } = await echoCall(
          { srtp, videoCodecs: ["h264"], audioCodecs: ["opus", "pcmu"] },
          { srtp, videoCodecs: ["h264"], audioCodecs: ["opus", "pcmu"], videoFile: video },
        );
        for (const r of [dial, echo]) {
          expect(r.established).toBe(true);
          expect(r.audio.encoder?.name).toBe("opus");
          expect(r.video.encoder).toEqual({ name: "H264", params: "packetization-mode=0" });
          expect(r.video.decoder?.name).toBe("H264");
          expectMediaBothWays(r);
          expect(r.srtp).toBe(srtp === "mandatory");
          if (srtp === "mandatory") {
            expect(r.audio.srtpSuite).toBe("AES_CM_128_HMAC_SHA1_80");
            expect(r.video.srtpSuite).toBe("AES_CM_128_HMAC_SHA1_80");
          }
        }
        // The dialler's moving test pattern comes back: far more than the few kbit/s of a still picture.
        expect(dial.video.stats?.rx.avgBitrateKbps).toBeGreaterThan(30);
        expect(dial.video.stats?.rx.pktReport).toBeGreaterThan(0);
        const offer = dial.sdp.sent[0] ?? "";
        expect(offer).toMatch(srtp === "mandatory" ? /^m=video \d+ RTP\/SAVP /m : /^m=video \d+ RTP\/AVP /m);
        expect(offer).toContain("a=fmtp:96 packetization-mode=0;profile-level-id=42e01f");
        expect(echo.sdp.received[0]).toBe(offer);
      },
      20_000,
    );

    it("VP8 only on both sides, plain audio-video dialler against an echo", async () => {
      const { dial, echo } = await echoCall(
        { videoCodecs: ["vp8"], audioCodecs: ["pcmu"] },
        { videoCodecs: ["vp8"], audioCodecs: ["pcmu"] },
      );
      for (const r of [dial, echo]) {
        expect(r.established).toBe(true);
        expect(r.audio.encoder).toEqual({ name: "PCMU", params: "8000Hz 1ch" });
        expect(r.video.encoder?.name).toBe("VP8");
        expect(r.video.decoder?.name).toBe("VP8");
        expectMediaBothWays(r);
      }
      expect(dial.sdp.sent[0]).toMatch(/^m=video \d+ RTP\/AVP 96\na=rtpmap:96 VP8\/90000\n/m);
    }, 20_000);

    it("an answering baresip over TCP sends its own media", async () => {
      const callee = await startBaresip({ role: "answer", transport: "tcp", durationS: 15 });
      const caller = await startBaresip({ role: "dial", transport: "tcp", durationS: 15 });
      expect(callee.sipUri).toMatch(/^sip:answer@127\.0\.0\.1:\d+;transport=tcp$/);
      await caller.dial(callee.sipUri);
      await caller.waitForEstablished(5_000);
      await new Promise((r) => setTimeout(r, 2_000));
      await caller.hangup();
      await callee.waitForEvent("CALL_CLOSED", 3_000);
      const [dial, answer] = await Promise.all([caller.stop(), callee.stop()]);
      expect(dial.established && answer.established).toBe(true);
      expect(dial.video.stats?.rx.packets).toBeGreaterThan(10);
      expect(answer.audio.stats?.rx.packets).toBeGreaterThan(50);
      expect(dial.sdp.sent).toHaveLength(1);
      expect(dial.sdp.received).toHaveLength(1);
    }, 20_000);

    it("reports a rejected call: SRTP mandatory callee, plain RTP caller gets 488", async () => {
      const echo = await startBaresip({ role: "echo", srtp: "mandatory", durationS: 10 });
      const dial = await startBaresip({ role: "dial", srtp: "off", durationS: 10 });
      await dial.dial(echo.sipUri);
      await expect(dial.waitForEstablished(5_000)).rejects.toThrow(/call closed: 488 Not Acceptable Here/);
      const r = await dial.stop();
      expect(r.established).toBe(false);
      expect(r.statusCode).toBe(488);
      expect((await echo.stop()).established).toBe(false);
    }, 20_000);

    it("never leaves a process or a config dir behind, and a start timeout names the log", async () => {
      const h = await startBaresip({ role: "answer", video: false, durationS: 10 });
      expect(existsSync(join(h.configDir, "config"))).toBe(true);
      const r = await h.stop();
      expect(existsSync(h.configDir)).toBe(false);
      expect(() => process.kill(h.pid!, 0)).toThrow();
      expect(r.exitCode).toBe(0);
      expect(await h.stop()).toBe(r);
      await expect(h.dial("sip:x@127.0.0.1:9")).rejects.toThrow(/after exit/);
      await expect(h.waitForEvent("CALL_INCOMING", 1_000)).rejects.toThrow(/process exited/);
      await expect(startBaresip({ role: "echo", startTimeoutMs: 0 })).rejects.toThrow(
        /not ready within 0 ms/,
      );
    }, 20_000);
  },
);

it("knows whether baresip is installed", () => {
  expect(hasBaresip).toBe(existsSync("/usr/bin/baresip"));
});
