import { probeFfmpeg } from "../../adapters/ffmpeg/probe.js";
import { FfmpegNotFoundError, resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import { ExitCode, ExitError } from "../exit-error.js";

export async function runDoctorCommand(o: { json?: boolean }): Promise<number> {
  let resolved: ReturnType<typeof resolveFfmpeg>;
  try {
    resolved = resolveFfmpeg();
  } catch (e) {
    if (e instanceof FfmpegNotFoundError) throw new ExitError(ExitCode.inconclusive, e.message);
    throw e;
  }
  const probe = await probeFfmpeg(resolved.path);
  const ok = probe.missing.length === 0;
  if (o.json) {
    process.stdout.write(
      `${JSON.stringify({ node: process.version, ffmpeg: { ...resolved, ...probe }, ok }, null, 2)}\n`,
    );
  } else {
    const yes = (b: boolean) => (b ? "yes" : "MISSING");
    const lines = [
      `node      ${process.version}`,
      `ffmpeg    ${probe.version}`,
      `          ${resolved.path}`,
      `          found through ${resolved.source}`,
      ...Object.entries(probe.encoders).map(([k, v]) => `encoder   ${k.padEnd(10)} ${yes(v)}`),
      ...Object.entries(probe.decoders).map(([k, v]) => `decoder   ${k.padEnd(10)} ${yes(v)}`),
      ok ? "All encoders and decoders vdm-test needs are there." : `Missing: ${probe.missing.join(", ")}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return ok ? ExitCode.ok : ExitCode.inconclusive;
}
