import { describe, expect, it } from "vitest";
import {
  mergePoints,
  mirrorLatencyPoints,
  pointsFromBuckets,
  pointsFromSamples,
} from "../../src/report/timeline.js";

describe("per-second timelines", () => {
  it("bitrate, loss and jitter from cumulative samples (RFC 3550 A.3 expected/lost)", () => {
    const points = pointsFromSamples([
      { atMs: 0, bytes: 0, expected: 0, lost: 0 },
      { atMs: 1000, bytes: 125_000, expected: 100, lost: 0, jitterMs: 3.333 },
      { atMs: 2000, bytes: 250_000, expected: 200, lost: 5, jitterMs: 9 },
      { atMs: 3000, bytes: 250_000, expected: 200, lost: 5 },
    ]);
    expect(points).toEqual(
      [
        { second: 1, kbps: 1000, lossPct: 0, jitterMs: 3.33 },
        { second: 2, kbps: 1000, lossPct: 5 },
        { second: 3, kbps: 0 },
      ].map((p, i) => (i === 1 ? { ...p, jitterMs: 9 } : p)),
    );
  });

  it("skips a sample that goes backwards (a restarted stream) instead of a negative bitrate", () => {
    const points = pointsFromSamples([
      { atMs: 0, bytes: 0, expected: 0, lost: 0 },
      { atMs: 1000, bytes: 1000, expected: 10, lost: 0 },
      { atMs: 2000, bytes: 10, expected: 1, lost: 0 },
      { atMs: 3000, bytes: 1010, expected: 11, lost: 1 },
    ]);
    expect(points.map((p) => p.second)).toEqual([1, 3]);
    expect(points[1]).toEqual({ second: 3, kbps: 8, lossPct: 10 });
  });

  it("bitrate from receive buckets, relative to the run's start", () => {
    expect(
      pointsFromBuckets(
        [
          { second: 99, bytes: 5 },
          { second: 100, bytes: 1000 },
        ],
        100,
      ),
    ).toEqual([{ second: 0, kbps: 8 }]);
  });

  it("mirror latency: the median per second sent, each frame once, foreign codes ignored", () => {
    const sent = [0, 1, 2, 3].map((n) => ({ number: n, atMs: 900 + n * 100 }));
    const returned = [
      { number: 0, atMs: 950 },
      { number: 0, atMs: 1500 }, // repeated picture: the first return counts
      { number: 1, atMs: 1070 },
      { number: 2, atMs: 1130 },
      { number: 3, atMs: 1250 },
      { number: 77, atMs: 1300 },
    ];
    expect(mirrorLatencyPoints(sent, returned)).toEqual([
      { second: 0, mirrorLatencyMs: 50 },
      { second: 1, mirrorLatencyMs: 50 },
    ]);
  });

  it("merges series second by second", () => {
    expect(
      mergePoints(
        [{ second: 1, kbps: 5 }],
        [
          { second: 1, kbps: 9, mirrorLatencyMs: 3 },
          { second: 0, lossPct: 1 },
        ],
      ),
    ).toEqual([
      { second: 0, lossPct: 1 },
      { second: 1, kbps: 5, mirrorLatencyMs: 3 },
    ]);
  });
});
