import type { SizeRange } from "./descriptor.js";
import { readConstrained, readLengthChunk, writeConstrained, writeFragmented } from "./per-numbers.js";
import type { PerReader } from "./per-reader.js";
import type { PerWriter } from "./per-writer.js";

/**
 * Length determinants of SIZE-constrained types (X.691 §11.9.4, §16, §17, §20, §30):
 * none for a fixed size below 64K, a constrained whole number when the upper bound is below
 * 64K, otherwise the unconstrained form, fragmented in 16K blocks.
 */

/** True when the size is fixed below 64K (no length determinant at all). */
export function fixedSize(size: SizeRange | undefined): number | undefined {
  return size && size.ub === size.lb && size.lb < 65536 ? size.lb : undefined;
}

/** True when the length is a constrained whole number (upper bound below 64K). */
function constrainedLength(size: SizeRange | undefined): size is SizeRange & { ub: number } {
  return size !== undefined && size.ub !== undefined && size.ub < 65536;
}

/**
 * Reads a SIZE-constrained count and calls readChunk for each run of items: one run, or
 * several for a fragmented length. `extended` tells the caller the size was outside the root.
 */
export function readSized(
  r: PerReader,
  size: SizeRange | undefined,
  readChunk: (n: number, fixed: boolean) => void,
): void {
  const extended = size?.ext === true && r.bit();
  if (!extended) {
    const fixed = fixedSize(size);
    if (fixed !== undefined) {
      readChunk(fixed, true);
      return;
    }
    if (constrainedLength(size)) {
      readChunk(readConstrained(r, size.lb, size.ub), false);
      return;
    }
  }
  let total = 0;
  for (;;) {
    const c = readLengthChunk(r);
    total += c.n;
    if (!c.more && size && !extended && (total < size.lb || (size.ub !== undefined && total > size.ub))) {
      r.fail(`size ${total} outside ${size.lb}..${size.ub ?? "MAX"}`);
    }
    readChunk(c.n, false);
    if (!c.more) return;
  }
}

export function writeSized(
  w: PerWriter,
  size: SizeRange | undefined,
  n: number,
  writeChunk: (from: number, count: number, fixed: boolean) => void,
  fail: (detail: string) => never,
): void {
  if (size) {
    const inRoot = n >= size.lb && (size.ub === undefined || n <= size.ub);
    if (size.ext) w.bit(!inRoot);
    else if (!inRoot) fail(`size ${n} outside ${size.lb}..${size.ub ?? "MAX"}`);
    if (inRoot) {
      const fixed = fixedSize(size);
      if (fixed !== undefined) {
        writeChunk(0, n, true);
        return;
      }
      if (constrainedLength(size)) {
        writeConstrained(w, n, size.lb, size.ub);
        writeChunk(0, n, false);
        return;
      }
    }
  }
  writeFragmented(w, n, (from, count) => writeChunk(from, count, false));
}
