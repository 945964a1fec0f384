// One `vdm-test serve` in the background on 127.0.0.1 (UDP, TCP and TLS), called by the built
// `vdm-test call` over each transport with SRTP mandatory and off; pinged with `vdm-test options`;
// then fed garbage and truncated torture messages, after which it must still take a call.
// Vitest runs one file at a time here (2 cores), so the seven transport calls go two at a time
// (the room takes many calls at once), started together and checked one per test.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type CliRun,
  check,
  ensureBuilt,
  killAllCli,
  type ReportJson,
  type RunningRoom,
  readReports,
  runCli,
  stackTraceLines,
  startRoom,
} from "../support/cli/index.js";
import { abuseTcp, abuseUdp } from "./room-abuse.js";

/** Calls running side by side against the room. */
const LANES = 2;

type Transport = "udp" | "tcp" | "tls";
interface MatrixCase {
  readonly name: string;
  readonly transport: Transport;
  readonly srtp: "mandatory" | "off";
  readonly args: (r: RunningRoom) => string[];
}
const MATRIX: readonly MatrixCase[] = [
  { name: "udp, --srtp mandatory", transport: "udp", srtp: "mandatory", args: () => [] },
  { name: "udp, --srtp off", transport: "udp", srtp: "off", args: () => [] },
  { name: "tcp, --srtp mandatory", transport: "tcp", srtp: "mandatory", args: () => [] },
  { name: "tcp, --srtp off", transport: "tcp", srtp: "off", args: () => [] },
  {
    name: "tls --insecure, --srtp mandatory",
    transport: "tls",
    srtp: "mandatory",
    args: () => ["--insecure"],
  },
  { name: "tls --insecure, --srtp off", transport: "tls", srtp: "off", args: () => ["--insecure"] },
  // The room made its self-signed certificate under .vdm-test/tls/ in its working directory.
  {
    name: "tls --ca <room cert>, --srtp mandatory",
    transport: "tls",
    srtp: "mandatory",
    args: (r) => ["--ca", r.serve.certPath ?? "(no certificate line)"],
  },
];

let room: RunningRoom;
let scratch: string;
let outCount = 0;
type Settled = { ok: true; value: CallResult } | { ok: false; error: unknown };
const matrixResults = new Map<string, Promise<Settled>>();

function targetUri(transport: Transport): string {
  if (transport === "udp") return `sip:testrum@127.0.0.1:${room.ports.sip}`;
  if (transport === "tcp") return `sip:testrum@127.0.0.1:${room.ports.sip};transport=tcp`;
  return `sips:testrum@127.0.0.1:${room.ports.tls}`;
}

/** Runs `jobs` at most `lanes` at a time; each result settles on its own. */
function inLanes<T>(jobs: (() => Promise<T>)[], lanes: number): Promise<T>[] {
  let next = 0;
  const slots: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const results = jobs.map((_, i) => new Promise<T>((resolve, reject) => (slots[i] = { resolve, reject })));
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      await jobs[i]!().then(slots[i]!.resolve, slots[i]!.reject);
    }
  };
  for (let k = 0; k < lanes; k++) void worker();
  return results;
}

beforeAll(async () => {
  await ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "vdm-e2e-serve-"));
  room = await startRoom();
  const settled = inLanes(
    MATRIX.map((c) => () => call(targetUri(c.transport), ["--srtp", c.srtp, ...c.args(room)])),
    LANES,
  );
  MATRIX.forEach((c, i) => {
    matrixResults.set(
      c.name,
      settled[i]!.then(
        (value): Settled => ({ ok: true, value }),
        (error: unknown): Settled => ({ ok: false, error }),
      ),
    );
  });
}, 180_000);

afterAll(async () => {
  const stopped = await room?.serve.stop("SIGINT");
  killAllCli();
  // Ctrl-C is the documented way to end the room: it must exit 0.
  expect(stopped?.code, stopped?.stderr).toBe(0);
}, 20_000);

function expectExit(run: CliRun, code: number): void {
  expect(run.timedOut, `hung; stderr:\n${run.stderr}`).toBe(false);
  expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
  expect(run.code, `stderr:\n${run.stderr}\nroom stderr:\n${room.serve.stderr()}`).toBe(code);
}

interface CallResult {
  readonly run: CliRun;
  readonly report: ReportJson | undefined;
}

/** Places one short call to `uri`; the report is undefined when the call wrote none. */
async function call(uri: string, args: readonly string[]): Promise<CallResult> {
  const out = join(scratch, `call-${++outCount}`);
  const run = await runCli(
    [
      "call",
      uri,
      "--duration",
      "2",
      "--video-size",
      "320x240",
      "--no-presentation",
      "--functions",
      "1,2,4",
      "--out",
      out,
      ...args,
    ],
    { cwd: scratch, timeoutMs: 45_000 },
  );
  const [written] = await readReports(out);
  return { run, report: written?.report };
}

