import { describe, expect, it } from "vitest";
import { FakeCallLeg, FakeClock } from "../../../../test/support/call/fake-call-leg.js";
import type { StepStatus } from "../../../report/model.js";
import { endCall, MIRROR_TAIL_MS } from "./hang-up.js";

function endingMedia(clock: FakeClock, tailAt = Number.POSITIVE_INFINITY) {
  const done: string[] = [];
  return {
    done,
    tailReturned: () => clock.now() >= tailAt,
    stopSending: async () => {
      done.push(`stop sending at ${clock.now()}`);
    },
    closeReceivers: async () => {
      done.push(`close receivers at ${clock.now()}`);
    },
  };
}

describe("endCall", () => {
  it("stops sending, lets the mirror's tail come back, closes the receivers, then hangs up", async () => {
    const clock = new FakeClock(5000);
    const leg = new FakeCallLeg(clock);
    const media = endingMedia(clock);
    const steps: [string, StepStatus, unknown?][] = [];
    const byPeer = await endCall(leg, media, (...s) => steps.push(s), clock);
    expect(byPeer).toBe(false);
    expect(media.done).toEqual(["stop sending at 5000", `close receivers at ${5000 + MIRROR_TAIL_MS}`]);
    expect(leg.hungUpAt).toBe(5000 + MIRROR_TAIL_MS);
    expect(steps).toEqual([["hang-up", "ok", "fake hang-up"]]);
  });

  it("waits only until the last picture we sent is back, looking every 20 ms", async () => {
    const clock = new FakeClock(5000);
    const leg = new FakeCallLeg(clock);
    const media = endingMedia(clock, 5000 + 130);
    await endCall(leg, media, () => {}, clock);
    expect(media.done).toEqual(["stop sending at 5000", "close receivers at 5140"]);
    expect(leg.hungUpAt).toBe(5140);
  });

  it("says so when the far end had hung up first", async () => {
    const clock = new FakeClock(0);
    const leg = new FakeCallLeg(clock, { hangsUpAt: 0 });
    await leg.whenEnded();
    const steps: [string, StepStatus, unknown?][] = [];
    expect(await endCall(leg, endingMedia(clock), (...s) => steps.push(s), clock)).toBe(true);
    expect(leg.hungUpAt).toBeUndefined();
    expect(steps).toEqual([
      ["hang-up", "failed", { en: "the far end hung up first", sv: "motparten lade på först" }],
    ]);
  });
});
