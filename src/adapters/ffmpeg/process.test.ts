import { describe, expect, it } from "vitest";
import { FfmpegProcess, FfmpegProcessError, runFfmpeg } from "./process.js";
import { resolveFfmpeg } from "./resolve.js";

const ffmpegPath = resolveFfmpeg().path;

describe("ffmpeg process wrapper", () => {
  it("maps a failing run to FfmpegProcessError with command, exit code and stderr tail", async () => {
    const err = await runFfmpeg(ffmpegPath, ["-hide_banner", "-f", "nosuchformat", "-i", "pipe:0"]).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(FfmpegProcessError);
    expect(err.exitCode).not.toBe(0);
    expect(err.command).toContain("nosuchformat");
    expect(err.stderrTail).toMatch(/nosuchformat/i);
    expect(err.message).toMatch(/^ffmpeg failed \(exit \d+: .*\); command: /);
  });

  it("reports a binary that cannot start", async () => {
    const p = new FfmpegProcess("/nonexistent/ffmpeg", ["-version"]);
    const exit = await p.exited;
    expect(exit.error).toBeInstanceOf(FfmpegProcessError);
    expect(exit.error!.message).toMatch(/ENOENT/);
  });

  it("returns stdout of a successful run", async () => {
    const out = await runFfmpeg(ffmpegPath, ["-hide_banner", "-version"]);
    expect(out.toString()).toMatch(/^ffmpeg version/);
  });

  it("close() ends a waiting ffmpeg, killing it when it will not go, without counting a failure", async () => {
    const p = new FfmpegProcess(ffmpegPath, [
      "-hide_banner",
      "-f",
      "rawvideo",
      "-s",
      "16x16",
      "-i",
      "pipe:0",
      "-f",
      "null",
      "-",
    ]);
    expect(p.running).toBe(true);
    const exit = await p.close(1000);
    expect(p.running).toBe(false);
    expect(exit.error).toBeUndefined();
    expect(() => process.kill(p.pid!, 0)).toThrow(); // gone, not a zombie
  });

  it("kill() stops it at once", async () => {
    const p = new FfmpegProcess(ffmpegPath, [
      "-hide_banner",
      "-f",
      "rawvideo",
      "-s",
      "16x16",
      "-i",
      "pipe:0",
      "-f",
      "null",
      "-",
    ]);
    p.kill();
    const exit = await p.exited;
    expect([exit.signal, exit.error]).toEqual(["SIGKILL", undefined]);
    expect(p.write(new Uint8Array(4))).toBe(false);
  });
});
