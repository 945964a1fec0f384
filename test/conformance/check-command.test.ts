// `vdm-test check <file>` as a user runs it: the built CLI grading saved messages, with the exit
// codes the help promises (0 no requirement fails, 1 one fails, 4 nothing graded, 2 unreadable).
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, REPO_ROOT, runCli, stackTraceLines } from "../support/cli/index.js";
import { corpus } from "../support/corpora.js";

const FIXTURES = join(REPO_ROOT, "fixtures", "sip");
let scratch = "";

beforeAll(async () => {
  await ensureBuilt();
  scratch = await mkdtemp(join(tmpdir(), "vdm-check-"));
}, 180_000);

describe("vdm-test check", () => {
  it("grades the ideal endpoint: every requirement PASS, exit 0", async () => {
    const run = await runCli(["check", join(FIXTURES, "constructed-ideal-endpoint-invite.sip")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/PASS {2}H\.264 /);
    expect(run.stdout).toMatch(/PASS {2}H\.460 /);
    expect(run.stdout).toContain("H.460.18/19 is the H.323 firewall-traversal mechanism");
    expect(run.stdout).toMatch(/Outcome: PASS/);
  });

  it("a Polycom VSX 7000 without H.264: exit 1, JSON report with the failing requirement", async () => {
    const run = await runCli(["check", corpus("sip-samples", "polycom-vsx7000-200ok-01.sip"), "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.kind).toBe("check");
    expect(report.requirements.find((r: { requirement: string }) => r.requirement === "H.264").status).toBe(
      "fail",
    );
    expect(report.checks.find((c: { id: string }) => c.id === "h264.signalled").lines).toContain(
      "m=video 49156 RTP/AVP 34 96 31",
    );
  });

  it("--lang sv prints the Swedish table", async () => {
    const run = await runCli([
      "check",
      corpus("sip-samples", "cisco-e20-te4-srtp-bfcp-invite-01.sip"),
      "--lang",
      "sv",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Krav");
    expect(run.stdout).toContain("SDES-nycklarna skickades bara över TLS");
  });

  it("nothing gradable: exit 4", async () => {
    const file = join(scratch, "broken.sdp");
    await writeFile(file, "v=0\r\nm=audio 99999999 RTP/AVP 0\r\n");
    const run = await runCli(["check", file]);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/Outcome: INCONCLUSIVE/);
  });

  it.each([
    ["a missing file", "does-not-exist.sip", /cannot read .*ENOENT/],
    ["a file that is neither SIP nor SDP", "garbage.txt", /neither a SIP message/],
  ])("%s: one line on stderr, exit 2", async (_what, name, message) => {
    const file = join(scratch, name);
    if (name === "garbage.txt") await writeFile(file, "\u0000\u0001 not sip at all\n");
    const run = await runCli(["check", file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(stackTraceLines(run.stderr)).toEqual([]);
  });
});
