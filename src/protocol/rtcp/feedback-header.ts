import { ParseError } from "../parse-error.js";
import { asSsrc, type Ssrc } from "../rtp/types.js";

/*
 * RFC 4585 §6.1 Common Packet Format for Feedback Messages
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|   FMT   |       PT      |          length               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of media source                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * :            Feedback Control Information (FCI)                 :
 */
export interface FeedbackHeader {
  readonly senderSsrc: Ssrc;
  readonly mediaSsrc: Ssrc;
  /** The FCI, a view into the body. */
  readonly fci: Uint8Array;
}

export function parseFeedbackHeader(body: Uint8Array, base: number, format: string): FeedbackHeader {
  if (body.length < 8) throw new ParseError(format, "ssrc", base, `body is ${body.length} octets, needs 8`);
  const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
  return { senderSsrc: asSsrc(v.getUint32(0)), mediaSsrc: asSsrc(v.getUint32(4)), fci: body.subarray(8) };
}

export function feedbackBody(senderSsrc: number, mediaSsrc: number, fciLength: number): Uint8Array {
  const body = new Uint8Array(8 + fciLength);
  const v = new DataView(body.buffer);
  v.setUint32(0, senderSsrc >>> 0);
  v.setUint32(4, mediaSsrc >>> 0);
  return body;
}
