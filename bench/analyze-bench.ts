import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AnalyzeChildResult } from "./analyze-child.js";
import { seedCaptureFiles } from "./analyze-seed.js";
import { loadSeed, type SeedCapture, type TileResult, tilesFor, writeTiledCapture } from "./capture-tiler.js";
import { parseTsharkRtpStreams, streamMismatches } from "./tshark-streams.js";

/**
 * `vdm-test analyze` throughput on a large capture made from the project's own calls: a few real
 * calls against the embedded room are recorded with the capture recorder (cached between runs),
 * then tiled into a capture of the asked size, each tile a distinct call with its own ports,
 * Call-IDs and SSRCs (capture-tiler.ts). The analyzer runs in a process of its own so that its
 * peak RSS can be shown for a smaller and the full-size file (memory must stay flat); tshark, when
 * installed, reads the same file and both must list the same RTP streams with the same packets.
 */
export interface AnalyzeBenchOptions {
  /** Capture size, MB (default 200). */
  readonly sizeMb?: number;
  /** Size of the second, smaller capture that shows memory stays flat (default 50; 0 skips it). */
  readonly smallMb?: number;
  /** Run tshark too (default: when /usr/bin/tshark exists). */
  readonly tshark?: boolean;
  /** Record the seed calls again even when cached. */
  readonly freshSeeds?: boolean;
  readonly log?: (line: string) => void;
}

export interface AnalyzeRun {
  readonly sizeMb: number;
  readonly tiles: TileResult;
  readonly writeMs: number;
  readonly analyze: AnalyzeChildResult;
  readonly mbPerSecond: number;
}

export interface AnalyzeBenchResult {
  readonly runs: readonly AnalyzeRun[];
  readonly tshark?: {
    readonly ms: number;
    readonly mbPerSecond: number;
    readonly streams: number;
    readonly mismatches: number;
  };
}

