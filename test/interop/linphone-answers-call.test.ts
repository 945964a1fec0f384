// vdm-test calls a real linphonec (Debian's linphone-cli 5.1 with the openh264 plugin) that answers
// by itself, and the call report grades linphone's answer. What linphone really does here, checked
// below: it answers H.264 packetization-mode 1 (profile-level-id 42801F) encoded by OpenH264 and
// decodes our 1280x720 picture; with no camera it sends its static picture (572x468, about 15 fps)
// rather than a mirror of ours; with media_encryption=srtp (mandatory) it answers RTP/SAVP with
// AES_CM_128_HMAC_SHA1_80 and refuses our best-effort RTP/AVP offer with 488 (we then offer RTP/SAVP); it offers no BFCP;
// and it leaves rport empty in its responses.
import { afterEach, describe, expect, it, onTestFailed } from "vitest";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import type { SrtpPolicy } from "../../src/protocol/sdp/sdp-types.js";
import type { Check, Report } from "../../src/report/model.js";
import { waitForNoDescendants } from "../support/baresip/index.js";
import {
  hasLinphone,
  type LinphoneOptions,
  type LinphoneResult,
  startLinphone,
  stopAllLinphones,
} from "../support/linphone/index.js";

const SUITE = "AES_CM_128_HMAC_SHA1_80";
const VIDEO = { width: 1280, height: 720, fps: 30, bitrateKbps: 1500 };
const silentProgress: CallProgress = { step: () => {}, info: () => {} };

function check(report: Report, id: string): Check {
  const c = report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`the report has no check ${id}: ${report.checks.map((x) => x.id).join(", ")}`);
  return c;
}

const requirement = (r: Report, id: string) => r.requirements!.find((x) => x.requirement === id)!;

interface NegotiatedFacts {
  audio?: { codec?: string; srtp: string | null };
  video?: { codec?: string; payloadType?: number; fmtp?: Record<string, string>; srtp: string | null };
}

/** One line of measurements per call, so a CI log shows what linphone really did. */
function note(line: string): void {
  console.info(`[vdm-linphone] ${line}`);
}

/** Calls an auto-answering linphonec for 4 s of media; returns our report and linphone's side. */
async function callLinphone(
  peer: Omit<LinphoneOptions, "role">,
  srtp: SrtpPolicy,
): Promise<{ report: Report; linphone: LinphoneResult }> {
  const callee = await startLinphone({ role: "answer", ...peer });
  // linphone's console and the tail of its log explain a failing assertion.
  onTestFailed(() => console.info(`[vdm-linphone] linphone's output:\n${callee.log()}`));
  try {
    const report = await runCall(
      { target: callee.sipUri, srtp, durationS: 4, video: VIDEO, localAddress: "127.0.0.1" },
      silentProgress,
    );
    return { report, linphone: await callee.stop() };
  } catch (err) {
    // The harness's log is the diagnosis when a call fails.
    const log = callee.log();
    await callee.stop();
    throw new Error(`${(err as Error).message}\n${log.split("\n").slice(-30).join("\n")}`);
  }
}

/**
 * What linphone's log says it did in every call: OpenH264 sent, our picture decoded, and nearly
 * every packet we sent counted in (oRTP's counters run over the whole call, re-INVITE included).
 */
function expectLinphoneVideoBothWays(report: Report, l: LinphoneResult): void {
  expect(l.established).toBe(true);
  expect(l.endReason).toBe("No error");
  expect(l.h264Encoder).toBe("OpenH264");
  expect(l.videoDecoded).toBe(true);
  expect(l.decodedSizes).toContain(`${VIDEO.width}x${VIDEO.height}`);
  const ours = report.facts as {
    video?: { sent?: { packetsSent?: number } };
    audio?: { packetsSent?: number };
  };
  const videoSent = ours.video?.sent?.packetsSent ?? 0;
  const audioSent = ours.audio?.packetsSent ?? 0;
  const counts = JSON.stringify({ videoSent, audioSent, linphone: { video: l.video, audio: l.audio } });
  expect(videoSent, counts).toBeGreaterThan(10);
  expect(audioSent, counts).toBeGreaterThan(100);
  expect(l.video?.received, counts).toBeGreaterThanOrEqual(Math.floor(videoSent * 0.9));
  expect(l.audio?.received, counts).toBeGreaterThanOrEqual(Math.floor(audioSent * 0.9));
  expect(l.video?.sent, counts).toBeGreaterThan(10);
}

