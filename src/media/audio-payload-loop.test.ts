import { describe, expect, it } from "vitest";
import { AudioPayloadLoop } from "./audio-payload-loop.js";

const payloads = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])];

describe("AudioPayloadLoop", () => {
  it("sends one packet per ptime, looping the payloads, with RTP timestamps advancing", () => {
    const loop = new AudioPayloadLoop(payloads, 160, 20, 1000);
    expect(loop.due(1000).map((p) => p.payload[0])).toEqual([1]);
    expect(loop.due(1019)).toEqual([]);
    const next = loop.due(1060);
    expect(next.map((p) => p.payload[0])).toEqual([2, 3, 1]);
    expect(next.map((p) => p.timestampOffset)).toEqual([160, 320, 480]);
  });

  it("marks only the first packet (RFC 3551 §4.1)", () => {
    const loop = new AudioPayloadLoop(payloads, 960, 20, 0);
    expect(loop.due(80).map((p) => p.marker)).toEqual([true, false, false, false, false]);
  });

  it("does not burst more than maxBurst packets after a stalled timer, and keeps the timeline", () => {
    const loop = new AudioPayloadLoop(payloads, 160, 20, 0, 5);
    loop.due(0);
    const late = loop.due(2000);
    expect(late).toHaveLength(5);
    expect(late[4]!.timestampOffset).toBe(100 * 160);
  });

  it("refuses an empty payload list", () => {
    expect(() => new AudioPayloadLoop([], 160, 20, 0)).toThrow(RangeError);
  });
});
