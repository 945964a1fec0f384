import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseCallTarget, parseRoutedCallTarget } from "./call-target.js";

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

describe("parseRoutedCallTarget (RFC 3261 §8.1.2 outbound proxy)", () => {
  it("without a proxy is parseCallTarget", () => {
    expect(parseRoutedCallTarget("sip:a@127.0.0.1", "tcp")).toEqual(
      parseCallTarget("sip:a@127.0.0.1", "tcp"),
    );
  });
  it("takes the first hop's transport from the proxy URI and keeps the Request-URI as dialled", () => {
    expect(
      parseRoutedCallTarget("sip:alice@vdm.test", undefined, "sip:127.0.0.1:7060;transport=tcp"),
    ).toMatchObject({
      text: "sip:alice@vdm.test",
      protocol: "tcp",
      proxy: "sip:127.0.0.1:7060;transport=tcp",
    });
    expect(parseRoutedCallTarget("sip:alice@vdm.test", undefined, "sips:127.0.0.1:7061")).toMatchObject({
      text: "sip:alice@vdm.test",
      protocol: "tls",
    });
  });
  it("puts --transport on the proxy, not on the Request-URI", () => {
    expect(parseRoutedCallTarget("sip:alice@vdm.test", "tls", "sip:127.0.0.1:7061")).toMatchObject({
      text: "sip:alice@vdm.test",
      protocol: "tls",
      proxy: "sip:127.0.0.1:7061;transport=tls",
    });
  });
  it("a sips: target goes to the proxy over TLS unless the proxy says otherwise", () => {
    expect(parseRoutedCallTarget("sips:alice@vdm.test", undefined, "sip:127.0.0.1:7061").protocol).toBe(
      "tls",
    );
    expect(parseRoutedCallTarget("sip:alice@vdm.test", undefined, "sip:127.0.0.1:7060")).toMatchObject({
      protocol: "udp",
      proxy: "sip:127.0.0.1:7060",
    });
  });
  it("refuses a proxy that is not a SIP URI with ParseError", () => {
    expect(() => parseRoutedCallTarget("sip:alice@vdm.test", undefined, "http://proxy")).toThrow(ParseError);
  });
});
