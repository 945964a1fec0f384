import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startsKeyframe } from "./keyframe-start.js";
import { type MirrorSource, PresentationSwitch, type SwitchEffect } from "./presentation-switch.js";

function drain(s: PresentationSwitch): SwitchEffect[] {
  const out: SwitchEffect[] = [];
  for (let e = s.pollEffect(); e; e = s.pollEffect()) out.push(e);
  return out;
}

describe("presentation switch: which source feeds the mirror", () => {
  it("camera until granted and a slides keyframe arrives; back to camera at its keyframe after release", () => {
    const s = new PresentationSwitch();
    expect(s.packet(0, "camera", false)).toBe(true);
    expect(s.packet(0, "slides", true)).toBe(false); // slides without the floor are not shown
    s.floorGranted(100);
    expect(drain(s)).toEqual([{ type: "request-keyframe", source: "slides", at: 100 }]);
    expect(s.packet(110, "camera", false)).toBe(true); // still the camera while waiting
    expect(s.packet(120, "slides", false)).toBe(false); // a P-frame: wait for the keyframe
    expect(s.packet(200, "slides", true)).toBe(true);
    expect(drain(s)).toEqual([{ type: "switched", to: "slides", at: 200, how: "keyframe" }]);
    expect(s.source).toBe("slides");
    expect(s.packet(210, "camera", true)).toBe(false);
    expect(s.packet(220, "slides", false)).toBe(true);
    s.floorReleased(1000);
    expect(drain(s)).toEqual([{ type: "request-keyframe", source: "camera", at: 1000 }]);
    expect(s.packet(1010, "camera", false)).toBe(false);
    expect(s.packet(1020, "slides", false)).toBe(true); // the tail of the presentation still shows
    expect(s.packet(1100, "camera", true)).toBe(true);
    expect(drain(s)).toEqual([{ type: "switched", to: "camera", at: 1100, how: "keyframe" }]);
    expect(s.state).toEqual({ name: "camera" });
  });

  it("switches anyway when the keyframe never comes (RFC 4585 requests are rate limited)", () => {
    const s = new PresentationSwitch({ keyframeWaitMs: 1000, keyframeRequestIntervalMs: 500 });
    s.floorGranted(0);
    s.packet(10, "slides", false);
    s.packet(300, "slides", false);
    s.packet(600, "slides", false);
    expect(
      drain(s)
        .filter((e) => e.type === "request-keyframe")
        .map((e) => e.at),
    ).toEqual([0, 600]);
    expect(s.nextTimeout()).toBe(1010);
    s.handleTimeout(1010);
    expect(drain(s)).toEqual([{ type: "switched", to: "slides", at: 1010, how: "timeout" }]);
    s.floorReleased(2000);
    s.handleTimeout(3000);
    expect(drain(s).at(-1)).toEqual({ type: "switched", to: "camera", at: 3000, how: "timeout" });
  });

  it("falls back to the camera when the slides stop while shown", () => {
    const s = new PresentationSwitch({ stallMs: 2000 });
    s.floorGranted(0);
    s.packet(10, "slides", true);
    s.packet(500, "slides", false);
    expect(s.nextTimeout()).toBe(2500);
    s.handleTimeout(2500);
    expect(s.state.name).toBe("returning");
    expect(s.packet(2600, "camera", true)).toBe(true);
    expect(s.source).toBe("camera");
  });

  it("a release before any slides just stays on the camera", () => {
    const s = new PresentationSwitch();
    s.floorGranted(0);
    s.floorReleased(10);
    expect(s.state).toEqual({ name: "camera" });
    expect(s.nextTimeout()).toBeUndefined();
  });

  it("any sequence of inputs keeps exactly one source and never throws", () => {
    const input = fc.oneof(
      fc.constant({ k: "grant" as const }),
      fc.constant({ k: "release" as const }),
      fc.constant({ k: "timeout" as const }),
      fc.record({
        k: fc.constant("packet" as const),
        src: fc.constantFrom<MirrorSource>("camera", "slides"),
        key: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), input), { maxLength: 60 }),
        (steps) => {
          const s = new PresentationSwitch();
          let now = 0;
          for (const [dt, i] of steps) {
            now += dt;
            if (i.k === "grant") s.floorGranted(now);
            else if (i.k === "release") s.floorReleased(now);
            else if (i.k === "timeout") s.handleTimeout(now);
            else {
              const fed = s.packet(now, i.src, i.key);
              // Only the source in effect after the packet may feed the mirror (slides tail excepted).
              if (fed && i.src === "camera") expect(s.source).toBe("camera");
            }
            drain(s);
          }
        },
      ),
    );
  });
});

describe("startsKeyframe (RFC 6184 payload structures)", () => {
  it.each([
    ["single IDR NAL", [0x65, 0x88], true],
    ["single SPS", [0x67, 0x42], true],
    ["single P slice", [0x41, 0x9a], false],
    ["STAP-A with SPS first", [0x78, 0x00, 0x02, 0x67, 0x42], true],
    ["STAP-A with SEI first", [0x78, 0x00, 0x02, 0x06, 0x05], false],
    ["FU-A start of IDR", [0x7c, 0x85, 0x00], true],
    ["FU-A middle of IDR", [0x7c, 0x05, 0x00], false],
    ["FU-A start of P", [0x5c, 0x81, 0x00], false],
    ["truncated FU-A", [0x7c], false],
    ["truncated STAP-A", [0x78, 0x00], false],
    ["empty", [], false],
  ])("%s", (_name, bytes, expected) => {
    expect(startsKeyframe(Uint8Array.from(bytes))).toBe(expected);
  });

  it("never throws on random payloads", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 8 }), (b) => typeof startsKeyframe(b) === "boolean"));
  });
});
