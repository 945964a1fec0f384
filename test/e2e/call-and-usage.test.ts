// The built CLI as a user runs it: `vdm-test call` against its embedded room, `doctor`, rooms that
// misbehave on purpose (no mirror; SRTP only, so a plain caller gets 488; Ctrl-C during a call),
// and every way of getting the command line wrong. Each run is a real child process with a
// timeout. Vitest runs test files one at a time on a 2-core machine, so the 30 s no-answer run
// starts first and runs beside all the others.
import { createSocket, type Socket } from "node:dgram";
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type CliRun,
  check,
  closedTcpPort,
  closedUdpPort,
  collect,
  ensureBuilt,
  killAllCli,
  type RunningRoom,
  readOnlyReport,
  readReports,
  runCli,
  spawnCli,
  stackTraceLines,
  startRoom,
} from "../support/cli/index.js";

/** The call command's own answer timeout (CallOptions.answerTimeoutS default). */
const ANSWER_TIMEOUT_MS = 30_000;

let scratch: string;
/** The 30 s no-answer run starts first and runs beside every other test of this file. */
let udpNoAnswer: Promise<{ uri: string; run: CliRun }>;
let noMirror: RunningRoom;
let srtpOnly: RunningRoom;

beforeAll(async () => {
  await ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "vdm-e2e-call-"));
  const port = await closedUdpPort();
  const uri = `sip:nobody@127.0.0.1:${port}`;
  udpNoAnswer = runCli(["call", uri, "--duration", "2", "--out", join(scratch, "udp-closed")], {
    cwd: scratch,
    timeoutMs: ANSWER_TIMEOUT_MS + 20_000,
  }).then((run) => ({ uri, run }));
  [noMirror, srtpOnly] = await Promise.all([startRoom(["--no-mirror"]), startRoom(["--srtp", "mandatory"])]);
}, 180_000);

afterAll(async () => {
  await Promise.all([noMirror?.serve.stop("SIGKILL"), srtpOnly?.serve.stop("SIGKILL")]);
  killAllCli();
}, 20_000);

/** A run that ended by itself (no hang), said nothing of its stack, and left `code`. */
function expectCleanExit(run: CliRun, code: number): void {
  expect(run.timedOut, `hung; stderr:\n${run.stderr}`).toBe(false);
  expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
  expect(stackTraceLines(run.stdout), run.stdout).toEqual([]);
  expect(run.code, `stderr:\n${run.stderr}`).toBe(code);
}

/** Seconds since start of a progress line ("  0.7s ✗ answered  ..."), by step name. */
function stepAt(run: CliRun, name: string): number {
  const m = new RegExp(`^\\s*(\\d+\\.\\d)s [✓✗-] ${name} `, "m").exec(run.stderr);
  if (!m) throw new Error(`no "${name}" step in stderr:\n${run.stderr}`);
  return Number(m[1]);
}

/** The last non-empty stderr line, which must be the whole of the error message. */
function errorLine(run: CliRun): string {
  const lines = run.stderr.split("\n").filter((l) => l.trim() !== "");
  return lines.at(-1) ?? "";
}

test("call with no URI: the embedded room passes the mirror and the music, and the report says so", async () => {
  const out = join(scratch, "embedded");
  const run = await runCli(["call", "--duration", "2", "--out", out], { cwd: scratch, timeoutMs: 40_000 });
  expectCleanExit(run, 0);
  expect(run.stdout).toMatch(/PASS\s+You see yourself \(mirror\)/);
  expect(run.stdout).toMatch(/PASS\s+You hear the far end \(music\)/);
  // The outcome also grades the six requirements: SDES over UDP, a bare-IP Contact and no
  // session timer are warnings, so the call warns (exit 0).
  expect(run.stdout).toMatch(/Outcome: WARNING/);

  const { path, report } = await readOnlyReport(out);
  expect(run.stdout).toContain(path);
  expect(report.outcome).toBe("warn");
  expect(report.target).toMatch(/^sip:testrum@127\.0\.0\.1:\d+$/);
  expect(report.facts.embeddedRoom).toBe(true);
  const mirror = check(report, "mirror.see-yourself");
  expect(mirror.status).toBe("pass");
  expect(mirror.evidence.returnedSharePct).toBeGreaterThanOrEqual(90);
  const latency = mirror.evidence.latencyMs as { p50: unknown };
  expect(typeof latency.p50).toBe("number");
  expect(Number.isFinite(latency.p50)).toBe(true);
  expect(check(report, "audio.hear-far-end").status).toBe("pass");
}, 45_000);

