import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, importSpecifiers } from "./module-imports.js";

const ROOT = join(import.meta.dirname, "..", "..");
const isTest = (f: string) => f.endsWith(".test.ts") || f.startsWith("test/");

/** Repository-relative .ts files each file imports (relative specifiers, ".js" written for ".ts"). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const targets = importSpecifiers(readFileSync(join(ROOT, f), "utf8"))
      .filter((s) => s.startsWith("."))
      .map((s) =>
        normalize(join(dirname(f), s))
          .replace(/\\/g, "/")
          .replace(/\.js$/, ".ts"),
      )
      .filter((t) => known.has(t));
    graph.set(f, targets);
  }
  return graph;
}

function reachable(graph: Map<string, string[]>, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(graph.get(f) ?? []));
  }
  return seen;
}

// Test-only code lives under test/: a module in src/ that only tests reach would ship in dist
// for nothing (and may drag a devDependency along). Shipped roots: the CLI, the benchmark
// (dist/bench ships too) and the barrels that name a protocol's public surface.
describe("test-only code lives under test/", () => {
  const ts = (n: string) => n.endsWith(".ts");
  const files = [
    ...filesUnder(join(ROOT, "src"), ts).map((f) => `src/${f}`),
    ...filesUnder(join(ROOT, "bench"), ts).map((f) => `bench/${f}`),
    ...filesUnder(join(ROOT, "test"), ts).map((f) => `test/${f}`),
  ];
  const graph = importGraph(files);

  it("every src module reached from a test is reached from the shipped code too", () => {
    const shipped = reachable(
      graph,
      files.filter(
        (f) => f === "src/cli/main.ts" || (f.startsWith("bench/") && !isTest(f)) || f.endsWith("/index.ts"),
      ),
    );
    const fromTests = reachable(graph, files.filter(isTest));
    const testOnly = [...fromTests].filter((f) => f.startsWith("src/") && !isTest(f) && !shipped.has(f));
    expect(shipped.has("src/app/call/run-call.ts")).toBe(true);
    expect(testOnly.sort()).toEqual([]);
  });

  it("no shipped module imports from test/", () => {
    const intoTest = files
      .filter((f) => !isTest(f))
      .flatMap((f) => (graph.get(f) ?? []).filter((t) => t.startsWith("test/")).map((t) => `${f} -> ${t}`));
    expect(intoTest).toEqual([]);
  });
});
