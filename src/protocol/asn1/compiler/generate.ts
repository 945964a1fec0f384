import type { AsnModule, Assignment, Component, ComponentList, Constraint, TypeNode } from "./ast.js";
import { charEncoding } from "./char-alphabet.js";
import { mergeConstraint } from "./parser.js";

/**
 * Generates one TypeScript file per ASN.1 module: a TypeScript type and a runtime descriptor
 * (src/protocol/asn1/descriptor.ts) for every type assignment, with PER-visible constraints
 * resolved and parameterised types (X.683) instantiated where they are used.
 */

/** A type node with the module its references are resolved in (set on instantiated parameters). */
type Scoped = TypeNode & { scope?: string };

export interface GeneratedFile {
  fileName: string;
  source: string;
}

/** "H323-MESSAGES" -> "h323-messages.ts" */
export function moduleFileName(module: string): string {
  return `${module.toLowerCase()}.ts`;
}

/** "H323-UserInformation" -> "H323UserInformation": ASN.1 names are unique once hyphens go. */
export function tsName(asn: string): string {
  return asn
    .split("-")
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

/** "MULTIMEDIA-SYSTEM-CONTROL" -> "MultimediaSystemControl" */
function namespaceName(module: string): string {
  return module
    .split("-")
    .map((p) => p[0]! + p.slice(1).toLowerCase())
    .join("");
}

/** The TypeScript type of an enumeration value this module version does not know. */
const UNKNOWN_ENUM = "`$unknown:$" + "{number}`";

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string) => (IDENT.test(name) ? name : JSON.stringify(name));

export function generate(modules: AsnModule[], header: string): GeneratedFile[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  return modules.map((m) => new ModuleWriter(m, byName, header).file());
}

class ModuleWriter {
  private readonly defs = new Map<string, Assignment>();
  private readonly usedModules = new Set<string>();
  private readonly usedRuntime = new Set<string>(["AsnType"]);
  private readonly usedBuilders = new Set<string>();

  constructor(
    private readonly mod: AsnModule,
    private readonly all: Map<string, AsnModule>,
    private readonly header: string,
  ) {
    for (const a of mod.assignments) this.defs.set(a.name, a);
    const seen = new Map<string, string>();
    for (const a of mod.assignments) {
      const ts = tsName(a.name);
      const other = seen.get(ts);
      if (other) throw new Error(`${mod.name}: ${a.name} and ${other} both become ${ts}`);
      seen.set(ts, a.name);
    }
  }

  file(): GeneratedFile {
    const body: string[] = [];
    for (const a of this.mod.assignments) {
      if (a.params) continue; // instantiated where used
      const name = tsName(a.name);
      body.push(
        `/** ${this.mod.name}.${a.name} (line ${a.line}) */`,
        `export type ${name} = ${this.tsType(a.type, this.mod.name, "")};`,
        `export const ${name}: AsnType = ${this.descriptor(a.type, this.mod.name, "")};`,
        "",
      );
    }
    const imports = [...this.usedModules]
      .sort()
      .map((m) => `import * as ${namespaceName(m)} from "./${moduleFileName(m).replace(/\.ts$/, ".js")}";`);
    const source = [
      this.header,
      `// ASN.1 module ${this.mod.name}`,
      "",
      `import type { ${[...this.usedRuntime].sort().join(", ")} } from "../descriptor.js";`,
      `import { ${[...this.usedBuilders].sort().join(", ")} } from "../descriptor-builders.js";`,
      ...imports,
      "",
      ...body,
    ].join("\n");
    return { fileName: moduleFileName(this.mod.name), source };
  }

  /** Finds the assignment a reference names, following IMPORTS. */
  private lookup(name: string, scope: string): { module: string; a: Assignment } {
    const m = this.all.get(scope);
    if (!m) throw new Error(`unknown module ${scope}`);
    const own = m.assignments.find((a) => a.name === name);
    if (own) return { module: scope, a: own };
    const from = m.imports.get(name);
    if (!from) throw new Error(`${scope}: ${name} is neither defined nor imported`);
    return this.lookup(name, from);
  }

  /** Instantiates a parameterised type (X.683 §9): parameters replaced by the actual types. */
  private instantiate(t: Scoped & { kind: "ref" }, scope: string): { node: Scoped; scope: string } {
    const { module, a } = this.lookup(t.name, t.scope ?? scope);
    if (!a.params) throw new Error(`${t.name} is not parameterised`);
    if (a.params.length !== t.args!.length) throw new Error(`${t.name} needs ${a.params.length} arguments`);
    const args = new Map(a.params.map((p, i) => [p, scoped(t.args![i]!, t.scope ?? scope)]));
    const node = substitute(a.type, args);
    if (t.constraint) node.constraint = mergeConstraint(node.constraint, t.constraint);
    return { node, scope: module };
  }

