import { ParseError } from "../parse-error.js";
import type { SipMessageHead } from "./message-head.js";
import { parseSipUri, serialiseSipUri } from "./sip-uri.js";

/** The header in which the room keeps the Request-URI as the caller wrote it. */
export const DIALED_URI_HEADER = "X-Vdm-Dialed-Uri";

/**
 * A test room answers every user part (testrum, echo, callback, presentation, ...) and both
 * schemes. sip.js answers a Request-URI whose user is not its own with 404 and a `sips:` one with
 * 416 (RFC 3261 §8.2.2.1, §19.1.4), so before a request reaches it the room rewrites the
 * Request-URI to `sip:<roomUser>@host...` and keeps the original in DIALED_URI_HEADER.
 * Responses, and requests already aimed at the room user over `sip:`, pass unchanged.
 */
export function rewriteRoomRequestUri(head: SipMessageHead, roomUser: string): SipMessageHead {
  const start = head.startLine;
  if (start.kind !== "request") return head;
  let uri: ReturnType<typeof parseSipUri>;
  try {
    uri = parseSipUri(start.uri);
  } catch (e) {
    if (e instanceof ParseError) return head; // not a SIP URI (tel:, ...): let sip.js answer it
    throw e;
  }
  if (uri.scheme === "sip" && uri.user === roomUser) return head;
  const rewritten = serialiseSipUri({ ...uri, scheme: "sip", user: roomUser });
  return {
    ...head,
    startLine: { ...start, uri: rewritten },
    headers: [...head.headers, { name: DIALED_URI_HEADER, value: start.uri }],
  };
}
