import type { AsnType } from "../asn1/index.js";
import { decodeValue } from "../asn1/per-decoder.js";
import { PerReader } from "../asn1/per-reader.js";
import { ParseError } from "../parse-error.js";

// H.460.18 and H.460.19 carry their own ASN.1 values as OCTET STRINGs inside H.225.0 / H.245
// parameters. Such a string holds exactly one PER encoding (X.691 §11.1: padded to a whole
// octet), so octets after it are an error, not something to skip: decodeWhole says how many.

/** Decodes one complete aligned-PER value that must fill `bytes` (up to the last octet's padding). */
export function decodeWhole<T>(type: AsnType, bytes: Uint8Array, format: string, field: string): T {
  if (bytes.length === 0) throw new ParseError(format, field, 0, "is empty, expected a PER encoding");
  const r = new PerReader(bytes, format);
  const value = decodeValue(r, type) as T;
  const leftOctets = Math.floor(r.bitsLeft / 8);
  if (leftOctets > 0) {
    throw new ParseError(format, field, bytes.length - leftOctets, `${leftOctets} octets after the value`);
  }
  return value;
}
