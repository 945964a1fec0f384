import { type AsnType, type BitString, resolve } from "../../../src/protocol/asn1/descriptor.js";

/**
 * Writes a value of our ASN.1 representation as the Erlang term the asn1 oracle takes
 * (asn1ct with [per, maps]): SEQUENCE -> #{field => V}, CHOICE -> {alt, V}, NULL -> 'NULL',
 * OCTET STRING -> <<...>>, BIT STRING -> bitstring, OID -> tuple, character strings -> lists
 * of code points, ENUMERATED -> atom, open types with a named type -> that type's term.
 */
export function erlangTerm(t0: AsnType, v: unknown): string {
  const t = resolve(t0);
  switch (t.kind) {
    case "boolean":
      return v ? "true" : "false";
    case "null":
      return "'NULL'";
    case "integer":
      return String(v);
    case "enumerated":
      return atom(v as string);
    case "bitString":
      return bitstring(v as BitString);
    case "octetString":
      return binary(v as Uint8Array);
    case "openType":
      return t.contained ? erlangTerm(t.contained, v) : binary(v as Uint8Array);
    case "charString":
    case "generalString":
      // Erlang's asn1 writes a BMPString character above U+00FF as {0,0,Row,Cell}
      // (by UTF-16 code unit: a BMPString character is one unit, surrogates included)
      return `[${Array.from({ length: (v as string).length }, (_, i) => char((v as string).charCodeAt(i))).join(",")}]`;
    case "objectIdentifier":
      return `{${(v as string).split(".").join(",")}}`;
    case "sequence": {
      const o = v as Record<string, unknown>;
      const fields = [...t.root, ...(t.additions ?? [])].filter((f) => o[f.name] !== undefined);
      return `#{${fields.map((f) => `${atom(f.name)} => ${erlangTerm(f.type, o[f.name])}`).join(", ")}}`;
    }
    case "choice": {
      const c = v as { choice: string; value: unknown };
      const f = [...t.root, ...(t.additions ?? [])].find((x) => x.name === c.choice);
      if (!f) throw new Error(`no alternative ${c.choice}`);
      return `{${atom(c.choice)}, ${erlangTerm(f.type, c.value)}}`;
    }
    case "sequenceOf":
      return `[${(v as unknown[]).map((x) => erlangTerm(t.item, x)).join(", ")}]`;
  }
  throw new Error("unreachable");
}

function char(c: number): string {
  return c > 255 ? `{0,0,${c >>> 8},${c & 255}}` : String(c);
}

function atom(name: string): string {
  return `'${name}'`;
}

function binary(b: Uint8Array): string {
  return `<<${[...b].join(",")}>>`;
}

function bitstring(b: BitString): string {
  const whole = b.length >>> 3;
  const parts = [...b.bits.subarray(0, whole)].map(String);
  const rest = b.length % 8;
  if (rest) parts.push(`${b.bits[whole]! >>> (8 - rest)}:${rest}`);
  return `<<${parts.join(",")}>>`;
}
