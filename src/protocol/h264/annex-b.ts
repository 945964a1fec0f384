// H.264 Annex B, byte stream format: each NAL unit is preceded by a start code.
//
//   ... [00] 00 00 01 | NAL unit | [00 ...] 00 00 01 | NAL unit | ...
//        ^ zero_byte (4-byte start code)   ^ trailing_zero_8bits belong to no NAL
//
// Emulation prevention (§7.4.1) guarantees 00 00 00/01/02 never occurs inside a NAL, so the
// first 00 00 01 after a NAL's start ends it, and zeros just before it are padding.

const START_CODE = Uint8Array.of(0, 0, 0, 1);

/** Index of the next 00 00 01 at or after `from`, or -1. */
function findStartCode(buf: Uint8Array, from: number): number {
  for (let i = from; i + 2 < buf.length; i++) {
    if (buf[i + 2]! > 1) {
      i += 2; // neither buf[i+1] nor buf[i+2] can begin a start code ending here
      continue;
    }
    if (buf[i] === 0 && buf[i + 1] === 0 && buf[i + 2] === 1) return i;
  }
  return -1;
}

function trimTrailingZeros(buf: Uint8Array, start: number, end: number): Uint8Array {
  let e = end;
  while (e > start && buf[e - 1] === 0) e--;
  return buf.subarray(start, e);
}

/**
 * Splits an Annex B byte stream that arrives in chunks of any size into NAL units.
 * Start codes of 3 and 4 bytes are both accepted, even when a chunk boundary cuts one.
 * A NAL is only known to be complete when the next start code arrives, or on flush().
 */
export class AnnexBSplitter {
  private pending: Uint8Array = new Uint8Array(0);
  /** Offset in `pending` where the current NAL's payload starts; -1 before the first start code. */
  private nalStart = -1;
  private scanFrom = 0;
  /** Bytes seen before the first start code (not part of any NAL). */
  skippedBytes = 0;

  push(chunk: Uint8Array): Uint8Array[] {
    if (chunk.length === 0) return [];
    const merged = new Uint8Array(this.pending.length + chunk.length);
    merged.set(this.pending, 0);
    merged.set(chunk, this.pending.length);
    this.pending = merged;
    const out: Uint8Array[] = [];
    let sc = findStartCode(this.pending, this.scanFrom);
    while (sc >= 0) {
      if (this.nalStart < 0) this.skippedBytes += trimTrailingZeros(this.pending, 0, sc).length;
      else {
        const nal = trimTrailingZeros(this.pending, this.nalStart, sc);
        if (nal.length > 0) out.push(nal.slice());
      }
      this.nalStart = sc + 3;
      sc = findStartCode(this.pending, this.nalStart);
    }
    // Keep only the unterminated NAL; rescan its last two bytes, a start code may straddle chunks.
    const keepFrom = this.nalStart < 0 ? Math.max(0, this.pending.length - 2) : this.nalStart;
    if (this.nalStart < 0) this.skippedBytes += keepFrom;
    this.pending = this.pending.slice(keepFrom);
    if (this.nalStart >= 0) this.nalStart = 0;
    this.scanFrom = Math.max(0, this.pending.length - 2);
    return out;
  }

  /** End of stream: the NAL still open is complete. */
  flush(): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.nalStart >= 0) {
      const nal = trimTrailingZeros(this.pending, this.nalStart, this.pending.length);
      if (nal.length > 0) out.push(nal.slice());
    }
    this.pending = new Uint8Array(0);
    this.nalStart = -1;
    this.scanFrom = 0;
    return out;
  }
}

/** Splits a complete Annex B buffer into NAL units. */
export function splitAnnexB(buf: Uint8Array): Uint8Array[] {
  const s = new AnnexBSplitter();
  return [...s.push(buf), ...s.flush()];
}

/** Joins NAL units into an Annex B buffer with 4-byte start codes. */
export function joinAnnexB(nals: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const n of nals) size += START_CODE.length + n.length;
  const out = new Uint8Array(size);
  let o = 0;
  for (const n of nals) {
    out.set(START_CODE, o);
    out.set(n, o + START_CODE.length);
    o += START_CODE.length + n.length;
  }
  return out;
}
