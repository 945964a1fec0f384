import fc from "fast-check";
import type { BfcpAttribute } from "../../../src/protocol/bfcp/attributes.js";
import type { BfcpMessage } from "../../../src/protocol/bfcp/message.js";

// fast-check generators for the BFCP message model, shared by the codec property tests.

const u16 = fc.integer({ min: 0, max: 0xffff });
const mandatory = fc.boolean();
const shortText = fc.string({ maxLength: 12, unit: "grapheme" });

const leaf: fc.Arbitrary<BfcpAttribute> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("beneficiaryId", "floorId", "floorRequestId" as const),
    mandatory,
    value: u16,
  }),
  fc.record({ kind: fc.constant("priority" as const), mandatory, priority: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant("requestStatus" as const),
    mandatory,
    status: fc.integer({ min: 0, max: 255 }),
    queuePosition: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant("errorCode" as const),
    mandatory,
    code: fc.integer({ min: 0, max: 255 }),
    details: fc.uint8Array({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constantFrom(
      "errorInfo",
      "participantProvidedInfo",
      "statusInfo",
      "userDisplayName",
      "userUri" as const,
    ),
    mandatory,
    text: shortText,
  }),
  fc.record({
    kind: fc.constant("supportedAttributes" as const),
    mandatory,
    types: fc.array(fc.integer({ min: 0, max: 127 }), { maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constant("supportedPrimitives" as const),
    mandatory,
    primitives: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constant("unknown" as const),
    type: fc.integer({ min: 19, max: 127 }),
    mandatory,
    contents: fc.uint8Array({ maxLength: 10 }),
  }),
);

const groupKind = fc.constantFrom(
  "beneficiaryInformation",
  "floorRequestInformation",
  "requestedByInformation",
  "floorRequestStatus",
  "overallRequestStatus" as const,
);

/** Any attribute, grouped ones nested two deep, small enough to fit the 8-bit Length. */
export const arbAttribute: fc.Arbitrary<BfcpAttribute> = fc.oneof(
  leaf,
  fc.record({
    kind: groupKind,
    mandatory,
    id: u16,
    children: fc.array(
      fc.oneof(
        leaf,
        fc.record({ kind: groupKind, mandatory, id: u16, children: fc.array(leaf, { maxLength: 2 }) }),
      ),
      { maxLength: 3 },
    ),
  }),
);

/** Any message: known or unknown primitive, version 1 or 2, up to 6 attributes. */
export const arbMessage: fc.Arbitrary<BfcpMessage> = fc.record({
  version: fc.constantFrom(1 as const, 2 as const),
  responder: fc.boolean(),
  primitive: fc.integer({ min: 0, max: 255 }),
  conferenceId: fc.integer({ min: 0, max: 0xffffffff }),
  transactionId: u16,
  userId: u16,
  attributes: fc.array(arbAttribute, { maxLength: 6 }),
});
