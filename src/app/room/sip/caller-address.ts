import type { SipWireEvent } from "../../../adapters/sip/node-sip-transport.js";
import { ParseError } from "../../../protocol/parse-error.js";
import { parseSipUri, type SipUri, serialiseSipUri, uriParam } from "../../../protocol/sip/sip-uri.js";
import { parseVia, viaParam } from "../../../protocol/sip/via.js";
import type { SignallingSource } from "../room-front.js";

/**
 * Where an INVITE came from: the socket it arrived on (its first wire event), else what the
 * transport stamped into its top Via (RFC 3261 §18.2.1 received, RFC 3581 rport).
 */
export function inviteSource(
  first: SipWireEvent | undefined,
  topVia: string | undefined,
): SignallingSource | undefined {
  if (first) return { transport: first.transport, host: first.remote.host, port: first.remote.port };
  if (!topVia) return undefined;
  try {
    const via = parseVia(topVia);
    const host = viaParam(via, "received") ?? via.host;
    const port = Number(viaParam(via, "rport") || via.port || 5060);
    return { transport: via.transport.toLowerCase(), host: host.replace(/^\[|\]$/g, ""), port };
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}

/** The URI in a Contact-like header value (`"Name" <sip:…>;params` or a bare URI), if it is one. */
function uriIn(value: string | undefined): SipUri | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const angle = /<([^>]*)>/.exec(text);
  try {
    return parseSipUri((angle ? angle[1]! : text.split(";")[0]!).trim());
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}

/** The transport a URI asks for (RFC 3263 §4.1 with an IP and port: transport param, sips → TLS, else UDP). */
function transportOf(uri: SipUri): string {
  return uriParam(uri, "transport")?.toLowerCase() ?? (uri.scheme === "sips" ? "tls" : "udp");
}

function defaultPort(transport: string): number {
  return transport === "tls" ? 5061 : 5060;
}

/**
 * The URI the room uses to reach a caller by itself (the OPTIONS probe, the callback alias): the
 * address the call came from, never a host some header names. A `named` URI (the Contact, or
 * X-Vdm-Callback-Uri) is used as written only when it names that very address and transport;
 * otherwise only its user part is kept, on the source's address.
 */
export function uriAtSource(named: string | undefined, source: SignallingSource): string {
  const uri = uriIn(named);
  if (uri) {
    const transport = transportOf(uri);
    const sameHost = uri.host.replace(/^\[|\]$/g, "").toLowerCase() === source.host.toLowerCase();
    const samePort = (uri.port ?? defaultPort(transport)) === source.port;
    if (sameHost && samePort && transport === source.transport) return serialiseSipUri(uri);
  }
  const host = source.host.includes(":") ? `[${source.host}]` : source.host;
  return serialiseSipUri({
    scheme: "sip",
    ...(uri?.user !== undefined ? { user: uri.user } : {}),
    host,
    port: source.port,
    params: source.transport === "udp" ? [] : [["transport", source.transport]],
  });
}
