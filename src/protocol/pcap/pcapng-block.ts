import { ParseError } from "../parse-error.js";
import { readU16, readU32, writeU16, writeU32 } from "./byte-order.js";

/*
 * pcapng (draft-ietf-opsawg-pcapng §3.1): every block has the same frame, in the byte order of
 * the Section Header Block that opened its section.
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +---------------------------------------------------------------+
 *  0 |                          Block Type                           |
 *    +---------------------------------------------------------------+
 *  4 |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 *  8 /                          Block Body                           /
 *    /              variable length, padded to 32 bits               /
 *    +---------------------------------------------------------------+
 *    |                      Block Total Length                       |
 *    +---------------------------------------------------------------+
 *
 * Options (§3.5), inside the body of most blocks, until opt_endofopt (code 0) or the body's end:
 *    |      Option Code              |         Option Length         |
 *    /                       Option Value (padded to 32 bits)        /
 */
export const PCAPNG_SECTION_HEADER = 0x0a0d0d0a;
export const PCAPNG_INTERFACE_DESCRIPTION = 0x00000001;
/** Obsolete Packet Block (draft-ietf-opsawg-pcapng Appendix A), still written by old tools. */
export const PCAPNG_PACKET_BLOCK = 0x00000002;
export const PCAPNG_SIMPLE_PACKET = 0x00000003;
export const PCAPNG_ENHANCED_PACKET = 0x00000006;
export const PCAPNG_BYTE_ORDER_MAGIC = 0x1a2b3c4d;
/** Block frame overhead: type, leading and trailing total length. */
export const PCAPNG_BLOCK_OVERHEAD = 12;

const FORMAT = "pcapng";

export interface PcapngOption {
  readonly code: number;
  /** A view into the block, without padding. */
  readonly value: Uint8Array;
}

/** §3.5: options between `start` and `end`; stops at opt_endofopt; checks every length. */
export function parsePcapngOptions(b: Uint8Array, start: number, end: number, le: boolean): PcapngOption[] {
  const out: PcapngOption[] = [];
  let o = start;
  while (o + 4 <= end) {
    const code = readU16(b, o, le);
    const length = readU16(b, o + 2, le);
    if (code === 0) break;
    if (o + 4 + length > end) {
      throw new ParseError(
        FORMAT,
        "option.length",
        o + 2,
        `option ${code} length ${length} runs past the block body`,
      );
    }
    out.push({ code, value: b.subarray(o + 4, o + 4 + length) });
    o += 4 + ((length + 3) & ~3);
  }
  return out;
}

/** §3.5: options with opt_endofopt, each value padded to 32 bits. */
export function serializePcapngOptions(options: readonly PcapngOption[], le: boolean): Uint8Array {
  if (options.length === 0) return new Uint8Array(0);
  let size = 4;
  for (const opt of options) size += 4 + ((opt.value.length + 3) & ~3);
  const out = new Uint8Array(size);
  let o = 0;
  for (const opt of options) {
    writeU16(out, o, opt.code, le);
    writeU16(out, o + 2, opt.value.length, le);
    out.set(opt.value, o + 4);
    o += 4 + ((opt.value.length + 3) & ~3);
  }
  return out;
}

/** §3.1: frames `body` (padded to 32 bits) as a block of `type`. */
export function serializePcapngBlock(type: number, body: Uint8Array, le: boolean): Uint8Array {
  const padded = (body.length + 3) & ~3;
  const total = padded + PCAPNG_BLOCK_OVERHEAD;
  const out = new Uint8Array(total);
  writeU32(out, 0, type, le);
  writeU32(out, 4, total, le);
  out.set(body, 8);
  writeU32(out, total - 4, total, le);
  return out;
}

/*
 * §4.1 Section Header Block body:
 *  8 |                      Byte-Order Magic                         |
 * 12 |          Major Version        |         Minor Version         |
 * 16 |                          Section Length (64 bits, -1 unknown) |
 * 24 /                      Options (variable)                       /
 */
export interface PcapngSectionHeader {
  readonly littleEndian: boolean;
  readonly versionMajor: number;
  readonly versionMinor: number;
}

/** §4.1: the byte order of a Section Header Block at `offset` (12 bytes present), or a ParseError. */
export function sectionByteOrder(b: Uint8Array, offset: number): boolean {
  if (readU32(b, offset + 8, true) === PCAPNG_BYTE_ORDER_MAGIC) return true;
  if (readU32(b, offset + 8, false) === PCAPNG_BYTE_ORDER_MAGIC) return false;
  throw new ParseError(
    FORMAT,
    "section.byteOrderMagic",
    offset + 8,
    `byte-order magic 0x${readU32(b, offset + 8, false).toString(16)} is not 0x1a2b3c4d`,
  );
}

