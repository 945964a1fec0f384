import { ParseError } from "../parse-error.js";

/**
 * A SIP or SIPS URI, reduced to what routing needs.
 *
 * RFC 3261 §19.1.1 / §25.1:
 *   SIP-URI  = "sip:"  [ userinfo ] hostport uri-parameters [ headers ]
 *   SIPS-URI = "sips:" [ userinfo ] hostport uri-parameters [ headers ]
 *   userinfo = ( user / telephone-subscriber ) [ ":" password ] "@"
 *   hostport = host [ ":" port ]
 *   host     = hostname / IPv4address / IPv6reference
 */
export interface SipUri {
  readonly scheme: "sip" | "sips";
  /** Userinfo without the trailing "@" (user and optional password), as written. */
  readonly user?: string;
  /** Host; an IPv6 reference keeps its brackets ("[2001:db8::1]"). */
  readonly host: string;
  readonly port?: number;
  /** uri-parameters in order; a parameter without "=" has value undefined. */
  readonly params: ReadonlyArray<readonly [string, string | undefined]>;
  /** The headers part after "?", without the "?", as written. */
  readonly headers?: string;
}

const FORMAT = "SIP-URI";

/** Parses a SIP/SIPS URI (addr-spec form, no angle brackets). */
export function parseSipUri(text: string): SipUri {
  const m = /^(sips?):/i.exec(text);
  if (!m) throw new ParseError(FORMAT, "scheme", 0, `not a sip: or sips: URI "${clip(text)}"`);
  const scheme = m[1]!.toLowerCase() as "sip" | "sips";
  let rest = text.slice(m[0].length);
  let headers: string | undefined;
  const q = rest.indexOf("?");
  if (q >= 0) {
    headers = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let user: string | undefined;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    user = rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (user.length === 0) throw new ParseError(FORMAT, "userinfo", m[0].length, "empty userinfo before '@'");
  }
  const semi = rest.indexOf(";");
  const hostport = semi >= 0 ? rest.slice(0, semi) : rest;
  const paramText = semi >= 0 ? rest.slice(semi + 1) : "";
  const { host, port } = parseHostPort(hostport, FORMAT);
  const params: Array<readonly [string, string | undefined]> = [];
  if (semi >= 0) {
    for (const p of paramText.split(";")) {
      if (p.length === 0) throw new ParseError(FORMAT, "uri-parameters", 0, "empty URI parameter");
      const eq = p.indexOf("=");
      params.push(eq < 0 ? [p, undefined] : [p.slice(0, eq), p.slice(eq + 1)]);
    }
  }
  return {
    scheme,
    host,
    params,
    ...(user !== undefined ? { user } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(headers !== undefined ? { headers } : {}),
  };
}

/** RFC 3261 §25.1 hostport, shared with Via sent-by. */
export function parseHostPort(text: string, format: string): { host: string; port?: number } {
  let host: string;
  let portText: string | undefined;
  if (text.startsWith("[")) {
    const close = text.indexOf("]");
    if (close < 0) throw new ParseError(format, "host", 0, "IPv6 reference without ']'");
    host = text.slice(0, close + 1);
    if (!isIPv6(host.slice(1, -1)))
      throw new ParseError(format, "host", 0, `bad IPv6 reference "${clip(host)}"`);
    const after = text.slice(close + 1);
    if (after.length > 0) {
      if (!after.startsWith(":"))
        throw new ParseError(format, "port", close + 1, "junk after IPv6 reference");
      portText = after.slice(1);
    }
  } else {
    const colon = text.indexOf(":");
    host = colon >= 0 ? text.slice(0, colon) : text;
    if (colon >= 0) portText = text.slice(colon + 1);
    if (!/^[A-Za-z0-9.-]+$/.test(host)) throw new ParseError(format, "host", 0, `bad host "${clip(host)}"`);
  }
  if (portText === undefined) return { host };
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    throw new ParseError(format, "port", host.length + 1, `bad port "${clip(portText)}"`);
  }
  return { host, port: Number(portText) };
}

