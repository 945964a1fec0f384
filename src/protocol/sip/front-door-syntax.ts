import { splitHeaderList } from "./message-head.js";
import { parseHostPort } from "./sip-uri.js";
import { parseVia, viaParam } from "./via.js";

/**
 * The cheap syntax checks of the front door: each returns undefined when the value is well
 * formed, else a one-line reason for the 400 (RFC 3261 §8.2: a request "that fails ... syntax"
 * is answered 400). They look only at what RFC 4475/5118 show going wrong on the wire; the full
 * grammar stays with the parser behind the door.
 */

/** RFC 3261 §25.1 token. */
export const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
/** RFC 3986 §3.1 scheme, with the colon. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/** The scheme of a URI (lower case), or undefined when the text does not start with one. */
export function uriScheme(uri: string): string | undefined {
  return SCHEME.exec(uri)?.[1]?.toLowerCase();
}

/**
 * RFC 3261 §19.1.1 / §25.1 SIP-URI in a Request-URI. The userinfo may hold '?', ';' and '/'
 * (RFC 4475 §3.1.1.2 intmeth), so it is cut at the last '@' first; the hostport must be a valid
 * host (RFC 5118 §4.2, §4.10: an IPv6 reference needs brackets and a valid address).
 * RFC 3261 §19.1.1 table: the headers component is "not allowed" in a Request-URI (RFC 4475
 * §3.1.2.11 escruri).
 */
export function checkSipRequestUri(uri: string): string | undefined {
  const rest = uri.slice(uri.indexOf(":") + 1);
  if (/[\s<>"]/.test(uri)) return "Request-URI holds whitespace, quotes or angle brackets";
  const at = rest.lastIndexOf("@");
  if (at === 0) return "empty userinfo in Request-URI";
  const hostPart = at >= 0 ? rest.slice(at + 1) : rest;
  if (hostPart.includes("?")) return "headers are not allowed in a Request-URI";
  const semi = hostPart.indexOf(";");
  const hostport = semi >= 0 ? hostPart.slice(0, semi) : hostPart;
  if (hostport.length === 0) return "Request-URI without a host";
  try {
    parseHostPort(hostport, "Request-URI");
  } catch (e) {
    return e instanceof Error ? e.message : "bad host in Request-URI";
  }
  if (
    semi >= 0 &&
    hostPart
      .slice(semi + 1)
      .split(";")
      .some((p) => p.length === 0)
  )
    return "empty URI parameter in Request-URI";
  return undefined;
}

/** Where a quoted string that starts at `open` ends (index after the closing quote), or -1. */
function quotedEnd(value: string, open: number): number {
  for (let i = open + 1; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\") i++;
    else if (ch === '"') return i + 1;
  }
  return -1;
}

/** RFC 3261 §25.1 generic-param list after a name-addr or addr-spec: `*( SEMI token [EQUAL value] )`. */
function checkParams(tail: string, field: string): string | undefined {
  const t = tail.trim();
  if (t.length === 0) return undefined;
  if (!t.startsWith(";")) return `junk after the URI in ${field}`;
  for (const raw of t.slice(1).split(";")) {
    const p = raw.trim();
    if (p.length === 0) return `empty parameter in ${field}`;
    const eq = p.indexOf("=");
    const name = (eq < 0 ? p : p.slice(0, eq)).trim();
    if (!TOKEN.test(name)) return `parameter name "${clip(name)}" in ${field} is not a token`;
  }
  return undefined;
}

/**
 * RFC 3261 §20.10 / §25.1, one From, To or Contact value:
 *   name-addr    = [ display-name ] LAQUOT addr-spec RAQUOT
 *   display-name = *(token LWS) / quoted-string
 * and §20.10: "if the URI contains a comma, question mark or semicolon, the URI MUST be
 * enclosed in angle brackets" (RFC 4475 §3.1.2.13 regbadct). Inside the brackets no whitespace
 * (§3.1.2.14 badaspec); a display name is tokens or one quoted string (§3.1.2.6 quotbal,
 * §3.1.2.15 baddn).
 */
export function checkAddress(value: string, field: string): string | undefined {
  const v = value.trim();
  if (v.length === 0) return `empty ${field}`;
  let rest = v;
  if (v.startsWith('"')) {
    const end = quotedEnd(v, 0);
    if (end < 0) return `unterminated quoted display name in ${field}`;
    rest = v.slice(end).trimStart();
    if (!rest.startsWith("<")) return `display name in ${field} not followed by <URI>`;
  }
  const lt = rest.indexOf("<");
  if (lt >= 0) {
    const display = rest.slice(0, lt).trim();
    if (display.length > 0 && !display.split(/[ \t]+/).every((w) => TOKEN.test(w)))
      return `display name "${clip(display)}" in ${field} is neither tokens nor a quoted string`;
    const gt = rest.indexOf(">", lt);
    if (gt < 0) return `'<' without '>' in ${field}`;
    const uri = rest.slice(lt + 1, gt);
    if (uri !== uri.trim() || /\s/.test(uri)) return `whitespace inside <...> in ${field}`;
    if (!uriScheme(uri)) return `no URI scheme inside <...> in ${field}`;
    return checkParams(rest.slice(gt + 1), field);
  }
  // addr-spec: the URI ends at the first ';' (what follows are header parameters).
  const semi = rest.indexOf(";");
  const uri = (semi >= 0 ? rest.slice(0, semi) : rest).trim();
  if (!uriScheme(uri)) return `no URI scheme in ${field}`;
  if (/[\s?,"]/.test(uri)) return `a URI with '?', ',' or spaces in ${field} must be in <...>`;
  return semi >= 0 ? checkParams(rest.slice(semi), field) : undefined;
}

/**
 * RFC 3261 §20.42 Via, every element. RFC 3261 §8.1.1.7: a branch beginning with the magic
 * cookie must carry a transaction id after it (RFC 4475 §3.2.1 badbranch: "z9hG4bK" alone).
 */
export function checkVia(values: readonly string[]): string | undefined {
  for (const value of values) {
    const elements = splitHeaderList(value);
    if (elements.length === 0 || elements.some((e) => e.length === 0)) return "empty Via element";
    for (const element of elements) {
      let branch: string | undefined;
      try {
        branch = viaParam(parseVia(element), "branch");
      } catch (e) {
        return e instanceof Error ? e.message : "malformed Via";
      }
      if (branch !== undefined && /^z9hG4bK$/i.test(branch)) return "Via branch is the magic cookie alone";
    }
  }
  return undefined;
}

/** RFC 3261 §20.16 CSeq = 1*DIGIT LWS Method; the number "MUST be expressible as a 32-bit unsigned integer". */
export function parseCSeq(value: string): { seq: number; method: string } | string {
  const m = /^(\d{1,10})[ \t]+(\S+)$/.exec(value.trim());
  if (!m) return `malformed CSeq "${clip(value)}"`;
  const seq = Number(m[1]);
  if (seq > 0xffffffff) return `CSeq number ${m[1]} exceeds 2**32-1`;
  if (!TOKEN.test(m[2]!)) return "CSeq method is not a token";
  return { seq, method: m[2]! };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
