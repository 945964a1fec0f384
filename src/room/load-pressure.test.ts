import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LoadPressure } from "./load-pressure.js";

const options = { maxLagMs: 100, calmMs: 1000, retryAfterS: 7 };

describe("load pressure from event-loop lag", () => {
  it("refuses with Retry-After once a window runs later than the limit, not before", () => {
    const p = new LoadPressure(options);
    expect(p.sample(0, 20)).toBe("calm");
    expect(p.sample(500, 100)).toBe("calm"); // at the limit is not past it
    expect(p.refusal()).toBeUndefined();
    expect(p.sample(1000, 180)).toBe("pressed");
    expect(p.refusal()).toEqual({
      reason: "the room is overloaded (event loop 180 ms late, limit 100 ms)",
      retryAfterS: 7,
    });
  });

  it("takes calls again only after calmMs under half the limit (hysteresis)", () => {
    const p = new LoadPressure(options);
    p.sample(0, 300);
    expect(p.sample(500, 40)).toBe("pressed");
    expect(p.sample(1000, 60)).toBe("pressed"); // over half: the calm period starts again
    expect(p.sample(1500, 40)).toBe("pressed");
    expect(p.sample(2000, 10)).toBe("pressed");
    expect(p.sample(2500, 10)).toBe("calm"); // 1000 ms since 1500
    expect(p.refusal()).toBeUndefined();
  });

  it("is pressed exactly when some window since the last calm period exceeded the limit", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 60 }), (lags) => {
        const p = new LoadPressure({ ...options, calmMs: 0 });
        let expected: "calm" | "pressed" = "calm";
        lags.forEach((lag, i) => {
          if (expected === "calm" && lag > 100) expected = "pressed";
          else if (expected === "pressed" && lag < 50) expected = "calm";
          expect(p.sample(i * 500, lag)).toBe(expected);
          expect(p.refusal() !== undefined).toBe(expected === "pressed");
        });
      }),
    );
  });

  it("rejects a limit that cannot be one", () => {
    expect(() => new LoadPressure({ ...options, maxLagMs: 0 })).toThrow(RangeError);
    expect(() => new LoadPressure({ ...options, calmMs: -1 })).toThrow(RangeError);
  });
});
