import type { AsnModule } from "./ast.js";
import { type GeneratedFile, generate } from "./generate.js";
import { parseModule } from "./parser.js";

/**
 * The ASN.1 compiler: module texts in, one TypeScript file per module out (types and PER
 * descriptors). Pure; tools/asn1-generate.ts reads src/protocol/asn1/modules/*.asn and writes
 * src/protocol/asn1/generated/, and a test checks that the committed files are what it writes.
 */
export function compileModules(texts: readonly string[]): GeneratedFile[] {
  const modules: AsnModule[] = texts.map(parseModule);
  return generate(modules, GENERATED_HEADER);
}

export const GENERATED_HEADER = [
  "// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:",
  "// change the compiler or the module and run `npm run asn1:generate` (the files are committed,",
  "// and a test fails when they differ from what the compiler writes).",
].join("\n");

export type { GeneratedFile };
