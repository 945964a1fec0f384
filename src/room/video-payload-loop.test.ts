import { describe, expect, it } from "vitest";
import { VideoPayloadLoop } from "./video-payload-loop.js";

const pic = (n: number, keyframe = false) => ({
  payloads: [Uint8Array.of(n, 1), Uint8Array.of(n, 2)],
  keyframe,
});

describe("video payload loop", () => {
  it("sends one picture per 1/fps with the marker on its last packet, looping", () => {
    const loop = new VideoPayloadLoop([pic(0, true), pic(1), pic(2)], 5, 0);
    const first = loop.due(0);
    expect(first.map((p) => [p.picture, p.marker, p.timestampOffset])).toEqual([
      [0, false, 0],
      [0, true, 0],
    ]);
    expect(loop.due(199)).toEqual([]);
    expect(loop.due(200).map((p) => p.timestampOffset)).toEqual([18000, 18000]);
    expect(loop.due(400).map((p) => p.picture)).toEqual([2, 2]);
    expect(loop.due(600).map((p) => p.picture)).toEqual([0, 0]);
  });

  it("jumps back to the keyframe on request, timestamps going on", () => {
    const loop = new VideoPayloadLoop([pic(0, true), pic(1), pic(2)], 5, 0);
    loop.due(200);
    loop.requestKeyframe();
    const next = loop.due(400);
    expect(next.map((p) => p.picture)).toEqual([0, 0]);
    expect(next[0]!.timestampOffset).toBe(36000);
  });

  it("does not burst after a stall, and refuses a loop without a leading keyframe", () => {
    const loop = new VideoPayloadLoop([pic(0, true), pic(1)], 5, 0, 2);
    expect(loop.due(10_000)).toHaveLength(4);
    expect(() => new VideoPayloadLoop([pic(0)], 5, 0)).toThrow(RangeError);
  });
});
