import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateReport } from "../../src/report/validate-report.js";
import { collect, ensureBuilt, runCli, spawnCli } from "../support/cli/index.js";
import { editableCall, GOLDEN_DIR, loadInput } from "./fixtures.js";
import { validateJunit } from "./junit-schema.js";
import { parseXml } from "./mini-xml.js";

let tmp: string;
const input = (name: string) => join(GOLDEN_DIR, "input", `${name}.json`);

beforeAll(async () => {
  await ensureBuilt();
  tmp = await mkdtemp(join(tmpdir(), "vdm-report-cli-"));
}, 180_000);

describe("vdm-test report", () => {
  it("re-renders a saved report in each format", async () => {
    const junit = await runCli(["report", input("check"), "--format", "junit"]);
    expect(junit.code).toBe(0);
    expect(validateJunit(parseXml(junit.stdout))).toEqual([]);
    const md = await runCli(["report", input("call"), "--format", "md", "--lang", "sv"]);
    expect(md.stdout).toMatch(/^# vdm-test-rapport: sip:testrum@/);
    const text = await runCli(["report", input("capture")], { env: { LANG: "sv_SE.UTF-8", LC_ALL: "" } });
    expect(text.stdout).toMatch(/Resultat: GODKÄND/);
    const out = join(tmp, "r.html");
    const html = await runCli(["report", input("call"), "--format", "html", "--out", out]);
    expect([html.code, html.stdout]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/);
  }, 60_000);

  it("bad JSON or a schema mismatch: one line on stderr, exit 2", async () => {
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, "{ not json");
    const notReport = join(tmp, "other.json");
    writeFileSync(notReport, JSON.stringify({ ...loadInput("call"), outcome: "great" }));
    for (const [file, why] of [
      [broken, /not JSON/],
      [notReport, /not a vdm-test report: \/outcome must be one of/],
      [join(tmp, "missing.json"), /cannot read .*ENOENT/],
    ] as const) {
      const run = await runCli(["report", file, "--format", "html"]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(why);
    }
  }, 60_000);
});

describe("vdm-test diff", () => {
  it("exit 0 without regressions, 1 with one; --json for machines", async () => {
    const same = await runCli(["diff", input("call"), input("call")]);
    expect([same.code, same.stdout]).toEqual([0, expect.stringMatching(/No differences/)]);
    const worse = editableCall();
    worse.checks[0]!.status = "fail";
    worse.outcome = "fail";
    worse.facts.video.receive[0]!.lossPct = 4;
    const b = join(tmp, "worse.json");
    writeFileSync(b, JSON.stringify(worse));
    const run = await runCli(["diff", input("call"), b, "--json"]);
    expect(run.code).toBe(1);
    const d = JSON.parse(run.stdout);
    expect(d.regressions).toBe(3);
    const back = await runCli(["diff", b, input("call")]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/Improved \(3\)/);
  }, 60_000);
});

describe("vdm-test call writes the reports", () => {
  it("--format picks the files; a bad --format is a usage error before any call", async () => {
    const bad = await runCli(["call", "--format", "json,pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format pdf: choose from json,html,junit,md/);
  });

  it("every format by default, in Swedish with --lang sv, each file complete", async () => {
    const out = join(tmp, "reports");
    const run = await runCli(["call", "--duration", "3", "--no-presentation", "--out", out, "--lang", "sv"], {
      timeoutMs: 90_000,
    });
    // A graded run (passed or failed): what is tested here is the files, not the verdict.
    expect([0, 1]).toContain(run.code);
    const [folder] = readdirSync(out);
    const dir = join(out, folder!);
    expect(readdirSync(dir).sort()).toEqual([
      "junit.xml",
      "report.html",
      "report.json",
      "report.md",
      "snapshots",
    ]);
    // Snapshots of the frame we sent and the mirrored frame (no presentation in this call).
    expect(readdirSync(join(dir, "snapshots")).sort()).toEqual(["mirrored.png", "sent.png"]);
    // A fully Swedish report: the mirror and music verdicts too.
    expect(run.stdout).toMatch(/av våra bilder kom tillbaka/);
    expect(run.stdout).toMatch(/musik hörs/);
    expect(run.stdout).toContain(join(dir, "report.html"));
    expect(run.stdout).toMatch(/Resultat: (GODKÄND|UNDERKÄND|VARNING)/);
    expect(validateReport(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")))).toEqual([]);
    expect(validateJunit(parseXml(readFileSync(join(dir, "junit.xml"), "utf8")))).toEqual([]);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/<html lang="sv">[\s\S]*<\/html>\n$/);
    expect(readFileSync(join(dir, "report.md"), "utf8")).toMatch(/^# vdm-test-rapport/);
  }, 120_000);
});

/** Every file in every report folder parses completely; hidden temporary folders are ignored. */
function assertNoHalfWrittenReport(out: string): number {
  if (!existsSync(out)) return 0;
  const folders = readdirSync(out).filter((f) => !f.startsWith("."));
  for (const f of folders) {
    const dir = join(out, f);
    expect(statSync(dir).isDirectory()).toBe(true);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), "utf8");
      if (name.endsWith(".json")) expect(validateReport(JSON.parse(text))).toEqual([]);
      if (name.endsWith(".xml")) parseXml(text);
      if (name.endsWith(".html")) expect(text).toMatch(/<\/html>\n$/);
    }
  }
  return folders.length;
}

describe("an interrupted call", () => {
  it("Ctrl-C midway leaves no half-written report", async () => {
    const out = join(tmp, "interrupted");
    const child = spawnCli(["call", "--duration", "6", "--out", out]);
    const done = collect(child, 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    child.kill("SIGINT");
    const run = await done;
    expect(run.timedOut).toBe(false);
    // The run ended by the signal (or, had it handled it, with a non-zero code): it did not finish.
    expect(run.signal === "SIGINT" || (run.code !== null && run.code !== 0)).toBe(true);
    const folders = assertNoHalfWrittenReport(out);
    // Killed before the call ended, so no report at all; had it finished, the folder would be whole.
    expect(folders).toBeLessThanOrEqual(1);
  }, 90_000);
});
