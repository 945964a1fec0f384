import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { burstyLoss, describeProfile, Impairment } from "./impairment.js";
import { seededRandom } from "./seeded-random.js";

function run(model: Impairment, packets: number, gapMs = 20): number[][] {
  return Array.from({ length: packets }, (_, i) => model.offer(i * gapMs));
}

describe("seeded randomness", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("impairment model", () => {
  it("passes every packet at once with no profile", () => {
    const out = run(new Impairment({}, 1), 100);
    expect(out.every((d, i) => d.length === 1 && d[0] === i * 20)).toBe(true);
  });

  it("random loss: 5% of 20000 packets lost, within sampling error, and the same ones for the same seed", () => {
    const a = new Impairment({ loss: { kind: "random", rate: 0.05 } }, 42);
    const lostA = run(a, 20000).map((d) => d.length === 0);
    expect(a.counters.lost / a.counters.offered).toBeGreaterThan(0.045);
    expect(a.counters.lost / a.counters.offered).toBeLessThan(0.055);
    const b = new Impairment({ loss: { kind: "random", rate: 0.05 } }, 42);
    expect(run(b, 20000).map((d) => d.length === 0)).toEqual(lostA);
  });

  it("Gilbert-Elliott: the mean loss asked for, in bursts of the mean length asked for", () => {
    const m = new Impairment({ loss: burstyLoss(0.02, 4) }, 3);
    const lost = run(m, 100000).map((d) => d.length === 0);
    const share = lost.filter(Boolean).length / lost.length;
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.025);
    let bursts = 0;
    for (let i = 0; i < lost.length; i++) if (lost[i] && !lost[i - 1]) bursts++;
    const meanBurst = lost.filter(Boolean).length / bursts;
    expect(meanBurst).toBeGreaterThan(3.3);
    expect(meanBurst).toBeLessThan(4.7);
  });

  it("jitter keeps order by default: no packet leaves before the one offered before it", () => {
    const m = new Impairment({ delayMs: 50, jitterMs: 50 }, 9);
    const times = run(m, 2000).map((d) => d[0]!);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
    const delays = times.map((t, i) => t - i * 20);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeGreaterThan(90);
  });

  it("jitter that reorders, and explicit reordering, let later packets overtake", () => {
    for (const profile of [
      { delayMs: 50, jitterMs: 50, jitterReorders: true },
      { reorderRate: 0.1, reorderGapMs: 45 },
    ]) {
      const times = run(new Impairment(profile, 5), 1000).map((d) => d[0]!);
      let overtaken = 0;
      for (let i = 1; i < times.length; i++) if (times[i]! < times[i - 1]!) overtaken++;
      expect(overtaken).toBeGreaterThan(10);
    }
  });

  it("duplication delivers a second copy later", () => {
    const m = new Impairment({ duplicateRate: 0.5, duplicateGapMs: 3 }, 11);
    const out = run(m, 1000);
    const twice = out.filter((d) => d.length === 2);
    expect(twice.length).toBe(m.counters.duplicated);
    expect(twice.length).toBeGreaterThan(400);
    for (const d of twice) expect(d[1]! - d[0]!).toBe(3);
  });

  it("refuses shares outside [0, 1] and negative durations, naming the field", () => {
    expect(() => new Impairment({ loss: { kind: "random", rate: 1.5 } }, 1)).toThrow(/loss rate 1.5/);
    expect(() => new Impairment({ jitterMs: -1 }, 1)).toThrow(/jitterMs -1/);
    expect(() => burstyLoss(0.02, 0.5)).toThrow(/mean burst/);
  });

  it("property: delivery never precedes the offer, and the counters add up", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (seed, rate, jitter) => {
          const m = new Impairment(
            { loss: { kind: "random", rate }, jitterMs: jitter, duplicateRate: 0.1 },
            seed,
          );
          const out = run(m, 200);
          out.forEach((d, i) => {
            for (const t of d) expect(t).toBeGreaterThanOrEqual(i * 20);
          });
          const delivered = out.reduce((n, d) => n + d.length, 0);
          expect(delivered).toBe(m.counters.offered - m.counters.lost + m.counters.duplicated);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("describes a profile in one line", () => {
    expect(describeProfile({ loss: { kind: "random", rate: 0.05 }, delayMs: 50, jitterMs: 50 })).toBe(
      "5% random loss, 50±50 ms delay",
    );
    expect(describeProfile({ loss: burstyLoss(0.02, 4) })).toBe("2% bursty loss (mean burst 4)");
    expect(describeProfile({})).toBe("no impairment");
  });
});
