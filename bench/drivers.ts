import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ChildClient } from "./ipc.js";
import type { ClipSummary, SetupResult, StepLoadResult } from "./load-generator.js";
import { LoadGenerator, type LoadGeneratorOptions } from "./load-generator.js";
import type { ClipOptions } from "./media-clip.js";
import { type CpuSample, cpuSample, type RoomTotals, startBenchRoom } from "./room-host.js";

/** The room under test, wherever it runs. */
export interface RoomDriver {
  readonly sipPort: number;
  /** The room process's CPU time now. */
  cpu(): Promise<CpuSample>;
  activeCalls(): Promise<number>;
  takeTotals(): Promise<RoomTotals>;
  stop(): Promise<void>;
}

/** The load generator, wherever it runs. */
export interface GeneratorDriver {
  prepare(opts: ClipOptions): Promise<ClipSummary>;
  setup(target: string, calls: number): Promise<SetupResult>;
  beginWindow(): Promise<void>;
  finish(): Promise<StepLoadResult>;
  stop(): Promise<void>;
}

/** Room and generator in this process (tests): the same code, without the process boundary. */
export async function inProcessRoom(): Promise<RoomDriver> {
  const room = await startBenchRoom();
  return {
    sipPort: room.sipPort,
    cpu: async () => cpuSample(),
    activeCalls: async () => room.activeCalls,
    takeTotals: async () => room.takeTotals(),
    stop: () => room.stop(),
  };
}

export async function inProcessGenerator(opts: LoadGeneratorOptions = {}): Promise<GeneratorDriver> {
  const gen = await LoadGenerator.start(opts);
  return {
    prepare: (o) => gen.prepare(o),
    setup: (t, n) => gen.setup(t, n),
    beginWindow: async () => gen.beginWindow(),
    finish: () => gen.finish(),
    stop: () => gen.stop(),
  };
}

function forkScript(name: string, script: string, execArgv: string[]): ChildClient {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = fork(path, [], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new ChildClient(name, child);
}

export interface ForkedRoom extends RoomDriver {
  readonly pid: number | undefined;
}

/** The room in its own process (dist/bench/room-process.js); `execArgv` e.g. --cpu-prof. */
export async function forkedRoom(execArgv: string[] = []): Promise<ForkedRoom> {
  const c = forkScript("room", "./room-process.js", execArgv);
  const { sipPort } = await c.request<{ sipPort: number }>("start", undefined, 60_000).catch(async (e) => {
    await c.stop(1000);
    throw e;
  });
  return {
    pid: c.pid,
    sipPort,
    cpu: () => c.request<CpuSample>("cpu"),
    activeCalls: () => c.request<number>("activeCalls"),
    takeTotals: () => c.request<RoomTotals>("takeTotals"),
    stop: () => c.stop(10_000),
  };
}

/** The load generator in its own process (dist/bench/load-generator-process.js). */
export async function forkedGenerator(opts: LoadGeneratorOptions = {}): Promise<GeneratorDriver> {
  const c = forkScript("load generator", "./load-generator-process.js", []);
  await c.request("start", opts, 30_000).catch(async (e) => {
    await c.stop(1000);
    throw e;
  });
  return {
    prepare: (o) => c.request<ClipSummary>("prepare", o, 180_000),
    setup: (t, n) => c.request<SetupResult>("setup", { target: t, calls: n }, 120_000),
    beginWindow: () => c.request<void>("beginWindow"),
    finish: () => c.request<StepLoadResult>("finish", undefined, 60_000),
    stop: () => c.stop(10_000),
  };
}
