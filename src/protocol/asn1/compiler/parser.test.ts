import { describe, expect, it } from "vitest";
import { compileModules } from "./index.js";
import { AsnSyntaxError, tokenize } from "./lexer.js";
import { parseModule } from "./parser.js";

const mod = (body: string) => `T DEFINITIONS AUTOMATIC TAGS ::= BEGIN\n${body}\nEND`;

describe("ASN.1 lexer (X.680 §12)", () => {
  it("drops both comment forms, keeps hyphenated names and doubled quotes", () => {
    const toks = tokenize('h323-uu-pdu -- a comment -- INTEGER -- to the end\n/* block\n */ "a""b" ...');
    expect(toks.map((t) => t.text)).toEqual(["h323-uu-pdu", "INTEGER", 'a"b', "..."]);
    expect(toks[2]!.line).toBe(3);
  });
});

describe("ASN.1 parser", () => {
  it("reads extensible and serial constraints, FROM with ^, and an extensible INTEGER range", () => {
    const m = parseModule(
      mod(`D ::= IA5String (SIZE (1..128)) (FROM ("0123456789#*,"))
S ::= IA5String (SIZE (1) ^ FROM ("0123456789#*ABCD!"))
I ::= INTEGER (0..16383, ...)
M ::= INTEGER (1..MAX)
L ::= SEQUENCE SIZE (1..256) OF INTEGER (-5..5)`),
    );
    const [d, s, i, m2, l] = m.assignments.map((a) => a.type);
    expect(d!.constraint).toEqual({ size: { lb: 1, ub: 128, ext: false }, from: "0123456789#*," });
    expect(s!.constraint).toEqual({ size: { lb: 1, ub: 1, ext: false }, from: "0123456789#*ABCD!" });
    expect(i!.constraint).toEqual({ range: { lb: 0, ub: 16383, ext: true } });
    expect(m2!.constraint).toEqual({ range: { lb: 1, ext: false } });
    expect(l).toMatchObject({
      kind: "sequenceOf",
      constraint: { size: { lb: 1, ub: 256 } },
      item: { constraint: { range: { lb: -5, ub: 5 } } },
    });
  });

  it("numbers ENUMERATED roots by value (X.680 §20) and keeps additions in order", () => {
    const m = parseModule(mod("E ::= ENUMERATED { c (2), a (0), b, ..., z }"));
    expect(m.assignments[0]!.type).toEqual({ kind: "enumerated", root: ["a", "b", "c"], additions: ["z"] });
  });

  it("puts components after a second extension marker back in the root", () => {
    const m = parseModule(mod("Q ::= SEQUENCE { a BOOLEAN, ..., x NULL, ..., b BOOLEAN OPTIONAL }"));
    const t = m.assignments[0]!.type as {
      components: { root: { name: string }[]; additions: { name: string }[] };
    };
    expect(t.components.root.map((c) => c.name)).toEqual(["a", "b"]);
    expect(t.components.additions.map((c) => c.name)).toEqual(["x"]);
  });

  it("refuses what the codec does not implement, with the line", () => {
    expect(() => parseModule(mod("\nQ ::= SEQUENCE { a BOOLEAN, ..., [[ b NULL ]] }"))).toThrow(
      new AsnSyntaxError(3, 'extension addition groups [[ ]] are not supported, found "[["'),
    );
    expect(() => parseModule(mod("v INTEGER ::= 5"))).toThrow(/only type assignments/);
    expect(() => compileModules([mod("R ::= REAL")])).toThrow("T: REAL is neither defined nor imported");
  });
});

describe("ASN.1 generator", () => {
  it("instantiates a parameterised type with the caller's argument, resolved in the caller's module", () => {
    const lib = `L DEFINITIONS AUTOMATIC TAGS ::= BEGIN
SIGNED { ToBeSigned } ::= SEQUENCE { toBeSigned ToBeSigned, algorithm Algo } ( CONSTRAINED BY { -- sign -- } )
Algo ::= OBJECT IDENTIFIER
END`;
    const user = `U DEFINITIONS AUTOMATIC TAGS ::= BEGIN
IMPORTS SIGNED{} FROM L;
Algo ::= BOOLEAN
Token ::= SIGNED { Algo }
END`;
    const files = compileModules([lib, user]);
    const u = files.find((f) => f.fileName === "u.ts")!.source;
    // toBeSigned is U's Algo (a BOOLEAN), algorithm is L's Algo (an OBJECT IDENTIFIER)
    expect(u).toContain('f("toBeSigned", ref("U.Algo", () => Algo))');
    expect(u).toContain('f("algorithm", ref("L.Algo", () => L.Algo))');
    expect(u).toContain("toBeSigned: Algo;");
    expect(u).toContain("algorithm: L.Algo;");
  });

  it("resolves a constrained reference to a constrained copy of its base type", () => {
    const src = mod(`Digits ::= IA5String (FROM ("0123456789"))
Short ::= Digits (SIZE (1..4))`);
    const out = compileModules([src])[0]!.source;
    expect(out).toContain(
      'export const Short: AsnType = chars("IA5String", size(1, 4, false), 4, "0123456789", true);',
    );
  });
});
