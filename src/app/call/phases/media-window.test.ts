import { describe, expect, it } from "vitest";
import { FakeCallLeg, FakeClock } from "../../../../test/support/call/fake-call-leg.js";
import type { StepStatus } from "../../../report/model.js";
import { type KeyframeAnswers, MIN_WINDOW_MS, runMediaWindow, settleKeyframes } from "./media-window.js";

describe("runMediaWindow", () => {
  it("asks for keyframes at 30% and 80% and refreshes once at half time, then ends on time", async () => {
    const clock = new FakeClock(1000);
    const leg = new FakeCallLeg(clock, { refresh: { status: 200, ms: 150 }, refreshMs: 150 });
    const result = await runMediaWindow(leg, 10, clock);
    expect(leg.keyframeRequests).toEqual([4000, 9000]);
    expect(leg.refreshes).toEqual([6000]);
    expect(result).toEqual({ startedAt: 1000, endedEarly: false, refreshed: { status: 200, ms: 150 } });
    expect(clock.now()).toBe(11_000);
  });

  it("retries a keyframe request every 100 ms until video arrives, and gives up after a second", async () => {
    const clock = new FakeClock(0);
    // Video arrives 400 ms after the first request was due: the request goes out then. The
    // second is due at 8 s; with video at 8.5 s+ it would be given up, so video comes at 3.4 s.
    const leg = new FakeCallLeg(clock, { videoFrom: 3400 });
    await runMediaWindow(leg, 10, clock);
    expect(leg.keyframeRequests).toEqual([3400, 8000]);

    const late = new FakeClock(0);
    const noVideoYet = new FakeCallLeg(late, { videoFrom: 4500 });
    await runMediaWindow(noVideoYet, 10, late);
    // The first request was given up at 4 s; only the second went out.
    expect(noVideoYet.keyframeRequests).toEqual([8000]);
  });

  it("with `enough`, asks and refreshes early and ends once the evidence is in, not before 3.5 s", async () => {
    const clock = new FakeClock(0);
    const leg = new FakeCallLeg(clock, { refresh: { status: 200, ms: 100 }, refreshMs: 100 });
    const result = await runMediaWindow(leg, 6, clock, { enough: () => true, keyframesAnswered: () => true });
    expect(leg.keyframeRequests).toEqual([1200, 2400]);
    expect(leg.refreshes).toEqual([1800]);
    expect(result.endedEarly).toBe(false);
    expect(clock.now()).toBe(MIN_WINDOW_MS);

    // Evidence that never suffices: the window runs to its bound.
    const slow = new FakeClock(0);
    await runMediaWindow(
      new FakeCallLeg(slow, { refresh: { status: 200, ms: 100 }, refreshMs: 100 }),
      6,
      slow,
      { enough: () => false, keyframesAnswered: () => true },
    );
    expect(slow.now()).toBe(6000);

    // Evidence in at 4.25 s: the window ends at the next look.
    const mid = new FakeClock(0);
    await runMediaWindow(new FakeCallLeg(mid, {}), 6, mid, {
      enough: () => mid.now() >= 4250,
      keyframesAnswered: () => true,
    });
    expect(mid.now()).toBeGreaterThanOrEqual(4250);
    expect(mid.now()).toBeLessThanOrEqual(4350);
  });

  it("with `early`, holds the second keyframe request until the first is answered, 3 s at most", async () => {
    const clock = new FakeClock(0);
    const leg = new FakeCallLeg(clock, {});
    await runMediaWindow(leg, 6, clock, { enough: () => true, keyframesAnswered: () => clock.now() >= 3050 });
    expect(leg.keyframeRequests).toEqual([1200, 3100]);

    const never = new FakeClock(0);
    const slowLeg = new FakeCallLeg(never, {});
    await runMediaWindow(slowLeg, 6, never, { enough: () => true, keyframesAnswered: () => false });
    expect(slowLeg.keyframeRequests).toEqual([1200, 4200]);
  });

  it("stops when the far end hangs up, without refreshing a call that has ended", async () => {
    const clock = new FakeClock(0);
    const leg = new FakeCallLeg(clock, { hangsUpAt: 4200 });
    const result = await runMediaWindow(leg, 10, clock);
    expect(result.endedEarly).toBe(true);
    expect(result.refreshed).toBeUndefined();
    expect(leg.refreshes).toEqual([]);
    expect(leg.keyframeRequests).toEqual([3000]);
    expect(clock.now()).toBe(4200);
  });
});

/** Keyframe answers as a media session measures them, answered when the test says. */
function keyframeAnswers(responseMs: (number | null)[], pending: boolean) {
  const sentAt = responseMs.map((_, i) => i * 1000);
  const probe = { sentAt: pending ? [...sentAt, 5000] : sentAt, responseMs: [...responseMs] };
  let waiting = pending;
  const media: KeyframeAnswers & { ended: boolean } = {
    keyframeProbe: probe,
    ended: false,
    allKeyframesAnswered: () => (waiting ? new Promise<void>(() => {}) : Promise.resolve()),
    endKeyframeProbe: () => {
      if (waiting) probe.responseMs.push(null);
      waiting = false;
      media.ended = true;
    },
  };
  return media;
}

describe("settleKeyframes", () => {
  const recorder = () => {
    const steps: { name: string; status: StepStatus; en?: string }[] = [];
    return {
      steps,
      sink: (name: string, status: StepStatus, detail?: string | { en: string }) =>
        steps.push({
          name,
          status,
          ...(detail ? { en: typeof detail === "string" ? detail : detail.en } : {}),
        }),
    };
  };

  it("writes an ok step when every request had its keyframe, without waiting", async () => {
    const clock = new FakeClock(0);
    const { steps, sink } = recorder();
    const media = keyframeAnswers([120, 95], false);
    await settleKeyframes(media, sink, clock);
    expect(steps).toEqual([{ name: "keyframe", status: "ok", en: "PLI answered in 120 ms, 95 ms" }]);
    expect(media.ended).toBe(true);
    expect(clock.now()).toBe(0);
  });

  it("waits a second for a keyframe still on its way, then counts it unanswered", async () => {
    const clock = new FakeClock(0);
    const { steps, sink } = recorder();
    await settleKeyframes(keyframeAnswers([120], true), sink, clock);
    expect(clock.now()).toBe(1000);
    expect(steps).toEqual([{ name: "keyframe", status: "failed", en: "PLI answered in 120 ms, —" }]);
  });

  it("writes nothing when no request went out", async () => {
    const { steps, sink } = recorder();
    await settleKeyframes(keyframeAnswers([], false), sink, new FakeClock(0));
    expect(steps).toEqual([]);
  });
});
