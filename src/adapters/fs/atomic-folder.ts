import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface FolderFile {
  /** Path inside the folder, "/"-separated; no "..". */
  readonly name: string;
  readonly data: string | Uint8Array;
}

/**
 * Writes a whole folder so that readers see it complete or not at all: every file goes into a
 * hidden temporary folder beside the target, which is then renamed into place (rename is atomic
 * within one file system). An interrupted run leaves at most the hidden `.…partial` folder, never
 * a half-written report. When the target exists already (two runs in the same second), "-2",
 * "-3", ... is appended. Returns the folder written.
 */
export async function writeFolderAtomic(dir: string, files: readonly FolderFile[]): Promise<string> {
  for (const f of files) {
    if (f.name.split("/").some((p) => p === ".." || p === "") || f.name.startsWith("/")) {
      throw new Error(`bad file name in report folder: ${f.name}`);
    }
  }
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.${randomBytes(6).toString("hex")}.partial`);
  try {
    await mkdir(tmp);
    for (const f of files) {
      const path = join(tmp, ...f.name.split("/"));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, f.data);
    }
    for (let n = 1; ; n++) {
      const target = n === 1 ? dir : `${dir}-${n}`;
      try {
        await rename(tmp, target);
        return target;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if ((code !== "ENOTEMPTY" && code !== "EEXIST") || n >= 100) throw e;
      }
    }
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}