/** §4.1: parses the Section Header Block `b[offset, offset+length)`; versions 1.0 and 1.2 only. */
export function parsePcapngSectionHeader(b: Uint8Array, offset: number, length: number): PcapngSectionHeader {
  if (length < 28)
    throw new ParseError(FORMAT, "section.length", offset + 4, `block length ${length} is below 28`);
  const le = sectionByteOrder(b, offset);
  const versionMajor = readU16(b, offset + 12, le);
  const versionMinor = readU16(b, offset + 14, le);
  // §4.1: a reader must not try to read a section of a major version it does not know.
  if (versionMajor !== 1 || (versionMinor !== 0 && versionMinor !== 2)) {
    throw new ParseError(
      FORMAT,
      "section.version",
      offset + 12,
      `version ${versionMajor}.${versionMinor} is not supported (expected 1.0)`,
    );
  }
  return { littleEndian: le, versionMajor, versionMinor };
}

export function serializePcapngSectionHeader(
  h: PcapngSectionHeader,
  options: readonly PcapngOption[] = [],
): Uint8Array {
  const opts = serializePcapngOptions(options, h.littleEndian);
  const body = new Uint8Array(16 + opts.length);
  writeU32(body, 0, PCAPNG_BYTE_ORDER_MAGIC, h.littleEndian);
  writeU16(body, 4, h.versionMajor, h.littleEndian);
  writeU16(body, 6, h.versionMinor, h.littleEndian);
  body.fill(0xff, 8, 16); // section length unknown (-1)
  body.set(opts, 16);
  return serializePcapngBlock(PCAPNG_SECTION_HEADER, body, h.littleEndian);
}

/*
 * §4.2 Interface Description Block body:
 *  8 |           LinkType            |           Reserved            |
 * 12 |                            SnapLen                            |
 * 16 /                      Options (variable)                       /
 */
export interface PcapngInterface {
  readonly linkType: number;
  readonly snapLength: number;
  /** if_tsresol (§4.2 option 9): timestamp units per second are base^exponent. Default 10^6. */
  readonly tsBase: 2 | 10;
  readonly tsExponent: number;
  /** if_tsoffset (§4.2 option 14): seconds added to every timestamp. */
  readonly tsOffset: number;
  /** if_name (§4.2 option 2), when present. */
  readonly name?: string;
}

const IF_NAME = 2;
const IF_TSRESOL = 9;
const IF_TSOFFSET = 14;

/** §4.2: parses an Interface Description Block `b[offset, offset+length)`. */
export function parsePcapngInterface(
  b: Uint8Array,
  offset: number,
  length: number,
  le: boolean,
): PcapngInterface {
  if (length < 20)
    throw new ParseError(FORMAT, "interface.length", offset + 4, `block length ${length} is below 20`);
  let tsBase: 2 | 10 = 10;
  let tsExponent = 6;
  let tsOffset = 0;
  let name: string | undefined;
  for (const opt of parsePcapngOptions(b, offset + 16, offset + length - 4, le)) {
    if (opt.code === IF_TSRESOL && opt.value.length >= 1) {
      const v = opt.value[0]!;
      tsBase = v & 0x80 ? 2 : 10;
      tsExponent = v & 0x7f;
      const limit = tsBase === 10 ? 18 : 63;
      if (tsExponent > limit) {
        throw new ParseError(
          FORMAT,
          "interface.if_tsresol",
          offset + 16,
          `resolution ${tsBase}^-${tsExponent} is too fine`,
        );
      }
    } else if (opt.code === IF_TSOFFSET && opt.value.length >= 8) {
      const lo = readU32(opt.value, le ? 0 : 4, le);
      const hi = readU32(opt.value, le ? 4 : 0, le) | 0;
      tsOffset = hi * 4294967296 + lo;
    } else if (opt.code === IF_NAME) {
      name = new TextDecoder().decode(opt.value);
    }
  }
  const iface: PcapngInterface = {
    linkType: readU16(b, offset + 8, le),
    snapLength: readU32(b, offset + 12, le),
    tsBase,
    tsExponent,
    tsOffset,
  };
  return name === undefined ? iface : { ...iface, name };
}

export function serializePcapngInterface(i: PcapngInterface, le: boolean): Uint8Array {
  const options: PcapngOption[] = [];
  if (i.name !== undefined) options.push({ code: IF_NAME, value: new TextEncoder().encode(i.name) });
  if (i.tsBase !== 10 || i.tsExponent !== 6) {
    options.push({ code: IF_TSRESOL, value: Uint8Array.of((i.tsBase === 2 ? 0x80 : 0) | i.tsExponent) });
  }
  if (i.tsOffset !== 0) {
    const v = new Uint8Array(8);
    const hi = Math.floor(i.tsOffset / 4294967296);
    writeU32(v, le ? 0 : 4, i.tsOffset - hi * 4294967296, le);
    writeU32(v, le ? 4 : 0, hi >>> 0, le);
    options.push({ code: IF_TSOFFSET, value: v });
  }
  const opts = serializePcapngOptions(options, le);
  const body = new Uint8Array(8 + opts.length);
  writeU16(body, 0, i.linkType, le);
  writeU32(body, 4, i.snapLength, le);
  body.set(opts, 8);
  return serializePcapngBlock(PCAPNG_INTERFACE_DESCRIPTION, body, le);
}

