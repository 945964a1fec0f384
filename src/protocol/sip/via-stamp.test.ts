import { describe, expect, it } from "vitest";
import { acceptOwnVia, applyLocalAddress } from "./local-address.js";
import { headerFieldValues, parseSipMessage, topHeaderValue } from "./message-head.js";
import { stampReceived } from "./via-stamp.js";

const req = (via: string, contact = "<sip:alice@ph.invalid;transport=udp;ob>") =>
  parseSipMessage(`INVITE sip:b@c SIP/2.0\r\nVia: ${via}\r\nContact: ${contact}\r\nCall-ID: x\r\n\r\n`);

describe("stampReceived (RFC 3261 §18.2.1, RFC 3581 §4)", () => {
  it("adds received and fills an empty rport", () => {
    const h = stampReceived(
      req("SIP/2.0/UDP host.example;branch=z9hG4bK1;rport, SIP/2.0/UDP other"),
      "127.0.0.1",
      4000,
    );
    expect(headerFieldValues(h, "via")).toEqual([
      "SIP/2.0/UDP host.example;branch=z9hG4bK1;rport=4000;received=127.0.0.1, SIP/2.0/UDP other",
    ]);
  });
  it("adds no rport unless asked, or unless symmetric responses are wanted", () => {
    expect(topHeaderValue(stampReceived(req("SIP/2.0/UDP h;branch=z9hG4bK1"), "127.0.0.1", 9), "via")).toBe(
      "SIP/2.0/UDP h;branch=z9hG4bK1;received=127.0.0.1",
    );
    expect(topHeaderValue(stampReceived(req("SIP/2.0/UDP h;branch=z9hG4bK1"), "::1", 9, true), "via")).toBe(
      "SIP/2.0/UDP h;branch=z9hG4bK1;received=[::1];rport=9",
    );
  });
  it("replaces a forged received", () => {
    expect(
      topHeaderValue(stampReceived(req("SIP/2.0/UDP h;received=192.0.2.1;rport=1"), "127.0.0.1", 9), "via"),
    ).toBe("SIP/2.0/UDP h;received=127.0.0.1;rport=9");
  });
});

describe("applyLocalAddress / acceptOwnVia (what sip.js cannot write)", () => {
  const local = { transport: "tls" as const, host: "127.0.0.1", port: 5061 };
  it("puts the real transport, host and port in Via and in our Contact", () => {
    const h = applyLocalAddress(req("SIP/2.0/UDP ph.invalid;branch=z9hG4bK1"), local, "ph.invalid");
    expect(topHeaderValue(h, "via")).toBe("SIP/2.0/TLS 127.0.0.1:5061;branch=z9hG4bK1;rport");
    expect(topHeaderValue(h, "contact")).toBe("<sip:alice@127.0.0.1:5061;transport=tls>");
  });
  it("leaves other Contacts alone", () => {
    const h = applyLocalAddress(
      req("SIP/2.0/UDP ph.invalid;branch=z9hG4bK1", `"X" <sip:x@10.0.0.1:5080>;expires=60`),
      local,
      "ph.invalid",
    );
    expect(topHeaderValue(h, "contact")).toBe(`"X" <sip:x@10.0.0.1:5080>;expires=60`);
  });
  it("accepts a response whose top Via we wrote and makes it portless for sip.js; drops others (RFC 3261 §18.1.2)", () => {
    const resp = (via: string) => parseSipMessage(`SIP/2.0 200 OK\r\nVia: ${via}\r\nCall-ID: x\r\n\r\n`);
    const ok = acceptOwnVia(
      resp("SIP/2.0/TLS 127.0.0.1:5061;branch=z9hG4bK1;rport=5061;received=127.0.0.1"),
      [local],
      "ph.invalid",
    );
    expect(ok && topHeaderValue(ok, "via")).toBe(
      "SIP/2.0/TLS ph.invalid;branch=z9hG4bK1;rport=5061;received=127.0.0.1",
    );
    expect(
      acceptOwnVia(resp("SIP/2.0/TLS 127.0.0.1:5062;branch=z9hG4bK1"), [local], "ph.invalid"),
    ).toBeUndefined();
    expect(
      acceptOwnVia(resp("SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK1"), [local], "ph.invalid"),
    ).toBeUndefined();
  });
});
