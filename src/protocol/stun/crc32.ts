/**
 * The CRC-32 of ISO/IEC 13239 (HDLC, zlib, Ethernet) that RFC 8489 §14.7 names for FINGERPRINT:
 * reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF. Not the Ogg CRC in
 * src/protocol/ogg/crc32.ts, which is unreflected with no initial or final XOR.
 */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i;
    for (let b = 0; b < 8; b++) r = r & 1 ? (r >>> 1) ^ 0xedb88320 : r >>> 1;
    t[i] = r >>> 0;
  }
  return t;
})();

/** CRC-32 of `bytes[start, end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (c >>> 8) ^ TABLE[(c ^ bytes[i]!) & 0xff]!;
  return (c ^ 0xffffffff) >>> 0;
}
