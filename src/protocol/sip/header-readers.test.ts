import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import {
  callIdInText,
  callIdOf,
  cseqOf,
  fromUriOf,
  minSeLenient,
  requireCallId,
  sessionExpiresLenient,
} from "./header-readers.js";
import { parseSipMessage } from "./message-head.js";

const msg = (...headers: string[]) => parseSipMessage(["SIP/2.0 200 OK", ...headers, "", ""].join("\r\n"));

describe("From URI (RFC 3261 §20.20)", () => {
  it("reads a name-addr, an addr-spec with parameters and the compact form; undefined when absent", () => {
    expect(fromUriOf(msg('From: "A b" <sip:a@b;transport=tcp>;tag=1'))).toBe("sip:a@b;transport=tcp");
    expect(fromUriOf(msg("f: sip:c@d;tag=2"))).toBe("sip:c@d");
    expect(fromUriOf(msg("CSeq: 1 INVITE"))).toBeUndefined();
  });
});

describe("Call-ID (RFC 3261 §20.8)", () => {
  it("reads the long and the compact form, trimmed", () => {
    expect(callIdOf(msg("Call-ID:  a84b4c76e66710@pc33 "))).toBe("a84b4c76e66710@pc33");
    expect(callIdOf(msg("i: f81d4fae"))).toBe("f81d4fae");
  });
  it("is undefined when absent, and the strict reader names the field", () => {
    expect(callIdOf(msg("CSeq: 1 INVITE"))).toBeUndefined();
    expect(() => requireCallId(msg("CSeq: 1 INVITE"))).toThrow(ParseError);
    expect(() => requireCallId(msg("CSeq: 1 INVITE"))).toThrow(/call-id/);
    expect(requireCallId(msg("i: x@y"))).toBe("x@y");
  });
  it("reads a raw message that does not parse, only from its head", () => {
    const raw = "INVITE sip:a@b SIP/2.0 junk\r\nVia: x\r\ni:\tabc@host\r\n\r\nCall-ID: in-body";
    expect(callIdInText(raw)).toBe("abc@host");
    expect(callIdInText("INVITE sip:a@b SIP/2.0\r\n\r\nCall-ID: only-in-body")).toBeUndefined();
    expect(callIdInText("OPTIONS sip:a@b SIP/2.0\nCALL-ID: lf-only\n")).toBe("lf-only");
  });
  it("agrees with the parsed reader on every message that parses", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9.@!%*_+`'~-]{1,30}$/), fc.boolean(), (id, compact) => {
        const text = `BYE sip:a@b SIP/2.0\r\n${compact ? "i" : "Call-ID"}: ${id}\r\nCSeq: 2 BYE\r\n\r\n`;
        expect(callIdInText(text)).toBe(callIdOf(parseSipMessage(text)));
      }),
    );
  });
});

describe("CSeq (RFC 3261 §20.16)", () => {
  it("reads number and method, upper-casing the method", () => {
    expect(cseqOf(msg("CSeq: 4711 invite"))).toEqual({ seq: 4711, method: "INVITE" });
  });
  it("keeps the method after a malformed number, and is undefined without a method", () => {
    expect(cseqOf(msg("CSeq: x1 OPTIONS"))).toEqual({ method: "OPTIONS" });
    expect(cseqOf(msg("CSeq: 12"))).toBeUndefined();
    expect(cseqOf(msg("Call-ID: a"))).toBeUndefined();
  });
});

describe("Session-Expires and Min-SE read leniently (RFC 4028 §4, §5)", () => {
  it("reads good values as the strict parser does", () => {
    expect(sessionExpiresLenient("1800;refresher=uac")).toEqual({
      deltaSeconds: 1800,
      refresher: "uac",
      params: [],
    });
    expect(minSeLenient(" 90 ")).toEqual({ deltaSeconds: 90, params: [] });
  });
  it("takes absent, empty and unreadable values as absent", () => {
    for (const v of [undefined, "", "  ", "soon", "-1", "1800;refresher=both"]) {
      expect(sessionExpiresLenient(v)).toBeUndefined();
      expect(minSeLenient(v === "1800;refresher=both" ? "90;=" : v)).toBeUndefined();
    }
  });
  it("on any text, gives undefined or the value's leading delta-seconds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^ ?\d{1,12}(;[a-z=]{0,8}){0,2}$/)), (s) => {
        const lead = /^\s*(\d+)/.exec(s)?.[1];
        for (const v of [sessionExpiresLenient(s), minSeLenient(s)]) {
          if (v !== undefined) expect(v.deltaSeconds).toBe(Number(lead));
        }
      }),
    );
  });
});
