import { ParseError } from "../parse-error.js";
import { asSsrc } from "../rtp/types.js";
import { feedbackBody, parseFeedbackHeader } from "./feedback-header.js";
import type { FirEntry, FullIntraRequest } from "./rtcp-types.js";

/** RFC 5104 §4.3.1: PSFB (PT 206) with FMT 4 is FIR. */
export const FIR_FMT = 4;
const FORMAT = "RTCP FIR";

/*
 * RFC 5104 §4.3.1.1 FIR FCI entry (8 octets, one per requested SSRC)
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              SSRC                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Seq nr.       |    Reserved                                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 */
export function parseFir(body: Uint8Array, base: number): FullIntraRequest {
  const h = parseFeedbackHeader(body, base, FORMAT);
  if (h.fci.length === 0 || h.fci.length % 8 !== 0) {
    throw new ParseError(
      FORMAT,
      "fci",
      base + 8,
      `FCI is ${h.fci.length} octets, needs a positive multiple of 8`,
    );
  }
  const v = new DataView(h.fci.buffer, h.fci.byteOffset, h.fci.byteLength);
  const entries: FirEntry[] = [];
  for (let at = 0; at < h.fci.length; at += 8) {
    entries.push({ ssrc: asSsrc(v.getUint32(at)), sequence: v.getUint8(at + 4) });
  }
  return { type: "fir", senderSsrc: h.senderSsrc, mediaSsrc: h.mediaSsrc, entries };
}

export function serializeFir(p: FullIntraRequest): { count: number; body: Uint8Array } {
  const body = feedbackBody(p.senderSsrc, p.mediaSsrc, p.entries.length * 8);
  const v = new DataView(body.buffer);
  p.entries.forEach((e, i) => {
    v.setUint32(8 + i * 8, e.ssrc >>> 0);
    v.setUint8(8 + i * 8 + 4, e.sequence & 0xff);
  });
  return { count: FIR_FMT, body };
}
