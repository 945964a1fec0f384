import fc from "fast-check";
import { type AsnType, type Field, resolve, type SizeRange } from "../../src/protocol/asn1/descriptor.js";

/**
 * fast-check arbitraries of ASN.1 values, built from the generated descriptors, for the
 * property tests of the PER codec (against itself and against the Erlang asn1 oracle).
 * Values respect every PER-visible constraint (extensible ones are sometimes exceeded);
 * nesting is bounded: past `maxDepth` optional fields are left out, SEQUENCE OF takes its
 * minimum size and CHOICE the alternative that ends soonest, so recursive types terminate.
 */
export interface ArbitraryOptions {
  /** Nesting depth after which values are kept minimal (default 6). */
  maxDepth?: number;
  /** Longest SEQUENCE OF / string generated when the constraint allows more (default 3 / 12). */
  maxItems?: number;
  maxChars?: number;
  /** OPTIONAL fields never generated, by name (default none). */
  omitFields?: readonly string[];
}

export function arbitraryOf(t: AsnType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const o = {
    maxDepth: options.maxDepth ?? 6,
    maxItems: options.maxItems ?? 3,
    maxChars: options.maxChars ?? 12,
    omitFields: options.omitFields ?? [],
  };
  return new Builder(o).arb(t, 0);
}

class Builder {
  private readonly costs = new Map<AsnType, number>();
  constructor(private readonly o: Required<ArbitraryOptions>) {}

