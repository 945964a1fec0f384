import { type JsonSchema, type SchemaError, validateJson } from "./json-schema.js";
import { REPORT_SCHEMA_VERSION, type Report } from "./model.js";
import schema from "./report-schema.json" with { type: "json" };

/** The versioned JSON Schema every report validates against (src/report/report-schema.json). */
export const REPORT_SCHEMA: JsonSchema = schema as JsonSchema;

/** Schema errors of a parsed report; empty when it is a valid report. */
export function validateReport(data: unknown): SchemaError[] {
  return validateJson(REPORT_SCHEMA, data);
}

export type ReadReportResult =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly reason: string };

/** Parses and validates a saved report.json; the reason is one line naming the first problem. */
export function readReportJson(text: string): ReadReportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (
    typeof data === "object" &&
    data !== null &&
    version !== undefined &&
    version !== REPORT_SCHEMA_VERSION
  ) {
    return {
      ok: false,
      reason: `report schema version ${JSON.stringify(version)}; this vdm-test reads version ${REPORT_SCHEMA_VERSION}`,
    };
  }
  const errors = validateReport(data);
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : "";
    return { ok: false, reason: `not a vdm-test report: ${first.path || "/"} ${first.message}${more}` };
  }
  return { ok: true, report: data as Report };
}
