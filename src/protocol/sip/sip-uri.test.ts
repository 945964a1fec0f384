import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { isIPv6, parseSipUri, serialiseSipUri, uriOfNameAddr, uriParam } from "./sip-uri.js";

describe("SIP URI (RFC 3261 §19.1, RFC 5118)", () => {
  it.each([
    ["sip:room@127.0.0.1:5070;transport=tcp", { scheme: "sip", user: "room", host: "127.0.0.1", port: 5070 }],
    ["sips:example.com", { scheme: "sips", host: "example.com" }],
    ["sip:user;par=u%40example.net@example.com", { user: "user;par=u%40example.net", host: "example.com" }],
    ["sip:[2001:db8::10]:5070", { host: "[2001:db8::10]", port: 5070 }],
    ["sip:[2001:db8::10:5070]", { host: "[2001:db8::10:5070]" }],
  ])("%s", (text, want) => {
    const uri = parseSipUri(text);
    expect(uri).toMatchObject(want);
    expect(serialiseSipUri(uri)).toBe(text);
  });
  it("reads parameters and name-addrs", () => {
    expect(uriParam(parseSipUri("sip:a@b;Transport=TLS;lr"), "transport")).toBe("TLS");
    expect(uriParam(parseSipUri("sip:a@b;lr"), "lr")).toBe("");
    expect(uriOfNameAddr(`"Bob" <sip:bob@b;lr>;tag=1`)).toBe("sip:bob@b;lr");
    expect(uriOfNameAddr("sip:bob@b;tag=1")).toBe("sip:bob@b");
  });
  it.each([
    "tel:+46",
    "sip:",
    "sip:a@b:99999",
    "sip:[2001:db8:::192.0.2.1]",
    "sip:2001:db8::1",
    "sip:a@b;;x",
  ])("rejects %s", (t) => {
    expect(() => parseSipUri(t)).toThrow(ParseError);
  });
  it("IPv6 textual forms (RFC 4291 §2.2)", () => {
    expect(["::1", "2001:db8::192.0.2.1", "::ffff:192.0.2.2", "1:2:3:4:5:6:7:8"].every(isIPv6)).toBe(true);
    expect(["2001:db8:::1", "1:2:3:4:5:6:7:8:9", "g::1", "1::2::3"].some(isIPv6)).toBe(false);
  });
  it("property: parse throws only ParseError; what parses re-serialises", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const text of [s, `sip:${s}`]) {
          try {
            const uri = parseSipUri(text);
            expect(parseSipUri(serialiseSipUri(uri))).toEqual(uri);
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
          }
        }
      }),
    );
  });
});
