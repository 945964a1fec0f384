import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Check, Report } from "../../src/report/model.js";
import { junitSuites, renderJunit } from "../../src/report/render-junit.js";
import { loadInput, richReport } from "./fixtures.js";
import { validateJunit } from "./junit-schema.js";
import { parseXml } from "./mini-xml.js";

describe("JUnit XML", () => {
  it.each([
    ["call", () => loadInput("call")],
    ["check", () => loadInput("check")],
    ["capture", () => loadInput("capture")],
    ["rich", richReport],
  ] as const)("%s: valid against the Jenkins/GitLab JUnit structure", (_, make) => {
    for (const lang of ["en", "sv"] as const) {
      expect(validateJunit(parseXml(renderJunit(make(), lang)))).toEqual([]);
    }
  });

  it("one testsuite per requirement and per function, one testcase per check in each", () => {
    const r = richReport();
    const root = parseXml(renderJunit(r));
    const names = root.children.map((s) => s.attrs.name);
    expect(names.slice(0, 6)).toEqual([
      "vdm-test H.264",
      "vdm-test encryption",
      "vdm-test URI",
      "vdm-test H.460",
      "vdm-test H.239",
      "vdm-test SIP",
    ]);
    expect(names).toContain("vdm-test function 1");
    const enc = root.children.find((s) => s.attrs.name === "vdm-test encryption")!;
    expect(enc.attrs).toMatchObject({ tests: "3", failures: "1", skipped: "2", errors: "0" });
    const failure = enc.children.find((c) => c.children.some((x) => x.name === "failure"))!;
    expect(failure.attrs.name).toBe("encryption.srtp-signalled: SRTP offered or answered");
    const f = failure.children.find((x) => x.name === "failure")!;
    expect(f.attrs.message).toBe("we offered SRTP and the answer has none: media would be sent in the clear");
    expect(f.text).toMatch(/What to fix: Turn on SRTP/);
    expect(f.text).toMatch(/m=audio 30000 RTP\/AVP 9/);
    expect(f.text).toMatch(/"offered": \[/);
    expect(Number(root.attrs.tests)).toBe(junitSuites(r.checks).reduce((n, s) => n + s.checks.length, 0));
  });

  it("inconclusive is an error, not tested is skipped, a warning passes with the warning in system-out", () => {
    const base = loadInput("call");
    const mk = (status: Check["status"]): Check => ({ ...base.checks[0]!, id: `x.${status}`, status });
    const r: Report = { ...base, checks: [mk("inconclusive"), mk("not-tested"), mk("warn"), mk("pass")] };
    const cases = parseXml(renderJunit(r)).children[0]!.children.filter((c) => c.name === "testcase");
    expect(cases.map((c) => c.children.map((x) => x.name).join())).toEqual([
      "error",
      "skipped",
      "system-out",
      "",
    ]);
  });

  it("escapes anything a far end can put in a message (property test)", () => {
    const base = loadInput("call");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 20 }), (text, id) => {
        const c: Check = {
          id: "sip.x",
          title: text,
          serves: [id],
          status: "fail",
          summary: text,
          evidence: { [text]: text },
          lines: [text],
        };
        const root = parseXml(renderJunit({ ...base, target: text, checks: [c] }));
        expect(validateJunit(root)).toEqual([]);
        const failure = root.children[0]!.children.find((x) => x.name === "testcase")!.children[0]!;
        // What survives is the text itself, with characters XML cannot carry replaced by U+FFFD.
        expect(failure.attrs.message!.length).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it("the test parser rejects what is not XML", () => {
    for (const bad of ["<a>", "<a></b>", "<a x='1' x='2'/>", "<a>&</a>", "<a/><b/>", "<a>&nope;</a>"]) {
      expect(() => parseXml(bad)).toThrow();
    }
  });
});
