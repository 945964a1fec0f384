import { pathToFileURL } from "node:url";
import { analyzeFile } from "../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../src/app/analyze/capture-report.js";

/**
 * One `vdm-test analyze` run in a process of its own, so that its peak RSS is its own: reads the
 * capture as the CLI does (analyzeFile, then the reports of every dialog, not written to disk)
 * and prints one JSON line with the timings, what it found, and the RTP packets per stream.
 */
export interface AnalyzeChildResult {
  readonly bytes: number;
  readonly analyzeMs: number;
  readonly reportsMs: number;
  readonly packets: number;
  readonly dialogs: number;
  readonly reports: number;
  /** Flows with RTP. */
  readonly streams: number;
  /** [src, dst, SSRC as 0x%08X, RTP packets] per flow and SSRC. */
  readonly ssrcs: readonly (readonly [string, string, string, number])[];
  readonly srtpAuthenticated: number;
  readonly srtpAuthFailures: number;
  readonly malformed: number;
  readonly failure?: string;
  /** Peak resident set size of this process, KiB (getrusage ru_maxrss). */
  readonly maxRssKiB: number;
  /**
   * JS heap still in use after a full garbage collection with the analysis and reports alive
   * (what the analysis keeps, as opposed to garbage not yet collected), KiB; absent without
   * node --expose-gc.
   */
  readonly retainedHeapKiB?: number;
}

export async function analyzeChild(path: string): Promise<AnalyzeChildResult> {
  const fa = await analyzeFile(path);
  const t0 = performance.now();
  const { reports } = buildCaptureReports(fa);
  const reportsMs = performance.now() - t0;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const retained = gc ? Math.round(process.memoryUsage().heapUsed / 1024) : undefined;
  // Everything below reads the analysis and the reports, so both were alive when the heap was measured.
  const streams = fa.analysis.streams.filter((s) => s.packets > 0);
  const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, "0")}`;
  return {
    bytes: fa.bytes,
    analyzeMs: fa.elapsedMs,
    reportsMs,
    packets: fa.capture?.stats.packets ?? 0,
    dialogs: fa.analysis.dialogs.length,
    reports: reports.length,
    streams: streams.length,
    ssrcs: streams.flatMap((s) => s.ssrcs.map((x) => [s.src, s.dst, hex(x.ssrc), x.packets] as const)),
    srtpAuthenticated: streams.reduce((n, s) => n + s.protection.authenticated, 0),
    srtpAuthFailures: streams.reduce((n, s) => n + s.protection.authFailures, 0),
    malformed: fa.capture?.stats.malformed ?? 0,
    ...(fa.capture?.failure ? { failure: fa.capture.failure } : {}),
    maxRssKiB: process.resourceUsage().maxRSS,
    ...(retained !== undefined ? { retainedHeapKiB: retained } : {}),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: node dist/bench/analyze-child.js CAPTURE");
    process.exitCode = 2;
  } else
    analyzeChild(path).then(
      (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
      (e: unknown) => {
        console.error(`analyze failed: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 1;
      },
    );
}
