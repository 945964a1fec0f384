import { type Cipher, createCipheriv, createHmac } from "node:crypto";
import { PlainHmacSha1 } from "./sha1-hmac.js";

const BLOCK = 16;
/** RFC 3711 §4.1.1: the 16-bit block counter limits one packet's keystream to 2^16 blocks. */
const MAX_KEYSTREAM = 0x1_0000 * BLOCK;
const ROC_MOD = 0x1_0000_0000;

/** Packets long enough (video) get their keystream from a run prepared ahead for the next indices. */
const AHEAD_MIN_OCTETS = 512;
/** Indices in one run prepared ahead. */
const AHEAD_PACKETS = 16;
/** Keystream blocks prepared per index: 1504 octets, a full Ethernet-sized payload. */
const AHEAD_STRIDE_BLOCKS = 94;

/**
 * Writes the counter blocks of the packet with this SSRC and 48-bit index into `c` at `at`:
 * IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16), then IV + j for block j (RFC 3711 §4.1.1).
 */
function fillCounters(
  c: Buffer,
  at: number,
  salt: Uint8Array,
  ssrc: number,
  index: number,
  blocks: number,
): void {
  const high = Math.floor(index / ROC_MOD); // top 16 bits of the 48-bit index
  const low = index >>> 0;
  c[at] = salt[0]!;
  c[at + 1] = salt[1]!;
  c[at + 2] = salt[2]!;
  c[at + 3] = salt[3]!;
  c[at + 4] = salt[4]! ^ (ssrc >>> 24);
  c[at + 5] = salt[5]! ^ ((ssrc >>> 16) & 0xff);
  c[at + 6] = salt[6]! ^ ((ssrc >>> 8) & 0xff);
  c[at + 7] = salt[7]! ^ (ssrc & 0xff);
  c[at + 8] = salt[8]! ^ ((high >>> 8) & 0xff);
  c[at + 9] = salt[9]! ^ (high & 0xff);
  c[at + 10] = salt[10]! ^ (low >>> 24);
  c[at + 11] = salt[11]! ^ ((low >>> 16) & 0xff);
  c[at + 12] = salt[12]! ^ ((low >>> 8) & 0xff);
  c[at + 13] = salt[13]! ^ (low & 0xff);
  c[at + 14] = 0;
  c[at + 15] = 0;
  // Copy the first block over the rest by doubling, then write each block's counter.
  const total = blocks * BLOCK;
  for (let filled = BLOCK; filled < total; filled *= 2)
    c.copyWithin(at + filled, at, at + Math.min(filled, total - filled));
  for (let j = 1, o = at + BLOCK + 14; j < blocks; j++, o += BLOCK) {
    c[o] = j >>> 8;
    c[o + 1] = j & 0xff;
  }
}

/**
 * RFC 3711 §4.1.1 AES in counter mode under one session key and salt. One AES-ECB cipher is
 * kept for the life of the session and encrypts the counter blocks of each packet (ECB without
 * padding never needs final(), so it can be fed forever); a new cipher per packet costs more
 * than the encryption itself. For long packets the keystreams of the next AHEAD_PACKETS indices
 * of the SSRC are made in one call: a stream's packets come with consecutive indices, and one
 * native call for sixteen packets costs less than one each. A keystream depends only on SSRC and
 * index, so taking it from the run is the same as computing it then.
 */
export class AesCmKeystream {
  private readonly ecb: Cipher;
  private readonly salt: Uint8Array;
  /** Counter blocks of the current packet (or run); grown when a longer one comes. */
  private counters = Buffer.alloc(1536);
  /** The run prepared ahead: keystreams of indices aheadFirst .. aheadFirst + AHEAD_PACKETS - 1. */
  private ahead: Buffer | undefined;
  private aheadSsrc = -1;
  private aheadFirst = -1;
  private aheadCount = 0;
  /** The last long packet's SSRC and index: a run is made only for the next index of the same SSRC. */
  private lastSsrc = -1;
  private lastIndex = -2;

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
   * (same length; `dst` may be `src`); block j of the keystream is AES(IV + j).
   */
  xor(ssrc: number, index: number, src: Uint8Array, dst: Uint8Array): void {
    const length = src.length;
    if (length === 0) return;
    if (length > MAX_KEYSTREAM) throw new RangeError(`SRTP: ${length} octets exceed the AES-CM keystream`);
    const blocks = Math.ceil(length / BLOCK);
    if (length >= AHEAD_MIN_OCTETS && blocks <= AHEAD_STRIDE_BLOCKS) {
      const k = index - this.aheadFirst;
      const inRun = this.ahead !== undefined && ssrc === this.aheadSsrc && k >= 0 && k < this.aheadCount;
      // A new run only for a stream going in order, so SSRCs taking turns cost no wasted runs.
      const sequential = ssrc === this.lastSsrc && index === this.lastIndex + 1;
      this.lastSsrc = ssrc;
      this.lastIndex = index;
      if (inRun || sequential) {
        if (!inRun) this.prepareAhead(ssrc, index);
        xorInto(dst, src, this.ahead!, (inRun ? k : 0) * AHEAD_STRIDE_BLOCKS * BLOCK, length);
        return;
      }
    }
    if (this.counters.length < blocks * BLOCK) this.counters = Buffer.alloc(blocks * BLOCK);
    fillCounters(this.counters, 0, this.salt, ssrc, index, blocks);
    const keystream = this.ecb.update(this.counters.subarray(0, blocks * BLOCK));
    xorInto(dst, src, keystream, 0, length);
  }

  /** Keystreams of AHEAD_PACKETS consecutive indices from `first`, AHEAD_STRIDE_BLOCKS blocks each. */
  private prepareAhead(ssrc: number, first: number): void {
    const stride = AHEAD_STRIDE_BLOCKS * BLOCK;
    const total = AHEAD_PACKETS * stride;
    if (this.counters.length < total) this.counters = Buffer.alloc(total);
    // Indices past 2^48 - 1 do not exist (RFC 3711 §3.3.1): the run stops short there.
    const count = Math.min(AHEAD_PACKETS, 2 ** 48 - first);
    for (let k = 0; k < count; k++)
      fillCounters(this.counters, k * stride, this.salt, ssrc, first + k, AHEAD_STRIDE_BLOCKS);
    this.ahead = this.ecb.update(this.counters.subarray(0, count * stride));
    this.aheadSsrc = ssrc;
    this.aheadFirst = first;
    this.aheadCount = count;
  }
}

/**
 * dst[i] = src[i] XOR keystream[at + i] for i < length. Four octets at a time when `dst` and the
 * keystream are 4-aligned (the plaintext is copied into `dst` first when it is not aligned).
 */
function xorInto(dst: Uint8Array, src: Uint8Array, keystream: Uint8Array, at: number, length: number): void {
  const words = length >>> 2;
  if (words > 0 && ((dst.byteOffset | (keystream.byteOffset + at)) & 3) === 0) {
    if (dst !== src) dst.set(src.subarray(0, length));
    const d = new Int32Array(dst.buffer, dst.byteOffset, words);
    const k = new Int32Array(keystream.buffer, keystream.byteOffset + at, words);
    for (let i = 0; i < words; i++) d[i] = d[i]! ^ k[i]!;
    for (let i = words * 4; i < length; i++) dst[i] = dst[i]! ^ keystream[at + i]!;
    return;
  }
  for (let i = 0; i < length; i++) dst[i] = src[i]! ^ keystream[at + i]!;
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
