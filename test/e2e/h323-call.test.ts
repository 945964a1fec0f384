// `vdm-test call h323:…` as a user runs it: against an H.323 endpoint of our own on loopback
// (the engine's listener answered by a media party, test/support/h323/answering-endpoint.ts),
// the call is set up and graded as H.323, its report ladder holds H.225.0 and H.245, and its
// --pcap capture decodes in tshark as Q.931/H.225.0 and H.245 with nothing malformed. With
// H.235.6 (tunnelled H.245, --srtp optional by default) the mirror and music pass through the
// encrypted media and the capture shows ciphertext RTP, not H.264.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, test } from "vitest";
import { h264PayloadPlausible } from "../../src/protocol/h235/payload-checks.js";
import { readRandomness, WireRandomness } from "../../src/protocol/h235/wire-randomness.js";
import {
  ensureBuilt,
  pickRoomPorts,
  readOnlyReport,
  runCli,
  type ServeHandle,
  stackTraceLines,
  startServe,
} from "../support/cli/index.js";
import { AnsweringEndpoint } from "../support/h323/answering-endpoint.js";
import { haveTshark, tsharkFileFields as tsharkRows } from "../support/h323/link-capture.js";

const scratch = mkdtempSync(join(tmpdir(), "vdm-h323-call-e2e-"));
let endpoint: AnsweringEndpoint;
let room: ServeHandle;
let roomPort: number;

beforeAll(async () => {
  await ensureBuilt();
  endpoint = await AnsweringEndpoint.open();
  const ports = await pickRoomPorts();
  room = await startServe(
    [
      "--listen",
      `udp:127.0.0.1:${ports.sip},h323:127.0.0.1:0`,
      "--rtp-ports",
      `${ports.rtp.from}-${ports.rtp.to}`,
      "--out",
      join(scratch, "room-reports"),
    ],
    { cwd: scratch },
  );
  roomPort = room.listening.find((l) => l.protocol === "h323")!.port;
}, 180_000);

afterAll(async () => {
  await room?.stop("SIGKILL");
  await endpoint?.close();
  rmSync(scratch, { recursive: true, force: true });
});

// The "done when": our caller against our room over H.323 passes the mirror and the
// music in every H.245 mode, and the echo alias answers over H.323 too.
describe.each(["fast-start", "tunnel", "separate"])(
  "vdm-test call h323:testrum@ the room, --h245 %s",
  (mode) => {
    it("passes the mirror and the music", async () => {
      const out = join(scratch, `room-${mode}`);
      const run = await runCli(
        [
          "call",
          `h323:testrum@127.0.0.1:${roomPort}`,
          "--h245",
          mode,
          "--duration",
          "4",
          "--functions",
          "1,2,4,5,7",
          "--out",
          out,
        ],
        { timeoutMs: 150_000 },
      );
      expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
      const { report } = await readOnlyReport(out);
      const status = (id: string) => report.checks.find((c) => c.id === id);
      expect(status("mirror.see-yourself")?.status, run.stdout).toBe("pass");
      expect(status("audio.hear-far-end")?.status, run.stdout).toBe("pass");
      expect(status("function-7.others-hear-you")?.status, run.stdout).toBe("pass");
      expect(status("h264.signalled")?.status).toBe("pass");
      expect(report.sip[0]?.protocol).toBe("h225");
      expect(run.code, run.stdout).toBe(
        report.outcome === "fail" ? 1 : report.outcome === "inconclusive" ? 4 : 0,
      );
    }, 180_000);
  },
);

test("--protocol h323 without a URI calls the embedded room over H.323", async () => {
  const out = join(scratch, "embedded");
  const run = await runCli(
    ["call", "--protocol", "h323", "--duration", "3", "--functions", "1,2", "--out", out],
    { timeoutMs: 150_000 },
  );
  expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
  const { report } = await readOnlyReport(out);
  expect(report.target).toMatch(/^h323:testrum@127\.0\.0\.1:\d+$/);
  expect(report.checks.find((c) => c.id === "mirror.see-yourself")?.status, run.stdout).toBe("pass");
  expect(report.sip[0]?.protocol).toBe("h225");
}, 180_000);

