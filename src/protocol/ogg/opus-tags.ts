import { need, ParseError } from "../parse-error.js";

const FORMAT = "OpusTags";
const MAGIC = "OpusTags";

/** RFC 7845 §5.2 comment header. */
export interface OpusTags {
  vendor: string;
  /** "NAME=value" strings. */
  comments: string[];
  /** Bytes after the last comment (RFC 7845 §5.2 allows them); kept for re-serialising. */
  trailing: Uint8Array;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/*
 * RFC 7845 §5.2:
 *
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      'O'      |      'p'      |      'u'      |      's'      |
 * |      'T'      |      'a'      |      'g'      |      's'      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Vendor String Length                      |
 * :                        Vendor String...                       :
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   User Comment List Length                    |
 * |                 User Comment #0 String Length                 |
 * :                   User Comment #0 String...                   :
 * :                              ...                              :
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * Lengths are 32-bit little-endian; strings are UTF-8.
 */
export function parseOpusTags(buf: Uint8Array): OpusTags {
  need(buf, 0, 16, FORMAT, "header");
  for (let i = 0; i < 8; i++) {
    if (buf[i] !== MAGIC.charCodeAt(i)) throw new ParseError(FORMAT, "magic", 0, 'magic is not "OpusTags"');
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let at = 8;
  const readString = (field: string): string => {
    need(buf, at, 4, FORMAT, `${field}.length`);
    const len = view.getUint32(at, true);
    at += 4;
    need(buf, at, len, FORMAT, field);
    const start = at;
    at += len;
    try {
      return decoder.decode(buf.subarray(start, start + len));
    } catch {
      throw new ParseError(FORMAT, field, start, "is not valid UTF-8");
    }
  };
  const vendor = readString("vendor");
  need(buf, at, 4, FORMAT, "comment_count");
  const count = view.getUint32(at, true);
  at += 4;
  // Each comment needs at least its 4-byte length: reject absurd counts before looping.
  if (count > (buf.length - at) / 4)
    throw new ParseError(FORMAT, "comment_count", at - 4, `${count} comments cannot fit`);
  const comments: string[] = [];
  for (let i = 0; i < count; i++) comments.push(readString(`comment[${i}]`));
  return { vendor, comments, trailing: buf.slice(at) };
}

export function serialiseOpusTags(tags: OpusTags): Uint8Array {
  const strings = [tags.vendor, ...tags.comments].map((s) => encoder.encode(s));
  let size = 8 + 4 + tags.trailing.length;
  for (const s of strings) size += 4 + s.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = MAGIC.charCodeAt(i);
  let at = 8;
  const write = (s: Uint8Array): void => {
    view.setUint32(at, s.length, true);
    out.set(s, at + 4);
    at += 4 + s.length;
  };
  write(strings[0]!);
  view.setUint32(at, tags.comments.length, true);
  at += 4;
  for (const s of strings.slice(1)) write(s);
  out.set(tags.trailing, at);
  return out;
}
