import { ParseError } from "../parse-error.js";
import { AttributeType } from "./constants.js";

// RFC 8855 §5.2: every attribute starts with this header.
//
//     0                   1
//     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//    |    Type     |M|    Length     |
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//    |                               |
//    /       Attribute Contents      /
//    /                               /
//    |                               |
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// "Length: This 8-bit field contains the length of the attribute in
//  octets, excluding any padding defined for specific attributes." The
// length counts the 2-octet header too; attributes are then padded with
// zeros to a multiple of 4 octets, and the padding is ignored on receipt.

const FORMAT = "BFCP";

interface AttrBase {
  /** The M bit: the receiver must understand this attribute (RFC 8855 §5.2). */
  readonly mandatory: boolean;
}

/** Unsigned16 attributes (RFC 8855 §5.2.1-5.2.3): Length is always 4. */
export interface U16Attribute extends AttrBase {
  readonly kind: "beneficiaryId" | "floorId" | "floorRequestId";
  readonly value: number;
}
/** RFC 8855 §5.2.4 PRIORITY: 3-bit priority followed by 13 reserved bits. */
export interface PriorityAttribute extends AttrBase {
  readonly kind: "priority";
  readonly priority: number;
}
/** RFC 8855 §5.2.5 REQUEST-STATUS: 8-bit status and 8-bit queue position. */
export interface RequestStatusAttribute extends AttrBase {
  readonly kind: "requestStatus";
  readonly status: number;
  readonly queuePosition: number;
}
/** RFC 8855 §5.2.6 ERROR-CODE: 8-bit code then error-specific details. */
export interface ErrorCodeAttribute extends AttrBase {
  readonly kind: "errorCode";
  readonly code: number;
  /** For code 4 (Unknown Mandatory Attribute): one octet per unknown attribute, type << 1. */
  readonly details: Uint8Array;
}
/** UTF-8 text attributes (RFC 8855 §5.2.7-5.2.9, §5.2.12, §5.2.13); never null-terminated. */
export interface TextAttribute extends AttrBase {
  readonly kind: "errorInfo" | "participantProvidedInfo" | "statusInfo" | "userDisplayName" | "userUri";
  readonly text: string;
}
/** RFC 8855 §5.2.10: one octet per attribute: 7-bit type then a reserved bit. */
export interface SupportedAttributesAttribute extends AttrBase {
  readonly kind: "supportedAttributes";
  readonly types: readonly number[];
}
/** RFC 8855 §5.2.11: one octet per primitive. */
export interface SupportedPrimitivesAttribute extends AttrBase {
  readonly kind: "supportedPrimitives";
  readonly primitives: readonly number[];
}
/** Grouped attributes (RFC 8855 §5.2.14-5.2.18): a 16-bit id then nested attributes. */
export interface GroupedAttribute extends AttrBase {
  readonly kind:
    | "beneficiaryInformation"
    | "floorRequestInformation"
    | "requestedByInformation"
    | "floorRequestStatus"
    | "overallRequestStatus";
  /** Beneficiary ID, Floor Request ID, Requested-by ID, Floor ID or Floor Request ID respectively. */
  readonly id: number;
  readonly children: readonly BfcpAttribute[];
}
/** An attribute type this codec does not know; kept so the server can answer Error code 4. */
export interface UnknownAttribute extends AttrBase {
  readonly kind: "unknown";
  readonly type: number;
  readonly contents: Uint8Array;
}

export type BfcpAttribute =
  | U16Attribute
  | PriorityAttribute
  | RequestStatusAttribute
  | ErrorCodeAttribute
  | TextAttribute
  | SupportedAttributesAttribute
  | SupportedPrimitivesAttribute
  | GroupedAttribute
  | UnknownAttribute;

export type AttributeKind = BfcpAttribute["kind"];

/** The attribute interface whose kind includes K (TextAttribute for "userUri", ...). */
export type AttributeOf<K extends AttributeKind, A extends BfcpAttribute = BfcpAttribute> = A extends {
  kind: infer AK;
}
  ? K extends AK
    ? A
    : never
  : never;

