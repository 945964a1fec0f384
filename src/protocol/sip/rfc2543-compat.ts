import { ParseError } from "../parse-error.js";
import { type SipMessageHead, topHeaderValue } from "./message-head.js";
import { parseSipUri, uriHost, uriOfNameAddr } from "./sip-uri.js";

/**
 * RFC 2543 §6.13 let an INVITE leave out Contact (later requests then go to the From address);
 * RFC 3261 §8.1.1.8 requires it, and sip.js answers 400 without one (RFC 4475 §3.4.1 inv2543).
 * The room answers such a caller where its INVITE came from rather than at an address it names:
 * a Contact is added with the From user at the packet's source.
 */
export function withSourceContact(
  head: SipMessageHead,
  source: { readonly host: string; readonly port: number },
  transport: string,
): SipMessageHead {
  const start = head.startLine;
  if (start.kind !== "request" || start.method !== "INVITE" || topHeaderValue(head, "contact") !== undefined)
    return head;
  let user: string | undefined;
  try {
    user = parseSipUri(uriOfNameAddr(topHeaderValue(head, "from") ?? "")).user;
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
  const at = user ? `${user}@` : "";
  const contact = `<sip:${at}${uriHost(source.host)}:${source.port}${transport === "udp" ? "" : `;transport=${transport}`}>`;
  return { ...head, headers: [...head.headers, { name: "Contact", value: contact }] };
}
