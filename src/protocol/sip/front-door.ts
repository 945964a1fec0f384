import {
  checkAddress,
  checkSipRequestUri,
  checkVia,
  parseCSeq,
  TOKEN,
  uriScheme,
} from "./front-door-syntax.js";
import {
  canonicalHeaderName,
  type SipHeaderField,
  type SipMessageHead,
  splitHeaderList,
} from "./message-head.js";
import { fnv1a, statelessResponse } from "./stateless-response.js";

/**
 * The front door of a SIP user agent server: every framed message passes here once, before any
 * grammar parser or transaction. It reads the head once (start line, unfolded header fields),
 * answers what RFC 3261 §8.2 says a UAS answers without looking further (400, 505, 405/501, 416,
 * 420, 415, 406), answers OPTIONS outside a dialog itself (§11.2), drops what cannot be answered
 * (responses it cannot read, requests without Via), and hands everything else on parsed.
 * No state: the same request always gets the same verdict.
 */
export interface FrontDoorPolicy {
  /** Methods the UAS implements (RFC 3261 §8.2.1); listed in Allow. */
  readonly allow: readonly string[];
  /** Option tags the UAS supports (RFC 3261 §8.2.2.3: anything else in Require gets 420). */
  readonly supported: readonly string[];
  /** Body types accepted in INVITE and ACK (RFC 3261 §8.2.3; default application/sdp). */
  readonly accept: readonly string[];
  /** Answer OPTIONS outside a dialog at the door (RFC 3261 §11.2). */
  readonly answerOptions: boolean;
  /** User-Agent of the door's answers: the same header sip.js puts in the rest of the UA's answers. */
  readonly userAgent: string;
  /** Mixed into the To tag of the door's answers, so tags are not guessable across rooms. */
  readonly tagSecret: string;
  /**
   * Largest Expires passed on, seconds: a larger value is lowered to this (RFC 3261 §20.19 allows
   * values up to 2**32-1; a timer that long overflows Node's 2**31-1 ms, so the default is
   * 2,147,483 s, 24.8 days).
   */
  readonly maxExpiresS: number;
}

export const DEFAULT_MAX_EXPIRES_S = 2_147_483;

/** The message as framed, and what the framer already knows about it. */
export interface FrontDoorInput {
  readonly text: string;
  /**
   * Set when framing failed after the head was read: a datagram whose Content-Length runs past
   * its end (RFC 3261 §18.3: "considered an error"), or a bad or repeated Content-Length.
   */
  readonly framingError?: string;
}

export type FrontDoorVerdict =
  /** Hand on: the head parsed once (Expires clamped), for the transaction layer and the UA. */
  | { readonly kind: "pass"; readonly head: SipMessageHead }
  /** Answer from the door with this response; nothing else sees the request. */
  | {
      readonly kind: "answer";
      readonly status: number;
      readonly why: string;
      readonly response: SipMessageHead;
    }
  /** Nothing can or should be said (a response, or a request without Via). */
  | { readonly kind: "drop"; readonly why: string };

const NONE: readonly string[] = [];

/** Methods with a registered meaning (IANA SIP Methods): not understood by us gives 405, not 501. */
const KNOWN_METHODS = [
  "ACK",
  "BYE",
  "CANCEL",
  "INFO",
  "INVITE",
  "MESSAGE",
  "NOTIFY",
  "OPTIONS",
  "PRACK",
  "PUBLISH",
  "REFER",
  "REGISTER",
  "SUBSCRIBE",
  "UPDATE",
];

/** Header fields that are not lists and may appear once (RFC 3261 §7.3.1, RFC 4475 §3.3.8). */
const SINGLE = ["call-id", "from", "to", "cseq", "max-forwards", "content-length", "content-type", "expires"];

interface RawHead {
  readonly startLine: string;
  readonly headers: SipHeaderField[];
  /** The values of each header field by its canonical name, in order (read once: hot path). */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  readonly body: string;
  /** The first line that is not a header field, if any. */
  readonly badLine?: string;
  readonly unterminated: boolean;
}

