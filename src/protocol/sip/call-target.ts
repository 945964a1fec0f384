import type { SipTransportProtocol } from "./route.js";
import { parseSipUri, type SipUri, serialiseSipUri, uriParam, withUriParam } from "./sip-uri.js";

export interface CallTarget {
  uri: SipUri;
  /** The URI as it will be dialled (with ;transport= added when the user chose one). */
  text: string;
  protocol: SipTransportProtocol;
}

/**
 * Reads what the user typed as a SIP target. `sips:` means TLS (RFC 3261 §19.1); an explicit
 * `;transport=` wins over the `--transport` option, which wins over UDP. A bare `user@host` or
 * `host` is taken as `sip:`. Throws ParseError for what is not a SIP URI.
 */
export function parseCallTarget(input: string, transport?: SipTransportProtocol): CallTarget {
  let uri = parseSipUri(/^sips?:/i.test(input) ? input : `sip:${input}`);
  if (transport && uriParam(uri, "transport") === undefined && uri.scheme === "sip") {
    uri = withUriParam(uri, "transport", transport);
  }
  const explicit = uriParam(uri, "transport")?.toLowerCase();
  const protocol: SipTransportProtocol =
    uri.scheme === "sips"
      ? "tls"
      : explicit === "tcp" || explicit === "tls"
        ? explicit
        : (transport ?? "udp");
  return { uri, text: serialiseSipUri(uri), protocol };
}

/** A call target and, with an outbound proxy, the proxy as the first hop. */
export interface RoutedCallTarget extends CallTarget {
  /** The outbound proxy URI to send to (with `;transport=` when `--transport` chose one). */
  readonly proxy?: string;
}

/**
 * Like parseCallTarget, with an optional outbound proxy. RFC 3261 §8.1.2: requests outside a
 * dialog go to the proxy, so the proxy's URI decides the transport of that first hop (its
 * `;transport=`, `sips:`, else `--transport`, else TLS for a `sips:` target, else UDP), while the
 * Request-URI stays as dialled: the transport to the proxy is not written into it. `protocol` is
 * the transport we send on.
 */
export function parseRoutedCallTarget(
  input: string,
  transport?: SipTransportProtocol,
  proxy?: string,
): RoutedCallTarget {
  if (proxy === undefined) return parseCallTarget(input, transport);
  const target = parseCallTarget(input);
  const hop = parseCallTarget(proxy, transport ?? (target.uri.scheme === "sips" ? "tls" : undefined));
  return { ...target, protocol: hop.protocol, proxy: hop.text };
}
