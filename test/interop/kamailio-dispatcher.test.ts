import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CliRun,
  check,
  ensureBuilt,
  killAllCli,
  type RunningRoom,
  readOnlyReport,
  readReports,
  runCli,
  stackTraceLines,
  startRoom,
} from "../support/cli/index.js";
import {
  hasKamailio,
  type KamailioHandle,
  startKamailio,
  stopAllKamailios,
} from "../support/kamailio/index.js";
import { probeOptions, rawUdpClient } from "../support/sip/raw-sip-client.js";

const CALLS = 20;
/** Callers at once: enough that the drained room has calls running, few enough for two cores. */
const AT_ONCE = 4;
/** The drain starts once this many calls have been placed. */
const DRAIN_AFTER = 8;

/** The first line of a room's answer to an out-of-dialog OPTIONS (the dispatcher's probe). */
async function optionsStatus(port: number): Promise<string> {
  const client = await rawUdpClient();
  try {
    const callId = `drain-probe-${client.port}-${Date.now()}`;
    await client.send(
      probeOptions({ target: `sip:127.0.0.1:${port}`, transport: "UDP", localPort: client.port, callId }),
      port,
    );
    return (await client.waitFor(`Call-ID: ${callId}`, 5000)).split("\r\n")[0]!;
  } finally {
    await client.close();
  }
}

/** A room's stdout lines of one kind ("answered", "graded", ...), by Call-ID prefix. */
function lines(room: RunningRoom, kind: string): string[] {
  return room.serve
    .stdout()
    .split("\n")
    .filter((l) => l.split(/\s+/)[1] === kind);
}

