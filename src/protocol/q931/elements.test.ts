import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arbBearerCapability,
  arbCause,
  arbLatin1Text,
  arbPartyNumber,
} from "../../../test/support/h323/q931-arbitraries.js";
import { ParseError } from "../parse-error.js";
import {
  bearerLayer1Protocol,
  H225_BEARER_CAPABILITY,
  parseBearerCapability,
  serializeBearerCapability,
} from "./bearer-capability.js";
import { parseCause, Q850Cause, q850CauseName, serializeCause, userCause } from "./cause.js";
import {
  parseCallState,
  parseNotificationIndicator,
  parseProgressIndicator,
  parseSignal,
  serializeCallState,
  serializeNotificationIndicator,
  serializeProgressIndicator,
  serializeSignal,
} from "./indicators.js";
import { Q931EncodeError } from "./message.js";
import { parsePartyNumber, serializePartyNumber } from "./party-number.js";
import { parseTextElement, serializeTextElement } from "./text-elements.js";
import { parseUserUser, serializeUserUser } from "./user-user.js";

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

interface Codec<T> {
  name: string;
  parse(c: Uint8Array): T;
  serialize(v: T): Uint8Array;
  /** Golden contents and the value they hold. */
  golden: [string, T][];
  arb: fc.Arbitrary<T>;
}

const codecs: Codec<unknown>[] = [
  {
    name: "Cause (Q.931 §4.5.12, Q.850 §2.2.5)",
    parse: parseCause,
    serialize: serializeCause as (v: unknown) => Uint8Array,
    golden: [
      // ooh323c's releaseComplete: ITU-T coding, location user, normal call clearing.
      ["80 90", userCause(Q850Cause.normalCallClearing)],
      // Octet 3a (recommendation Q.931) and a diagnostic octet: public network, user busy.
      [
        "02 80 91 05",
        { codingStandard: 0, location: 2, recommendation: 0, value: 17, diagnostics: hex("05") },
      ],
    ],
    arb: arbCause,
  },
  {
    name: "Bearer capability (Q.931 §4.5.5, H.225.0 §7.2.2.1)",
    parse: parseBearerCapability,
    serialize: serializeBearerCapability as (v: unknown) => Uint8Array,
    golden: [
      // ooh323c's Setup: unrestricted digital information, packet mode, H.221/H.242.
      ["88 c0 a5", H225_BEARER_CAPABILITY],
      // Multirate circuit mode, 6 × 64 kbit/s (octet 4.1), no layer octets.
      [
        "88 98 86",
        {
          codingStandard: 0,
          transferCapability: 8,
          transferMode: 0,
          transferRate: 24,
          rateMultiplier: 6,
          layers: new Uint8Array(0),
        },
      ],
    ],
    arb: arbBearerCapability,
  },
  {
    name: "Calling party number (Q.931 §4.5.10)",
    parse: (c) => parsePartyNumber(c, "callingPartyNumber"),
    serialize: (v) => serializePartyNumber(v as never, "callingPartyNumber"),
    golden: [
      // Unknown type, E.164 plan, octet 3a: presentation allowed, user-provided verified.
      ["01 81 34 36 38", { typeOfNumber: 0, numberingPlan: 1, presentation: 0, screening: 1, digits: "468" }],
      ["a1 31 32", { typeOfNumber: 2, numberingPlan: 1, digits: "12" }],
    ],
    arb: arbPartyNumber(true),
  },
  {
    name: "Called party number (Q.931 §4.5.8)",
    parse: (c) => parsePartyNumber(c, "calledPartyNumber"),
    serialize: (v) => serializePartyNumber(v as never, "calledPartyNumber"),
    golden: [["91 34 36 38 31", { typeOfNumber: 1, numberingPlan: 1, digits: "4681" }]],
    arb: arbPartyNumber(false),
  },
  {
    name: "Progress indicator (Q.931 §4.5.23)",
    parse: parseProgressIndicator,
    serialize: serializeProgressIndicator as (v: unknown) => Uint8Array,
    // In-band information available, from the private network serving the remote user.
    golden: [["85 88", { codingStandard: 0, location: 5, description: 8 }]],
    arb: fc.record({
      codingStandard: fc.integer({ min: 0, max: 3 }),
      location: fc.integer({ min: 0, max: 15 }),
      description: fc.integer({ min: 0, max: 127 }),
    }),
  },
  {
    name: "Notification indicator (Q.931 §4.5.22)",
    parse: parseNotificationIndicator,
    serialize: serializeNotificationIndicator as (v: unknown) => Uint8Array,
    golden: [["81", { description: 1, extension: new Uint8Array(0) }]],
    arb: fc.record({
      description: fc.integer({ min: 0, max: 127 }),
      extension: fc.uint8Array({ maxLength: 4 }),
    }),
  },
  {
    name: "Signal (Q.931 §4.5.28)",
    parse: parseSignal,
    serialize: serializeSignal as (v: unknown) => Uint8Array,
    golden: [["01", 1]],
    arb: fc.integer({ min: 0, max: 255 }),
  },
  {
    name: "Call state (Q.931 §4.5.7)",
    parse: parseCallState,
    serialize: serializeCallState as (v: unknown) => Uint8Array,
    golden: [["0a", { codingStandard: 0, value: 10 }]],
    arb: fc.record({
      codingStandard: fc.integer({ min: 0, max: 3 }),
      value: fc.integer({ min: 0, max: 63 }),
    }),
  },
  {
    name: "User-user (Q.931 §4.5.30, H.225.0 §7.2.2.29)",
    parse: parseUserUser,
    serialize: serializeUserUser as (v: unknown) => Uint8Array,
    golden: [["05 21 80 06", { protocolDiscriminator: 5, information: hex("21 80 06") }]],
    arb: fc.record({
      protocolDiscriminator: fc.integer({ min: 0, max: 255 }),
      information: fc.uint8Array({ maxLength: 20 }),
    }),
  },
  {
    name: "Display (Q.931 §4.5.16)",
    parse: parseTextElement,
    serialize: (v) => serializeTextElement(v as string, "display"),
    // ooh323c ends its display with a NUL; a Swedish name in Latin-1.
    golden: [
      ["6f 62 6a 73 79 73 63 61 6c 6c 00", "objsyscall\u0000"],
      ["54 65 73 74 72 75 6d 20 c5 e4 f6", "Testrum Åäö"],
    ],
    arb: arbLatin1Text,
  },
];

