import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { PNG } from "pngjs";
import { afterEach, describe, expect, it } from "vitest";
import { AccessUnitAssembler, accessUnitToAnnexB } from "../../../test/support/h264/access-unit.js";
import { readFrameCode } from "../../media/frame-code.js";
import { PatternRenderer } from "../../media/test-pattern.js";
import { AnnexBSplitter } from "../../protocol/h264/annex-b.js";
import { H264Depacketizer } from "../../protocol/h264/rtp-depacketizer.js";
import { packetizeAccessUnit } from "../../protocol/h264/rtp-packetizer.js";
import { type EncodedAccessUnit, H264Encoder } from "./h264-encoder.js";
import { runFfmpeg } from "./process.js";
import { resolveFfmpeg } from "./resolve.js";
import { type DecodedLumaFrame, decodeSnapshotPng, VideoDecoder } from "./video-decoder.js";

const resolved = resolveFfmpeg();
const ffmpegPath = resolved.path;
const FRAMES = 90;
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

/** Encodes FRAMES pattern frames at 720p, paced at 30 fps when `paced`; calls onAu for each access unit. */
async function encodePattern(
  paced: boolean,
  onAu: (au: EncodedAccessUnit) => void,
): Promise<EncodedAccessUnit[]> {
  const aus: EncodedAccessUnit[] = [];
  const encoder = new H264Encoder({
    ffmpegPath,
    keyframeInterval: 1000,
    onAccessUnit: (au) => {
      aus.push(au);
      onAu(au);
    },
  });
  cleanup.push(() => encoder.close());
  const pattern = new PatternRenderer({ width: 1280, height: 720, family: 0 });
  const t0 = performance.now();
  for (let n = 0; n < FRAMES; n++) {
    encoder.encode(pattern.render(n), n);
    if (paced) await sleep(Math.max(0, t0 + ((n + 1) * 1000) / 30 - performance.now()));
  }
  await encoder.close();
  return aus;
}

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (!cond() && performance.now() < end) await sleep(10);
}

