import { afterAll, describe, expect, it } from "vitest";
import {
  type GeneratorDriver,
  inProcessGenerator,
  inProcessRoom,
  type RoomDriver,
} from "../bench/drivers.js";
import { runRamp } from "../bench/ramp.js";
import { renderStep, renderSummary } from "../bench/render.js";

// The room benchmark at tiny scale: the same ramp, room and load generator as `npm run bench`,
// in this process instead of forked ones, with 2 real SRTP calls for 2 s.
describe("room benchmark smoke", () => {
  const started: { room?: RoomDriver; gen?: GeneratorDriver } = {};
  afterAll(async () => {
    await started.gen?.stop();
    await started.room?.stop();
  });

  it("mirrors 2 SRTP calls for 2 s without loss and measures the mirror's latency", async () => {
    started.room = await inProcessRoom();
    started.gen = await inProcessGenerator();
    const result = await runRamp(started.room, started.gen, {
      steps: [2],
      stepSeconds: 2,
      clip: { seconds: 2 },
    });
    expect(result.clip.frames).toBe(60);
    expect(result.clip.videoKbps).toBeGreaterThan(1000);
    const [step] = result.steps;
    expect(step, renderSummary(result).join("\n")).toBeDefined();
    const line = renderStep(step!);
    expect(step!.established, line).toBe(2);
    expect(step!.lossFraction, line).toBe(0);
    expect(step!.lostBySequence, line).toBe(0);
    expect(step!.latencyP50Ms, line).toBeGreaterThan(0);
    expect(step!.latencyP99Ms!, line).toBeGreaterThanOrEqual(step!.latencyP50Ms!);
    expect(step!.mbitPerSecondIn, line).toBeGreaterThan(2);
    expect(step!.passed, line).toBe(true);
    expect(result.sustained).toBe(2);
    expect(await started.room.activeCalls()).toBe(0);
  }, 15_000);
});
