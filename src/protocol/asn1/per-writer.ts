/**
 * Bit-level writer of an aligned-PER encoding (X.691 §11.1). Grows its buffer as needed;
 * `finish()` pads the last octet with zero bits (X.691 §11.1.3: a complete encoding is a
 * whole number of octets, at least one).
 */
export class PerWriter {
  private buf = new Uint8Array(64);
  private pos = 0;

  get bitPosition(): number {
    return this.pos;
  }

  private room(nBits: number): void {
    const needBytes = (this.pos + nBits + 7) >>> 3;
    if (needBytes <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < needBytes) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf);
    this.buf = next;
  }

  align(): void {
    const off = this.pos & 7;
    if (off !== 0) {
      this.room(8 - off);
      this.pos += 8 - off;
    }
  }

  bit(b: boolean): void {
    this.room(1);
    if (b) this.buf[this.pos >>> 3]! |= 0x80 >>> (this.pos & 7);
    this.pos++;
  }

  /** Writes the low n ≤ 32 bits of v (0 ≤ v < 2^n) most significant first. */
  bits(v: number, n: number): void {
    this.room(n);
    for (let k = n; k > 0; ) {
      const p = this.pos;
      const space = 8 - (p & 7);
      const take = Math.min(space, k);
      const shift = k - take;
      const chunk = Math.floor(v / 2 ** shift) & ((1 << take) - 1);
      this.buf[p >>> 3]! |= chunk << (space - take);
      this.pos += take;
      k -= take;
    }
  }

  /** Writes whole octets; fast when at an octet boundary. */
  octets(data: Uint8Array): void {
    if ((this.pos & 7) === 0) {
      this.room(data.length * 8);
      this.buf.set(data, this.pos >>> 3);
      this.pos += data.length * 8;
      return;
    }
    for (const b of data) this.bits(b, 8);
  }

  /** Writes the first nBits of a packed bit array. */
  bitArray(data: Uint8Array, nBits: number): void {
    let i = 0;
    for (; i + 8 <= nBits; i += 8) this.bits(data[i >>> 3]!, 8);
    if (i < nBits) this.bits(data[i >>> 3]! >>> (8 - (nBits - i)), nBits - i);
  }

  /** The complete encoding: zero-padded to an octet boundary, at least one octet. */
  finish(): Uint8Array {
    const n = Math.max(1, (this.pos + 7) >>> 3);
    return this.buf.slice(0, n);
  }
}
