import { need, ParseError } from "../protocol/parse-error.js";

/**
 * A list of byte strings in one buffer: how pre-encoded media (audio payloads, H.264 pictures)
 * is kept in the start-up cache, so a second run reads it instead of running the encoder again.
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      'V'      |      'D'      |      'P'      |    version    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     count (entries, u32)                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   length of entry 0 (u32)                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   entry 0 (length octets) ...                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   length of entry 1 ... (and so on)           |
 *
 * All numbers are big-endian; the pack ends exactly after the last entry.
 */

const FORMAT = "payload pack";
const MAGIC = [0x56, 0x44, 0x50] as const; // "VDP"
export const PAYLOAD_PACK_VERSION = 1;
const HEADER = 8;

export function serialisePayloadPack(entries: readonly Uint8Array[]): Uint8Array {
  const total = entries.reduce((n, e) => n + 4 + e.length, HEADER);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[3] = PAYLOAD_PACK_VERSION;
  view.setUint32(4, entries.length);
  let at = HEADER;
  for (const e of entries) {
    view.setUint32(at, e.length);
    out.set(e, at + 4);
    at += 4 + e.length;
  }
  return out;
}

/** Reads a pack; entries are views into `buf`. Throws ParseError naming the field. */
export function parsePayloadPack(buf: Uint8Array): Uint8Array[] {
  need(buf, 0, HEADER, FORMAT, "header");
  if (buf[0] !== MAGIC[0] || buf[1] !== MAGIC[1] || buf[2] !== MAGIC[2])
    throw new ParseError(FORMAT, "magic", 0, "does not start with VDP");
  if (buf[3] !== PAYLOAD_PACK_VERSION)
    throw new ParseError(FORMAT, "version", 3, `version ${buf[3]} is not ${PAYLOAD_PACK_VERSION}`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const count = view.getUint32(4);
  // Each entry takes at least its 4-octet length: a count the buffer cannot hold is refused
  // before anything is allocated for it.
  if (count > (buf.length - HEADER) / 4)
    throw new ParseError(FORMAT, "count", 4, `${count} entries cannot fit in ${buf.length} bytes`);
  const entries: Uint8Array[] = [];
  let at = HEADER;
  for (let i = 0; i < count; i++) {
    need(buf, at, 4, FORMAT, `entry[${i}].length`);
    const length = view.getUint32(at);
    need(buf, at + 4, length, FORMAT, `entry[${i}]`);
    entries.push(buf.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  if (at !== buf.length)
    throw new ParseError(FORMAT, "trailer", at, `${buf.length - at} bytes after the last entry`);
  return entries;
}
