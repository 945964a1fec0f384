import { Chalk } from "chalk";
import { stepDetail, stepName } from "../report/i18n/labels.js";
import type { Lang } from "../report/i18n/lang.js";
import type { Step } from "../report/model.js";

/** Receives the live step list of a run; the app calls it, the CLI draws it. */
export interface Progress {
  step(step: Step): void;
  info(line: string): void;
  /** The run is over: clear anything transient (a spinner) before the report is printed. */
  done?(): void;
}

export const silentProgress: Progress = { step() {}, info() {} };

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/**
 * One line per step on stderr. On a terminal (not under CI, and coloured unless NO_COLOR) a
 * spinner with the elapsed time shows that a long wait is still going; piped output gets plain
 * lines only.
 */
export function lineProgress(stream: NodeJS.WriteStream = process.stderr, lang: Lang = "en"): Progress {
  const tty = stream.isTTY === true && !process.env.CI;
  const c = new Chalk({ level: tty && !process.env.NO_COLOR ? 1 : 0 });
  const mark = { ok: c.green("✓"), failed: c.red("✗"), skipped: c.dim("-") } as const;
  const started = Date.now();
  let spinner: NodeJS.Timeout | undefined;
  let frame = 0;
  const clear = () => {
    if (!spinner) return;
    clearInterval(spinner);
    spinner = undefined;
    stream.write("\r\x1b[K");
  };
  const spin = () => {
    if (!tty) return;
    spinner = setInterval(() => {
      const t = ((Date.now() - started) / 1000).toFixed(1);
      stream.write(
        `\r\x1b[K${c.dim(`${t.padStart(5)}s`)} ${FRAMES[frame++ % FRAMES.length]} ${c.dim(lang === "sv" ? "arbetar…" : "working…")}`,
      );
    }, 120);
    spinner.unref();
  };
  return {
    step(s) {
      clear();
      const t = `${(s.atMs / 1000).toFixed(1).padStart(5)}s`;
      const detail = stepDetail(s, lang);
      stream.write(
        `${c.dim(t)} ${mark[s.status]} ${stepName(s.name, lang)}${detail ? c.dim(`  ${detail}`) : ""}\n`,
      );
      spin();
    },
    info(line) {
      const was = spinner !== undefined;
      clear();
      stream.write(`${c.dim(line)}\n`);
      if (was) spin();
    },
    done: clear,
  };
}
