import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSpecifiers, packageOf } from "./module-imports.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

interface PackedFile {
  readonly path: string;
}

// What `npm pack` would put in the tarball, built fresh: the build config compiled into a
// scratch copy of the package (a stale dist/ in the checkout proves nothing), then listed by npm
// itself. An installed vdm-test has no devDependencies, so no shipped module may import one.
describe("the packed package (npm pack)", () => {
  let stage = "";
  let files: string[] = [];

  beforeAll(async () => {
    stage = mkdtempSync(join(tmpdir(), "vdm-test-pack-"));
    await run(
      process.execPath,
      [
        join(ROOT, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        join(ROOT, "tsconfig.build.json"),
        "--outDir",
        join(stage, "dist"),
      ],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    writeFileSync(join(stage, "package.json"), readFileSync(join(ROOT, "package.json")));
    cpSync(join(ROOT, "bin"), join(stage, "bin"), { recursive: true });
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: stage,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as [{ files: PackedFile[] }];
    files = packed.files.map((f) => f.path);
  }, 600_000);

  afterAll(() => {
    if (stage) rmSync(stage, { recursive: true, force: true });
  });

  it("ships the CLI, and no test file or test support", () => {
    expect(files).toContain("dist/src/cli/main.js");
    expect(files).toContain("bin/vdm-test.js");
    expect(files.filter((f) => /\.test\.js$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith("dist/test/"))).toEqual([]);
  });

  it("no shipped module imports a devDependency, and every package it imports is a dependency", () => {
    const dev = new Set(Object.keys(pkg.devDependencies ?? {}));
    const runtime = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.optionalDependencies ?? {}),
    ]);
    const js = files.filter((f) => f.endsWith(".js") && f.startsWith("dist/"));
    expect(js.length).toBeGreaterThan(100);
    const devImports: string[] = [];
    const undeclared: string[] = [];
    for (const f of js) {
      for (const spec of importSpecifiers(readFileSync(join(stage, f), "utf8"))) {
        const name = packageOf(spec);
        if (name === undefined) continue;
        if (dev.has(name)) devImports.push(`${f} imports ${spec}`);
        else if (!runtime.has(name)) undeclared.push(`${f} imports ${spec}`);
      }
    }
    expect(devImports).toEqual([]);
    expect(undeclared).toEqual([]);
  });
});
