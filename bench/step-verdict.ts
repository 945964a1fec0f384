import type { SetupResult, StepLoadResult } from "./load-generator.js";
import type { CpuSample, RoomTotals } from "./room-host.js";

/**
 * Where a step ran out: the room, the load generator, or the machine (other processes held the
 * cores while neither the room nor the generator used a whole one).
 */
export type Limit = "room" | "generator" | "machine";

export interface Thresholds {
  /** Loss at or above this fraction fails the step (default 0.001 = 0.1 %). */
  readonly loss: number;
  /** CPU at or above this fraction of one core counts as saturated (default 0.9). */
  readonly cpu: number;
  /** The generator is behind its schedule when p99 frame lateness exceeds this (default 20 ms). */
  readonly latenessMs: number;
  /** A 1-minute load average above this counts as a busy machine (default 2.5 on 2 cores). */
  readonly busyLoad: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { loss: 0.001, cpu: 0.9, latenessMs: 20, busyLoad: 2.5 };

export interface StepMeasurement {
  readonly setup: SetupResult;
  readonly load: StepLoadResult;
  readonly roomCpu: { readonly from: CpuSample; readonly to: CpuSample };
  readonly room: RoomTotals;
  /** The machine's 1-minute load average at the end of the step. */
  readonly loadAverage: number;
}

export interface StepReport {
  readonly calls: number;
  readonly established: number;
  readonly setupMs: number;
  readonly mbitPerSecondIn: number;
  /** 1 − mirrored packets received once / video packets sent. */
  readonly lossFraction: number;
  /** Sent by the generator, not counted by the room (lost on the way in: the room's socket). */
  readonly lostInbound: number;
  /** Mirrored by the room, not received (lost on the way back: the generator's socket). */
  readonly lostReturn: number;
  readonly lostBySequence: number;
  /** Fractions of one core. */
  readonly roomCpu: number;
  readonly generatorCpu: number;
  /** The room's CPU per mirrored packet (µs): all its work (audio, RTCP, SIP) over the video packets it mirrored. */
  readonly roomMicrosPerPacket: number | undefined;
  /** Mirrored video packets per second that came back during the window. */
  readonly mirroredPps: number;
  readonly latencyP50Ms: number | undefined;
  readonly latencyP99Ms: number | undefined;
  readonly latenessP99Ms: number | undefined;
  readonly framesSkipped: number;
  readonly loadAverage: number;
  readonly passed: boolean;
  readonly roomSaturated: boolean;
  readonly generatorSaturated: boolean;
  /** Set when the step failed or saturated something: who ran out. */
  readonly limit: Limit | undefined;
  readonly notes: readonly string[];
}

/**
 * Turns one step's raw numbers into the table row and the verdict. Loss is attributed by where it
 * happened: packets the room never counted were dropped at its socket (the room was too slow);
 * packets it mirrored that never came back were dropped at the generator's socket.
 */
export function judgeStep(m: StepMeasurement, t: Thresholds = DEFAULT_THRESHOLDS): StepReport {
  const { load, room, setup } = m;
  const sent = load.videoPacketsSent;
  const lossFraction = sent > 0 ? Math.max(0, sent - load.videoPacketsUnique) / sent : 0;
  const lostInbound = Math.max(0, sent - room.videoPacketsIn);
  const lostReturn = Math.max(0, room.videoPacketsMirrored - load.videoPacketsUnique);
  const roomMs = m.roomCpu.to.atMs - m.roomCpu.from.atMs;
  const roomCpu = roomMs > 0 ? (m.roomCpu.to.cpuMs - m.roomCpu.from.cpuMs) / roomMs : 0;
  const generatorCpu = load.windowMs > 0 ? load.cpuMs / load.windowMs : 0;
  const mirrored = load.videoPacketsReceivedInWindow;
  const roomMicrosPerPacket = mirrored > 0 ? (roomCpu * load.windowMs * 1000) / mirrored : undefined;
  const roomSaturated = roomCpu >= t.cpu;
  // Lateness alone is not saturation: on a shared machine the generator also waits for a core.
  const generatorSaturated = generatorCpu >= t.cpu;
  const notes: string[] = [];
  const allUp = setup.established === setup.requested;
  if (!allUp)
    notes.push(`${setup.requested - setup.established} calls not established: ${setup.failures[0]}`);
  if (room.errors.length > 0) notes.push(`room: ${room.errors[0]}`);
  if (lostInbound > 0) notes.push(`${lostInbound} lost into the room`);
  if (lostReturn > 0) notes.push(`${lostReturn} lost on the way back`);
  if ((load.latenessP99Ms ?? 0) > t.latenessMs || load.framesSkipped > 0)
    notes.push(
      `generator behind schedule (lateness p99 ${load.latenessP99Ms} ms, ${load.framesSkipped} frames skipped)`,
    );
  // Two cores: a load average above ~2.5 means others wanted the cores the room and generator need.
  const busy = m.loadAverage > t.busyLoad;
  if (busy) notes.push(`machine busy (load ${m.loadAverage.toFixed(1)})`);
  if (load.mismatches > 0) notes.push(`${load.mismatches} packets did not match what was sent`);
  const passed = allUp && lossFraction < t.loss && load.latencyMs.samples > 0;
  let limit: Limit | undefined;
  if (!passed) {
    // Loss into the room, or a saturated room, is the room's; the rest is the generator's,
    // unless neither had a whole core on a busy machine.
    if (roomSaturated) limit = "room";
    else if (generatorSaturated) limit = "generator";
    else if (busy) limit = "machine";
    else limit = lostInbound >= lostReturn ? "room" : "generator";
  } else if (roomSaturated) limit = "room";
  else if (generatorSaturated) limit = "generator";
  return {
    calls: setup.requested,
    established: setup.established,
    setupMs: setup.setupMs,
    mbitPerSecondIn: load.windowBitsPerSecond / 1e6,
    lossFraction,
    lostInbound,
    lostReturn,
    lostBySequence: load.lostBySequence,
    roomCpu,
    generatorCpu,
    roomMicrosPerPacket,
    mirroredPps: load.windowMs > 0 ? (mirrored * 1000) / load.windowMs : 0,
    latencyP50Ms: load.latencyMs.p50,
    latencyP99Ms: load.latencyMs.p99,
    latenessP99Ms: load.latenessP99Ms,
    framesSkipped: load.framesSkipped,
    loadAverage: m.loadAverage,
    passed,
    roomSaturated,
    generatorSaturated,
    limit,
    notes,
  };
}

export interface Capacity {
  /** Fraction of one core each call adds (least-squares slope over the steps given). */
  readonly cpuPerCall: number;
  /** Calls at which that slope reaches `cpuLimit` of one core. */
  readonly calls: number;
}

/**
 * Extrapolates the calls one core carries from CPU per call, for when the machine is shared:
 * CPU time per call holds while wall-clock shares shrink. Needs a step with calls; a slope from
 * two or more steps leaves out the room's fixed cost.
 */
export function projectCapacity(
  points: readonly { readonly calls: number; readonly cpu: number }[],
  cpuLimit: number,
): Capacity | undefined {
  const ps = points.filter((p) => p.calls > 0);
  if (ps.length === 0) return undefined;
  let slope: number;
  let intercept = 0;
  const n = ps.length;
  const mx = ps.reduce((s, p) => s + p.calls, 0) / n;
  const my = ps.reduce((s, p) => s + p.cpu, 0) / n;
  const sxx = ps.reduce((s, p) => s + (p.calls - mx) ** 2, 0);
  if (n >= 2 && sxx > 0) {
    slope = ps.reduce((s, p) => s + (p.calls - mx) * (p.cpu - my), 0) / sxx;
    intercept = my - slope * mx;
  } else {
    slope = my / mx;
  }
  if (!(slope > 0)) return undefined;
  return { cpuPerCall: slope, calls: Math.floor((cpuLimit - Math.max(0, intercept)) / slope) };
}
