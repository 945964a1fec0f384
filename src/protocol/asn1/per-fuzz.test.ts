import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { ParseError } from "../parse-error.js";
import type { PerCodec } from "./codec.js";
import { h323UserInformation, multimediaSystemControlMessage, rasMessage } from "./index.js";

const codecs: Record<string, PerCodec<unknown>> = {
  RasMessage: rasMessage as PerCodec<unknown>,
  "H323-UserInformation": h323UserInformation as PerCodec<unknown>,
  MultimediaSystemControlMessage: multimediaSystemControlMessage as PerCodec<unknown>,
};
const pdus = loadGoldenPdus();

/** A capture PDU changed the way a broken or hostile peer would change it. */
const mutated = fc
  .tuple(
    fc.constantFrom(...pdus),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
        fc.record({ op: fc.constant("set" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ op: fc.constant("cut" as const), at: fc.nat() }),
        fc.record({
          op: fc.constant("insert" as const),
          at: fc.nat(),
          data: fc.uint8Array({ minLength: 1, maxLength: 8 }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([pdu, ops]) => {
    let b = Uint8Array.from(pdu.bytes);
    for (const o of ops) {
      const at = b.length === 0 ? 0 : o.at % b.length;
      if (o.op === "flip" && b.length) b[at]! ^= 1 << o.bit;
      else if (o.op === "set" && b.length) b[at] = o.byte;
      else if (o.op === "cut") b = b.slice(0, at);
      else if (o.op === "insert") b = Uint8Array.from([...b.subarray(0, at), ...o.data, ...b.subarray(at)]);
    }
    return { type: pdu.type, bytes: b };
  });

/** Whatever decodes re-encodes to the same value; whatever does not is a ParseError. */
function check(codec: PerCodec<unknown>, data: Uint8Array): void {
  let value: unknown;
  try {
    value = codec.decode(data);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    expect(e.format).toBe(`PER ${codec.name}`);
    return;
  }
  expect(codec.decode(codec.encode(value))).toEqual(value);
}

describe("PER decoder fuzz: bad input is a ParseError, never another error", () => {
  it("capture PDUs with flipped bits, changed, cut and inserted octets", () => {
    fc.assert(
      fc.property(mutated, ({ type, bytes }) => check(codecs[type]!, bytes)),
      { numRuns: Number(process.env["PER_FUZZ_RUNS"] ?? 3000) },
    );
  });

  it("random octets as each message type", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(codecs)), fc.uint8Array({ maxLength: 300 }), check),
      { numRuns: Number(process.env["PER_FUZZ_RUNS"] ?? 3000) },
    );
  });
});
