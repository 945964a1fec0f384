import { createCipheriv, createDecipheriv } from "node:crypto";
import { H235Error } from "./h235-error.js";

/** AES block length in octets. */
export const AES_BLOCK = 16;

function cipherName(key: Uint8Array): string {
  if (key.length === 16) return "aes-128-cbc";
  if (key.length === 24) return "aes-192-cbc";
  if (key.length === 32) return "aes-256-cbc";
  throw new RangeError(`AES key of ${key.length} octets`);
}

/** CBC over whole blocks, no padding. */
export function cbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const c = createCipheriv(cipherName(key), key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
}

/** CBC over whole blocks, no padding. */
export function cbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const d = createDecipheriv(cipherName(key), key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
}

function xorInto(target: Uint8Array, a: Uint8Array, b: Uint8Array, length: number): void {
  for (let i = 0; i < length; i++) target[i] = a[i]! ^ b[i]!;
}

/**
 * CBC with ciphertext stealing (H.235.0 §9.3, after Schneier, Applied Cryptography 9.3; the same
 * octets as RFC 3962's CBC-CS3 for a length that is not a whole number of blocks).
 * P_1..P_{n-1} are CBC-encrypted; the short last block P_n, zero-filled, is CBC-encrypted after
 * C_{n-1}; the output ends with that block followed by the first |P_n| octets of C_{n-1}.
 * Needs more than one block and a length that is not a whole number of blocks.
 */
export function ctsEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const tail = data.length % AES_BLOCK;
  if (data.length <= AES_BLOCK || tail === 0)
    throw new RangeError("CTS: needs n*16+m octets, n >= 1, 0 < m < 16");
  const full = data.length - tail;
  const c = cbcEncrypt(key, iv, data.subarray(0, full));
  const last = c.subarray(full - AES_BLOCK, full);
  const padded = new Uint8Array(AES_BLOCK);
  padded.set(data.subarray(full));
  const cn = cbcEncrypt(key, last, padded);
  const out = new Uint8Array(data.length);
  out.set(c.subarray(0, full - AES_BLOCK));
  out.set(cn, full - AES_BLOCK);
  out.set(last.subarray(0, tail), full);
  return out;
}

/** The inverse of ctsEncrypt. */
export function ctsDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const tail = data.length % AES_BLOCK;
  if (data.length <= AES_BLOCK || tail === 0) {
    throw new H235Error(
      "bad-ciphertext",
      "rtp.payload",
      `${data.length} octets cannot be CBC ciphertext with stealing`,
    );
  }
  const full = data.length - tail;
  const prefix = data.subarray(0, full - AES_BLOCK);
  const cn = data.subarray(full - AES_BLOCK, full);
  const stolen = data.subarray(full);
  // D(C_n) = (P_n || 0...) XOR C_{n-1}: its last 16-m octets are C_{n-1}'s, the first m come on the wire.
  const d = cbcDecrypt(key, new Uint8Array(AES_BLOCK), cn);
  const prev = new Uint8Array(AES_BLOCK);
  prev.set(stolen);
  prev.set(d.subarray(tail), tail);
  const pn = new Uint8Array(tail);
  xorInto(pn, d, stolen, tail);
  const before = prefix.length === 0 ? iv : prefix.subarray(prefix.length - AES_BLOCK);
  const pPrev = cbcDecrypt(key, before, prev);
  const out = new Uint8Array(data.length);
  out.set(cbcDecrypt(key, iv, prefix));
  out.set(pPrev, prefix.length);
  out.set(pn, full);
  return out;
}
