import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KeyframeProbe, PROBE_REPEAT_MS, PROBE_REPEATS } from "./keyframe-probe.js";

describe("KeyframeProbe (RFC 4585 §6.3.1 PLI, RFC 5104 §4.3.1 FIR, sent again while unanswered)", () => {
  let now = 0;
  let sends: { at: number; repeat: boolean }[];
  let accept: boolean;
  const probe = () =>
    new KeyframeProbe(
      (at, repeat) => {
        if (accept) sends.push({ at, repeat });
        return accept;
      },
      () => now,
    );
  const advance = (ms: number) => {
    now += ms;
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    now = 1000;
    sends = [];
    accept = true;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("an answered request is timed from its only copy and not sent again", async () => {
    const p = probe();
    expect(p.request(now)).toBe(true);
    advance(120);
    p.keyframeArrived(now);
    await p.allAnswered();
    advance(5 * PROBE_REPEAT_MS);
    expect(sends).toEqual([{ at: 1000, repeat: false }]);
    expect(p.responseMs).toEqual([120]);
    expect(p.repeats).toEqual([0]);
  });

  it("a lost request is repeated every PROBE_REPEAT_MS, and the answer timed from the first copy", () => {
    const p = probe();
    p.request(now);
    advance(PROBE_REPEAT_MS);
    advance(100);
    p.keyframeArrived(now);
    expect(sends).toEqual([
      { at: 1000, repeat: false },
      { at: 1000 + PROBE_REPEAT_MS, repeat: true },
    ]);
    expect(p.responseMs).toEqual([PROBE_REPEAT_MS + 100]);
    expect(p.repeats).toEqual([1]);
  });

  it("repeats at most PROBE_REPEATS times; never answered counts as null", async () => {
    const p = probe();
    p.request(now);
    advance(10 * PROBE_REPEAT_MS);
    expect(sends.filter((s) => s.repeat)).toHaveLength(PROBE_REPEATS);
    const settled = p.allAnswered();
    p.end();
    await settled;
    expect(p.responseMs).toEqual([null]);
    expect(p.repeats).toEqual([PROBE_REPEATS]);
  });

  it("a repeat the session held back (a PLI left <300 ms ago) uses a try but is not counted as sent", () => {
    const p = probe();
    p.request(now);
    accept = false;
    advance(PROBE_REPEAT_MS);
    accept = true;
    advance(PROBE_REPEAT_MS);
    advance(PROBE_REPEAT_MS);
    expect(sends.map((s) => s.repeat)).toEqual([false, true]);
    expect(p.repeats).toEqual([1]);
  });

  it("nothing sent: no request recorded; a keyframe before any request is no answer", () => {
    const p = probe();
    accept = false;
    expect(p.request(now)).toBe(false);
    p.keyframeArrived(now + 10);
    expect(p.sentAt).toEqual([]);
    expect(p.responseMs).toEqual([]);
  });

  it("a new request closes the one still waiting as unanswered", () => {
    const p = probe();
    p.request(now);
    advance(3 * PROBE_REPEAT_MS);
    p.request(now);
    advance(50);
    p.keyframeArrived(now);
    expect(p.responseMs).toEqual([null, 50]);
    expect(p.sentAt).toEqual([1000, 1000 + 3 * PROBE_REPEAT_MS]);
  });
});
