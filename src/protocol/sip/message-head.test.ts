import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import {
  headerFieldValues,
  headerParam,
  parseSipMessage,
  replaceTopHeaderValue,
  serialiseSipMessage,
  splitHeaderList,
  topHeaderValue,
} from "./message-head.js";

describe("SIP message head (RFC 3261 §7)", () => {
  it("unfolds continuation lines and knows compact names (RFC 4475 wsinv)", () => {
    const h = parseSipMessage(
      "OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP x;branch=z9hG4bK1,\r\n  SIP/2.0/UDP y\r\ni: id\r\n\r\nbody",
    );
    expect(headerFieldValues(h, "Via")).toEqual(["SIP/2.0/UDP x;branch=z9hG4bK1, SIP/2.0/UDP y"]);
    expect(topHeaderValue(h, "via")).toBe("SIP/2.0/UDP x;branch=z9hG4bK1");
    expect(headerFieldValues(h, "Call-ID")).toEqual(["id"]);
    expect(h.body).toBe("body");
  });
  it("splits lists on commas outside quotes and brackets", () => {
    expect(splitHeaderList(`"a, b" <sip:x@y;p=1,2>;q=1, <sip:z@w>`)).toEqual([
      `"a, b" <sip:x@y;p=1,2>;q=1`,
      "<sip:z@w>",
    ]);
  });
  it("replaces only the top value", () => {
    const h = parseSipMessage("SIP/2.0 200 OK\r\nVia: A, B\r\nVia: C\r\n\r\n");
    expect(headerFieldValues(replaceTopHeaderValue(h, "via", "Z"), "via")).toEqual(["Z, B", "C"]);
  });
  it("reads header parameters after the name-addr", () => {
    expect(headerParam(`"x;tag=no" <sip:a@b;tag=no>;tag=yes`, "tag")).toBe("yes");
    expect(headerParam("<sip:a@b>", "tag")).toBeUndefined();
  });
  it.each([
    ["extra spaces in the request line (RFC 4475 lwsstart)", "INVITE  sip:a@b  SIP/2.0\r\n\r\n"],
    ["trailing space (RFC 4475 trws)", "OPTIONS sip:a@b SIP/2.0 \r\n\r\n"],
    ["bad version", "OPTIONS sip:a@b SIP/x\r\n\r\n"],
    ["bad status line", "SIP/2.0 20 OK\r\n\r\n"],
    ["header without colon", "OPTIONS sip:a@b SIP/2.0\r\nNoColon\r\n\r\n"],
    ["no end of head", "OPTIONS sip:a@b SIP/2.0\r\nA: b\r\n"],
  ])("rejects %s", (_n, text) => {
    expect(() => parseSipMessage(text)).toThrow(ParseError);
  });
  it("property: parse throws only ParseError, and what parses re-serialises to itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        try {
          const h = parseSipMessage(s);
          expect(parseSipMessage(serialiseSipMessage(h))).toEqual(h);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});
