import { headerParam, replaceTopHeaderValue, type SipMessageHead, topHeaderValue } from "./message-head.js";
import { fnv1a } from "./stateless-response.js";
import {
  peersBranch,
  requestServerKey,
  sentByOf,
  TRANSACTION_BRANCH_PREFIX,
} from "./transaction/transaction-key.js";
import { parseVia, serialiseVia, viaParam, withViaParam } from "./via.js";

/**
 * sip.js finds a server transaction by the top Via branch alone. RFC 3261 §17.2.3 matches on
 * more: "the branch parameter in the request is equal to the one in the top Via header field of
 * the request that created the transaction, the sent-by value in the top Via of the request is
 * equal to the one in the request that created the transaction, and the method of the request
 * matches the one that created the transaction, except for ACK, where the method of the request
 * that created the transaction is INVITE." And a request whose branch lacks the magic cookie
 * "z9hG4bK" (an RFC 2543 peer) is matched on "the Request-URI, To tag, From tag, Call-ID, CSeq,
 * and top Via header field" instead (RFC 4475 §3.4.1 inv2543 and §3.1.1.7 longreq both have no
 * branch: to sip.js the second is a retransmission of the first).
 *
 * So the branch sip.js sees is a digest of the server transaction key (requestServerKey, the one
 * home of §17.2.3 matching, which the transaction layer uses too), and the branch the peer sent
 * is given back in every response:
 *
 *   z9hG4bK-tx-<digest of the key>~<the peer's branch, or nothing>
 */

export function transactionBranch(head: SipMessageHead): SipMessageHead {
  const start = head.startLine;
  if (start.kind !== "request") return head;
  const top = topHeaderValue(head, "via");
  if (top === undefined) return head;
  const via = parseVia(top);
  const branch = viaParam(via, "branch");
  const key = requestServerKey({
    method: start.method,
    branch,
    sentBy: sentByOf(via),
    requestUri: start.uri,
    fromTag: headerParam(topHeaderValue(head, "from") ?? "", "tag") ?? "",
    callId: topHeaderValue(head, "call-id") ?? "",
    cseqNumber: (topHeaderValue(head, "cseq") ?? "").trim().split(/\s+/)[0] ?? "",
  });
  const made = `${TRANSACTION_BRANCH_PREFIX}${fnv1a(key).toString(36)}${fnv1a(`-${key}`).toString(36)}~${branch ?? ""}`;
  return replaceTopHeaderValue(head, "via", serialiseVia(withViaParam(via, "branch", made)));
}

/** Gives a response's top Via back the branch its request came with (or none, if it had none). */
export function peerBranch(head: SipMessageHead): SipMessageHead {
  if (head.startLine.kind !== "response") return head;
  const top = topHeaderValue(head, "via");
  if (top === undefined || !top.includes(TRANSACTION_BRANCH_PREFIX)) return head;
  const via = parseVia(top);
  const params = via.params.flatMap(([k, v]): Array<readonly [string, string | undefined]> => {
    if (k.toLowerCase() !== "branch" || !v?.startsWith(TRANSACTION_BRANCH_PREFIX)) return [[k, v]];
    const original = peersBranch(v);
    return original ? [[k, original]] : [];
  });
  return replaceTopHeaderValue(head, "via", serialiseVia({ ...via, params }));
}
