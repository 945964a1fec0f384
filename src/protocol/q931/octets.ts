import { ParseError } from "../parse-error.js";
import { Q931EncodeError } from "./message.js";

// Helpers shared by the element codecs: Q.931 §4.5.1 fields packed in octets whose bit 8 is
// the extension bit ("0: the octet continues through the next octet; 1: last octet").
// Offsets in their ParseErrors count from the start of the element's contents.

/** The octet at `off` or a ParseError naming `field`. */
export function octetAt(contents: Uint8Array, off: number, field: string): number {
  if (off >= contents.length) {
    throw new ParseError("Q.931", field, off, `missing: the element ends after ${contents.length} octets`);
  }
  return contents[off]!;
}

/** Throws unless the octet at `off` has bit 8 (the extension bit) set. */
export function lastOctet(contents: Uint8Array, off: number, field: string): number {
  const octet = octetAt(contents, off, field);
  if (!(octet & 0x80)) {
    throw new ParseError("Q.931", field, off, `extension bit is 0, but this octet has no continuation`);
  }
  return octet;
}

/** Throws Q931EncodeError unless `value` is an integer in 0..max. */
export function checkField(value: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Q931EncodeError(`Q.931: ${field} ${value} is outside 0..${max}`);
  }
  return value;
}

/** IA5 (7-bit) characters, as in Called/Calling party number digits (Q.931 §4.5.8, §4.5.10). */
export function parseIa5(contents: Uint8Array, from: number, field: string): string {
  let text = "";
  for (let i = from; i < contents.length; i++) {
    const c = contents[i]!;
    if (c & 0x80)
      throw new ParseError("Q.931", field, i, `octet 0x${c.toString(16)} is not an IA5 character`);
    text += String.fromCharCode(c);
  }
  return text;
}

export function serializeIa5(text: string, field: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) throw new Q931EncodeError(`Q.931: ${field} character U+${c.toString(16)} is not IA5`);
    out.push(c);
  }
  return out;
}
