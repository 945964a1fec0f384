import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CaptureRecorder } from "../src/adapters/capture/capture-recorder.js";
import { type CallProgress, runCall } from "../src/app/call/run-call.js";
import type { SrtpPolicy } from "../src/protocol/sdp/sdp-types.js";
import type { SipTransportProtocol } from "../src/protocol/sip/route.js";

/**
 * The recorded calls the analyze benchmark tiles into its large capture: real `vdm-test call`s
 * against the embedded room on 127.0.0.1, recorded by the capture recorder (`call --pcap`), SIP
 * over UDP and over TCP, SRTP off and mandatory, with 720p H.264, Opus, BFCP and slides. They are
 * kept in a cache folder and recorded again only when missing or when the recipe changes.
 */
export interface SeedCall {
  readonly transport: SipTransportProtocol;
  readonly srtp: SrtpPolicy;
}

export const SEED_CALLS: readonly SeedCall[] = [
  { transport: "udp", srtp: "off" },
  { transport: "udp", srtp: "mandatory" },
  { transport: "tcp", srtp: "off" },
  { transport: "tcp", srtp: "mandatory" },
];

/** What the calls are; a change here records the seeds again. */
const RECIPE = {
  version: 1,
  durationS: 6,
  video: { width: 1280, height: 720, fps: 30, bitrateKbps: 1500 },
  functions: [1, 2, 3, 4, 5, 6] as const,
  calls: SEED_CALLS,
};

export const DEFAULT_SEED_DIR = join(tmpdir(), "vdm-test-bench", "analyze-seeds");

export interface SeedFiles {
  readonly paths: readonly string[];
  readonly recorded: boolean;
  readonly recordedAt: string;
}

const silent: CallProgress = { step: () => {}, info: () => {} };

/** The seed captures, recorded now when the cache does not hold them (or `fresh`). */
export async function seedCaptureFiles(
  opts: { dir?: string; fresh?: boolean; log?: (line: string) => void } = {},
): Promise<SeedFiles> {
  const dir = opts.dir ?? DEFAULT_SEED_DIR;
  const log = opts.log ?? (() => {});
  const manifest = join(dir, "seeds.json");
  const paths = SEED_CALLS.map((c) => join(dir, `call-${c.transport}-srtp-${c.srtp}.pcapng`));
  const recipe = JSON.stringify(RECIPE);
  if (!opts.fresh && existsSync(manifest) && paths.every((p) => existsSync(p))) {
    try {
      const m = JSON.parse(readFileSync(manifest, "utf8")) as { recipe?: string; recordedAt?: string };
      if (m.recipe === recipe) return { paths, recorded: false, recordedAt: m.recordedAt ?? "?" };
    } catch {
      // unreadable manifest: record again
    }
  }
  mkdirSync(dir, { recursive: true });
  rmSync(manifest, { force: true });
  for (const [i, c] of SEED_CALLS.entries()) {
    const t0 = performance.now();
    const recorder = CaptureRecorder.open(paths[i]!, {
      note: `analyze benchmark seed: call over ${c.transport}, SRTP ${c.srtp}`,
    });
    try {
      await runCall(
        {
          transport: c.transport,
          srtp: c.srtp,
          durationS: RECIPE.durationS,
          video: RECIPE.video,
          localAddress: "127.0.0.1",
          functions: new Set(RECIPE.functions),
          capture: recorder,
        },
        silent,
      );
      const r = recorder.finish();
      log(
        `  recorded seed call ${i + 1}/${SEED_CALLS.length} (${c.transport}, SRTP ${c.srtp}): ${r.packets} packets, ${(r.bytes / 1024).toFixed(0)} KiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    } catch (e) {
      recorder.abort();
      throw e;
    }
  }
  const recordedAt = new Date().toISOString();
  writeFileSync(manifest, `${JSON.stringify({ recipe, recordedAt }, null, 2)}\n`);
  return { paths, recorded: true, recordedAt };
}
