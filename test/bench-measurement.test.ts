import { describe, expect, it } from "vitest";
import { MirrorLatency, quantile } from "../bench/mirror-latency.js";
import { projectCapacity } from "../bench/step-verdict.js";

const payload = (n: number, len = 20) => Uint8Array.from({ length: len }, (_, i) => (n * 31 + i) & 0xff);

describe("MirrorLatency", () => {
  it("finds the mirror's sequence offset by payload, then matches by sequence number across the wrap", () => {
    const m = new MirrorLatency();
    for (let i = 0; i < 10; i++) m.sent((65530 + i) & 0xffff, payload(i), 100 + i);
    // The mirror starts at 1000 and the first two packets were lost on the way.
    expect(m.received(1002, payload(2), 105)).toBe(3);
    expect(m.locked).toBe(true);
    expect(m.received(1009, payload(9), 111)).toBe(2);
    expect(m.received(1009, payload(9), 112)).toBeUndefined(); // a duplicate counts once
    expect(m.matched).toBe(2);
  });

  it("re-learns the offset when the mirror starts a new segment", () => {
    const m = new MirrorLatency();
    for (let i = 0; i < 6; i++) m.sent(i, payload(i, 10 + i), i);
    expect(m.received(500, payload(0, 10), 1)).toBe(1);
    expect(m.received(900, payload(3, 13), 5)).toBeUndefined(); // lengths differ: offset dropped
    expect(m.mismatches).toBe(1);
    expect(m.received(901, payload(4, 14), 6)).toBe(2);
  });

  it("counts a packet it cannot match", () => {
    const m = new MirrorLatency();
    m.sent(1, payload(1), 0);
    expect(m.received(7, payload(99), 1)).toBeUndefined();
    expect(m.unmatched).toBe(1);
  });
});

describe("quantile", () => {
  it("takes the nearest rank", () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(v, 0.5)).toBe(50);
    expect(quantile(v, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBeUndefined();
  });
});

describe("projectCapacity", () => {
  it("extrapolates one core from the CPU slope per call, leaving out the fixed cost", () => {
    const c = projectCapacity(
      [
        { calls: 10, cpu: 0.25 },
        { calls: 20, cpu: 0.45 },
      ],
      0.9,
    );
    expect(c?.cpuPerCall).toBeCloseTo(0.02);
    expect(c?.calls).toBe(42); // (0.9 − 0.05) / 0.02
  });

  it("uses the ratio for a single step and gives up without one", () => {
    expect(projectCapacity([{ calls: 10, cpu: 0.3 }], 0.9)?.calls).toBe(30);
    expect(projectCapacity([], 0.9)).toBeUndefined();
  });
});
