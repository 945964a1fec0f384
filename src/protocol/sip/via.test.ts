import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseVia, serialiseVia, viaParam } from "./via.js";

describe("Via (RFC 3261 §20.42, RFC 3581)", () => {
  it("parses with LWS around separators (RFC 4475 wsinv)", () => {
    const via = parseVia("SIP  /   2.0  / UDP  192.0.2.2 ; branch = z9hG4bK390skdjuw ; rport");
    expect(via).toMatchObject({
      transport: "UDP",
      host: "192.0.2.2",
      params: [
        ["branch", "z9hG4bK390skdjuw"],
        ["rport", undefined],
      ],
    });
    expect(serialiseVia(via)).toBe("SIP/2.0/UDP 192.0.2.2;branch=z9hG4bK390skdjuw;rport");
    expect(viaParam(via, "rport")).toBe("");
  });
  it("keeps an IPv6 sent-by and port", () => {
    expect(parseVia("SIP/2.0/TCP [2001:db8::9:1]:5070;branch=z9hG4bK1")).toMatchObject({
      host: "[2001:db8::9:1]",
      port: 5070,
    });
  });
  it.each([
    "SIP/2.0 host",
    "SIP/2.0/UDP",
    "SIP/2.0/UDP host:70000",
    "SIP/2.0/UDP host junk",
    "SIP/2.0/UDP h;;x",
  ])("rejects %s", (t) => expect(() => parseVia(t)).toThrow(ParseError));
  it("property: parse throws only ParseError; canonical form re-parses equal", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        for (const text of [s, `SIP/2.0/UDP ${s}`]) {
          try {
            const via = parseVia(text);
            expect(parseVia(serialiseVia(via))).toEqual(via);
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
          }
        }
      }),
    );
  });
});
