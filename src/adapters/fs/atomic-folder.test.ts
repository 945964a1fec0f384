import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFolderAtomic } from "./atomic-folder.js";

describe("writeFolderAtomic", () => {
  it("writes every file, sub-folders included, and leaves no temporary folder", async () => {
    const out = await mkdtemp(join(tmpdir(), "vdm-folder-"));
    const dir = await writeFolderAtomic(join(out, "run"), [
      { name: "report.json", data: "{}\n" },
      { name: "snapshots/sent.png", data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(dir).toBe(join(out, "run"));
    expect(await readdir(out)).toEqual(["run"]);
    expect(await readFile(join(dir, "report.json"), "utf8")).toBe("{}\n");
    expect([...(await readFile(join(dir, "snapshots", "sent.png")))]).toEqual([1, 2, 3]);
  });

  it("a second run in the same second gets -2, never mixing files into the first", async () => {
    const out = await mkdtemp(join(tmpdir(), "vdm-folder-"));
    await writeFolderAtomic(join(out, "run"), [{ name: "a", data: "1" }]);
    const second = await writeFolderAtomic(join(out, "run"), [{ name: "b", data: "2" }]);
    expect(second).toBe(join(out, "run-2"));
    expect(await readdir(join(out, "run"))).toEqual(["a"]);
  });

  it("a write that fails midway leaves no folder at all", async () => {
    const out = await mkdtemp(join(tmpdir(), "vdm-folder-"));
    // A file and a folder of the same name: the second write fails after the first succeeded.
    await expect(
      writeFolderAtomic(join(out, "run"), [
        { name: "x", data: "1" },
        { name: "x/y", data: "2" },
      ]),
    ).rejects.toThrow();
    expect(await readdir(out)).toEqual([]);
  });

  it("refuses names that would leave the folder", async () => {
    const out = await mkdtemp(join(tmpdir(), "vdm-folder-"));
    await expect(writeFolderAtomic(join(out, "run"), [{ name: "../evil", data: "" }])).rejects.toThrow(
      /bad file name/,
    );
    expect(await readdir(out)).toEqual([]);
  });
});
