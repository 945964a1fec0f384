import { describe, expect, it } from "vitest";
import { calledAlias, callerIdentity, describeAliases } from "./h323-aliases.js";

describe("the alias an H.323 Setup calls (H.225.0 destinationAddress)", () => {
  it.each([
    [{ h323Id: "echo" }, "echo"],
    [{ h323Id: "Callback" }, "callback"],
    [{ h323Id: "presentation" }, "presentation"],
    [{ h323Id: "testrum" }, "testrum"],
    [{ urlId: "h323:echo@127.0.0.1" }, "echo"],
    [{ urlId: "sip:callback@room.example" }, "callback"],
    [{ emailId: "presentation@room.example" }, "presentation"],
    [{ dialedDigits: "101" }, "echo"],
    [{ dialedDigits: "102" }, "callback"],
    [{ dialedDigits: "103" }, "presentation"],
    [{ dialedDigits: "100" }, "testrum"],
    [{ dialedDigits: "4610101" }, "testrum"],
    [{ h323Id: "someone" }, "testrum"],
    [{}, "testrum"],
  ] as const)("%o calls %s", (called, alias) => {
    expect(calledAlias(called)).toBe(alias);
  });

  it("takes the first alias that names one: a name the room does not know gives way to a number", () => {
    expect(calledAlias({ h323Id: "room-7", dialedDigits: "101" })).toBe("echo");
    expect(calledAlias({ h323Id: "echo", dialedDigits: "102" })).toBe("echo");
    expect(calledAlias({ urlId: "sip:nobody@room", dialedDigits: "103" })).toBe("presentation");
  });

  it("says what was dialled and who called", () => {
    expect(describeAliases({ h323Id: "echo", dialedDigits: "101" })).toBe("h323-ID echo, dialedDigits 101");
    expect(describeAliases({})).toBe("no alias");
    const src = { host: "127.0.0.1", port: 40000 };
    expect(callerIdentity({ urlId: "h323:ep@example.org", h323Id: "ep" }, src)).toBe("h323:ep@example.org");
    expect(callerIdentity({ h323Id: "ep" }, src)).toBe("h323:ep@127.0.0.1");
    expect(callerIdentity({ dialedDigits: "4600" }, { host: "::1", port: 1 })).toBe("h323:4600@[::1]");
    expect(callerIdentity({}, src)).toBe("h323:127.0.0.1");
  });
});
