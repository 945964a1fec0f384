import type {
  AsnModule,
  Assignment,
  CharStringKind,
  Component,
  ComponentList,
  Constraint,
  TypeNode,
} from "./ast.js";
import { AsnSyntaxError, type Token, tokenize } from "./lexer.js";

const CHAR_STRINGS: readonly CharStringKind[] = [
  "IA5String",
  "PrintableString",
  "NumericString",
  "VisibleString",
  "BMPString",
  "GeneralString",
];

/** Parses one ASN.1 module (X.680 §13) of the subset the H.323 modules use. */
export function parseModule(text: string): AsnModule {
  return new Parser(tokenize(text)).module();
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(k = 0): Token | undefined {
    return this.toks[this.i + k];
  }
  private line(): number {
    return this.peek()?.line ?? this.toks[this.toks.length - 1]?.line ?? 0;
  }
  private fail(detail: string): never {
    const t = this.peek();
    throw new AsnSyntaxError(this.line(), `${detail}, found ${t ? `"${t.text}"` : "end of text"}`);
  }
  private is(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.text === text && (t.kind === "word" || t.kind === "symbol");
  }
  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }
  private expect(text: string): void {
    if (!this.accept(text)) this.fail(`expected "${text}"`);
  }
  private word(): string {
    const t = this.peek();
    if (t?.kind !== "word") this.fail("expected a name");
    this.i++;
    return t.text;
  }
  private number(): number {
    const neg = this.accept("-");
    const t = this.peek();
    if (t?.kind !== "number") this.fail("expected a number");
    this.i++;
    const v = Number(t.text);
    return neg ? -v : v;
  }
  /** Skips a balanced { ... } block (object identifiers, WITH COMPONENTS, CONSTRAINED BY). */
  private skipBraces(): void {
    this.expect("{");
    let depth = 1;
    while (depth > 0) {
      const t = this.peek();
      if (!t) this.fail("unbalanced braces");
      this.i++;
      if (t.text === "{" && t.kind === "symbol") depth++;
      else if (t.text === "}" && t.kind === "symbol") depth--;
    }
  }

  module(): AsnModule {
    const name = this.word();
    if (this.is("{")) this.skipBraces();
    this.expect("DEFINITIONS");
    if (this.accept("AUTOMATIC")) this.expect("TAGS");
    else if (!this.is("::=")) this.fail("only AUTOMATIC TAGS modules are supported");
    this.expect("::=");
    this.expect("BEGIN");
    const imports = new Map<string, string>();
    if (this.accept("EXPORTS")) {
      while (!this.accept(";")) this.i++;
    }
    if (this.accept("IMPORTS")) this.imports(imports);
    const assignments: Assignment[] = [];
    while (!this.is("END")) assignments.push(this.assignment());
    this.expect("END");
    return { name, imports, assignments };
  }

  private imports(into: Map<string, string>): void {
    let symbols: string[] = [];
    while (!this.accept(";")) {
      if (this.accept("FROM")) {
        const from = this.word();
        if (this.is("{")) this.skipBraces();
        for (const s of symbols) into.set(s, from);
        symbols = [];
        continue;
      }
      symbols.push(this.word());
      if (this.accept("{")) this.expect("}");
      this.accept(",");
    }
    if (symbols.length) this.fail(`imports without FROM: ${symbols.join(", ")}`);
  }

  private assignment(): Assignment {
    const line = this.line();
    const name = this.word();
    if (!/^[A-Z]/.test(name)) this.fail(`only type assignments are supported ("${name}")`);
    let params: string[] | undefined;
    if (this.accept("{")) {
      params = [this.word()];
      while (this.accept(",")) params.push(this.word());
      this.expect("}");
    }
    this.expect("::=");
    const type = this.type();
    return params ? { name, params, type, line } : { name, type, line };
  }

  private type(): TypeNode {
    const t = this.bareType();
    while (this.is("(")) {
      const c = this.constraint();
      t.constraint = mergeConstraint(t.constraint, c);
    }
    return t;
  }

  private bareType(): TypeNode {
    const w = this.word();
    switch (w) {
      case "BOOLEAN":
        return { kind: "boolean" };
      case "NULL":
        return { kind: "null" };
      case "INTEGER":
        if (this.is("{")) this.fail("named numbers are not supported");
        return { kind: "integer" };
      case "OBJECT":
        this.expect("IDENTIFIER");
        return { kind: "objectIdentifier" };
      case "BIT":
        this.expect("STRING");
        if (this.is("{")) this.skipBraces(); // named bits are not PER-visible
        return { kind: "bitString" };
      case "OCTET":
        this.expect("STRING");
        return { kind: "octetString" };
      case "ENUMERATED":
        return this.enumerated();
      case "CHOICE":
        return { kind: "choice", components: this.components(false) };
      case "SEQUENCE":
      case "SET":
        return this.sequenceOrSet(w === "SET");
      case "TYPE-IDENTIFIER":
        this.expect(".");
        this.expect("&");
        this.expect("Type");
        return { kind: "openType" };
      default:
        if ((CHAR_STRINGS as readonly string[]).includes(w))
          return { kind: "charString", charset: w as CharStringKind };
        if (!/^[A-Z]/.test(w)) this.fail(`expected a type, not "${w}"`);
        if (this.accept("{")) {
          const args = [this.type()];
          while (this.accept(",")) args.push(this.type());
          this.expect("}");
          return { kind: "ref", name: w, args };
        }
        return { kind: "ref", name: w };
    }
  }

  private sequenceOrSet(set: boolean): TypeNode {
    if (this.is("{")) {
      if (set) this.fail("SET is not supported (only SET OF)");
      return { kind: "sequence", components: this.components(true) };
    }
    let size: Constraint["size"];
    if (this.is("SIZE")) {
      size = this.sizeConstraint();
    } else if (this.is("(")) {
      size = this.constraint().size;
    }
    this.expect("OF");
    const item = this.type();
    const t: TypeNode = { kind: "sequenceOf", set, item };
    if (size) t.constraint = { size };
    return t;
  }

  private enumerated(): TypeNode {
    this.expect("{");
    const root: { name: string; value?: number }[] = [];
    let additions: { name: string; value?: number }[] | undefined;
    for (;;) {
      if (this.accept("...")) {
        if (additions) this.fail("a second extension marker in ENUMERATED");
        additions = [];
      } else {
        const name = this.word();
        let value: number | undefined;
        if (this.accept("(")) {
          value = this.number();
          this.expect(")");
        }
        (additions ?? root).push(value === undefined ? { name } : { name, value });
      }
      if (this.accept("}")) break;
      this.expect(",");
    }
    // X.680 §20.3: an enumeration without numbers is numbered in order, skipping taken ones;
    // X.691 §14: the root is encoded by its index in ascending value order.
    const taken = new Set(root.filter((e) => e.value !== undefined).map((e) => e.value!));
    let next = 0;
    const numbered = root.map((e) => {
      if (e.value !== undefined) return { name: e.name, value: e.value };
      while (taken.has(next)) next++;
      taken.add(next);
      return { name: e.name, value: next };
    });
    numbered.sort((a, b) => a.value - b.value);
    const t: TypeNode = { kind: "enumerated", root: numbered.map((e) => e.name) };
    if (additions) t.additions = additions.map((e) => e.name);
    return t;
  }

  private components(allowOptional: boolean): ComponentList {
    this.expect("{");
    const root: Component[] = [];
    let additions: Component[] | undefined;
    let markers = 0;
    if (this.accept("}")) return { root };
    for (;;) {
      if (this.accept("...")) {
        markers++;
        if (markers > 2) this.fail("more than two extension markers");
        if (markers === 1) additions = [];
      } else if (this.is("[[")) {
        this.fail("extension addition groups [[ ]] are not supported");
      } else {
        const c = this.component(allowOptional);
        if (markers === 1) additions!.push(c);
        else root.push(c);
      }
      if (this.accept("}")) break;
      this.expect(",");
    }
    return additions ? { root, additions } : { root };
  }

  private component(allowOptional: boolean): Component {
    const name = this.word();
    if (!/^[a-z]/.test(name)) this.fail(`expected a component name, not "${name}"`);
    const type = this.type();
    const c: Component = { name, type, optional: false };
    if (allowOptional && this.accept("OPTIONAL")) c.optional = true;
    else if (allowOptional && this.accept("DEFAULT")) {
      c.optional = true;
      const t = this.peek();
      if (t?.kind === "number" || this.is("-")) c.defaultValue = this.number();
      else {
        const w = this.word();
        c.defaultValue = w === "TRUE" ? true : w === "FALSE" ? false : w;
      }
    }
    return c;
  }

  private sizeConstraint(): Constraint["size"] {
    this.expect("SIZE");
    const inner = this.constraint();
    if (!inner.range || inner.range.lb === undefined) this.fail("SIZE needs a lower bound");
    const size: NonNullable<Constraint["size"]> = { lb: inner.range.lb, ext: inner.range.ext };
    if (inner.range.ub !== undefined) size.ub = inner.range.ub;
    return size;
  }

  /** One parenthesised constraint: "( elementSet [, ...] )" (X.680 §49-§51). */
  private constraint(): Constraint {
    this.expect("(");
    let c = this.elements();
    if (this.accept(",")) {
      this.expect("...");
      if (this.accept(",")) this.fail("additional constraint elements are not supported");
      if (c.range) c = { ...c, range: { ...c.range, ext: true } };
      else if (c.size) c = { ...c, size: { ...c.size, ext: true } };
    }
    this.expect(")");
    return c;
  }

  /** Intersections ("^") of constraint elements. */
  private elements(): Constraint {
    let c = this.element();
    while (this.accept("^")) c = mergeConstraint(c, this.element());
    if (this.is("|") || this.is("UNION")) this.fail("constraint unions are not supported");
    return c;
  }

  private element(): Constraint {
    if (this.is("SIZE")) return { size: this.sizeConstraint()! };
    if (this.accept("FROM")) {
      const inner = this.constraintStrings();
      return { from: inner };
    }
    if (this.accept("WITH")) {
      // WITH COMPONENTS is not PER-visible (X.691 §10.3.6)
      this.expect("COMPONENTS");
      this.skipBraces();
      return {};
    }
    if (this.accept("CONSTRAINED")) {
      // user-defined constraints are not PER-visible (X.691 §10.3.4)
      this.expect("BY");
      this.skipBraces();
      return {};
    }
    if (this.is("(")) return this.constraint();
    const t = this.peek();
    if (t?.kind === "word" && /^[A-Z]/.test(t.text) && t.text !== "MIN" && t.text !== "MAX") {
      // a contained subtype, e.g. TYPE-IDENTIFIER.&Type (ClearToken): not PER-visible
      // (X.691 §10.3.5), it says what the open type carries
      this.i++;
      return { contained: t.text };
    }
    const lb = this.accept("MIN") ? undefined : this.number();
    if (!this.accept("..")) {
      if (lb === undefined) this.fail("MIN needs a range");
      return { range: { lb, ub: lb, ext: false } };
    }
    const ub = this.accept("MAX") ? undefined : this.number();
    const range: NonNullable<Constraint["range"]> = { ext: false };
    if (lb !== undefined) range.lb = lb;
    if (ub !== undefined) range.ub = ub;
    return { range };
  }

  /** The characters of a FROM constraint: ( "abc" ) or ( "a".."z" ), intersected or joined. */
  private constraintStrings(): string {
    this.expect("(");
    let chars = "";
    for (;;) {
      const t = this.peek();
      if (t?.kind !== "string") this.fail("expected a character string in FROM");
      this.i++;
      if (this.accept("..")) {
        const u = this.peek();
        if (u?.kind !== "string" || t.text.length !== 1 || u.text.length !== 1)
          this.fail("bad character range");
        this.i++;
        for (let c = t.text.charCodeAt(0); c <= u.text.charCodeAt(0); c++) chars += String.fromCharCode(c);
      } else chars += t.text;
      if (!this.accept("|")) break;
    }
    this.expect(")");
    return chars;
  }
}

