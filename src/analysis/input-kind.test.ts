import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInputKind } from "./input-kind.js";
import { splitSipText } from "./sip-text.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("detectInputKind", () => {
  it.each([
    ["pcap µs little-endian", Uint8Array.of(0xd4, 0xc3, 0xb2, 0xa1, 2, 0), "pcap"],
    ["pcap ns big-endian", Uint8Array.of(0xa1, 0xb2, 0x3c, 0x4d), "pcap"],
    ["pcapng", Uint8Array.of(0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0), "pcapng"],
    ["SIP request", bytes("INVITE sip:room@example.org SIP/2.0\r\nVia: x\r\n"), "sip-text"],
    ["SIP response after blank lines", bytes("\r\n\r\nSIP/2.0 200 OK\r\n"), "sip-text"],
    ["bare SDP", bytes("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\n"), "sdp"],
    ["anything else", bytes("hello"), "unknown"],
    ["too short", Uint8Array.of(0xd4), "unknown"],
  ])("%s", (_name, head, kind) => {
    expect(detectInputKind(head)).toBe(kind);
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => typeof detectInputKind(b) === "string"));
  });
});

describe("splitSipText", () => {
  it("splits messages at start lines and cuts bodies at Content-Length", () => {
    const text =
      "INVITE sip:b@y SIP/2.0\nCall-ID: 1\nContent-Length: 5\n\nv=0\r\n\nSIP/2.0 200 OK\nCall-ID: 1\nContent-Length: 0\n\n";
    const out = splitSipText(text);
    expect(out.map((m) => m.line)).toEqual([1, 7]);
    expect(out[0]!.text).toBe("INVITE sip:b@y SIP/2.0\r\nCall-ID: 1\r\nContent-Length: 5\r\n\r\nv=0\r\n");
    expect(out[1]!.text.startsWith("SIP/2.0 200 OK\r\n")).toBe(true);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => Array.isArray(splitSipText(s))));
  });
});