/** A call running in the room: answered and not yet ended. */
function hasRunningCall(room: RunningRoom): boolean {
  const ended = new Set(lines(room, "ended").map((l) => l.split(/\s+/)[2]));
  return lines(room, "answered").some((l) => !ended.has(l.split(/\s+/)[2]));
}

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasKamailio)(
  "rooms behind Kamailio's dispatcher, examples/kamailio (skipped when /usr/sbin/kamailio is not installed)",
  () => {
    let out: string;
    const rooms: RunningRoom[] = [];

    beforeAll(async () => {
      await ensureBuilt();
      out = await mkdtemp(join(tmpdir(), "vdm-dispatcher-"));
    }, 120_000);
    afterAll(async () => {
      await Promise.all(rooms.map((r) => r.serve.stop()));
      killAllCli();
      await stopAllKamailios();
      await rm(out, { recursive: true, force: true });
    });

    it("spreads 20 calls over two rooms; a room drained by SIGTERM finishes its calls, the rest go to the other; every call is graded", async () => {
      const shared = join(out, "rooms");
      const [a, b] = await Promise.all([startRoom(["--out", shared]), startRoom(["--out", shared])]);
      rooms.push(a!, b!);
      const k: KamailioHandle = await startKamailio({
        dispatcher: { rooms: [`sip:127.0.0.1:${a!.ports.sip}`, `sip:127.0.0.1:${b!.ports.sip}`] },
      });
      const call = (i: number): Promise<CliRun> =>
        runCli(
          [
            "call",
            "sip:room@vdm.test",
            "--proxy",
            k.uri,
            "--local-address",
            "127.0.0.1",
            "--duration",
            "2",
            "--no-presentation",
            "--functions",
            "1,2",
            "--video-size",
            "320x176",
            "--bitrate",
            "300",
            "--format",
            "json",
            "--out",
            join(out, "callers", String(i)),
          ],
          { timeoutMs: 90_000 },
        );

      const runs: Promise<CliRun>[] = [];
      let drainedAt = 0;
      let drained: Promise<CliRun> | undefined;
      let probeWhileDraining = "";
      let running = 0;
      for (let i = 0; i < CALLS; i++) {
        if (i === DRAIN_AFTER) {
          // Drain room A while one of its calls runs: SIGTERM, as a service manager stops a room.
          await until(() => hasRunningCall(a!), 30_000, "a call running in room A");
          drainedAt = Date.now();
          drained = a!.serve.stop("SIGTERM", 60_000);
          await until(() => a!.serve.stderr().includes("SIGTERM: draining"), 10_000, "room A draining");
          probeWhileDraining = await optionsStatus(a!.ports.sip);
        }
        // At most AT_ONCE callers at a time.
        await until(() => running < AT_ONCE, 90_000, "a caller to finish");
        running++;
        runs.push(
          call(i).finally(() => {
            running--;
          }),
        );
      }
      const results = await Promise.all(runs);
      const stoppedA = await drained!;

      // Every caller was answered by a room and graded the call (the mirror is the room's).
      let passed = 0;
      for (const [i, r] of results.entries()) {
        expect(stackTraceLines(r.stderr), `caller ${i}`).toEqual([]);
        // A caller that wrote no report says why on its last lines.
        const said = `caller ${i}: exit ${r.code ?? r.signal}${r.timedOut ? " (timed out)" : ""}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")} ${r.stdout.trim().split("\n").slice(-8).join(" | ")}`;
        const { report } = await readOnlyReport(join(out, "callers", String(i))).catch((e: Error) => {
          const refusals = [a!, b!].map(
            (room, n) => `room ${"AB"[n]}: ${lines(room, "rejected").join(" / ")}`,
          );
          throw new Error(`${e.message}; ${said}; ${refusals.join("; ")}`);
        });
        // A caller refused while every room was busy asked again after Retry-After: its last answer counts.
        expect(report.steps.filter((s) => s.name === "answered").at(-1)?.detail, `caller ${i}`).toMatch(
          /^200 .*\(vdm-test room\)$/,
        );
        // Graded from frames that went through the room and came back (on a loaded machine a
        // 2 s call may miss the mirror's bar, or the jitter may make it inconclusive; it is
        // measured either way, never left untested).
        const mirror = check(report, "mirror.see-yourself");
        expect(["pass", "warn", "fail", "inconclusive"], `caller ${i}: ${mirror.summary}`).toContain(
          mirror.status,
        );
        expect(mirror.evidence["framesSent"], `caller ${i}`).toBeGreaterThan(0);
        expect(mirror.evidence["videoPacketsReceived"], `caller ${i}: ${mirror.summary}`).toBeGreaterThan(0);
        passed += mirror.status === "pass" ? 1 : 0;
      }

      console.log(`kamailio-dispatcher: ${passed} of ${CALLS} callers passed the mirror`);

      // Room A drained: 503 to the dispatcher's probe, its running calls ended on their own and
      // were graded, and it exited by itself.
      expect(probeWhileDraining).toBe("SIP/2.0 503 Service Unavailable");
      expect(stoppedA.code).toBe(0);
      expect(stoppedA.stderr).toMatch(
        /^SIGTERM: draining: new calls get 503; waiting for [1-9]\d* call\(s\)/m,
      );
      expect(stoppedA.stderr).toMatch(/^drained: every call has ended$/m);
      const answeredA = lines(a!, "answered").length;
      expect(lines(a!, "graded").length).toBe(answeredA);
      // No call was answered in room A after the drain began (its log lines carry their time).
      const lateA = lines(a!, "incoming").filter((l) => Date.parse(l.split(" ")[0]!) > drainedAt + 1000);
      expect(lateA).toEqual([]);

      // Calls were spread over both rooms, and room B took every call after the drain.
      await until(() => lines(b!, "graded").length === CALLS - answeredA, 20_000, "room B's reports");
      expect(answeredA).toBeGreaterThanOrEqual(2);
      expect(lines(b!, "answered").length).toBe(CALLS - answeredA);
      expect(lines(b!, "answered").length).toBeGreaterThanOrEqual(CALLS - DRAIN_AFTER);
      console.log(
        `kamailio-dispatcher: room A answered ${answeredA} (drained with calls running), room B ${CALLS - answeredA}`,
      );

      // Both rooms wrote their caller reports into the one shared folder; report and diff read it.
      const reports = await readReports(shared);
      expect(reports).toHaveLength(CALLS);
      const rendered = await runCli(["report", reports[0]!.path, "--format", "md"]);
      expect(rendered.code).toBe(0);
      expect(rendered.stdout).toContain(reports[0]!.report.target);
      const diffed = await runCli(["diff", reports[0]!.path, reports.at(-1)!.path]);
      expect(stackTraceLines(diffed.stderr)).toEqual([]);
      expect([0, 1]).toContain(diffed.code);

      // The dispatcher sent INVITEs to both rooms.
      const sent = k.requests().filter((r) => /^INVITE \S+ to sip:127\.0\.0\.1:\d+$/.test(r));
      expect(new Set(sent.map((r) => r.split(" to ")[1])).size).toBe(2);
    }, 400_000);
  },
);
