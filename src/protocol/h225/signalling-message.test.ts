import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callSignallingFlows } from "../../../test/support/h323/capture-segments.js";
import { arbH225Message } from "../../../test/support/h323/q931-arbitraries.js";
import { ParseError } from "../parse-error.js";
import { H225_BEARER_CAPABILITY, Q850Cause, userCause } from "../q931/index.js";
import { TpktFramer } from "../tpkt/tpkt-framer.js";
import {
  type H225SignallingMessage,
  parseH225SignallingMessage,
  serializeH225SignallingMessage,
} from "./signalling-message.js";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));

function fieldOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e.field;
    throw e;
  }
  throw new Error("expected a ParseError");
}

function captured(): { key: string; bytes: Uint8Array }[] {
  return callSignallingFlows().flatMap((flow) => {
    const framer = new TpktFramer();
    framer.push(flow.bytes);
    const out: { key: string; bytes: Uint8Array }[] = [];
    for (let p = framer.next(); p !== undefined; p = framer.next())
      out.push({ key: `${flow.key} #${out.length}`, bytes: p });
    return out;
  });
}

const CR = { length: 2, flag: true, value: 0x1234 };
// A placeholder H323-UserInformation: this layer carries it as bytes.
const UU = "7e 00 04 05 aa bb cc";

