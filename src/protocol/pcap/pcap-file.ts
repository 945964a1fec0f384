import { ParseError } from "../parse-error.js";
import { readU16, readU32, writeU16, writeU32 } from "./byte-order.js";

/*
 * Classic libpcap file format (draft-ietf-opsawg-pcap §4, §5).
 *
 * File header, 24 octets, in the byte order of the writer (the magic tells which):
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  0 |                          Magic Number                         |
 *  4 |          Major Version        |         Minor Version         |
 *  8 |                           Reserved1                           |
 * 12 |                           Reserved2                           |
 * 16 |                            SnapLen                            |
 * 20 | FCS |f|0 0 0 0 0 0 0 0 0 0 0 0|         LinkType              |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * Packet record, 16 octets of header then Captured Packet Length octets of data:
 *  0 |                      Timestamp (Seconds)                      |
 *  4 |            Timestamp (Microseconds or nanoseconds)            |
 *  8 |                    Captured Packet Length                     |
 * 12 |                    Original Packet Length                     |
 *
 * The "modified" (Kuznetzov) variant, magic 0xa1b2cd34, appends interface index (4),
 * protocol (2), packet type (1) and a pad octet to each record header: 24 octets.
 */
export const PCAP_MAGIC_MICROSECONDS = 0xa1b2c3d4;
export const PCAP_MAGIC_NANOSECONDS = 0xa1b23c4d;
export const PCAP_MAGIC_MODIFIED = 0xa1b2cd34;
export const PCAP_FILE_HEADER_LENGTH = 24;
export const PCAP_RECORD_HEADER_LENGTH = 16;
export const PCAP_MODIFIED_RECORD_HEADER_LENGTH = 24;

const FORMAT = "pcap";

export interface PcapFileHeader {
  readonly littleEndian: boolean;
  /** Timestamps carry nanoseconds (magic 0xa1b23c4d) rather than microseconds. */
  readonly nanoseconds: boolean;
  /** Kuznetzov's modified format: 24-octet record headers. */
  readonly modified: boolean;
  readonly versionMajor: number;
  readonly versionMinor: number;
  readonly snapLength: number;
  /** LINKTYPE_* value (lower 16 bits of the field). */
  readonly linkType: number;
  /** Length of the FCS at the end of each packet, in octets (0 when the f bit is clear). */
  readonly fcsLength: number;
}

export interface PcapRecordHeader {
  readonly seconds: number;
  /** Microseconds or nanoseconds, as the file header says; not checked to be below one second. */
  readonly fraction: number;
  readonly capturedLength: number;
  readonly originalLength: number;
}

/** The magic of a pcap file in `b` at 0, or undefined: `{ littleEndian, magic }`. */
export function detectPcapMagic(b: Uint8Array): { littleEndian: boolean; magic: number } | undefined {
  if (b.length < 4) return undefined;
  for (const littleEndian of [true, false]) {
    const magic = readU32(b, 0, littleEndian);
    if (
      magic === PCAP_MAGIC_MICROSECONDS ||
      magic === PCAP_MAGIC_NANOSECONDS ||
      magic === PCAP_MAGIC_MODIFIED
    ) {
      return { littleEndian, magic };
    }
  }
  return undefined;
}

/** draft-ietf-opsawg-pcap §4: parses the 24-octet file header. */
export function parsePcapFileHeader(b: Uint8Array): PcapFileHeader {
  if (b.length < PCAP_FILE_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", 0, `file header needs 24 bytes, only ${b.length} present`);
  }
  const found = detectPcapMagic(b);
  if (!found) {
    throw new ParseError(
      FORMAT,
      "header.magic",
      0,
      `magic 0x${readU32(b, 0, false).toString(16)} is not pcap`,
    );
  }
  const le = found.littleEndian;
  const versionMajor = readU16(b, 4, le);
  const versionMinor = readU16(b, 6, le);
  // libpcap accepts 2.x with x ≤ 4 (2.2 and 2.3 are older writers of the same layout).
  if (versionMajor !== 2 || versionMinor > 4) {
    throw new ParseError(
      FORMAT,
      "header.version",
      4,
      `version ${versionMajor}.${versionMinor} is not supported (expected 2.4)`,
    );
  }
  const linkField = readU32(b, 20, le);
  return {
    littleEndian: le,
    nanoseconds: found.magic === PCAP_MAGIC_NANOSECONDS,
    modified: found.magic === PCAP_MAGIC_MODIFIED,
    versionMajor,
    versionMinor,
    snapLength: readU32(b, 16, le),
    linkType: linkField & 0xffff,
    fcsLength: linkField & 0x04000000 ? ((linkField >>> 28) & 0x0f) * 2 : 0,
  };
}

/** draft-ietf-opsawg-pcap §4: the 24-octet file header. */
export function serializePcapFileHeader(h: PcapFileHeader): Uint8Array {
  const out = new Uint8Array(PCAP_FILE_HEADER_LENGTH);
  const le = h.littleEndian;
  const magic = h.modified
    ? PCAP_MAGIC_MODIFIED
    : h.nanoseconds
      ? PCAP_MAGIC_NANOSECONDS
      : PCAP_MAGIC_MICROSECONDS;
  writeU32(out, 0, magic, le);
  writeU16(out, 4, h.versionMajor, le);
  writeU16(out, 6, h.versionMinor, le);
  writeU32(out, 16, h.snapLength, le);
  const fcs = h.fcsLength > 0 ? (((h.fcsLength / 2) & 0x0f) << 28) | 0x04000000 : 0;
  writeU32(out, 20, (fcs | (h.linkType & 0xffff)) >>> 0, le);
  return out;
}

/** draft-ietf-opsawg-pcap §5: parses a record header at `offset` (16 or 24 octets, per `h.modified`). */
export function parsePcapRecordHeader(b: Uint8Array, offset: number, h: PcapFileHeader): PcapRecordHeader {
  const length = h.modified ? PCAP_MODIFIED_RECORD_HEADER_LENGTH : PCAP_RECORD_HEADER_LENGTH;
  if (offset < 0 || offset + length > b.length) {
    throw new ParseError(
      FORMAT,
      "record.header",
      offset,
      `record header needs ${length} bytes, only ${Math.max(0, b.length - offset)} present`,
    );
  }
  const le = h.littleEndian;
  return {
    seconds: readU32(b, offset, le),
    fraction: readU32(b, offset + 4, le),
    capturedLength: readU32(b, offset + 8, le),
    originalLength: readU32(b, offset + 12, le),
  };
}

/** draft-ietf-opsawg-pcap §5: one record (header and data) in the file's byte order. */
export function serializePcapRecord(
  h: PcapFileHeader,
  r: Omit<PcapRecordHeader, "capturedLength">,
  data: Uint8Array,
): Uint8Array {
  const headerLength = h.modified ? PCAP_MODIFIED_RECORD_HEADER_LENGTH : PCAP_RECORD_HEADER_LENGTH;
  const out = new Uint8Array(headerLength + data.length);
  const le = h.littleEndian;
  writeU32(out, 0, r.seconds, le);
  writeU32(out, 4, r.fraction, le);
  writeU32(out, 8, data.length, le);
  writeU32(out, 12, r.originalLength, le);
  out.set(data, headerLength);
  return out;
}
