import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";
import process from "node:process";

export type FfmpegSource = "VDM_FFMPEG" | "ffmpeg-static" | "@ffmpeg-installer/ffmpeg" | "PATH";

export interface ResolvedFfmpeg {
  readonly path: string;
  readonly source: FfmpegSource;
}

/** No usable ffmpeg was found; `tried` lists each place looked at and why it did not do. */
export class FfmpegNotFoundError extends Error {
  override readonly name = "FfmpegNotFoundError";
  constructor(readonly tried: readonly string[]) {
    super(`no ffmpeg found (tried ${tried.join("; ")}); set VDM_FFMPEG to an ffmpeg binary`);
  }
}

/** What resolveFfmpeg looks at; the default is the real module loader and file system. */
export interface ResolveFfmpegHost {
  requireModule(name: string): unknown;
  isExecutable(path: string): boolean;
}

const require = createRequire(import.meta.url);

export const realResolveHost: ResolveFfmpegHost = {
  requireModule: (name) => require(name),
  isExecutable: (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

/**
 * Finds ffmpeg: $VDM_FFMPEG, then the optional package ffmpeg-static, then @ffmpeg-installer/ffmpeg,
 * then `ffmpeg` on $PATH. A VDM_FFMPEG that points at nothing is an error, not a reason to look
 * elsewhere: the user asked for that binary.
 */
export function resolveFfmpeg(
  env: NodeJS.ProcessEnv = process.env,
  host: ResolveFfmpegHost = realResolveHost,
): ResolvedFfmpeg {
  const tried: string[] = [];
  const override = env["VDM_FFMPEG"];
  if (override) {
    if (host.isExecutable(override)) return { path: override, source: "VDM_FFMPEG" };
    throw new FfmpegNotFoundError([`VDM_FFMPEG=${override} (not an executable file)`]);
  }
  tried.push("VDM_FFMPEG (unset)");

  const fromStatic = modulePath(host, "ffmpeg-static", (m) => (typeof m === "string" ? m : undefined));
  if (fromStatic.path) return { path: fromStatic.path, source: "ffmpeg-static" };
  tried.push(`ffmpeg-static (${fromStatic.why})`);

  const fromInstaller = modulePath(host, "@ffmpeg-installer/ffmpeg", (m) =>
    typeof m === "object" && m !== null && typeof (m as { path?: unknown }).path === "string"
      ? (m as { path: string }).path
      : undefined,
  );
  if (fromInstaller.path) return { path: fromInstaller.path, source: "@ffmpeg-installer/ffmpeg" };
  tried.push(`@ffmpeg-installer/ffmpeg (${fromInstaller.why})`);

  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "ffmpeg");
    if (host.isExecutable(candidate)) return { path: candidate, source: "PATH" };
  }
  tried.push("ffmpeg on PATH (not found)");
  throw new FfmpegNotFoundError(tried);
}

function modulePath(
  host: ResolveFfmpegHost,
  name: string,
  pick: (m: unknown) => string | undefined,
): { path?: string; why: string } {
  let mod: unknown;
  try {
    mod = host.requireModule(name);
  } catch {
    return { why: "not installed" };
  }
  const path = pick((mod as { default?: unknown } | undefined)?.default ?? mod);
  if (!path) return { why: "exports no path" };
  if (!host.isExecutable(path)) return { why: `${path} is missing` };
  return { path, why: "" };
}
