import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { PatternRenderer } from "../../media/test-pattern.js";
import { H264Encoder } from "../ffmpeg/h264-encoder.js";
import { resolveFfmpeg } from "../ffmpeg/resolve.js";
import { makeSnapshots } from "./snapshots.js";

const ffmpegPath = resolveFfmpeg().path;

async function encode(family: number, frames: number): Promise<Uint8Array> {
  const aus: Uint8Array[] = [];
  const encoder = new H264Encoder({
    ffmpegPath,
    width: 640,
    height: 360,
    onAccessUnit: (au) => aus.push(au.annexB),
  });
  const pattern = new PatternRenderer({ width: 640, height: 360, family });
  for (let n = 0; n < frames; n++) encoder.encode(pattern.render(n), n);
  await encoder.close();
  return Buffer.concat(aus);
}

function rgb(b64: string, x: number, y: number): number[] {
  const png = PNG.sync.read(Buffer.from(b64, "base64"));
  const o = (y * png.width + x) * 4;
  return [...png.data.subarray(o, o + 3)];
}

describe("makeSnapshots with the real ffmpeg", () => {
  it("draws the sent frame and decodes the mirrored and presentation GOPs to PNG", async () => {
    const [camera, slides] = [await encode(0, 10), await encode(1, 5)];
    const { snapshots, errors } = await makeSnapshots({
      sent: { width: 1280, height: 720, family: 0, number: 9 },
      mirroredGop: camera,
      presentationGop: slides,
      ffmpegPath,
    });
    expect(errors).toEqual([]);
    for (const k of ["sent", "mirrored", "presentation"] as const) {
      const png = PNG.sync.read(Buffer.from(snapshots[k]!, "base64"));
      expect([png.width, png.height]).toEqual([640, 360]);
    }
    // The second colour bar is yellow in both the sent and the mirrored picture; the slide is white.
    for (const k of ["sent", "mirrored"] as const) {
      const [r, g, b] = rgb(snapshots[k]!, 130, 100);
      expect(r).toBeGreaterThan(150);
      expect(g).toBeGreaterThan(150);
      expect(b).toBeLessThan(80);
    }
    expect(Math.min(...rgb(snapshots.presentation!, 20, 200))).toBeGreaterThan(200);
  }, 60_000);

  it("a GOP that decodes to nothing is reported, not thrown", async () => {
    const { snapshots, errors } = await makeSnapshots({
      mirroredGop: new Uint8Array([0, 0, 0, 1, 9, 16]),
      ffmpegPath,
    });
    expect(snapshots).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^mirrored: /);
  }, 30_000);
});
