import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { forkedGenerator, forkedRoom } from "./drivers.js";
import { runRamp } from "./ramp.js";
import { renderClip, renderHeader, renderPerPacket, renderStep, renderSummary } from "./render.js";
import { measureRtpengine, type RtpengineResult } from "./rtpengine-baseline.js";
import type { StepReport } from "./step-verdict.js";

const USAGE = `usage: npm run bench -- [--max-calls N] [--step-seconds S] [--steps 10,25,50] [--clip-seconds S] [--profile DIR]
  --max-calls     largest step (default 300)
  --step-seconds  measured seconds per step (default 8)
  --steps         explicit call counts instead of the default ramp
  --clip-seconds  seconds of pre-encoded 720p media to replay (default 10)
  --verify-every N  authenticate/decrypt every N-th mirrored packet in the generator (default 16; 1 = all)
  --profile DIR   run the room with node --cpu-prof, writing the profile into DIR
  --no-rtpengine  skip the rtpengine baseline (../shared/bench/rtpengine, or $VDM_RTPENGINE_BENCH) the room's
                  µs per packet is compared with
  --only room|analyze|srtp|per|network|flood|call  run one benchmark (default all but srtp and flood;
                  call: \`vdm-test call\` with no URI, twice: wall time, phases, INVITE→200, 200→first mirrored frame;
                  srtp: protect/unprotect packets/s at 1200-octet payloads;
                  per: ASN.1 PER decode/encode messages/s of a real Setup and TerminalCapabilitySet;
                  network: the embedded call through the impairment relay at 0, 1, 5, 10, 20 and 30 % loss, verdicts and measured loss;
                  flood: OPTIONS and INVITE floods at 1000-10000/s, answered share, probe p50/p99 and heap,
                  Kamailio beside when installed, then a real call during an INVITE flood of 2000/s)
  --flood-seconds S  seconds per flood rate (default 10)
  --flood-rates R  flood rates, e.g. 5000 or 1000,5000 (default 1000,2000,5000,10000)
  --flood-methods M  OPTIONS, INVITE or both (default OPTIONS,INVITE)
  --no-flood-call  leave out the real call during a flood
  --analyze-mb N  size of the capture for the analyze benchmark, tiled from recorded calls (default 200, at most about 600)
  --analyze-small-mb N  size of the second capture that shows memory stays flat (default 50; 0 skips)
  --analyze-reseed  record the analyze benchmark's seed calls again instead of using the cached ones`;

const RAMP = [10, 25, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 500];
/** Start no step after 4 minutes, so the bench ends within about 5. */
const BUDGET_MS = 240_000;

function positive(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${v}"`);
  return n;
}

