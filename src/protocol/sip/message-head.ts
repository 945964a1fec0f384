import { ParseError } from "../parse-error.js";

/**
 * Just enough of a SIP message for the transport layer: the start line, the header fields in
 * order (unfolded) and the body as text. sip.js does the full parse; this is only what routing
 * (RFC 3261 §18), Via stamping (§18.2.1) and Contact rewriting need.
 *
 * RFC 3261 §7:
 *   generic-message  =  start-line *message-header CRLF [ message-body ]
 *   start-line       =  Request-Line / Status-Line
 *   Request-Line     =  Method SP Request-URI SP SIP-Version CRLF
 *   Status-Line      =  SIP-Version SP Status-Code SP Reason-Phrase CRLF
 */
export type SipStartLine =
  | { kind: "request"; method: string; uri: string; version: string }
  | { kind: "response"; version: string; status: number; reason: string };

export interface SipHeaderField {
  /** The name as written on the wire (may be a compact form such as "v"). */
  readonly name: string;
  readonly value: string;
}

export interface SipMessageHead {
  readonly startLine: SipStartLine;
  readonly headers: readonly SipHeaderField[];
  readonly body: string;
}

const FORMAT = "SIP";

// RFC 3261 §7.3.3 compact forms, plus those registered later (RFC 3515, 3841, 3891, 4028, 6665, 8224).
const COMPACT: Readonly<Record<string, string>> = {
  a: "accept-contact",
  b: "referred-by",
  c: "content-type",
  d: "request-disposition",
  e: "content-encoding",
  f: "from",
  i: "call-id",
  j: "reject-contact",
  k: "supported",
  l: "content-length",
  m: "contact",
  o: "event",
  r: "refer-to",
  s: "subject",
  t: "to",
  u: "allow-events",
  v: "via",
  x: "session-expires",
  y: "identity",
};

/** Lower-case long form of a header name ("v" -> "via", "Call-ID" -> "call-id"). */
export function canonicalHeaderName(name: string): string {
  const lower = name.toLowerCase();
  return COMPACT[lower] ?? lower;
}

const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

/** RFC 3261 §7.1 / §7.2: parses the start line. */
export function parseStartLine(line: string): SipStartLine {
  if (line.startsWith("SIP/")) {
    // Status-Line = SIP-Version SP Status-Code SP Reason-Phrase
    const m = /^(SIP\/\d+\.\d+) (\d{3}) (.*)$/.exec(line);
    if (!m) throw new ParseError(FORMAT, "status-line", 0, `malformed Status-Line "${clip(line)}"`);
    return { kind: "response", version: m[1]!, status: Number(m[2]), reason: m[3]! };
  }
  const parts = line.split(" ");
  if (parts.length !== 3) {
    throw new ParseError(FORMAT, "request-line", 0, `Request-Line needs 3 fields split by single spaces`);
  }
  const [method, uri, version] = parts as [string, string, string];
  if (!TOKEN.test(method)) throw new ParseError(FORMAT, "request-line.method", 0, "method is not a token");
  if (uri.length === 0)
    throw new ParseError(FORMAT, "request-line.uri", method.length + 1, "empty Request-URI");
  if (!/^SIP\/\d+\.\d+$/.test(version)) {
    throw new ParseError(FORMAT, "request-line.version", line.length - version.length, "bad SIP-Version");
  }
  return { kind: "request", method, uri, version };
}

/** Parses the head of a SIP message held as text (CRLF line ends; bare LF tolerated). */
export function parseSipMessage(text: string): SipMessageHead {
  const end = findHeadEnd(text);
  if (end === undefined)
    throw new ParseError(FORMAT, "head", text.length, "no empty line ends the header section");
  const lines = text.slice(0, end.headEnd).split(/\r?\n/);
  const startLine = parseStartLine(lines[0] ?? "");
  const headers: SipHeaderField[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // RFC 3261 §7.3.1: a line starting with whitespace continues the previous header field.
    if (line.startsWith(" ") || line.startsWith("\t")) {
      const last = headers.pop();
      if (!last) throw new ParseError(FORMAT, "header", i, "continuation line before any header field");
      headers.push({ name: last.name, value: `${last.value} ${line.trim()}` });
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0)
      throw new ParseError(FORMAT, "header", i, `header line without name and colon "${clip(line)}"`);
    const name = line.slice(0, colon).trim();
    if (!TOKEN.test(name))
      throw new ParseError(FORMAT, "header.name", i, `header name "${clip(name)}" is not a token`);
    headers.push({ name, value: line.slice(colon + 1).trim() });
  }
  return { startLine, headers, body: text.slice(end.bodyStart) };
}

