// H.239 end to end: `vdm-test call h323:testrum@` our room presents over H.239 (token, channel
// with the role label, release) and sees its slides replace its picture in the mirror; the call
// to the presentation alias receives the room's slides; the H.239 verdict is graded from the
// wire; the --pcap capture has the token messages and nothing malformed. In the H.245 modes
// H.239 can run in (tunnelled and separate; fast start agrees media before any capability).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureBuilt,
  pickRoomPorts,
  readOnlyReport,
  runCli,
  type ServeHandle,
  stackTraceLines,
  startServe,
} from "../support/cli/index.js";
import { tsharkFileFields } from "../support/h323/link-capture.js";

const scratch = mkdtempSync(join(tmpdir(), "vdm-h239-e2e-"));
let room: ServeHandle;
let roomPort: number;

beforeAll(async () => {
  await ensureBuilt();
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
  rmSync(scratch, { recursive: true, force: true });
});

describe.each(["tunnel", "separate"])("H.239 between our caller and our room, --h245 %s", (mode) => {
  it("our slides replace our picture, the alias's slides arrive, H.239 passes from the wire", async () => {
    const out = join(scratch, `h239-${mode}`);
    const pcap = join(scratch, `h239-${mode}.pcapng`);
    const run = await runCli(
      [
        "call",
        `h323:testrum@127.0.0.1:${roomPort}`,
        "--h245",
        mode,
        "--duration",
        "4",
        "--functions",
        "3,9",
        "--out",
        out,
        "--pcap",
        pcap,
      ],
      { timeoutMs: 170_000 },
    );
    expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
    const { report } = await readOnlyReport(out);
    const check = (id: string) => report.checks.find((c) => c.id === id);
    expect(check("presentation.slides-replace-mirror")?.status, run.stdout).toBe("pass");
    expect(check("presentation.receive-slides")?.status, run.stdout).toBe("pass");
    expect(check("presentation.bfcp-signalled")?.summary).toMatch(/^H\.239 control and presentation video/);
    expect(check("presentation.floor-and-slides")?.status, run.stdout).toBe("pass");
    expect(check("presentation.floor-and-slides")?.evidence["exchange"]).toEqual(
      expect.arrayContaining([
        "vdm-test: presentationTokenRequest (channel 100)",
        "endpoint: presentationTokenResponse acknowledge (channel 100)",
        "vdm-test: presentationTokenRelease (channel 100)",
      ]),
    );
    // The capture: tshark names the H.239 messages (request 3, response 4, release 5, owner 6)
    // and finds nothing malformed in the signalling. (The media is H.235.6-encrypted: the RTP
    // padding count tshark reads is ciphertext to it, so RTP is left out here.)
    expect(
      tsharkFileFields(pcap, "(_ws.malformed || _ws.expert.severity >= error) && !rtp", ["frame.number"]),
    ).toEqual([]);
    const sub = tsharkFileFields(pcap, "h245.subMessageIdentifier.standard", [
      "h245.subMessageIdentifier.standard",
    ]);
    expect(sub.flatMap(([v]) => v!.split(","))).toEqual(expect.arrayContaining(["3", "4", "5", "6"]));
  }, 180_000);
});
