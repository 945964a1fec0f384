import { describe, expect, it } from "vitest";
import { SourceLimiter } from "./source-limiter.js";

describe("SourceLimiter", () => {
  it("allows a burst, then the rate, per key", () => {
    const l = new SourceLimiter({ ratePerS: 10, burst: 3, maxKeys: 100, idleMs: 60_000 });
    expect([0, 0, 0, 0].map(() => l.take("a", 0))).toEqual([true, true, true, false]);
    expect(l.take("b", 0)).toBe(true);
    expect(l.take("a", 50)).toBe(false); // half a token
    expect(l.take("a", 100)).toBe(true); // one token after 100 ms at 10/s
  });

  it("keeps at most maxKeys and forgets idle keys", () => {
    const l = new SourceLimiter({ ratePerS: 1, burst: 1, maxKeys: 3, idleMs: 1000 });
    for (let i = 0; i < 10; i++) l.take(`k${i}`, i);
    expect(l.size).toBe(3);
    l.expire(5000);
    expect(l.size).toBe(0);
  });

  it("refuses nonsense settings", () => {
    expect(() => new SourceLimiter({ ratePerS: 0, burst: 1, maxKeys: 1, idleMs: 1 })).toThrow(RangeError);
  });
});
