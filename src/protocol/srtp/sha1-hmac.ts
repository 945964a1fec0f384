/**
 * RFC 2104 HMAC over RFC 3174 SHA-1, in plain code, with the key's inner and outer states
 * computed once. For short messages (audio, RTCP) this is cheaper than node:crypto's HMAC, whose
 * fixed cost per call (a native object, the key schedule of two blocks, a Buffer for the digest)
 * outweighs hashing a few blocks; for long ones native SHA-1 is faster. Not constant-time in any
 * way that matters here: the key is the session's own and only the message varies.
 */

const BLOCK = 64;
/** RFC 3174 §6.1: H0..H4. */
const INITIAL = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0);

/** The message schedule of one block (RFC 3174 §6.1 step b-c), reused. */
const schedule = new Int32Array(80);

/** RFC 3174 §6.1 steps a-e: folds the 64-octet block of `m` at `at` into `state`. */
function compress(state: Int32Array, m: Uint8Array, at: number): void {
  const w = schedule;
  for (let i = 0; i < 16; i++, at += 4)
    w[i] = (m[at]! << 24) | (m[at + 1]! << 16) | (m[at + 2]! << 8) | m[at + 3]!;
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
    w[i] = (x << 1) | (x >>> 31);
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let t = 0;
  let i = 0;
  // RFC 3174 §5: f(t) and K(t) change every 20 rounds.
  for (; i < 20; i++) {
    t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (; i < 40; i++) {
    t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (; i < 60; i++) {
    t = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + (0x8f1bbcdc | 0) + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (; i < 80; i++) {
    t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + (0xca62c1d6 | 0) + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
}

/**
 * SHA-1 fed in parts, started from a given state (the initial one, or after the key's block);
 * RFC 3174 §4 padding: 0x80, zeros, and the length of everything hashed in bits.
 */
class Sha1Stream {
  private readonly state = new Int32Array(5);
  private readonly pending = new Uint8Array(BLOCK);
  private filled = 0;
  private total = 0;

  reset(from: Int32Array, consumed: number): void {
    this.state.set(from);
    this.filled = 0;
    this.total = consumed;
  }

  update(m: Uint8Array): void {
    let at = 0;
    const n = m.length;
    this.total += n;
    if (this.filled > 0) {
      while (at < n && this.filled < BLOCK) this.pending[this.filled++] = m[at++]!;
      if (this.filled < BLOCK) return;
      compress(this.state, this.pending, 0);
      this.filled = 0;
    }
    for (; at + BLOCK <= n; at += BLOCK) compress(this.state, m, at);
    while (at < n) this.pending[this.filled++] = m[at++]!;
  }

  finish(out: Uint8Array): void {
    const bits = this.total * 8;
    const p = this.pending;
    p[this.filled++] = 0x80;
    if (this.filled > BLOCK - 8) {
      p.fill(0, this.filled);
      compress(this.state, p, 0);
      this.filled = 0;
    }
    p.fill(0, this.filled, BLOCK - 8);
    const high = Math.floor(bits / 0x1_0000_0000);
    p[56] = high >>> 24;
    p[57] = (high >>> 16) & 0xff;
    p[58] = (high >>> 8) & 0xff;
    p[59] = high & 0xff;
    p[60] = (bits >>> 24) & 0xff;
    p[61] = (bits >>> 16) & 0xff;
    p[62] = (bits >>> 8) & 0xff;
    p[63] = bits & 0xff;
    compress(this.state, p, 0);
    for (let i = 0, o = 0; i < 5; i++, o += 4) {
      const v = this.state[i]!;
      out[o] = v >>> 24;
      out[o + 1] = (v >>> 16) & 0xff;
      out[o + 2] = (v >>> 8) & 0xff;
      out[o + 3] = v & 0xff;
    }
  }
}

/** One HMAC-SHA1 key (RFC 2104 §2), its padded inner and outer blocks already hashed. */
export class PlainHmacSha1 {
  private readonly inner = new Int32Array(5);
  private readonly outer = new Int32Array(5);
  private readonly stream = new Sha1Stream();
  private readonly innerDigest = new Uint8Array(20);

  constructor(key: Uint8Array) {
    // RFC 2104 §2: a key longer than the block is hashed first (SRTP's 20-octet keys never are).
    let k = key;
    if (k.length > BLOCK) {
      const d = new Uint8Array(20);
      this.stream.reset(INITIAL, 0);
      this.stream.update(k);
      this.stream.finish(d);
      k = d;
    }
    for (const [pad, state] of [
      [0x36, this.inner],
      [0x5c, this.outer],
    ] as const) {
      const block = new Uint8Array(BLOCK).fill(pad);
      for (let i = 0; i < k.length; i++) block[i] = block[i]! ^ k[i]!;
      state.set(INITIAL);
      compress(state, block, 0);
    }
  }

  /** HMAC(key, message || suffix) as 20 new octets. */
  digest(message: Uint8Array, suffix?: Uint8Array): Uint8Array {
    const s = this.stream;
    s.reset(this.inner, BLOCK);
    s.update(message);
    if (suffix) s.update(suffix);
    s.finish(this.innerDigest);
    s.reset(this.outer, BLOCK);
    s.update(this.innerDigest);
    const out = new Uint8Array(20);
    s.finish(out);
    return out;
  }
}
