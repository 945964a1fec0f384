import { ParseError } from "../protocol/parse-error.js";
import { TPKT_HEADER_LENGTH, TPKT_VERSION } from "../protocol/tpkt/tpkt.js";
import { TpktFramer } from "../protocol/tpkt/tpkt-framer.js";

// RFC 1006 §6 framing of one captured TCP direction (H.225.0 §6.1 call signalling, or H.245 on
// its own connection). A live socket never loses bytes; a capture may (the TCP stream reports a
// gap), may start in the middle of a connection, or may hold garbage. A lost or bad stretch
// leaves no length to follow, so the stream looks for the next octets that read as a TPKT
// header (version 3, reserved 0, a length that fits) and, on call signalling, are followed by
// the Q.931 protocol discriminator 0x08 (Q.931 §4.2); what it skipped becomes a warning.

/** Q.931 §4.2: the protocol discriminator of a Q.931 message. */
export const Q931_DISCRIMINATOR = 0x08;

export interface TpktPieces {
  /** Whole TPKT payloads, in stream order (an empty one is an H.460.18 keep-alive). */
  readonly payloads: Uint8Array[];
  readonly warnings: string[];
}

/** The first offset of `b` that reads as a TPKT header (and a Q.931 message, when `q931`). */
export function findTpktHeader(b: Uint8Array, q931: boolean): number {
  for (let i = 0; i + TPKT_HEADER_LENGTH <= b.length; i++) {
    if (b[i] !== TPKT_VERSION || b[i + 1] !== 0) continue;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < TPKT_HEADER_LENGTH) continue;
    if (q931 && (length === TPKT_HEADER_LENGTH || b[i + 4] !== Q931_DISCRIMINATOR)) continue;
    return i;
  }
  return -1;
}

export class CapturedTpktStream {
  private framer: TpktFramer | undefined = new TpktFramer();
  /** Octets dropped while looking for a header, reported once found (or at the end). */
  private skipped = 0;

  /** `q931`: the direction carries call signalling (resynchronise on a Q.931 message). */
  constructor(private readonly q931: boolean) {}

  /** The next piece of the stream, `gapBefore` octets after the last one. */
  push(chunk: Uint8Array, gapBefore: number): TpktPieces {
    const out: TpktPieces = { payloads: [], warnings: [] };
    if (gapBefore > 0) {
      if (this.framer && this.framer.buffered > 0)
        out.warnings.push(
          `${gapBefore} octets missing from the capture: a TPKT packet of which ${this.framer.buffered} octets were seen is dropped`,
        );
      else out.warnings.push(`${gapBefore} octets missing from the capture: TPKT framing resynchronised`);
      this.framer = undefined;
    }
    let b = chunk;
    if (!this.framer) {
      const at = findTpktHeader(b, this.q931);
      if (at < 0) {
        this.skipped += b.length;
        return out;
      }
      if (this.skipped + at > 0)
        out.warnings.push(`${this.skipped + at} octets that are not TPKT skipped before the next packet`);
      this.skipped = 0;
      b = b.subarray(at);
      this.framer = new TpktFramer();
    }
    this.framer.push(b);
    try {
      for (let p = this.framer.next(); p !== undefined; p = this.framer.next()) out.payloads.push(p);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      out.warnings.push(`${e.message}: the rest of this piece is skipped`);
      this.framer = undefined;
    }
    return out;
  }

  /** The capture ended: what was left unfinished. */
  end(): string[] {
    const held = this.framer?.buffered ?? 0;
    const warnings: string[] = [];
    if (held > 0)
      warnings.push(
        `the capture ends inside a TPKT packet (${held} octets of it seen): that message is lost`,
      );
    if (this.skipped > 0) warnings.push(`${this.skipped} octets that are not TPKT at the end of the stream`);
    return warnings;
  }
}