test("doctor exits 0 and names where its ffmpeg comes from", async () => {
  const run = await runCli(["doctor"], { timeoutMs: 20_000 });
  expectCleanExit(run, 0);
  expect(run.stdout).toMatch(/^ffmpeg\s+\S+/m);
  expect(run.stdout).toMatch(
    /found through (@ffmpeg-installer\/ffmpeg|ffmpeg-static|\$?VDM_FFMPEG|PATH|\S+)/,
  );
  expect(run.stdout).toMatch(/encoder\s+libx264\s+yes/);

  const json = await runCli(["doctor", "--json"], { timeoutMs: 20_000 });
  expectCleanExit(json, 0);
  const parsed = JSON.parse(json.stdout) as { ok: boolean; ffmpeg: { path: string; source: string } };
  expect(parsed.ok).toBe(true);
  expect(parsed.ffmpeg.source.length).toBeGreaterThan(0);
  expect(run.stdout).toContain(`found through ${parsed.ffmpeg.source}`);
}, 30_000);

function expectNoStack(run: CliRun): void {
  expect(run.timedOut, `hung; stderr:\n${run.stderr}`).toBe(false);
  expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
  expect(stackTraceLines(run.stdout), run.stdout).toEqual([]);
}

describe("rooms that misbehave on purpose", () => {
  test("serve --no-mirror: the call exits 1, the mirror check fails, the music still passes", async () => {
    expect(noMirror.serve.stderr()).toMatch(/^test room ready \(mirror OFF\)/m);
    const out = join(scratch, "no-mirror");
    const run = await runCli(
      [
        "call",
        `sip:testrum@127.0.0.1:${noMirror.ports.sip}`,
        "--duration",
        "2",
        "--video-size",
        "320x240",
        "--no-presentation",
        "--out",
        out,
      ],
      { cwd: scratch, timeoutMs: 40_000 },
    );
    expectNoStack(run);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/FAIL\s+You see yourself \(mirror\)/);
    expect(run.stdout).toMatch(/PASS\s+You hear the far end \(music\)/);
    expect(run.stdout).toMatch(/Outcome: FAIL/);
    const { report } = await readOnlyReport(out);
    expect(report.outcome).toBe("fail");
    const mirror = check(report, "mirror.see-yourself");
    expect(mirror.status).toBe("fail");
    expect(mirror.evidence.framesReturned ?? 0).toBe(0);
    expect(check(report, "audio.hear-far-end").status).toBe("pass");

    const stopped = await noMirror.serve.stop("SIGINT");
    expect(stopped.code, stopped.stderr).toBe(0);
  }, 60_000);

  test("serve --srtp mandatory answers a plain-RTP caller 488: the call exits 3 with one line naming 488", async () => {
    const uri = `sip:testrum@127.0.0.1:${srtpOnly.ports.sip}`;
    const out = join(scratch, "srtp-488");
    const run = await runCli(
      [
        "call",
        uri,
        "--srtp",
        "off",
        "--duration",
        "2",
        "--video-size",
        "320x240",
        "--no-presentation",
        "--out",
        out,
      ],
      {
        cwd: scratch,
        timeoutMs: 30_000,
      },
    );
    expectNoStack(run);
    expect(run.code, run.stderr).toBe(3);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("vdm-test:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^vdm-test: ${uri.replace(/\./g, "\\.")} answered 488 Not Acceptable Here`),
    );
    await srtpOnly.serve.waitForStdout(/rejected .*488/, 5_000);
  }, 40_000);

  test("Ctrl-C on serve during a call: the room says BYE, the caller ends, serve exits 0", async () => {
    const out = join(scratch, "sigint");
    const caller = spawnCli(
      [
        "call",
        `sip:testrum@127.0.0.1:${srtpOnly.ports.sip}`,
        "--srtp",
        "mandatory",
        "--duration",
        "12",
        "--video-size",
        "320x240",
        "--no-presentation",
        "--out",
        out,
      ],
      { cwd: scratch },
    );
    const callerDone = collect(caller, 45_000);
    await srtpOnly.serve.waitForStdout(/ answered /, 20_000);

    const served = await srtpOnly.serve.stop("SIGINT", 10_000);
    expect(served.code, served.stderr).toBe(0);
    expect(served.stderr).toMatch(/^SIGINT: hanging up 1 call\(s\)$/m);
    expect(stackTraceLines(served.stderr)).toEqual([]);

    // The caller was set for 12 s of media; it ends well before that, on the room's BYE.
    const run = await callerDone;
    expectNoStack(run);
    expect(run.stderr).toMatch(/✗ hang-up\s+the far end hung up first/);
    expect(run.durationMs).toBeLessThan(10_000);
    expect([0, 1, 4]).toContain(run.code);
    const [written] = await readReports(out);
    expect(written, run.stderr).toBeDefined();
    const hangUp = written!.report.steps.find((s) => s.name === "hang-up");
    expect(hangUp).toMatchObject({ status: "failed", detail: "the far end hung up first" });
    expect(written!.report.sip.some((e) => e.direction === "received" && /^BYE /.test(e.firstLine))).toBe(
      true,
    );
    expect(written!.report.sip.some((e) => e.direction === "sent" && /^BYE /.test(e.firstLine))).toBe(false);
  }, 60_000);
});

