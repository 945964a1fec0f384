// A real linphonec (Debian's linphone-cli 5.1 with the openh264 plugin) calls the vdm-test room,
// and the room's report about the caller grades what linphone really did. Its offer, checked
// below: opus first; video H264 (profile-level-id=42801F, no packetization-mode, so mode 0) before
// VP8 as our rc orders them; with media_encryption=srtp (mandatory) RTP/SAVP with four SDES
// suites (AES_CM_128_HMAC_SHA1_80/_32, AES_256_CM_HMAC_SHA1_80/_32); no BFCP, no ICE, no
// rtcp-mux. Without a camera it sends its static picture (572x468 at about 15 fps), which the
// room mirrors back and linphone decodes.
import { afterEach, describe, expect, it, onTestFailed } from "vitest";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import type { Check, Report } from "../../src/report/model.js";
import { waitForNoDescendants } from "../support/baresip/index.js";
import {
  hasLinphone,
  type LinphoneOptions,
  type LinphoneResult,
  startLinphone,
  stopAllLinphones,
} from "../support/linphone/index.js";

/** Long enough for linphone's first keyframes and a few hundred audio packets to reach the room. */
const CALL_MS = 3_000;
const SUITES = [
  "AES_CM_128_HMAC_SHA1_80",
  "AES_CM_128_HMAC_SHA1_32",
  "AES_256_CM_HMAC_SHA1_80",
  "AES_256_CM_HMAC_SHA1_32",
];

const requirement = (r: Report, id: string) => r.requirements!.find((x) => x.requirement === id)!;
function check(r: Report, id: string): Check {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`the report has no check ${id}: ${r.checks.map((x) => x.id).join(", ")}`);
  return c;
}

function note(line: string): void {
  console.info(`[linphone-room] ${line}`);
}

