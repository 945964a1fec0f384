import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedEntries, startUpCacheDir } from "./start-up-cache.js";

describe("start-up cache", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const entries = [Uint8Array.of(1, 2, 3), Uint8Array.of()];
  const counting = () => {
    const calls = { n: 0 };
    const produce = async () => {
      calls.n++;
      return entries;
    };
    return { calls, produce };
  };

  it("makes the entries once per key and reads them back after", async () => {
    dir = await mkdtemp(join(tmpdir(), "vdm-cache-"));
    const { calls, produce } = counting();
    const key = ["audio", Uint8Array.of(9, 9)];
    expect((await cachedEntries(key, produce, dir)).map((e) => [...e])).toEqual([[1, 2, 3], []]);
    expect((await cachedEntries(key, produce, dir)).map((e) => [...e])).toEqual([[1, 2, 3], []]);
    expect(calls.n).toBe(1);
    // Another key (a different source byte) is made anew.
    await cachedEntries(["audio", Uint8Array.of(9, 8)], produce, dir);
    expect(calls.n).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith(".pack"))).toHaveLength(2);
  });

  it("makes again what does not read (a cut-short file) and repairs it", async () => {
    dir = await mkdtemp(join(tmpdir(), "vdm-cache-"));
    const { calls, produce } = counting();
    await cachedEntries(["k"], produce, dir);
    const [file] = await readdir(dir);
    await writeFile(join(dir, file!), Uint8Array.of(0x56, 0x44, 0x50));
    expect((await cachedEntries(["k"], produce, dir)).map((e) => [...e])).toEqual([[1, 2, 3], []]);
    expect(calls.n).toBe(2);
    await cachedEntries(["k"], produce, dir);
    expect(calls.n).toBe(2);
  });

  it("without a folder (VDM_CACHE_DIR=off) always makes them, and names the folder otherwise", async () => {
    const { calls, produce } = counting();
    await cachedEntries(["k"], produce, undefined);
    await cachedEntries(["k"], produce, undefined);
    expect(calls.n).toBe(2);
    expect(startUpCacheDir({ VDM_CACHE_DIR: "off" })).toBeUndefined();
    expect(startUpCacheDir({ VDM_CACHE_DIR: "/x/c" })).toBe("/x/c");
    expect(startUpCacheDir({ XDG_CACHE_HOME: "/x" })).toBe(join("/x", "vdm-test"));
  });
});
