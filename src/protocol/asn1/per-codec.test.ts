import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryOf } from "../../../test/support/asn1-arbitraries.js";
import { ParseError } from "../parse-error.js";
import type { AsnType } from "./descriptor.js";
import {
  AsnEncodeError,
  h323UserInformation,
  multimediaSystemControlMessage,
  perCodec,
  rasMessage,
} from "./index.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => new Uint8Array(Buffer.from(h.replace(/ /g, ""), "hex"));
const int = (lb?: number, ub?: number, ext = false): AsnType => ({ kind: "integer", lb, ub, ext });
const seq = (...fields: [string, AsnType, boolean?][]): AsnType => ({
  kind: "sequence",
  root: fields.map(([name, type, optional]) => ({ name, type, optional })),
});

/** Encodes, checks the bytes, decodes back to the same value. */
function golden(t: AsnType, value: unknown, expected: string): void {
  const c = perCodec<unknown>("T", t);
  expect(hex(c.encode(value))).toBe(expected.replace(/ /g, ""));
  expect(c.decode(bytes(expected))).toEqual(value);
}

describe("X.691 whole numbers and lengths (golden bytes)", () => {
  it("§11.5.7.1 bit-field case: INTEGER (0..7) takes 3 bits", () => golden(int(0, 7), 5, "a0"));
  it("§11.5.7.2 one-octet case: INTEGER (0..255) after a BOOLEAN is octet-aligned", () =>
    golden(seq(["b", { kind: "boolean" }], ["i", int(0, 255)]), { b: true, i: 200 }, "80 c8"));
  it("§11.5.7.3 two-octet case: INTEGER (0..65535)", () => golden(int(0, 65535), 0x1234, "1234"));
  it("§11.5.7.4 indefinite-length case: INTEGER (0..4294967295), octet count in 2 bits", () => {
    golden(int(0, 4294967295), 5, "00 05");
    golden(int(0, 4294967295), 0x10000, "80 010000");
    golden(int(0, 4294967295), 4294967295, "c0 ffffffff");
  });
  it("§13.1 extensible INTEGER (0..16383, ...): extension bit, then unconstrained", () => {
    golden(int(0, 16383, true), 3, "00 0003");
    golden(int(0, 16383, true), 70000, "80 03 011170");
  });
  it("§11.7 semi-constrained INTEGER (1..MAX) and §11.8 unconstrained INTEGER", () => {
    golden(int(1), 1, "01 00");
    golden(int(), -1, "01 ff");
    golden(int(), 128, "02 0080");
    golden(int(), -129, "02 ff7f");
  });
  it("§11.9.3.6-§11.9.3.8 length determinants: 1 octet, 2 octets, 16K fragments", () => {
    const os: AsnType = { kind: "octetString" };
    const c = perCodec<Uint8Array>("OCTET STRING", os);
    expect(hex(c.encode(new Uint8Array(5)))).toBe("050000000000");
    expect(hex(c.encode(new Uint8Array(200)).subarray(0, 2))).toBe("80c8");
    const big = Uint8Array.from({ length: 16384 * 5 + 10 }, (_, i) => i & 0xff);
    const enc = c.encode(big);
    // 4 x 16K fragment, 1 x 16K fragment, then the last 10 octets with their own length
    expect(enc[0]).toBe(0xc4);
    expect(enc[1 + 4 * 16384]).toBe(0xc1);
    expect(enc[2 + 5 * 16384]).toBe(10);
    expect(enc.length).toBe(3 + big.length);
    expect(c.decode(enc)).toEqual(big);
  });
  it("§17.6 OCTET STRING (SIZE(2)) after one bit is not aligned; §17.8 a variable one is", () => {
    golden(
      seq(["b", { kind: "boolean" }], ["o", { kind: "octetString", size: { lb: 2, ub: 2, ext: false } }]),
      { b: true, o: bytes("ffff") },
      "ffff80",
    );
    golden(
      seq(["b", { kind: "boolean" }], ["o", { kind: "octetString", size: { lb: 1, ub: 4, ext: false } }]),
      { b: true, o: bytes("ab") },
      "80 ab",
    );
  });
  it("§16 BIT STRING (SIZE(0..2048)): a two-octet length (§11.5.7.3), then aligned bits", () =>
    golden(
      { kind: "bitString", size: { lb: 0, ub: 2048, ext: false } },
      { bits: bytes("a0"), length: 3 },
      "0003 a0",
    ));
  it("§24 OBJECT IDENTIFIER: a length, then X.690 contents", () =>
    golden({ kind: "objectIdentifier" }, "0.0.8.2250.0.4", "06 0008914a0004"));
  it('§30.5.4 permitted alphabet FROM ("0123456789#*,"): 4-bit indexes into the sorted alphabet', () => {
    const digits: AsnType = {
      kind: "charString",
      charset: "IA5String",
      size: { lb: 1, ub: 128, ext: false },
      bits: 4,
      alphabet: "#*,0123456789",
      indexed: true,
    };
    // length 3 as 7 bits (1..128), aligned, then "1" = 4, "2" = 5, "#" = 0
    golden(digits, "12#", "04 45 00");
  });
  it("§19.7 extension additions: bitmap of every known addition, each an open type", () => {
    const t: AsnType = {
      kind: "sequence",
      root: [{ name: "a", type: int(0, 1) }],
      additions: [
        { name: "b", type: { kind: "boolean" }, optional: true },
        { name: "c", type: int(0, 255), optional: true },
      ],
    };
    golden(t, { a: 1 }, "40");
    // ext, a, bitmap length 2 (normally small: 0 000001), bitmap 01, then c as an open type
    golden(t, { a: 1, c: 7 }, "c0 a0 0107");
  });
  it("§23 CHOICE: root index, extension alternatives as normally small number + open type", () => {
    const t: AsnType = {
      kind: "choice",
      root: [
        { name: "x", type: { kind: "null" } },
        { name: "y", type: int(0, 3) },
      ],
      additions: [{ name: "z", type: { kind: "boolean" } }],
    };
    golden(t, { choice: "y", value: 2 }, "60");
    golden(t, { choice: "z", value: true }, "80 0180");
  });
});

