import { type Cipher, createCipheriv, createHmac } from "node:crypto";
import { PlainHmacSha1 } from "./sha1-hmac.js";

const BLOCK = 16;
/** RFC 3711 §4.1.1: the 16-bit block counter limits one packet's keystream to 2^16 blocks. */
const MAX_KEYSTREAM = 0x1_0000 * BLOCK;
const ROC_MOD = 0x1_0000_0000;

/**
 * RFC 3711 §4.1.1 AES in counter mode under one session key and salt. One AES-ECB cipher is
 * kept for the life of the session and encrypts the counter blocks of each packet (ECB without
 * padding never needs final(), so it can be fed forever); a new cipher per packet costs more
 * than the encryption itself.
 */
export class AesCmKeystream {
  private readonly ecb: Cipher;
  private readonly salt: Uint8Array;
  /** Counter blocks of the current packet; grown when a longer packet comes. */
  private counters = Buffer.alloc(1536);

  constructor(key: Uint8Array, salt: Uint8Array) {
    if (key.length !== 16 && key.length !== 32)
      throw new RangeError(`SRTP: AES-CM key is ${key.length} octets, needs 16 or 32`);
    if (salt.length !== 14) throw new RangeError(`SRTP: AES-CM salt is ${salt.length} octets, needs 14`);
    this.ecb = createCipheriv(key.length === 16 ? "aes-128-ecb" : "aes-256-ecb", key, null);
    this.ecb.setAutoPadding(false);
    this.salt = new Uint8Array(salt); // a copy, also of a Buffer
  }

  /**
   * Writes `src` XOR the keystream of the packet with this SSRC and 48-bit index into `dst`
   * (same length; `dst` may be `src`). IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16), and
   * block j of the keystream is AES(IV + j).
   */
  xor(ssrc: number, index: number, src: Uint8Array, dst: Uint8Array): void {
    const length = src.length;
    if (length === 0) return;
    if (length > MAX_KEYSTREAM) throw new RangeError(`SRTP: ${length} octets exceed the AES-CM keystream`);
    const blocks = Math.ceil(length / BLOCK);
    if (this.counters.length < blocks * BLOCK) this.counters = Buffer.alloc(blocks * BLOCK);
    const c = this.counters;
    const s = this.salt;
    const high = Math.floor(index / ROC_MOD); // top 16 bits of the 48-bit index
    const low = index >>> 0;
    c[0] = s[0]!;
    c[1] = s[1]!;
    c[2] = s[2]!;
    c[3] = s[3]!;
    c[4] = s[4]! ^ (ssrc >>> 24);
    c[5] = s[5]! ^ ((ssrc >>> 16) & 0xff);
    c[6] = s[6]! ^ ((ssrc >>> 8) & 0xff);
    c[7] = s[7]! ^ (ssrc & 0xff);
    c[8] = s[8]! ^ ((high >>> 8) & 0xff);
    c[9] = s[9]! ^ (high & 0xff);
    c[10] = s[10]! ^ (low >>> 24);
    c[11] = s[11]! ^ ((low >>> 16) & 0xff);
    c[12] = s[12]! ^ ((low >>> 8) & 0xff);
    c[13] = s[13]! ^ (low & 0xff);
    c[14] = 0;
    c[15] = 0;
    // Copy the first block over the rest by doubling, then write each block's counter.
    const total = blocks * BLOCK;
    for (let filled = BLOCK; filled < total; filled *= 2)
      c.copyWithin(filled, 0, Math.min(filled, total - filled));
    for (let j = 1, at = BLOCK + 14; j < blocks; j++, at += BLOCK) {
      c[at] = j >>> 8;
      c[at + 1] = j & 0xff;
    }
    const keystream = this.ecb.update(c.subarray(0, total));
    xorInto(dst, src, keystream, length);
  }
}

/**
 * dst[i] = src[i] XOR keystream[i] for i < length. Four octets at a time when `dst` and the
 * keystream are 4-aligned (the plaintext is copied into `dst` first when it is not aligned).
 */
function xorInto(dst: Uint8Array, src: Uint8Array, keystream: Uint8Array, length: number): void {
  const words = length >>> 2;
  if (words > 0 && ((dst.byteOffset | keystream.byteOffset) & 3) === 0) {
    if (dst !== src) dst.set(src.subarray(0, length));
    const d = new Int32Array(dst.buffer, dst.byteOffset, words);
    const k = new Int32Array(keystream.buffer, keystream.byteOffset, words);
    for (let i = 0; i < words; i++) d[i] = d[i]! ^ k[i]!;
    for (let i = words * 4; i < length; i++) dst[i] = dst[i]! ^ keystream[i]!;
    return;
  }
  for (let i = 0; i < length; i++) dst[i] = src[i]! ^ keystream[i]!;
}

/** Messages up to this many octets are authenticated in plain code (see PlainHmacSha1). */
const PLAIN_HMAC_MAX = 320;

/**
 * RFC 2104 HMAC-SHA1 (RFC 3711 §4.2.1) under one session authentication key. Short messages
 * (audio, RTCP) go through PlainHmacSha1, whose key states are computed once; long ones (video)
 * through node:crypto, whose SHA-1 is faster there. Copying native SHA-1 states pre-keyed with
 * key XOR ipad / opad was measured slower than createHmac: two native hash objects and two
 * digests per packet where createHmac costs one of each.
 */
export class HmacSha1 {
  private readonly key: Buffer;
  private readonly plain: PlainHmacSha1;

  constructor(key: Uint8Array) {
    this.key = Buffer.from(key); // a copy
    this.plain = new PlainHmacSha1(key);
  }

  /** The 20-octet HMAC of `message || suffix` (suffix: the ROC for SRTP, none for SRTCP). */
  digest(message: Uint8Array, suffix?: Uint8Array): Uint8Array {
    if (message.length + (suffix?.length ?? 0) <= PLAIN_HMAC_MAX) return this.plain.digest(message, suffix);
    const h = createHmac("sha1", this.key).update(message);
    if (suffix) h.update(suffix);
    return h.digest();
  }
}
