import { describe, expect, it } from "vitest";
import { CallSetupError } from "../../call-setup-error.js";
import { isH323Uri, parseH323Target, withAlias } from "./h323-target.js";

describe("H.323 call targets (H.225.0 §6.1, §7.3.10; H.323 Annex O)", () => {
  it("reads alias, host and the default port 1720", () => {
    expect(parseH323Target("h323:testrum@127.0.0.1")).toEqual({
      text: "h323:testrum@127.0.0.1:1720",
      host: "127.0.0.1",
      port: 1720,
      alias: "testrum",
      called: { h323Id: "testrum" },
    });
  });

  it("dials digits as dialedDigits and keeps an explicit port", () => {
    const t = parseH323Target("H323:4660@vdm.example.se:11720");
    expect(t.called).toEqual({ dialedDigits: "4660" });
    expect(t.port).toBe(11720);
    expect(t.text).toBe("h323:4660@vdm.example.se:11720");
  });

  it("takes a bare address (--protocol h323) and an IPv6 literal", () => {
    expect(parseH323Target("127.0.0.2:1720")).toMatchObject({ host: "127.0.0.2", port: 1720, called: {} });
    expect(parseH323Target("room@[::1]:1721")).toMatchObject({ host: "::1", port: 1721, alias: "room" });
    expect(withAlias(parseH323Target("room@[::1]:1721"), "echo")).toBe("h323:echo@[::1]:1721");
    expect(withAlias(parseH323Target("h323:testrum@127.0.0.1"), "echo")).toBe("h323:echo@127.0.0.1:1720");
  });

  it("undoes %-escapes in the alias", () => {
    expect(parseH323Target("h323:rum%201@127.0.0.1").alias).toBe("rum 1");
  });

  it.each([
    ["", "not an H.323 address"],
    ["h323:", "not an H.323 address"],
    ["h323:a@b@c", "not an H.323 address"],
    ["h323:room@127.0.0.1:0", "outside 1-65535"],
    ["h323:room@127.0.0.1:70000", "outside 1-65535"],
    ["h323:%zz@127.0.0.1", "broken %-escape"],
    [`h323:${"a".repeat(257)}@127.0.0.1`, "1-256 characters"],
  ])("refuses %j with a usage error", (text, why) => {
    let error: unknown;
    try {
      parseH323Target(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CallSetupError);
    expect((error as CallSetupError).kind).toBe("usage");
    expect((error as Error).message).toContain(why);
  });

  it("knows the scheme", () => {
    expect(isH323Uri(" h323:x@y")).toBe(true);
    expect(isH323Uri("sip:x@y")).toBe(false);
  });
});
