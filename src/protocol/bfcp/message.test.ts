import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbMessage } from "../../../test/support/bfcp/arbitraries.js";
import { GOLDEN, hex } from "../../../test/support/bfcp/golden-messages.js";
import { ParseError } from "../parse-error.js";
import { BfcpEncodeError } from "./attributes.js";
import { BfcpReassembler, fragmentBfcpMessage } from "./fragments.js";
import { type BfcpMessage, parseBfcpHeader, parseBfcpMessage, serializeBfcpMessage } from "./message.js";
import { BfcpStreamFramer } from "./stream-framer.js";

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

function encodable(m: BfcpMessage): boolean {
  try {
    serializeBfcpMessage(m);
    return true;
  } catch (e) {
    if (e instanceof BfcpEncodeError) return false;
    throw e;
  }
}

describe("BFCP codec golden bytes (RFC 8855 §5)", () => {
  for (const g of GOLDEN) {
    it(`parses ${g.name}`, () => {
      expect(parseBfcpMessage(g.bytes)).toEqual(g.message);
    });
    it(`serialises ${g.name} to the same bytes`, () => {
      expect(serializeBfcpMessage(g.message)).toEqual(g.bytes);
    });
    it(`rejects every truncated prefix of ${g.name} with a ParseError`, () => {
      for (let n = 0; n < g.bytes.length; n++) {
        const e = parseError(() => parseBfcpMessage(g.bytes.subarray(0, n)));
        expect(e.field).toBe(n < 12 ? "header" : "header.payloadLength");
        expect(e.message).toMatch(n < 12 ? `only ${n} left` : `only ${n} present`);
      }
    });
    it(`rejects a payload cut inside an attribute of ${g.name}, even when Payload Length agrees`, () => {
      const payload = g.bytes.length - 12;
      for (let cut = 4; cut < payload; cut += 4) {
        const b = g.bytes.slice(0, 12 + cut);
        b[2] = 0;
        b[3] = cut / 4;
        let result: unknown;
        try {
          result = parseBfcpMessage(b);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          expect((e as ParseError).field).toMatch(/^(attribute\.(length|padding|header)|\w+\.length)$/);
          continue;
        }
        // A cut on an attribute boundary is a shorter valid message.
        expect((result as BfcpMessage).attributes.length).toBeLessThan(g.message.attributes.length + 1);
      }
    });
  }

  it("names the field for malformed headers and attributes", () => {
    expect(parseError(() => parseBfcpMessage(hex("60 0b 00 00 00000001 0001 0002"))).field).toBe(
      "header.version",
    );
    expect(parseError(() => parseBfcpMessage(hex("20 0b 00 00 00000001 0001 0002 00"))).message).toMatch(
      "1 bytes after the payload",
    );
    // FLOOR-ID with Length 5: Unsigned16 attributes are exactly 4 octets.
    expect(
      parseError(() => parseBfcpMessage(hex("20 01 00 02 00000001 0001 0002 04 05 00 01 00 00 00 00"))).field,
    ).toBe("floorId.length");
    // Attribute Length 1 is below its own header.
    expect(parseError(() => parseBfcpMessage(hex("20 01 00 01 00000001 0001 0002 04 01 00 00"))).field).toBe(
      "attribute.length",
    );
    // USER-URI of Length 9 runs past an 8-octet payload.
    const e = parseError(() =>
      parseBfcpMessage(hex("20 01 00 02 00000001 0001 0002 1a 09 61 62 63 64 65 00")),
    );
    expect(e.field).toBe("attribute.length");
    expect(e.message).toMatch("runs past the end");
    // Invalid UTF-8 in a text attribute.
    expect(parseError(() => parseBfcpMessage(hex("20 01 00 01 00000001 0001 0002 1a 04 ff fe"))).field).toBe(
      "userUri",
    );
    // A grouped attribute whose Length is not a multiple of 4.
    expect(
      parseError(() => parseBfcpMessage(hex("20 01 00 02 00000001 0001 0002 22 06 00 01 00 00 00 00"))).field,
    ).toBe("floorRequestStatus.length");
  });

  it("ignores non-zero padding on receipt (RFC 8855 §5.2)", () => {
    const m = parseBfcpMessage(hex("20 01 00 02 00000001 0001 0002 18 05 41 6e 6e ff ff ff"));
    expect(m.attributes).toEqual([{ kind: "userDisplayName", mandatory: false, text: "Ann" }]);
  });

  it("refuses to encode values that do not fit their fields", () => {
    const base = GOLDEN[0]!.message;
    expect(() => serializeBfcpMessage({ ...base, transactionId: 70000 })).toThrow(BfcpEncodeError);
    expect(() =>
      serializeBfcpMessage({
        ...base,
        attributes: [{ kind: "userUri", mandatory: false, text: "x".repeat(254) }],
      }),
    ).toThrow(/exceeds 255/);
  });
});