/**
 * A call that exited 0 with the mirror and the music passing; returns the report. The overall
 * outcome may be a warning: the room itself sends SDES keys over plain SIP, which the
 * requirement checks rightly flag.
 */
function expectPassed({ run, report }: CallResult): ReportJson {
  expectExit(run, 0);
  expect(report, run.stderr).toBeDefined();
  expect(["pass", "warn"]).toContain(report!.outcome);
  expect(check(report!, "mirror.see-yourself").status).toBe("pass");
  expect(check(report!, "audio.hear-far-end").status).toBe("pass");
  expect(run.stdout).toMatch(/Outcome: (PASS|WARNING)/);
  return report!;
}

test("serve prints one listening line per transport, on the ports asked for", () => {
  const { sip, tls } = room.ports;
  expect(room.serve.listening).toEqual([
    { protocol: "udp", host: "127.0.0.1", port: sip },
    { protocol: "tcp", host: "127.0.0.1", port: sip },
    { protocol: "tls", host: "127.0.0.1", port: tls },
  ]);
  // The self-signed certificate is made in the working directory of the room.
  expect(room.serve.certPath).toBe(join(room.cwd, ".vdm-test", "tls", "room-cert.pem"));
});

describe("calls over every transport, SRTP as asked", () => {
  test.each(MATRIX.map((c) => [c.name, c] as const))(
    "%s passes",
    async (_name, c) => {
      const settled = await matrixResults.get(c.name)!;
      if (!settled.ok) throw settled.error;
      const report = expectPassed(settled.value);
      expect(report.facts.transport).toBe(c.transport);
      expect(report.facts.srtpPolicy).toBe(c.srtp);
      const { audio, video } = report.facts.negotiated;
      if (c.srtp === "mandatory") {
        expect(video?.srtp).toMatch(/^AES_CM_128_HMAC_SHA1_(80|32)$/);
        expect(audio?.srtp).toMatch(/^AES_CM_128_HMAC_SHA1_(80|32)$/);
      } else {
        expect(video?.srtp).toBeNull();
        expect(audio?.srtp).toBeNull();
      }
      expect(report.sip.length).toBeGreaterThan(0);
      expect(report.sip.every((e) => e.transport === c.transport)).toBe(true);
      if (c.transport !== "tls") {
        expect(report.facts.tls).toEqual([]);
      } else if (c.args(room).includes("--insecure")) {
        // --insecure goes on regardless, and the report says the certificate did not verify.
        expect(report.facts.tls[0]).toMatchObject({ role: "client", peerVerified: false });
        expect(String(report.facts.tls[0]?.verifyError)).toMatch(/SELF_SIGNED|self.signed/i);
      } else {
        // Trusting the room's own certificate with --ca: it verifies.
        expect(report.facts.tls[0]).toMatchObject({ role: "client", peerVerified: true });
        expect(report.facts.tls[0]?.verifyError).toBeUndefined();
      }
    },
    90_000,
  );
});

test.each([
  ["udp", (r: RunningRoom) => `sip:127.0.0.1:${r.ports.sip}`],
  ["tcp", (r: RunningRoom) => `sip:127.0.0.1:${r.ports.sip};transport=tcp`],
])(
  "options over %s gets 200 from the room",
  async (_transport, uri) => {
    const run = await runCli(["options", uri(room), "--timeout", "5"], { cwd: scratch, timeoutMs: 20_000 });
    expectExit(run, 0);
    expect(run.stdout).toMatch(
      new RegExp(`^${uri(room).replace(/[.;]/g, "\\$&")}: 200 OK in [\\d.]+ ms$`, "m"),
    );
    expect(run.stdout).toMatch(/userAgent\s+vdm-test room/);
  },
  30_000,
);

test("after garbage and truncated torture messages on UDP and TCP the room still takes a call", async () => {
  const udp = await abuseUdp(room.ports.sip);
  const tcp = await abuseTcp(room.ports.sip);
  // It answered the well-formed requests among them (over UDP to the source port, over TCP on
  // the same connection), so it parsed, routed and replied all along.
  expect(udp.responses.length, udp.sent.join("\n")).toBeGreaterThan(0);
  expect(tcp.responses.length, tcp.sent.join("\n")).toBeGreaterThan(0);
  expect(udp.responses.every((r) => /^SIP\/2\.0 \d{3} /.test(r))).toBe(true);
  expect(tcp.responses.every((r) => /^SIP\/2\.0 \d{3} /.test(r))).toBe(true);
  expect(room.serve.child.exitCode).toBeNull();

  const report = expectPassed(await call(targetUri("udp"), ["--srtp", "mandatory"]));
  expect(report.facts.transport).toBe("udp");
  const ping = await runCli(["options", `sip:127.0.0.1:${room.ports.sip};transport=tcp`, "--timeout", "5"], {
    cwd: scratch,
    timeoutMs: 20_000,
  });
  expectExit(ping, 0);
  expect(stackTraceLines(room.serve.stderr())).toEqual([]);
  expect(stackTraceLines(room.serve.stdout())).toEqual([]);
}, 60_000);
