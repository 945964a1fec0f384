import { ParseError } from "../parse-error.js";

/*
 * RFC 791 §3.1 Internet Header Format
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Options                    |    Padding    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 */
const FORMAT = "IPv4";
export const IPV4_MIN_HEADER_LENGTH = 20;

export interface Ipv4Header {
  readonly headerLength: number;
  readonly typeOfService: number;
  readonly totalLength: number;
  readonly identification: number;
  readonly dontFragment: boolean;
  readonly moreFragments: boolean;
  /** Fragment offset in octets (the field counts 8-octet units). */
  readonly fragmentOffset: number;
  readonly timeToLive: number;
  readonly protocol: number;
  /** As captured; not verified (offloading NICs leave it unset in captures of sent packets). */
  readonly checksum: number;
  /** Addresses as unsigned 32-bit numbers (see `formatIpv4`). */
  readonly source: number;
  readonly destination: number;
  /** Offsets into the parsed buffer: options are [start + 20, payloadStart). */
  readonly payloadStart: number;
  readonly payloadEnd: number;
  /** The capture holds fewer octets than Total Length says (snap length). */
  readonly truncated: boolean;
}

/** RFC 791 §3.1: parses the header at `b[start]`, checking IHL and Total Length against the capture. */
export function parseIpv4(b: Uint8Array, start = 0, end = b.length): Ipv4Header {
  const available = end - start;
  if (available < IPV4_MIN_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", start, `needs 20 bytes, only ${available} present`);
  }
  const b0 = b[start]!;
  if (b0 >> 4 !== 4) throw new ParseError(FORMAT, "version", start, `version is ${b0 >> 4}, expected 4`);
  const headerLength = (b0 & 0x0f) * 4;
  if (headerLength < IPV4_MIN_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "ihl", start, `header length ${headerLength} is below 20`);
  }
  if (headerLength > available) {
    throw new ParseError(
      FORMAT,
      "options",
      start + 20,
      `header length ${headerLength} exceeds the ${available} captured bytes`,
    );
  }
  let totalLength = (b[start + 2]! << 8) | b[start + 3]!;
  // A zero Total Length is what segmentation offload leaves in captures of sent packets.
  if (totalLength === 0) totalLength = available;
  if (totalLength < headerLength) {
    throw new ParseError(
      FORMAT,
      "totalLength",
      start + 2,
      `total length ${totalLength} is below the header length ${headerLength}`,
    );
  }
  const truncated = totalLength > available;
  const flags = (b[start + 6]! << 8) | b[start + 7]!;
  return {
    headerLength,
    typeOfService: b[start + 1]!,
    totalLength,
    identification: (b[start + 4]! << 8) | b[start + 5]!,
    dontFragment: (flags & 0x4000) !== 0,
    moreFragments: (flags & 0x2000) !== 0,
    fragmentOffset: (flags & 0x1fff) * 8,
    timeToLive: b[start + 8]!,
    protocol: b[start + 9]!,
    checksum: (b[start + 10]! << 8) | b[start + 11]!,
    source: ((b[start + 12]! << 24) | (b[start + 13]! << 16) | (b[start + 14]! << 8) | b[start + 15]!) >>> 0,
    destination:
      ((b[start + 16]! << 24) | (b[start + 17]! << 16) | (b[start + 18]! << 8) | b[start + 19]!) >>> 0,
    payloadStart: start + headerLength,
    payloadEnd: truncated ? end : start + totalLength,
    truncated,
  };
}

export interface Ipv4Packet {
  readonly typeOfService?: number;
  readonly identification?: number;
  readonly dontFragment?: boolean;
  readonly moreFragments?: boolean;
  /** Octets; must be a multiple of 8. */
  readonly fragmentOffset?: number;
  readonly timeToLive?: number;
  readonly protocol: number;
  readonly source: number;
  readonly destination: number;
  /** Whole 32-bit words. */
  readonly options?: Uint8Array;
  readonly payload: Uint8Array;
}

/** RFC 791 §3.1: serialises a header (with a correct checksum) and payload. */
export function serializeIpv4(p: Ipv4Packet): Uint8Array {
  const options = p.options ?? new Uint8Array(0);
  if (options.length % 4 !== 0 || options.length > 40)
    throw new RangeError("IPv4: options must be 0..40 octets in whole words");
  const offset = p.fragmentOffset ?? 0;
  if (offset % 8 !== 0) throw new RangeError("IPv4: fragment offset must be a multiple of 8");
  const headerLength = 20 + options.length;
  const total = headerLength + p.payload.length;
  const out = new Uint8Array(total);
  out[0] = 0x40 | (headerLength / 4);
  out[1] = p.typeOfService ?? 0;
  out[2] = (total >> 8) & 0xff;
  out[3] = total & 0xff;
  const id = p.identification ?? 0;
  out[4] = id >> 8;
  out[5] = id & 0xff;
  const flags = (p.dontFragment ? 0x4000 : 0) | (p.moreFragments ? 0x2000 : 0) | (offset / 8);
  out[6] = flags >> 8;
  out[7] = flags & 0xff;
  out[8] = p.timeToLive ?? 64;
  out[9] = p.protocol;
  writeAddress(out, 12, p.source);
  writeAddress(out, 16, p.destination);
  out.set(options, 20);
  const sum = internetChecksum(out.subarray(0, headerLength));
  out[10] = sum >> 8;
  out[11] = sum & 0xff;
  out.set(p.payload, headerLength);
  return out;
}

/** RFC 1071: adds the 16-bit words of `b` to `sum`, unfolded (for sums over several parts). */
export function onesSum(b: Uint8Array, sum = 0): number {
  let s = sum;
  for (let i = 0; i + 1 < b.length; i += 2) s += (b[i]! << 8) | b[i + 1]!;
  if (b.length % 2 === 1) s += b[b.length - 1]! << 8;
  return s;
}

/**
 * RFC 1071: the one's complement of the one's complement sum of 16-bit words; `partial` is the
 * unfolded sum of what comes before `b` (a pseudo-header, RFC 768).
 */
export function internetChecksum(b: Uint8Array, partial = 0): number {
  let sum = onesSum(b, partial);
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 65536);
  return ~sum & 0xffff;
}

function writeAddress(out: Uint8Array, o: number, a: number): void {
  out[o] = a >>> 24;
  out[o + 1] = (a >>> 16) & 0xff;
  out[o + 2] = (a >>> 8) & 0xff;
  out[o + 3] = a & 0xff;
}
