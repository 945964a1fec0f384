import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map.js";

describe("BoundedMap", () => {
  it("drops the oldest entry past the cap", () => {
    const m = new BoundedMap<string, number>(2, 1000);
    m.set("a", 1, 0);
    m.set("b", 2, 1);
    m.set("c", 3, 2);
    expect(m.get("a", 3)).toBeUndefined();
    expect(m.values()).toEqual([2, 3]);
  });

  it("drops entries older than the expiry on the next touch", () => {
    const m = new BoundedMap<string, number>(10, 100);
    m.set("a", 1, 0);
    m.set("b", 2, 50);
    expect(m.get("a", 99)).toBe(1);
    expect(m.get("a", 100)).toBeUndefined();
    expect(m.get("b", 100)).toBe(2);
    m.expire(150);
    expect(m.size).toBe(0);
  });

  it("a replaced entry is young again and last in line", () => {
    const m = new BoundedMap<string, number>(2, 100);
    m.set("a", 1, 0);
    m.set("b", 2, 10);
    m.set("a", 3, 20);
    m.set("c", 4, 30);
    expect(m.values()).toEqual([3, 4]);
    expect(m.get("a", 110)).toBe(3);
  });

  it("take removes what it returns", () => {
    const m = new BoundedMap<string, number>(2, 100);
    m.set("a", 1, 0);
    expect(m.take("a", 1)).toBe(1);
    expect(m.take("a", 1)).toBeUndefined();
  });

  it("refuses a cap or expiry that bounds nothing", () => {
    expect(() => new BoundedMap(0, 10)).toThrow(RangeError);
    expect(() => new BoundedMap(1, 0)).toThrow(RangeError);
  });

  it("never holds more than its cap nor anything older than its expiry (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 })), {
          maxLength: 200,
        }),
        (cap, ttl, ops) => {
          const m = new BoundedMap<number, number>(cap, ttl);
          let now = 0;
          for (const [key, step] of ops) {
            now += step;
            m.set(key, now, now);
            expect(m.size).toBeLessThanOrEqual(cap);
            m.expire(now);
            for (const at of m.values()) expect(now - at).toBeLessThan(ttl);
          }
        },
      ),
    );
  });
});
