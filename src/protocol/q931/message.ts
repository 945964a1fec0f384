import { need, ParseError } from "../parse-error.js";
import { Q931ElementId, q931ElementName } from "./element-ids.js";

// Q.931 §4 message format, as H.225.0 §7.2 profiles it for call signalling over TCP:
//
//    8   7   6   5   4   3   2   1
//  +---+---+---+---+---+---+---+---+
//  |     protocol discriminator    |  octet 1: 0000 1000 (Q.931 §4.2)
//  +---+---+---+---+---+---+---+---+
//  | 0   0   0   0 | length of CRV |  octet 2 (Q.931 §4.3; H.225.0 §7.2.2.2: 2)
//  +---+---+---+---+---+---+---+---+
//  |flg|   call reference value    |  octets 3.. (15 bits when 2 octets)
//  +---+---+---+---+---+---+---+---+
//  | 0 |        message type       |  (Q.931 §4.4)
//  +---+---+---+---+---+---+---+---+
//  |      information elements     |  (Q.931 §4.5)
//
// Information elements (Q.931 §4.5.1) are single-octet (bit 8 set) or variable-length:
// identifier, length, contents. H.225.0 §7.2.2.29 gives the User-user element a two-octet
// length; every other element has one octet. Elements are kept as they came, in order,
// unknown ones too, so a message re-serialises to the same bytes.

export const Q931_PROTOCOL_DISCRIMINATOR = 0x08;

export interface CallReference {
  /** Octets of the call reference value, 0..4 (H.225.0 uses 2; 0 is the dummy call reference). */
  readonly length: number;
  /**
   * The call reference flag (Q.931 §4.3): false in messages from the side that allocated the
   * call reference (the caller), true in messages to it.
   */
  readonly flag: boolean;
  /** The value without the flag bit. */
  readonly value: number;
}

/** A single-octet element (Q.931 §4.5.1): a shift, Sending complete, More data... */
export interface Q931SingleOctetElement {
  readonly kind: "single";
  readonly octet: number;
}

export interface Q931VariableElement {
  readonly kind: "variable";
  /** The codeset in force where it appeared (Q.931 §4.5.2-4.5.3: changed by shifts). */
  readonly codeset: number;
  readonly id: number;
  readonly contents: Uint8Array;
}

export type Q931Element = Q931SingleOctetElement | Q931VariableElement;

export interface Q931Message {
  readonly callReference: CallReference;
  readonly messageType: number;
  readonly elements: readonly Q931Element[];
}

/** Thrown when a message cannot be written (a value out of range for its field). */
export class Q931EncodeError extends Error {
  override readonly name = "Q931EncodeError";
}

const MAX_CALL_REFERENCE_LENGTH = 4;

function elementLabel(codeset: number, id: number): string {
  const name = codeset === 0 ? q931ElementName(id) : undefined;
  return name ?? `element[codeset ${codeset}, 0x${id.toString(16).padStart(2, "0")}]`;
}

/** Two-octet length for User-user in codeset 0 (H.225.0 §7.2.2.29), else one octet. */
function lengthOctets(codeset: number, id: number): 1 | 2 {
  return codeset === 0 && id === Q931ElementId.userUser ? 2 : 1;
}

/** Q.931 §4.5.2/§4.5.3: the codeset after a shift octet, and whether it locks. */
function shiftOf(octet: number): { codeset: number; locking: boolean } | undefined {
  if ((octet & 0xf0) !== 0x90) return undefined;
  return { codeset: octet & 0x07, locking: (octet & 0x08) === 0 };
}

function parseCallReference(buf: Uint8Array): CallReference {
  const octet2 = buf[1]!;
  if ((octet2 & 0xf0) !== 0) {
    throw new ParseError(
      "Q.931",
      "callReference.spare",
      1,
      `spare bits of octet 2 are ${octet2 >> 4}, expected 0`,
    );
  }
  const length = octet2 & 0x0f;
  if (length > MAX_CALL_REFERENCE_LENGTH) {
    throw new ParseError("Q.931", "callReference.length", 1, `call reference of ${length} octets, at most 4`);
  }
  need(buf, 2, length, "Q.931", "callReference.value");
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + buf[2 + i]!;
  if (length === 0) return { length, flag: false, value: 0 };
  const flagBit = 2 ** (8 * length - 1);
  return { length, flag: value >= flagBit, value: value % flagBit };
}