describe.skipIf(!hasLinphone)(
  "the room grades a real linphonec that calls it (skipped without linphonec)",
  () => {
    let room: Room | undefined;

    afterEach(async () => {
      await stopAllLinphones();
      await room?.stop();
      room = undefined;
      expect(await waitForNoDescendants(/linphonec|ffmpeg/, 3_000)).toEqual([]);
    });

    /** linphone dials the room, holds the call for CALL_MS and hangs up; the room's report and linphone's side. */
    async function gradeLinphone(
      peer: Omit<LinphoneOptions, "role">,
    ): Promise<{ report: Report; linphone: LinphoneResult; events: RoomEvent[] }> {
      const reports: Report[] = [];
      const events: RoomEvent[] = [];
      room = await Room.start({
        listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
        publicAddress: "127.0.0.1",
        rtpPorts: { from: 43000, to: 43999 },
        srtp: "optional",
        mirror: true,
        loopbackOnly: true,
        onCallerReport: (r) => reports.push(r),
        onEvent: (e) => events.push(e),
      });
      const caller = await startLinphone({ role: "dial", ...peer });
      // linphone's console and the tail of its log explain a failing assertion.
      onTestFailed(() => console.info(`[linphone-room] linphone's output:\n${caller.log()}`));
      await caller.call(`sip:testrum@127.0.0.1:${room.listening[0]!.port}`);
      await caller.waitForConnected(5_000);
      await new Promise((r) => setTimeout(r, CALL_MS));
      caller.terminate();
      await caller.waitForEvent("ended", 3_000);
      const linphone = await caller.stop();
      for (let i = 0; i < 100 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(reports).toHaveLength(1);
      return { report: reports[0]!, linphone, events };
    }

    it("media_encryption=srtp mandatory: offers H264 mode 0 and four SDES suites; H.264 PASS, SRTP authenticated, encryption WARN (SDES over UDP), H.239 FAIL", async () => {
      const { report: r, linphone, events } = await gradeLinphone({ encryption: "srtp" });
      expect(r.kind).toBe("room-caller");

      // The offer: H.264 first (PT 96, 42801F, no packetization-mode = mode 0), as our rc orders it.
      const signalled = check(r, "h264.signalled");
      expect(signalled.status).toBe("pass");
      expect(signalled.evidence["payloadTypes"]).toEqual([
        { pt: 96, profileLevelId: "42801f", profile: "Baseline", level: "3.1", packetizationMode: 0 },
      ]);
      // What linphone sent decodes: its static picture, at the normal frame rate.
      const media = check(r, "h264.media");
      expect(media.status).toBe("pass");
      expect(media.evidence).toMatchObject({ codec: "H264", decodeErrors: 0, width: 572, height: 468 });
      expect(media.evidence["framesDecoded"] as number).toBeGreaterThan(10);
      expect(requirement(r, "H.264").status).toBe("pass");

      // SRTP: RTP/SAVP on both lines with linphone's four suites; the room took the first.
      const srtp = check(r, "encryption.srtp-signalled");
      expect(srtp.status).toBe("pass");
      expect(srtp.evidence["streams"]).toEqual([
        { media: "audio", protocol: "RTP/SAVP", protection: "sdes", suites: SUITES },
        { media: "video", protocol: "RTP/SAVP", protection: "sdes", suites: SUITES },
      ]);
      expect(events.find((e) => e.kind === "answered")?.detail).toBe(
        "audio opus, video H264, srtp AES_CM_128_HMAC_SHA1_80",
      );
      const wire = check(r, "encryption.srtp-on-the-wire");
      expect(wire.status).toBe("pass");
      expect(wire.evidence).toMatchObject({ negotiated: true, authFailures: 0, plainPackets: 0 });
      expect(wire.evidence["packetsAuthenticated"] as number).toBeGreaterThan(100);
      expect(check(r, "encryption.key-exchange").status).toBe("warn");
      expect(requirement(r, "encryption").status).toBe("warn");

      // No BFCP m-line at all.
      expect(requirement(r, "H.239").status).toBe("fail");
      expect(check(r, "presentation.bfcp-signalled").summary).toMatch(/^no BFCP m-line/);

      // linphone's side: the room mirrored its picture back and linphone decoded it.
      expect(linphone.established).toBe(true);
      expect(linphone.videoDecoded).toBe(true);
      expect(linphone.decodedSizes).toEqual(["572x468"]);
      expect(linphone.h264Encoder).toBe("OpenH264");
      expect(linphone.video!.received).toBeGreaterThanOrEqual(Math.floor(linphone.video!.sent * 0.9));
      expect(linphone.audio!.received).toBeGreaterThan(50);
      expect(linphone.srtpSendKeys.length).toBeGreaterThan(0);
      expect(linphone.srtpSendKeys).not.toContain("none");
      note(
        `linphone→room SRTP: ${wire.evidence["packetsAuthenticated"]} packets authenticated; room decoded ` +
          `${media.evidence["framesDecoded"]} frames at ${media.evidence["frameRate"]} fps; linphone video tx ` +
          `${linphone.video?.sent} rx ${linphone.video?.received} (mirrored), audio rx ${linphone.audio?.received}`,
      );
    }, 30_000);

    it("media_encryption=none: encryption FAIL, plain packets counted; H.264 still PASS", async () => {
      const { report: r, linphone } = await gradeLinphone({ encryption: "none" });
      const srtp = check(r, "encryption.srtp-signalled");
      expect(srtp.status).toBe("fail");
      expect(srtp.summary).toMatch(/^no SRTP: audio \(RTP\/AVP without a=crypto\)/);
      const wire = check(r, "encryption.srtp-on-the-wire");
      expect(wire.status).toBe("fail");
      expect(wire.evidence["packetsAuthenticated"]).toBe(0);
      expect(wire.evidence["plainPackets"] as number).toBeGreaterThan(100);
      expect(requirement(r, "encryption").status).toBe("fail");
      expect(requirement(r, "H.264").status).toBe("pass");
      expect(linphone.videoDecoded).toBe(true);
      note(`linphone→room plain: ${wire.evidence["plainPackets"]} plain packets`);
    }, 30_000);

    it("VP8 only: H.264 FAIL; the room declines the video and linphone receives none", async () => {
      const { report: r, linphone, events } = await gradeLinphone({ videoCodecs: ["VP8"] });
      const signalled = check(r, "h264.signalled");
      expect(signalled.status).toBe("fail");
      expect(signalled.summary).toMatch(/no H\.264 on the video line: VP8/);
      expect(requirement(r, "H.264").status).toBe("fail");
      expect(events.find((e) => e.kind === "answered")?.detail).toBe("audio opus, video none, srtp off");
      expect(linphone.established).toBe(true);
      expect(linphone.videoDecoded).toBe(false);
      expect(linphone.video).toBeUndefined();
      expect(linphone.audio!.received).toBeGreaterThan(50);
    }, 30_000);
  },
);