describe("Q.931 information elements as H.225.0 uses them", () => {
  for (const c of codecs) {
    describe(c.name, () => {
      it("parses the golden contents and writes them back", () => {
        for (const [bytes, value] of c.golden) {
          expect(c.parse(hex(bytes))).toEqual(value);
          expect(c.serialize(value)).toEqual(hex(bytes));
        }
      });

      it("rejects every truncated prefix that ends inside a fixed octet, naming the element", () => {
        for (const [bytes] of c.golden) {
          const b = hex(bytes);
          for (let n = 0; n < b.length; n++) {
            let v: unknown;
            try {
              v = c.parse(b.subarray(0, n));
            } catch (e) {
              expect(e).toBeInstanceOf(ParseError);
              expect((e as ParseError).message).toMatch(/missing|extension bit/);
              continue;
            }
            // Digits, diagnostics, text and layer octets may end anywhere.
            expect(c.serialize(v)).toEqual(b.subarray(0, n));
          }
        }
      });

      it("property: a value serialises and parses back to itself", () => {
        fc.assert(
          fc.property(c.arb, (v) => {
            expect(c.parse(c.serialize(v))).toEqual(v);
          }),
        );
      });

      it("property: parse throws nothing but ParseError, and what parses re-serialises", () => {
        fc.assert(
          fc.property(fc.uint8Array({ maxLength: 8 }), (b) => {
            try {
              expect(c.serialize(c.parse(b))).toEqual(b);
            } catch (e) {
              expect(e).toBeInstanceOf(ParseError);
            }
          }),
        );
      });
    });
  }

  it("names the field of malformed contents", () => {
    expect(fieldOf(() => parseCause(hex("90 90")))).toBe("cause.spare");
    expect(fieldOf(() => parseCause(hex("80 10")))).toBe("cause.value");
    expect(fieldOf(() => parseCause(hex("00 00 90")))).toBe("cause.recommendation");
    expect(fieldOf(() => parseBearerCapability(hex("08 c0")))).toBe("bearerCapability.transferCapability");
    expect(fieldOf(() => parseBearerCapability(hex("88 98")))).toBe("bearerCapability.rateMultiplier");
    expect(fieldOf(() => parsePartyNumber(hex("21 81 31"), "calledPartyNumber"))).toBe(
      "calledPartyNumber.typeOfNumber",
    );
    expect(fieldOf(() => parsePartyNumber(hex("a1 b1"), "callingPartyNumber"))).toBe(
      "callingPartyNumber.digits",
    );
    expect(fieldOf(() => parseProgressIndicator(hex("80 88 00")))).toBe("progressIndicator.length");
    expect(fieldOf(() => parseSignal(hex("01 02")))).toBe("signal.length");
    expect(fieldOf(() => parseUserUser(new Uint8Array(0)))).toBe("userUser.protocolDiscriminator");
  });

  it("refuses to write values out of range", () => {
    expect(() => serializeCause({ ...userCause(16), value: 128 })).toThrow(Q931EncodeError);
    expect(() => serializeBearerCapability({ ...H225_BEARER_CAPABILITY, transferRate: 24 })).toThrow(
      "multirate",
    );
    expect(() =>
      serializePartyNumber(
        { typeOfNumber: 0, numberingPlan: 1, presentation: 1, digits: "1" },
        "calledPartyNumber",
      ),
    ).toThrow(Q931EncodeError);
    expect(() =>
      serializePartyNumber({ typeOfNumber: 0, numberingPlan: 1, digits: "å" }, "calledPartyNumber"),
    ).toThrow("not IA5");
    expect(() => serializeTextElement("名", "display")).toThrow("not one octet");
  });

  it("names the Q.850 causes and reads the layer 1 protocol", () => {
    expect(q850CauseName(16)).toBe("normalCallClearing");
    expect(q850CauseName(102)).toBe("recoveryOnTimerExpiry");
    expect(q850CauseName(126)).toBeUndefined();
    expect(bearerLayer1Protocol(H225_BEARER_CAPABILITY)).toBe(5);
    expect(bearerLayer1Protocol({ ...H225_BEARER_CAPABILITY, layers: new Uint8Array(0) })).toBeUndefined();
  });
});
