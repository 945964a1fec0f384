import fc from "fast-check";
import type {
  H225MessageType,
  H225SignallingMessage,
} from "../../../src/protocol/h225/signalling-message.js";
import { H225_MESSAGE_TYPES } from "../../../src/protocol/h225/signalling-message.js";
import type {
  BearerCapability,
  CallReference,
  Cause,
  PartyNumber,
  Q931Element,
  Q931Message,
} from "../../../src/protocol/q931/index.js";

// fast-check generators for Q.931 messages and the elements H.225.0 types, all of them
// values that serialise (consistent extension octets, in-range fields).

const bytes = (maxLength: number) => fc.uint8Array({ maxLength });
/** Text of one-octet characters (Display, Keypad facility). */
export const arbLatin1Text = fc.uint8Array({ maxLength: 20 }).map((b) => Buffer.from(b).toString("latin1"));
const ia5 = fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, "1"));

export const arbCallReference: fc.Arbitrary<CallReference> = fc.oneof(
  fc.constant({ length: 0, flag: false, value: 0 }),
  fc.record({ length: fc.constant(1), flag: fc.boolean(), value: fc.integer({ min: 0, max: 0x7f }) }),
  fc.record({ length: fc.constant(2), flag: fc.boolean(), value: fc.integer({ min: 0, max: 0x7fff }) }),
);

/** Codeset-0 variable elements and single-octet ones that are not shifts. */
export const arbElement: fc.Arbitrary<Q931Element> = fc.oneof(
  fc.record({
    kind: fc.constant("variable" as const),
    codeset: fc.constant(0),
    id: fc.integer({ min: 0, max: 0x7f }),
    contents: bytes(40),
  }),
  fc
    .integer({ min: 0x80, max: 0xff })
    .filter((o) => (o & 0xf0) !== 0x90)
    .map((octet) => ({ kind: "single" as const, octet })),
);

export const arbQ931Message: fc.Arbitrary<Q931Message> = fc.record({
  callReference: arbCallReference,
  messageType: fc.integer({ min: 0, max: 0x7f }),
  elements: fc.array(arbElement, { maxLength: 8 }),
});

export const arbCause: fc.Arbitrary<Cause> = fc
  .record({
    codingStandard: fc.integer({ min: 0, max: 3 }),
    location: fc.integer({ min: 0, max: 15 }),
    recommendation: fc.option(fc.integer({ min: 0, max: 127 }), { nil: undefined }),
    value: fc.integer({ min: 0, max: 127 }),
    diagnostics: bytes(6),
  })
  .map(({ recommendation, ...c }) => (recommendation === undefined ? c : { ...c, recommendation }));

export const arbBearerCapability: fc.Arbitrary<BearerCapability> = fc
  .record({
    codingStandard: fc.integer({ min: 0, max: 3 }),
    transferCapability: fc.integer({ min: 0, max: 31 }),
    transferMode: fc.integer({ min: 0, max: 3 }),
    transferRate: fc.integer({ min: 0, max: 31 }),
    rateMultiplier: fc.integer({ min: 0, max: 127 }),
    layers: bytes(4),
  })
  .map(({ rateMultiplier, ...bc }) => (bc.transferRate === 0x18 ? { ...bc, rateMultiplier } : bc));

export function arbPartyNumber(withPresentation: boolean): fc.Arbitrary<PartyNumber> {
  return fc
    .record({
      typeOfNumber: fc.integer({ min: 0, max: 7 }),
      numberingPlan: fc.integer({ min: 0, max: 15 }),
      presentation: fc.integer({ min: 0, max: 3 }),
      screening: fc.integer({ min: 0, max: 3 }),
      withOctet3a: fc.boolean(),
      digits: ia5,
    })
    .map(({ presentation, screening, withOctet3a, ...n }) =>
      withPresentation && withOctet3a ? { ...n, presentation, screening } : n,
    );
}

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** H.225.0 messages whose mandatory elements are there; undefined fields are left out. */
export const arbH225Message: fc.Arbitrary<H225SignallingMessage> = fc
  .record({
    type: fc.constantFrom<H225MessageType>(...H225_MESSAGE_TYPES),
    callReference: fc.record({
      length: fc.constant(2),
      flag: fc.boolean(),
      value: fc.integer({ min: 0, max: 0x7fff }),
    }),
    bearerCapability: optional(arbBearerCapability),
    cause: optional(arbCause),
    callState: optional(
      fc.record({ codingStandard: fc.integer({ min: 0, max: 3 }), value: fc.integer({ min: 0, max: 63 }) }),
    ),
    facility: optional(bytes(10)),
    progressIndicator: optional(
      fc.record({
        codingStandard: fc.integer({ min: 0, max: 3 }),
        location: fc.integer({ min: 0, max: 15 }),
        description: fc.integer({ min: 0, max: 127 }),
      }),
    ),
    notificationIndicator: optional(
      fc.record({ description: fc.integer({ min: 0, max: 127 }), extension: bytes(3) }),
    ),
    display: optional(arbLatin1Text),
    keypad: optional(ia5),
    signal: optional(fc.integer({ min: 0, max: 255 })),
    connectedNumber: optional(arbPartyNumber(true)),
    callingPartyNumber: optional(arbPartyNumber(true)),
    calledPartyNumber: optional(arbPartyNumber(false)),
    userInformation: bytes(60),
  })
  .map((m) => {
    const out: Record<string, unknown> = { otherElements: [] };
    for (const [k, v] of Object.entries(m)) if (v !== undefined) out[k] = v;
    if (m.type === "setup" && !m.bearerCapability)
      out["bearerCapability"] = {
        codingStandard: 0,
        transferCapability: 8,
        transferMode: 2,
        transferRate: 0,
        layers: Uint8Array.of(0xa5),
      };
    if (m.type === "status") {
      out["cause"] ??= { codingStandard: 0, location: 0, value: 30, diagnostics: new Uint8Array(0) };
      out["callState"] ??= { codingStandard: 0, value: 10 };
    }
    return out as unknown as H225SignallingMessage;
  });
