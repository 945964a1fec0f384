import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** The parts of report.json the e2e tests read (src/report/model.ts has the full model). */
export interface ReportJson {
  outcome: "pass" | "warn" | "fail" | "inconclusive" | "not-tested";
  target: string;
  steps: { name: string; status: "ok" | "failed" | "skipped"; detail?: string }[];
  checks: { id: string; status: string; summary: string; evidence: Record<string, unknown> }[];
  facts: {
    transport: string;
    srtpPolicy: string;
    negotiated: {
      audio?: { codec?: string; srtp: string | null };
      video?: { codec?: string; srtp: string | null };
    };
    tls: Record<string, unknown>[];
    [k: string]: unknown;
  };
  sip: {
    direction: "sent" | "received";
    transport: string;
    firstLine: string;
    protocol?: "sip" | "h225" | "h245" | "ras";
    tunnelled?: boolean;
  }[];
  requirements?: { requirement: string; status: string }[];
}

/** Every report.json under `outDir` (one folder per call), oldest folder name first. */
export async function readReports(outDir: string): Promise<{ path: string; report: ReportJson }[]> {
  const folders = (await readdir(outDir).catch(() => [] as string[])).sort();
  return Promise.all(
    folders.map(async (f) => {
      const path = join(outDir, f, "report.json");
      return { path, report: JSON.parse(await readFile(path, "utf8")) as ReportJson };
    }),
  );
}

/** The one report written under `outDir`; throws if there is not exactly one. */
export async function readOnlyReport(outDir: string): Promise<{ path: string; report: ReportJson }> {
  const all = await readReports(outDir);
  if (all.length !== 1) throw new Error(`expected one report under ${outDir}, found ${all.length}`);
  return all[0]!;
}

/** The check with this id (e.g. "mirror.see-yourself"); throws when it is missing. */
export function check(report: ReportJson, id: string): ReportJson["checks"][number] {
  const c = report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`report has no check ${id}; it has ${report.checks.map((x) => x.id).join(", ")}`);
  return c;
}
