import { describe, expect, it } from "vitest";
import { ParseError } from "../../parse-error.js";
import { parseSipMessage } from "../message-head.js";
import { clientKey, requestServerKey, serverKey, transactionFacts } from "./transaction-key.js";

const msg = (via: string | undefined, cseq: string | undefined, first = "ACK sip:a@h SIP/2.0") =>
  parseSipMessage(
    [
      first,
      ...(via ? [`v: ${via}`] : []),
      ...(cseq ? [`CSeq: ${cseq}`] : []),
      "To: <sip:a@h>;tag=x",
      "",
      "",
    ].join("\r\n"),
  );

describe("RFC 3261 §17.1.3 / §17.2.3 transaction keys", () => {
  it("reads branch, sent-by, method and To tag; the ACK keys as its INVITE", () => {
    const f = transactionFacts(msg("SIP/2.0/UDP Host.Example:5070;branch=z9hG4bKx", "7 ACK"));
    expect(f).toMatchObject({
      kind: "request",
      method: "ACK",
      branch: "z9hG4bKx",
      sentBy: "host.example:5070",
      toTag: "x",
    });
    expect(serverKey(f)).toBe("z9hG4bKx|host.example:5070|INVITE");
    expect(clientKey(f)).toBe("z9hG4bKx|INVITE");
  });

  it("labels a response by status and CSeq method", () => {
    const f = transactionFacts(msg("SIP/2.0/UDP h;branch=z9hG4bKy", "1 BYE", "SIP/2.0 200 OK"));
    expect(f).toMatchObject({ kind: "response", method: "BYE", status: 200, label: "200 BYE", sentBy: "h:" });
  });

  it.each([
    ["no Via", undefined, "1 ACK", "Via"],
    ["branch without the magic cookie", "SIP/2.0/UDP h;branch=abc", "1 ACK", "Via.branch"],
    ["no CSeq", "SIP/2.0/UDP h;branch=z9hG4bK1", undefined, "CSeq"],
    ["CSeq without method", "SIP/2.0/UDP h;branch=z9hG4bK1", "1", "CSeq"],
  ])("%s: ParseError naming %s", (_, via, cseq, field) => {
    try {
      transactionFacts(msg(via, cseq));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).field).toBe(field);
    }
  });

  it("keys a branch the transport rewrote for sip.js by the peer's branch it carries", () => {
    const rewritten = transactionFacts(msg("SIP/2.0/UDP h:5;branch=z9hG4bK-tx-abc~z9hG4bKpeer", "1 ACK"));
    expect(serverKey(rewritten)).toBe("z9hG4bKpeer|h:5|INVITE");
    // An RFC 2543 request (no branch of its own) stays without a transaction.
    expect(() => transactionFacts(msg("SIP/2.0/UDP h;branch=z9hG4bK-tx-abc~", "1 ACK"))).toThrow(ParseError);
  });

  it("one §17.2.3 key for the transaction layer and sip.js's branch: CANCEL as its INVITE, RFC 2543 by the request's fields", () => {
    const base = { sentBy: "h:5", requestUri: "sip:r@h", fromTag: "f", callId: "c", cseqNumber: "1" };
    const invite = requestServerKey({ ...base, method: "INVITE", branch: "z9hG4bKpeer" });
    const facts = transactionFacts(msg("SIP/2.0/UDP h:5;branch=z9hG4bKpeer", "1 ACK"));
    expect(invite).toBe(serverKey(facts));
    expect(requestServerKey({ ...base, method: "CANCEL", branch: "z9hG4bKpeer" })).toBe(invite);
    expect(requestServerKey({ ...base, method: "BYE", branch: "z9hG4bKpeer" })).not.toBe(invite);
    const old = requestServerKey({ ...base, method: "INVITE", branch: undefined });
    expect(requestServerKey({ ...base, method: "ACK", branch: undefined })).toBe(old);
    expect(requestServerKey({ ...base, method: "INVITE", branch: undefined, cseqNumber: "2" })).not.toBe(old);
    expect(requestServerKey({ ...base, method: "INVITE", branch: undefined, sentBy: "g:5" })).not.toBe(old);
  });
});
