import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTpkt } from "../tpkt/tpkt.js";
import { auditKeepAlives, EMPTY_TPKT, keepAliveGraceMs, nextKeepAliveAt } from "./keep-alive-timing.js";

describe("H.460.18/.19 keep-alive timing", () => {
  it("kept: every gap within the interval (19 s, as GnuGk grants)", () => {
    const a = auditKeepAlives([15_000, 30_000, 45_000], 0, 55_000, 19);
    expect(a).toMatchObject({ outcome: "kept", count: 3, maxGapMs: 15_000, late: [] });
  });

  it("late: a gap past interval + grace, with where it started", () => {
    const a = auditKeepAlives([15_000, 40_000], 0, 50_000, 19);
    expect(a.outcome).toBe("late");
    expect(a.late).toEqual([{ fromMs: 15_000, gapMs: 25_000 }]);
  });

  it("a little lateness is forgiven: 1 s, or a tenth of a long interval", () => {
    expect(keepAliveGraceMs(19)).toBe(1900);
    expect(keepAliveGraceMs(5)).toBe(1000);
    expect(auditKeepAlives([20_500], 0, 20_500, 19).outcome).toBe("kept");
    expect(auditKeepAlives([21_000], 0, 21_000, 19).outcome).toBe("late");
  });

  it("none in a window longer than the interval; too short to tell in a shorter one", () => {
    expect(auditKeepAlives([], 0, 60_000, 19).outcome).toBe("none");
    expect(auditKeepAlives([], 0, 12_000, 19).outcome).toBe("too-short");
    expect(auditKeepAlives([100_000], 0, 12_000, 19)).toMatchObject({ outcome: "too-short", count: 0 });
  });

  it("the open gap after the last keep-alive counts once it is over the interval", () => {
    expect(auditKeepAlives([10_000], 0, 25_000, 19).outcome).toBe("kept");
    expect(auditKeepAlives([10_000], 0, 40_000, 19).outcome).toBe("late");
  });

  it("refuses a non-positive interval and a window that ends before it starts", () => {
    expect(() => auditKeepAlives([], 0, 1, 0)).toThrow(RangeError);
    expect(() => auditKeepAlives([], 10, 1, 19)).toThrow(RangeError);
    expect(() => nextKeepAliveAt(0, -1)).toThrow(RangeError);
  });

  it("property: keep-alives sent on our schedule always audit as kept", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 40 }), (intervalS, n) => {
        const times = [0];
        for (let i = 0; i < n; i++) times.push(nextKeepAliveAt(times.at(-1)!, intervalS));
        const a = auditKeepAlives(times, 0, times.at(-1)!, intervalS);
        expect(a.outcome).toBe("kept");
        expect(a.maxGapMs).toBeLessThan(intervalS * 1000);
      }),
    );
  });

  it("the call signalling keep-alive is an empty TPKT (RFC 1006 header, length 4)", () => {
    expect([...EMPTY_TPKT]).toEqual([3, 0, 0, 4]);
    expect(parseTpkt(EMPTY_TPKT)).toHaveLength(0);
  });
});
