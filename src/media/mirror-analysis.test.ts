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

  it("frames the far end lost to the path (its keyframe request, a round trip back, to our keyframe) are the network's", () => {
    // A decoding far end lost frame 60 on the way: 60-71 came back broken (unreadable) until our
    // keyframe (frame 72) left in answer to its PLI, which arrived 90 ms after frame 60 left.
    const returned = sent
      .filter((f) => f.number < 60 || f.number >= 72)
      .map((f) => ({ number: f.number, atMs: f.atMs + 120 }));
    const requestedAtMs = sent[60]!.atMs + 90;
    const repairedAtMs = sent[72]!.atMs;
    const plain = analyzeMirror(sent, returned, opts);
    const a = analyzeMirror(sent, returned, { ...opts, farEndBreaks: [{ requestedAtMs, repairedAtMs }] });
    expect(plain.framesTakenByNetwork).toBe(0);
    expect(a.framesTakenByNetwork).toBe(12);
    expect(a.returnedShare).toBe(1);
    expect(a.longestGapMs).toBe(0);
  });

  it("a far-end break takes only frames that did not come back, and none past our keyframe", () => {
    const returned = sent
      .filter((f) => f.number < 60 || f.number >= 100)
      .map((f) => ({ number: f.number, atMs: f.atMs + 120 }));
    // Frames 60-99 missing, but our keyframe left at frame 65: 66-99 stay the far end's.
    const a = analyzeMirror(sent, returned, {
      ...opts,
      farEndBreaks: [{ requestedAtMs: sent[62]!.atMs, repairedAtMs: sent[65]!.atMs }],
    });
    expect(a.framesTakenByNetwork).toBe(5);
    expect(a.longestGapMs).toBeGreaterThan(1000);
    // A request never answered by a keyframe takes nothing after the request.
    const unanswered = analyzeMirror(sent, returned, {
      ...opts,
      farEndBreaks: [{ requestedAtMs: sent[62]!.atMs, repairedAtMs: undefined }],
    });
    expect(unanswered.framesTakenByNetwork).toBe(2);
  });
});
