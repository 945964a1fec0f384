import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createSequenceUnwrapper,
  createTimestampUnwrapper,
  seqAdd,
  seqDelta,
  seqIsNewer,
  tsAdd,
  tsDelta,
} from "./sequence.js";

describe("RFC 3550 §5.1 sequence number arithmetic (16-bit wrap)", () => {
  it.each([
    [1, 0, 1],
    [0, 65535, 1],
    [65535, 0, -1],
    [5, 65530, 11],
    [65530, 5, -11],
    [32767, 0, 32767],
    [32768, 0, -32768],
    [0, 32768, -32768],
    [100, 100, 0],
  ])("seqDelta(%i, %i) = %i", (a, b, d) => {
    expect(seqDelta(a, b)).toBe(d);
  });

  it("seqIsNewer across the wrap", () => {
    expect(seqIsNewer(0, 65535)).toBe(true);
    expect(seqIsNewer(65535, 0)).toBe(false);
    expect(seqIsNewer(7, 7)).toBe(false);
  });

  it.each([
    [65535, 1, 0],
    [65535, 2, 1],
    [0, -1, 65535],
    [10, 65536, 10],
    [10, -65546, 0],
  ])("seqAdd(%i, %i) = %i", (s, n, r) => {
    expect(seqAdd(s, n)).toBe(r);
  });

  it("seqAdd and seqDelta are inverse for every start and small step", () => {
    for (let s = 0; s < 65536; s += 97) {
      for (const n of [-32768, -1000, -1, 0, 1, 1000, 32767]) {
        expect(seqDelta(seqAdd(s, n), s)).toBe(n);
      }
    }
  });
});

describe("RFC 3550 §5.1 timestamp arithmetic (32-bit wrap)", () => {
  it.each([
    [0, 0xffffffff, 1],
    [0xffffffff, 0, -1],
    [3000, 0xfffff000, 3000 + 0x1000],
    [0x7fffffff, 0, 0x7fffffff],
    [0x80000000, 0, -0x80000000],
  ])("tsDelta(%i, %i) = %i", (a, b, d) => {
    expect(tsDelta(a, b)).toBe(d);
  });

  it("tsAdd wraps and rounds", () => {
    expect(tsAdd(0xffffffff, 1)).toBe(0);
    expect(tsAdd(0xfffffff0, 3000)).toBe(3000 - 16);
    expect(tsAdd(0, -1)).toBe(0xffffffff);
    expect(tsAdd(10, 2.6)).toBe(13);
  });

  it("tsAdd and tsDelta are inverse (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: -0x7fffffff, max: 0x7fffffff }),
        (t, n) => tsDelta(tsAdd(t, n), t) === n,
      ),
    );
  });
});

describe("RFC 3550 A.1 extended sequence numbers", () => {
  it("counts cycles across several wraps", () => {
    const u = createSequenceUnwrapper();
    let seq = 65000;
    const out: number[] = [];
    for (let i = 0; i < 200_000; i += 500) {
      out.push(u.unwrap(seq));
      seq = (seq + 500) & 0xffff;
    }
    out.forEach((v, i) => {
      expect(v).toBe(65000 + i * 500);
    });
    expect(u.highest).toBe(out[out.length - 1]);
  });

  it("handles reordering around the wrap in both directions", () => {
    const u = createSequenceUnwrapper();
    expect(u.unwrap(65534)).toBe(65534);
    expect(u.unwrap(0)).toBe(65536);
    expect(u.unwrap(65535)).toBe(65535); // late packet from before the wrap
    expect(u.unwrap(1)).toBe(65537);
    expect(u.highest).toBe(65537);
  });

  it("a late packet from before the first wrap comes out negative, not a cycle ahead", () => {
    const u = createSequenceUnwrapper();
    expect(u.unwrap(2)).toBe(2);
    expect(u.unwrap(65535)).toBe(-1);
    expect(u.highest).toBe(2);
  });

  it("matches a reference model for random walks with small steps (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff }),
        fc.array(fc.integer({ min: -3000, max: 3000 }), { maxLength: 300 }),
        (start, steps) => {
          const u = createSequenceUnwrapper();
          let truth = start;
          expect(u.unwrap(start)).toBe(start);
          for (const s of steps) {
            truth += s;
            expect(u.unwrap(((truth % 65536) + 65536) % 65536)).toBe(truth);
          }
        },
      ),
    );
  });
});

describe("RTP timestamp unwrapping", () => {
  it("is monotone across the 2^32 wrap", () => {
    const u = createTimestampUnwrapper();
    expect(u.unwrap(0xffffff00)).toBe(0xffffff00);
    expect(u.unwrap(0x00000100)).toBe(0x1_0000_0100);
    expect(u.unwrap(0xfffffff0)).toBe(0xfffffff0);
    expect(u.unwrap(0x00000200)).toBe(0x1_0000_0200);
  });
});
