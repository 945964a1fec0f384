import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PacketTimes } from "./packet-times.js";

describe("PacketTimes", () => {
  it("times a place by the packet that holds it, plus its offset in the stream", () => {
    const t = new PacketTimes();
    expect(t.timeAt(0)).toBeUndefined();
    t.record(0, 1000);
    t.record(20, 1020);
    t.record(100, 1250); // held back by a stall
    expect(t.timeAt(10)).toBe(1010);
    expect(t.timeAt(20)).toBe(1020);
    expect(t.timeAt(60)).toBe(1060); // a gap: from the packet before it
    expect(t.timeAt(105)).toBe(1255);
    expect(t.timeAt(-5)).toBe(995);
    expect(t.lastPositionMs).toBe(100);
  });

  it("ignores a packet placed at or before the last one", () => {
    const t = new PacketTimes();
    t.record(20, 5);
    t.record(20, 9);
    t.record(0, 1);
    expect(t.size).toBe(1);
    expect(t.timeAt(20)).toBe(5);
  });

  it("property: the time of a recorded packet's place is its own time", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.nat(1000)), { minLength: 1, maxLength: 100 }),
        (steps) => {
          const t = new PacketTimes();
          let pos = 0;
          let at = 0;
          const rec: [number, number][] = [];
          for (const [dp, dt] of steps) {
            pos += dp;
            at += dt;
            t.record(pos, at);
            rec.push([pos, at]);
          }
          for (const [p, a] of rec) expect(t.timeAt(p)).toBe(a);
        },
      ),
    );
  });
});