describe("H.264 over RTP with the real ffmpeg", () => {
  it("encode → packetize → depacketize → decode reads back ≥ 95% of frame codes, none wrong", async () => {
    const reads: { number: number; family: number; at: number }[] = [];
    const frames: DecodedLumaFrame[] = [];
    const fedAt = new Map<number, number>();
    const decoder = new VideoDecoder({
      ffmpegPath,
      onFrame: (f) => {
        frames.push(f);
        const code = readFrameCode(f.luma, f.width, f.height);
        if (code) reads.push({ ...code, at: f.decodedAt });
      },
    });
    cleanup.push(() => decoder.close());
    const depacketizer = new H264Depacketizer();
    let seq = 1000;
    const aus = await encodePattern(true, (au) => {
      const packets = packetizeAccessUnit(au.nals, { mtu: 1200 });
      for (const p of packets) {
        const sequenceNumber = seq++ & 0xffff;
        const timestamp = (au.frameNumber * 3000) >>> 0;
        for (const out of depacketizer.push({
          sequenceNumber,
          timestamp,
          marker: p.marker,
          payload: p.payload,
        })) {
          fedAt.set(out.timestamp / 3000, performance.now());
          decoder.decode(out.annexB);
        }
      }
    });
    await waitFor(() => frames.length >= FRAMES, 3000);

    expect(aus.map((a) => a.frameNumber)).toEqual([...Array(FRAMES).keys()]);
    expect(depacketizer.stats).toMatchObject({ lost: 0, malformed: 0, droppedNals: 0, accessUnits: FRAMES });
    const wrong = reads.filter((r) => r.family !== 0 || r.number >= FRAMES);
    const distinct = new Set(reads.map((r) => r.number));
    expect(wrong).toEqual([]);
    expect(distinct.size).toBeGreaterThanOrEqual(Math.ceil(FRAMES * 0.95));
    expect(frames[0]).toMatchObject({ width: 480, height: 270, codedWidth: 1280, codedHeight: 720 });

    const encodeMs = median(aus.map((a) => a.encodedAt - a.submittedAt));
    const decodeMs = median(reads.map((r) => r.at - fedAt.get(r.number)!));
    console.log(
      `720p: encode ${encodeMs.toFixed(1)} ms/frame (median, submit→AU out); ` +
        `decoder ${decodeMs.toFixed(1)} ms (median, last packet of AU → decoded frame); ` +
        `codes read ${distinct.size}/${FRAMES}`,
    );
    // With the bundled ffmpeg 4.1 the trailing AUD brings this from one frame interval (~35 ms) to
    // a few ms. Debian's ffmpeg 5.1 holds one more frame somewhere past the parser (~37 ms with the
    // AUD, ~72 ms without), so other builds get one frame interval more.
    expect(decodeMs).toBeLessThan(resolved.source === "@ffmpeg-installer/ffmpeg" ? 30 : 70);
  });

  it("still reads the codes after scaling to 640x360 and re-encoding at 256 kbit/s", async () => {
    const aus = await encodePattern(false, () => {});
    const stream = Buffer.concat(aus.map((a) => a.annexB));
    const transcoded = await runFfmpeg(
      ffmpegPath,
      [
        ...["-hide_banner", "-loglevel", "error", "-f", "h264", "-i", "pipe:0", "-vf", "scale=640:360"],
        ...[
          "-c:v",
          "libx264",
          "-preset",
          "ultrafast",
          "-tune",
          "zerolatency",
          "-b:v",
          "256k",
          "-maxrate",
          "256k",
        ],
        ...["-bufsize", "128k", "-vsync", "0", "-f", "h264", "pipe:1"],
      ],
      { input: stream, timeoutMs: 60_000 },
    );
    // Real x264 Annex B output through our own splitter and access unit assembler.
    const splitter = new AnnexBSplitter();
    const assembler = new AccessUnitAssembler();
    const nals = [...splitter.push(transcoded), ...splitter.flush()];
    const rebuilt = [...nals.flatMap((n) => assembler.push(n)), ...assembler.flush()];
    expect(rebuilt).toHaveLength(FRAMES);

    const reads: { family: number; number: number }[] = [];
    let coded: [number | undefined, number | undefined] = [undefined, undefined];
    const decoder = new VideoDecoder({
      ffmpegPath,
      onFrame: (f) => {
        coded = [f.codedWidth, f.codedHeight];
        const code = readFrameCode(f.luma, f.width, f.height);
        if (code) reads.push(code);
      },
    });
    cleanup.push(() => decoder.close());
    for (const au of rebuilt) decoder.decode(accessUnitToAnnexB(au));
    await waitFor(() => decoder.framesOut >= FRAMES, 5000);
    const distinct = new Set(reads.map((r) => r.number));
    console.log(
      `640x360 @ 256 kbit/s: codes read ${distinct.size}/${FRAMES}, ${decoder.framesOut} frames decoded`,
    );
    expect(reads.filter((r) => r.family !== 0 || r.number >= FRAMES)).toEqual([]);
    expect(distinct.size).toBeGreaterThanOrEqual(Math.ceil(FRAMES * 0.95));
    expect(coded).toEqual([640, 360]);
  });

  it("does not stall on an access unit that cannot be decoded", async () => {
    const aus = await encodePattern(false, () => {});
    let out = 0;
    const decoder = new VideoDecoder({ ffmpegPath, onFrame: () => out++ });
    cleanup.push(() => decoder.close());
    decoder.decode(Uint8Array.of(0, 0, 0, 1, 0x41, 0x9a, 0x00, 0x11, 0x22)); // a P slice before any SPS
    for (const au of aus.slice(0, 10)) decoder.decode(au.annexB);
    decoder.decode(Uint8Array.of(0, 0, 0, 1, 0x65, 0xff, 0xff, 0xff)); // garbage IDR slice
    for (const au of aus.slice(10, 20)) decoder.decode(au.annexB);
    await waitFor(() => out >= 19, 3000);
    expect(out).toBeGreaterThanOrEqual(19);
  });

  it("grabs a full-colour snapshot as PNG", async () => {
    const aus = await encodePattern(false, () => {});
    const png = PNG.sync.read(
      await decodeSnapshotPng(Buffer.concat(aus.slice(0, 5).map((a) => a.annexB)), { ffmpegPath }),
    );
    expect([png.width, png.height]).toEqual([640, 360]);
    // Top-left is the 75% grey bar, the second bar is yellow (red+green high, blue low).
    const px = (x: number, y: number): number[] => [
      ...png.data.subarray((y * 640 + x) * 4, (y * 640 + x) * 4 + 3),
    ];
    const yellow = px(130, 100);
    expect(yellow[0]).toBeGreaterThan(150);
    expect(yellow[2]).toBeLessThan(80);
  });
});
