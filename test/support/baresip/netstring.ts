import { ParseError } from "../../../src/protocol/parse-error.js";

/**
 * Netstring framing, as baresip's ctrl_tcp module speaks it (one JSON object per frame).
 *
 *   netstring = length ":" payload ","      ; length: decimal digits, no leading zeros but "0"
 *   e.g.        "12:hello world!,"
 *
 * (D. J. Bernstein, "Netstrings", 1997.)
 */
const FORMAT = "netstring";
/** Longest length prefix accepted: baresip's own frames stay far below 10^9 bytes. */
const MAX_DIGITS = 9;
const COLON = 0x3a;
const COMMA = 0x2c;

/** One netstring frame holding `payload`. */
export function encodeNetstring(payload: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`${payload.length}:`);
  const out = new Uint8Array(head.length + payload.length + 1);
  out.set(head, 0);
  out.set(payload, head.length);
  out[out.length - 1] = COMMA;
  return out;
}

/** Result of reading one frame: the payload and how many bytes of input it used. */
export interface NetstringFrame {
  readonly payload: Uint8Array;
  readonly consumed: number;
}

/**
 * Reads the frame at the start of `buf`. Returns `undefined` when `buf` holds only a prefix of a
 * well-formed frame (wait for more bytes); throws ParseError when it can never become one.
 */
export function decodeNetstring(buf: Uint8Array): NetstringFrame | undefined {
  let i = 0;
  let length = 0;
  while (i < buf.length && buf[i] !== COLON) {
    const c = buf[i]!;
    if (c < 0x30 || c > 0x39)
      throw new ParseError(FORMAT, "length", i, `byte 0x${c.toString(16)} is not a digit`);
    if (i === 1 && buf[0] === 0x30) throw new ParseError(FORMAT, "length", 0, "length has a leading zero");
    if (i >= MAX_DIGITS)
      throw new ParseError(FORMAT, "length", 0, `length has more than ${MAX_DIGITS} digits`);
    length = length * 10 + (c - 0x30);
    i++;
  }
  if (i === buf.length) return undefined;
  if (i === 0) throw new ParseError(FORMAT, "length", 0, "length is empty");
  const start = i + 1;
  const end = start + length;
  if (buf.length < end + 1) return undefined;
  if (buf[end] !== COMMA) throw new ParseError(FORMAT, "terminator", end, "frame does not end with ','");
  return { payload: buf.slice(start, end), consumed: end + 1 };
}

/** Splits a TCP byte stream into netstring payloads, keeping any incomplete tail for the next chunk. */
export class NetstringReader {
  private pending: Uint8Array = new Uint8Array(0);

  /** Appends `chunk` and returns every payload now complete, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.pending.length + chunk.length);
    joined.set(this.pending, 0);
    joined.set(chunk, this.pending.length);
    const frames: Uint8Array[] = [];
    let offset = 0;
    for (;;) {
      const frame = decodeNetstring(joined.subarray(offset));
      if (frame === undefined) break;
      frames.push(frame.payload);
      offset += frame.consumed;
    }
    this.pending = joined.slice(offset);
    return frames;
  }
}
