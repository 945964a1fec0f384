import { need, ParseError } from "../parse-error.js";

// RFC 1006 §6: the packet format of ISO transport service on top of TCP, which H.225.0 §6.1
// (call signalling) and H.245 (over its own TCP connection, H.225.0 §6.2) use to cut messages
// out of the byte stream.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |    vrsn = 3   |  reserved = 0 |         packet length         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         payload ...                           |
//
// "packet length: 16 bits ... the length of the entire packet in octets, including packet
// header." RFC 1006 puts the minimum at 7 (a header and a 3-octet TPDU), but H.460.18 §9.1
// keeps the call signalling connection alive with an *empty* TPKT (length 4), so 4 is the
// floor here.

export const TPKT_VERSION = 3;
export const TPKT_HEADER_LENGTH = 4;
/** The 16-bit length field's ceiling. */
export const TPKT_MAX_LENGTH = 0xffff;

export interface TpktHeader {
  /** The whole packet's length, header included. */
  readonly packetLength: number;
}

/** Reads and checks the 4-octet header at `offset`; throws ParseError naming the field. */
export function parseTpktHeader(buf: Uint8Array, offset = 0): TpktHeader {
  need(buf, offset, TPKT_HEADER_LENGTH, "TPKT", "header");
  const version = buf[offset]!;
  if (version !== TPKT_VERSION) {
    throw new ParseError("TPKT", "vrsn", offset, `version ${version}, expected 3`);
  }
  const reserved = buf[offset + 1]!;
  if (reserved !== 0) {
    throw new ParseError("TPKT", "reserved", offset + 1, `reserved octet is ${reserved}, expected 0`);
  }
  const packetLength = (buf[offset + 2]! << 8) | buf[offset + 3]!;
  if (packetLength < TPKT_HEADER_LENGTH) {
    throw new ParseError("TPKT", "packetLength", offset + 2, `packet length ${packetLength} is below 4`);
  }
  return { packetLength };
}

/** The payload of one whole TPKT packet (exactly `buf`, no trailing bytes). */
export function parseTpkt(buf: Uint8Array): Uint8Array {
  const { packetLength } = parseTpktHeader(buf);
  if (buf.length !== packetLength) {
    throw new ParseError(
      "TPKT",
      "packetLength",
      2,
      `packet length ${packetLength} but ${buf.length} bytes ${buf.length < packetLength ? "present" : "given"}`,
    );
  }
  return buf.subarray(TPKT_HEADER_LENGTH);
}

/** Thrown when a payload cannot fit in one TPKT packet. */
export class TpktEncodeError extends Error {
  override readonly name = "TpktEncodeError";
}

/** Frames `payload` in a TPKT header. */
export function serializeTpkt(payload: Uint8Array): Uint8Array {
  const length = payload.length + TPKT_HEADER_LENGTH;
  if (length > TPKT_MAX_LENGTH) {
    throw new TpktEncodeError(`TPKT: payload of ${payload.length} bytes exceeds the 16-bit packet length`);
  }
  const out = new Uint8Array(length);
  out[0] = TPKT_VERSION;
  out[2] = length >> 8;
  out[3] = length & 0xff;
  out.set(payload, TPKT_HEADER_LENGTH);
  return out;
}