// Independent short runs, a few at a time.
describe.concurrent("bad input ends in one line, the right exit code, and no stack trace", () => {
  test("an unknown flag is a usage error (exit 2)", async () => {
    const run = await runCli(["call", "--bogus"], { cwd: scratch, timeoutMs: 15_000 });
    expectCleanExit(run, 2);
    expect(run.stderr.trim()).toMatch(/^vdm-test: error: unknown option '--bogus'[^\n]*$/);
  });

  test("an unknown flag before the command is a usage error (exit 2)", async () => {
    const run = await runCli(["--bogus", "call"], { cwd: scratch, timeoutMs: 15_000 });
    expectCleanExit(run, 2);
    expect(run.stderr.trim()).toMatch(/^vdm-test: error: unknown option '--bogus'[^\n]*$/);
  });

  test.each([["sip:"], ["http://x"], ["sip:user@"], ["sips:[::1"]])(
    "call %s: a malformed URI is a usage error (exit 2)",
    async (uri) => {
      const run = await runCli(["call", uri, "--duration", "2", "--out", join(scratch, "bad-uri")], {
        cwd: scratch,
        timeoutMs: 15_000,
      });
      expectCleanExit(run, 2);
      expect(errorLine(run)).toMatch(/^vdm-test: bad URI /);
    },
  );

  test.each([
    [["--duration", "abc"], /^vdm-test: error: option '--duration <seconds>' argument 'abc' is invalid/],
    [["--duration", "1"], /^vdm-test: error: option '--duration <seconds>' argument '1' is invalid/],
    // RFC 4028 §4: no session interval below 90 s from the command line.
    [
      ["--session-expires", "30"],
      /^vdm-test: error: option '--session-expires <seconds>' argument '30' is invalid\. --session-expires must be a whole number from 90 to 86400$/,
    ],
    [["--srtp", "maybe"], /^vdm-test: error: option '--srtp <mode>' argument 'maybe' is invalid/],
    [["--video-size", "big"], /^vdm-test: error: option '--video-size <WxH>' argument 'big' is invalid/],
    [["--require", "H.264,encrpytion"], /^vdm-test: --require: "encrpytion" names no requirement/],
  ])("call %j is a usage error (exit 2)", async (args, message) => {
    const run = await runCli(["call", ...args], { cwd: scratch, timeoutMs: 15_000 });
    expectCleanExit(run, 2);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test.each([["nonsense"], ["udp:127.0.0.1:70000"], ["carrier-pigeon:127.0.0.1:5070"]])(
    "serve --listen %s is a usage error (exit 2)",
    async (listen) => {
      const run = await runCli(["serve", "--listen", listen], { cwd: scratch, timeoutMs: 15_000 });
      expectCleanExit(run, 2);
      expect(run.stderr.trim()).toMatch(/^vdm-test: --listen: [^\n]+$/);
    },
  );

  test("serve on a UDP port already in use is a usage error (exit 2) naming the port", async () => {
    const busy: Socket = createSocket("udp4");
    await new Promise<void>((r) => busy.bind(0, "127.0.0.1", r));
    try {
      const port = busy.address().port;
      const run = await runCli(["serve", "--listen", `udp:127.0.0.1:${port}`, "--rtp-ports", "12000-12099"], {
        cwd: scratch,
        timeoutMs: 20_000,
      });
      expectCleanExit(run, 2);
      expect(errorLine(run)).toBe(`vdm-test: cannot listen on udp:127.0.0.1:${port}: EADDRINUSE`);
    } finally {
      busy.close();
    }
  });

  test("serve on a TCP port already in use is a usage error (exit 2)", async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    try {
      const address = busy.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const run = await runCli(["serve", "--listen", `tcp:127.0.0.1:${port}`, "--rtp-ports", "12100-12199"], {
        cwd: scratch,
        timeoutMs: 20_000,
      });
      expectCleanExit(run, 2);
      expect(errorLine(run)).toMatch(/^vdm-test: cannot listen on tcp:127\.0\.0\.1:\d+: EADDRINUSE$/);
    } finally {
      busy.close();
    }
  });

  test("a closed TCP port is unreachable: exit 3 within seconds", async () => {
    const port = await closedTcpPort();
    const uri = `sip:nobody@127.0.0.1:${port};transport=tcp`;
    const run = await runCli(["call", uri, "--duration", "2", "--out", join(scratch, "tcp-closed")], {
      cwd: scratch,
      timeoutMs: 20_000,
    });
    expectCleanExit(run, 3);
    // Refused at once: the failure comes right after the INVITE went out (start-up is not counted,
    // it is slow on a loaded machine), far inside the 30 s answer timeout.
    expect(stepAt(run, "answered") - stepAt(run, "resolve")).toBeLessThan(2);
    expect(run.durationMs).toBeLessThan(20_000);
    expect(errorLine(run)).toMatch(new RegExp(`^vdm-test: [^\\n]*127\\.0\\.0\\.1:${port}`));
  });
});

test("nobody on a UDP port: no answer, exit 3 when the answer timeout is up, not later", async () => {
  const { uri, run } = await udpNoAnswer;
  expectCleanExit(run, 3);
  const waited = stepAt(run, "answered") - stepAt(run, "resolve");
  expect(waited).toBeGreaterThanOrEqual(ANSWER_TIMEOUT_MS / 1000 - 1);
  expect(waited).toBeLessThanOrEqual(ANSWER_TIMEOUT_MS / 1000 + 2);
  expect(errorLine(run)).toBe(`vdm-test: no answer from ${uri} within ${ANSWER_TIMEOUT_MS / 1000} s`);
}, 60_000);