/** RFC 3261 §7: start line, header fields (folded lines joined, §7.3.1), body. Never throws. */
export function readHead(text: string): RawHead {
  let start = 0;
  while (text[start] === "\r" || text[start] === "\n") start++; // RFC 3261 §7.5
  const crlf = text.indexOf("\r\n\r\n", start);
  const lf = text.indexOf("\n\n", start);
  let headEnd: number;
  let bodyStart: number;
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) [headEnd, bodyStart] = [crlf, crlf + 4];
  else if (lf >= 0) [headEnd, bodyStart] = [lf, lf + 2];
  else [headEnd, bodyStart] = [text.length, text.length];
  const lines = text.slice(start, headEnd).split(/\r?\n/);
  const headers: SipHeaderField[] = [];
  let badLine: string | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    if ((line[0] === " " || line[0] === "\t") && headers.length > 0) {
      const last = headers.pop()!;
      headers.push({ name: last.name, value: `${last.value} ${line.trim()}` });
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    if (!TOKEN.test(name)) {
      badLine ??= line;
      continue;
    }
    headers.push({ name, value: line.slice(colon + 1).trim() });
  }
  const byName = new Map<string, string[]>();
  for (const h of headers) {
    const name = canonicalHeaderName(h.name);
    const list = byName.get(name);
    if (list) list.push(h.value);
    else byName.set(name, [h.value]);
  }
  return {
    startLine: lines[0] ?? "",
    headers,
    byName,
    body: text.slice(bodyStart),
    ...(badLine !== undefined ? { badLine } : {}),
    unterminated: headEnd === text.length && bodyStart === text.length,
  };
}

/** Decides what happens to one framed message. Pure; never throws. */
export function frontDoor(input: FrontDoorInput, policy: FrontDoorPolicy): FrontDoorVerdict {
  const raw = readHead(input.text);
  if (raw.startLine.startsWith("SIP/")) return responseVerdict(raw);
  const values = (name: string): readonly string[] => raw.byName.get(name) ?? NONE;
  if (values("via").length === 0) return { kind: "drop", why: "request without Via: no one to answer" };
  const answer = (status: number, why: string, extra: SipHeaderField[] = []): FrontDoorVerdict => ({
    kind: "answer",
    status,
    why,
    response: statelessResponse(raw, status, toTag(raw, policy), [
      { name: "User-Agent", value: policy.userAgent },
      ...extra,
    ]),
  });
  const allow = { name: "Allow", value: policy.allow.join(", ") };

  // RFC 3261 §7.1: Request-Line = Method SP Request-URI SP SIP-Version CRLF, single spaces
  // (RFC 4475 §3.1.2.7 ltgtruri, §3.1.2.8 lwsruri, §3.1.2.9 lwsstart, §3.1.2.10 trws).
  const line = /^([^ ]+) ([^ ]+) (SIP\/\d+\.\d+)$/.exec(raw.startLine);
  if (!line) return answer(400, "malformed Request-Line");
  const [, method, uri, version] = line as unknown as [string, string, string, string];
  if (!TOKEN.test(method)) return answer(400, "method is not a token");
  // RFC 3261 §8.2 / §21.5.6 (RFC 4475 §3.1.2.16 badvers): only SIP/2.0 is spoken.
  if (version !== "SIP/2.0") return answer(505, `${version} is not supported`);
  const syntax = syntaxError(raw, input, values);
  if (syntax) return answer(400, syntax);
  // RFC 3261 §8.2.1: a method not understood gets 501, one understood but not allowed 405; both
  // with Allow (RFC 4475 §3.1.1.2 intmeth, §3.1.1.5 esc02, §3.1.2.18 mismatch02).
  if (!policy.allow.includes(method)) {
    return KNOWN_METHODS.includes(method)
      ? answer(405, `${method} is not allowed here`, [allow])
      : answer(501, `${method} is not implemented`, [allow]);
  }
  const cseq = parseCSeq(values("cseq")[0]!);
  // RFC 4475 §3.1.2.17 mismatch01: the CSeq method must be the request's.
  if (typeof cseq === "string" || cseq.method !== method)
    return answer(400, "CSeq method differs from the Request-Line");
  // RFC 3261 §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD
  // reject the request with a 416" (RFC 4475 §3.3.2 unkscm, §3.3.3 novelsc).
  const scheme = uriScheme(uri);
  if (scheme !== "sip" && scheme !== "sips") return answer(416, `URI scheme ${scheme} is not supported`);
  // RFC 3261 §8.2.2.3: option tags in Require we do not support get 420 with Unsupported (not
  // for ACK and CANCEL). Proxy-Require is for proxies (RFC 4475 §3.3.5 bext01).
  if (method !== "ACK" && method !== "CANCEL") {
    const unknown = values("require")
      .flatMap(splitHeaderList)
      .filter((tag) => tag.length > 0 && !policy.supported.includes(tag.toLowerCase()));
    if (unknown.length > 0)
      return answer(420, `unsupported extension ${unknown.join(", ")}`, [
        { name: "Unsupported", value: unknown.join(", ") },
      ]);
  }
  const refusal = bodyRefusal(method, raw, values, policy);
  if (refusal) return answer(refusal.status, refusal.why, refusal.extra);
  // RFC 3261 §11.2: OPTIONS outside a dialog answered as an INVITE would be, with what we allow,
  // accept and support.
  const inDialog = hasToTag(values("to")[0]!);
  if (method === "OPTIONS" && policy.answerOptions && !inDialog) {
    return answer(200, "OPTIONS answered at the door", [
      allow,
      { name: "Accept", value: policy.accept.join(", ") },
      { name: "Accept-Encoding", value: "identity" },
      { name: "Supported", value: policy.supported.join(", ") },
    ]);
  }
  return { kind: "pass", head: passedHead(raw, method, uri, policy) };
}

