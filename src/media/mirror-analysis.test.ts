import { describe, expect, it } from "vitest";
import { analyzeMirror, type SentFrame } from "./mirror-analysis.js";

const sent: SentFrame[] = Array.from({ length: 180 }, (_, i) => ({
  number: i,
  atMs: Math.round((i * 1000) / 30),
}));
const opts = { startupGraceMs: 1000, tailMs: 500 };

describe("analyzeMirror", () => {
  it("measures a perfect mirror with 120 ms latency", () => {
    const returned = sent.map((f) => ({ number: f.number, atMs: f.atMs + 120 }));
    const a = analyzeMirror(sent, returned, opts);
    expect(a.returnedShare).toBe(1);
    expect(a.latencyMs).toMatchObject({ p50: 120, p95: 120, max: 120, samples: 180 });
    expect(a.longestGapMs).toBe(0);
    expect(a.firstReturnMs).toBe(120);
  });

  it("finds nothing when nothing comes back", () => {
    const a = analyzeMirror(sent, [], opts);
    expect(a.returnedShare).toBe(0);
    expect(a.latencyMs).toBeUndefined();
    expect(a.firstReturnMs).toBeUndefined();
    expect(a.longestGapMs).toBeGreaterThan(3000);
  });

  it("measures a one-second freeze as a gap and repeated pictures", () => {
    const returned = sent.flatMap((f) =>
      f.number >= 60 && f.number < 90
        ? [{ number: 59, atMs: f.atMs + 100 }]
        : [{ number: f.number, atMs: f.atMs + 100 }],
    );
    const a = analyzeMirror(sent, returned, opts);
    expect(a.repeatedPictures).toBe(30);
    expect(a.longestGapMs).toBeCloseTo(1000, -1);
    expect(a.returnedShare).toBeLessThan(0.9);
  });

  it("counts codes that were never sent", () => {
    const a = analyzeMirror(sent, [{ number: 5000, atMs: 10 }], opts);
    expect(a.foreignCodes).toBe(1);
    expect(a.returnedShare).toBe(0);
  });

  it("frames the network took (damaged access units, a round trip later) count neither for nor against", () => {
    // Frames 60-89 never came back; the receiver set aside 20 damaged access units for them.
    const returned = sent
      .filter((f) => f.number < 60 || f.number >= 90)
      .map((f) => ({ number: f.number, atMs: f.atMs + 120 }));
    const damagedAt = sent.filter((f) => f.number >= 60 && f.number < 80).map((f) => f.atMs + 120);
    const plain = analyzeMirror(sent, returned, opts);
    const a = analyzeMirror(sent, returned, { ...opts, networkTakenAt: damagedAt });
    expect(a.framesTakenByNetwork).toBe(20);
    expect(a.framesReturnedInWindow).toBe(plain.framesReturnedInWindow);
    expect(a.returnedShare).toBeCloseTo(plain.framesReturnedInWindow / (plain.framesInWindow - 20), 10);
    expect(a.longestGapMs).toBeLessThan(plain.longestGapMs);
  });
});
