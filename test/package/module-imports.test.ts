import { describe, expect, it } from "vitest";
import { importSpecifiers, packageOf } from "./module-imports.js";

describe("module import scanning (the packed-dist and test-only checks rest on it)", () => {
  it("finds static imports, re-exports, side-effect and dynamic imports", () => {
    const js = [
      'import fc from "fast-check";',
      'import { a, b } from "./a.js";',
      'import * as w from "werift/lib";',
      'export * from "./b.js";',
      'export { c } from "@scope/pkg/deep";',
      'import "./side.js";',
      'const m = await import("node:fs");',
      "const x = 1; // not an import",
    ].join("\n");
    expect(importSpecifiers(js).sort()).toEqual(
      ["./a.js", "./b.js", "./side.js", "@scope/pkg/deep", "fast-check", "node:fs", "werift/lib"].sort(),
    );
  });
  it("names the package of a bare specifier and nothing for relative or built-in ones", () => {
    expect(packageOf("werift/lib/x.js")).toBe("werift");
    expect(packageOf("@biomejs/biome")).toBe("@biomejs/biome");
    expect(packageOf("./x.js")).toBeUndefined();
    expect(packageOf("node:dgram")).toBeUndefined();
    expect(packageOf("dgram")).toBeUndefined();
  });
});