/** Parses one Q.931 message (a TPKT payload); throws ParseError naming the field. */
export function parseQ931Message(buf: Uint8Array): Q931Message {
  need(buf, 0, 2, "Q.931", "header");
  if (buf[0] !== Q931_PROTOCOL_DISCRIMINATOR) {
    throw new ParseError("Q.931", "protocolDiscriminator", 0, `protocol discriminator ${buf[0]}, expected 8`);
  }
  const callReference = parseCallReference(buf);
  let off = 2 + callReference.length;
  need(buf, off, 1, "Q.931", "messageType");
  const messageType = buf[off]!;
  if (messageType & 0x80) {
    throw new ParseError(
      "Q.931",
      "messageType",
      off,
      `message type 0x${messageType.toString(16)} has bit 8 set`,
    );
  }
  off++;
  const elements: Q931Element[] = [];
  let locked = 0;
  let oneShot: number | undefined;
  while (off < buf.length) {
    const id = buf[off]!;
    if (id & 0x80) {
      elements.push({ kind: "single", octet: id });
      const shift = shiftOf(id);
      if (shift?.locking) locked = shift.codeset;
      else if (shift) oneShot = shift.codeset;
      off++;
      continue;
    }
    const codeset = oneShot ?? locked;
    oneShot = undefined;
    const label = elementLabel(codeset, id);
    const lenBytes = lengthOctets(codeset, id);
    need(buf, off + 1, lenBytes, "Q.931", `${label}.length`);
    const length = lenBytes === 2 ? (buf[off + 1]! << 8) | buf[off + 2]! : buf[off + 1]!;
    const start = off + 1 + lenBytes;
    if (start + length > buf.length) {
      throw new ParseError(
        "Q.931",
        `${label}.length`,
        off + 1,
        `length ${length} but only ${buf.length - start} bytes left`,
      );
    }
    elements.push({ kind: "variable", codeset, id, contents: buf.slice(start, start + length) });
    off = start + length;
  }
  return { callReference, messageType, elements };
}

function callReferenceOctets(ref: CallReference): number[] {
  const { length, flag, value } = ref;
  if (!Number.isInteger(length) || length < 0 || length > MAX_CALL_REFERENCE_LENGTH) {
    throw new Q931EncodeError(`Q.931: call reference length ${length} is outside 0..4`);
  }
  if (length === 0) {
    if (value !== 0 || flag)
      throw new Q931EncodeError("Q.931: the dummy call reference has no value or flag");
    return [0];
  }
  const flagBit = 2 ** (8 * length - 1);
  if (!Number.isInteger(value) || value < 0 || value >= flagBit) {
    throw new Q931EncodeError(`Q.931: call reference value ${value} does not fit ${length} octets`);
  }
  let v = value + (flag ? flagBit : 0);
  const octets: number[] = [];
  for (let i = 0; i < length; i++) {
    octets.unshift(v % 256);
    v = Math.floor(v / 256);
  }
  return [length, ...octets];
}

/** Writes a Q.931 message; throws Q931EncodeError for a value its field cannot hold. */
export function serializeQ931Message(msg: Q931Message): Uint8Array {
  if (!Number.isInteger(msg.messageType) || msg.messageType < 0 || msg.messageType > 0x7f) {
    throw new Q931EncodeError(`Q.931: message type ${msg.messageType} is outside 0..127`);
  }
  const parts: Uint8Array[] = [
    Uint8Array.from([
      Q931_PROTOCOL_DISCRIMINATOR,
      ...callReferenceOctets(msg.callReference),
      msg.messageType,
    ]),
  ];
  let locked = 0;
  let oneShot: number | undefined;
  for (const e of msg.elements) {
    if (e.kind === "single") {
      if (!(e.octet & 0x80) || e.octet > 0xff) {
        throw new Q931EncodeError(`Q.931: single-octet element 0x${e.octet.toString(16)} lacks bit 8`);
      }
      parts.push(Uint8Array.of(e.octet));
      const shift = shiftOf(e.octet);
      if (shift?.locking) locked = shift.codeset;
      else if (shift) oneShot = shift.codeset;
      continue;
    }
    const codeset = oneShot ?? locked;
    oneShot = undefined;
    if (e.id & 0x80 || e.id < 0)
      throw new Q931EncodeError(`Q.931: element identifier 0x${e.id.toString(16)} has bit 8 set`);
    const lenBytes = lengthOctets(codeset, e.id);
    const max = lenBytes === 2 ? 0xffff : 0xff;
    if (e.contents.length > max) {
      throw new Q931EncodeError(
        `Q.931: ${elementLabel(codeset, e.id)} of ${e.contents.length} bytes exceeds its length field (${max})`,
      );
    }
    const head =
      lenBytes === 2
        ? Uint8Array.of(e.id, e.contents.length >> 8, e.contents.length & 0xff)
        : Uint8Array.of(e.id, e.contents.length);
    parts.push(head, e.contents);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** The contents of the first codeset-0 element `id`, or undefined when absent. */
export function findQ931Element(msg: Q931Message, id: number): Uint8Array | undefined {
  for (const e of msg.elements)
    if (e.kind === "variable" && e.codeset === 0 && e.id === id) return e.contents;
  return undefined;
}
