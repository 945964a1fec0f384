import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IllegalTransitionError } from "../../machine.js";
import { DeadlineHeap } from "./deadline-heap.js";
import { checkTransition, Deadlines } from "./deadlines.js";

describe("transaction timers", () => {
  it("a deadline fires once, at or after its time", () => {
    const d = new Deadlines<"A" | "B">();
    d.set("A", 500);
    d.set("B", 32_000);
    expect(d.next()).toBe(500);
    expect(d.fired("A", 499)).toBe(false);
    expect(d.fired("A", 500)).toBe(true);
    expect(d.fired("A", 600)).toBe(false);
    expect(d.next()).toBe(32_000);
  });

  it("one guarded transition throws IllegalTransitionError naming the machine and states", () => {
    const allowed = { a: ["b"], b: [] } as const satisfies Record<"a" | "b", readonly ("a" | "b")[]>;
    expect(checkTransition("m", allowed, "a", "b")).toBe("b");
    expect(() => checkTransition("m", allowed, "b", "a")).toThrow(IllegalTransitionError);
    expect(() => checkTransition("m", allowed, "b", "a")).toThrow("m: illegal transition b -> a");
  });

  it("the deadline heap pops in time order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 })), (times) => {
        const heap = new DeadlineHeap<number>();
        for (const [i, t] of times.entries()) heap.push(t, i);
        const out: number[] = [];
        for (let e = heap.pop(); e; e = heap.pop()) out.push(e.at);
        expect(out).toEqual([...times].sort((a, b) => a - b));
      }),
    );
  });

  it("the heap skips stale entries on peek", () => {
    const heap = new DeadlineHeap<string>();
    heap.push(1, "stale");
    heap.push(2, "live");
    expect(heap.peek((_, item) => item === "live")).toEqual({ at: 2, item: "live" });
    expect(heap.length).toBe(1);
  });
});
