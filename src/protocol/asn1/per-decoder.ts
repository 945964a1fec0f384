import { type AsnType, type Field, maxCharCode, type UnknownExtension } from "./descriptor.js";
import {
  readConstrained,
  readLengthChunk,
  readNormallySmall,
  readSemiConstrained,
  readUnconstrainedInteger,
  readUnconstrainedLength,
} from "./per-numbers.js";
import { PerReader } from "./per-reader.js";
import { readSized } from "./per-size.js";

/**
 * Aligned-PER decoder (ITU-T X.691 (02/2021)) driven by generated type descriptors.
 * Every failure is a ParseError naming the path of the value being decoded.
 */
export function decodePer(t: AsnType, data: Uint8Array, format: string): unknown {
  const r = new PerReader(data, format);
  return decodeValue(r, t);
}

/** Decodes one value at the reader's position. */
export function decodeValue(r: PerReader, t: AsnType): unknown {
  switch (t.kind) {
    case "ref":
      return decodeValue(r, t.get());
    case "boolean":
      // X.691 §12
      return r.bit();
    case "null":
      // X.691 §18: no bits
      return null;
    case "integer":
      return decodeInteger(r, t);
    case "enumerated":
      return decodeEnumerated(r, t);
    case "bitString":
      return decodeBitString(r, t);
    case "octetString":
      return decodeOctetString(r, t);
    case "charString":
      return decodeCharString(r, t);
    case "generalString":
      return latin1(decodeOctetString(r, t));
    case "objectIdentifier":
      return decodeObjectIdentifier(r);
    case "openType":
      return t.contained ? decodeOpenTypeValue(r, t.contained) : readOpenType(r);
    case "sequence":
      return decodeSequence(r, t);
    case "choice":
      return decodeChoice(r, t);
    case "sequenceOf":
      return decodeSequenceOf(r, t);
  }
}

/** X.691 §13: INTEGER. */
function decodeInteger(r: PerReader, t: Extract<AsnType, { kind: "integer" }>): number {
  if (t.ext && r.bit()) return readUnconstrainedInteger(r);
  if (t.lb !== undefined && t.ub !== undefined) return readConstrained(r, t.lb, t.ub);
  if (t.lb !== undefined) return readSemiConstrained(r, t.lb);
  return readUnconstrainedInteger(r);
}

/** X.691 §14: ENUMERATED; an unknown addition decodes as "$unknown:N". */
function decodeEnumerated(r: PerReader, t: Extract<AsnType, { kind: "enumerated" }>): string {
  if (t.additions && r.bit()) {
    const i = readNormallySmall(r);
    return t.additions[i] ?? `$unknown:${i}`;
  }
  return t.root[readConstrained(r, 0, t.root.length - 1)]!;
}

/** X.691 §16: BIT STRING. */
function decodeBitString(
  r: PerReader,
  t: Extract<AsnType, { kind: "bitString" }>,
): { bits: Uint8Array; length: number } {
  const parts: Uint8Array[] = [];
  let total = 0;
  readSized(r, t.size, (n, fixed) => {
    // §16.9: a fixed size up to 16 bits is not octet-aligned
    if (!(fixed && n <= 16) && n > 0) r.align();
    parts.push(r.bitArray(n));
    total += n;
  });
  if (parts.length === 1) return { bits: parts[0]!, length: total };
  const out = new Uint8Array((total + 7) >>> 3);
  let at = 0;
  for (const p of parts) {
    // fragments are multiples of 16K bits, so every fragment starts on an octet boundary
    out.set(p, at >>> 3);
    at += p.length * 8;
  }
  return { bits: out, length: total };
}

/** X.691 §17: OCTET STRING. */
function decodeOctetString(
  r: PerReader,
  t: { size?: Extract<AsnType, { kind: "octetString" }>["size"] },
): Uint8Array {
  const parts: Uint8Array[] = [];
  readSized(r, t.size, (n, fixed) => {
    // §17.6/§17.7: a fixed size of one or two octets is not octet-aligned
    if (fixed && n <= 2) parts.push(r.unalignedOctets(n));
    else {
      if (n > 0) r.align();
      parts.push(r.octets(n));
    }
  });
  return parts.length === 1 ? parts[0]! : concat(parts);
}

/** X.691 §30.5: known-multiplier character strings. */
function decodeCharString(r: PerReader, t: Extract<AsnType, { kind: "charString" }>): string {
  let s = "";
  readSized(r, t.size, (n, fixed) => {
    // §30.5.6-§30.5.8: a fixed size of at most 16 bits is not octet-aligned; every other
    // string is (a length determinant precedes it when the size is not fixed)
    if (!(fixed && n * t.bits <= 16) && n > 0) r.align();
    for (let i = 0; i < n; i++) {
      const v = r.bits(t.bits);
      if (t.indexed) {
        const c = t.alphabet![v];
        if (c === undefined) r.fail(`character index ${v} outside the permitted alphabet`);
        s += c;
      } else {
        const c = String.fromCharCode(v);
        if (t.alphabet !== undefined ? !t.alphabet.includes(c) : v > maxCharCode(t))
          r.fail(`character code ${v} outside the permitted alphabet`);
        s += c;
      }
    }
  });
  return s;
}

