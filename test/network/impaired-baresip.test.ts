// `vdm-test call` against a real baresip (echo, and answering with its own file) on loopback,
// once straight and once through the impairment relay at 5 % random media loss each way: the
// verdicts must be the same, because a loss the checks are built to tolerate is the network's,
// not the endpoint's. Skipped where baresip is not installed.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ImpairRelay } from "../../src/adapters/net/impair-relay.js";
import { runCall } from "../../src/app/call/run-call.js";
import type { ImpairmentProfile } from "../../src/protocol/impair/impairment.js";
import type { Check, Report } from "../../src/report/model.js";
import {
  type BaresipHandle,
  type BaresipOptions,
  hasBaresip,
  makeTestVideo,
  startBaresip,
  stopAllBaresips,
} from "../support/baresip/index.js";

const quiet = { step: () => {}, info: () => {} };
const VIDEO = { width: 320, height: 180, fps: 15, bitrateKbps: 300 };

function note(line: string): void {
  console.info(`[impaired-baresip] ${line}`);
}

async function callPeer(
  peer: BaresipHandle,
  media: ImpairmentProfile | undefined,
  seed: number,
): Promise<{ report: Report; relay?: ImpairRelay }> {
  const opts = { srtp: "off" as const, durationS: 8, localAddress: "127.0.0.1", video: VIDEO };
  if (!media) return { report: await runCall({ ...opts, target: peer.sipUri }, quiet) };
  const relay = await ImpairRelay.start({
    host: "127.0.0.1",
    peer: { host: "127.0.0.1", port: peer.sipPort },
    media,
    seed,
    ports: { from: 46000, to: 46999 },
  });
  try {
    const report = await runCall({ ...opts, target: relay.uri(peer.options.user) }, quiet);
    return { report, relay };
  } finally {
    await relay.close();
  }
}

/**
 * A verdict as a reader acts on it: pass and warn both say the function works (warn with
 * remarks whose degree a loaded machine moves: baresip's echo re-encodes on the same two cores),
 * fail blames the endpoint, inconclusive blames no one.
 */
const verdict = (s: Check["status"]) => (s === "pass" || s === "warn" ? "works" : s);
const verdicts = (r: Report) => Object.fromEntries(r.checks.map((c) => [c.id, verdict(c.status)]));
/** The media verdicts in words, for the log: what the path changed beside each. */
const MEDIA = ["mirror.see-yourself", "audio.hear-far-end", "h264.media", "h264.keyframe-on-request"];
const summaries = (r: Report) =>
  r.checks.filter((c) => MEDIA.includes(c.id)).map((c) => `${c.id} ${c.status}: ${c.summary}`);

describe.skipIf(!hasBaresip)("vdm-test call against baresip, straight and through 5 % loss", () => {
  let dir: string;
  let video: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vdm-impaired-baresip-"));
    video = join(dir, "testsrc.avi");
    await makeTestVideo(video, 10);
  });
  afterEach(async () => {
    await stopAllBaresips();
  });
  afterAll(async () => {
    await stopAllBaresips();
    await rm(dir, { recursive: true, force: true });
  });

  const modes: Record<"echo" | "file", () => BaresipOptions> = {
    echo: () => ({ role: "echo", durationS: 40 }),
    file: () => ({ role: "answer", videoFile: video, durationS: 40 }),
  };
  const cases: [keyof typeof modes, string, ImpairmentProfile, number][] = [
    ["echo", "5 % random loss", { loss: { kind: "random", rate: 0.05 } }, 21],
    ["file", "5 % random loss", { loss: { kind: "random", rate: 0.05 } }, 22],
    [
      "echo",
      "5 % random loss and 50 ± 50 ms jitter",
      { loss: { kind: "random", rate: 0.05 }, delayMs: 50, jitterMs: 50 },
      23,
    ],
    [
      "file",
      "5 % random loss and 50 ± 50 ms jitter",
      { loss: { kind: "random", rate: 0.05 }, delayMs: 50, jitterMs: 50 },
      24,
    ],
  ];
  for (const [name, path, profile, seed] of cases) {
    it(`${name}: the same verdicts through ${path} as without it`, async () => {
      const straightPeer = await startBaresip(modes[name]());
      const straight = await callPeer(straightPeer, undefined, 0);
      await straightPeer.stop();
      const lossyPeer = await startBaresip(modes[name]());
      const lossy = await callPeer(lossyPeer, profile, seed);
      await lossyPeer.stop();
      note(`${name} straight:\n  ${summaries(straight.report).join("\n  ")}`);
      note(`${name} through ${path}:\n  ${summaries(lossy.report).join("\n  ")}`);
      note(`${name} relay counters ${JSON.stringify(lossy.relay?.counters().media)}`);
      const c = lossy.relay!.counters();
      expect(c.media.toPeer.lost + c.media.toCaller.lost).toBeGreaterThan(0);
      expect(c.unrouted).toBe(0);
      expect(verdicts(lossy.report)).toEqual(verdicts(straight.report));
      // The loss is shown beside the media verdicts of the lossy call, and only there.
      const mirror = (r: Report) => r.checks.find((x) => x.id === "mirror.see-yourself")!;
      expect(mirror(lossy.report).summary).toMatch(/\(network: [^)]*video looped back to us [\d.]+% lost/);
      expect(mirror(straight.report).summary).not.toMatch(/% lost/);
    }, 240_000);
  }
});