function findHeadEnd(text: string): { headEnd: number; bodyStart: number } | undefined {
  const crlf = text.indexOf("\r\n\r\n");
  const lf = text.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { headEnd: crlf, bodyStart: crlf + 4 };
  if (lf >= 0) return { headEnd: lf, bodyStart: lf + 2 };
  return undefined;
}

/** Serialises a head back to wire text, one header field per line, CRLF line ends. */
export function serialiseSipMessage(head: SipMessageHead): string {
  const s = head.startLine;
  const first =
    s.kind === "request" ? `${s.method} ${s.uri} ${s.version}` : `${s.version} ${s.status} ${s.reason}`;
  let out = `${first}\r\n`;
  for (const h of head.headers) out += `${h.name}: ${h.value}\r\n`;
  return `${out}\r\n${head.body}`;
}

/**
 * RFC 3261 §7.3.1: a header field with a comma-separated list may be split into several lines
 * and vice versa. Splits on commas outside quoted strings and <...>.
 */
export function splitHeaderList(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "<") depth++;
    else if (ch === ">") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      out.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(value.slice(start).trim());
  return out.filter((v) => v.length > 0);
}

/** Values of a header field (long or compact name), unsplit, in order. */
export function headerFieldValues(head: SipMessageHead, name: string): string[] {
  const want = canonicalHeaderName(name);
  return head.headers.filter((h) => canonicalHeaderName(h.name) === want).map((h) => h.value);
}

/** The first value of a list header (Via, Route, Contact, Record-Route), or undefined. */
export function topHeaderValue(head: SipMessageHead, name: string): string | undefined {
  for (const v of headerFieldValues(head, name)) {
    const first = splitHeaderList(v)[0];
    if (first !== undefined) return first;
  }
  return undefined;
}

/** Returns a copy of `head` whose first `name` list element is replaced by `replacement`. */
export function replaceTopHeaderValue(
  head: SipMessageHead,
  name: string,
  replacement: string,
): SipMessageHead {
  const want = canonicalHeaderName(name);
  const headers = [...head.headers];
  const index = headers.findIndex(
    (h) => canonicalHeaderName(h.name) === want && splitHeaderList(h.value).length > 0,
  );
  if (index < 0) return head;
  const field = headers[index]!;
  const rest = splitHeaderList(field.value).slice(1);
  headers[index] = { name: field.name, value: [replacement, ...rest].join(", ") };
  return { ...head, headers };
}

/** Returns a copy of `head` with every element of header `name` mapped by `f`. */
export function mapHeaderValues(
  head: SipMessageHead,
  name: string,
  f: (value: string) => string,
): SipMessageHead {
  const want = canonicalHeaderName(name);
  const headers = head.headers.map((h) =>
    canonicalHeaderName(h.name) === want
      ? { name: h.name, value: splitHeaderList(h.value).map(f).join(", ") }
      : h,
  );
  return { ...head, headers };
}

/** The value of a `;name=value` parameter in a header value such as To/From, or undefined. */
export function headerParam(value: string, param: string): string | undefined {
  // Parameters of a name-addr come after the closing '>'; of an addr-spec, after the URI.
  const gt = value.lastIndexOf(">");
  const tail = gt >= 0 ? value.slice(gt + 1) : value;
  for (const part of tail.split(";").slice(1)) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key === param.toLowerCase()) return eq < 0 ? "" : part.slice(eq + 1).trim();
  }
  return undefined;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
