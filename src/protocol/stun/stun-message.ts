import { need, ParseError } from "../parse-error.js";

/**
 * RFC 8489 §5: the STUN message header.
 *
 *    0                   1                   2                   3
 *    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |0 0|     STUN Message Type     |         Message Length        |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |                         Magic Cookie                          |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *   |                     Transaction ID (96 bits)                  |
 *   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * The type interleaves a 12-bit method and a 2-bit class (§5):
 *    M11 M10 M9 M8 M7 C1 M6 M5 M4 C0 M3 M2 M1 M0
 *
 * §14: attributes follow as type (16), length (16), value padded to a multiple of 4 octets; the
 * length counts the value without padding.
 */
export const STUN_MAGIC_COOKIE = 0x2112a442;
export const STUN_HEADER_LENGTH = 20;
export const STUN_BINDING = 0x001;

export type StunClass = "request" | "indication" | "success" | "error";

const CLASS_BITS: Record<StunClass, number> = { request: 0b00, indication: 0b01, success: 0b10, error: 0b11 };
const CLASSES: readonly StunClass[] = ["request", "indication", "success", "error"];

/** Attribute types this project reads or writes (RFC 8489 §18.3, RFC 8445 §16.1). */
export const STUN_ATTR = {
  MAPPED_ADDRESS: 0x0001,
  USERNAME: 0x0006,
  MESSAGE_INTEGRITY: 0x0008,
  ERROR_CODE: 0x0009,
  UNKNOWN_ATTRIBUTES: 0x000a,
  REALM: 0x0014,
  NONCE: 0x0015,
  XOR_MAPPED_ADDRESS: 0x0020,
  PRIORITY: 0x0024,
  USE_CANDIDATE: 0x0025,
  SOFTWARE: 0x8022,
  FINGERPRINT: 0x8028,
  ICE_CONTROLLED: 0x8029,
  ICE_CONTROLLING: 0x802a,
} as const;

export interface StunAttribute {
  readonly type: number;
  /** The value without padding. */
  readonly value: Uint8Array;
}

export interface StunMessage {
  /** 12-bit method; Binding is 0x001. */
  readonly method: number;
  readonly cls: StunClass;
  /** 12 octets. */
  readonly transactionId: Uint8Array;
  readonly attributes: readonly StunAttribute[];
}

const FORMAT = "STUN";

export function padded(length: number): number {
  return (length + 3) & ~3;
}

export function encodeMessageType(method: number, cls: StunClass): number {
  if (!Number.isInteger(method) || method < 0 || method > 0xfff)
    throw new RangeError(`STUN method ${method} does not fit 12 bits`);
  const c = CLASS_BITS[cls];
  return (
    (method & 0x000f) |
    ((method & 0x0070) << 1) |
    ((method & 0x0f80) << 2) |
    ((c & 0b01) << 4) |
    ((c & 0b10) << 7)
  );
}

export function decodeMessageType(type: number): { method: number; cls: StunClass } {
  const method = (type & 0x000f) | ((type >> 1) & 0x0070) | ((type >> 2) & 0x0f80);
  const c = ((type >> 4) & 0b01) | ((type >> 7) & 0b10);
  return { method, cls: CLASSES[c]! };
}

/**
 * RFC 8489 §6.3: a message is STUN when the top two bits are zero, the cookie is right, and the
 * length is a multiple of 4 that matches the datagram. Attributes are walked with every length
 * checked against what is left.
 */
export function parseStunMessage(buf: Uint8Array): StunMessage {
  need(buf, 0, STUN_HEADER_LENGTH, FORMAT, "header");
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const type = view.getUint16(0);
  if (type & 0xc000) throw new ParseError(FORMAT, "header.type", 0, "the first two bits are not zero");
  const length = view.getUint16(2);
  if (length % 4 !== 0)
    throw new ParseError(FORMAT, "header.length", 2, `length ${length} is not a multiple of 4`);
  if (STUN_HEADER_LENGTH + length !== buf.length) {
    throw new ParseError(
      FORMAT,
      "header.length",
      2,
      `length ${length} does not match the ${buf.length - STUN_HEADER_LENGTH} octets after the header`,
    );
  }
  const cookie = view.getUint32(4);
  if (cookie !== STUN_MAGIC_COOKIE)
    throw new ParseError(
      FORMAT,
      "header.cookie",
      4,
      `magic cookie 0x${cookie.toString(16)} is not 0x2112a442`,
    );
  const attributes: StunAttribute[] = [];
  let off = STUN_HEADER_LENGTH;
  while (off < buf.length) {
    need(buf, off, 4, FORMAT, "attribute header");
    const at = view.getUint16(off);
    const len = view.getUint16(off + 2);
    need(buf, off + 4, padded(len), FORMAT, `attribute 0x${at.toString(16).padStart(4, "0")} value`);
    attributes.push({ type: at, value: buf.slice(off + 4, off + 4 + len) });
    off += 4 + padded(len);
  }
  return {
    ...decodeMessageType(type),
    transactionId: buf.slice(8, STUN_HEADER_LENGTH),
    attributes,
  };
}

/** Writes a message: padding is zero octets (RFC 8489 §14 lets the receiver ignore its value). */
export function serializeStunMessage(msg: StunMessage): Uint8Array {
  if (msg.transactionId.length !== 12)
    throw new RangeError(`STUN transaction id must be 12 octets, got ${msg.transactionId.length}`);
  const body = msg.attributes.reduce((n, a) => n + 4 + padded(a.value.length), 0);
  if (body > 0xffff) throw new RangeError(`STUN attributes take ${body} octets, more than 65535`);
  const out = new Uint8Array(STUN_HEADER_LENGTH + body);
  const view = new DataView(out.buffer);
  view.setUint16(0, encodeMessageType(msg.method, msg.cls));
  view.setUint16(2, body);
  view.setUint32(4, STUN_MAGIC_COOKIE);
  out.set(msg.transactionId, 8);
  let off = STUN_HEADER_LENGTH;
  for (const a of msg.attributes) {
    if (a.value.length > 0xffff) throw new RangeError(`STUN attribute 0x${a.type.toString(16)} is too long`);
    view.setUint16(off, a.type);
    view.setUint16(off + 2, a.value.length);
    out.set(a.value, off + 4);
    off += 4 + padded(a.value.length);
  }
  return out;
}

/** The first attribute of a type, if any. */
export function stunAttribute(msg: StunMessage, type: number): StunAttribute | undefined {
  return msg.attributes.find((a) => a.type === type);
}
