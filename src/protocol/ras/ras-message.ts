import { type H225, rasMessage } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";

// One H.225.0 RAS message (H.225.0 §7.7: "RAS messages ... are carried in UDP"; the whole UDP
// payload is one aligned-PER RasMessage, §7.6). Decoding names the bad field in a ParseError;
// encoding a value that does not fit the ASN.1 constraints is a bug of ours and throws
// AsnEncodeError. A datagram is bounded by UDP; anything larger than a RAS message can sensibly
// be is refused before decoding so a forged length field cannot make the decoder walk far.

export type RasMessage = H225.RasMessage;

/** The format name RAS ParseErrors carry. */
export const RAS_FORMAT = "H.225.0 RAS";

/**
 * Largest RAS datagram read. H.225.0 sets no limit of its own; real RRQs with many aliases and
 * H.460 feature sets stay under 2 KB, an IRR with per-call info under 8 KB.
 */
export const MAX_RAS_BYTES = 16_384;

/** Decodes a UDP payload as a RasMessage; throws ParseError naming the field on bad input. */
export function decodeRas(bytes: Uint8Array): RasMessage {
  if (bytes.length === 0) throw new ParseError(RAS_FORMAT, "RasMessage", 0, "empty datagram");
  if (bytes.length > MAX_RAS_BYTES) {
    throw new ParseError(
      RAS_FORMAT,
      "RasMessage",
      0,
      `datagram of ${bytes.length} octets is larger than ${MAX_RAS_BYTES}`,
    );
  }
  try {
    return rasMessage.decode(bytes);
  } catch (e) {
    if (e instanceof ParseError) {
      const field = e.field === "(top)" ? "RasMessage" : `RasMessage.${e.field}`;
      throw new ParseError(RAS_FORMAT, field, e.offset, detailOf(e));
    }
    throw e;
  }
}

/** "PER RasMessage: detail (field at offset n)" -> "detail". */
function detailOf(e: ParseError): string {
  const m = /^[^:]*: (.*) \([^()]*\)$/s.exec(e.message);
  return m?.[1] ?? e.message;
}

/** Encodes a RasMessage as its UDP payload. Throws AsnEncodeError when a value breaks its constraints. */
export function encodeRas(m: RasMessage): Uint8Array {
  return rasMessage.encode(m);
}
