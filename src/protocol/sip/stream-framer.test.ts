import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { contentLength, frameDatagram, SipStreamFramer } from "./stream-framer.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const msg = (body: string) =>
  `OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x\r\nContent-Length: ${enc(body).length}\r\n\r\n${body}`;

describe("SipStreamFramer (RFC 3261 §18.3, RFC 5626 §4.4.1)", () => {
  it("frames back-to-back messages by Content-Length", () => {
    const f = new SipStreamFramer();
    const out = f.push(enc(msg("hello") + msg("") + msg("åäö")));
    expect(out.map((o) => (o.kind === "message" ? dec(o.bytes) : o.kind))).toEqual([
      msg("hello"),
      msg(""),
      msg("åäö"),
    ]);
    expect(f.pending).toBe(0);
  });

  it("waits for every truncated prefix, then yields exactly the message", () => {
    const whole = enc(msg("v=0\r\n"));
    for (let cut = 1; cut < whole.length; cut++) {
      const f = new SipStreamFramer();
      expect(f.push(whole.slice(0, cut))).toEqual([]);
      const out = f.push(whole.slice(cut));
      expect(out).toHaveLength(1);
      expect(out[0]!.kind === "message" && dec(out[0]!.bytes)).toBe(msg("v=0\r\n"));
    }
  });

  it("answers a CRLFCRLF ping, skips a CRLF pong, even split across reads", () => {
    const f = new SipStreamFramer();
    expect(f.push(enc("\r\n"))).toEqual([]);
    expect(f.push(enc("\r\n"))).toEqual([{ kind: "ping" }]);
    const out = f.push(enc(`\r\n${msg("")}`));
    expect(out.map((o) => o.kind)).toEqual(["pong", "message"]);
  });

  it.each([
    ["missing Content-Length", "OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x\r\n\r\n"],
    ["negative Content-Length (RFC 4475 ncl)", "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: -999\r\n\r\n"],
    ["two Content-Lengths (RFC 4475 mcl01)", "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 3\r\nl: 5\r\n\r\n"],
    ["non-numeric Content-Length", "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 0x10\r\n\r\n"],
    ["over-large body", "OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 99999999\r\n\r\n"],
  ])("loses framing for good on %s", (_name, text) => {
    const f = new SipStreamFramer();
    expect(() => f.push(enc(text))).toThrow(ParseError);
    expect(() => f.push(enc(msg("")))).toThrow(ParseError);
  });

  it("caps the header section", () => {
    const f = new SipStreamFramer({ maxHeaderBytes: 100, maxBodyBytes: 10 });
    expect(() => f.push(enc(`OPTIONS sip:a@b SIP/2.0\r\nX: ${"y".repeat(200)}`))).toThrow(/exceeds 100/);
  });

  it("property: any chunking of a message stream yields the same messages; junk only ever throws ParseError", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        (bodies, cuts) => {
          const all = enc(bodies.map(msg).join(""));
          const f = new SipStreamFramer();
          const got: string[] = [];
          let at = 0;
          for (const c of [...cuts, all.length].map((c) => Math.min(c, all.length)).sort((a, b) => a - b)) {
            for (const o of f.push(all.slice(at, Math.max(at, c))))
              if (o.kind === "message") got.push(dec(o.bytes));
            at = Math.max(at, c);
          }
          expect(got).toEqual(bodies.map(msg));
        },
      ),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (junk) => {
        try {
          new SipStreamFramer({ maxHeaderBytes: 128, maxBodyBytes: 64 }).push(junk);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});

describe("frameDatagram (RFC 3261 §18.3)", () => {
  it("cuts octets past Content-Length (RFC 4475 dblreq)", () => {
    const f = frameDatagram(enc(`${msg("")}INVITE sip:x@y SIP/2.0\r\n\r\n`));
    expect(f.kind === "message" && dec(f.bytes)).toBe(msg(""));
  });
  it("takes the whole datagram without Content-Length", () => {
    const text = "OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x\r\n\r\nbody";
    const f = frameDatagram(enc(text));
    expect(f.kind === "message" && dec(f.bytes)).toBe(text);
  });
  it("flags a body shorter than Content-Length (RFC 4475 clerr) for a 400", () => {
    expect(frameDatagram(enc("OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 10\r\n\r\nabc")).kind).toBe(
      "short-body",
    );
  });
  it("treats CRLF-only datagrams as keep-alives and rejects a headless one", () => {
    expect(frameDatagram(enc("\r\n\r\n")).kind).toBe("keepalive");
    expect(() => frameDatagram(enc("OPTIONS sip:a@b SIP/2.0\r\n"))).toThrow(ParseError);
  });
  it("reads folded and compact Content-Length", () => {
    expect(contentLength("X\r\nl:\r\n  12", "stream", 100)).toBe(12);
  });
});