  /** The name a reference has from this file: local, or ModuleNamespace.Name. */
  private refName(name: string, scope: string): { ts: string; qualified: string } {
    const { module } = this.lookup(name, scope);
    if (module === this.mod.name) return { ts: tsName(name), qualified: `${module}.${name}` };
    this.usedModules.add(module);
    return { ts: `${namespaceName(module)}.${tsName(name)}`, qualified: `${module}.${name}` };
  }

  /** Follows a constrained reference down to the built-in type it constrains. */
  private base(t: Scoped & { kind: "ref" }, scope: string): { node: Scoped; scope: string } {
    let node: Scoped = t;
    let sc = scope;
    let constraint: Constraint | undefined;
    const chain: Constraint[] = [];
    while (node.kind === "ref") {
      if (node.constraint) chain.unshift(node.constraint);
      if (node.args) {
        const inst = this.instantiate({ ...node, constraint: undefined } as Scoped & { kind: "ref" }, sc);
        node = inst.node;
        sc = inst.scope;
        continue;
      }
      const { module, a } = this.lookup(node.name, node.scope ?? sc);
      node = a.type;
      sc = module;
    }
    if (node.constraint) chain.unshift(node.constraint);
    for (const c of chain) constraint = mergeConstraint(constraint, c);
    return { node: constraint ? { ...node, constraint } : node, scope: sc };
  }

  tsType(t: Scoped, scope: string, indent: string): string {
    const sc = t.scope ?? scope;
    switch (t.kind) {
      case "boolean":
        return "boolean";
      case "null":
        return "null";
      case "integer":
        return "number";
      case "objectIdentifier":
        return "string";
      case "bitString":
        this.usedRuntime.add("BitString");
        return "BitString";
      case "octetString":
        return "Uint8Array";
      case "openType":
        return t.constraint?.contained
          ? this.tsType({ kind: "ref", name: t.constraint.contained }, sc, indent)
          : "Uint8Array";
      case "charString":
        return "string";
      case "enumerated": {
        const names = [...t.root, ...(t.additions ?? [])].map((n) => JSON.stringify(n));
        if (t.additions) names.push(UNKNOWN_ENUM);
        return names.join(" | ");
      }
      case "sequenceOf":
        return `Array<${this.tsType(t.item, sc, indent)}>`;
      case "ref": {
        if (t.args) {
          const inst = this.instantiate(t, sc);
          return this.tsType(inst.node, inst.scope, indent);
        }
        return this.refName(t.name, sc).ts;
      }
      case "sequence":
        return this.tsSequence(t.components, sc, indent);
      case "choice":
        return this.tsChoice(t.components, sc, indent);
    }
  }

  private tsSequence(c: ComponentList, scope: string, indent: string): string {
    const inner = `${indent}  `;
    const lines = c.root.map(
      (f) => `${inner}${key(f.name)}${f.optional ? "?" : ""}: ${this.tsType(f.type, scope, inner)};`,
    );
    for (const f of c.additions ?? [])
      lines.push(`${inner}${key(f.name)}?: ${this.tsType(f.type, scope, inner)};`);
    if (c.additions) {
      this.usedRuntime.add("UnknownExtension");
      lines.push(`${inner}$unknown?: UnknownExtension[];`);
    }
    if (lines.length === 0) return "Record<string, never>";
    return `{\n${lines.join("\n")}\n${indent}}`;
  }

  private tsChoice(c: ComponentList, scope: string, indent: string): string {
    const inner = `${indent}  `;
    const alts = [...c.root, ...(c.additions ?? [])].map(
      (f) => `\n${inner}| { choice: ${JSON.stringify(f.name)}; value: ${this.tsType(f.type, scope, inner)} }`,
    );
    if (c.additions) {
      this.usedRuntime.add("UnknownAlternative");
      alts.push(`\n${inner}| UnknownAlternative`);
    }
    return alts.join("");
  }

