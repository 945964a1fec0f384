// `vdm-test serve` and H.323: --listen h323:ADDR:PORT answers H.323 beside SIP and grades the
// caller; a list without h323 leaves it off; an H.323 port in use is a one-line usage error.
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { placeH323Call } from "../../src/adapters/h323/index.js";
import {
  ensureBuilt,
  pickRoomPorts,
  runCli,
  type ServeHandle,
  stackTraceLines,
  startServe,
} from "../support/cli/index.js";
import { fixedSdp } from "../support/sip/fixed-sdh.js";

let scratch: string;
const serves: ServeHandle[] = [];

beforeAll(async () => {
  await ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "vdm-e2e-h323-"));
}, 300_000);
afterAll(async () => {
  await Promise.all(serves.map((s) => s.stop("SIGKILL")));
});

async function serve(listen: (sip: number) => string): Promise<ServeHandle> {
  const ports = await pickRoomPorts();
  const s = await startServe(
    [
      "--listen",
      listen(ports.sip),
      "--rtp-ports",
      `${ports.rtp.from}-${ports.rtp.to}`,
      "--out",
      join(scratch, "reports"),
    ],
    { cwd: scratch },
  );
  serves.push(s);
  return s;
}

describe("serve answers H.323", () => {
  test("--listen with an h323 entry: the startup names it, a call is answered, hung up and graded", async () => {
    const s = await serve((sip) => `udp:127.0.0.1:${sip},h323:127.0.0.1:0`);
    const h323 = s.listening.find((l) => l.protocol === "h323");
    expect(h323, s.stderr()).toBeDefined();
    expect(h323!.host).toBe("127.0.0.1");
    expect(h323!.port).toBeGreaterThan(0);
    const { call, sdpAnswer } = await placeH323Call({
      local: { host: "127.0.0.1" },
      remote: { host: "127.0.0.1", port: h323!.port },
      called: { h323Id: "testrum" },
      calling: { h323Id: "e2e-endpoint" },
      mode: "fastStart",
      sdpOffer: fixedSdp(40100),
      answerTimeoutMs: 10_000,
    });
    // The room's answer: its own RTP address and an audio codec we offered.
    expect(sdpAnswer).toMatch(/^m=audio [1-9]\d* RTP\/AVP 0/m);
    expect(sdpAnswer).toMatch(/^c=IN IP4 127\.0\.0\.1/m);
    await s.waitForStdout(/^\S+ answered .* h323:e2e-endpoint@127\.0\.0\.1/, 10_000);
    await call.hangUp();
    const graded = await s.waitForStdout(/^\S+ graded .* h323:e2e-endpoint@127\.0\.0\.1 /, 15_000);
    expect(graded).toMatch(/SIP n\/t/);
    const stopped = await s.stop("SIGINT");
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stackTraceLines(stopped.stderr)).toEqual([]);
  }, 60_000);

  test("--listen without an h323 entry: no H.323 listener", async () => {
    const s = await serve((sip) => `udp:127.0.0.1:${sip}`);
    expect(s.listening.map((l) => l.protocol)).toEqual(["udp"]);
    expect(s.stderr()).not.toMatch(/h323|H\.323/);
  }, 30_000);

  test("an h323 port in use is a usage error (exit 2) in one line, naming the address", async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    try {
      const address = busy.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const ports = await pickRoomPorts();
      const run = await runCli(
        [
          "serve",
          "--listen",
          `udp:127.0.0.1:${ports.sip},h323:127.0.0.1:${port}`,
          "--rtp-ports",
          "12200-12299",
        ],
        { cwd: scratch, timeoutMs: 20_000 },
      );
      expect(run.code, run.stderr).toBe(2);
      expect(stackTraceLines(run.stderr)).toEqual([]);
      expect(run.stderr.trim().split("\n").at(-1)).toBe(
        `vdm-test: cannot listen on h323:127.0.0.1:${port}: EADDRINUSE`,
      );
    } finally {
      busy.close();
    }
  }, 30_000);

  test("serve --help says how H.323 is chosen", async () => {
    const run = await runCli(["serve", "--help"], { cwd: scratch, timeoutMs: 15_000 });
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/h323 \(H\.323 call signalling, TCP\)/);
    expect(help).toMatch(/without an h323 entry turns H\.323 off/);
    expect(help).toMatch(/h323:0\.0\.0\.0:1720/);
  }, 30_000);
});
