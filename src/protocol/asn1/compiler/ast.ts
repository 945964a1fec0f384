/** The parsed form of the ASN.1 subset that the H.225.0, H.245, H.235 and H.460 modules use. */

/** PER-visible constraints (X.691 §10.3-§10.5), merged from serially applied constraints. */
export interface Constraint {
  /** Value range (X.680 §51.4): undefined bound = MIN / MAX. */
  range?: { lb?: number; ub?: number; ext: boolean };
  /** SIZE constraint (X.680 §51.5). */
  size?: { lb: number; ub?: number; ext: boolean };
  /** Permitted alphabet, FROM (X.680 §51.7): the characters allowed. */
  from?: string;
  /** Contained subtype (X.680 §51.3), e.g. TYPE-IDENTIFIER.&Type (ClearToken): the type name. */
  contained?: string;
}

export interface Component {
  name: string;
  type: TypeNode;
  optional: boolean;
  /** DEFAULT value (only literals: number, boolean, enumeration name). */
  defaultValue?: number | boolean | string;
}

/** Root components, then extension additions; undefined additions = not extensible. */
export interface ComponentList {
  root: Component[];
  additions?: Component[];
}

export type CharStringKind =
  | "IA5String"
  | "PrintableString"
  | "NumericString"
  | "VisibleString"
  | "BMPString"
  | "GeneralString";

export type TypeNode = (
  | { kind: "boolean" }
  | { kind: "null" }
  | { kind: "integer" }
  | { kind: "objectIdentifier" }
  | { kind: "bitString" }
  | { kind: "octetString" }
  | { kind: "charString"; charset: CharStringKind }
  /** TYPE-IDENTIFIER.&Type: an open type (X.681 §14.4), the value is its encoding. */
  | { kind: "openType" }
  | { kind: "enumerated"; root: string[]; additions?: string[] }
  | { kind: "sequence"; components: ComponentList }
  | { kind: "choice"; components: ComponentList }
  | { kind: "sequenceOf"; set: boolean; item: TypeNode }
  /** A type reference, or an instance of a parameterised type when args are given. */
  | { kind: "ref"; name: string; args?: TypeNode[] }
) & { constraint?: Constraint };

export interface Assignment {
  name: string;
  /** Formal parameters of a parameterised type (X.683), e.g. SIGNED { ToBeSigned }. */
  params?: string[];
  type: TypeNode;
  line: number;
}

export interface AsnModule {
  name: string;
  /** Imported symbol -> module it comes from. */
  imports: Map<string, string>;
  assignments: Assignment[];
}
