import { describe, expect, it } from "vitest";
import { parseSipMessage, serialiseSipMessage, topHeaderValue } from "./message-head.js";
import { peerBranch, transactionBranch } from "./transaction-branch.js";

const req = (method: string, via: string, cseq = `1 ${method}`) =>
  parseSipMessage(
    `${method} sip:r@h SIP/2.0\r\nVia: ${via}\r\nFrom: <sip:a@b>;tag=f\r\nTo: <sip:r@h>\r\nCall-ID: c\r\nCSeq: ${cseq}\r\n\r\n`,
  );
const branchOf = (m: ReturnType<typeof req>) => /branch=([^;]+)/.exec(topHeaderValue(m, "via")!)![1]!;

describe("RFC 3261 §17.2.3 matching as sip.js's branch", () => {
  it("differs when sent-by or method differ, and is the INVITE's for its ACK and CANCEL", () => {
    const invite = branchOf(transactionBranch(req("INVITE", "SIP/2.0/UDP a.example;branch=z9hG4bK1")));
    expect(branchOf(transactionBranch(req("INVITE", "SIP/2.0/UDP b.example;branch=z9hG4bK1")))).not.toBe(
      invite,
    );
    expect(branchOf(transactionBranch(req("BYE", "SIP/2.0/UDP a.example;branch=z9hG4bK1")))).not.toBe(invite);
    expect(branchOf(transactionBranch(req("ACK", "SIP/2.0/UDP a.example;branch=z9hG4bK1", "1 ACK")))).toBe(
      invite,
    );
    expect(branchOf(transactionBranch(req("CANCEL", "SIP/2.0/UDP a.example;branch=z9hG4bK1")))).toBe(invite);
  });

  it("gives RFC 2543 requests (no cookie) a branch of their own, and takes it off responses", () => {
    const a = transactionBranch(req("INVITE", "SIP/2.0/UDP a.example"));
    const b = transactionBranch(req("INVITE", "SIP/2.0/UDP a.example", "2 INVITE"));
    expect(branchOf(a)).not.toBe(branchOf(b));
    const response = parseSipMessage(
      serialiseSipMessage(a).replace(/^INVITE sip:r@h SIP\/2.0/, "SIP/2.0 200 OK"),
    );
    expect(topHeaderValue(peerBranch(response), "via")).toBe("SIP/2.0/UDP a.example");
    const withOwn = transactionBranch(req("INVITE", "SIP/2.0/UDP a.example;branch=z9hG4bK1"));
    const back = parseSipMessage(
      serialiseSipMessage(withOwn).replace(/^INVITE sip:r@h SIP\/2.0/, "SIP/2.0 200 OK"),
    );
    expect(topHeaderValue(peerBranch(back), "via")).toBe("SIP/2.0/UDP a.example;branch=z9hG4bK1");
  });
});
