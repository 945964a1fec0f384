import {
  mapHeaderValues,
  replaceTopHeaderValue,
  type SipMessageHead,
  topHeaderValue,
} from "./message-head.js";
import { type SipTransportProtocol, viaTransport } from "./route.js";
import { replaceNameAddrUri, uriHost, withUriParam } from "./sip-uri.js";
import { parseVia, serialiseVia, viaParam, withViaParam } from "./via.js";

/** The socket a message leaves from (or arrived on): what Via and Contact must advertise. */
export interface LocalAddress {
  readonly transport: SipTransportProtocol;
  /** Address advertised in Via and Contact (e.g. "127.0.0.1"). */
  readonly host: string;
  readonly port: number;
}

/**
 * Puts our real address on an outgoing message.
 *
 * sip.js writes `Via: SIP/2.0/<protocol> <viaHost>;branch=..;rport` with no port and
 * `Contact: <sip:<contactName>@<viaHost>;transport=..>`; it has no option for a port.
 * RFC 3261 §18.1.1: the transport "MUST ... insert ... the sent-by field ... [with] the port
 * number at which it wishes to receive responses"; §8.1.1.8 the Contact "MUST contain a SIP or
 * SIPS URI" at which the UA can be reached. So for requests the top Via gets our transport,
 * host and port (and `rport`, RFC 3581 §3); in every message the Contact whose host is sip.js's
 * `placeholderHost` gets our host, port and `;transport=` (and loses sip.js's `;ob`). sip.js rejects sips Request-URIs
 * with 416 (UserAgentCore.receiveRequest), so a TLS Contact stays `sip:...;transport=tls`.
 */
export function applyLocalAddress(
  head: SipMessageHead,
  local: LocalAddress,
  placeholderHost: string,
): SipMessageHead {
  let out = head;
  if (out.startLine.kind === "request") {
    const top = topHeaderValue(out, "via");
    if (top !== undefined) {
      let via = parseVia(top);
      via = { ...via, transport: local.transport.toUpperCase(), host: uriHost(local.host), port: local.port };
      if (viaParam(via, "rport") === undefined) via = withViaParam(via, "rport", undefined);
      out = replaceTopHeaderValue(out, "via", serialiseVia(via));
    }
  }
  return mapHeaderValues(out, "contact", (value) => rewriteContact(value, local, placeholderHost));
}

function rewriteContact(value: string, local: LocalAddress, placeholderHost: string): string {
  return replaceNameAddrUri(value, (uri) => {
    if (uri.host.toLowerCase() !== placeholderHost.toLowerCase()) return undefined; // not ours
    // sip.js adds RFC 5626 ";ob" to every INVITE Contact; we keep no outbound flows, so drop it.
    const withoutOb = withUriParam(uri, "ob", null);
    return withUriParam(
      { ...withoutOb, scheme: "sip", host: uriHost(local.host), port: local.port },
      "transport",
      local.transport,
    );
  });
}

/**
 * Checks that an incoming response's top Via is one we wrote, and rewrites it to the portless
 * form sip.js compares against (it drops responses whose Via host is not `viaHost` or that
 * carry a port: UserAgent.onTransportMessage).
 *
 * RFC 3261 §18.1.2: "If the value of the sent-by parameter in that header field value does not
 * correspond to a value that the client transport is configured to insert into requests, the
 * response MUST be silently discarded." Returns undefined in that case.
 */
export function acceptOwnVia(
  head: SipMessageHead,
  locals: readonly LocalAddress[],
  viaHost: string,
): SipMessageHead | undefined {
  if (head.startLine.kind !== "response") return head;
  const top = topHeaderValue(head, "via");
  if (top === undefined) return undefined;
  const via = parseVia(top);
  const transport = viaTransport(via.transport);
  const ours = locals.some(
    (l) =>
      l.transport === transport &&
      uriHost(l.host).toLowerCase() === via.host.toLowerCase() &&
      l.port === via.port,
  );
  if (!ours) return undefined;
  const { port: _dropped, ...portless } = via;
  return replaceTopHeaderValue(head, "via", serialiseVia({ ...portless, host: viaHost }));
}
