import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import type { GeneratorDriver, RoomDriver } from "./drivers.js";
import type { ClipSummary } from "./load-generator.js";
import type { ClipOptions } from "./media-clip.js";
import type { RoomTotals } from "./room-host.js";
import {
  type Capacity,
  DEFAULT_THRESHOLDS,
  judgeStep,
  type Limit,
  projectCapacity,
  type StepReport,
  type Thresholds,
} from "./step-verdict.js";

export interface RampOptions {
  /** Call counts to try, in order. */
  readonly steps: readonly number[];
  /** Seconds each step is measured for (after its calls are up). */
  readonly stepSeconds: number;
  readonly clip?: ClipOptions;
  readonly thresholds?: Thresholds;
  /** Start no new step after this many ms from the start of the ramp. */
  readonly budgetMs?: number;
  /** Called with the clip summary once it is encoded, and with each step as it ends. */
  readonly onClip?: (c: ClipSummary) => void;
  readonly onStep?: (s: StepReport) => void;
}

export interface RampResult {
  readonly clip: ClipSummary;
  readonly steps: readonly StepReport[];
  /** The most calls of a step that passed (0 when none did). */
  readonly sustained: number;
  readonly stoppedBecause: string;
  /** Who limited the result, when something did before the last step. */
  readonly limit: Limit | undefined;
  /** The room's and the generator's CPU per call over the passed steps, and what one core would carry. */
  readonly roomCapacity: Capacity | undefined;
  readonly generatorCapacity: Capacity | undefined;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits (bounded) until the room has closed every call of the step, then takes its totals. */
async function settleRoom(room: RoomDriver): Promise<RoomTotals> {
  for (let i = 0; i < 50 && (await room.activeCalls()) > 0; i++) await sleep(100);
  return room.takeTotals();
}

/**
 * Ramps the number of calls step by step: sets up N calls, measures for `stepSeconds`, hangs up,
 * judges. Stops at the first failed step, when the room or the generator saturates, when the
 * steps run out, or when the time budget is spent.
 */
export async function runRamp(
  room: RoomDriver,
  gen: GeneratorDriver,
  opts: RampOptions,
): Promise<RampResult> {
  const t0 = performance.now();
  const clip = await gen.prepare(opts.clip ?? {});
  opts.onClip?.(clip);
  const target = `sip:testrum@127.0.0.1:${room.sipPort}`;
  const steps: StepReport[] = [];
  let stoppedBecause = "every step passed";
  let limit: Limit | undefined;
  for (const calls of opts.steps) {
    if (opts.budgetMs !== undefined && performance.now() - t0 > opts.budgetMs) {
      stoppedBecause = "the time budget is spent";
      break;
    }
    const setup = await gen.setup(target, calls);
    const from = await room.cpu();
    await gen.beginWindow();
    await sleep(opts.stepSeconds * 1000);
    const to = await room.cpu();
    const load = await gen.finish();
    const totals = await settleRoom(room);
    const step = judgeStep(
      { setup, load, roomCpu: { from, to }, room: totals, loadAverage: loadavg()[0] ?? 0 },
      opts.thresholds,
    );
    steps.push(step);
    opts.onStep?.(step);
    const t = opts.thresholds ?? DEFAULT_THRESHOLDS;
    if (!step.passed) {
      stoppedBecause =
        step.established < step.calls
          ? "calls could not be set up"
          : `loss ${(step.lossFraction * 100).toFixed(2)} % reached ${(t.loss * 100).toFixed(1)} %`;
      limit = step.limit;
      break;
    }
    if (step.roomSaturated || step.generatorSaturated) {
      stoppedBecause = step.roomSaturated ? "the room's CPU is saturated" : "the load generator is saturated";
      limit = step.limit;
      break;
    }
  }
  const passed = steps.filter((s) => s.passed);
  const sustained = passed.reduce((m, s) => Math.max(m, s.calls), 0);
  const cpu = (opts.thresholds ?? DEFAULT_THRESHOLDS).cpu;
  return {
    clip,
    steps,
    sustained,
    stoppedBecause,
    limit,
    roomCapacity: projectCapacity(
      passed.map((s) => ({ calls: s.calls, cpu: s.roomCpu })),
      cpu,
    ),
    generatorCapacity: projectCapacity(
      passed.map((s) => ({ calls: s.calls, cpu: s.generatorCpu })),
      cpu,
    ),
  };
}