/** X.691 §24: OBJECT IDENTIFIER, a length then X.690 §8.19 contents octets. */
function decodeObjectIdentifier(r: PerReader): string {
  const n = readUnconstrainedLength(r, "object identifier");
  const b = r.octets(n);
  if (n === 0) r.fail("empty object identifier");
  const arcs: number[] = [];
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    v = v * 128 + (c & 0x7f);
    if (v > Number.MAX_SAFE_INTEGER) r.fail("object identifier arc beyond 2^53");
    if ((c & 0x80) === 0) {
      if (arcs.length === 0) {
        const first = v < 40 ? 0 : v < 80 ? 1 : 2;
        arcs.push(first, v - first * 40);
      } else arcs.push(v);
      v = 0;
    } else if (i === n - 1) r.fail("object identifier ends inside an arc");
  }
  return arcs.join(".");
}

/** X.691 §11.2: an open type, a length then a complete encoding; returns its octets. */
export function readOpenType(r: PerReader): Uint8Array {
  const parts: Uint8Array[] = [];
  for (;;) {
    const c = readLengthChunk(r);
    parts.push(r.octets(c.n));
    if (!c.more) break;
  }
  return parts.length === 1 ? parts[0]! : concat(parts);
}

/** Decodes the value inside an open type (extension additions, X.691 §19.9, §23.8). */
function decodeOpenTypeValue(r: PerReader, t: AsnType): unknown {
  r.align();
  const c = readLengthChunk(r);
  if (c.more) {
    // a fragmented open type: gather it, then decode the gathered octets
    const rest = [r.octets(c.n)];
    for (;;) {
      const d = readLengthChunk(r);
      rest.push(r.octets(d.n));
      if (!d.more) break;
    }
    const all = concat(rest);
    return decodeValue(new PerReader(all, r.format, 0, all.length * 8, 0, r.path), t);
  }
  const start = r.octetPosition;
  r.octets(c.n);
  return decodeValue(r.sub(start, c.n), t);
}

/** X.691 §19: SEQUENCE. */
function decodeSequence(r: PerReader, t: Extract<AsnType, { kind: "sequence" }>): Record<string, unknown> {
  const extended = t.additions !== undefined && r.bit();
  const root = t.root;
  // §19.2: one preamble bit per OPTIONAL or DEFAULT root component
  const bits: boolean[] = [];
  for (const f of root) if (f.optional) bits.push(r.bit());
  const out: Record<string, unknown> = {};
  let k = 0;
  for (const f of root) {
    if (f.optional && !bits[k++]) {
      if (f.defaultValue !== undefined) out[f.name] = f.defaultValue;
      continue;
    }
    out[f.name] = field(r, f);
  }
  if (extended) decodeAdditions(r, t.additions!, out);
  return out;
}

/** A SEQUENCE OF zero-bit items longer than this is refused (a 1-octet length could ask for 64K). */
const MAX_EMPTY_ITEMS = 1024;

/** Deeper nesting than any real message has; a crafted one stops here, not at the stack's end. */
const MAX_DEPTH = 64;

function enter(r: PerReader, segment: string | number): void {
  if (r.path.length >= MAX_DEPTH) r.fail(`nested deeper than ${MAX_DEPTH} levels`);
  r.path.push(segment);
}

function field(r: PerReader, f: Field): unknown {
  enter(r, f.name);
  const v = decodeValue(r, f.type);
  r.path.pop();
  return v;
}

/** §19.7-§19.9: the extension-addition bitmap, then each present addition as an open type. */
function decodeAdditions(r: PerReader, additions: readonly Field[], out: Record<string, unknown>): void {
  // §11.9.3.4 normally small length of the bitmap
  const n = r.bit() ? readUnconstrainedLength(r, "extension bitmap") : r.bits(6) + 1;
  if (n === 0) r.fail("empty extension bitmap");
  const present: boolean[] = [];
  for (let i = 0; i < n; i++) present.push(r.bit());
  let unknown: UnknownExtension[] | undefined;
  for (let i = 0; i < n; i++) {
    if (!present[i]) continue;
    const f = additions[i];
    if (f) {
      enter(r, f.name);
      out[f.name] = decodeOpenTypeValue(r, f.type);
      r.path.pop();
    } else {
      r.path.push(`$unknown[${i}]`);
      unknown = unknown ?? [];
      unknown.push({ index: i, encoding: readOpenType(r) });
      r.path.pop();
    }
  }
  if (unknown) out["$unknown"] = unknown;
}

/** X.691 §23: CHOICE. */
function decodeChoice(
  r: PerReader,
  t: Extract<AsnType, { kind: "choice" }>,
): { choice: string; value: unknown } {
  if (t.additions !== undefined && r.bit()) {
    const i = readNormallySmall(r);
    const f = t.additions[i];
    if (!f) {
      r.path.push(`$unknown[${i}]`);
      const encoding = readOpenType(r);
      r.path.pop();
      return { choice: "$unknown", value: { index: i, encoding } };
    }
    enter(r, f.name);
    const value = decodeOpenTypeValue(r, f.type);
    r.path.pop();
    return { choice: f.name, value };
  }
  const f = t.root[readConstrained(r, 0, t.root.length - 1)]!;
  return { choice: f.name, value: field(r, f) };
}

/** X.691 §20: SEQUENCE OF (and SET OF, §22). */
function decodeSequenceOf(r: PerReader, t: Extract<AsnType, { kind: "sequenceOf" }>): unknown[] {
  const out: unknown[] = [];
  readSized(r, t.size, (n) => {
    for (let i = 0; i < n; i++) {
      const before = r.bitPosition;
      enter(r, out.length);
      out.push(decodeValue(r, t.item));
      r.path.pop();
      // items that take no bits (NULL) cannot be checked against the data: bound their count
      if (r.bitPosition === before && out.length > MAX_EMPTY_ITEMS)
        r.fail(`more than ${MAX_EMPTY_ITEMS} empty items`);
    }
  });
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}
