import { Chalk } from "chalk";
import type { Step } from "../report/model.js";

/** Receives the live step list of a run; the app calls it, the CLI draws it. */
export interface Progress {
  step(step: Step): void;
  info(line: string): void;
}

export const silentProgress: Progress = { step() {}, info() {} };

/** Plain lines on stderr: one per step, coloured only on a terminal without NO_COLOR. */
export function lineProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const color = stream.isTTY === true && !process.env.NO_COLOR && !process.env.CI;
  const c = new Chalk({ level: color ? 1 : 0 });
  const mark = { ok: c.green("✓"), failed: c.red("✗"), skipped: c.dim("-") } as const;
  return {
    step(s) {
      const t = `${(s.atMs / 1000).toFixed(1).padStart(5)}s`;
      stream.write(`${c.dim(t)} ${mark[s.status]} ${s.name}${s.detail ? c.dim(`  ${s.detail}`) : ""}\n`);
    },
    info(line) {
      stream.write(`${c.dim(line)}\n`);
    },
  };
}
