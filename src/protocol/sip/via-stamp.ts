import { ParseError } from "../parse-error.js";
import { replaceTopHeaderValue, type SipMessageHead, topHeaderValue } from "./message-head.js";
import { uriHost } from "./sip-uri.js";
import { parseVia, serialiseVia, viaParam, withViaParam } from "./via.js";

/**
 * Stamps the source address of an incoming request on its top Via.
 *
 * RFC 3261 §18.2.1: "When the server transport receives a request over any transport, it MUST
 * examine the value of the sent-by parameter in the top Via header field value. If the host
 * portion of the sent-by parameter contains a domain name, or if it contains an IP address that
 * differs from the packet source address, the server MUST add a received parameter to that Via
 * header field value."
 * RFC 3581 §4: "When a server compliant to this specification ... receives a request, it
 * examines the topmost Via header field value. If this Via header field value contains an
 * "rport" parameter with no value, it MUST set the value of the parameter to the source port of
 * the request." We also always stamp received, which §18.2.1 allows ("MAY"), so that responses
 * reach the real source of every request (and never an address named only in the message).
 */
export function stampReceived(
  head: SipMessageHead,
  sourceHost: string,
  sourcePort: number,
  /** Also stamp rport when the client did not ask for it (symmetric responses, as behind NAT). */
  alwaysRport = false,
): SipMessageHead {
  if (head.startLine.kind !== "request") return head;
  const top = topHeaderValue(head, "via");
  if (top === undefined) throw new ParseError("SIP", "via", -1, "request without Via");
  let via = parseVia(top);
  via = withViaParam(via, "received", uriHost(sourceHost));
  if (alwaysRport || viaParam(via, "rport") !== undefined)
    via = withViaParam(via, "rport", String(sourcePort));
  return replaceTopHeaderValue(head, "via", serialiseVia(via));
}
