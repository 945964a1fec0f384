import { describe, expect, it } from "vitest";
import { captureWire } from "../../../../test/support/h323/capture-wire.js";
import { gradeCaller } from "../caller-grading.js";
import { h323CallerSignalling } from "./h323-caller-signalling.js";

// The room's report about an H.323 caller, from a real caller's bytes: ooh323c calling a
// stand-in room at 127.0.0.9 (shared capture e-dial-ip-port), seen from the room's side.
const messages = captureWire("e-dial-ip-port.pcapng", "127.0.0.9", "127.0.0.3");
const source = { transport: "h225", host: "127.0.0.3", port: messages[0]!.remote.port };
const facts = {
  mode: "fastStart" as const,
  tunnelling: true,
  fastStartAccepted: true,
  separateH245: false,
  remoteAliases: { h323Id: "oo" },
  calledAliases: {},
};

describe("the room grades an H.323 caller from what it sent", () => {
  const signalling = h323CallerSignalling({ source, messages, facts, startedAtMs: messages[0]!.atMs });
  const report = gradeCaller({
    callId: "00112233445566778899aabbccddeeff",
    from: "h323:oo@127.0.0.3",
    dialled: "no alias",
    alias: "testrum",
    startedAt: 1_000,
    endedAt: 7_000,
    signalling,
    media: undefined,
  });
  const requirement = (id: string) => report.requirements!.find((r) => r.requirement === id)!;
  const check = (id: string) => report.checks.find((c) => c.id === id)!;

  it("reads the caller's Setup: its aliases, its fast start proposals and where it called from", () => {
    expect(signalling.evidence.h323?.endpointRole).toBe("caller");
    expect(signalling.evidence.h323?.aliases).toEqual([{ kind: "h323-ID", value: "oo" }]);
    const proposed = signalling.evidence.h323?.channels
      .filter((c) => c.via === "fastStart")
      .map((c) => c.name);
    expect(new Set(proposed)).toEqual(new Set(["G.711 µ-law", "H.264"]));
    expect(signalling.evidence.transport.signallingSource).toEqual({
      address: "127.0.0.3",
      port: source.port,
    });
  });

  it("grades the six requirements the H.323 way: SIP not tested, URI failed on a bare h323-ID", () => {
    expect(requirement("SIP").status).toBe("not-tested");
    expect(check("sip.options").summary).toMatch(/H\.323 call/);
    expect(check("uri.identity").status).toBe("fail");
    expect(report.facts["graded"]).toMatch(/H\.225\.0 Setup/);
    expect(report.facts["h323"]).toMatchObject({ mode: "fastStart", callerAliases: { h323Id: "oo" } });
  });

  it("puts every message of the call in the ladder with its bytes, the caller's Setup first", () => {
    expect(report.sip).toHaveLength(messages.length);
    expect(report.sip[0]).toMatchObject({ protocol: "h225", direction: "received", atMs: 0 });
    expect(report.sip[0]!.message).toMatch(/^H\.225\.0 \(Q\.931\), \d+ octets\n0000 {2}08 /);
    expect(report.sip.filter((m) => m.direction === "sent").length).toBeGreaterThan(0);
  });
});
