import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { parsePayloadPack, serialisePayloadPack } from "../../media/payload-pack.js";
import { ParseError } from "../../protocol/parse-error.js";
import { writeFileAtomic } from "./atomic-write.js";

/**
 * Where pre-encoded media is kept between runs: $VDM_CACHE_DIR, else $XDG_CACHE_HOME/vdm-test,
 * else ~/.cache/vdm-test. VDM_CACHE_DIR=off turns the cache off.
 */
export function startUpCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const own = env["VDM_CACHE_DIR"];
  if (own === "off") return undefined;
  if (own) return own;
  return join(env["XDG_CACHE_HOME"] || join(homedir(), ".cache"), "vdm-test");
}

/**
 * The entries `produce` makes for `key` (every input that shapes them: codec, rate, tool path,
 * the source bytes), read from the cache when an earlier run made them. What cannot be read is
 * made again and written back; a cache that cannot be written only costs the next run the time.
 */
export async function cachedEntries(
  key: readonly (string | Uint8Array)[],
  produce: () => Promise<readonly Uint8Array[]>,
  dir: string | undefined,
): Promise<readonly Uint8Array[]> {
  if (!dir) return produce();
  const hash = createHash("sha256");
  for (const part of key) hash.update(typeof part === "string" ? `${part.length}:${part}` : part);
  const path = join(dir, `${hash.digest("hex").slice(0, 32)}.pack`);
  const stored = await readStored(path);
  if (stored) return stored;
  const made = await produce();
  await writeFileAtomic(path, serialisePayloadPack(made)).catch(() => undefined);
  return made;
}

/** The entries stored at `path`, or undefined when there are none (or they do not read). */
async function readStored(path: string): Promise<Uint8Array[] | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    // Not there yet, or not readable: a cache miss, whatever the errno.
    if ((e as NodeJS.ErrnoException).code !== undefined) return undefined;
    throw e;
  }
  try {
    return parsePayloadPack(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    // Cut short by a crash, or from another version: made again and overwritten.
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}
