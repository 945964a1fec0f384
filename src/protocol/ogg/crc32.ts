/**
 * RFC 3533 §6 (and the Ogg framing spec): the page checksum is a CRC-32 with generator
 * polynomial 0x04c11db7, initial value 0, no bit reflection and no final XOR,
 * computed over the whole page with the checksum field set to zero.
 */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let b = 0; b < 8; b++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    t[i] = r >>> 0;
  }
  return t;
})();

/** CRC-32 as used by Ogg over `bytes[start, end)`, continuing from `crc` (default 0). */
export function oggCrc32(bytes: Uint8Array, start = 0, end = bytes.length, crc = 0): number {
  let c = crc >>> 0;
  for (let i = start; i < end; i++) c = ((c << 8) ^ TABLE[((c >>> 24) ^ bytes[i]!) & 0xff]!) >>> 0;
  return c;
}
