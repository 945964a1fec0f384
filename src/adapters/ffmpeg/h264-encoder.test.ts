import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { PatternRenderer } from "../../media/test-pattern.js";
import { NalType, nalType } from "../../protocol/h264/nal-unit.js";
import { NalTooLargeError, packetizeAccessUnit } from "../../protocol/h264/rtp-packetizer.js";
import { parseSps } from "../../protocol/h264/sps.js";
import { type EncodedAccessUnit, H264Encoder, type H264EncoderOptions } from "./h264-encoder.js";
import { resolveFfmpeg } from "./resolve.js";

const ffmpegPath = resolveFfmpeg().path;
const encoders: H264Encoder[] = [];
afterEach(async () => {
  for (const e of encoders.splice(0)) await e.close();
});

async function run(
  count: number,
  options: Partial<H264EncoderOptions>,
  beforeFrame: (n: number, e: H264Encoder) => void = () => {},
  paced = false,
): Promise<{ aus: EncodedAccessUnit[]; encoder: H264Encoder }> {
  const aus: EncodedAccessUnit[] = [];
  const encoder = new H264Encoder({ ffmpegPath, ...options, onAccessUnit: (au) => aus.push(au) });
  encoders.push(encoder);
  const pattern = new PatternRenderer({
    width: encoder.options.width,
    height: encoder.options.height,
    family: 0,
  });
  const t0 = performance.now();
  for (let n = 0; n < count; n++) {
    beforeFrame(n, encoder);
    encoder.encode(pattern.render(n), n);
    if (paced) await sleep(Math.max(0, t0 + ((n + 1) * 1000) / 30 - performance.now()));
  }
  await encoder.close();
  return { aus, encoder };
}

describe("H264Encoder (ffmpeg libx264)", () => {
  it("starts with an IDR carrying x264's SPS (1280x720 baseline) and PPS", async () => {
    const { aus } = await run(3, {});
    expect(aus.map((a) => a.keyframe)).toEqual([true, false, false]);
    const types = aus[0]!.nals.map(nalType);
    expect(types.slice(0, 2)).toEqual([NalType.sps, NalType.pps]);
    expect(types).toContain(NalType.sliceIdr);
    const sps = parseSps(aus[0]!.nals[0]!);
    expect(sps).toMatchObject({ profileIdc: 66, width: 1280, height: 720, frameMbsOnly: true });
    expect(aus[0]!.annexB.subarray(0, 5)).toEqual(Uint8Array.of(0, 0, 0, 1, 0x67));
  });

  it("answers requestKeyframe with an IDR within a few frames, keeping frame order", async () => {
    const { aus, encoder } = await run(
      45,
      { keyframeInterval: 1000 },
      (n, e) => {
        if (n === 20 || n === 32) e.requestKeyframe();
        if (n === 20) e.requestKeyframe(); // a repeated PLI for the same picture asks for nothing more
      },
      true,
    );
    expect(aus.map((a) => a.frameNumber)).toEqual([...Array(45).keys()]);
    const idrs = aus.filter((a) => a.keyframe).map((a) => a.frameNumber);
    expect(idrs[0]).toBe(0);
    expect(idrs[1]).toBeGreaterThanOrEqual(20);
    expect(idrs[1]).toBeLessThanOrEqual(22);
    expect(idrs[2]).toBeGreaterThanOrEqual(32);
    expect(idrs[2]).toBeLessThanOrEqual(34);
    expect(idrs).toHaveLength(3);
    expect(aus.find((a) => a.frameNumber === idrs[1])!.nals.map(nalType)).toContain(NalType.sps);
    for (const t of encoder.keyframeRequests) {
      console.log(
        `keyframe on request: IDR ${t.latencyMs.toFixed(1)} ms after the request (frame ${t.frameNumber})`,
      );
      expect(t.latencyMs).toBeLessThan(200);
    }
    expect(encoder.keyframeRequests).toHaveLength(2);
  });

  it("with maxSliceBytes every NAL fits a packetization-mode 0 packet", async () => {
    const { aus } = await run(8, { maxSliceBytes: 1100 });
    for (const au of aus) {
      expect(() => packetizeAccessUnit(au.nals, { packetizationMode: 0, mtu: 1200 })).not.toThrow();
    }
    expect(aus[0]!.nals.filter((n) => nalType(n) === NalType.sliceIdr).length).toBeGreaterThan(1);
  });

  it("without slices an IDR is too large for mode 0, and the error says how to fix it", async () => {
    const { aus } = await run(1, {});
    expect(() => packetizeAccessUnit(aus[0]!.nals, { packetizationMode: 0 })).toThrowError(NalTooLargeError);
  });

  it("yields access units through the async iterator and rejects a wrong frame size", async () => {
    const encoder = new H264Encoder({ ffmpegPath, width: 320, height: 180 });
    encoders.push(encoder);
    expect(() => encoder.encode(new Uint8Array(10), 0)).toThrowError(RangeError);
    const pattern = new PatternRenderer({ width: 320, height: 180, family: 1 });
    const collected = (async () => {
      const got: number[] = [];
      for await (const au of encoder.accessUnits()) got.push(au.frameNumber);
      return got;
    })();
    for (let n = 0; n < 5; n++) encoder.encode(pattern.render(n), 100 + n);
    await encoder.close();
    expect(await collected).toEqual([100, 101, 102, 103, 104]);
  });

  it("reports an ffmpeg failure with the command and stderr tail", async () => {
    const errors: Error[] = [];
    const encoder = new H264Encoder({ ffmpegPath, bitrateKbps: -5, onError: (e) => errors.push(e) });
    encoders.push(encoder);
    encoder.encode(new PatternRenderer({ width: 1280, height: 720, family: 0 }).render(0), 0);
    const deadline = performance.now() + 5000;
    while (errors.length === 0 && performance.now() < deadline) await sleep(20);
    expect(errors[0]).toMatchObject({ name: "FfmpegProcessError" });
    expect(errors[0]!.message).toMatch(/libx264/);
  });
});
