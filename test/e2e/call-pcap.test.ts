// `vdm-test call --pcap` as a user runs it: the option is documented, and Ctrl-C in the middle of
// a call still leaves a complete capture (and no half-written temporary file) that analyze reads.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeFile } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { collect, ensureBuilt, runCli, spawnCli } from "../support/cli/index.js";

const scratch = mkdtempSync(join(tmpdir(), "vdm-call-pcap-e2e-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  await ensureBuilt();
}, 180_000);

describe("vdm-test call --pcap", () => {
  it("--help says what the capture holds", async () => {
    const run = await runCli(["call", "--help"], { timeoutMs: 20_000 });
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/--pcap <file>/);
    expect(help).toMatch(/SIP over TLS as decrypted plaintext/);
    expect(help).toMatch(/SRTP still encrypted/);
  });

  it("Ctrl-C during media finishes the capture so far; analyze finds the call and its media", async () => {
    const pcap = join(scratch, "interrupted.pcapng");
    const child = spawnCli(
      [
        "call",
        "--duration",
        "30",
        "--functions",
        "1,2",
        "--no-presentation",
        "--video-size",
        "320x240",
        "--bitrate",
        "200",
        "--pcap",
        pcap,
        "--out",
        join(scratch, "reports"),
      ],
      { cwd: scratch },
    );
    const done = collect(child, 60_000);
    let seen = "";
    await new Promise<void>((resolve) => {
      child.stderr?.on("data", (d: Buffer | string) => {
        seen += d.toString();
        if (/✓ media/.test(seen)) resolve();
      });
      child.once("exit", () => resolve()); // a call that failed early: the checks below say how
    });
    expect(existsSync(pcap)).toBe(false); // still recording, into a hidden temporary file
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGINT");
    const run = await done;
    expect(run.timedOut).toBe(false);
    expect(run.signal).toBe("SIGINT");
    expect(run.stderr).toContain(`vdm-test: interrupted; capture so far in ${pcap}`);
    expect(readdirSync(scratch).filter((f) => f.endsWith(".partial"))).toEqual([]);
    const fa = await analyzeFile(pcap);
    expect(fa.capture?.failure).toBeUndefined();
    const { dialogs, reports } = buildCaptureReports(fa);
    expect(dialogs.some((d) => d.firstLine.startsWith("INVITE "))).toBe(true);
    const streams = reports[0]!.facts["streams"] as { packets: number }[];
    // Audio and video both ways for at least a second.
    expect(streams.filter((s) => s.packets > 20).length).toBeGreaterThanOrEqual(4);
  }, 90_000);

  it("a capture that cannot be finished (its folder removed mid-call) still leaves the report; exit 2", async () => {
    const folder = join(scratch, "vanishing");
    mkdirSync(folder);
    const out = join(scratch, "reports-vanishing");
    const child = spawnCli(
      [
        "call",
        "--duration",
        "3",
        "--functions",
        "1,2",
        "--no-presentation",
        "--video-size",
        "320x240",
        "--bitrate",
        "200",
        "--pcap",
        join(folder, "call.pcapng"),
        "--format",
        "json",
        "--out",
        out,
      ],
      { cwd: scratch },
    );
    const done = collect(child, 60_000);
    let seen = "";
    await new Promise<void>((resolve) => {
      child.stderr?.on("data", (d: Buffer | string) => {
        seen += d.toString();
        if (/✓ media/.test(seen)) resolve();
      });
      child.once("exit", () => resolve());
    });
    rmSync(folder, { recursive: true, force: true });
    const run = await done;
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^vdm-test: .*call\.pcapng/m);
    const reports = readdirSync(out);
    expect(reports).toHaveLength(1);
    const report = JSON.parse(readFileSync(join(out, reports[0]!, "report.json"), "utf8"));
    expect(report.facts.capture.error).toMatch(/call\.pcapng/);
    expect(report.checks.length).toBeGreaterThan(10);
  }, 90_000);
});
