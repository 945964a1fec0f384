import {
  type AsnType,
  type BitString,
  type Field,
  maxCharCode,
  type UnknownExtension,
} from "./descriptor.js";
import {
  writeConstrained,
  writeFragmented,
  writeNormallySmall,
  writeSemiConstrained,
  writeUnconstrainedInteger,
  writeUnconstrainedLength,
} from "./per-numbers.js";
import { writeSized } from "./per-size.js";
import { PerWriter } from "./per-writer.js";
import { formatPath, type ValuePath } from "./value-path.js";

/** A value that does not fit its ASN.1 type, named by its path (e.g. "h323-uu-pdu.h245Control[0]"). */
export class AsnEncodeError extends Error {
  override readonly name = "AsnEncodeError";
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`PER encode: ${detail} (${path})`);
  }
}

/** Aligned-PER encoder (ITU-T X.691 (02/2021)) driven by generated type descriptors. */
export function encodePer(t: AsnType, value: unknown): Uint8Array {
  const e = new Encoder();
  e.value(t, value);
  return e.w.finish();
}

class Encoder {
  readonly w = new PerWriter();
  constructor(private readonly path: ValuePath = []) {}

  readonly fail: (detail: string) => never = (detail) => {
    throw new AsnEncodeError(formatPath(this.path), detail);
  };

  value(t: AsnType, v: unknown): void {
    switch (t.kind) {
      case "ref":
        this.value(t.get(), v);
        return;
      case "boolean":
        if (typeof v !== "boolean") this.fail("expected a boolean");
        this.w.bit(v);
        return;
      case "null":
        if (v !== null) this.fail("expected null");
        return;
      case "integer":
        this.integer(t, v);
        return;
      case "enumerated":
        this.enumerated(t, v);
        return;
      case "bitString":
        this.bitString(t, v);
        return;
      case "octetString":
        if (!(v instanceof Uint8Array)) this.fail("expected a Uint8Array");
        this.octetString(t.size, v);
        return;
      case "charString":
        this.charString(t, v);
        return;
      case "generalString":
        this.octetString(t.size, this.latin1(v));
        return;
      case "objectIdentifier":
        this.objectIdentifier(v);
        return;
      case "openType":
        if (t.contained) {
          this.openTypeValue(t.contained, v);
          return;
        }
        if (!(v instanceof Uint8Array)) this.fail("expected the open type's encoding as a Uint8Array");
        this.openTypeOctets(v);
        return;
      case "sequence":
        this.sequence(t, v);
        return;
      case "choice":
        this.choice(t, v);
        return;
      case "sequenceOf":
        this.sequenceOf(t, v);
        return;
    }
  }