describe("extension additions a newer peer sends are kept and re-encoded", () => {
  const newer: AsnType = {
    kind: "sequence",
    root: [{ name: "a", type: int(0, 7) }],
    additions: [
      { name: "b", type: { kind: "boolean" }, optional: true },
      { name: "c", type: { kind: "octetString" }, optional: true },
    ],
  };
  const older: AsnType = {
    kind: "sequence",
    root: [{ name: "a", type: int(0, 7) }],
    additions: [{ name: "b", type: { kind: "boolean" }, optional: true }],
  };

  it("an unknown SEQUENCE addition comes back as $unknown and goes out as it came (X.691 §19.9)", () => {
    const value = { a: 3, b: true, c: bytes("0102") };
    const wire = perCodec("New", newer).encode(value);
    const seen = perCodec<Record<string, unknown>>("Old", older).decode(wire);
    expect(seen).toEqual({ a: 3, b: true, $unknown: [{ index: 1, encoding: bytes("020102") }] });
    const again = perCodec("Old", older).encode(seen);
    expect(hex(again)).toBe(hex(wire));
    expect(perCodec("New", newer).decode(again)).toEqual(value);
  });

  it("an unknown CHOICE alternative and ENUMERATED value decode and re-encode (X.691 §23.8, §14.3)", () => {
    const newChoice: AsnType = {
      kind: "choice",
      root: [{ name: "x", type: { kind: "null" } }],
      additions: [
        { name: "y", type: { kind: "null" } },
        { name: "z", type: int(0, 255) },
      ],
    };
    const oldChoice: AsnType = {
      kind: "choice",
      root: [{ name: "x", type: { kind: "null" } }],
      additions: [{ name: "y", type: { kind: "null" } }],
    };
    const wire = perCodec("New", newChoice).encode({ choice: "z", value: 9 });
    const seen = perCodec("Old", oldChoice).decode(wire);
    expect(seen).toEqual({ choice: "$unknown", value: { index: 1, encoding: bytes("09") } });
    expect(hex(perCodec("Old", oldChoice).encode(seen))).toBe(hex(wire));

    const newEnum: AsnType = { kind: "enumerated", root: ["a", "b"], additions: ["c", "d"] };
    const oldEnum: AsnType = { kind: "enumerated", root: ["a", "b"], additions: ["c"] };
    const e = perCodec("New", newEnum).encode("d");
    expect(perCodec("Old", oldEnum).decode(e)).toBe("$unknown:1");
    expect(hex(perCodec("Old", oldEnum).encode("$unknown:1"))).toBe(hex(e));
  });
});

describe("errors name the path", () => {
  it("an encode of a value that does not fit names its path", () => {
    expect(() =>
      multimediaSystemControlMessage.encode({
        choice: "request",
        value: {
          choice: "masterSlaveDetermination",
          value: { terminalType: 300, statusDeterminationNumber: 1 },
        },
      }),
    ).toThrow(new AsnEncodeError("request.masterSlaveDetermination.terminalType", "300 outside 0..255"));
  });
  it("a decode past the end is a ParseError with the field being read", () => {
    let err: unknown;
    try {
      multimediaSystemControlMessage.decode(bytes("0100"));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).field).toBe("request.masterSlaveDetermination.terminalType");
  });
  it("refuses nesting deeper than any message has, and a long run of empty items", () => {
    type Node = { kind: "choice"; root: { name: string; type: AsnType }[] };
    const node: Node = { kind: "choice", root: [] };
    node.root.push({ name: "leaf", type: { kind: "null" } }, { name: "deeper", type: node as AsnType });
    const deep = new Uint8Array(20).fill(0xff);
    expect(() => perCodec("Nest", node as AsnType).decode(deep)).toThrow(/nested deeper than 64 levels/);
    const nulls: AsnType = { kind: "sequenceOf", item: { kind: "null" } };
    expect(() => perCodec("Nulls", nulls).decode(bytes("c4"))).toThrow(/more than 1024 empty items/);
  });
});

const codecs = [rasMessage, h323UserInformation, multimediaSystemControlMessage] as const;

describe("X.691 aligned PER property tests (no oracle)", () => {
  for (const c of codecs) {
    it(`${c.name}: decode(encode(v)) = v for random values`, () => {
      fc.assert(
        fc.property(arbitraryOf(c.type), (v) => {
          expect(c.decode(c.encode(v as never))).toEqual(v);
        }),
        { numRuns: 60 },
      );
    });
  }
});
