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
