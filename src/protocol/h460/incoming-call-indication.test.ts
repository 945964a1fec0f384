import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rasAt } from "../../../test/support/h323/h46018-capture.js";
import { rasMessage } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";
import {
  incomingCallOf,
  parseIncomingCallIndication,
  serializeIncomingCallIndication,
  serviceControlIndicationFor,
} from "./incoming-call-indication.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
// Parameter 1 of the SCI GnuGk sent dave in d-h46018.pcapng frame 16 (decoded by the Erlang
// oracle: callSignallingAddress 127.0.0.4:1720, callID guid 6c11d523...).
const ICI_RAW = Buffer.from("007f00000406b8006c11d5239bf0f11198bff98a9fa708a0", "hex");
const CALL_ID = Buffer.from("6c11d5239bf0f11198bff98a9fa708a0", "hex");

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

describe("H.460.18 IncomingCallIndication in a ServiceControlIndication", () => {
  it("reads GnuGk's SCI of the capture: the address to open TCP to and the call", () => {
    const call = incomingCallOf(rasAt(16).ras);
    expect(call?.callSignallingAddress).toEqual({ host: "127.0.0.4", port: 1720 });
    expect(hex(call!.callId)).toBe(hex(CALL_ID));
  });

  it("writes the same parameter octets and the same SCI bytes GnuGk wrote", () => {
    const call = {
      callSignallingAddress: { host: "127.0.0.4", port: 1720 },
      callId: new Uint8Array(CALL_ID),
    };
    expect(hex(serializeIncomingCallIndication(call))).toBe(hex(ICI_RAW));
    expect(hex(rasMessage.encode(serviceControlIndicationFor(1, call)))).toBe(hex(rasAt(16).bytes));
  });

  it("is not an incoming call: the SCR, other RAS, an SCI without feature 18", () => {
    expect(incomingCallOf(rasAt(17).ras)).toBeUndefined();
    expect(incomingCallOf(rasAt(1).ras)).toBeUndefined();
    const sci = serviceControlIndicationFor(2, {
      callSignallingAddress: { host: "127.0.0.1", port: 1720 },
      callId: new Uint8Array(16),
    });
    if (sci.choice !== "serviceControlIndication") throw new Error("unreachable");
    expect(incomingCallOf({ ...sci, value: { ...sci.value, genericData: [] } })).toBeUndefined();
  });

  it("rejects every truncated prefix of the parameter with a ParseError", () => {
    for (let n = 0; n < ICI_RAW.length; n++) {
      const e = parseError(() => parseIncomingCallIndication(ICI_RAW.subarray(0, n)));
      expect(e.message.length).toBeGreaterThan(10);
    }
  });

  it("names trailing octets, a non-IP address, a missing or wrongly typed parameter, a short guid", () => {
    expect(
      parseError(() => parseIncomingCallIndication(Buffer.concat([ICI_RAW, Buffer.of(0)]))).message,
    ).toMatch("1 octets after the value");
    const sci = rasAt(16).ras;
    if (sci.choice !== "serviceControlIndication") throw new Error("frame 16 is an SCI");
    const g = sci.value.genericData![0]!;
    const without = { ...sci, value: { ...sci.value, genericData: [{ ...g, parameters: [] }] } };
    expect(parseError(() => incomingCallOf(without)).field).toBe("genericData[18].parameters");
    const text = {
      ...sci,
      value: {
        ...sci.value,
        genericData: [
          {
            ...g,
            parameters: [{ id: g.parameters![0]!.id, content: { choice: "text" as const, value: "x" } }],
          },
        ],
      },
    };
    expect(parseError(() => incomingCallOf(text)).message).toMatch("is text, expected raw");
    expect(
      parseError(() =>
        serializeIncomingCallIndication({
          callSignallingAddress: { host: "127.0.0.1", port: 1 },
          callId: new Uint8Array(4),
        }),
      ).field,
    ).toBe("callID.guid");
  });

  it("property: our octets round-trip; whatever parses re-serialises to the same value; bad octets only throw ParseError", () => {
    const addr = fc.record({
      host: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join(".")),
      port: fc.nat(65535),
    });
    fc.assert(
      fc.property(addr, fc.uint8Array({ minLength: 16, maxLength: 16 }), (a, guid) => {
        const raw = serializeIncomingCallIndication({ callSignallingAddress: a, callId: guid });
        const back = parseIncomingCallIndication(raw);
        expect(back.callSignallingAddress).toEqual(a);
        expect(hex(serializeIncomingCallIndication(back))).toBe(hex(raw));
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        try {
          const v = parseIncomingCallIndication(bytes);
          expect(parseIncomingCallIndication(serializeIncomingCallIndication(v))).toEqual(v);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});
