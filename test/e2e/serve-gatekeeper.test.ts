// `vdm-test serve` and its gatekeeper: `--listen ...,ras:ADDR:PORT` answers RAS with the
// `--gatekeeper-id` it was given; an h323 entry alone brings the gatekeeper on UDP 1719 of its
// host, and when 1719 is taken the room says so in one line and goes on; `serve --help` says how.
import { createSocket, type Socket } from "node:dgram";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodeRas, encodeRas } from "../../src/protocol/ras/ras-message.js";
import type { Report } from "../../src/report/model.js";
import {
  ensureBuilt,
  pickRoomPorts,
  readReports,
  runCli,
  type ServeHandle,
  stackTraceLines,
  startServe,
} from "../support/cli/index.js";
import { grq } from "../support/ras/gatekeeper-harness.js";

let scratch: string;
const serves: ServeHandle[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  await ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "vdm-e2e-gk-"));
}, 300_000);
afterAll(async () => {
  await Promise.all(serves.map((s) => s.stop("SIGKILL")));
  for (const s of sockets) s.close();
});

async function serve(listen: (sip: number) => string, extra: string[] = []): Promise<ServeHandle> {
  const ports = await pickRoomPorts();
  const s = await startServe(
    [
      "--listen",
      listen(ports.sip),
      "--rtp-ports",
      `${ports.rtp.from}-${ports.rtp.to}`,
      "--out",
      join(scratch, "reports"),
      ...extra,
    ],
    { cwd: scratch },
  );
  serves.push(s);
  return s;
}

async function udp(host: string, port = 0): Promise<Socket> {
  const s = createSocket("udp4");
  sockets.push(s);
  await new Promise<void>((resolve, reject) => {
    s.once("error", reject);
    s.bind(port, host, () => resolve());
  });
  return s;
}

describe("serve answers RAS", () => {
  test("--listen with a ras entry: the startup names it and GRQ gets GCF with --gatekeeper-id", async () => {
    const s = await serve(
      (sip) => `udp:127.0.0.1:${sip},h323:127.0.0.1:0,ras:127.0.0.1:0`,
      ["--gatekeeper-id", "e2e-gk"],
    );
    const m = /^listening on ras:127\.0\.0\.1:(\d+) \(the room's gatekeeper\)$/m.exec(s.stderr());
    expect(m, s.stderr()).not.toBeNull();
    const client = await udp("127.0.0.1");
    const answer = new Promise<Buffer>((resolve) => client.once("message", resolve));
    client.send(encodeRas(grq()), Number(m![1]), "127.0.0.1");
    const gcf = decodeRas(await answer);
    expect(gcf.choice).toBe("gatekeeperConfirm");
    expect(gcf.choice === "gatekeeperConfirm" && gcf.value.gatekeeperIdentifier).toBe("e2e-gk");
    const stopped = await s.stop("SIGINT");
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stackTraceLines(stopped.stderr)).toEqual([]);
  }, 60_000);

  test("an h323 entry alone: the gatekeeper on 1719 of that host; taken, one line and the room goes on", async () => {
    const host = `127.${60 + (process.pid % 100)}.7.9`;
    await udp(host, 1719);
    const s = await serve((sip) => `udp:127.0.0.1:${sip},h323:${host}:0`);
    expect(s.listening.some((l) => l.protocol === "h323")).toBe(true);
    const off = s
      .stderr()
      .split("\n")
      .filter((l) => /gatekeeper off/.test(l));
    expect(off).toEqual([
      `gatekeeper off: cannot listen on ras:${host}:1719: EADDRINUSE; choose another address with --listen ...,ras:ADDR:PORT`,
    ]);
    const stopped = await s.stop("SIGINT");
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stackTraceLines(stopped.stderr)).toEqual([]);
  }, 60_000);

  test("a ras entry that cannot be bound is a one-line usage error", async () => {
    const host = `127.${60 + (process.pid % 100)}.7.10`;
    const taken = await udp(host);
    const ports = await pickRoomPorts();
    const run = await runCli(
      [
        "serve",
        "--listen",
        `udp:127.0.0.1:${ports.sip},h323:${host}:0,ras:${host}:${taken.address().port}`,
        "--out",
        join(scratch, "r"),
      ],
      { cwd: scratch, timeoutMs: 30_000 },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`cannot listen on ras:${host.replace(/\./g, "\\.")}:\\d+: EADDRINUSE`),
    );
    expect(stackTraceLines(run.stderr)).toEqual([]);
  }, 60_000);

  test("serve --help says how to point a gatekeeper at the room", async () => {
    const run = await runCli(["serve", "--help"], { cwd: scratch });
    // Commander wraps the help at the terminal's width.
    const help = run.stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/--gatekeeper-id <id>/);
    expect(help).toMatch(/ras \(the room's H\.323 gatekeeper/);
    expect(help).toMatch(/the gatekeeper answers RAS on UDP 1719/);
  }, 30_000);

  test("our caller registers with the room's gatekeeper, calls it by alias, and the registration is graded", async () => {
    const s = await serve((sip) => `udp:127.0.0.1:${sip},h323:127.0.0.1:0,ras:127.0.0.1:0`);
    const ras = /^listening on ras:127\.0\.0\.1:(\d+) /m.exec(s.stderr())![1];
    const out = join(scratch, "caller-reports");
    const call = await runCli(
      ["call", "h323:testrum@127.0.0.1", "--gatekeeper", `127.0.0.1:${ras}`, "--out", out],
      {
        cwd: scratch,
        timeoutMs: 120_000,
      },
    );
    expect(call.code, call.stderr).toBe(0);
    // The room admitted the call at its own address (ARQ/ACF) and answered it.
    await s.waitForStdout(/^\S+ registered +vdm\w+ h323:127\.0\.0\.1:\d+ +RRQ h323-ID vdm-test/, 10_000);
    await s.waitForStdout(/^\S+ answered .* h323:vdm-test@127\.0\.0\.1/, 10_000);
    // The caller unregisters when it is done: the room grades the registration.
    const graded = await s.waitForStdout(/^\S+ graded +vdm\w+ /, 30_000);
    expect(graded).toMatch(/URI (PASS|FAIL|WARN)/);
    const stopped = await s.stop("SIGINT");
    expect(stopped.code, stopped.stderr).toBe(0);
    const written = (await readReports(join(scratch, "reports"))).map((r) => r.report as unknown as Report);
    const registration = written.find((r) => r.kind === "room-registration");
    expect(registration?.facts["ended"]).toBe("unregistered");
    expect(registration?.sip.map((l) => l.firstLine.split(":")[0])).toEqual(
      expect.arrayContaining(["RRQ", "RCF", "ARQ", "ACF", "URQ", "UCF"]),
    );
  }, 180_000);
});
