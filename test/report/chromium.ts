import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

export interface Screenshot {
  readonly code: number | null;
  /** Every console message the page produced (CSP violations, errors, logs). */
  readonly consoleMessages: string[];
  readonly stderr: string;
}

/**
 * Opens a file in headless Chromium (Debian's, installed by .ci/run) with a fresh profile, takes a
 * screenshot, and returns the page's console messages from Chromium's log on stderr.
 */
export async function screenshot(file: string, png: string, size = "1280,2000"): Promise<Screenshot> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const profile = await mkdtemp(join(tmpdir(), "vdm-chromium-"));
  try {
    const child = spawn(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        "--enable-logging=stderr",
        "--v=0",
        `--screenshot=${png}`,
        `--window-size=${size}`,
        `file://${file}`,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.once("error", reject);
      child.once("close", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    const consoleMessages = stderr.split("\n").filter((l) => /:CONSOLE[:(]/.test(l));
    return { code, consoleMessages, stderr };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
