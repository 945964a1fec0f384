import { ParseError } from "../parse-error.js";

/**
 * Reads an RBSP bit by bit, MSB first, with exp-Golomb codes (H.264 §7.2, §9.1).
 * Every read checks the remaining bits and throws ParseError naming the field instead of
 * returning garbage past the end.
 */
export class BitReader {
  private bit = 0;

  constructor(
    private readonly buf: Uint8Array,
    private readonly format = "H.264",
  ) {}

  /** Bits not read yet. */
  get bitsLeft(): number {
    return this.buf.length * 8 - this.bit;
  }

  /** Byte offset of the next bit, for error messages. */
  get byteOffset(): number {
    return this.bit >>> 3;
  }

  /** u(n), n ≤ 32. */
  u(n: number, field: string): number {
    if (n < 0 || n > 32)
      throw new ParseError(this.format, field, this.byteOffset, `cannot read ${n} bits at once`);
    if (n > this.bitsLeft) {
      throw new ParseError(
        this.format,
        field,
        this.byteOffset,
        `needs ${n} bits, only ${this.bitsLeft} left`,
      );
    }
    let v = 0;
    for (let i = 0; i < n; i++) {
      const byte = this.buf[this.bit >>> 3]!;
      v = v * 2 + ((byte >>> (7 - (this.bit & 7))) & 1);
      this.bit++;
    }
    return v;
  }

  /** u(1) as a boolean. */
  flag(field: string): boolean {
    return this.u(1, field) === 1;
  }

  /** ue(v), H.264 §9.1: leadingZeroBits zeros, a one, then leadingZeroBits bits. Values up to 2^32-2. */
  ue(field: string): number {
    let zeros = 0;
    while (this.u(1, field) === 0) {
      zeros++;
      if (zeros > 31)
        throw new ParseError(this.format, field, this.byteOffset, "exp-Golomb code longer than 32 bits");
    }
    return 2 ** zeros - 1 + this.u(zeros, field);
  }

  /** se(v), H.264 §9.1.1: k ↦ (−1)^(k+1) · Ceil(k ÷ 2). */
  se(field: string): number {
    const k = this.ue(field);
    if (k === 0) return 0;
    return k % 2 === 1 ? (k + 1) / 2 : -(k / 2);
  }

  /** ue(v) that must not exceed `max` (guards loops and sizes driven by the input). */
  ueMax(field: string, max: number): number {
    const offset = this.byteOffset;
    const v = this.ue(field);
    if (v > max) throw new ParseError(this.format, field, offset, `value ${v} exceeds ${max}`);
    return v;
  }
}

/** Writes bits MSB first with exp-Golomb codes; the inverse of BitReader (used to build SPS and slice headers). */
export class BitWriter {
  private readonly bytes: number[] = [];
  private bit = 0;

  u(n: number, value: number): this {
    for (let i = n - 1; i >= 0; i--) {
      const b = Math.floor(value / 2 ** i) % 2;
      if ((this.bit & 7) === 0) this.bytes.push(0);
      if (b) this.bytes[this.bytes.length - 1]! |= 0x80 >>> (this.bit & 7);
      this.bit++;
    }
    return this;
  }

  flag(value: boolean): this {
    return this.u(1, value ? 1 : 0);
  }

  ue(value: number): this {
    const v = value + 1;
    const len = Math.floor(Math.log2(v));
    this.u(len, 0);
    return this.u(len + 1, v);
  }

  se(value: number): this {
    return this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  /** rbsp_trailing_bits(): a one then zeros to the byte boundary (H.264 §7.3.2.11). */
  trailingBits(): this {
    this.u(1, 1);
    while ((this.bit & 7) !== 0) this.u(1, 0);
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}
