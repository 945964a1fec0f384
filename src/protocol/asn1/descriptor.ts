/**
 * Runtime descriptors of ASN.1 types: what the PER encoder and decoder walk. They are generated
 * from the ASN.1 modules (src/protocol/asn1/generated) with every PER-visible constraint
 * already resolved (X.691 §10.3), so the codec needs no ASN.1 knowledge of its own.
 */

/** A SIZE constraint; ub undefined = no upper bound; ext = extensible ("...", X.691 §10.9.4). */
export interface SizeRange {
  readonly lb: number;
  readonly ub?: number;
  readonly ext: boolean;
}

export interface Field {
  readonly name: string;
  readonly type: AsnType;
  readonly optional?: boolean;
  /** DEFAULT value, filled in by the decoder when the field is absent. */
  readonly defaultValue?: number | boolean | string;
}

export type AsnType =
  | { readonly kind: "boolean" }
  | { readonly kind: "null" }
  /** lb/ub undefined = no bound (semi-constrained / unconstrained, X.691 §13.2). */
  | { readonly kind: "integer"; readonly lb?: number; readonly ub?: number; readonly ext?: boolean }
  /** Root names in index order (ascending value); additions present = extensible. */
  | { readonly kind: "enumerated"; readonly root: readonly string[]; readonly additions?: readonly string[] }
  | { readonly kind: "bitString"; readonly size?: SizeRange }
  | { readonly kind: "octetString"; readonly size?: SizeRange }
  /**
   * Known-multiplier character string (X.691 §30). bits: bits per character in the ALIGNED
   * variant; alphabet: the effective permitted alphabet sorted by code (undefined = the whole
   * character set up to 2^bits); indexed: characters are coded by their index in the alphabet.
   */
  | {
      readonly kind: "charString";
      readonly charset: string;
      readonly size?: SizeRange;
      readonly bits: number;
      readonly alphabet?: string;
      readonly indexed: boolean;
    }
  /** GeneralString: not known-multiplier, so (X.691 §30, last subclause) a length in octets, then the octets. */
  | { readonly kind: "generalString"; readonly size?: SizeRange }
  | { readonly kind: "objectIdentifier" }
  /**
   * An open type (TYPE-IDENTIFIER.&Type, X.691 §11.2): the value of the contained type when
   * the ASN.1 names it (TYPE-IDENTIFIER.&Type (ClearToken)), else the encoding it carries.
   */
  | { readonly kind: "openType"; readonly contained?: AsnType }
  | { readonly kind: "sequence"; readonly root: readonly Field[]; readonly additions?: readonly Field[] }
  | { readonly kind: "choice"; readonly root: readonly Field[]; readonly additions?: readonly Field[] }
  | { readonly kind: "sequenceOf"; readonly item: AsnType; readonly size?: SizeRange }
  /** A named type, resolved lazily so that types can refer to each other in any order. */
  | { readonly kind: "ref"; readonly name: string; readonly get: () => AsnType };

/** An extension addition this module version does not know (X.691 §19.9, §23.8), kept as its encoding. */
export interface UnknownExtension {
  /** Position among the type's extension additions (0 = the first addition). */
  readonly index: number;
  /** The open type's contents octets, re-encoded as they came. */
  readonly encoding: Uint8Array;
}

/** A CHOICE alternative this module version does not know. */
export interface UnknownAlternative {
  readonly choice: "$unknown";
  readonly value: UnknownExtension;
}

/** BIT STRING: `length` bits, first bit in the top bit of bits[0]; unused trailing bits zero. */
export interface BitString {
  readonly bits: Uint8Array;
  readonly length: number;
}

/** The largest character code a value-coded known-multiplier string may hold. */
export function maxCharCode(t: Extract<AsnType, { kind: "charString" }>): number {
  return t.charset === "IA5String" ? 127 : 2 ** t.bits - 1;
}

/** Follows references to the type they name. */
export function resolve(t: AsnType): AsnType {
  let r = t;
  while (r.kind === "ref") r = r.get();
  return r;
}
