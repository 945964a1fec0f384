import { describe, expect, it } from "vitest";
import { serializeSps } from "../protocol/h264/sps.js";
import { H264Observer } from "./h264-observer.js";

const SPS = serializeSps({
  profileIdc: 100,
  constraintFlags: 0,
  levelIdc: 40,
  spsId: 0,
  widthMbs: 80,
  heightMbs: 45,
  frameMbsOnly: true,
  crop: { left: 0, right: 0, top: 0, bottom: 0 },
});

describe("H264Observer (RFC 6184 payloads)", () => {
  it("reads the SPS from FU-A fragments, counts IDRs once per access unit and the frame rate from timestamps", () => {
    const o = new H264Observer();
    const fu = (s: boolean, e: boolean, type: number, data: Uint8Array) =>
      Uint8Array.of(0x60 | 28, (s ? 0x80 : 0) | (e ? 0x40 : 0) | type, ...data);
    for (let f = 0; f < 50; f++) {
      const ts = f * 3600; // 25 fps on the 90 kHz clock
      const ms = f * 40;
      if (f % 25 === 0) {
        o.observe(fu(true, false, 7, SPS.subarray(1, 4)), ts, ms);
        o.observe(fu(false, true, 7, SPS.subarray(4)), ts, ms);
        o.observe(Uint8Array.of(0x68, 0xee), ts, ms);
        o.observe(fu(true, false, 5, Uint8Array.of(1)), ts, ms);
        o.observe(fu(false, true, 5, Uint8Array.of(2)), ts, ms);
      } else o.observe(Uint8Array.of(0x41, 1), ts, ms);
    }
    expect(o.facts()).toMatchObject({
      width: 1280,
      height: 720,
      profileIdc: 100,
      spsCount: 2,
      ppsCount: 2,
      idrCount: 2,
      accessUnits: 50,
      frameRate: 25,
      invalidHeaders: 0,
      idrIntervalS: { min: 1, mean: 1, max: 1 },
    });
  });

  it("counts payloads that cannot be H.264 (forbidden bit, STAP-B/MTAP/FU-B, truncated STAP-A)", () => {
    const o = new H264Observer();
    for (const p of [
      Uint8Array.of(0x81),
      Uint8Array.of(25),
      Uint8Array.of(29, 0),
      Uint8Array.of(24, 0, 9, 1),
      new Uint8Array(0),
    ])
      o.observe(p, 0, 0);
    expect(o.facts().invalidHeaders).toBe(5);
  });
});
