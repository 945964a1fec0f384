import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UnsupportedSchemaError, validateJson } from "../../src/report/json-schema.js";
import { REPORT_SCHEMA_VERSION } from "../../src/report/model.js";
import { REPORT_SCHEMA, readReportJson, validateReport } from "../../src/report/validate-report.js";
import { REPO_ROOT } from "../support/cli/index.js";
import { loadInput, richReport } from "./fixtures.js";

describe("report schema (src/report/report-schema.json, JSON Schema 2020-12, validated by json-schema.ts)", () => {
  it("is a 2020-12 schema whose version matches the model's", () => {
    const file = JSON.parse(readFileSync(join(REPO_ROOT, "src", "report", "report-schema.json"), "utf8"));
    expect(file.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(file.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION);
    expect(file.$id).toMatch(new RegExp(`report-${REPORT_SCHEMA_VERSION}\\.json$`));
    expect(REPORT_SCHEMA).toEqual(file);
  });

  it.each(["call", "check", "capture"] as const)("the saved %s report validates", (name) => {
    expect(validateReport(loadInput(name))).toEqual([]);
  });

  it("a report with snapshots, timelines and whole SIP messages validates", () => {
    expect(validateReport(richReport())).toEqual([]);
  });

  it("names the field of each violation", () => {
    const r = structuredClone(loadInput("call")) as unknown as Record<string, unknown>;
    delete r.outcome;
    (r.checks as Record<string, unknown>[])[0]!.status = "passed";
    (r as { tool: Record<string, unknown> }).tool.colour = "blue";
    (r.steps as Record<string, unknown>[])[1]!.atMs = "soon";
    r.snapshots = { sent: "not a png" };
    r.timeline = { video: [{ second: -1 }] };
    const errors = validateReport(r).map((e) => `${e.path} ${e.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        " lacks required property outcome",
        expect.stringMatching(/^\/checks\/0\/status must be one of "pass"/),
        "/tool/colour is not a property the schema knows",
        "/steps/1/atMs must be number, is string",
        expect.stringMatching(/^\/snapshots\/sent does not match/),
        "/timeline/video/0/second must be at least 0",
      ]),
    );
  });

  it("reads a saved report, or says in one line why not", () => {
    expect(readReportJson(JSON.stringify(loadInput("check"))).ok).toBe(true);
    const bad = readReportJson("{ nope");
    expect(bad.ok ? "" : bad.reason).toMatch(/^not JSON: /);
    const later = readReportJson(JSON.stringify({ schemaVersion: 2 }));
    expect(later.ok ? "" : later.reason).toBe("report schema version 2; this vdm-test reads version 1");
    const other = readReportJson(JSON.stringify({ checks: 3 }));
    expect(other.ok ? "" : other.reason).toMatch(
      /^not a vdm-test report: \/ lacks required property \w+ \(\+\d+ more\)$/,
    );
  });

  it("the validator: types, integers, const, enum, nested $ref, JSON Pointer escaping", () => {
    const schema = {
      $defs: { n: { type: "integer", minimum: 2 } },
      type: "object",
      properties: { "a/b": { $ref: "#/$defs/n" }, c: { type: ["string", "null"] }, d: { enum: [1, "x"] } },
      additionalProperties: { type: "boolean" },
    };
    expect(validateJson(schema, { "a/b": 3, c: null, d: "x", e: true })).toEqual([]);
    expect(validateJson(schema, { "a/b": 2.5, c: 1, d: 2, e: 0 }).map((e) => e.path)).toEqual([
      "/a~1b",
      "/c",
      "/d",
      "/e",
    ]);
    expect(validateJson({ type: "number" }, 3)).toEqual([]);
    expect(validateJson(false, 1)).toHaveLength(1);
  });

  it("refuses keywords it does not implement instead of ignoring them", () => {
    expect(() => validateJson({ type: "string", maxLength: 3 }, "abcd")).toThrow(UnsupportedSchemaError);
    expect(() => validateJson({ $ref: "https://example.org/x" }, 1)).toThrow(UnsupportedSchemaError);
  });
});
