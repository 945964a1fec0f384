import type { PerReader } from "./per-reader.js";
import type { PerWriter } from "./per-writer.js";

/**
 * The whole-number and length encodings every aligned-PER type is built from
 * (ITU-T X.691 (02/2021) §11.3-§11.9).
 */

/** Bits needed for the numbers 0..n (n ≥ 0): ceil(log2(n+1)). */
export function bitsFor(n: number): number {
  let b = 0;
  while (2 ** b <= n) b++;
  return b;
}

/** Octets needed for the numbers 0..n. */
function octetsFor(n: number): number {
  let k = 1;
  while (2 ** (8 * k) <= n) k++;
  return k;
}

/** X.691 §11.5.7 constrained whole number lb..ub (aligned variant). */
export function readConstrained(r: PerReader, lb: number, ub: number): number {
  const range = ub - lb + 1;
  if (range <= 1) return lb;
  let v: number;
  if (range <= 255) {
    // §11.5.7.1 bit-field case
    v = r.bits(bitsFor(range - 1));
  } else if (range <= 65536) {
    // §11.5.7.2 / §11.5.7.3 one-octet and two-octet cases
    r.align();
    v = r.bits(range === 256 ? 8 : 16);
  } else {
    // §11.5.7.4 indefinite-length case: octet count as a constrained whole number, then octets
    const maxOctets = octetsFor(range - 1);
    const n = readConstrained(r, 1, maxOctets);
    r.align();
    v = readUnsigned(r, n);
  }
  if (v > ub - lb) r.fail(`value ${lb + v} above the upper bound ${ub}`);
  return lb + v;
}

export function writeConstrained(w: PerWriter, v: number, lb: number, ub: number): void {
  const range = ub - lb + 1;
  if (range <= 1) return;
  const off = v - lb;
  if (range <= 255) {
    w.bits(off, bitsFor(range - 1));
  } else if (range <= 65536) {
    w.align();
    w.bits(off, range === 256 ? 8 : 16);
  } else {
    const n = octetsFor(off);
    writeConstrained(w, n, 1, octetsFor(range - 1));
    w.align();
    writeUnsigned(w, off, n);
  }
}

/** n octets, big-endian, as a non-negative number (n ≤ 6 keeps it exact). */
function readUnsigned(r: PerReader, n: number): number {
  if (n > 7) r.fail(`a ${n}-octet integer is beyond the supported 2^53`);
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + r.bits(8);
  if (!Number.isSafeInteger(v)) r.fail("integer beyond 2^53");
  return v;
}

function writeUnsigned(w: PerWriter, v: number, n: number): void {
  for (let i = n - 1; i >= 0; i--) w.bits(Math.floor(v / 2 ** (8 * i)) % 256, 8);
}

/** §11.6 normally small non-negative whole number (choice and enumeration extension indexes). */
export function readNormallySmall(r: PerReader): number {
  if (!r.bit()) return r.bits(6);
  return readSemiConstrained(r, 0);
}

export function writeNormallySmall(w: PerWriter, v: number): void {
  if (v < 64) {
    w.bit(false);
    w.bits(v, 6);
    return;
  }
  w.bit(true);
  writeSemiConstrained(w, v, 0);
}

/** §11.7 semi-constrained whole number: an octet count (§11.9) then v - lb. */
export function readSemiConstrained(r: PerReader, lb: number): number {
  const n = readUnconstrainedLength(r, "integer length");
  if (n === 0) r.fail("integer with zero octets");
  r.align();
  return lb + readUnsigned(r, n);
}

export function writeSemiConstrained(w: PerWriter, v: number, lb: number): void {
  const off = v - lb;
  const n = octetsFor(off);
  writeUnconstrainedLength(w, n);
  w.align();
  writeUnsigned(w, off, n);
}

/** §11.8 unconstrained whole number: an octet count then two's complement. */
export function readUnconstrainedInteger(r: PerReader): number {
  const n = readUnconstrainedLength(r, "integer length");
  if (n === 0) r.fail("integer with zero octets");
  r.align();
  const first = r.bits(8);
  let v = first >= 128 ? first - 256 : first;
  if (n > 7) r.fail(`a ${n}-octet integer is beyond the supported 2^53`);
  for (let i = 1; i < n; i++) v = v * 256 + r.bits(8);
  if (!Number.isSafeInteger(v)) r.fail("integer beyond 2^53");
  return v;
}

export function writeUnconstrainedInteger(w: PerWriter, v: number): void {
  let n = 1;
  while (v < -(2 ** (8 * n - 1)) || v >= 2 ** (8 * n - 1)) n++;
  writeUnconstrainedLength(w, n);
  w.align();
  const u = v < 0 ? 2 ** (8 * n) + v : v;
  writeUnsigned(w, u, n);
}

/**
 * §11.9.3.5-§11.9.3.8 unconstrained length determinant (octet-aligned): one octet below 128,
 * two octets (10xxxxxx) below 16384. Fragments (11xxxxxx, multiples of 16K) are not a plain
 * length: callers that allow them use readLengthChunk.
 */
export function readUnconstrainedLength(r: PerReader, what: string): number {
  const c = readLengthChunk(r);
  if (c.more) r.fail(`fragmented ${what} is not allowed here`);
  return c.n;
}

/** One length chunk: n items; more = a fragment follows (§11.9.3.8). */
export function readLengthChunk(r: PerReader): { n: number; more: boolean } {
  r.align();
  const b = r.bits(8);
  if ((b & 0x80) === 0) return { n: b, more: false };
  if ((b & 0x40) === 0) return { n: ((b & 0x3f) << 8) | r.bits(8), more: false };
  const m = b & 0x3f;
  if (m < 1 || m > 4) r.fail(`bad length fragment multiplier ${m}`);
  return { n: m * 16384, more: true };
}

export function writeUnconstrainedLength(w: PerWriter, n: number): void {
  w.align();
  if (n < 128) w.bits(n, 8);
  else if (n < 16384) w.bits(0x8000 | n, 16);
  else throw new RangeError(`length ${n} needs fragmenting`);
}

/**
 * Writes a count of items in fragments (§11.9.3.8): writeChunk(from, n) writes items
 * [from, from+n). Returns after the final (possibly zero-length) length octets.
 */
export function writeFragmented(
  w: PerWriter,
  total: number,
  writeChunk: (from: number, n: number) => void,
): void {
  let from = 0;
  for (;;) {
    const left = total - from;
    if (left < 16384) {
      writeUnconstrainedLength(w, left);
      writeChunk(from, left);
      return;
    }
    const m = Math.min(4, Math.floor(left / 16384));
    w.align();
    w.bits(0xc0 | m, 8);
    writeChunk(from, m * 16384);
    from += m * 16384;
  }
}