const KIND_BY_TYPE: ReadonlyMap<number, Exclude<AttributeKind, "unknown">> = new Map([
  [AttributeType.BeneficiaryId, "beneficiaryId"],
  [AttributeType.FloorId, "floorId"],
  [AttributeType.FloorRequestId, "floorRequestId"],
  [AttributeType.Priority, "priority"],
  [AttributeType.RequestStatus, "requestStatus"],
  [AttributeType.ErrorCode, "errorCode"],
  [AttributeType.ErrorInfo, "errorInfo"],
  [AttributeType.ParticipantProvidedInfo, "participantProvidedInfo"],
  [AttributeType.StatusInfo, "statusInfo"],
  [AttributeType.SupportedAttributes, "supportedAttributes"],
  [AttributeType.SupportedPrimitives, "supportedPrimitives"],
  [AttributeType.UserDisplayName, "userDisplayName"],
  [AttributeType.UserUri, "userUri"],
  [AttributeType.BeneficiaryInformation, "beneficiaryInformation"],
  [AttributeType.FloorRequestInformation, "floorRequestInformation"],
  [AttributeType.RequestedByInformation, "requestedByInformation"],
  [AttributeType.FloorRequestStatus, "floorRequestStatus"],
  [AttributeType.OverallRequestStatus, "overallRequestStatus"],
] as const);
const TYPE_BY_KIND = new Map<AttributeKind, number>([...KIND_BY_TYPE].map(([t, k]) => [k, t]));

/** The 7-bit wire type of an attribute. */
export function attributeType(a: BfcpAttribute): number {
  return a.kind === "unknown" ? a.type : TYPE_BY_KIND.get(a.kind)!;
}

/** The number of octets `len` occupies once padded to a 4-octet boundary. */
export function padded(len: number): number {
  return (len + 3) & ~3;
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

/**
 * Parses the attributes in `buf[start, end)`, which must hold whole padded attributes.
 * Offsets in errors are relative to `buf`.
 */
export function parseAttributes(buf: Uint8Array, start: number, end: number, depth = 0): BfcpAttribute[] {
  const out: BfcpAttribute[] = [];
  let off = start;
  while (off < end) {
    if (end - off < 2) {
      throw new ParseError(
        FORMAT,
        "attribute.header",
        off,
        `attribute header needs 2 bytes, only ${end - off} left`,
      );
    }
    const type = buf[off]! >> 1;
    const mandatory = (buf[off]! & 1) === 1;
    const length = buf[off + 1]!;
    if (length < 2) {
      throw new ParseError(FORMAT, "attribute.length", off + 1, `attribute length ${length} is below 2`);
    }
    if (off + length > end) {
      throw new ParseError(
        FORMAT,
        "attribute.length",
        off + 1,
        `attribute type ${type} length ${length} runs past the end (${end - off} bytes left)`,
      );
    }
    if (off + padded(length) > end) {
      throw new ParseError(
        FORMAT,
        "attribute.padding",
        off + length,
        `attribute type ${type} needs ${padded(length) - length} bytes of padding, only ${end - off - length} left`,
      );
    }
    out.push(parseOne(buf, off, type, mandatory, length, depth));
    off += padded(length);
  }
  return out;
}

function parseOne(
  buf: Uint8Array,
  off: number,
  type: number,
  mandatory: boolean,
  length: number,
  depth: number,
): BfcpAttribute {
  const kind = KIND_BY_TYPE.get(type);
  const body = off + 2;
  const fixed = (want: number, what: string): void => {
    if (length !== want) {
      throw new ParseError(
        FORMAT,
        `${what}.length`,
        off + 1,
        `${what} length must be ${want}, got ${length}`,
      );
    }
  };
  switch (kind) {
    case "beneficiaryId":
    case "floorId":
    case "floorRequestId":
      fixed(4, kind);
      return { kind, mandatory, value: u16(buf, body) };
    case "priority":
      fixed(4, kind);
      return { kind, mandatory, priority: buf[body]! >> 5 };
    case "requestStatus":
      fixed(4, kind);
      return { kind, mandatory, status: buf[body]!, queuePosition: buf[body + 1]! };
    case "errorCode":
      if (length < 3) {
        throw new ParseError(
          FORMAT,
          "errorCode.length",
          off + 1,
          `errorCode length must be at least 3, got ${length}`,
        );
      }
      return { kind, mandatory, code: buf[body]!, details: buf.slice(body + 1, off + length) };
    case "errorInfo":
    case "participantProvidedInfo":
    case "statusInfo":
    case "userDisplayName":
    case "userUri":
      return { kind, mandatory, text: decodeText(buf, body, off + length, kind) };
    case "supportedAttributes":
      return { kind, mandatory, types: [...buf.subarray(body, off + length)].map((b) => b >> 1) };
    case "supportedPrimitives":
      return { kind, mandatory, primitives: [...buf.subarray(body, off + length)] };
    case "beneficiaryInformation":
    case "floorRequestInformation":
    case "requestedByInformation":
    case "floorRequestStatus":
    case "overallRequestStatus": {
      if (length < 4) {
        throw new ParseError(
          FORMAT,
          `${kind}.length`,
          off + 1,
          `${kind} length must be at least 4, got ${length}`,
        );
      }
      if (length % 4 !== 0) {
        // Nested attributes are padded, so a grouped attribute always ends on a 4-octet boundary.
        throw new ParseError(
          FORMAT,
          `${kind}.length`,
          off + 1,
          `${kind} length ${length} is not a multiple of 4`,
        );
      }
      if (depth >= 4) {
        throw new ParseError(FORMAT, `${kind}`, off, "grouped attributes nested deeper than 4 levels");
      }
      const children = parseAttributes(buf, body + 2, off + length, depth + 1);
      return { kind, mandatory, id: u16(buf, body), children };
    }
    case undefined:
      return { kind: "unknown", type, mandatory, contents: buf.slice(body, off + length) };
  }
}

function u16(buf: Uint8Array, off: number): number {
  return (buf[off]! << 8) | buf[off + 1]!;
}

function decodeText(buf: Uint8Array, start: number, end: number, field: string): string {
  try {
    return utf8Decoder.decode(buf.subarray(start, end));
  } catch {
    throw new ParseError(FORMAT, field, start, `${field} is not valid UTF-8`);
  }
}

/** Raised when a message cannot be encoded (a value out of range, an attribute over 255 octets). */
export class BfcpEncodeError extends Error {
  override readonly name = "BfcpEncodeError";
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`BFCP encode: ${detail} (${field})`);
  }
}

