import { describe, expect, it } from "vitest";
import { SourceLatch } from "./source-latch.js";

const caller = { address: "192.0.2.10", port: 4000 };
const stranger = { address: "198.51.100.7", port: 9999 };

describe("SourceLatch (symmetric RTP without hijack)", () => {
  it("latches for good to the signalled address, then refuses everyone else", () => {
    const l = new SourceLatch();
    l.setSignalled(caller);
    expect(l.accept(caller, "none")).toBe(true);
    expect(l.latchState).toBe("final");
    expect(l.accept(stranger, "none")).toBe(false);
    expect(l.accept(stranger, "authenticated")).toBe(false);
    expect(l.latched).toEqual(caller);
  });

  it("behind NAT: latches provisionally to the first source, which the signalled address or an authenticated one can still take", () => {
    const l = new SourceLatch();
    l.setSignalled({ address: "10.0.0.5", port: 4000 });
    const nat = { address: "203.0.113.1", port: 61000 };
    expect(l.accept(nat, "none")).toBe(true);
    expect(l.latchState).toBe("provisional");
    expect(l.accept(stranger, "none")).toBe(false);
    expect(l.latched).toEqual(nat);
    expect(l.accept(stranger, "ice-verified")).toBe(true);
    expect(l.latchState).toBe("final");
    expect(l.accept(nat, "none")).toBe(false);
  });

  it("takes the first authenticated (SRTP) source for good", () => {
    const l = new SourceLatch();
    expect(l.accept(caller, "authenticated")).toBe(true);
    expect(l.accept({ ...caller, port: 4002 }, "authenticated")).toBe(false);
  });
});
