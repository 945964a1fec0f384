import { ParseError } from "../parse-error.js";

/*
 * RFC 8200 §3 IPv6 Header Format
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Traffic Class |           Flow Label                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Payload Length        |  Next Header  |   Hop Limit   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Source Address (128 bits)                      |
 * |                Destination Address (128 bits)                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * RFC 8200 §4.3-4.6 extension headers walked here: Hop-by-Hop (0), Routing (43), Destination
 * Options (60) share | Next Header | Hdr Ext Len (8-octet units, excluding the first 8) | ... |.
 * Authentication Header (51, RFC 4302) counts 4-octet units minus 2. Fragment (44), 8 octets:
 * |  Next Header  |   Reserved    |      Fragment Offset    |Res|M|
 * |                         Identification                        |
 */
const FORMAT = "IPv6";
export const IPV6_HEADER_LENGTH = 40;
export const NEXT_HEADER_HOP_BY_HOP = 0;
export const NEXT_HEADER_ROUTING = 43;
export const NEXT_HEADER_FRAGMENT = 44;
export const NEXT_HEADER_AUTHENTICATION = 51;
export const NEXT_HEADER_NONE = 59;
export const NEXT_HEADER_DESTINATION = 60;

export interface Ipv6Fragment {
  /** Octets (the field counts 8-octet units). */
  readonly offset: number;
  readonly moreFragments: boolean;
  readonly identification: number;
}

export interface Ipv6Header {
  readonly trafficClass: number;
  readonly flowLabel: number;
  /** Octets after the fixed header (the Jumbo Payload length for a jumbogram). */
  readonly payloadLength: number;
  readonly hopLimit: number;
  readonly source: Uint8Array;
  readonly destination: Uint8Array;
  /** Extension headers walked, in order (their Next Header values as found). */
  readonly extensionHeaders: readonly number[];
  /** The upper-layer protocol after the extension headers (59 when there is none). */
  readonly protocol: number;
  readonly fragment: Ipv6Fragment | undefined;
  /** Offsets into the parsed buffer of the upper-layer payload (or the fragment's data). */
  readonly payloadStart: number;
  readonly payloadEnd: number;
  readonly truncated: boolean;
}

const MAX_EXTENSION_HEADERS = 16;

/** RFC 8200 §3, §4: parses the fixed header and walks the extension headers, checking each length. */
export function parseIpv6(b: Uint8Array, start = 0, end = b.length): Ipv6Header {
  const available = end - start;
  if (available < IPV6_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", start, `needs 40 bytes, only ${available} present`);
  }
  const b0 = b[start]!;
  if (b0 >> 4 !== 6) throw new ParseError(FORMAT, "version", start, `version is ${b0 >> 4}, expected 6`);
  let payloadLength = (b[start + 4]! << 8) | b[start + 5]!;
  let next = b[start + 6]!;
  const extensionHeaders: number[] = [];
  let fragment: Ipv6Fragment | undefined;
  let o = start + IPV6_HEADER_LENGTH;
  if (payloadLength === 0 && next !== NEXT_HEADER_NONE) payloadLength = jumboLength(b, o, end, next);
  const packetEnd = start + IPV6_HEADER_LENGTH + payloadLength;
  const limit = Math.min(end, packetEnd);
  while (isExtension(next)) {
    if (extensionHeaders.length === MAX_EXTENSION_HEADERS) {
      throw new ParseError(
        FORMAT,
        "extensionHeaders",
        o,
        `more than ${MAX_EXTENSION_HEADERS} extension headers`,
      );
    }
    if (o + 8 > limit) throw new ParseError(FORMAT, `extension.${next}`, o, "extension header truncated");
    const length =
      next === NEXT_HEADER_FRAGMENT
        ? 8
        : next === NEXT_HEADER_AUTHENTICATION
          ? (b[o + 1]! + 2) * 4
          : (b[o + 1]! + 1) * 8;
    if (o + length > limit) {
      throw new ParseError(
        FORMAT,
        `extension.${next}`,
        o,
        `extension header of ${length} bytes runs past the packet`,
      );
    }
    if (next === NEXT_HEADER_FRAGMENT) {
      const field = (b[o + 2]! << 8) | b[o + 3]!;
      fragment = {
        offset: field & 0xfff8,
        moreFragments: (field & 1) === 1,
        identification: ((b[o + 4]! << 24) | (b[o + 5]! << 16) | (b[o + 6]! << 8) | b[o + 7]!) >>> 0,
      };
    }
    extensionHeaders.push(next);
    next = b[o]!;
    o += length;
    // RFC 8200 §4.5: headers after the fragment header are part of the fragmentable payload.
    if (fragment) break;
  }
  return {
    trafficClass: ((b0 & 0x0f) << 4) | (b[start + 1]! >> 4),
    flowLabel: ((b[start + 1]! & 0x0f) << 16) | (b[start + 2]! << 8) | b[start + 3]!,
    payloadLength,
    hopLimit: b[start + 7]!,
    source: b.subarray(start + 8, start + 24),
    destination: b.subarray(start + 24, start + 40),
    extensionHeaders,
    protocol: next,
    fragment,
    payloadStart: o,
    payloadEnd: limit,
    truncated: packetEnd > end,
  };
}

