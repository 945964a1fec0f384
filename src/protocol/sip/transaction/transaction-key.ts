import { ParseError } from "../../parse-error.js";
import { canonicalHeaderName, headerParam, type SipMessageHead, splitHeaderList } from "../message-head.js";
import { parseVia, type Via, viaParam } from "../via.js";

/** RFC 3261 §8.1.1.7: a branch that begins with the magic cookie was built by an RFC 3261 element. */
const MAGIC_COOKIE = "z9hG4bK";

/**
 * The branch the transport gives sip.js in place of the peer's (src/protocol/sip/transaction-branch.ts):
 * `z9hG4bK-tx-<digest of the server key>~<the peer's branch, or nothing>`.
 */
export const TRANSACTION_BRANCH_PREFIX = "z9hG4bK-tx-";

/** Top Via sent-by as §17.2.3 compares it: lower-cased host, the port as written ("" when none). */
export function sentByOf(via: Via): string {
  return `${via.host.toLowerCase()}:${via.port ?? ""}`;
}

/** What transaction matching needs of one SIP message. */
export interface TransactionFacts {
  readonly kind: "request" | "response";
  /** Request method, or the CSeq method of a response. */
  readonly method: string;
  readonly status: number | undefined;
  readonly branch: string;
  /** Top Via sent-by, lower-cased host with the port as written ("" when none). */
  readonly sentBy: string;
  readonly toTag: string | undefined;
  /** "INVITE" for a request, "200 INVITE" for a response: what is counted. */
  readonly label: string;
}

const FORMAT = "SIP";

/**
 * Reads the transaction facts of a message. Throws ParseError naming the field when the
 * top Via or CSeq is missing or malformed, or the branch lacks the RFC 3261 magic cookie
 * (§17.2.3 matching by branch is defined only for such requests; the RFC 2543 fallback is
 * not implemented, so such messages pass with no transaction).
 */
export function transactionFacts(head: SipMessageHead): TransactionFacts {
  // One pass over the header fields: this runs for every message sent and received.
  let viaField: string | undefined;
  let cseq: string | undefined;
  let to: string | undefined;
  for (const h of head.headers) {
    const name = h.name.length === 1 ? canonicalHeaderName(h.name) : h.name.toLowerCase();
    if (name === "via") viaField ??= h.value;
    else if (name === "cseq") cseq ??= h.value;
    else if (name === "to") to ??= h.value;
  }
  const viaText = viaField === undefined ? undefined : splitHeaderList(viaField)[0];
  if (viaText === undefined) throw new ParseError(FORMAT, "Via", -1, "no Via header field");
  const via = parseVia(viaText);
  const branch = peersBranch(viaParam(via, "branch"));
  if (!branch?.startsWith(MAGIC_COOKIE))
    throw new ParseError(FORMAT, "Via.branch", -1, "branch without the RFC 3261 magic cookie");
  const m = cseq === undefined ? null : /^\s*(\d{1,10})\s+([A-Za-z0-9\-.!%*_+`'~]+)\s*$/.exec(cseq);
  if (!m) throw new ParseError(FORMAT, "CSeq", -1, "missing or malformed CSeq");
  const cseqMethod = m[2]!;
  const toTag = to === undefined ? undefined : headerParam(to, "tag");
  const sentBy = sentByOf(via);
  const line = head.startLine;
  if (line.kind === "request") {
    return {
      kind: "request",
      method: line.method,
      status: undefined,
      branch,
      sentBy,
      toTag,
      label: line.method,
    };
  }
  return {
    kind: "response",
    method: cseqMethod,
    status: line.status,
    branch,
    sentBy,
    toTag,
    label: `${line.status} ${cseqMethod}`,
  };
}

/**
 * The branch the peer sent. The transport hands sip.js requests whose branch it rewrote to
 * `z9hG4bK-tx-<digest>~<the peer's branch>` (src/protocol/sip/transaction-branch.ts) and gives
 * responses the peer's branch back, so both directions are keyed by the peer's.
 */
export function peersBranch(branch: string | undefined): string | undefined {
  if (!branch?.startsWith(TRANSACTION_BRANCH_PREFIX)) return branch;
  const tilde = branch.indexOf("~");
  return tilde < 0 ? undefined : branch.slice(tilde + 1);
}

/**
 * RFC 3261 §17.2.3: a request matches a server transaction when "the branch parameter in the
 * request is equal to the one in the top Via header field of the request that created the
 * transaction", "the sent-by value in the top Via of the request is equal to the one in the
 * request that created the transaction", and "the method of the request matches the one that
 * created the transaction, except for ACK, where the method of the request that created the
 * transaction is INVITE." A response we send carries the same top Via, so it finds its
 * server transaction by the same key with its CSeq method.
 */
export function serverKey(f: Pick<TransactionFacts, "branch" | "sentBy" | "method">): string {
  const method = f.method === "ACK" ? "INVITE" : f.method;
  return `${f.branch}|${f.sentBy}|${method}`;
}

/**
 * RFC 3261 §17.2.3, for a request whose branch lacks the magic cookie (an RFC 2543 peer): it is
 * matched on "the Request-URI, To tag, From tag, Call-ID, CSeq, and top Via header field". The
 * To tag is left out so that the ACK of a non-2xx answer (which carries the tag the answer gave)
 * still finds its INVITE, and the CSeq method is left out for the same reason.
 */
export function rfc2543ServerKey(f: {
  readonly requestUri: string;
  readonly fromTag: string;
  readonly callId: string;
  readonly cseqNumber: string;
  readonly sentBy: string;
  readonly branch: string;
}): string {
  return ["2543", f.requestUri, f.fromTag, f.callId, f.cseqNumber, f.sentBy, f.branch].join("|");
}

/**
 * The key of the server transaction a request belongs to, as the transport builds sip.js's
 * branch from it: §17.2.3 with the magic cookie, its RFC 2543 rule without. A CANCEL gets its
 * INVITE's key: RFC 3261 §9.2 matches the transaction it cancels "using the procedures of
 * Section 17.2.3" but for the method.
 */
export function requestServerKey(f: {
  readonly method: string;
  readonly branch: string | undefined;
  readonly sentBy: string;
  readonly requestUri: string;
  readonly fromTag: string;
  readonly callId: string;
  readonly cseqNumber: string;
}): string {
  if (f.branch?.startsWith(MAGIC_COOKIE))
    return serverKey({
      branch: f.branch,
      sentBy: f.sentBy,
      method: f.method === "CANCEL" ? "INVITE" : f.method,
    });
  return rfc2543ServerKey({ ...f, branch: f.branch ?? "" });
}

/**
 * RFC 3261 §17.1.3: a response matches a client transaction when "the response has the same
 * value of the branch parameter in the top Via header field as the branch parameter in the top
 * Via header field of the request that created the transaction" and "the method parameter in
 * the CSeq header field matches the method of the request that created the transaction" (the
 * ACK for a non-2xx response shares the INVITE's branch and belongs to its transaction).
 */
export function clientKey(f: TransactionFacts): string {
  const method = f.method === "ACK" ? "INVITE" : f.method;
  return `${f.branch}|${method}`;
}
