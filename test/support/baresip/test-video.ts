import { execFile } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The ffmpeg shipped by @ffmpeg-installer/ffmpeg (a project dependency). */
function ffmpegPath(): string {
  return (require("@ffmpeg-installer/ffmpeg") as { path: string }).path;
}

/**
 * Writes a moving test pattern (ffmpeg `testsrc`, 352x288, 25 fps) as MJPEG in AVI to `path`, a form
 * baresip's avformat module decodes, re-encodes and loops. (An H.264 .mp4 source crashes baresip
 * 1.0.0.) About 230 kB per second of video.
 */
export function makeTestVideo(path: string, seconds = 2): Promise<void> {
  const args = [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `testsrc=size=352x288:rate=25:duration=${seconds}`,
    "-c:v",
    "mjpeg",
    "-q:v",
    "5",
    "-pix_fmt",
    "yuvj420p",
    path,
  ];
  return new Promise((resolve, reject) => {
    execFile(ffmpegPath(), args, { timeout: 30_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`ffmpeg ${args.join(" ")} failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
}
