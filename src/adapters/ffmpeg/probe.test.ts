import { describe, expect, it } from "vitest";
import { parseCodecList, parseFfmpegVersion, probeFfmpeg } from "./probe.js";
import { resolveFfmpeg } from "./resolve.js";

describe("probeFfmpeg", () => {
  it("parses the version line and codec lists", () => {
    expect(parseFfmpegVersion("ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026")).toBe(
      "5.1.9-0+deb12u1",
    );
    expect(parseFfmpegVersion("garbage")).toBe("unknown");
    const list = parseCodecList(
      "Encoders:\n V..... = Video\n ------\n V....D libx264              libx264 H.264\n A....D g722                 G.722 ADPCM\n",
    );
    expect([...list]).toEqual(["libx264", "g722"]);
  });

  it("finds the codecs we need in the bundled ffmpeg", async () => {
    const probe = await probeFfmpeg(resolveFfmpeg().path);
    console.log(`ffmpeg ${probe.version} at ${probe.path}; missing: ${probe.missing.join(", ") || "none"}`);
    expect(probe.version).not.toBe("unknown");
    expect(probe.encoders.libx264).toBe(true);
    expect(probe.decoders.h264).toBe(true);
    expect(probe.missing).toEqual([]);
  });
});