  descriptor(t: Scoped, scope: string, indent: string): string {
    const sc = t.scope ?? scope;
    const c = t.constraint;
    const sz = c?.size ? `${this.use("size")}(${c.size.lb}, ${c.size.ub ?? "undefined"}, ${c.size.ext})` : "";
    switch (t.kind) {
      case "boolean":
        return this.use("bool");
      case "null":
        return this.use("nul");
      case "objectIdentifier":
        return this.use("oid");
      case "openType":
        if (!c?.contained) return `${this.use("openType")}()`;
        return `${this.use("openType")}(${this.descriptor({ kind: "ref", name: c.contained }, sc, indent)})`;
      case "integer": {
        const r = c?.range;
        const args = [r?.lb, r?.ub, r?.ext ? true : undefined];
        while (args.length && args[args.length - 1] === undefined) args.pop();
        return `${this.use("int")}(${args.map((a) => (a === undefined ? "undefined" : String(a))).join(", ")})`;
      }
      case "bitString":
        return `${this.use("bits")}(${sz})`;
      case "octetString":
        return `${this.use("octets")}(${sz})`;
      case "charString": {
        if (t.charset === "GeneralString") return `${this.use("generalString")}(${sz})`;
        const e = charEncoding(t.charset, c?.from);
        const alphabet = e.alphabet !== undefined ? JSON.stringify(e.alphabet) : "undefined";
        return `${this.use("chars")}("${t.charset}", ${sz || "undefined"}, ${e.bits}, ${alphabet}, ${e.indexed})`;
      }
      case "enumerated": {
        const adds = t.additions ? `, ${JSON.stringify(t.additions)}` : "";
        return `${this.use("enumerated")}(${JSON.stringify(t.root)}${adds})`;
      }
      case "sequenceOf":
        return `${this.use("seqOf")}(${this.descriptor(t.item, sc, indent)}${sz ? `, ${sz}` : ""})`;
      case "ref": {
        if (t.args || t.constraint) {
          const b = this.base(t, sc);
          // a constrained or instantiated type: its own descriptor, unless the constraint is
          // not PER-visible on a structured type (then the plain reference serves)
          if (t.args || !isStructured(b.node)) return this.descriptor(b.node, b.scope, indent);
        }
        const { ts, qualified } = this.refName(t.name, sc);
        return `${this.use("ref")}(${JSON.stringify(qualified)}, () => ${ts})`;
      }
      case "sequence":
        return this.fields("seq", t.components, sc, indent, true);
      case "choice":
        return this.fields("choice", t.components, sc, indent, false);
    }
  }

  private use(builder: string): string {
    this.usedBuilders.add(builder);
    return builder;
  }

  private fields(builder: string, c: ComponentList, scope: string, indent: string, seq: boolean): string {
    const inner = `${indent}  `;
    const list = (fs: Component[]) =>
      fs.length === 0
        ? "[]"
        : `[${fs.map((f) => `\n${inner}${this.field(f, scope, inner, seq)},`).join("")}\n${indent}]`;
    const adds = c.additions ? `, ${list(c.additions)}` : "";
    return `${this.use(builder)}(${list(c.root)}${adds})`;
  }

  private field(f: Component, scope: string, indent: string, seq: boolean): string {
    const args = [JSON.stringify(f.name), this.descriptor(f.type, scope, indent)];
    if (seq && (f.optional || f.defaultValue !== undefined)) args.push(String(f.optional));
    if (f.defaultValue !== undefined) args.push(JSON.stringify(f.defaultValue));
    return `${this.use("f")}(${args.join(", ")})`;
  }
}

function isStructured(t: TypeNode): boolean {
  return t.kind === "sequence" || t.kind === "choice";
}

/** Marks every reference in an actual parameter with the module it was written in. */
function scoped(t: TypeNode, scope: string): Scoped {
  return mapRefs(t, (r) => ((r as Scoped).scope ? r : { ...r, scope }));
}

function substitute(t: TypeNode, args: Map<string, Scoped>): Scoped {
  return mapRefs(t, (r) => {
    const a = !r.args ? args.get(r.name) : undefined;
    if (!a) return r;
    return r.constraint ? { ...a, constraint: mergeConstraint(a.constraint, r.constraint) } : a;
  });
}

function mapRefs(t: TypeNode, f: (r: Scoped & { kind: "ref" }) => Scoped): Scoped {
  switch (t.kind) {
    case "ref":
      return f(t.args ? { ...t, args: t.args.map((a) => mapRefs(a, f)) } : t);
    case "sequenceOf":
      return { ...t, item: mapRefs(t.item, f) };
    case "sequence":
    case "choice": {
      const list = (cs: Component[]) => cs.map((c) => ({ ...c, type: mapRefs(c.type, f) }));
      const components: ComponentList = { root: list(t.components.root) };
      if (t.components.additions) components.additions = list(t.components.additions);
      return { ...t, components };
    }
    default:
      return t;
  }
}
