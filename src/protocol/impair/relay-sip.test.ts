import { describe, expect, it } from "vitest";
import { relaySipMessage } from "./relay-sip.js";

const relay = { host: "127.0.0.1", port: 6000 };
const INVITE = [
  "INVITE sip:testrum@127.0.0.1:6000 SIP/2.0",
  "Via: SIP/2.0/UDP 127.0.0.1:5555;branch=z9hG4bKabc;rport",
  "Contact: <sip:vdm@127.0.0.1:5555;transport=udp>",
  "Call-ID: c1",
  "CSeq: 1 INVITE",
  "Content-Type: application/sdp",
  "Content-Length: 4",
  "",
  "v=0\n",
].join("\r\n");

describe("relay SIP (RFC 3261 §16.6, §16.7; RFC 3581 §4)", () => {
  it("a request gains the relay's Via above the sender's, which learns received and rport", () => {
    const out = relaySipMessage(INVITE, { relay, from: { host: "127.0.0.1", port: 5555 } })!;
    const vias = out.split("\r\n").filter((l) => l.startsWith("Via:"));
    expect(vias).toEqual([
      "Via: SIP/2.0/UDP 127.0.0.1:6000;branch=z9hG4bKabc.relay;rport",
      "Via: SIP/2.0/UDP 127.0.0.1:5555;branch=z9hG4bKabc;rport=5555;received=127.0.0.1",
    ]);
    expect(out).toContain("Contact: <sip:vdm@127.0.0.1:6000;transport=udp>");
  });

  it("a response loses its top Via, whether a header of its own or first of a list", () => {
    const own =
      "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP r;branch=z9hG4bK1\r\nVia: SIP/2.0/UDP c;branch=z9hG4bK2\r\nContent-Length: 0\r\n\r\n";
    expect(relaySipMessage(own, { relay })).toBe(
      "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP c;branch=z9hG4bK2\r\nContent-Length: 0\r\n\r\n",
    );
    const list =
      "SIP/2.0 200 OK\r\nv: SIP/2.0/UDP r;branch=z9hG4bK1, SIP/2.0/UDP c;branch=z9hG4bK2\r\nl: 0\r\n\r\n";
    expect(relaySipMessage(list, { relay })).toBe(
      "SIP/2.0 200 OK\r\nv: SIP/2.0/UDP c;branch=z9hG4bK2\r\nl: 0\r\n\r\n",
    );
  });

  it("rewrites the SDP body with the dialog's Call-ID and fixes Content-Length", () => {
    const out = relaySipMessage(INVITE, { relay, sdp: (b, id) => `${b}a=x:${id}\n` })!;
    expect(out.endsWith("\r\n\r\nv=0\na=x:c1\n")).toBe(true);
    expect(out).toContain("Content-Length: 11");
  });

  it("passes text that is not a SIP message (a CRLF keep-alive) as it is", () => {
    expect(relaySipMessage("\r\n\r\n".slice(0, 2), { relay })).toBeUndefined();
  });
});
