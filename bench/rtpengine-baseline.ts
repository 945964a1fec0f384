import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** What rtpengine (Sipwise's C media relay, userspace) spent per SRTP packet it decrypted and re-encrypted. */
export interface RtpengineBaseline {
  readonly microsPerPacket: number;
  readonly forwardedPps: number;
  readonly lossPct: number;
  readonly cpuPct: number;
}

export type RtpengineResult =
  | { readonly measured: true; readonly baseline: RtpengineBaseline }
  | { readonly measured: false; readonly reason: string };

/**
 * Where the rtpengine baseline scripts are: $VDM_RTPENGINE_BENCH, else ../shared/bench/rtpengine
 * beside the package (the project's shared notes sit beside every checkout).
 */
export function rtpengineBenchDir(): string {
  if (process.env.VDM_RTPENGINE_BENCH) return process.env.VDM_RTPENGINE_BENCH;
  // dist/bench/rtpengine-baseline.js → the package root is two folders up.
  const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
  return join(root, "..", "shared", "bench", "rtpengine");
}

/** Reads `key=value` lines of bench.sh's output; the value up to the first space. */
export function parseBaselineOutput(out: string): RtpengineBaseline | undefined {
  const get = (key: string): number | undefined => {
    const m = new RegExp(`^${key}=([^\\s]+)`, "m").exec(out);
    const n = m ? Number(m[1]) : Number.NaN;
    return Number.isFinite(n) ? n : undefined;
  };
  const us = get("cpu_us_per_fwd_pkt");
  const pps = get("forwarded_pps");
  if (us === undefined || pps === undefined || pps <= 0) return undefined;
  return {
    microsPerPacket: us,
    forwardedPps: pps,
    lossPct: get("loss_pct") ?? 0,
    cpuPct: get("rtpengine_cpu_pct") ?? 0,
  };
}

/**
 * Runs rtpengine's case b (AES_CM_128_HMAC_SHA1_80 in, re-encrypted out, 1200-octet payloads, 20
 * sessions) at `pps` for `seconds` on 127.0.0.1, with its own ports (50000-51999, NG 22291) so it
 * meets no room. Gives a reason instead when rtpengine or the scripts are not on this machine.
 */
export function measureRtpengine(
  pps: number,
  seconds: number,
  dir = rtpengineBenchDir(),
): Promise<RtpengineResult> {
  const script = join(dir, "bench.sh");
  if (!existsSync(script)) return Promise.resolve({ measured: false, reason: `no ${script}` });
  const run = mkdtempSync(join(tmpdir(), "vdm-rtpengine-"));
  const env = { ...process.env, RTPE_RUN: run, NG_PORT: "22291", PORT_MIN: "50000", PORT_MAX: "51999" };
  return new Promise((done) => {
    execFile(
      "bash",
      [script, String(Math.round(pps)), String(seconds), "b"],
      { env, timeout: (seconds + 60) * 1000, maxBuffer: 1 << 20 },
      (err, stdout, stderr) => {
        rmSync(run, { recursive: true, force: true });
        const baseline = parseBaselineOutput(stdout);
        if (baseline) done({ measured: true, baseline });
        else {
          const tail = `${stderr}`.trim().split("\n").slice(-1)[0] ?? "";
          done({
            measured: false,
            reason: `bench.sh failed (${err?.message.split("\n")[0] ?? "no figure"}): ${tail}`,
          });
        }
      },
    );
  });
}