/** Serialises attributes, each padded to 4 octets with zeros. */
export function serializeAttributes(attrs: readonly BfcpAttribute[]): Uint8Array {
  const parts = attrs.map(serializeOne);
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function serializeOne(a: BfcpAttribute): Uint8Array {
  const contents = attributeContents(a);
  const length = 2 + contents.length;
  if (length > 255) {
    throw new BfcpEncodeError(a.kind, `attribute length ${length} exceeds 255 octets`);
  }
  const type = attributeType(a);
  if (!Number.isInteger(type) || type < 0 || type > 127) {
    throw new BfcpEncodeError(`${a.kind}.type`, `attribute type ${type} is not 7 bits`);
  }
  const out = new Uint8Array(padded(length));
  out[0] = (type << 1) | (a.mandatory ? 1 : 0);
  out[1] = length;
  out.set(contents, 2);
  return out;
}

function attributeContents(a: BfcpAttribute): Uint8Array {
  switch (a.kind) {
    case "beneficiaryId":
    case "floorId":
    case "floorRequestId":
      return u16Bytes(a.value, a.kind);
    case "priority":
      checkRange(a.priority, 7, "priority");
      return Uint8Array.of(a.priority << 5, 0);
    case "requestStatus":
      checkRange(a.status, 255, "requestStatus.status");
      checkRange(a.queuePosition, 255, "requestStatus.queuePosition");
      return Uint8Array.of(a.status, a.queuePosition);
    case "errorCode": {
      checkRange(a.code, 255, "errorCode.code");
      const out = new Uint8Array(1 + a.details.length);
      out[0] = a.code;
      out.set(a.details, 1);
      return out;
    }
    case "errorInfo":
    case "participantProvidedInfo":
    case "statusInfo":
    case "userDisplayName":
    case "userUri":
      return utf8Encoder.encode(a.text);
    case "supportedAttributes":
      for (const t of a.types) checkRange(t, 127, "supportedAttributes");
      return Uint8Array.from(a.types, (t) => t << 1);
    case "supportedPrimitives":
      for (const p of a.primitives) checkRange(p, 255, "supportedPrimitives");
      return Uint8Array.from(a.primitives);
    case "beneficiaryInformation":
    case "floorRequestInformation":
    case "requestedByInformation":
    case "floorRequestStatus":
    case "overallRequestStatus": {
      const kids = serializeAttributes(a.children);
      const out = new Uint8Array(2 + kids.length);
      out.set(u16Bytes(a.id, `${a.kind}.id`), 0);
      out.set(kids, 2);
      return out;
    }
    case "unknown":
      return a.contents;
  }
}

function checkRange(v: number, max: number, field: string): void {
  if (!Number.isInteger(v) || v < 0 || v > max) {
    throw new BfcpEncodeError(field, `${v} is outside 0..${max}`);
  }
}

function u16Bytes(v: number, field: string): Uint8Array {
  checkRange(v, 0xffff, field);
  return Uint8Array.of(v >> 8, v & 0xff);
}

/** The first attribute of `kind` among `attrs` (not searching nested groups). */
export function findAttribute<K extends AttributeKind>(
  attrs: readonly BfcpAttribute[],
  kind: K,
): AttributeOf<K> | undefined {
  return attrs.find((a) => a.kind === kind) as AttributeOf<K> | undefined;
}

/** All attributes of `kind` among `attrs` (not searching nested groups). */
export function findAttributes<K extends AttributeKind>(
  attrs: readonly BfcpAttribute[],
  kind: K,
): AttributeOf<K>[] {
  return attrs.filter((a) => a.kind === kind) as AttributeOf<K>[];
}
