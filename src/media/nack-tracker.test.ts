import { describe, expect, it } from "vitest";
import { NackTracker } from "./nack-tracker.js";

describe("NACK tracker (RFC 4585 §6.2.1, §3.5.2 early feedback)", () => {
  it("asks at once for the packets a gap left out, and counts what came back", () => {
    const t = new NackTracker({ reorderMs: 0 });
    expect(t.onPacket(100, 0)).toEqual([]);
    expect(t.onPacket(103, 20)).toEqual([101, 102]);
    expect(t.onPacket(101, 30)).toEqual([]);
    expect(t.counters).toEqual({ missing: 2, recovered: 1, reordered: 0, abandoned: 0, nacked: 2 });
  });

  it("asks again every retry interval, at most maxTries times, then gives up", () => {
    const t = new NackTracker({ retryMs: 100, maxTries: 3, maxAgeMs: 10_000, reorderMs: 0 });
    t.onPacket(1, 0);
    expect(t.onPacket(3, 0)).toEqual([2]);
    expect(t.onPacket(4, 50)).toEqual([]);
    expect(t.due(100)).toEqual([2]);
    expect(t.due(200)).toEqual([2]);
    expect(t.due(300)).toEqual([]);
    expect(t.counters.abandoned).toBe(1);
    expect(t.counters.nacked).toBe(3);
  });

  it("gives up on a packet older than maxAgeMs, and does not chase a jump past maxGap", () => {
    const t = new NackTracker({ maxAgeMs: 500, maxGap: 10, reorderMs: 0 });
    t.onPacket(1, 0);
    t.onPacket(3, 0);
    t.due(600);
    expect(t.counters.abandoned).toBe(1);
    expect(t.onPacket(1000, 700)).toEqual([]);
    expect(t.counters.missing).toBe(1);
  });

  it("works across the 16-bit wrap", () => {
    const t = new NackTracker({ reorderMs: 0 });
    t.onPacket(65534, 0);
    expect(t.onPacket(1, 20)).toEqual([65535, 0]);
  });

  it("waits the reordering allowance before a NACK: a packet merely overtaken is reordering, not loss", () => {
    const t = new NackTracker({ reorderMs: 20 });
    t.onPacket(10, 0);
    expect(t.onPacket(12, 5)).toEqual([]);
    expect(t.onPacket(11, 10)).toEqual([]);
    expect(t.onPacket(14, 15)).toEqual([]);
    expect(t.onPacket(15, 40)).toEqual([13]);
    expect(t.counters).toEqual({ missing: 1, recovered: 0, reordered: 1, abandoned: 0, nacked: 1 });
  });
});