const TSHARK = "/usr/bin/tshark";
const MB = 1024 * 1024;
const CHILD = join(dirname(fileURLToPath(import.meta.url)), "analyze-child.js");
/** tshark's arguments: ICE puts STUN on the media ports first, so its RTP heuristic must be on to find the streams. */
const TSHARK_ARGS = ["--enable-heuristic", "rtp_udp", "-q", "-z", "rtp,streams", "-r"];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function runChild(path: string): AnalyzeChildResult {
  const r = spawnSync(process.execPath, ["--expose-gc", CHILD, path], {
    encoding: "utf8",
    maxBuffer: 256 * MB,
    timeout: 900_000,
  });
  if (r.status !== 0)
    throw new Error(`analyze of ${path} failed (${r.status ?? r.signal}): ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as AnalyzeChildResult;
}

function tileAndAnalyze(
  seeds: readonly SeedCapture[],
  sizeMb: number,
  dir: string,
  log: (l: string) => void,
): { run: AnalyzeRun; path: string } {
  const path = join(dir, `tiled-${sizeMb}mb.pcapng`);
  const t0 = performance.now();
  const tiles = writeTiledCapture(path, seeds, { tiles: tilesFor(seeds, sizeMb * MB) });
  const writeMs = performance.now() - t0;
  const mb = tiles.bytes / MB;
  log(
    `  ${mb.toFixed(1)} MB capture: ${tiles.packets} packets, ${tiles.tiles} tiled calls, ${tiles.dialogs} dialogs, ${tiles.streams} RTP streams (written in ${(writeMs / 1000).toFixed(1)} s)`,
  );
  log(`    load average before analyze: ${load()}`);
  const analyze = runChild(path);
  const mbPerSecond = mb / (analyze.analyzeMs / 1000);
  const found =
    analyze.dialogs === tiles.dialogs && analyze.streams === tiles.streams
      ? "as tiled"
      : `TILED ${tiles.dialogs} dialogs, ${tiles.streams} streams`;
  log(
    `    vdm-test analyze: ${(analyze.analyzeMs / 1000).toFixed(2)} s, ${mbPerSecond.toFixed(0)} MB/s; reports of ${analyze.reports} dialogs ${(analyze.reportsMs / 1000).toFixed(2)} s; peak RSS ${(analyze.maxRssKiB / 1024).toFixed(0)} MB${analyze.retainedHeapKiB !== undefined ? `, heap kept after GC ${(analyze.retainedHeapKiB / 1024).toFixed(0)} MB` : ""}`,
  );
  log(
    `    found ${analyze.dialogs} dialogs, ${analyze.streams} RTP streams (${found}), ${analyze.packets} packets, SRTP ${analyze.srtpAuthenticated} authenticated / ${analyze.srtpAuthFailures} failed${analyze.failure ? `; PARTIAL: ${analyze.failure}` : ""}`,
  );
  return { run: { sizeMb, tiles, writeMs, analyze, mbPerSecond }, path };
}

export async function runAnalyzeBench(opts: AnalyzeBenchOptions = {}): Promise<AnalyzeBenchResult> {
  const log = opts.log ?? ((l: string) => console.log(l));
  const sizeMb = opts.sizeMb ?? 200;
  const smallMb = opts.smallMb ?? 50;
  log(`analyze benchmark: load average ${load()} (2-core machine shared with other work)`);
  const files = await seedCaptureFiles({ fresh: opts.freshSeeds ?? false, log });
  const seeds = files.paths.map((p) => loadSeed(readFileSync(p), basename(p)));
  log(
    `  seed: ${seeds.length} calls of vdm-test against the embedded room, recorded with the capture recorder${files.recorded ? "" : ` (cached, recorded ${files.recordedAt})`}`,
  );
  for (const s of seeds)
    log(
      `    ${s.name}: ${s.events.length} events, ${s.dialogs} dialogs, ${s.streams} RTP streams, ${(s.spanUs / 1e6).toFixed(1)} s${s.keptEncrypted ? `, ${s.keptEncrypted} SRTP packets kept as recorded` : ""}`,
    );
  const dir = mkdtempSync(join(tmpdir(), "vdm-analyze-bench-"));
  const runs: AnalyzeRun[] = [];
  try {
    if (smallMb > 0 && smallMb < sizeMb) {
      const small = tileAndAnalyze(seeds, smallMb, dir, log);
      runs.push(small.run);
      rmSync(small.path, { force: true });
    }
    const big = tileAndAnalyze(seeds, sizeMb, dir, log);
    runs.push(big.run);
    if (runs.length === 2)
      log(
        `  memory: peak RSS ${(runs[0]!.analyze.maxRssKiB / 1024).toFixed(0)} MB for ${runs[0]!.sizeMb} MB, ${(runs[1]!.analyze.maxRssKiB / 1024).toFixed(0)} MB for ${runs[1]!.sizeMb} MB`,
      );
    if (!(opts.tshark ?? spawnSync(TSHARK, ["-v"]).status === 0)) {
      log("  tshark: not installed");
      return { runs };
    }
    const mb = big.run.tiles.bytes / MB;
    log(`    load average before tshark: ${load()}`);
    const t0 = performance.now();
    const r = spawnSync(TSHARK, [...TSHARK_ARGS, big.path], {
      encoding: "utf8",
      maxBuffer: 256 * MB,
      timeout: 1_800_000,
    });
    const ms = performance.now() - t0;
    if (r.status !== 0) {
      log(`  tshark failed (${r.status ?? r.signal}): ${r.stderr.trim().split("\n").pop()}`);
      return { runs };
    }
    const theirs = parseTsharkRtpStreams(r.stdout);
    const ours = new Map(big.run.analyze.ssrcs.map(([src, dst, ssrc, n]) => [`${src} ${dst} ${ssrc}`, n]));
    const mismatches = streamMismatches(ours, theirs);
    const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    log(
      `    tshark ${TSHARK_ARGS.join(" ")} FILE: ${(ms / 1000).toFixed(2)} s, ${(mb / (ms / 1000)).toFixed(0)} MB/s`,
    );
    log(
      `    RTP streams (flow + SSRC): analyze ${ours.size} with ${sum(ours)} packets, tshark ${theirs.size} with ${sum(theirs)} packets; mismatches: ${mismatches.length}`,
    );
    for (const m of mismatches.slice(0, 5)) log(`      ${m}`);
    return {
      runs,
      tshark: { ms, mbPerSecond: mb / (ms / 1000), streams: theirs.size, mismatches: mismatches.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sizeMb = Number(process.argv[2] ?? 200);
  runAnalyzeBench({ sizeMb }).catch((e: unknown) => {
    console.error(`analyze bench failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
