import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileModules } from "./index.js";

const HERE = join(import.meta.dirname, "..");

describe("ASN.1 compiler", () => {
  const texts = readdirSync(join(HERE, "modules"))
    .filter((f) => f.endsWith(".asn"))
    .sort()
    .map((f) => readFileSync(join(HERE, "modules", f), "utf8"));
  const files = compileModules(texts);

  it("writes one file per module", () => {
    expect(files.map((f) => f.fileName).sort()).toEqual([
      "h235-security-messages.ts",
      "h323-messages.ts",
      "media-traversal.ts",
      "multimedia-system-control.ts",
      "signalling-traversal.ts",
    ]);
  });

  it("the committed generated files are what the compiler writes (npm run asn1:generate)", () => {
    for (const f of files) {
      // ASN1_WRITE=1 rewrites them instead (what npm run asn1:generate does, without a build)
      if (process.env["ASN1_WRITE"] === "1") writeFileSync(join(HERE, "generated", f.fileName), f.source);
      const committed = readFileSync(join(HERE, "generated", f.fileName), "utf8");
      expect(committed === f.source, `${f.fileName} is stale: run npm run asn1:generate`).toBe(true);
    }
  });
});
