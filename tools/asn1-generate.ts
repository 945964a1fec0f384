/**
 * Regenerates src/protocol/asn1/generated/*.ts from src/protocol/asn1/modules/*.asn.
 * Run with `npm run asn1:generate`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileModules } from "../src/protocol/asn1/compiler/index.js";

const root = process.argv[2] ?? ".";
const modulesDir = join(root, "src/protocol/asn1/modules");
const outDir = join(root, "src/protocol/asn1/generated");
const texts = readdirSync(modulesDir)
  .filter((f) => f.endsWith(".asn"))
  .sort()
  .map((f) => readFileSync(join(modulesDir, f), "utf8"));
for (const f of compileModules(texts)) {
  writeFileSync(join(outDir, f.fileName), f.source);
  process.stdout.write(`wrote ${join(outDir, f.fileName)}\n`);
}
