import { canonicalHeaderName, type SipHeaderField, type SipMessageHead } from "./message-head.js";

/** RFC 3261 §21 reason phrases of the answers the front door gives itself. */
export const REASON: Readonly<Record<number, string>> = {
  200: "OK",
  400: "Bad Request",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  415: "Unsupported Media Type",
  416: "Unsupported URI Scheme",
  420: "Bad Extension",
  501: "Not Implemented",
  503: "Service Unavailable",
  505: "Version Not Supported",
};

/** The request fields a response copies (RFC 3261 §8.2.6.2), as read from the request. */
export interface ResponseBasis {
  readonly headers: readonly SipHeaderField[];
}

/**
 * Builds a response to a request without any transaction or dialog state (a stateless UAS,
 * RFC 3261 §8.2.7). RFC 3261 §8.2.6.2: "The From field of the response MUST equal the From
 * header field of the request. The Call-ID ... MUST equal ... The CSeq ... MUST equal ... The
 * Via header field values in the response MUST equal the Via header field values in the request
 * and MUST maintain the same ordering." and "the UAS MUST add a tag to the To header field in the
 * response" when the request had none. The tag is given by the caller, derived from the request,
 * so a retransmission gets the same answer (RFC 3261 §8.2.7 stateless UAS behaviour).
 */
export function statelessResponse(
  request: ResponseBasis,
  status: number,
  toTag: string,
  extra: readonly SipHeaderField[] = [],
): SipMessageHead {
  // One pass over the request (each name made canonical once), then in the order above.
  const copied: Record<string, SipHeaderField[]> = { via: [], from: [], to: [], "call-id": [], cseq: [] };
  for (const h of request.headers) {
    const name = canonicalHeaderName(h.name);
    const bucket = Object.hasOwn(copied, name) ? copied[name] : undefined;
    if (!bucket) continue;
    const value =
      name === "to" && !/;\s*tag\s*=/i.test(afterUri(h.value)) ? `${h.value};tag=${toTag}` : h.value;
    bucket.push({ name: longName(name), value });
  }
  const headers: SipHeaderField[] = [
    ...copied.via!,
    ...copied.from!,
    ...copied.to!,
    ...copied["call-id"]!,
    ...copied.cseq!,
  ];
  headers.push(...extra, { name: "Content-Length", value: "0" });
  return {
    startLine: { kind: "response", version: "SIP/2.0", status, reason: REASON[status] ?? "Unknown" },
    headers,
    body: "",
  };
}

/** The part of a To value after its URI (parameters live there), so a URI param is not a tag. */
function afterUri(value: string): string {
  const gt = value.lastIndexOf(">");
  return gt >= 0 ? value.slice(gt + 1) : value;
}

function longName(canonical: string): string {
  return canonical === "call-id"
    ? "Call-ID"
    : canonical === "cseq"
      ? "CSeq"
      : canonical.charAt(0).toUpperCase() + canonical.slice(1);
}

/** FNV-1a, 32 bits: a short stable digest for To tags (not a security function). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