describe("H.225.0 call signalling messages (H.225.0 §7.2-7.4 over Q.931)", () => {
  const messages = captured();

  it("reads every captured message and writes it back to the same bytes", () => {
    const types = new Map<string, number>();
    for (const m of messages) {
      const h = parseH225SignallingMessage(m.bytes);
      types.set(h.type, (types.get(h.type) ?? 0) + 1);
      expect(h.userInformation?.length, m.key).toBeGreaterThan(0);
      expect(Buffer.from(serializeH225SignallingMessage(h)), m.key).toEqual(Buffer.from(m.bytes));
    }
    expect(Object.fromEntries(types)).toEqual({
      setup: 12,
      callProceeding: 12,
      alerting: 7,
      connect: 13,
      facility: 117,
      releaseComplete: 16,
    });
  });

  it("types the elements of captured messages: bearer capability, display, cause, facility", () => {
    const setup = parseH225SignallingMessage(messages[0]!.bytes);
    expect(setup.type).toBe("setup");
    expect(setup.bearerCapability).toEqual(H225_BEARER_CAPABILITY);
    expect(setup.display).toBe("objsyscall\u0000");
    expect(setup.otherElements).toEqual([]);
    const releases = messages
      .map((m) => parseH225SignallingMessage(m.bytes))
      .filter((h) => h.type === "releaseComplete");
    expect(
      releases
        .map((r) => r.cause?.value)
        .filter((v) => v !== undefined)
        .sort(),
    ).toContain(Q850Cause.normalCallClearing);
    const h323PlusFacility = messages
      .map((m) => parseH225SignallingMessage(m.bytes))
      .find((h) => h.facility !== undefined);
    expect(h323PlusFacility?.type).toBe("facility");
  });

  it("rejects every truncated prefix of every captured message (User-user is last and mandatory)", () => {
    for (const m of messages) {
      for (let n = 0; n < m.bytes.length; n++) {
        expect(() => parseH225SignallingMessage(m.bytes.subarray(0, n)), `${m.key} cut at ${n}`).toThrow(
          ParseError,
        );
      }
    }
  });

  it("reads the messages the captures lack: Progress, Notify, Information, Status", () => {
    // Progress: in-band information (Q.931 §4.5.23), location private network serving the remote user.
    const progress = parseH225SignallingMessage(hex(`08 02 92 34 03 1e 02 85 88 ${UU}`));
    expect(progress).toMatchObject({
      type: "progress",
      callReference: CR,
      progressIndicator: { location: 5, description: 8 },
    });
    // Notify: user resumed (Q.931 §4.5.22), with a display.
    const notify = parseH225SignallingMessage(hex(`08 02 92 34 6e 27 01 81 28 02 48 69 ${UU}`));
    expect(notify).toMatchObject({
      type: "notify",
      notificationIndicator: { description: 1 },
      display: "Hi",
    });
    // Information: Sending complete (single octet 0xa1) and Keypad facility "5#", no User-user.
    const info = parseH225SignallingMessage(hex("08 02 12 34 7b a1 2c 02 35 23"));
    expect(info).toMatchObject({
      type: "information",
      keypad: "5#",
      otherElements: [{ kind: "single", octet: 0xa1 }],
    });
    expect(info.callReference.flag).toBe(false);
    // Status: Cause 30 "response to STATUS ENQUIRY", Call state U10 active (Q.931 §5.8.10).
    const status = parseH225SignallingMessage(hex("08 02 92 34 7d 08 02 80 9e 14 01 0a"));
    expect(status).toMatchObject({
      type: "status",
      cause: userCause(Q850Cause.responseToStatusEnquiry),
      callState: { value: 10 },
    });
    for (const [m, bytes] of [
      [progress, `08 02 92 34 03 1e 02 85 88 ${UU}`],
      [notify, `08 02 92 34 6e 27 01 81 28 02 48 69 ${UU}`],
      [status, "08 02 92 34 7d 08 02 80 9e 14 01 0a"],
    ] as const) {
      expect(serializeH225SignallingMessage(m)).toEqual(hex(bytes));
    }
    // Q.931 §4.5.1 puts Sending complete after the variable-length elements of codeset 0.
    expect(serializeH225SignallingMessage(info)).toEqual(hex("08 02 12 34 7b 2c 02 35 23 a1"));
  });

  it("writes typed elements in ascending identifier order, unknown ones merged in by identifier", () => {
    const m: H225SignallingMessage = {
      type: "setup",
      callReference: { length: 2, flag: false, value: 7 },
      userInformation: hex("aa"),
      display: "x",
      bearerCapability: H225_BEARER_CAPABILITY,
      calledPartyNumber: { typeOfNumber: 0, numberingPlan: 1, digits: "1" },
      otherElements: [{ kind: "variable", codeset: 0, id: 0x18, contents: hex("89") }],
    };
    expect(serializeH225SignallingMessage(m)).toEqual(
      hex("08 02 00 07 05 04 03 88 c0 a5 18 01 89 28 01 78 70 02 81 31 7e 00 02 05 aa"),
    );
    expect(parseH225SignallingMessage(serializeH225SignallingMessage(m))).toEqual(m);
  });

  it("keeps a repeated element (the first typed, the repeat as it came)", () => {
    const bytes = hex(`08 02 92 34 03 1e 02 81 82 1e 02 81 88 ${UU}`);
    const m = parseH225SignallingMessage(bytes);
    expect(m.progressIndicator?.description).toBe(2);
    expect(m.otherElements).toEqual([{ kind: "variable", codeset: 0, id: 0x1e, contents: hex("81 88") }]);
    expect(serializeH225SignallingMessage(m)).toEqual(bytes);
  });

  it("names what the H.225.0 profile refuses", () => {
    expect(fieldOf(() => parseH225SignallingMessage(hex("08 02 00 01 45 08 02 80 90")))).toBe("messageType"); // Disconnect
    expect(fieldOf(() => parseH225SignallingMessage(hex(`08 01 01 01 ${UU}`)))).toBe("callReference.length");
    expect(fieldOf(() => parseH225SignallingMessage(hex("08 02 00 01 01")))).toBe("userUser");
    expect(fieldOf(() => parseH225SignallingMessage(hex(`08 02 00 01 05 ${UU}`)))).toBe("bearerCapability");
    expect(fieldOf(() => parseH225SignallingMessage(hex("08 02 00 01 7d 14 01 0a")))).toBe("cause");
    expect(fieldOf(() => parseH225SignallingMessage(hex("08 02 00 01 7d 08 02 80 9e")))).toBe("callState");
    expect(fieldOf(() => parseH225SignallingMessage(hex("08 02 00 01 01 7e 00 02 04 aa")))).toBe(
      "userUser.protocolDiscriminator",
    );
    expect(fieldOf(() => parseH225SignallingMessage(hex(`08 02 00 01 5a 08 01 80 ${UU}`)))).toBe(
      "cause.value",
    );
  });

  it("property: every message with its mandatory elements serialises and parses back to itself", () => {
    fc.assert(
      fc.property(arbH225Message, (m) => {
        expect(parseH225SignallingMessage(serializeH225SignallingMessage(m))).toEqual(m);
      }),
    );
  });

  it("property: mutated captured messages parse or fail with ParseError, and what parses re-serialises", () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...messages.map((m) => m.bytes)),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 3 }),
      )
      .map(([seed, edits]) => {
        const b = seed.slice();
        for (const [at, v] of edits) b[at % Math.min(b.length, 24)] = v;
        return b;
      });
    fc.assert(
      fc.property(mutated, (bytes) => {
        let m: ReturnType<typeof parseH225SignallingMessage>;
        try {
          m = parseH225SignallingMessage(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          return;
        }
        // Elements out of the ascending order Q.931 §4.5.1 asks for are read as they come and
        // written in order: the written form is canonical, a fixed point, and keeps every element.
        const canonical = serializeH225SignallingMessage(m);
        const again = parseH225SignallingMessage(canonical);
        expect(serializeH225SignallingMessage(again)).toEqual(canonical);
        const { otherElements, ...typed } = m;
        const { otherElements: otherAgain, ...typedAgain } = again;
        expect(typedAgain).toEqual(typed);
        expect(otherAgain).toHaveLength(otherElements.length);
      }),
      { numRuns: 500 },
    );
  });
});
