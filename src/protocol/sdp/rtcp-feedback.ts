import type { NegotiatedMedia } from "./sdp-types.js";

/** RFC 4585 §4.2: "a=rtcp-fb:<pt> nack" agreed for the codec means Generic NACKs are understood. */
export function retransmissionAgreed(m: NegotiatedMedia): boolean {
  return m.rtcpFb.some((fb) => fb.trim().toLowerCase() === "nack");
}
