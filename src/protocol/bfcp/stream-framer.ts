import { ParseError } from "../parse-error.js";
import { COMMON_HEADER_LENGTH, parseBfcpHeader } from "./message.js";

// RFC 8855 §6.1: over TCP (and TLS) BFCP messages follow one another in the
// byte stream with no delimiter; each one's length is 12 octets of common
// header plus Payload Length × 4. The fragment fields are never present over
// reliable transports, so an F bit here means the stream is not BFCP.

/**
 * Cuts whole BFCP messages out of a TCP byte stream that arrives in arbitrary segments.
 * Pure: feed it chunks with `push`, take frames with `next`.
 */
export class BfcpStreamFramer {
  private buf = new Uint8Array(0);
  private start = 0;

  /** Appends bytes read from the socket. */
  push(chunk: Uint8Array): void {
    const held = this.buf.subarray(this.start);
    const next = new Uint8Array(held.length + chunk.length);
    next.set(held, 0);
    next.set(chunk, held.length);
    this.buf = next;
    this.start = 0;
  }

  /**
   * The next whole message's bytes (for parseBfcpMessage), or undefined while it is still arriving.
   * Throws ParseError when the header cannot be BFCP; the stream is then unusable and should be closed.
   */
  next(): Uint8Array | undefined {
    const avail = this.buf.length - this.start;
    if (avail < COMMON_HEADER_LENGTH) return undefined;
    const h = parseBfcpHeader(this.buf, this.start);
    if (h.fragment) {
      throw new ParseError("BFCP", "header.F", this.start, "F bit set on a reliable transport");
    }
    const total = COMMON_HEADER_LENGTH + h.payloadBytes;
    if (avail < total) return undefined;
    const frame = this.buf.slice(this.start, this.start + total);
    this.start += total;
    return frame;
  }

  /** Bytes held that do not yet form a whole message. */
  get buffered(): number {
    return this.buf.length - this.start;
  }
}
