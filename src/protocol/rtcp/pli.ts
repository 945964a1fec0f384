import { ParseError } from "../parse-error.js";
import { feedbackBody, parseFeedbackHeader } from "./feedback-header.js";
import type { PictureLossIndication } from "./rtcp-types.js";

/** RFC 4585 §6.3: PSFB (PT 206) with FMT 1 is PLI. */
export const PLI_FMT = 1;
const FORMAT = "RTCP PLI";

/*
 * RFC 4585 §6.3.1 Picture Loss Indication: the common feedback header (PT=206, FMT=1)
 * and no FCI: "there MUST be exactly one PLI contained in the FCI field" means the FCI is empty.
 */
export function parsePli(body: Uint8Array, base: number): PictureLossIndication {
  const h = parseFeedbackHeader(body, base, FORMAT);
  if (h.fci.length !== 0) {
    throw new ParseError(FORMAT, "fci", base + 8, `PLI carries no FCI, found ${h.fci.length} octets`);
  }
  return { type: "pli", senderSsrc: h.senderSsrc, mediaSsrc: h.mediaSsrc };
}

export function serializePli(p: PictureLossIndication): { count: number; body: Uint8Array } {
  return { count: PLI_FMT, body: feedbackBody(p.senderSsrc, p.mediaSsrc, 0) };
}
