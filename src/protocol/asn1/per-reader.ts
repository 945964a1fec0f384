import { ParseError } from "../parse-error.js";
import { formatPath, type ValuePath } from "./value-path.js";

/**
 * Bit-level reader of an aligned-PER encoding (X.691 §11.1: bits are written most significant
 * first; "octet-aligned" fields start on a multiple of 8 bits from the start of the encoding).
 * Every read checks what is left and throws a ParseError naming the path being decoded.
 */
export class PerReader {
  private pos: number;
  private readonly end: number;

  constructor(
    private readonly buf: Uint8Array,
    readonly format: string,
    startBit = 0,
    endBit = buf.length * 8,
    private readonly base = 0,
    /** Path of the value being decoded, for error messages (shared with sub-readers). */
    readonly path: ValuePath = [],
  ) {
    this.pos = startBit;
    this.end = endBit;
  }

  /** A reader over octets [from, from+n) of the same buffer (an open type's contents). */
  sub(fromOctet: number, n: number): PerReader {
    return new PerReader(this.buf, this.format, fromOctet * 8, (fromOctet + n) * 8, fromOctet * 8, this.path);
  }

  get bitPosition(): number {
    return this.pos;
  }
  get octetPosition(): number {
    return this.pos >>> 3;
  }
  get bitsLeft(): number {
    return this.end - this.pos;
  }

  fail(detail: string): never {
    throw new ParseError(this.format, formatPath(this.path), this.pos >>> 3, detail);
  }

  private needBits(n: number): void {
    if (this.pos + n > this.end) {
      this.fail(`needs ${n} bits, only ${this.end - this.pos} left`);
    }
  }

  /** X.691 §11.1: padding up to the next octet boundary of the encoding. */
  align(): void {
    const off = (this.pos - this.base) & 7;
    if (off !== 0) {
      this.needBits(8 - off);
      this.pos += 8 - off;
    }
  }

  bit(): boolean {
    this.needBits(1);
    const b = (this.buf[this.pos >>> 3]! >>> (7 - (this.pos & 7))) & 1;
    this.pos++;
    return b === 1;
  }

  /** Reads n ≤ 32 bits as an unsigned number. */
  bits(n: number): number {
    this.needBits(n);
    let v = 0;
    for (let k = 0; k < n; ) {
      const p = this.pos;
      const inByte = 8 - (p & 7);
      const take = Math.min(inByte, n - k);
      const byte = this.buf[p >>> 3]!;
      const chunk = (byte >>> (inByte - take)) & ((1 << take) - 1);
      v = v * (1 << take) + chunk;
      this.pos += take;
      k += take;
    }
    return v;
  }

  /** Reads n whole octets at an octet boundary (the caller aligned first). */
  octets(n: number): Uint8Array {
    this.needBits(n * 8);
    const start = this.pos >>> 3;
    this.pos += n * 8;
    return this.buf.slice(start, start + n);
  }

  /** Reads n octets' worth of bits that may start anywhere (n ≤ 2 for small fixed sizes). */
  unalignedOctets(n: number): Uint8Array {
    if ((this.pos & 7) === 0) return this.octets(n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.bits(8);
    return out;
  }

  /** Reads nBits into a packed bit array (first bit in the top bit). */
  bitArray(nBits: number): Uint8Array {
    this.needBits(nBits);
    const out = new Uint8Array((nBits + 7) >>> 3);
    let i = 0;
    for (; i + 8 <= nBits; i += 8) out[i >>> 3] = this.bits(8);
    if (i < nBits) out[i >>> 3] = this.bits(nBits - i) << (8 - (nBits - i));
    return out;
  }
}