/*
 * §4.3 Enhanced Packet Block body:
 *  8 |                         Interface ID                          |
 * 12 |                        Timestamp (High)                       |
 * 16 |                        Timestamp (Low)                        |
 * 20 |                    Captured Packet Length                     |
 * 24 |                    Original Packet Length                     |
 * 28 /                          Packet Data (padded to 32 bits)      /
 *    /                      Options (variable)                       /
 */
export interface PcapngEnhancedPacket {
  readonly interfaceId: number;
  readonly timestampHigh: number;
  readonly timestampLow: number;
  readonly originalLength: number;
  readonly data: Uint8Array;
}

/** §4.3: Captured Packet Length of an EPB at `offset`, checked against the block length. */
export function enhancedPacketCapturedLength(
  b: Uint8Array,
  offset: number,
  length: number,
  le: boolean,
): number {
  if (length < 32)
    throw new ParseError(FORMAT, "epb.length", offset + 4, `block length ${length} is below 32`);
  const captured = readU32(b, offset + 20, le);
  if (captured > length - 32) {
    throw new ParseError(
      FORMAT,
      "epb.capturedLength",
      offset + 20,
      `captured length ${captured} exceeds the ${length - 32} bytes of the block`,
    );
  }
  return captured;
}

/** §4.3: parses an Enhanced Packet Block; `data` is a view. */
export function parsePcapngEnhancedPacket(
  b: Uint8Array,
  offset: number,
  length: number,
  le: boolean,
): PcapngEnhancedPacket {
  const captured = enhancedPacketCapturedLength(b, offset, length, le);
  return {
    interfaceId: readU32(b, offset + 8, le),
    timestampHigh: readU32(b, offset + 12, le),
    timestampLow: readU32(b, offset + 16, le),
    originalLength: readU32(b, offset + 24, le),
    data: b.subarray(offset + 28, offset + 28 + captured),
  };
}

export function serializePcapngEnhancedPacket(p: PcapngEnhancedPacket, le: boolean): Uint8Array {
  const body = new Uint8Array(20 + p.data.length);
  writeU32(body, 0, p.interfaceId, le);
  writeU32(body, 4, p.timestampHigh, le);
  writeU32(body, 8, p.timestampLow, le);
  writeU32(body, 12, p.data.length, le);
  writeU32(body, 16, p.originalLength, le);
  body.set(p.data, 20);
  return serializePcapngBlock(PCAPNG_ENHANCED_PACKET, body, le);
}

/*
 * §4.4 Simple Packet Block body (interface 0, no timestamp; captured length is the smaller of
 * the original length and the interface's snap length):
 *  8 |                    Original Packet Length                     |
 * 12 /                          Packet Data (padded to 32 bits)      /
 */
export function serializePcapngSimplePacket(
  data: Uint8Array,
  originalLength: number,
  le: boolean,
): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  writeU32(body, 0, originalLength, le);
  body.set(data, 4);
  return serializePcapngBlock(PCAPNG_SIMPLE_PACKET, body, le);
}

/**
 * §4.2 if_tsresol, §4.3: converts a 64-bit timestamp (high, low words) in units of base^-exponent
 * seconds to seconds and nanoseconds, plus if_tsoffset. Decimal resolutions up to 10^-9 use exact
 * base-2^16 long division (no BigInt on the hot path).
 */
export function pcapngTimestamp(
  high: number,
  low: number,
  iface: Pick<PcapngInterface, "tsBase" | "tsExponent" | "tsOffset">,
  out: { seconds: number; nanoseconds: number },
): void {
  if (iface.tsBase === 10 && iface.tsExponent <= 9) {
    const div = POW10[iface.tsExponent]!;
    // Each partial dividend stays below div * 2^16 < 2^46, so every step is exact.
    let cur = high >>> 16;
    let q = Math.floor(cur / div);
    let r = cur - q * div;
    cur = r * 65536 + (high & 0xffff);
    let qd = Math.floor(cur / div);
    r = cur - qd * div;
    q = q * 65536 + qd;
    cur = r * 65536 + (low >>> 16);
    qd = Math.floor(cur / div);
    r = cur - qd * div;
    q = q * 65536 + qd;
    cur = r * 65536 + (low & 0xffff);
    qd = Math.floor(cur / div);
    r = cur - qd * div;
    q = q * 65536 + qd;
    out.seconds = q + iface.tsOffset;
    out.nanoseconds = r * POW10[9 - iface.tsExponent]!;
    return;
  }
  const ts = (BigInt(high) << 32n) | BigInt(low);
  const units = iface.tsBase === 10 ? 10n ** BigInt(iface.tsExponent) : 1n << BigInt(iface.tsExponent);
  const seconds = ts / units;
  out.seconds = Number(seconds) + iface.tsOffset;
  out.nanoseconds = Number(((ts - seconds * units) * 1_000_000_000n) / units);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
