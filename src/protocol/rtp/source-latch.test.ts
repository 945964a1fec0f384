import { describe, expect, it } from "vitest";
import { SourceLatch } from "./source-latch.js";

const caller = { address: "192.0.2.10", port: 4000 };
const stranger = { address: "198.51.100.7", port: 9999 };

describe("SourceLatch (symmetric RTP without hijack)", () => {
  it("latches for good to the signalled address, then refuses everyone else", () => {
    const l = new SourceLatch();
    l.setSignalled(caller);
    expect(l.accept(stranger, "none", 0)).toBe(false); // a stranger who came first gets nothing
    expect(l.accept(caller, "none", 10)).toBe(true);
    expect(l.latchState).toBe("final");
    expect(l.accept(stranger, "none", 0)).toBe(false);
    expect(l.accept(stranger, "authenticated", 0)).toBe(false);
    expect(l.latched).toEqual(caller);
  });

  it("behind NAT: latches provisionally to a source that keeps sending for 1 s; ICE or SRTP can still take it", () => {
    const l = new SourceLatch();
    l.setSignalled({ address: "10.0.0.5", port: 4000 });
    const nat = { address: "203.0.113.1", port: 61000 };
    expect(l.accept(nat, "none", 0)).toBe(false); // not yet: a stranger may have come first
    expect(l.accept(nat, "none", 999)).toBe(false);
    expect(l.accept(nat, "none", 1000)).toBe(true);
    expect(l.latchState).toBe("provisional");
    expect(l.accept(stranger, "none", 1000)).toBe(false);
    expect(l.accept(stranger, "none", 5000)).toBe(false);
    expect(l.latched).toEqual(nat);
    expect(l.accept(stranger, "ice-verified", 5000)).toBe(true);
    expect(l.latchState).toBe("final");
    expect(l.accept(nat, "none", 5000)).toBe(false);
  });

  it("never lets another host take a latch whose SDP names a public address", () => {
    const l = new SourceLatch();
    l.setSignalled(caller);
    expect(l.accept(stranger, "none", 0)).toBe(false);
    expect(l.accept(stranger, "none", 60_000)).toBe(false);
    expect(l.latchState).toBe("open");
  });

  it("takes the first authenticated (SRTP) source for good", () => {
    const l = new SourceLatch();
    expect(l.accept(caller, "authenticated", 0)).toBe(true);
    expect(l.accept({ ...caller, port: 4002 }, "authenticated", 0)).toBe(false);
  });
});
