/**
 * A validator for the part of JSON Schema (draft 2020-12) that report-schema.json uses: type,
 * const, enum, properties, required, additionalProperties, items, minimum, pattern and local $ref
 * into $defs. Any other keyword is refused, so the schema cannot silently rely on one this
 * validator ignores. Pure: data in, a list of errors out.
 */

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export interface SchemaError {
  /** JSON Pointer (RFC 6901) of the offending value; "" is the whole document. */
  readonly path: string;
  readonly message: string;
}

/** Keywords that only annotate or hold definitions. */
const ANNOTATIONS = new Set(["$schema", "$id", "$defs", "title", "description", "$comment"]);
const ASSERTIONS = new Set([
  "type",
  "const",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minimum",
  "pattern",
  "$ref",
]);

export class UnsupportedSchemaError extends Error {
  override readonly name = "UnsupportedSchemaError";
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function typeMatches(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === "number" && actual === "integer");
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith("#/")) throw new UnsupportedSchemaError(`only local $ref is supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === undefined) throw new UnsupportedSchemaError(`$ref ${ref} points nowhere`);
  return node as JsonSchema;
}

/** Validates `data` against `schema`; an empty list means it is valid. */
export function validateJson(schema: JsonSchema, data: unknown, maxErrors = 20): SchemaError[] {
  const errors: SchemaError[] = [];
  const patterns = new Map<string, RegExp>();

  function visit(s: JsonSchema, v: unknown, path: string): void {
    if (errors.length >= maxErrors) return;
    if (s === true) return;
    if (s === false) {
      errors.push({ path, message: "no value is allowed here" });
      return;
    }
    for (const k of Object.keys(s)) {
      if (!ANNOTATIONS.has(k) && !ASSERTIONS.has(k)) {
        throw new UnsupportedSchemaError(`schema keyword ${k} is not supported (at ${path || "/"})`);
      }
    }
    if (typeof s.$ref === "string") visit(resolveRef(schema, s.$ref), v, path);
    if (s.type !== undefined) {
      const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
      if (!types.some((t) => typeMatches(v, t))) {
        errors.push({ path, message: `must be ${types.join(" or ")}, is ${typeOf(v)}` });
        return;
      }
    }
    if ("const" in s && !deepEqual(v, s.const)) {
      errors.push({ path, message: `must be ${JSON.stringify(s.const)}` });
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, v))) {
      errors.push({ path, message: `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(", ")}` });
    }
    if (typeof s.minimum === "number" && typeof v === "number" && v < s.minimum) {
      errors.push({ path, message: `must be at least ${s.minimum}` });
    }
    if (typeof s.pattern === "string" && typeof v === "string") {
      let re = patterns.get(s.pattern);
      if (!re) {
        re = new RegExp(s.pattern, "u");
        patterns.set(s.pattern, re);
      }
      if (!re.test(v)) errors.push({ path, message: `does not match ${s.pattern}` });
    }
    if (typeOf(v) === "object") visitObject(s, v as Record<string, unknown>, path);
    if (Array.isArray(v) && s.items !== undefined) {
      v.forEach((item, i) => {
        visit(s.items as JsonSchema, item, pointer(path, i));
      });
    }
  }

  function visitObject(s: { readonly [k: string]: unknown }, o: Record<string, unknown>, path: string): void {
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    if (Array.isArray(s.required)) {
      for (const r of s.required as string[]) {
        if (!(r in o)) errors.push({ path, message: `lacks required property ${r}` });
      }
    }
    for (const [k, val] of Object.entries(o)) {
      const sub = props[k];
      if (sub !== undefined) visit(sub, val, pointer(path, k));
      else if (s.additionalProperties === false)
        errors.push({ path: pointer(path, k), message: "is not a property the schema knows" });
      else if (s.additionalProperties !== undefined)
        visit(s.additionalProperties as JsonSchema, val, pointer(path, k));
    }
  }

  visit(schema, data, "");
  return errors;
}
