import { describe, expect, it } from "vitest";
import { parseSipMessage } from "../protocol/sip/message-head.js";
import { SipDialogTracker, type SipSighting } from "./sip-dialogs.js";

const sdp = (port: number, key: string) =>
  [
    "v=0",
    "o=- 1 1 IN IP4 127.0.0.1",
    "s=-",
    "c=IN IP4 127.0.0.1",
    "t=0 0",
    `m=video ${port} RTP/AVP 96`,
    "a=rtpmap:96 H264/90000",
    `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${key}`,
    "",
  ].join("\r\n");

function message(startLine: string, cseq: string, branch: string, body = ""): string {
  return [
    startLine,
    `Via: SIP/2.0/UDP 127.0.0.1:5062;branch=${branch}`,
    "From: <sip:a@127.0.0.1>;tag=1",
    "To: <sip:b@127.0.0.1>;tag=2",
    "Call-ID: retransmit-test",
    `CSeq: ${cseq}`,
    ...(body ? ["Content-Type: application/sdp", `Content-Length: ${body.length}`] : ["Content-Length: 0"]),
    "",
    body,
  ].join("\r\n");
}

const at = (n: number, src: string, dst: string): SipSighting => ({
  number: n,
  timeMs: n,
  src,
  dst,
  carrier: "udp",
});
const A = "127.0.0.1:5062";
const B = "127.0.0.1:5060";
const OFFER_KEY = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";
const ANSWER_KEY = "HGN60b0hJYHwicAdrAGLJMidMA7Q5+7JXWhUo2kJ";

describe("SipDialogTracker", () => {
  it("a repeated 2xx (RFC 3261 §13.3.1.4) and a repeated INVITE are retransmissions, not a new offer", () => {
    const t = new SipDialogTracker();
    const invite = message("INVITE sip:b@127.0.0.1 SIP/2.0", "1 INVITE", "z9hG4bK-1", sdp(4000, OFFER_KEY));
    const ok = message("SIP/2.0 200 OK", "1 INVITE", "z9hG4bK-1", sdp(5000, ANSWER_KEY));
    t.add(parseSipMessage(invite), at(1, A, B));
    t.add(parseSipMessage(invite), at(2, A, B)); // UDP retransmission of the INVITE
    t.add(parseSipMessage(ok), at(3, B, A));
    t.add(parseSipMessage(ok), at(4, B, A)); // the 2xx again, before the ACK arrived
    t.add(parseSipMessage(message("ACK sip:b@127.0.0.1 SIP/2.0", "1 ACK", "z9hG4bK-2")), at(5, A, B));
    // A re-INVITE (new CSeq, new branch) is a new offer.
    const reinvite = message("INVITE sip:b@127.0.0.1 SIP/2.0", "2 INVITE", "z9hG4bK-3", sdp(4000, OFFER_KEY));
    t.add(parseSipMessage(reinvite), at(6, A, B));
    const [d] = t.list();
    expect(d!.messageCount).toBe(6);
    expect(d!.retransmissions).toBe(2);
    expect(d!.invites).toBe(2);
    expect(d!.sdps.map((s) => [s.role, s.carriedBy, s.src])).toEqual([
      ["offer", "INVITE", A],
      ["answer", "200 INVITE", B],
      ["offer", "INVITE", A],
    ]);
  });
});
