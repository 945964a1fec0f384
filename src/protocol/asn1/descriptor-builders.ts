import type { AsnType, Field, SizeRange } from "./descriptor.js";

/**
 * Short constructors of descriptors, used by the generated files: they read better than
 * object literals, and a call with declared types costs the type checker far less than a
 * large literal checked against the AsnType union.
 */
export const bool: AsnType = { kind: "boolean" };
export const nul: AsnType = { kind: "null" };
export const oid: AsnType = { kind: "objectIdentifier" };

export function size(lb: number, ub: number | undefined, ext: boolean): SizeRange {
  return ub === undefined ? { lb, ext } : { lb, ub, ext };
}

export function int(lb?: number, ub?: number, ext?: boolean): AsnType {
  const t: { kind: "integer"; lb?: number; ub?: number; ext?: boolean } = { kind: "integer" };
  if (lb !== undefined) t.lb = lb;
  if (ub !== undefined) t.ub = ub;
  if (ext) t.ext = true;
  return t;
}

export function enumerated(root: readonly string[], additions?: readonly string[]): AsnType {
  return additions ? { kind: "enumerated", root, additions } : { kind: "enumerated", root };
}

export function bits(s?: SizeRange): AsnType {
  return s ? { kind: "bitString", size: s } : { kind: "bitString" };
}

export function octets(s?: SizeRange): AsnType {
  return s ? { kind: "octetString", size: s } : { kind: "octetString" };
}

export function chars(
  charset: string,
  s: SizeRange | undefined,
  bitsPerChar: number,
  alphabet: string | undefined,
  indexed: boolean,
): AsnType {
  const t: {
    kind: "charString";
    charset: string;
    size?: SizeRange;
    bits: number;
    alphabet?: string;
    indexed: boolean;
  } = {
    kind: "charString",
    charset,
    bits: bitsPerChar,
    indexed,
  };
  if (s) t.size = s;
  if (alphabet !== undefined) t.alphabet = alphabet;
  return t;
}

export function generalString(s?: SizeRange): AsnType {
  return s ? { kind: "generalString", size: s } : { kind: "generalString" };
}

export function openType(contained?: AsnType): AsnType {
  return contained ? { kind: "openType", contained } : { kind: "openType" };
}

export function seq(root: readonly Field[], additions?: readonly Field[]): AsnType {
  return additions ? { kind: "sequence", root, additions } : { kind: "sequence", root };
}

export function choice(root: readonly Field[], additions?: readonly Field[]): AsnType {
  return additions ? { kind: "choice", root, additions } : { kind: "choice", root };
}

export function seqOf(item: AsnType, s?: SizeRange): AsnType {
  return s ? { kind: "sequenceOf", item, size: s } : { kind: "sequenceOf", item };
}

export function ref(name: string, get: () => AsnType): AsnType {
  return { kind: "ref", name, get };
}

/** A component: name, type, OPTIONAL, DEFAULT value. */
export function f(
  name: string,
  type: AsnType,
  optional?: boolean,
  defaultValue?: number | boolean | string,
): Field {
  const field: { name: string; type: AsnType; optional?: boolean; defaultValue?: number | boolean | string } =
    { name, type };
  if (optional) field.optional = true;
  if (defaultValue !== undefined) field.defaultValue = defaultValue;
  return field;
}