  arb(t0: AsnType, depth: number): fc.Arbitrary<unknown> {
    const t = resolve(t0);
    switch (t.kind) {
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "integer":
        return integer(t.lb, t.ub, t.ext === true);
      case "enumerated":
        return fc.constantFrom(...t.root, ...(t.additions ?? []));
      case "bitString":
        return this.length(t.size, 40).chain((n) =>
          fc.uint8Array({ minLength: (n + 7) >>> 3, maxLength: (n + 7) >>> 3 }).map((bits) => {
            if (n % 8 !== 0) bits[bits.length - 1]! &= (0xff << (8 - (n % 8))) & 0xff;
            return { bits, length: n };
          }),
        );
      case "openType":
        if (t.contained) return this.arb(t.contained, depth + 1);
        return this.length({ lb: 1, ext: false }, this.o.maxChars).chain((n) =>
          fc.uint8Array({ minLength: n, maxLength: n }),
        );
      case "octetString":
        return this.length(t.size, this.o.maxChars).chain((n) =>
          fc.uint8Array({ minLength: n, maxLength: n }),
        );
      case "generalString":
        return this.length(t.size, this.o.maxChars).chain((n) =>
          fc.string({
            unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)),
            minLength: n,
            maxLength: n,
          }),
        );
      case "charString": {
        const unit =
          t.alphabet !== undefined
            ? fc.constantFrom(...t.alphabet)
            : fc
                .integer({ min: 0, max: t.charset === "IA5String" ? 127 : 2 ** t.bits - 1 })
                .map((c) => String.fromCharCode(c));
        return this.length(t.size, this.o.maxChars).chain((n) =>
          fc.string({ unit, minLength: n, maxLength: n }),
        );
      }
      case "objectIdentifier":
        return objectIdentifier;
      case "sequence":
        return this.sequence(t.root, t.additions, depth);
      case "choice":
        return this.choice(t, depth);
      case "sequenceOf": {
        const deep = depth >= this.o.maxDepth;
        return this.length(t.size, deep ? 0 : this.o.maxItems).chain((n) =>
          fc.array(this.arb(t.item, depth + 1), { minLength: n, maxLength: n }),
        );
      }
    }
    throw new Error("unreachable");
  }

  /** A length within the SIZE constraint, at most `cap` above its lower bound. */
  private length(size: SizeRange | undefined, cap: number): fc.Arbitrary<number> {
    const lb = size?.lb ?? 0;
    const ub = Math.min(size?.ub ?? Number.MAX_SAFE_INTEGER, lb + cap);
    const root = fc.integer({ min: lb, max: Math.max(lb, ub) });
    if (!size?.ext) return root;
    // an extensible SIZE is sometimes exceeded (X.691 §11.9.4: the extension bit is set)
    const beyond = size.ub !== undefined ? fc.integer({ min: size.ub + 1, max: size.ub + 3 }) : root;
    return fc.oneof({ weight: 4, arbitrary: root }, { weight: 1, arbitrary: beyond });
  }

  private sequence(
    root: readonly Field[],
    additions: readonly Field[] | undefined,
    depth: number,
  ): fc.Arbitrary<unknown> {
    const deep = depth >= this.o.maxDepth;
    const parts: Record<string, fc.Arbitrary<unknown>> = {};
    const optionalKeys: string[] = [];
    const omitted = (f: Field) => f.optional === true && this.o.omitFields.includes(f.name);
    for (const f of root) {
      if (omitted(f)) continue;
      parts[f.name] = this.arb(f.type, depth + 1);
      if (f.optional) optionalKeys.push(f.name);
    }
    for (const f of additions ?? []) {
      if (omitted(f)) continue;
      parts[f.name] = this.arb(f.type, depth + 1);
      // a mandatory extension addition is always sent by an encoder of this version
      if (f.optional) optionalKeys.push(f.name);
    }
    if (deep) {
      const required: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, a] of Object.entries(parts)) if (!optionalKeys.includes(k)) required[k] = a;
      return fc.record(required);
    }
    const requiredKeys = Object.keys(parts).filter((k) => !optionalKeys.includes(k));
    return fc.record(parts, { requiredKeys });
  }

  private choice(t: Extract<AsnType, { kind: "choice" }>, depth: number): fc.Arbitrary<unknown> {
    const all = [...t.root, ...(t.additions ?? [])];
    const alts = depth >= this.o.maxDepth ? [this.cheapest(all)] : all;
    return fc.oneof(
      ...alts.map((f) => this.arb(f.type, depth + 1).map((value) => ({ choice: f.name, value }))),
    );
  }

  /** The alternative whose minimal value nests least (so recursion ends). */
  private cheapest(fields: readonly Field[]): Field {
    let best = fields[0]!;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const f of fields) {
      const c = this.cost(f.type);
      if (c < bestCost) {
        best = f;
        bestCost = c;
      }
    }
    return best;
  }

  /** Nesting of the smallest value of a type; Infinity while a cycle is being measured. */
  private cost(t0: AsnType): number {
    const t = resolve(t0);
    const known = this.costs.get(t);
    if (known !== undefined) return known;
    this.costs.set(t, Number.POSITIVE_INFINITY);
    let c = 0;
    if (t.kind === "sequence") {
      for (const f of t.root) if (!f.optional) c = Math.max(c, 1 + this.cost(f.type));
      for (const f of t.additions ?? []) if (!f.optional) c = Math.max(c, 1 + this.cost(f.type));
    } else if (t.kind === "choice") {
      c = 1 + Math.min(...[...t.root, ...(t.additions ?? [])].map((f) => this.cost(f.type)));
    } else if (t.kind === "sequenceOf") {
      c = (t.size?.lb ?? 0) > 0 ? 1 + this.cost(t.item) : 1;
    }
    this.costs.set(t, c);
    return c;
  }
}

function integer(lb: number | undefined, ub: number | undefined, ext: boolean): fc.Arbitrary<number> {
  const big = 2 ** 40;
  const lo = lb ?? -big;
  const hi = ub ?? (lb !== undefined ? lb + big : big);
  const root = fc.oneof(
    fc.constantFrom(lo, hi),
    fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number),
    fc.integer({ min: Math.max(lo, -300), max: Math.max(Math.max(lo, -300), Math.min(hi, 300)) }),
  );
  if (!ext) return root;
  // values outside an extensible range (X.691 §13.1: the extension bit, then unconstrained)
  const outside = fc.oneof(
    ...(ub !== undefined ? [fc.integer({ min: 1, max: 70000 }).map((d) => ub + d)] : []),
    ...(lb !== undefined ? [fc.integer({ min: 1, max: 70000 }).map((d) => lb - d)] : []),
  );
  return fc.oneof({ weight: 3, arbitrary: root }, { weight: 1, arbitrary: outside });
}

const objectIdentifier: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 39 }),
    fc.array(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 2 ** 32 })), {
      maxLength: 6,
    }),
  )
  .map(([a, b, rest]) => [a, b, ...rest].join("."));
