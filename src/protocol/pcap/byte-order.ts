/**
 * Unsigned reads and writes in either byte order, on a Uint8Array at an offset.
 * The caller has checked the length; these are the hot path of capture reading, so no DataView
 * (one per packet would allocate) and no checks here.
 */
export function readU16(b: Uint8Array, o: number, littleEndian: boolean): number {
  return littleEndian ? b[o]! | (b[o + 1]! << 8) : (b[o]! << 8) | b[o + 1]!;
}

export function readU32(b: Uint8Array, o: number, littleEndian: boolean): number {
  return littleEndian
    ? (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0
    : ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

export function writeU16(b: Uint8Array, o: number, v: number, littleEndian: boolean): void {
  if (littleEndian) {
    b[o] = v & 0xff;
    b[o + 1] = (v >>> 8) & 0xff;
  } else {
    b[o] = (v >>> 8) & 0xff;
    b[o + 1] = v & 0xff;
  }
}

export function writeU32(b: Uint8Array, o: number, v: number, littleEndian: boolean): void {
  if (littleEndian) {
    b[o] = v & 0xff;
    b[o + 1] = (v >>> 8) & 0xff;
    b[o + 2] = (v >>> 16) & 0xff;
    b[o + 3] = (v >>> 24) & 0xff;
  } else {
    b[o] = (v >>> 24) & 0xff;
    b[o + 1] = (v >>> 16) & 0xff;
    b[o + 2] = (v >>> 8) & 0xff;
    b[o + 3] = v & 0xff;
  }
}