describe("BFCP codec properties", () => {
  it("parse only ever fails with ParseError on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        try {
          parseBfcpMessage(bytes);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("random bytes behind a valid header fail only with ParseError, and what parses re-serialises", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (body, v2) => {
        const len = body.length - (body.length % 4);
        const b = new Uint8Array(12 + len);
        b.set([v2 ? 0x40 : 0x20, 4, 0, len / 4, 0, 0, 0, 1, 0, 1, 0, 2]);
        b.set(body.subarray(0, len), 12);
        let m: BfcpMessage;
        try {
          m = parseBfcpMessage(b);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
          return;
        }
        if (!encodable(m)) return;
        expect(parseBfcpMessage(serializeBfcpMessage(m))).toEqual(m);
      }),
      { numRuns: 3000 },
    );
  });

  it("every generated message round-trips through serialise → parse", () => {
    fc.assert(
      fc.property(arbMessage, (m) => {
        fc.pre(encodable(m));
        expect(parseBfcpMessage(serializeBfcpMessage(m))).toEqual(m);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("BfcpStreamFramer (RFC 8855 §6.1, TCP)", () => {
  const stream = (): Uint8Array => {
    const parts = GOLDEN.filter((g) => g.message.version === 1).map((g) => g.bytes);
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) {
      all.set(p, off);
      off += p.length;
    }
    return all;
  };
  const expected = GOLDEN.filter((g) => g.message.version === 1).map((g) => g.message);

  it("cuts back-to-back messages split at every possible segment size", () => {
    const all = stream();
    for (const seg of [1, 2, 3, 5, 7, 12, 13, 64, all.length]) {
      const f = new BfcpStreamFramer();
      const got: BfcpMessage[] = [];
      for (let off = 0; off < all.length; off += seg) {
        f.push(all.subarray(off, off + seg));
        for (let frame = f.next(); frame; frame = f.next()) got.push(parseBfcpMessage(frame));
      }
      expect(got).toEqual(expected);
      expect(f.buffered).toBe(0);
    }
  });

  it("waits for the rest of a message and rejects a fragment header on TCP", () => {
    const f = new BfcpStreamFramer();
    f.push(GOLDEN[1]!.bytes.subarray(0, 14));
    expect(f.next()).toBeUndefined();
    const bad = new BfcpStreamFramer();
    bad.push(hex("28 04 00 01 00000001 0001 0002 0000 0001 0a 04 03 00"));
    expect(() => bad.next()).toThrow(ParseError);
  });
});

describe("BFCP fragmentation over UDP (RFC 8855 §5.1 F bit, §6.2)", () => {
  const big: BfcpMessage = {
    version: 2,
    responder: true,
    primitive: 4,
    conferenceId: 1,
    transactionId: 77,
    userId: 2,
    attributes: [
      { kind: "floorId", mandatory: false, value: 1 },
      { kind: "statusInfo", mandatory: false, text: "a".repeat(200) },
      { kind: "userUri", mandatory: false, text: "sip:room@127.0.0.1" },
    ],
  };

  it("writes fragment headers by hand-checked layout", () => {
    const frags = fragmentBfcpMessage(big, 16 + 64);
    const first = frags[0]!;
    // Ver=2 R=1 F=1 -> 0x58; Payload Length covers the whole message: 4 + 204 + 20 = 228 octets = 57 units.
    expect([...first.subarray(0, 4)]).toEqual([0x58, 0x04, 0x00, 57]);
    expect([...first.subarray(12, 16)]).toEqual([0, 0, 0, 16]); // offset 0, 16 units (64 octets)
    const h = parseBfcpHeader(frags[1]!);
    expect(h.fragment).toEqual({ offsetBytes: 64, lengthBytes: 64 });
    expect(() => parseBfcpMessage(first)).toThrow(/fragment/);
  });

  it("reassembles in any order, ignoring duplicates", () => {
    const frags = fragmentBfcpMessage(big, 60);
    expect(frags.length).toBeGreaterThan(3);
    const r = new BfcpReassembler();
    const order = [...frags].reverse();
    order.splice(1, 0, frags[frags.length - 1]!);
    let out: BfcpMessage | undefined;
    order.forEach((d, i) => {
      out = r.push(i, d, "peer");
      if (i < order.length - 1) expect(out).toBeUndefined();
    });
    expect(out).toEqual(big);
    expect(r.incomplete).toBe(0);
  });

  it("passes unfragmented datagrams through and drops stale series", () => {
    const r = new BfcpReassembler(1000);
    expect(r.push(0, GOLDEN[1]!.bytes)).toEqual(GOLDEN[1]!.message);
    const frags = fragmentBfcpMessage(big, 60);
    r.push(0, frags[0]!);
    expect(r.incomplete).toBe(1);
    r.push(1500, GOLDEN[1]!.bytes);
    expect(r.incomplete).toBe(0);
  });

  it("rejects a fragment outside the payload and a length mismatch", () => {
    const r = new BfcpReassembler();
    // Payload Length 1 unit but the fragment claims offset 1, length 1.
    expect(() => r.push(0, hex("58 04 00 01 00000001 0001 0002 0001 0001 0a 04 03 00"))).toThrow(/outside/);
    expect(() => r.push(0, hex("58 04 00 01 00000001 0001 0002 0000 0002 0a 04 03 00"))).toThrow(
      /does not match/,
    );
  });

  it("fragments and reassembles every generated message", () => {
    fc.assert(
      fc.property(arbMessage, fc.integer({ min: 20, max: 120 }), (m, mtu) => {
        fc.pre(encodable(m));
        const r = new BfcpReassembler();
        const frags = fragmentBfcpMessage(m, mtu);
        let out: BfcpMessage | undefined;
        for (const d of frags) out = r.push(0, d);
        expect(out).toEqual(m);
      }),
      { numRuns: 500 },
    );
  });
});
