import { runFfmpeg } from "./process.js";

/** Codecs vdm-test needs, by ffmpeg's names. */
export const NEEDED_ENCODERS = ["libx264", "libopus", "g722", "pcm_alaw", "pcm_mulaw"] as const;
export const NEEDED_DECODERS = ["h264", "opus", "g722", "pcm_alaw", "pcm_mulaw"] as const;

export interface FfmpegProbe {
  readonly path: string;
  /** e.g. "4.1" or "N-47683-g0e8eb07980-static". */
  readonly version: string;
  readonly encoders: Readonly<Record<(typeof NEEDED_ENCODERS)[number], boolean>>;
  readonly decoders: Readonly<Record<(typeof NEEDED_DECODERS)[number], boolean>>;
  /** "encoder libx264", "decoder opus", ... for each one missing; empty when all are there. */
  readonly missing: readonly string[];
}

/** First line of `ffmpeg -version`: "ffmpeg version 5.1.9-0+deb12u1 Copyright ..." → "5.1.9-0+deb12u1". */
export function parseFfmpegVersion(text: string): string {
  return /ffmpeg version (\S+)/.exec(text)?.[1] ?? "unknown";
}

/** Names from `ffmpeg -encoders` / `-decoders`: lines like " V....D libx264   libx264 H.264 ...". */
export function parseCodecList(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split("\n")) {
    const m = /^\s*[VAS][A-Z.]{5}\s+(\S+)/.exec(line);
    if (m && m[1] !== "=") names.add(m[1]!);
  }
  return names;
}

/** Asks an ffmpeg binary for its version and whether it has the codecs we need. */
export async function probeFfmpeg(path: string): Promise<FfmpegProbe> {
  const [version, enc, dec] = await Promise.all([
    runFfmpeg(path, ["-hide_banner", "-version"], { timeoutMs: 10_000 }),
    runFfmpeg(path, ["-hide_banner", "-encoders"], { timeoutMs: 10_000 }),
    runFfmpeg(path, ["-hide_banner", "-decoders"], { timeoutMs: 10_000 }),
  ]);
  const encoders = parseCodecList(enc.toString("utf8"));
  const decoders = parseCodecList(dec.toString("utf8"));
  const encoderMap = Object.fromEntries(
    NEEDED_ENCODERS.map((n) => [n, encoders.has(n)]),
  ) as FfmpegProbe["encoders"];
  // Opus decodes with ffmpeg's own decoder or libopus; either will do.
  const decoderMap = Object.fromEntries(
    NEEDED_DECODERS.map((n) => [n, decoders.has(n) || (n === "opus" && decoders.has("libopus"))]),
  ) as FfmpegProbe["decoders"];
  const missing = [
    ...NEEDED_ENCODERS.filter((n) => !encoderMap[n]).map((n) => `encoder ${n}`),
    ...NEEDED_DECODERS.filter((n) => !decoderMap[n]).map((n) => `decoder ${n}`),
  ];
  return {
    path,
    version: parseFfmpegVersion(version.toString("utf8")),
    encoders: encoderMap,
    decoders: decoderMap,
    missing,
  };
}
