import { describe, expect, it } from "vitest";
import { CallSetupError } from "../../call-setup-error.js";
import { gatekeeperDestination, parseGatekeeper } from "./h323-gatekeeper.js";
import { parseH323Target } from "./h323-target.js";

describe("--gatekeeper and --dial-as", () => {
  it("reads HOST[:PORT], RAS port 1719 by default", () => {
    expect(parseGatekeeper("127.0.0.4")).toEqual({ host: "127.0.0.4", port: 1719 });
    expect(parseGatekeeper("gk.example.se:41719")).toEqual({ host: "gk.example.se", port: 41719 });
    expect(() => parseGatekeeper("gk:0")).toThrow(CallSetupError);
    expect(() => parseGatekeeper("a b")).toThrow(/not a gatekeeper address: a b/);
  });

  it("names the destination as url-ID, h323-ID/dialedDigits or email-ID", () => {
    const t = parseH323Target("h323:alice@example.com");
    expect(gatekeeperDestination(t, "uri")).toEqual({ urlId: "h323:alice@example.com" });
    expect(gatekeeperDestination(t, "alias")).toEqual({ h323Id: "alice" });
    expect(gatekeeperDestination(t, "email")).toEqual({ emailId: "alice@example.com" });
    expect(gatekeeperDestination(parseH323Target("h323:4660@example.com"), "alias")).toEqual({
      dialedDigits: "4660",
    });
    expect(() => gatekeeperDestination(parseH323Target("h323:example.com"), "uri")).toThrow(/names no alias/);
  });
});
