/**
 * The one error type every wire-format parser in src/protocol throws.
 * It names the format, the field and the byte offset so bad input can be
 * reported in one line ("BFCP: attribute length 3 at offset 12 is below 4").
 */
export class ParseError extends Error {
  override readonly name = "ParseError";
  constructor(
    /** The wire format, e.g. "RTP", "BFCP", "SDP", "pcapng". */
    readonly format: string,
    /** The field that was wrong, e.g. "header.length". */
    readonly field: string,
    /** Byte (or line) offset where the problem was found; -1 when not applicable. */
    readonly offset: number,
    detail: string,
  ) {
    super(`${format}: ${detail} (${field}${offset >= 0 ? ` at offset ${offset}` : ""})`);
  }
}

/** Throws a ParseError unless `buf` has at least `need` bytes from `offset`. */
export function need(buf: Uint8Array, offset: number, need: number, format: string, field: string): void {
  if (offset < 0 || offset + need > buf.length) {
    throw new ParseError(
      format,
      field,
      offset,
      `needs ${need} bytes, only ${Math.max(0, buf.length - offset)} left`,
    );
  }
}