/** Serially applied constraints intersect (X.680 §49.4; X.691 §10.3.8). */
export function mergeConstraint(a: Constraint | undefined, b: Constraint): Constraint {
  if (!a) return b;
  const out: Constraint = { ...a };
  if (b.range) out.range = out.range ? intersect(out.range, b.range) : b.range;
  if (b.size) {
    const s = out.size ? intersect(out.size, b.size) : b.size;
    out.size = { ...s, lb: s.lb ?? 0 };
  }
  if (b.contained !== undefined) out.contained = b.contained;
  if (b.from !== undefined) {
    out.from = out.from === undefined ? b.from : [...b.from].filter((ch) => out.from!.includes(ch)).join("");
  }
  return out;
}

function intersect<T extends { lb?: number; ub?: number; ext: boolean }>(a: T, b: T): T {
  const lb = a.lb === undefined ? b.lb : b.lb === undefined ? a.lb : Math.max(a.lb, b.lb);
  const ub = a.ub === undefined ? b.ub : b.ub === undefined ? a.ub : Math.min(a.ub, b.ub);
  // X.691 §10.3.9 (simplified): the last constraint's extensibility is the one that counts.
  const out = { ext: b.ext } as T;
  if (lb !== undefined) out.lb = lb;
  if (ub !== undefined) out.ub = ub;
  return out;
}
