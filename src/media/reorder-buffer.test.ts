import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReorderBuffer } from "./reorder-buffer.js";

describe("reorder buffer", () => {
  it("passes packets in order at once", () => {
    const b = new ReorderBuffer<number>(100);
    expect([1, 2, 3].flatMap((s) => b.push(s, s, 0))).toEqual([1, 2, 3]);
  });

  it("holds packets behind a gap until the missing one arrives (a retransmission)", () => {
    const b = new ReorderBuffer<number>(100);
    b.push(1, 1, 0);
    expect(b.push(3, 3, 10)).toEqual([]);
    expect(b.push(4, 4, 20)).toEqual([]);
    expect(b.push(2, 2, 90)).toEqual([2, 3, 4]);
    expect(b.counters).toEqual({ skipped: 0, late: 0 });
  });

  it("goes on without a packet that has held the others back holdMs, and counts it late if it comes", () => {
    const b = new ReorderBuffer<number>(100);
    b.push(1, 1, 0);
    b.push(3, 3, 10);
    expect(b.poll(109)).toEqual([]);
    expect(b.poll(110)).toEqual([3]);
    expect(b.push(2, 2, 120)).toEqual([]);
    expect(b.counters).toEqual({ skipped: 1, late: 1 });
  });

  it("property: every packet comes out at most once, in increasing order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 300 }), (seqs) => {
        const b = new ReorderBuffer<number>(50);
        const out: number[] = [];
        seqs.forEach((s, i) => {
          out.push(...b.push(1000 + s, 1000 + s, i * 5));
        });
        out.push(...b.poll(1e9));
        for (let i = 1; i < out.length; i++) expect(out[i]!).toBeGreaterThan(out[i - 1]!);
      }),
    );
  });
});