/** Serialises a SipUri back to text. */
export function serialiseSipUri(uri: SipUri): string {
  let s = `${uri.scheme}:`;
  if (uri.user !== undefined) s += `${uri.user}@`;
  s += uri.host;
  if (uri.port !== undefined) s += `:${uri.port}`;
  for (const [k, v] of uri.params) s += v === undefined ? `;${k}` : `;${k}=${v}`;
  if (uri.headers !== undefined) s += `?${uri.headers}`;
  return s;
}

/** A URI parameter (case-insensitive name), or undefined; "" for a flag parameter. */
export function uriParam(uri: SipUri, name: string): string | undefined {
  const found = uri.params.find(([k]) => k.toLowerCase() === name.toLowerCase());
  return found ? (found[1] ?? "") : undefined;
}

/** Returns `uri` with parameter `name` set (replacing any) or removed when value is null. */
export function withUriParam(uri: SipUri, name: string, value: string | undefined | null): SipUri {
  const params = uri.params.filter(([k]) => k.toLowerCase() !== name.toLowerCase());
  if (value !== null) params.push([name, value]);
  return { ...uri, params };
}

/**
 * The URI inside a name-addr or addr-spec header value (Route, Contact, To, From).
 * RFC 3261 §20.10: `"Display" <sip:uri;param>;hparam` or `sip:uri;hparam` (no brackets: the
 * header parameters begin at the first ';' after the URI... which for addr-spec ends the URI).
 */
export function uriOfNameAddr(value: string): string {
  const lt = value.indexOf("<");
  if (lt >= 0) {
    const gt = value.indexOf(">", lt);
    if (gt < 0) throw new ParseError(FORMAT, "name-addr", lt, "'<' without '>'");
    return value.slice(lt + 1, gt).trim();
  }
  const semi = value.indexOf(";");
  return (semi >= 0 ? value.slice(0, semi) : value).trim();
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * Rewrites the SIP URI inside the `<…>` of a name-addr header value (Contact, RFC 3261 §20.10):
 * `change` returns the new URI, or undefined to keep the value. A value without `<…>`, or whose
 * URI is not a SIP URI (tel:, a third party's), is returned unchanged.
 */
export function replaceNameAddrUri(value: string, change: (uri: SipUri) => SipUri | undefined): string {
  const lt = value.indexOf("<");
  const gt = value.indexOf(">", lt);
  if (lt < 0 || gt < 0) return value;
  let uri: SipUri;
  try {
    uri = parseSipUri(value.slice(lt + 1, gt));
  } catch {
    return value;
  }
  const changed = change(uri);
  return changed ? `${value.slice(0, lt + 1)}${serialiseSipUri(changed)}${value.slice(gt)}` : value;
}

export function isIPv4(host: string): boolean {
  return IPV4.test(host);
}

/** RFC 4291 §2.2 textual IPv6 (with optional trailing dotted IPv4), without brackets. */
export function isIPv6(text: string): boolean {
  let s = text;
  const lastColon = s.lastIndexOf(":");
  let extraGroups = 0;
  if (s.includes(".")) {
    if (!isIPv4(s.slice(lastColon + 1))) return false;
    s = `${s.slice(0, lastColon + 1)}0`;
    extraGroups = 1;
  }
  const dbl = s.split("::");
  if (dbl.length > 2) return false;
  const group = /^[0-9A-Fa-f]{1,4}$/;
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  if (dbl.length === 2) {
    const all = [...groups(dbl[0]!), ...groups(dbl[1]!)];
    return all.every((g) => group.test(g)) && all.length + extraGroups <= 8;
  }
  const all = groups(s);
  return all.length === 8 && all.every((g) => group.test(g));
}

/** True for a numeric host (IPv4 or bracketed/unbracketed IPv6). */
export function isIpLiteral(host: string): boolean {
  const h = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return isIPv4(h) || isIPv6(h);
}

/** Host without IPv6 brackets, as sockets want it. */
export function bareHost(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** Host as it must appear in a URI or Via (IPv6 in brackets). */
export function uriHost(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