/** Responses are never answered (RFC 3261 §8.1.3.5 ff.): drop what cannot be one of ours. */
function responseVerdict(raw: RawHead): FrontDoorVerdict {
  // RFC 3261 §7.2 Status-Code = 3DIGIT (RFC 4475 §3.1.2.19 bigcode); reason may be empty.
  const m = /^SIP\/2\.0 ([1-6]\d\d)(?: (.*))?$/.exec(raw.startLine);
  if (!m) return { kind: "drop", why: "malformed Status-Line" };
  const cseq = raw.byName.get("cseq") ?? NONE;
  // RFC 4475 §3.1.2.5 scalarlg: overlarge numbers are not a response of ours.
  if (cseq.length !== 1 || typeof parseCSeq(cseq[0]!) === "string")
    return { kind: "drop", why: "response with a missing or bad CSeq" };
  if (raw.badLine !== undefined || raw.unterminated) return { kind: "drop", why: "malformed response head" };
  return {
    kind: "pass",
    head: {
      startLine: { kind: "response", version: "SIP/2.0", status: Number(m[1]), reason: m[2] ?? "" },
      headers: raw.headers,
      body: raw.body,
    },
  };
}

/** The first reason a request is not well formed (RFC 3261 §8.2: 400), or undefined. */
function syntaxError(
  raw: RawHead,
  input: FrontDoorInput,
  values: (name: string) => readonly string[],
): string | undefined {
  if (input.framingError) return input.framingError;
  if (raw.unterminated) return "no empty line ends the header section";
  if (raw.badLine !== undefined) return "header line without a name and a colon";
  // RFC 3261 §8.1.1: To, From, CSeq, Call-ID and Via are mandatory (RFC 4475 §3.3.1 insuf).
  // Max-Forwards is mandatory too, but RFC 2543 peers omit it (RFC 4475 §3.4.1 inv2543).
  for (const name of ["from", "to", "call-id", "cseq"]) {
    if (values(name).length === 0) return `no ${name} header field`;
  }
  for (const name of SINGLE) {
    if (values(name).length > 1) return `more than one ${name} header field`;
  }
  const uri = /^[^ ]+ ([^ ]+) /.exec(raw.startLine)![1]!;
  const scheme = uriScheme(uri);
  if (!scheme) return "Request-URI without a scheme";
  if (scheme === "sip" || scheme === "sips") {
    const bad = checkSipRequestUri(uri);
    if (bad) return bad;
  }
  const via = checkVia(values("via"));
  if (via) return via;
  for (const name of ["from", "to"]) {
    const bad = checkAddress(values(name)[0]!, name);
    if (bad) return bad;
  }
  for (const value of values("contact")) {
    if (value.trim() === "*") continue;
    for (const element of splitHeaderList(value)) {
      const bad = checkAddress(element, "contact");
      if (bad) return bad;
    }
  }
  if (!/^\S+$/.test(values("call-id")[0]!)) return "Call-ID is empty or holds whitespace";
  const cseq = parseCSeq(values("cseq")[0]!);
  if (typeof cseq === "string") return cseq;
  const maxForwards = values("max-forwards")[0];
  if (maxForwards !== undefined && !/^\d{1,10}$/.test(maxForwards)) return "Max-Forwards is not a number";
  return undefined;
}

