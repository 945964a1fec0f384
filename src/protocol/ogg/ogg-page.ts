import { need, ParseError } from "../parse-error.js";
import { oggCrc32 } from "./crc32.js";

const FORMAT = "Ogg";
/** "OggS" */
const CAPTURE = [0x4f, 0x67, 0x67, 0x53] as const;
const HEADER_BYTES = 27;

/** RFC 3533 §6 header_type flags. */
export const OggFlag = {
  /** The first packet on this page continues a packet from the previous page. */
  continued: 0x01,
  /** First page of a logical bitstream. */
  beginOfStream: 0x02,
  /** Last page of a logical bitstream. */
  endOfStream: 0x04,
} as const;

/** One Ogg page, kept as its lacing values and body so it re-serialises byte for byte. */
export interface OggPage {
  /** header_type: an OR of {@link OggFlag} values. */
  flags: number;
  /** Codec-defined position (for Opus: 48 kHz samples incl. pre-skip); −1 when no packet ends here. */
  granulePosition: bigint;
  serialNumber: number;
  sequenceNumber: number;
  /** Lacing values, 0..255 of them, each 0..255. */
  segmentTable: Uint8Array;
  /** The concatenated segments; its length equals the sum of the lacing values. */
  body: Uint8Array;
}

/*
 * RFC 3533 §6, page header:
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1| Byte
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | capture_pattern: Magic number for page start "OggS"           | 0-3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | version       | header_type   | granule_position              | 4-7
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               | 8-11
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               | bitstream_serial_number       | 12-15
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               | page_sequence_number          | 16-19
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               | CRC_checksum                  | 20-23
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |page_segments  | segment_table | 24-27
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | ...                                                           | 28-
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * All multi-byte fields are little-endian.
 */
/** Parses the page that starts at `offset`; returns it and its length in bytes. */
export function parseOggPage(buf: Uint8Array, offset = 0): { page: OggPage; length: number } {
  need(buf, offset, HEADER_BYTES, FORMAT, "header");
  for (let i = 0; i < 4; i++) {
    if (buf[offset + i] !== CAPTURE[i]) {
      throw new ParseError(FORMAT, "capture_pattern", offset, 'capture pattern is not "OggS"');
    }
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = buf[offset + 4]!;
  if (version !== 0)
    throw new ParseError(FORMAT, "stream_structure_version", offset + 4, `version ${version} is not 0`);
  const flags = buf[offset + 5]!;
  if (flags & 0xf8)
    throw new ParseError(
      FORMAT,
      "header_type",
      offset + 5,
      `reserved flag bits set (0x${flags.toString(16)})`,
    );
  const granulePosition = view.getBigInt64(offset + 6, true);
  const serialNumber = view.getUint32(offset + 14, true);
  const sequenceNumber = view.getUint32(offset + 18, true);
  const checksum = view.getUint32(offset + 22, true);
  const segments = buf[offset + 26]!;
  need(buf, offset + HEADER_BYTES, segments, FORMAT, "segment_table");
  const segmentTable = buf.slice(offset + HEADER_BYTES, offset + HEADER_BYTES + segments);
  let bodyLength = 0;
  for (const lace of segmentTable) bodyLength += lace;
  const bodyStart = offset + HEADER_BYTES + segments;
  need(buf, bodyStart, bodyLength, FORMAT, "body");
  const length = HEADER_BYTES + segments + bodyLength;
  let crc = oggCrc32(buf, offset, offset + 22);
  crc = oggCrc32(new Uint8Array(4), 0, 4, crc);
  crc = oggCrc32(buf, offset + 26, offset + length, crc);
  if (crc !== checksum) {
    throw new ParseError(
      FORMAT,
      "CRC_checksum",
      offset + 22,
      `checksum 0x${checksum.toString(16)} != computed 0x${crc.toString(16)}`,
    );
  }
  const body = buf.slice(bodyStart, bodyStart + bodyLength);
  return { page: { flags, granulePosition, serialNumber, sequenceNumber, segmentTable, body }, length };
}

/** Parses consecutive pages filling `buf` exactly. */
export function parseOggPages(buf: Uint8Array): OggPage[] {
  const pages: OggPage[] = [];
  let offset = 0;
  while (offset < buf.length) {
    const { page, length } = parseOggPage(buf, offset);
    pages.push(page);
    offset += length;
  }
  return pages;
}

/** Serialises one page, computing its CRC. Throws RangeError on an inconsistent page. */
export function serialiseOggPage(page: OggPage): Uint8Array {
  const segs = page.segmentTable.length;
  if (segs > 255) throw new RangeError(`Ogg page has ${segs} lacing values, at most 255 fit`);
  let bodyLength = 0;
  for (const lace of page.segmentTable) bodyLength += lace;
  if (bodyLength !== page.body.length) {
    throw new RangeError(
      `Ogg page body is ${page.body.length} bytes but the lacing values sum to ${bodyLength}`,
    );
  }
  if (page.flags & 0xf8 || page.flags < 0)
    throw new RangeError(`Ogg header_type 0x${page.flags.toString(16)} is invalid`);
  const out = new Uint8Array(HEADER_BYTES + segs + bodyLength);
  const view = new DataView(out.buffer);
  out.set(CAPTURE, 0);
  out[4] = 0;
  out[5] = page.flags;
  view.setBigInt64(6, BigInt.asIntN(64, page.granulePosition), true);
  view.setUint32(14, page.serialNumber >>> 0, true);
  view.setUint32(18, page.sequenceNumber >>> 0, true);
  out[26] = segs;
  out.set(page.segmentTable, HEADER_BYTES);
  out.set(page.body, HEADER_BYTES + segs);
  view.setUint32(22, oggCrc32(out), true);
  return out;
}
