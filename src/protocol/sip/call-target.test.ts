import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseCallTarget } from "./call-target.js";

describe("parseCallTarget", () => {
  it("defaults to UDP and adds sip: to a bare user@host", () => {
    expect(parseCallTarget("testrum@127.0.0.1:5070")).toMatchObject({
      protocol: "udp",
      text: "sip:testrum@127.0.0.1:5070",
    });
  });
  it("lets ;transport= win over --transport", () => {
    expect(parseCallTarget("sip:a@127.0.0.1;transport=tcp", "tls").protocol).toBe("tcp");
  });
  it("adds --transport to the URI when the URI says nothing", () => {
    expect(parseCallTarget("sip:a@127.0.0.1", "tcp")).toMatchObject({
      protocol: "tcp",
      text: "sip:a@127.0.0.1;transport=tcp",
    });
  });
  it("takes sips: as TLS (RFC 3261 §19.1)", () => {
    expect(parseCallTarget("sips:a@127.0.0.1:5071").protocol).toBe("tls");
  });
  it("refuses what is not a SIP URI with ParseError", () => {
    expect(() => parseCallTarget("http://example.org")).toThrow(ParseError);
    expect(() => parseCallTarget("sip:")).toThrow(ParseError);
  });
});
