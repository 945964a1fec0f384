import { spawn } from "node:child_process";
import { mkdir, readdir, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is test/support/cli/build.ts). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
/** The shim every e2e test runs, exactly as a user would. */
export const CLI_BIN = join(REPO_ROOT, "bin", "vdm-test.js");
const ENTRY = join(REPO_ROOT, "dist", "src", "cli", "main.js");
const STAMP = join(REPO_ROOT, "dist", ".e2e-build-stamp");
/** Held (as a directory) by the one process that builds; vitest runs test files in parallel forks. */
const LOCK = join(REPO_ROOT, "dist", ".e2e-build.lock");
const LOCK_STALE_MS = 120_000;

async function mtimeMs(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
}

/** Newest modification time of what the build reads: src/ (without tests), bench/, tsconfigs. */
async function newestSourceMs(): Promise<number> {
  let newest = Math.max(
    await mtimeMs(join(REPO_ROOT, "tsconfig.json")),
    await mtimeMs(join(REPO_ROOT, "tsconfig.build.json")),
  );
  for (const top of ["src", "bench"]) {
    const entries = await readdir(join(REPO_ROOT, top), { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith(".ts") || e.name.endsWith(".test.ts")) continue;
      newest = Math.max(newest, await mtimeMs(join(e.parentPath, e.name)));
    }
  }
  return newest;
}

async function isFresh(): Promise<boolean> {
  const built = await mtimeMs(STAMP);
  return built > 0 && (await mtimeMs(ENTRY)) > 0 && built >= (await newestSourceMs());
}

function tsc(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
      { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

async function takeLock(): Promise<boolean> {
  try {
    await mkdir(LOCK);
    return true;
  } catch {
    // another worker builds; a lock older than LOCK_STALE_MS was left by a killed run
    if (Date.now() - (await mtimeMs(LOCK)) > LOCK_STALE_MS) await rmdir(LOCK).catch(() => {});
    return false;
  }
}

async function buildOnce(): Promise<void> {
  await mkdir(join(REPO_ROOT, "dist"), { recursive: true });
  for (;;) {
    if (await isFresh()) return;
    if (await takeLock()) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    if (await isFresh()) return;
    const started = Date.now();
    const { code, output } = await tsc();
    // tsc emits JavaScript even with type errors (noEmitOnError is off). The tree is shared with
    // people mid-edit, so a type error elsewhere must not hide what the built CLI does; the
    // type check proper is `npm run typecheck`. A missing entry point is fatal.
    if ((await mtimeMs(ENTRY)) === 0) {
      throw new Error(`build failed (tsc exit ${code}), no ${ENTRY}:\n${output.slice(-4000)}`);
    }
    if (code !== 0) {
      process.stderr.write(
        `e2e: tsc exited ${code}; testing the JavaScript it emitted:\n${output.slice(-2000)}\n`,
      );
    }
    // Stamp with the start time, so an edit made during the build counts as newer.
    await writeFile(STAMP, `${new Date(started).toISOString()}\n`);
    const { utimes } = await import("node:fs/promises");
    await utimes(STAMP, started / 1000, started / 1000);
  } finally {
    await rmdir(LOCK).catch(() => {});
  }
}

let built: Promise<void> | undefined;

/**
 * Makes sure dist/ holds a build of the current src/: runs `tsc -p tsconfig.build.json` when any
 * source is newer than the last e2e build, at most once per process and one process at a time.
 */
export function ensureBuilt(): Promise<void> {
  built ??= buildOnce().catch((e: unknown) => {
    built = undefined;
    throw e;
  });
  return built;
}