describe.skipIf(!hasLinphone)("vdm-test calls a real linphonec (skipped without /usr/bin/linphonec)", () => {
  afterEach(async () => {
    await stopAllLinphones();
    expect(await waitForNoDescendants(/linphonec|ffmpeg/, 3_000)).toEqual([]);
  });

  it("media_encryption=srtp mandatory: H.264 PASS, SRTP AES_CM_128_HMAC_SHA1_80 authenticated on the wire, encryption WARN (SDES over UDP), H.239 FAIL (no BFCP)", async () => {
    const { report, linphone } = await callLinphone({ encryption: "srtp" }, "mandatory");
    expect(report.facts.remoteAgent).toBe("Linphonec/5.1.65");

    // H.264: linphone answers mode 1 at 42801F, and its OpenH264 stream decodes here.
    const neg = report.facts.negotiated as NegotiatedFacts;
    expect(neg.video?.codec).toBe("H264");
    expect(neg.video?.fmtp).toMatchObject({ "profile-level-id": "42801F", "packetization-mode": "1" });
    expect(check(report, "h264.signalled").status).toBe("pass");
    const media = check(report, "h264.media");
    expect(media.status).toBe("pass");
    expect(media.evidence["framesDecoded"] as number).toBeGreaterThan(20);
    expect(media.evidence["decodeErrors"]).toBe(0);
    // The static picture linphone sends without a camera, not a mirror of ours.
    expect(media.evidence).toMatchObject({ width: 572, height: 468 });
    expect(check(report, "mirror.see-yourself").status).toBe("fail");
    expect(check(report, "mirror.see-yourself").evidence["framesReturned"]).toBe(0);
    expect(requirement(report, "H.264").status).toBe("pass");

    // Encryption: SRTP agreed on both streams and every packet authenticated.
    expect(neg.audio?.srtp).toBe(SUITE);
    expect(neg.video?.srtp).toBe(SUITE);
    expect(check(report, "encryption.srtp-signalled").status).toBe("pass");
    const wire = check(report, "encryption.srtp-on-the-wire");
    expect(wire.status).toBe("pass");
    expect(wire.evidence).toMatchObject({ negotiated: true, authFailures: 0, plainPackets: 0 });
    expect(wire.evidence["packetsAuthenticated"] as number).toBeGreaterThan(200);
    expect(check(report, "encryption.key-exchange").status).toBe("warn");
    expect(requirement(report, "encryption").status).toBe("warn");
    // linphone's side: it set SRTP send keys (a "none" key is plain RTP).
    expect(linphone.srtpSendKeys.length).toBeGreaterThan(0);
    expect(linphone.srtpSendKeys).not.toContain("none");

    // H.239: linphone declines our BFCP m-line.
    expect(requirement(report, "H.239").status).toBe("fail");
    expect(requirement(report, "H.239").decidedBy).toContain("presentation.bfcp-signalled");
    expect(check(report, "presentation.bfcp-signalled").summary).toMatch(/^BFCP declined/);

    expectLinphoneVideoBothWays(report, linphone);
    note(
      `vdm-test→linphone SRTP mandatory: ${wire.evidence["packetsAuthenticated"]} packets authenticated; ` +
        `received ${media.evidence["framesDecoded"]} H.264 frames ${media.evidence["width"]}x${media.evidence["height"]} ` +
        `at ${media.evidence["frameRate"]} fps; linphone decoded ${linphone.decodedSizes.join(",")}, ` +
        `video rx ${linphone.video?.received} tx ${linphone.video?.sent}, audio rx ${linphone.audio?.received}; ` +
        `call took ${report.durationMs} ms`,
    );
  }, 30_000);

  it("media_encryption=none: encryption FAIL with the plain packets counted; rport left empty fails H.460", async () => {
    const { report, linphone } = await callLinphone({ encryption: "none" }, "optional");
    const neg = report.facts.negotiated as NegotiatedFacts;
    expect(neg.audio?.srtp).toBeNull();
    expect(neg.video?.srtp).toBeNull();
    expect(check(report, "encryption.srtp-signalled").status).toBe("fail");
    const wire = check(report, "encryption.srtp-on-the-wire");
    expect(wire.status).toBe("fail");
    expect(wire.evidence["packetsAuthenticated"]).toBe(0);
    expect(wire.evidence["plainPackets"] as number).toBeGreaterThan(200);
    expect(requirement(report, "encryption").status).toBe("fail");

    // H.264 does not depend on encryption.
    expect(requirement(report, "H.264").status).toBe("pass");
    expect(requirement(report, "H.239").status).toBe("fail");

    // belle-sip answers our Via ";rport" with ";rport" still empty (RFC 3581 §4 wants the port).
    const rport = check(report, "traversal.rport");
    expect(rport.status).toBe("fail");
    expect(rport.evidence).toMatchObject({ weAskedRport: true, rport: "" });
    expect(requirement(report, "H.460").status).toBe("fail");

    expectLinphoneVideoBothWays(report, linphone);
    expect(linphone.srtpSendKeys.every((k) => k === "none")).toBe(true);
    note(
      `vdm-test→linphone plain RTP: ${wire.evidence["plainPackets"]} plain packets; linphone video rx ` +
        `${linphone.video?.received} tx ${linphone.video?.sent}`,
    );
  }, 30_000);

  it("media_encryption=srtp mandatory refuses our best-effort offer (RTP/AVP with a=crypto) with 488; we offer RTP/SAVP again and the call goes through", async () => {
    const { report, linphone } = await callLinphone({ encryption: "srtp" }, "optional");
    expect(report.facts["srtpOfferRefused"]).toMatch(/answered 488 Not acceptable here/);
    expect(report.facts["srtpPolicy"]).toBe("mandatory");
    const answered = report.steps.filter((x) => x.name === "answered");
    expect(answered.map((x) => x.status)).toEqual(["failed", "ok"]);
    expect(answered[0]!.detail).toMatch(/488 .*offering SRTP as RTP\/SAVP instead/);
    const neg = report.facts.negotiated as NegotiatedFacts;
    expect(neg.audio?.srtp).toBe(SUITE);
    expect(neg.video?.srtp).toBe(SUITE);
    expect(check(report, "encryption.srtp-on-the-wire").status).toBe("pass");
    expect(linphone.srtpSendKeys).not.toContain("none");
    expectLinphoneVideoBothWays(report, linphone);
  }, 40_000);
});
