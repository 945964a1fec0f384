import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseRetryAfter, type RetryAfter, retryAfterLenient, serializeRetryAfter } from "./retry-after.js";

describe("Retry-After (RFC 3261 §20.33)", () => {
  it("reads the delay, a comment and a duration", () => {
    expect(parseRetryAfter("5")).toEqual({ deltaSeconds: 5 });
    expect(parseRetryAfter(" 18000;duration=3600")).toEqual({ deltaSeconds: 18000, durationSeconds: 3600 });
    expect(parseRetryAfter("120 (I'm in a meeting)")).toEqual({ deltaSeconds: 120 });
    expect(parseRetryAfter("60 (draining) ;foo=bar ;Duration=10")).toEqual({
      deltaSeconds: 60,
      durationSeconds: 10,
    });
  });

  it("refuses what is not delta-seconds, naming the field", () => {
    for (const bad of ["", "soon", "-1", "12345678901", "5;duration=x", "5 x"]) {
      expect(() => parseRetryAfter(bad), bad).toThrow(ParseError);
    }
    expect(() => parseRetryAfter("5;duration=")).toThrow(/Retry-After\.duration/);
    expect(retryAfterLenient("soon")).toBeUndefined();
    expect(retryAfterLenient(undefined)).toBeUndefined();
  });

  it("every truncated prefix of a full value parses or throws ParseError", () => {
    const full = "60 (draining);duration=30";
    for (let n = 0; n <= full.length; n++) {
      try {
        parseRetryAfter(full.slice(0, n));
      } catch (e) {
        expect(e).toBeInstanceOf(ParseError);
      }
    }
  });

  it("property: serialize then parse gives the value back", () => {
    const value: fc.Arbitrary<RetryAfter> = fc.record(
      { deltaSeconds: fc.nat(9_999_999), durationSeconds: fc.nat(9_999_999) },
      { requiredKeys: ["deltaSeconds"] },
    );
    fc.assert(
      fc.property(value, (r) => {
        expect(parseRetryAfter(serializeRetryAfter(r))).toEqual(r);
      }),
    );
  });
});