function isExtension(next: number): boolean {
  return (
    next === NEXT_HEADER_HOP_BY_HOP ||
    next === NEXT_HEADER_ROUTING ||
    next === NEXT_HEADER_FRAGMENT ||
    next === NEXT_HEADER_DESTINATION ||
    next === NEXT_HEADER_AUTHENTICATION
  );
}

/** RFC 2675 §2: a zero Payload Length needs a Jumbo Payload option (0xC2) in a Hop-by-Hop header. */
function jumboLength(b: Uint8Array, o: number, end: number, next: number): number {
  const missing = () =>
    new ParseError(FORMAT, "payloadLength", o - 36, "payload length 0 without a Jumbo Payload option");
  if (next !== NEXT_HEADER_HOP_BY_HOP || o + 8 > end) throw missing();
  const hbhEnd = Math.min(end, o + (b[o + 1]! + 1) * 8);
  let p = o + 2;
  while (p < hbhEnd) {
    const type = b[p]!;
    if (type === 0) {
      p++;
      continue;
    }
    if (p + 2 > hbhEnd) break;
    const length = b[p + 1]!;
    if (type === 0xc2) {
      if (length !== 4 || p + 6 > hbhEnd)
        throw new ParseError(FORMAT, "jumboPayload", p, `option length ${length}, expected 4`);
      const jumbo = ((b[p + 2]! << 24) | (b[p + 3]! << 16) | (b[p + 4]! << 8) | b[p + 5]!) >>> 0;
      if (jumbo <= 65535)
        throw new ParseError(
          FORMAT,
          "jumboPayload",
          p + 2,
          `jumbo payload length ${jumbo} is not above 65535`,
        );
      return jumbo;
    }
    p += 2 + length;
  }
  throw missing();
}

export interface Ipv6Packet {
  readonly trafficClass?: number;
  readonly flowLabel?: number;
  readonly hopLimit?: number;
  readonly source: Uint8Array;
  readonly destination: Uint8Array;
  /** Extension headers before the payload, each as its type and body (the body after Next Header and length octets for 0/43/60, padded by the caller to fit). */
  readonly extensions?: readonly { readonly type: number; readonly body: Uint8Array }[];
  readonly fragment?: Ipv6Fragment;
  /** Upper-layer protocol (Next Header of the last header). */
  readonly protocol: number;
  readonly payload: Uint8Array;
}

/**
 * RFC 8200 §3-4: serialises a packet. Extensions with type 0, 43 or 60 take a body of 6 + 8n
 * octets; a fragment header is placed after them.
 */
export function serializeIpv6(p: Ipv6Packet): Uint8Array {
  const headers: { type: number; bytes: Uint8Array }[] = [];
  for (const ext of p.extensions ?? []) {
    if ((ext.body.length + 2) % 8 !== 0) throw new RangeError("IPv6: extension body must be 6 + 8n octets");
    const bytes = new Uint8Array(ext.body.length + 2);
    bytes[1] = (bytes.length >> 3) - 1;
    bytes.set(ext.body, 2);
    headers.push({ type: ext.type, bytes });
  }
  if (p.fragment) {
    const f = p.fragment;
    if (f.offset % 8 !== 0) throw new RangeError("IPv6: fragment offset must be a multiple of 8");
    const field = f.offset | (f.moreFragments ? 1 : 0);
    const id = f.identification;
    headers.push({
      type: NEXT_HEADER_FRAGMENT,
      bytes: Uint8Array.of(
        0,
        0,
        field >> 8,
        field & 0xff,
        id >>> 24,
        (id >>> 16) & 0xff,
        (id >>> 8) & 0xff,
        id & 0xff,
      ),
    });
  }
  const extLength = headers.reduce((n, h) => n + h.bytes.length, 0);
  const payloadLength = extLength + p.payload.length;
  if (payloadLength > 65535) throw new RangeError("IPv6: payload over 65535 octets needs a jumbogram");
  const out = new Uint8Array(IPV6_HEADER_LENGTH + payloadLength);
  const tc = p.trafficClass ?? 0;
  const flow = p.flowLabel ?? 0;
  out[0] = 0x60 | (tc >> 4);
  out[1] = ((tc & 0x0f) << 4) | ((flow >> 16) & 0x0f);
  out[2] = (flow >> 8) & 0xff;
  out[3] = flow & 0xff;
  out[4] = payloadLength >> 8;
  out[5] = payloadLength & 0xff;
  out[6] = headers[0]?.type ?? p.protocol;
  out[7] = p.hopLimit ?? 64;
  out.set(p.source.subarray(0, 16), 8);
  out.set(p.destination.subarray(0, 16), 24);
  let o = IPV6_HEADER_LENGTH;
  headers.forEach((h, i) => {
    h.bytes[0] = headers[i + 1]?.type ?? p.protocol;
    out.set(h.bytes, o);
    o += h.bytes.length;
  });
  out.set(p.payload, o);
  return out;
}
