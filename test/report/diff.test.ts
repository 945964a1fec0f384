import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/report/diff.js";
import { keyFigures } from "../../src/report/key-figures.js";
import type { Report } from "../../src/report/model.js";
import { renderDiffText } from "../../src/report/render-diff.js";
import { type EditableCall, editableCall, loadInput } from "./fixtures.js";

function variant(edit: (r: EditableCall) => void): Report {
  const r = editableCall();
  edit(r);
  return r;
}

describe("diffReports", () => {
  const a = loadInput("call");

  it("a run against itself: no differences", () => {
    const d = diffReports(a, a);
    expect(d.changes).toEqual([]);
    expect(renderDiffText(d)).toMatch(/No differences\./);
  });

  it("key figures read from the checks' evidence and the facts", () => {
    expect(Object.fromEntries(keyFigures(a).map((f) => [f.id, f.value]))).toMatchObject({
      "mirror.share": 100,
      "video.loss": 0,
      "presentation.grant": 17,
      "reinvite.answer": 147,
    });
  });

  it("a failing mirror and worse figures are regressions; small wobbles are not", () => {
    const b = variant((r) => {
      r.checks[0]!.status = "fail";
      r.outcome = "fail";
      r.checks[0]!.evidence.returnedSharePct = 61;
      r.checks[0]!.evidence.latencyMs.p50 = 9; // +5.6 ms: within tolerance
      r.facts.video.receive[0]!.lossPct = 3.2;
      r.checks[2]!.evidence.requestToGrantMs = 400;
    });
    const d = diffReports(a, b);
    expect(d.changes.filter((c) => c.kind === "regressed").map((c) => ("id" in c ? c.id : c.what))).toEqual([
      "outcome",
      "mirror.see-yourself",
      "mirror.share",
      "video.loss",
      "presentation.grant",
    ]);
    expect(d.regressions).toBe(5);
    const text = renderDiffText(d);
    expect(text).toMatch(/Regressed \(5\)/);
    expect(text).toMatch(/mirrored frames: 100 % → 61 %/);
    expect(renderDiffText(d, undefined, "sv")).toMatch(/Försämrat \(5\)[\s\S]*UNDERKÄND/);
  });

  it("the other way round, the same differences are improvements", () => {
    const b = variant((r) => {
      r.checks[0]!.status = "fail";
      r.outcome = "fail";
      r.facts.video.receive[0]!.lossPct = 3.2;
    });
    const d = diffReports(b, a);
    expect(d.regressions).toBe(0);
    expect(d.improvements).toBe(3);
  });

  it("a check that appears, disappears or stops being tested is a change, not a verdict", () => {
    const b = variant((r) => {
      r.checks[1]!.status = "not-tested";
      r.checks.push({ ...r.checks[0]!, id: "mirror.new-one" });
      r.checks.splice(3, 1);
    });
    const d = diffReports(a, b);
    expect(d.regressions).toBe(0);
    expect(d.changes.map((c) => [c.kind, "id" in c ? c.id : ""])).toEqual(
      expect.arrayContaining([
        ["changed", "audio.hear-far-end"],
        ["changed", "mirror.new-one"],
        ["changed", "presentation.slides-replace-mirror"],
      ]),
    );
  });
});
