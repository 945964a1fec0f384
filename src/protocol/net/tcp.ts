import { ParseError } from "../parse-error.js";

/*
 * RFC 9293 §3.1 TCP Header Format
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Source Port          |       Destination Port        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Sequence Number                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Acknowledgment Number                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Data |       |C|E|U|A|P|R|S|F|                               |
 * | Offset| Rsrvd |W|C|R|C|S|S|Y|I|            Window             |
 * |       |       |R|E|G|K|H|T|N|N|                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Checksum            |         Urgent Pointer        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           [Options]                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                             Data ...
 */
const FORMAT = "TCP";
export const TCP_MIN_HEADER_LENGTH = 20;
export const IP_PROTOCOL_TCP = 6;

export const TcpFlag = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ECE: 0x40,
  CWR: 0x80,
} as const;

export interface TcpHeader {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly sequenceNumber: number;
  readonly acknowledgmentNumber: number;
  readonly headerLength: number;
  /** The eight flag bits CWR..FIN (see `TcpFlag`). */
  readonly flags: number;
  readonly window: number;
  readonly checksum: number;
  readonly urgentPointer: number;
  /** Offsets into the parsed buffer: options are [start + 20, payloadStart). */
  readonly payloadStart: number;
  readonly payloadEnd: number;
}

/** RFC 9293 §3.1: parses the header at `b[start]` within an IP payload ending at `end`. */
export function parseTcp(b: Uint8Array, start: number, end: number): TcpHeader {
  const available = end - start;
  if (available < TCP_MIN_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", start, `needs 20 bytes, only ${available} present`);
  }
  const headerLength = (b[start + 12]! >> 4) * 4;
  if (headerLength < TCP_MIN_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "dataOffset", start + 12, `header length ${headerLength} is below 20`);
  }
  if (headerLength > available) {
    throw new ParseError(
      FORMAT,
      "options",
      start + 20,
      `header length ${headerLength} exceeds the ${available} bytes present`,
    );
  }
  return {
    sourcePort: (b[start]! << 8) | b[start + 1]!,
    destinationPort: (b[start + 2]! << 8) | b[start + 3]!,
    sequenceNumber:
      ((b[start + 4]! << 24) | (b[start + 5]! << 16) | (b[start + 6]! << 8) | b[start + 7]!) >>> 0,
    acknowledgmentNumber:
      ((b[start + 8]! << 24) | (b[start + 9]! << 16) | (b[start + 10]! << 8) | b[start + 11]!) >>> 0,
    headerLength,
    flags: b[start + 13]!,
    window: (b[start + 14]! << 8) | b[start + 15]!,
    checksum: (b[start + 16]! << 8) | b[start + 17]!,
    urgentPointer: (b[start + 18]! << 8) | b[start + 19]!,
    payloadStart: start + headerLength,
    payloadEnd: end,
  };
}

/*
 * RFC 9293 §3.2 options: End of Option List (0), No-Operation (1), then | Kind | Length | data |.
 * Known kinds: MSS (2, RFC 9293), Window Scale (3, RFC 7323), SACK-Permitted (4) and SACK (5,
 * RFC 2018), Timestamps (8, RFC 7323).
 */
export interface TcpOption {
  readonly kind: number;
  readonly data: Uint8Array;
}

/** RFC 9293 §3.2: the options in `b[start, end)` (the header's option area), checking each length. */
export function parseTcpOptions(b: Uint8Array, start: number, end: number): TcpOption[] {
  const out: TcpOption[] = [];
  let o = start;
  while (o < end) {
    const kind = b[o]!;
    if (kind === 0) break;
    if (kind === 1) {
      o++;
      continue;
    }
    if (o + 2 > end) throw new ParseError(FORMAT, "option.length", o, `option ${kind} has no length octet`);
    const length = b[o + 1]!;
    if (length < 2 || o + length > end) {
      throw new ParseError(
        FORMAT,
        "option.length",
        o + 1,
        `option ${kind} length ${length} does not fit the header`,
      );
    }
    out.push({ kind, data: b.subarray(o + 2, o + length) });
    o += length;
  }
  return out;
}

export interface TcpSegment {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly sequenceNumber: number;
  readonly acknowledgmentNumber?: number;
  readonly flags: number;
  readonly window?: number;
  readonly options?: readonly TcpOption[];
  readonly payload: Uint8Array;
}

/** RFC 9293 §3.1: serialises a segment (checksum 0: captures do not verify it). Options are padded with EOL. */
export function serializeTcp(s: TcpSegment): Uint8Array {
  const optionBytes = (s.options ?? []).reduce((n, o) => n + 2 + o.data.length, 0);
  const headerLength = TCP_MIN_HEADER_LENGTH + ((optionBytes + 3) & ~3);
  if (headerLength > 60) throw new RangeError("TCP: options exceed 40 octets");
  const out = new Uint8Array(headerLength + s.payload.length);
  const seq = s.sequenceNumber >>> 0;
  const ack = (s.acknowledgmentNumber ?? 0) >>> 0;
  const window = s.window ?? 65535;
  out.set([s.sourcePort >> 8, s.sourcePort & 0xff, s.destinationPort >> 8, s.destinationPort & 0xff]);
  out.set([seq >>> 24, (seq >>> 16) & 0xff, (seq >>> 8) & 0xff, seq & 0xff], 4);
  out.set([ack >>> 24, (ack >>> 16) & 0xff, (ack >>> 8) & 0xff, ack & 0xff], 8);
  out.set([(headerLength / 4) << 4, s.flags & 0xff, window >> 8, window & 0xff], 12);
  let o = TCP_MIN_HEADER_LENGTH;
  for (const opt of s.options ?? []) {
    out[o] = opt.kind;
    out[o + 1] = opt.data.length + 2;
    out.set(opt.data, o + 2);
    o += 2 + opt.data.length;
  }
  out.set(s.payload, headerLength);
  return out;
}