describe("vdm-test call h323:", () => {
  it("--help teaches the H.323 address, --protocol and --h245", async () => {
    const run = await runCli(["call", "--help"], { timeoutMs: 20_000 });
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/h323:alias@host\[:port\] \(H\.323, TCP port 1720 by default\)/);
    expect(help).toMatch(/--protocol <p>/);
    expect(help).toMatch(/--h245 <mode> .*fast-start.*tunnel.*separate/);
  });

  it("--matrix with an h323: address is a usage error", async () => {
    const run = await runCli(["call", "h323:x@127.0.0.1", "--matrix"], { timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--matrix .* does not apply to H\.323/);
  });

  it("calls the endpoint with tunnelled H.245, grades it as H.323 and captures it for tshark", async () => {
    const out = join(scratch, "tunnel");
    const pcap = join(scratch, "tunnel.pcapng");
    const { host, port } = endpoint.address;
    const run = await runCli(
      [
        "call",
        `h323:testrum@${host}:${port}`,
        "--h245",
        "tunnel",
        "--duration",
        "3",
        "--functions",
        "1,2",
        "--video-size",
        "640x360",
        "--out",
        out,
        "--pcap",
        pcap,
      ],
      { timeoutMs: 120_000 },
    );
    expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
    const { report } = await readOnlyReport(out);
    expect(run.code, run.stderr).toBe(
      report.outcome === "fail" ? 1 : report.outcome === "inconclusive" ? 4 : 0,
    );
    expect(run.stderr).toMatch(/✓ keyframe\s+videoFastUpdatePicture answered in \d+ ms/);
    const checks = new Map(report.checks.map((c) => [c.id, c]));
    expect(checks.get("h264.signalled")?.status).toBe("pass");
    expect(checks.get("h264.media")?.status).toBe("pass");
    expect(checks.get("sip.transport")?.summary).toMatch(/^not tested: H\.323 call/);
    const sip = (report.requirements ?? []).find((r) => r.requirement === "SIP");
    expect(sip?.status).toBe("not-tested");
    const ladder = report.sip;
    expect(ladder[0]?.protocol).toBe("h225");
    expect(ladder[0]?.firstLine).toMatch(/^Setup/);
    expect(ladder.some((m) => m.protocol === "h245" && m.tunnelled)).toBe(true);
    expect((report.facts["h323"] as { mode: string }).mode).toBe("tunnelling");

    const h225 = tsharkRows(pcap, "h225", ["h225.h323_message_body"]);
    expect(h225.length).toBeGreaterThanOrEqual(3);
    expect(tsharkRows(pcap, "h245", ["frame.number"]).length).toBeGreaterThan(0);
    expect(tsharkRows(pcap, "_ws.malformed", ["frame.number"])).toEqual([]);
  }, 150_000);
});

/** The RTP of the capture as tshark reads it (heuristic RTP on any UDP port): PT, padding, payload. */
function rtpPackets(pcap: string): { pt: number; padded: boolean; payload: Uint8Array }[] {
  const r = spawnSync(
    "tshark",
    [
      "-r",
      pcap,
      "-o",
      "rtp.heuristic_rtp:TRUE",
      "-Y",
      "rtp",
      "-T",
      "fields",
      "-e",
      "rtp.p_type",
      "-e",
      "rtp.padding",
      "-e",
      "rtp.payload",
    ],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const [pt, padding, payload] = l.split("\t");
      return {
        pt: Number(pt),
        padded: padding === "1" || padding === "True",
        payload: new Uint8Array(Buffer.from((payload ?? "").replace(/:/g, ""), "hex")),
      };
    });
}

it.skipIf(!haveTshark)(
  "H.235.6: our caller and our room over H.323, tunnelled H.245: mirror and music pass, the wire carries ciphertext",
  async () => {
    const out = join(scratch, "h235");
    const pcap = join(scratch, "h235.pcapng");
    const run = await runCli(
      [
        "call",
        `h323:testrum@127.0.0.1:${roomPort}`,
        "--h245",
        "tunnel",
        "--duration",
        "4",
        "--functions",
        "1,2",
        "--out",
        out,
        "--pcap",
        pcap,
      ],
      { timeoutMs: 150_000 },
    );
    expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
    const { report } = await readOnlyReport(out);
    const check = (id: string) => report.checks.find((c) => c.id === id);
    expect(check("mirror.see-yourself")?.status, run.stdout).toBe("pass");
    expect(check("audio.hear-far-end")?.status, run.stdout).toBe("pass");
    expect(check("h264.signalled")?.status, run.stdout).toBe("pass");
    expect(check("encryption.srtp-signalled")?.status, run.stdout).toBe("pass");
    expect(check("encryption.key-exchange")?.status, run.stdout).toBe("pass");
    expect(check("encryption.srtp-on-the-wire")?.status, run.stdout).toBe("pass");
    expect(check("encryption.srtp-on-the-wire")?.summary).toMatch(
      /none in clear, wire octets read as ciphertext/,
    );

    // The wire: every video packet (either way) is padded to whole AES blocks, and its payload
    // is no H.264: clear H.264 starts with a valid NAL header every time, ciphertext 2 times in 5.
    const video = rtpPackets(pcap).filter((p) => p.pt === 96 && p.payload.length > 0);
    expect(video.length).toBeGreaterThan(100);
    expect(video.every((p) => p.padded)).toBe(true);
    const nal = video.filter((p) => h264PayloadPlausible(p.payload)).length / video.length;
    expect(nal).toBeLessThan(0.7);
    const w = new WireRandomness();
    for (const p of video) w.add(p.payload);
    expect(readRandomness(w)).toBe("ciphertext");
  },
  200_000,
);
