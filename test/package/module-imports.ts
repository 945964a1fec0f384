import { readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

/**
 * The module specifiers a JavaScript or TypeScript file imports: static imports and re-exports
 * (`import x from "m"`, `import "m"`, `export * from "m"`) and dynamic `import("m")` with a
 * literal. Type-only imports are included (callers that care read emitted JavaScript, where
 * the compiler has removed them).
 */
export function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /(?:^|[;\s])(?:import|export)\s[^"'`;]*?\sfrom\s*["']([^"']+)["']/g,
    /(?:^|[;\s])import\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The package a bare specifier names ("@scope/pkg/deep" → "@scope/pkg"); undefined for relative ones and Node's own modules. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:"))
    return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

/** Every file under `dir` (relative to it, "/"-separated) whose name passes `keep`. */
export function filesUnder(dir: string, keep: (name: string) => boolean, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return e.name === "node_modules" ? [] : filesUnder(dir, keep, rel);
    return keep(e.name) ? [rel] : [];
  });
}
