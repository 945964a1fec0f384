#!/usr/bin/env node
// Runs the built CLI. `npm install` builds it (the "prepare" script).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "cli", "main.js");
if (!existsSync(entry)) {
  process.stderr.write("vdm-test: not built yet; run `npm install` (or `npm run build`) in " + root + "\n");
  process.exit(2);
}
await import(entry);
