import { ParseError } from "../parse-error.js";

/*
 * RFC 768 User Datagram Header Format
 *
 *  0      7 8     15 16    23 24    31
 * +--------+--------+--------+--------+
 * |     Source      |   Destination   |
 * |      Port       |      Port       |
 * +--------+--------+--------+--------+
 * |     Length      |    Checksum     |
 * +--------+--------+--------+--------+
 * |          data octets ...
 */
const FORMAT = "UDP";
export const UDP_HEADER_LENGTH = 8;
export const IP_PROTOCOL_UDP = 17;

export interface UdpHeader {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly length: number;
  readonly checksum: number;
  readonly payloadStart: number;
  readonly payloadEnd: number;
  /** The capture holds fewer octets than Length says (snap length). */
  readonly truncated: boolean;
}

/**
 * RFC 768: parses the header at `b[start]` within an IP payload ending at `end`. `ipTruncated`
 * says the capture cut the IP packet: then a Length past `end` is a truncation, not an error.
 */
export function parseUdp(b: Uint8Array, start: number, end: number, ipTruncated = false): UdpHeader {
  const available = end - start;
  if (available < UDP_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", start, `needs 8 bytes, only ${available} present`);
  }
  let length = (b[start + 4]! << 8) | b[start + 5]!;
  // RFC 2675 §4: a jumbogram carries Length 0; the IP payload length rules.
  if (length === 0) length = available;
  if (length < UDP_HEADER_LENGTH)
    throw new ParseError(FORMAT, "length", start + 4, `length ${length} is below 8`);
  if (length > available && !ipTruncated) {
    throw new ParseError(
      FORMAT,
      "length",
      start + 4,
      `length ${length} exceeds the ${available} bytes of the IP payload`,
    );
  }
  const truncated = length > available;
  return {
    sourcePort: (b[start]! << 8) | b[start + 1]!,
    destinationPort: (b[start + 2]! << 8) | b[start + 3]!,
    length,
    checksum: (b[start + 6]! << 8) | b[start + 7]!,
    payloadStart: start + UDP_HEADER_LENGTH,
    payloadEnd: truncated ? end : start + length,
    truncated,
  };
}

/** RFC 768: a datagram with checksum 0 ("not computed", allowed over IPv4). */
export function serializeUdp(sourcePort: number, destinationPort: number, payload: Uint8Array): Uint8Array {
  const length = UDP_HEADER_LENGTH + payload.length;
  if (length > 65535) throw new RangeError("UDP: datagram over 65535 octets");
  const out = new Uint8Array(length);
  out.set([
    sourcePort >> 8,
    sourcePort & 0xff,
    destinationPort >> 8,
    destinationPort & 0xff,
    length >> 8,
    length & 0xff,
  ]);
  out.set(payload, UDP_HEADER_LENGTH);
  return out;
}
