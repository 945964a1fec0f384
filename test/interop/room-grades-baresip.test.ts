// A real baresip calls the room; the room's report about the caller grades what baresip really
// did: SRTP mandatory passes encryption, plain RTP fails it, a VP8-only baresip fails H.264.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Room } from "../../src/app/room/room.js";
import type { Check, Report } from "../../src/report/model.js";
import {
  type BaresipSrtp,
  type BaresipVideoCodec,
  hasBaresip,
  makeTestVideo,
  startBaresip,
  stopAllBaresips,
} from "../support/baresip/index.js";

/** Long enough for baresip's first packets and keyframes to reach the room. */
const CALL_MS = 3_000;

describe.skipIf(!hasBaresip)("the room grades a real baresip that calls it (skipped without baresip)", () => {
  let dir: string;
  let video: string;
  let room: Room | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vdm-interop-grade-"));
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

  async function gradeBaresip(
    srtp: BaresipSrtp,
    videoCodecs: BaresipVideoCodec[],
    transport: "udp" | "tls" = "udp",
  ): Promise<Report> {
    const reports: Report[] = [];
    room = await Room.start({
      listen: [{ protocol: transport, host: "127.0.0.1", port: 0 }],
      tls: { cacheDir: join(dir, "tls") },
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 42000, to: 42999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      onCallerReport: (r) => reports.push(r),
    });
    const uri = `sip:testrum@127.0.0.1:${room.listening[0]!.port}${transport === "tls" ? ";transport=tls" : ""}`;
    const caller = await startBaresip({
      role: "dial",
      srtp,
      videoCodecs,
      videoFile: video,
      durationS: 20,
      transport,
    });
    expect((await caller.dial(uri)).ok).toBe(true);
    await caller.waitForEstablished(5_000);
    await new Promise((r) => setTimeout(r, CALL_MS));
    await caller.hangup();
    await caller.stop();
    for (let i = 0; i < 60 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(reports).toHaveLength(1);
    return reports[0]!;
  }

  const requirement = (r: Report, id: string) => r.requirements!.find((x) => x.requirement === id)!;
  const check = (r: Report, id: string): Check => r.checks.find((c) => c.id === id)!;

  it("mediaenc=srtp-mand: SRTP agreed and authenticated on the wire; encryption warns only for SDES over UDP", async () => {
    const r = await gradeBaresip("mandatory", ["h264"]);
    expect(r.kind).toBe("room-caller");
    expect(check(r, "encryption.srtp-signalled").status).toBe("pass");
    // Every RTP packet authenticated. (baresip's 16-octet plain RTCP "PING" on each stream fails
    // SRTCP; it is counted apart from the media and does not decide this check.)
    const wire = check(r, "encryption.srtp-on-the-wire");
    expect(wire.evidence).toMatchObject({ plainPackets: 0, authFailures: 0 });
    expect(wire.evidence["packetsAuthenticated"] as number).toBeGreaterThan(100);
    expect(wire.status).toBe("pass");
    // The SDES keys crossed SIP over UDP: the requirement warns rather than passes outright.
    expect(check(r, "encryption.key-exchange").status).toBe("warn");
    expect(requirement(r, "encryption").status).toBe("warn");
    expect(requirement(r, "H.264").status).toBe("pass");
    expect(check(r, "h264.media").status).toBe("pass");
    // baresip offers no BFCP: the H.239 requirement fails with that reason.
    expect(requirement(r, "H.239").status).toBe("fail");
    expect(check(r, "presentation.bfcp-signalled").summary).toMatch(/BFCP/);
  }, 40_000);

  it("mediaenc=srtp-mand over SIP/TLS: the keys are protected and encryption PASSES", async () => {
    const r = await gradeBaresip("mandatory", ["h264"], "tls");
    expect(check(r, "encryption.srtp-signalled").status).toBe("pass");
    expect(check(r, "encryption.srtp-on-the-wire").status).toBe("pass");
    const kx = check(r, "encryption.key-exchange");
    expect(kx.status, kx.summary).toBe("pass");
    expect(requirement(r, "encryption").status).toBe("pass");
  }, 40_000);

  it("no SRTP: encryption FAIL, plain packets counted", async () => {
    const r = await gradeBaresip("off", ["h264"]);
    expect(requirement(r, "encryption").status).toBe("fail");
    expect(check(r, "encryption.srtp-signalled").status).toBe("fail");
    expect(check(r, "encryption.srtp-on-the-wire").status).toBe("fail");
    expect(check(r, "encryption.srtp-on-the-wire").evidence["plainPackets"] as number).toBeGreaterThan(100);
  }, 40_000);

  it("VP8 only: H.264 FAIL", async () => {
    const r = await gradeBaresip("off", ["vp8"]);
    expect(requirement(r, "H.264").status).toBe("fail");
    expect(check(r, "h264.signalled").status).toBe("fail");
    expect(check(r, "h264.signalled").summary).toMatch(/no H\.264 on the video line: VP8/);
  }, 40_000);
});