function rampSteps(maxCalls: number, explicit?: string): number[] {
  if (explicit) {
    return explicit.split(",").map((s) => Math.round(positive("steps", s.trim(), 1)));
  }
  const steps = RAMP.filter((n) => n < maxCalls);
  steps.push(maxCalls);
  return steps;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "max-calls": { type: "string" },
      "step-seconds": { type: "string" },
      steps: { type: "string" },
      "clip-seconds": { type: "string" },
      profile: { type: "string" },
      "verify-every": { type: "string" },
      only: { type: "string" },
      "flood-seconds": { type: "string" },
      "flood-rates": { type: "string" },
      "flood-methods": { type: "string" },
      "no-flood-call": { type: "boolean" },
      "analyze-mb": { type: "string" },
      "analyze-small-mb": { type: "string" },
      "analyze-reseed": { type: "boolean" },
      "no-rtpengine": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const only = values.only;
  if (only !== undefined && !["room", "analyze", "srtp", "per", "network", "flood", "call"].includes(only))
    throw new Error(`--only must be room, analyze, srtp, per, network, flood or call, not "${only}"`);
  if (only === "call" || only === undefined) {
    const { runEmbeddedCallBench } = await import("./call-bench.js");
    await runEmbeddedCallBench(2);
    if (only === "call") return 0;
    console.log("");
  }
  if (only === "flood") {
    const { runFloodBench } = await import("./flood-bench.js");
    await runFloodBench({
      rates: values["flood-rates"]
        ? values["flood-rates"].split(",").map((r) => positive("flood-rates", r.trim(), 1000))
        : [1000, 2000, 5000, 10000],
      seconds: positive("flood-seconds", values["flood-seconds"], 10),
      methods: (values["flood-methods"] ?? "OPTIONS,INVITE").split(",").map((m) => m.trim().toUpperCase()),
      callDuringFlood: !values["no-flood-call"],
    });
    return 0;
  }
  if (only === "srtp") {
    const { runSrtpBench } = await import("./srtp-bench.js");
    runSrtpBench({ payloadBytes: 1200, seconds: 1 });
    return 0;
  }
  if (only === "network") {
    const { runNetworkLadder } = await import("./network-ladder.js");
    await runNetworkLadder({ durationS: 6, seed: 20261207 });
    return 0;
  }
  if (only === "per" || only === undefined) {
    const { runPerBench } = await import("./per-bench.js");
    runPerBench({ seconds: 1 });
    if (only === "per") return 0;
    console.log("");
  }
  if (only !== "analyze") await roomBench(values);
  if (only !== "room") {
    console.log("");
    const { runAnalyzeBench } = await import("./analyze-bench.js");
    const small = values["analyze-small-mb"];
    await runAnalyzeBench({
      sizeMb: positive("analyze-mb", values["analyze-mb"], 200),
      smallMb: small === "0" ? 0 : positive("analyze-small-mb", small, 50),
      freshSeeds: values["analyze-reseed"] ?? false,
    });
  }
  if (only === undefined) {
    console.log("");
    const { runNetworkLadder } = await import("./network-ladder.js");
    await runNetworkLadder({ durationS: 6, seed: 20261207 });
  }
  return 0;
}

type BenchValues = Record<string, string | boolean | undefined>;

async function roomBench(values: BenchValues): Promise<void> {
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const maxCalls = Math.round(positive("max-calls", str("max-calls"), 300));
  const stepSeconds = positive("step-seconds", str("step-seconds"), 8);
  const clipSeconds = positive("clip-seconds", str("clip-seconds"), 10);
  const steps = rampSteps(maxCalls, str("steps"));
  const verifyEvery = Math.round(positive("verify-every", str("verify-every"), 16));
  const execArgv: string[] = [];
  const profile = str("profile");
  if (profile) {
    mkdirSync(profile, { recursive: true });
    execArgv.push("--cpu-prof", `--cpu-prof-dir=${profile}`, "--cpu-prof-name=room.cpuprofile");
  }

  console.log(
    `vdm-test room benchmark: mirrored SRTP calls (720p H.264 + Opus), SIP/UDP on 127.0.0.1; steps ${steps.join(", ")}, ${stepSeconds} s each`,
  );
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (2-core machine; others' load skews CPU shares)`,
  );
  const room = await forkedRoom(execArgv);
  let measuredAt: StepReport | undefined;
  let gen: Awaited<ReturnType<typeof forkedGenerator>> | undefined;
  try {
    gen = await forkedGenerator({ verifyEvery });
    console.log(`room pid ${room.pid} on sip:testrum@127.0.0.1:${room.sipPort}; load generator forked`);
    const result = await runRamp(room, gen, {
      steps,
      stepSeconds,
      clip: { seconds: clipSeconds },
      budgetMs: BUDGET_MS,
      onClip: (c) => {
        console.log(renderClip(c));
        console.log(renderHeader());
      },
      onStep: (s) => console.log(renderStep(s)),
    });
    for (const line of renderSummary(result)) console.log(line);
    // The busiest step the room kept up with: passed, or lost packets for want of the generator
    // or the machine (CPU per packet is still the room's); else the last step, marked.
    measuredAt = result.steps.filter((s) => s.passed || s.limit !== "room").at(-1) ?? result.steps.at(-1);
  } finally {
    await gen?.stop();
    await room.stop();
  }
  // rtpengine at the packet rate of the room's largest passed step, once the room has stopped.
  let rtpengine: RtpengineResult | undefined;
  if (measuredAt && !values["no-rtpengine"])
    rtpengine = await measureRtpengine(Math.max(2000, measuredAt.mirroredPps), 6);
  for (const line of renderPerPacket(measuredAt, rtpengine)) console.log(line);
  if (profile) console.log(`room CPU profile: ${join(profile, "room.cpuprofile")}`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
