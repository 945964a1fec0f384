/** Big-endian unsigned integers of fixed width, and modular exponentiation, on bigint. */

export function bytesToBigint(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** `n` as exactly `length` big-endian octets; throws RangeError when it does not fit. */
export function bigintToBytes(n: bigint, length: number): Uint8Array {
  if (n < 0n) throw new RangeError("negative integer");
  const out = new Uint8Array(length);
  let v = n;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (v !== 0n) throw new RangeError(`integer does not fit in ${length} octets`);
  return out;
}

/** base^exponent mod modulus by left-to-right square and multiply. */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 1n) return 0n;
  let result = 1n;
  const b = ((base % modulus) + modulus) % modulus;
  for (let i = BigInt(exponent.toString(2).length - 1); i >= 0n; i--) {
    result = (result * result) % modulus;
    if ((exponent >> i) & 1n) result = (result * b) % modulus;
  }
  return result;
}
