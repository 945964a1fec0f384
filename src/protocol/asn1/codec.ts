import type { AsnType } from "./descriptor.js";
import { decodePer } from "./per-decoder.js";
import { encodePer } from "./per-encoder.js";

/** Aligned-PER encode/decode of one ASN.1 type, with its TypeScript value type. */
export interface PerCodec<T> {
  /** The ASN.1 type name, e.g. "H323-UserInformation"; decode errors name it. */
  readonly name: string;
  readonly type: AsnType;
  /** Decodes a complete encoding; throws ParseError naming the path of the bad field. */
  decode(data: Uint8Array): T;
  /** Encodes a value; throws AsnEncodeError naming the path of a value that does not fit. */
  encode(value: T): Uint8Array;
}

export function perCodec<T>(name: string, type: AsnType): PerCodec<T> {
  const format = `PER ${name}`;
  return {
    name,
    type,
    decode: (data) => decodePer(type, data, format) as T,
    encode: (value) => encodePer(type, value),
  };
}