  /** X.691 §13 */
  private integer(t: Extract<AsnType, { kind: "integer" }>, v: unknown): void {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) this.fail("expected an integer");
    const inRoot = (t.lb === undefined || v >= t.lb) && (t.ub === undefined || v <= t.ub);
    if (t.ext) {
      this.w.bit(!inRoot);
      if (!inRoot) {
        writeUnconstrainedInteger(this.w, v);
        return;
      }
    } else if (!inRoot) this.fail(`${v} outside ${t.lb ?? "MIN"}..${t.ub ?? "MAX"}`);
    if (t.lb !== undefined && t.ub !== undefined) writeConstrained(this.w, v, t.lb, t.ub);
    else if (t.lb !== undefined) writeSemiConstrained(this.w, v, t.lb);
    else writeUnconstrainedInteger(this.w, v);
  }

  /** X.691 §14 */
  private enumerated(t: Extract<AsnType, { kind: "enumerated" }>, v: unknown): void {
    if (typeof v !== "string") this.fail("expected an enumeration name");
    const i = t.root.indexOf(v);
    if (i >= 0) {
      if (t.additions) this.w.bit(false);
      writeConstrained(this.w, i, 0, t.root.length - 1);
      return;
    }
    if (!t.additions) this.fail(`"${v}" is not one of ${t.root.join(", ")}`);
    let j = t.additions.indexOf(v);
    if (j < 0 && v.startsWith("$unknown:")) j = Number(v.slice(9));
    if (!Number.isInteger(j) || j < 0) this.fail(`"${v}" is not an enumeration name`);
    this.w.bit(true);
    writeNormallySmall(this.w, j);
  }

  /** X.691 §16 */
  private bitString(t: Extract<AsnType, { kind: "bitString" }>, v: unknown): void {
    const b = v as BitString;
    if (
      typeof b !== "object" ||
      b === null ||
      !(b.bits instanceof Uint8Array) ||
      typeof b.length !== "number"
    )
      this.fail("expected { bits: Uint8Array, length }");
    if (b.bits.length * 8 < b.length) this.fail(`${b.length} bits need ${(b.length + 7) >>> 3} octets`);
    writeSized(
      this.w,
      t.size,
      b.length,
      (from, n, fixed) => {
        if (!(fixed && n <= 16) && n > 0) this.w.align();
        if (from === 0 && n === b.length) this.w.bitArray(b.bits, n);
        else this.w.bitArray(b.bits.subarray(from >>> 3), n);
      },
      this.fail,
    );
  }

  /** X.691 §17 */
  private octetString(size: Extract<AsnType, { kind: "octetString" }>["size"], v: Uint8Array): void {
    writeSized(
      this.w,
      size,
      v.length,
      (from, n, fixed) => {
        if (!(fixed && n <= 2) && n > 0) this.w.align();
        this.w.octets(from === 0 && n === v.length ? v : v.subarray(from, from + n));
      },
      this.fail,
    );
  }

  /** X.691 §30.5 */
  private charString(t: Extract<AsnType, { kind: "charString" }>, v: unknown): void {
    if (typeof v !== "string") this.fail("expected a string");
    const max = maxCharCode(t);
    writeSized(
      this.w,
      t.size,
      v.length,
      (from, n, fixed) => {
        if (!(fixed && n * t.bits <= 16) && n > 0) this.w.align();
        for (let i = from; i < from + n; i++) {
          const c = v.charCodeAt(i);
          let code = c;
          if (t.alphabet !== undefined) {
            const k = t.alphabet.indexOf(v[i]!);
            if (k < 0) this.fail(`character ${JSON.stringify(v[i])} is not in the permitted alphabet`);
            if (t.indexed) code = k;
          } else if (c > max) this.fail(`character ${JSON.stringify(v[i])} is outside ${t.charset}`);
          this.w.bits(code, t.bits);
        }
      },
      this.fail,
    );
  }

  private latin1(v: unknown): Uint8Array {
    if (typeof v !== "string") this.fail("expected a string");
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 255) this.fail("GeneralString characters must be below U+0100");
      out[i] = c;
    }
    return out;
  }

  /** X.691 §24 with X.690 §8.19 contents octets */
  private objectIdentifier(v: unknown): void {
    if (typeof v !== "string" || !/^\d+(\.\d+)+$/.test(v))
      this.fail('expected a dotted object identifier ("0.0.8.2250.0.7")');
    const arcs = v.split(".").map(Number);
    const first = arcs[0]!;
    const second = arcs[1]!;
    if (first > 2 || (first < 2 && second > 39)) this.fail(`bad first arcs ${first}.${second}`);
    const bytes: number[] = [];
    const put = (n: number) => {
      if (!Number.isSafeInteger(n)) this.fail("object identifier arc beyond 2^53");
      const groups: number[] = [n % 128];
      for (let x = Math.floor(n / 128); x > 0; x = Math.floor(x / 128)) groups.unshift((x % 128) | 0x80);
      bytes.push(...groups);
    };
    put(first * 40 + second);
    for (const a of arcs.slice(2)) put(a);
    writeUnconstrainedLength(this.w, bytes.length);
    this.w.octets(Uint8Array.from(bytes));
  }

  /** X.691 §11.2: a length determinant, then the octets, fragmented past 16K. */
  private openTypeOctets(data: Uint8Array): void {
    writeFragmented(this.w, data.length, (from, n) => {
      this.w.align();
      this.w.octets(data.subarray(from, from + n));
    });
  }

  /** The complete encoding of v as type t, written as an open type. */
  private openTypeValue(t: AsnType, v: unknown): void {
    const inner = new Encoder(this.path);
    inner.value(t, v);
    this.openTypeOctets(inner.w.finish());
  }

  private record(v: unknown): Record<string, unknown> {
    if (typeof v !== "object" || v === null || Array.isArray(v) || v instanceof Uint8Array)
      this.fail("expected an object");
    return v as Record<string, unknown>;
  }

  private push(name: string): void {
    this.path.push(name);
  }

  /** X.691 §19 */
  private sequence(t: Extract<AsnType, { kind: "sequence" }>, v: unknown): void {
    const o = this.record(v);
    const adds = t.additions;
    const unknown = o["$unknown"] as UnknownExtension[] | undefined;
    let nBitmap = 0;
    if (adds) {
      for (let i = 0; i < adds.length; i++) if (o[adds[i]!.name] !== undefined) nBitmap = i + 1;
      if (unknown) for (const u of unknown) nBitmap = Math.max(nBitmap, u.index + 1);
      this.w.bit(nBitmap > 0);
    }
    for (const f of t.root) if (f.optional) this.w.bit(o[f.name] !== undefined);
    for (const f of t.root) {
      const fv = o[f.name];
      if (fv === undefined) {
        if (!f.optional) {
          this.push(f.name);
          this.fail("missing");
        }
        continue;
      }
      this.field(f, fv);
    }
    if (nBitmap > 0) this.additions(adds!, o, unknown, nBitmap);
  }

  private field(f: Field, fv: unknown): void {
    this.push(f.name);
    this.value(f.type, fv);
    this.path.pop();
  }

  /** §19.7-§19.9 (the bitmap covers every addition this module version knows, as X.691 asks) */
  private additions(
    adds: readonly Field[],
    o: Record<string, unknown>,
    unknown: UnknownExtension[] | undefined,
    n: number,
  ): void {
    const bitmapLength = Math.max(n, adds.length);
    if (bitmapLength <= 64) {
      this.w.bit(false);
      this.w.bits(bitmapLength - 1, 6);
    } else {
      this.w.bit(true);
      writeUnconstrainedLength(this.w, bitmapLength);
    }
    const byIndex = new Map<number, Uint8Array>();
    for (const u of unknown ?? []) byIndex.set(u.index, u.encoding);
    for (let i = 0; i < bitmapLength; i++) {
      const f = adds[i];
      this.w.bit(f ? o[f.name] !== undefined : byIndex.has(i));
    }
    for (let i = 0; i < bitmapLength; i++) {
      const f = adds[i];
      if (f) {
        const fv = o[f.name];
        if (fv === undefined) continue;
        this.push(f.name);
        this.openTypeValue(f.type, fv);
        this.path.pop();
      } else {
        const enc = byIndex.get(i);
        if (enc) this.openTypeOctets(enc);
      }
    }
  }

  /** X.691 §23 */
  private choice(t: Extract<AsnType, { kind: "choice" }>, v: unknown): void {
    const o = this.record(v);
    const name = o["choice"];
    const value = o["value"];
    const i = t.root.findIndex((f) => f.name === name);
    if (i >= 0) {
      if (t.additions) this.w.bit(false);
      writeConstrained(this.w, i, 0, t.root.length - 1);
      this.field(t.root[i]!, value);
      return;
    }
    if (!t.additions) this.fail(`unknown alternative ${JSON.stringify(name)}`);
    if (name === "$unknown") {
      const u = value as UnknownExtension;
      this.w.bit(true);
      writeNormallySmall(this.w, u.index);
      this.openTypeOctets(u.encoding);
      return;
    }
    const j = t.additions.findIndex((f) => f.name === name);
    if (j < 0) this.fail(`unknown alternative ${JSON.stringify(name)}`);
    this.w.bit(true);
    writeNormallySmall(this.w, j);
    this.push(String(name));
    this.openTypeValue(t.additions[j]!.type, value);
    this.path.pop();
  }

  /** X.691 §20 */
  private sequenceOf(t: Extract<AsnType, { kind: "sequenceOf" }>, v: unknown): void {
    if (!Array.isArray(v)) this.fail("expected an array");
    writeSized(
      this.w,
      t.size,
      v.length,
      (from, n) => {
        for (let i = from; i < from + n; i++) {
          this.path.push(i);
          this.value(t.item, v[i]);
          this.path.pop();
        }
      },
      this.fail,
    );
  }
}