/**
 * RFC 3261 §8.2.3: a body of a type the UAS does not understand gets 415 with Accept (RFC 4475
 * §3.3.6 invut); an INVITE whose Accept leaves out every type of our answer gets 406, since the
 * answer would carry SDP (RFC 3261 §21.4.7, RFC 4475 §3.3.15 sdp01).
 */
function bodyRefusal(
  method: string,
  raw: RawHead,
  values: (name: string) => readonly string[],
  policy: FrontDoorPolicy,
): { status: number; why: string; extra: SipHeaderField[] } | undefined {
  if (method !== "INVITE" && method !== "ACK") return undefined;
  const accepted = policy.accept.map((t) => t.toLowerCase());
  const contentType = values("content-type")[0];
  if (raw.body.length > 0 && contentType !== undefined) {
    const type = contentType.split(";")[0]!.trim().toLowerCase();
    if (!accepted.includes(type))
      return {
        status: 415,
        why: `body type ${type} is not understood`,
        extra: [{ name: "Accept", value: policy.accept.join(", ") }],
      };
  }
  const encoding = values("content-encoding").flatMap(splitHeaderList);
  if (encoding.some((e) => e.toLowerCase() !== "identity"))
    return {
      status: 415,
      why: `content encoding ${encoding.join(", ")} is not understood`,
      extra: [{ name: "Accept-Encoding", value: "identity" }],
    };
  const accept = values("accept").flatMap(splitHeaderList);
  if (method === "INVITE" && accept.length > 0) {
    const ok = accept.some((a) => {
      const t = a.split(";")[0]!.trim().toLowerCase();
      return t === "*/*" || accepted.includes(t) || accepted.some((x) => t === `${x.split("/")[0]}/*`);
    });
    if (!ok)
      return {
        status: 406,
        why: "Accept names no type the answer could carry",
        extra: [{ name: "Accept", value: policy.accept.join(", ") }],
      };
  }
  return undefined;
}

/** The parsed head handed on, with Expires lowered to what a timer can hold. */
function passedHead(raw: RawHead, method: string, uri: string, policy: FrontDoorPolicy): SipMessageHead {
  if (!raw.byName.has("expires"))
    return {
      startLine: { kind: "request", method, uri, version: "SIP/2.0" },
      headers: raw.headers,
      body: raw.body,
    };
  const headers = raw.headers.map((h) => {
    if (canonicalHeaderName(h.name) !== "expires" || !/^\d+$/.test(h.value)) return h;
    return Number(h.value) > policy.maxExpiresS ? { name: h.name, value: String(policy.maxExpiresS) } : h;
  });
  return { startLine: { kind: "request", method, uri, version: "SIP/2.0" }, headers, body: raw.body };
}

/** True when a To value carries a tag: the request is inside a dialog (RFC 3261 §12.2). */
export function hasToTag(to: string): boolean {
  const gt = to.lastIndexOf(">");
  return /;\s*tag\s*=/i.test(gt >= 0 ? to.slice(gt + 1) : to);
}

/** The same request (and its retransmissions) always gets the same To tag. */
export function toTag(raw: { readonly headers: readonly SipHeaderField[] }, policy: FrontDoorPolicy): string {
  const key = raw.headers
    .filter((h) => ["call-id", "from", "cseq", "via"].includes(canonicalHeaderName(h.name)))
    .map((h) => h.value)
    .join("\n");
  return `fd${fnv1a(`${policy.tagSecret}\n${key}`).toString(36)}`;
}
