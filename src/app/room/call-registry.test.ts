import { describe, expect, it } from "vitest";
import { CallRegistry } from "./call-registry.js";

describe("CallRegistry", () => {
  it("admits calls up to its cap, then says full; a removed call frees its place", () => {
    const r = new CallRegistry<string>(2);
    expect(r.admit("a", "A")).toBe("admitted");
    expect(r.admit("b", "B")).toBe("admitted");
    expect(r.admit("c", "C")).toBe("full");
    expect(r.size).toBe(2);
    r.remove("a");
    expect(r.admit("c", "C")).toBe("admitted");
    expect(r.all()).toEqual(["B", "C"]);
  });

  it("refuses a second call under an id already held", () => {
    const r = new CallRegistry<string>(5);
    r.admit("a", "A");
    expect(r.admit("a", "other")).toBe("duplicate");
    expect(r.get("a")).toBe("A");
  });

  it("needs room for at least one call", () => {
    expect(() => new CallRegistry(0)).toThrow(RangeError);
  });
});
