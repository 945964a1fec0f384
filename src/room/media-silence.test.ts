import { describe, expect, it } from "vitest";
import { MediaSilence } from "./media-silence.js";

describe("MediaSilence", () => {
  it("is silent once no packet came for the timeout, counting from the start", () => {
    const s = new MediaSilence(1000, 5000);
    expect(s.observe(0, 5999)).toBe("alive");
    expect(s.observe(0, 6000)).toBe("silent");
    expect(s.silentForMs(6000)).toBe(1000);
  });

  it("every new packet (RTP or RTCP) starts the wait again", () => {
    const s = new MediaSilence(1000, 0);
    expect(s.observe(3, 900)).toBe("alive");
    expect(s.observe(3, 1800)).toBe("alive");
    expect(s.observe(3, 1900)).toBe("silent");
    expect(s.observe(4, 2000)).toBe("alive");
    expect(s.observe(4, 2999)).toBe("alive");
  });

  it("refuses a timeout that is not positive", () => {
    expect(() => new MediaSilence(0, 0)).toThrow(RangeError);
  });
});
