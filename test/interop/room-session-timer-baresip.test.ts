// Session timers against a real peer without them: baresip 1.0 (libre 1.1) neither says
// Supported: timer nor sends Session-Expires, so the room imposes one and refreshes itself
// (RFC 4028 §9: refresher=uas for a UAC without the extension) with re-INVITEs that baresip
// answers; the call outlives the expiry, and the room's report warns that baresip has no timers.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import type { Report } from "../../src/report/model.js";
import { hasBaresip, makeTestVideo, startBaresip, stopAllBaresips } from "../support/baresip/index.js";

const INTERVAL_S = 6;

describe.skipIf(!hasBaresip)(
  "the room keeps a timer-less baresip call alive by refreshing it (skipped without baresip)",
  () => {
    let dir: string;
    let video: string;
    let room: Room | undefined;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "vdm-interop-timer-"));
      video = join(dir, "testsrc.avi");
      await makeTestVideo(video, 2);
    });
    afterEach(async () => {
      await stopAllBaresips();
      await room?.stop();
      room = undefined;
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("refresher=uas without Require; re-INVITEs without an offer every half interval; no expiry; sip.session-timer WARN", async () => {
      const reports: Report[] = [];
      const events: RoomEvent[] = [];
      room = await Room.start({
        listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
        publicAddress: "127.0.0.1",
        rtpPorts: { from: 44000, to: 44999 },
        srtp: "optional",
        mirror: true,
        loopbackOnly: true,
        sessionTimer: { intervalS: INTERVAL_S, minSeS: INTERVAL_S },
        optionsProbeTimeoutMs: 500,
        onCallerReport: (r) => reports.push(r),
        onEvent: (e) => events.push(e),
      });
      const caller = await startBaresip({
        role: "dial",
        srtp: "mandatory",
        videoCodecs: ["h264"],
        videoFile: video,
        durationS: 20,
      });
      expect((await caller.dial(`sip:testrum@127.0.0.1:${room.listening[0]!.port}`)).ok).toBe(true);
      await caller.waitForEstablished(5_000);
      // Past the 4 s expiry and two refreshes (at 3 s and 6 s).
      await new Promise((r) => setTimeout(r, 7_500));
      expect(caller.events().some((e) => e.type === "CALL_CLOSED")).toBe(false);
      await caller.hangup();
      await caller.stop();
      for (let i = 0; i < 60 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      const report = reports[0]!;

      const received = report.sip.filter((m) => m.direction === "received");
      const sent = report.sip.filter((m) => m.direction === "sent");
      const invite = received.find((m) => /^INVITE /.test(m.firstLine))?.message ?? "";
      expect(invite).not.toMatch(/^(Session-Expires|x):/im);
      expect(invite).not.toMatch(/^(Supported|k):.*\btimer\b/im);
      const ok = sent.find(
        (m) => /^SIP\/2\.0 200/.test(m.firstLine) && /^CSeq: \d+ INVITE\r$/m.test(m.message ?? ""),
      );
      expect(ok?.message).toMatch(/^Session-Expires: 6;refresher=uas\r$/m);
      expect(ok?.message).not.toMatch(/^Require:/m);

      const refreshes = sent.filter((m) => /^INVITE /.test(m.firstLine));
      expect(refreshes.length).toBeGreaterThanOrEqual(2);
      for (const r of refreshes) {
        expect(r.message).toMatch(/^Session-Expires: 6;refresher=uac\r$/m);
        expect(r.message).toMatch(/^Content-Length: 0\r$/m);
      }
      // baresip offered in each 2xx and the room answered in the ACK (RFC 3261 §14.1).
      const acks = sent.filter((m) => /^ACK /.test(m.firstLine));
      expect(acks.filter((m) => /^m=audio /m.test(m.message ?? "")).length).toBe(refreshes.length);

      const t = report.facts.sessionTimer as { refresher: string; refreshesSent: number; expired?: string };
      expect(t).toMatchObject({ refresher: "room", refreshesSent: refreshes.length });
      expect(t.expired).toBeUndefined();
      expect(events.some((e) => e.kind === "expired")).toBe(false);
      const check = report.checks.find((c) => c.id === "sip.session-timer")!;
      expect(check.status).toBe("warn");
      expect(check.summary).toMatch(/^no session timer/);
    }, 40_000);
  },
);
