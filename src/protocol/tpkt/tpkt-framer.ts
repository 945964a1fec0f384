import { ParseError } from "../parse-error.js";
import { parseTpktHeader, TPKT_HEADER_LENGTH, TPKT_MAX_LENGTH } from "./tpkt.js";

// RFC 1006 §6 over TCP: packets follow one another with no delimiter but their length field,
// and a TCP read may hold part of a packet, one packet or several. A header that is not TPKT,
// or a length above what the reader accepts, leaves no way to find the next packet: the
// connection must be closed (H.225.0 §6.1 has nothing to resynchronise on).

export interface TpktFramerOptions {
  /**
   * The largest whole packet accepted, header included (default 65535, the field's ceiling).
   * A longer announced length is a ParseError as soon as its header arrives, so no more than
   * this many bytes (plus one read) are ever held.
   */
  readonly maxPacketLength?: number;
}

/**
 * Cuts TPKT payloads out of a TCP byte stream that arrives in arbitrary segments.
 * Pure: `push` the bytes read, then take payloads with `next` until it returns undefined.
 */
export class TpktFramer {
  private readonly maxPacketLength: number;
  private held: Uint8Array = new Uint8Array(0);
  private failed: ParseError | undefined;

  constructor(options: TpktFramerOptions = {}) {
    this.maxPacketLength = options.maxPacketLength ?? TPKT_MAX_LENGTH;
    if (this.maxPacketLength < TPKT_HEADER_LENGTH || this.maxPacketLength > TPKT_MAX_LENGTH) {
      throw new RangeError(`TPKT framer: maxPacketLength ${this.maxPacketLength} is outside 4..65535`);
    }
  }

  /** Appends bytes read from the socket. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const joined = new Uint8Array(this.held.length + chunk.length);
    joined.set(this.held, 0);
    joined.set(chunk, this.held.length);
    this.held = joined;
  }

  /**
   * The next whole packet's payload (empty for an H.460.18 keep-alive), or undefined while it
   * is still arriving. Throws ParseError on a header that is not TPKT or a length above the
   * cap; the stream is then unusable, and every later call throws the same error.
   */
  next(): Uint8Array | undefined {
    if (this.failed) throw this.failed;
    if (this.held.length < TPKT_HEADER_LENGTH) return undefined;
    let packetLength: number;
    try {
      packetLength = parseTpktHeader(this.held).packetLength;
      if (packetLength > this.maxPacketLength) {
        throw new ParseError(
          "TPKT",
          "packetLength",
          2,
          `packet length ${packetLength} is above the limit of ${this.maxPacketLength}`,
        );
      }
    } catch (e) {
      if (e instanceof ParseError) this.failed = e;
      throw e;
    }
    if (this.held.length < packetLength) return undefined;
    const payload = this.held.slice(TPKT_HEADER_LENGTH, packetLength);
    this.held = this.held.subarray(packetLength);
    return payload;
  }

  /** Bytes held that do not yet form a whole packet. */
  get buffered(): number {
    return this.held.length;
  }
}
