import { Q931EncodeError } from "./message.js";

// Display (Q.931 §4.5.16) and Keypad facility (Q.931 §4.5.18) carry characters. Q.931 says
// IA5; endpoints put names with national letters there (Latin-1, sometimes UTF-8 octets), and
// refusing a call over its display name would help nobody, so the octets are read one
// character each (Latin-1) and written back the same way: a received element re-serialises
// to its own bytes.

export function parseTextElement(contents: Uint8Array): string {
  return Buffer.from(contents).toString("latin1");
}

export function serializeTextElement(text: string, field: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) {
      throw new Q931EncodeError(
        `Q.931: ${field} character U+${text.charCodeAt(i).toString(16)} is not one octet`,
      );
    }
  }
  return Uint8Array.from(Buffer.from(text, "latin1"));
}
