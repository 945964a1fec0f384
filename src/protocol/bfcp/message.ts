import { need, ParseError } from "../parse-error.js";
import { type BfcpAttribute, BfcpEncodeError, parseAttributes, serializeAttributes } from "./attributes.js";
import type { BfcpVersion } from "./constants.js";

// RFC 8855 §5.1 COMMON-HEADER
//
//     0                   1                   2                   3
//     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//    | Ver |R|F| Res |  Primitive    |        Payload Length         |
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//    |                         Conference ID                         |
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//    |         Transaction ID        |            User ID            |
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//    | Fragment Offset (if F is set) | Fragment Length (if F is set) |
//    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Ver is 1 over reliable transports and 2 over unreliable ones. R (Transaction
// Responder) marks a response over UDP and is ignored over TCP. F marks a
// fragment; then Payload Length is the whole message's payload and the
// fragment fields (never present over TCP) locate this fragment, all in
// 4-octet units excluding the common header.

const FORMAT = "BFCP";
export const COMMON_HEADER_LENGTH = 12;
export const FRAGMENT_HEADER_LENGTH = 16;

export interface BfcpHeader {
  readonly version: BfcpVersion;
  /** R bit: this message answers the transaction named by transactionId (UDP only). */
  readonly responder: boolean;
  readonly primitive: number;
  readonly conferenceId: number;
  readonly transactionId: number;
  readonly userId: number;
}

/** A whole BFCP message: the common header and its attributes. */
export interface BfcpMessage extends BfcpHeader {
  readonly attributes: readonly BfcpAttribute[];
}

/** The common header as read off the wire, with the fields that place it in a stream or a fragment series. */
export interface BfcpWireHeader extends BfcpHeader {
  /** Payload Length in octets (the field times 4): of the whole message, even in a fragment. */
  readonly payloadBytes: number;
  /** Present when the F bit is set, in octets. */
  readonly fragment?: { readonly offsetBytes: number; readonly lengthBytes: number };
  /** 12, or 16 with the fragment fields. */
  readonly headerBytes: number;
}

/** RFC 8855 §5.1: reads the common header at `offset` without looking at the payload. */
export function parseBfcpHeader(buf: Uint8Array, offset = 0): BfcpWireHeader {
  need(buf, offset, COMMON_HEADER_LENGTH, FORMAT, "header");
  const b0 = buf[offset]!;
  const version = b0 >> 5;
  if (version !== 1 && version !== 2) {
    throw new ParseError(FORMAT, "header.version", offset, `version ${version} is neither 1 nor 2`);
  }
  const responder = (b0 & 0x10) !== 0;
  const fragmented = (b0 & 0x08) !== 0;
  const view = new DataView(buf.buffer, buf.byteOffset + offset);
  const header = {
    version: version as BfcpVersion,
    responder,
    primitive: buf[offset + 1]!,
    payloadBytes: view.getUint16(2) * 4,
    conferenceId: view.getUint32(4),
    transactionId: view.getUint16(8),
    userId: view.getUint16(10),
  };
  if (!fragmented) return { ...header, headerBytes: COMMON_HEADER_LENGTH };
  need(buf, offset + COMMON_HEADER_LENGTH, 4, FORMAT, "header.fragment");
  return {
    ...header,
    headerBytes: FRAGMENT_HEADER_LENGTH,
    fragment: { offsetBytes: view.getUint16(12) * 4, lengthBytes: view.getUint16(14) * 4 },
  };
}

/**
 * RFC 8855 §5.1: parses one whole, unfragmented BFCP message that fills `buf` exactly
 * (a UDP datagram, or one frame cut out of a TCP stream by BfcpStreamFramer).
 * A fragment (F bit set) is refused: feed it to BfcpReassembler.
 */
export function parseBfcpMessage(buf: Uint8Array): BfcpMessage {
  const h = parseBfcpHeader(buf);
  if (h.fragment) {
    throw new ParseError(FORMAT, "header.F", 0, "message is a fragment (F bit set); reassemble it first");
  }
  const end = COMMON_HEADER_LENGTH + h.payloadBytes;
  if (buf.length < end) {
    throw new ParseError(
      FORMAT,
      "header.payloadLength",
      2,
      `payload length ${h.payloadBytes} needs ${end} bytes, only ${buf.length} present`,
    );
  }
  if (buf.length > end) {
    throw new ParseError(FORMAT, "header.payloadLength", end, `${buf.length - end} bytes after the payload`);
  }
  return messageFrom(h, parseAttributes(buf, COMMON_HEADER_LENGTH, end));
}

/** Builds a message from a parsed header and a payload parsed elsewhere (reassembly). */
export function messageFrom(h: BfcpHeader, attributes: readonly BfcpAttribute[]): BfcpMessage {
  return {
    version: h.version,
    responder: h.responder,
    primitive: h.primitive,
    conferenceId: h.conferenceId,
    transactionId: h.transactionId,
    userId: h.userId,
    attributes,
  };
}

/** RFC 8855 §5.1: serialises an unfragmented message (F bit clear, reserved bits zero). */
export function serializeBfcpMessage(msg: BfcpMessage): Uint8Array {
  const payload = serializeAttributes(msg.attributes);
  const out = new Uint8Array(COMMON_HEADER_LENGTH + payload.length);
  writeHeader(out, msg, payload.length, undefined);
  out.set(payload, COMMON_HEADER_LENGTH);
  return out;
}

/** Writes a common header into `out`; `fragment` (octets) adds the F bit and fragment fields. */
export function writeHeader(
  out: Uint8Array,
  h: BfcpHeader,
  payloadBytes: number,
  fragment: { offsetBytes: number; lengthBytes: number } | undefined,
): void {
  check(h.version === 1 || h.version === 2, "header.version", `version ${h.version} is neither 1 nor 2`);
  check(isUint(h.primitive, 0xff), "header.primitive", `primitive ${h.primitive} is not 8 bits`);
  check(isUint(h.conferenceId, 0xffffffff), "header.conferenceId", `${h.conferenceId} is not 32 bits`);
  check(isUint(h.transactionId, 0xffff), "header.transactionId", `${h.transactionId} is not 16 bits`);
  check(isUint(h.userId, 0xffff), "header.userId", `${h.userId} is not 16 bits`);
  check(
    payloadBytes % 4 === 0 && payloadBytes / 4 <= 0xffff,
    "header.payloadLength",
    `${payloadBytes} octets`,
  );
  const view = new DataView(out.buffer, out.byteOffset);
  out[0] = (h.version << 5) | (h.responder ? 0x10 : 0) | (fragment ? 0x08 : 0);
  out[1] = h.primitive;
  view.setUint16(2, payloadBytes / 4);
  view.setUint32(4, h.conferenceId);
  view.setUint16(8, h.transactionId);
  view.setUint16(10, h.userId);
  if (fragment) {
    view.setUint16(12, fragment.offsetBytes / 4);
    view.setUint16(14, fragment.lengthBytes / 4);
  }
}

function isUint(v: number, max: number): boolean {
  return Number.isInteger(v) && v >= 0 && v <= max;
}

function check(ok: boolean, field: string, detail: string): void {
  if (!ok) throw new BfcpEncodeError(field, detail);
}
