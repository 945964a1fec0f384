import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callSignallingFlows } from "../../../test/support/h323/capture-segments.js";
import { arbQ931Message } from "../../../test/support/h323/q931-arbitraries.js";
import { ParseError } from "../parse-error.js";
import { TpktFramer } from "../tpkt/tpkt-framer.js";
import { Q931ElementId } from "./element-ids.js";
import { findQ931Element, parseQ931Message, Q931EncodeError, serializeQ931Message } from "./message.js";
import { Q931MessageType, q931MessageName } from "./message-types.js";

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));

/** Every Q.931 message of the captures' call signalling connections, with tshark's type of each frame. */
function capturedMessages(): { key: string; bytes: Uint8Array }[] {
  const out: { key: string; bytes: Uint8Array }[] = [];
  for (const flow of callSignallingFlows()) {
    const framer = new TpktFramer();
    let n = 0;
    for (const s of flow.segments) {
      framer.push(s.payload);
      for (let p = framer.next(); p !== undefined; p = framer.next()) {
        out.push({ key: `${flow.key} #${n++} (frame ${s.frame})`, bytes: p });
      }
    }
  }
  return out;
}

describe("Q.931 message (Q.931 §4, H.225.0 §7.2)", () => {
  const messages = capturedMessages();

  it("finds the captures' 177 call signalling messages", () => {
    expect(messages.length).toBe(177);
  });

  it("parses every captured message and re-serialises it to the same bytes", () => {
    for (const m of messages) {
      const q = parseQ931Message(m.bytes);
      expect(q.callReference.length, m.key).toBe(2);
      expect(q931MessageName(q.messageType), m.key).toBeDefined();
      expect(Buffer.from(serializeQ931Message(q)), m.key).toEqual(Buffer.from(m.bytes));
    }
  });

  it("reads the message types tshark names in each frame, in order", () => {
    for (const flow of callSignallingFlows()) {
      const framer = new TpktFramer();
      for (const s of flow.segments) {
        framer.push(s.payload);
        const ours: number[] = [];
        for (let p = framer.next(); p !== undefined; p = framer.next())
          ours.push(parseQ931Message(p).messageType);
        // tshark leaves some repeated Facility messages of H323Plus unnamed; the rest must agree.
        if (s.q931Types.length > 0) expect(ours, `${flow.key} frame ${s.frame}`).toEqual(s.q931Types);
      }
    }
  });

  it("reads a captured Setup: flag, call reference, type, and its three elements", () => {
    const setup = messages[0]!.bytes; // ooh323c's Setup in a-direct-faststart.pcapng
    const q = parseQ931Message(setup);
    expect(q.callReference).toEqual({ length: 2, flag: false, value: 4 });
    expect(q.messageType).toBe(Q931MessageType.setup);
    expect(q.elements.map((e) => (e.kind === "variable" ? e.id : -1))).toEqual([0x04, 0x28, 0x7e]);
    expect(findQ931Element(q, Q931ElementId.bearerCapability)).toEqual(hex("88 c0 a5"));
    // H.225.0 §7.2.2.29: the User-user length is two octets (0x0113 here).
    expect(findQ931Element(q, Q931ElementId.userUser)?.length).toBe(0x113);
    const answer = parseQ931Message(messages.find((m) => m.key.includes("127.0.0.2:1720->"))!.bytes);
    expect(answer.callReference).toEqual({ length: 2, flag: true, value: 4 });
  });

  it("rejects every truncated prefix that cuts an element, naming it", () => {
    for (const m of messages.slice(0, 12)) {
      for (let n = 0; n < m.bytes.length; n++) {
        let q: ReturnType<typeof parseQ931Message>;
        try {
          q = parseQ931Message(m.bytes.subarray(0, n));
        } catch (e) {
          expect(e, `${m.key} cut at ${n}`).toBeInstanceOf(ParseError);
          const field = (e as ParseError).field;
          expect(field).toMatch(/^(header|callReference\.value|messageType|\w+\.length)$/);
          continue;
        }
        // A cut on an element boundary is a shorter message whose bytes are that prefix.
        expect(Buffer.from(serializeQ931Message(q))).toEqual(Buffer.from(m.bytes.subarray(0, n)));
      }
    }
  });

  it("names the bad field of malformed headers and elements", () => {
    expect(parseError(() => parseQ931Message(hex("09 02 00 01 05"))).field).toBe("protocolDiscriminator");
    expect(parseError(() => parseQ931Message(hex("08 12 00 01 05"))).field).toBe("callReference.spare");
    expect(parseError(() => parseQ931Message(hex("08 05 00 01 05"))).field).toBe("callReference.length");
    expect(parseError(() => parseQ931Message(hex("08 02 00"))).field).toBe("callReference.value");
    expect(parseError(() => parseQ931Message(hex("08 02 00 01"))).field).toBe("messageType");
    expect(parseError(() => parseQ931Message(hex("08 02 00 01 85"))).field).toBe("messageType");
    expect(parseError(() => parseQ931Message(hex("08 02 00 01 05 04 03 88"))).message).toMatch(
      "length 3 but only 1 bytes left (bearerCapability.length at offset 6)",
    );
    expect(parseError(() => parseQ931Message(hex("08 02 00 01 05 7e 00"))).field).toBe("userUser.length");
    expect(parseError(() => parseQ931Message(hex("08 02 00 01 05 55"))).field).toBe(
      "element[codeset 0, 0x55].length",
    );
  });

  it("keeps unknown and single-octet elements, and reads codesets after shifts (Q.931 §4.5.2-4.5.3)", () => {
    // Sending complete (0xa1), an unknown codeset-0 element 0x55, a locking shift to codeset 6,
    // then 0x7e in codeset 6 (one-octet length there), a non-locking shift to 5 with element 0x01,
    // and element 0x02 back in codeset 6.
    const bytes = hex("08 02 00 01 7b a1 55 01 aa 96 7e 01 bb 9d 01 01 cc 02 00");
    const q = parseQ931Message(bytes);
    expect(q.elements).toEqual([
      { kind: "single", octet: 0xa1 },
      { kind: "variable", codeset: 0, id: 0x55, contents: hex("aa") },
      { kind: "single", octet: 0x96 },
      { kind: "variable", codeset: 6, id: 0x7e, contents: hex("bb") },
      { kind: "single", octet: 0x9d },
      { kind: "variable", codeset: 5, id: 0x01, contents: hex("cc") },
      { kind: "variable", codeset: 6, id: 0x02, contents: new Uint8Array(0) },
    ]);
    expect(serializeQ931Message(q)).toEqual(bytes);
    expect(findQ931Element(q, Q931ElementId.userUser)).toBeUndefined();
  });

  it("reads the dummy call reference (length 0)", () => {
    const q = parseQ931Message(hex("08 00 7d"));
    expect(q.callReference).toEqual({ length: 0, flag: false, value: 0 });
    expect(serializeQ931Message(q)).toEqual(hex("08 00 7d"));
  });

  it("refuses to write what its fields cannot hold", () => {
    const base = { callReference: { length: 2, flag: false, value: 1 }, messageType: 5, elements: [] };
    expect(() => serializeQ931Message({ ...base, messageType: 0x80 })).toThrow(Q931EncodeError);
    expect(() =>
      serializeQ931Message({ ...base, callReference: { length: 2, flag: false, value: 0x8000 } }),
    ).toThrow("does not fit 2 octets");
    expect(() =>
      serializeQ931Message({
        ...base,
        elements: [{ kind: "variable", codeset: 0, id: 0x28, contents: new Uint8Array(256) }],
      }),
    ).toThrow("exceeds its length field (255)");
    expect(
      serializeQ931Message({
        ...base,
        elements: [{ kind: "variable", codeset: 0, id: 0x7e, contents: new Uint8Array(256) }],
      }).length,
    ).toBe(5 + 3 + 256);
  });

  it("property: what is serialised parses back to the same message", () => {
    fc.assert(
      fc.property(arbQ931Message, (m) => {
        expect(parseQ931Message(serializeQ931Message(m))).toEqual(m);
      }),
    );
  });

  it("property: parse throws nothing but ParseError on random and mutated input, and what parses re-serialises", () => {
    const seeds = messages.map((m) => m.bytes);
    const mutated = fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
      )
      .map(([seed, edits]) => {
        const b = seed.slice();
        for (const [at, v] of edits) b[at % b.length] = v;
        return b;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 60 }), mutated), (bytes) => {
        try {
          const q = parseQ931Message(bytes);
          expect(serializeQ931Message(q)).toEqual(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
