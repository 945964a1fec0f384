import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { crc32 } from "./crc32.js";
import {
  decodeErrorCode,
  decodePriority,
  decodeText,
  decodeTieBreaker,
  decodeXorMappedAddress,
  encodeErrorCode,
  encodeIceRole,
  encodePriority,
  encodeUsername,
  encodeXorMappedAddress,
} from "./stun-attributes.js";
import { signStunMessage, verifyFingerprint, verifyMessageIntegrity } from "./stun-integrity.js";
import {
  decodeMessageType,
  encodeMessageType,
  parseStunMessage,
  STUN_ATTR,
  STUN_BINDING,
  type StunClass,
  type StunMessage,
  serializeStunMessage,
  stunAttribute,
} from "./stun-message.js";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));

/** RFC 5769 §2.1 sample request: SOFTWARE, PRIORITY, ICE-CONTROLLED, USERNAME, MESSAGE-INTEGRITY, FINGERPRINT. */
const REQUEST = hex(`
  000100582112a442b7e7a701bc34d686fa87dfae
  802200105354554e207465737420636c69656e74
  002400046e0001ff
  80290008932ff9b151263b36
  000600096576746a3a68367659202020
  000800149aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a2
  80280004e57a3bcf`);
/** RFC 5769 §2.2 sample IPv4 response: XOR-MAPPED-ADDRESS 192.0.2.1:32853. */
const RESPONSE_V4 = hex(`
  0101003c2112a442b7e7a701bc34d686fa87dfae
  8022000b7465737420766563746f7220
  002000080001a147e112a643
  000800142b91f599fd9e90c38c7489f92af9ba53f06be7d7
  80280004c07d4c96`);
/** RFC 5769 §2.3 sample IPv6 response: XOR-MAPPED-ADDRESS [2001:db8:1234:5678:11:2233:4455:6677]:32853. */
const RESPONSE_V6 = hex(`
  010100482112a442b7e7a701bc34d686fa87dfae
  8022000b7465737420766563746f7220
  002000140002a1470113a9faa5d3f179bc25f4b5bed2b9d9
  00080014a382954e4be67bf11784c97c8292c275bfe3ed41
  80280004c8fb0b4c`);
/** RFC 5769 §2.4 sample request with long-term credentials (USERNAME, NONCE, REALM, MESSAGE-INTEGRITY). */
const LONG_TERM = hex(`
  000100602112a44278ad3433c6ad72c029da412e
  00060012e3839ee38388e383aae38383e382afe382b90000
  0015001c662f2f3439396b39353464364f4c33346f4c394653547679363473 41
  0014000b6578616d706c652e6f726700
  00080014f67024656dd64a3e02b8e0712e85c9a28ca89666`);
const PASSWORD = new TextEncoder().encode("VOkJxbRl1RmTxUk/WvJxBt");

describe("STUN message (RFC 8489 §5, §14)", () => {
  it("RFC 5769 §2.1: reads the sample request, its integrity (short-term key) and fingerprint", () => {
    const m = parseStunMessage(REQUEST);
    expect(m).toMatchObject({ method: STUN_BINDING, cls: "request" });
    expect(Buffer.from(m.transactionId).toString("hex")).toBe("b7e7a701bc34d686fa87dfae");
    expect(m.attributes.map((a) => a.type)).toEqual([
      STUN_ATTR.SOFTWARE,
      STUN_ATTR.PRIORITY,
      STUN_ATTR.ICE_CONTROLLED,
      STUN_ATTR.USERNAME,
      STUN_ATTR.MESSAGE_INTEGRITY,
      STUN_ATTR.FINGERPRINT,
    ]);
    expect(decodeText(stunAttribute(m, STUN_ATTR.SOFTWARE)!)).toBe("STUN test client");
    expect(decodeText(stunAttribute(m, STUN_ATTR.USERNAME)!)).toBe("evtj:h6vY");
    expect(decodePriority(stunAttribute(m, STUN_ATTR.PRIORITY)!)).toBe(0x6e0001ff);
    expect(decodeTieBreaker(stunAttribute(m, STUN_ATTR.ICE_CONTROLLED)!)).toBe(0x932ff9b151263b36n);
    expect(verifyMessageIntegrity(REQUEST, PASSWORD)).toBe("ok");
    expect(verifyMessageIntegrity(REQUEST, new TextEncoder().encode("wrong"))).toBe("mismatch");
    expect(verifyFingerprint(REQUEST)).toBe("ok");
  });

  it("RFC 5769 §2.2 and §2.3: XOR-MAPPED-ADDRESS in IPv4 and IPv6 responses, integrity and fingerprint", () => {
    for (const [buf, address] of [
      [RESPONSE_V4, "192.0.2.1"],
      [RESPONSE_V6, "2001:db8:1234:5678:11:2233:4455:6677"],
    ] as const) {
      const m = parseStunMessage(buf);
      expect(m.cls).toBe("success");
      const xma = stunAttribute(m, STUN_ATTR.XOR_MAPPED_ADDRESS)!;
      expect(decodeXorMappedAddress(xma, m.transactionId)).toEqual({ address, port: 32853 });
      // And the encoder writes the same octets.
      expect(encodeXorMappedAddress({ address, port: 32853 }, m.transactionId).value).toEqual(xma.value);
      expect(verifyMessageIntegrity(buf, PASSWORD)).toBe("ok");
      expect(verifyFingerprint(buf)).toBe("ok");
    }
  });

  it("RFC 5769 §2.4: signing the long-term request reproduces it octet for octet", () => {
    const m = parseStunMessage(LONG_TERM);
    const username = decodeText(stunAttribute(m, STUN_ATTR.USERNAME)!);
    expect(username).toBe("\u30de\u30c8\u30ea\u30c3\u30af\u30b9");
    // RFC 8489 §9.2.2: key = MD5(username ":" realm ":" SASLprep(password)); "TheMatrIX" after SASLprep.
    const key = createHash("md5").update(`${username}:example.org:TheMatrIX`).digest();
    expect(verifyMessageIntegrity(LONG_TERM, key)).toBe("ok");
    const unsigned = { ...m, attributes: m.attributes.filter((a) => a.type !== STUN_ATTR.MESSAGE_INTEGRITY) };
    expect(Buffer.from(signStunMessage(unsigned, key, false)).toString("hex")).toBe(
      Buffer.from(LONG_TERM).toString("hex"),
    );
    expect(verifyFingerprint(LONG_TERM)).toBe("absent");
  });

  it("FINGERPRINT uses the ISO-HDLC CRC-32 (check value 0xcbf43926), not Ogg's", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("RFC 8489 §5: method and class interleave in the type field", () => {
    expect(encodeMessageType(STUN_BINDING, "request")).toBe(0x0001);
    expect(encodeMessageType(STUN_BINDING, "success")).toBe(0x0101);
    expect(encodeMessageType(STUN_BINDING, "error")).toBe(0x0111);
    expect(encodeMessageType(STUN_BINDING, "indication")).toBe(0x0011);
    expect(encodeMessageType(0x003, "error")).toBe(0x0113);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xfff }),
        fc.constantFrom<StunClass>("request", "indication", "success", "error"),
        (method, cls) => {
          expect(decodeMessageType(encodeMessageType(method, cls))).toEqual({ method, cls });
        },
      ),
    );
  });

  it("every truncated prefix of a golden message fails with a ParseError naming the field", () => {
    for (const golden of [REQUEST, RESPONSE_V4, RESPONSE_V6, LONG_TERM]) {
      for (let n = 0; n < golden.length; n++) {
        expect(() => parseStunMessage(golden.subarray(0, n)), `prefix ${n}`).toThrow(ParseError);
      }
    }
    expect(() => parseStunMessage(REQUEST.subarray(0, 10))).toThrow(/STUN: needs 20 bytes.*header/);
    expect(() => parseStunMessage(REQUEST.subarray(0, 40))).toThrow(/header.length/);
  });

  it("named malformed cases", () => {
    const bad = (patch: (b: Uint8Array) => void) => {
      const b = REQUEST.slice();
      patch(b);
      return () => parseStunMessage(b);
    };
    expect(bad((b) => (b[0] = 0x80))).toThrow(/first two bits/);
    expect(bad((b) => (b[4] = 0))).toThrow(/magic cookie/);
    expect(bad((b) => (b[3] = 0x59))).toThrow(/multiple of 4/);
    // An attribute whose length runs past the message.
    expect(bad((b) => (b[23] = 0xff))).toThrow(/attribute 0x8022 value/);
    expect(() => decodeXorMappedAddress({ type: 0x20, value: hex("0003a147") }, new Uint8Array(12))).toThrow(
      /family 0x3/,
    );
    expect(() => decodePriority({ type: 0x24, value: new Uint8Array(3) })).toThrow(/PRIORITY/);
    expect(() => decodeErrorCode({ type: 9, value: hex("00000900") })).toThrow(/ERROR-CODE/);
  });

  it("ERROR-CODE, USERNAME, PRIORITY and ICE roles encode and decode", () => {
    expect(decodeErrorCode(encodeErrorCode(487, "Role Conflict"))).toEqual({
      code: 487,
      reason: "Role Conflict",
    });
    expect(decodeText(encodeUsername("a:b"))).toBe("a:b");
    expect(decodePriority(encodePriority(0xfeedbeef))).toBe(0xfeedbeef);
    const r = encodeIceRole("controlling", 0xfedcba9876543210n);
    expect(r.type).toBe(STUN_ATTR.ICE_CONTROLLING);
    expect(decodeTieBreaker(r)).toBe(0xfedcba9876543210n);
  });

  it("property: parse throws nothing but ParseError on any input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        try {
          parseStunMessage(bytes);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
    // Inputs that pass the header checks, so the attribute walk is exercised.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 96 }), (body) => {
        const len = body.length - (body.length % 4);
        const b = new Uint8Array(20 + len);
        b.set(REQUEST.subarray(0, 20));
        b[2] = len >> 8;
        b[3] = len & 0xff;
        b.set(body.subarray(0, len), 20);
        try {
          const m = parseStunMessage(b);
          expect(parseStunMessage(serializeStunMessage(m))).toEqual(m);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });

  const arbMessage: fc.Arbitrary<StunMessage> = fc.record({
    method: fc.integer({ min: 0, max: 0xfff }),
    cls: fc.constantFrom<StunClass>("request", "indication", "success", "error"),
    transactionId: fc.uint8Array({ minLength: 12, maxLength: 12 }),
    attributes: fc.array(
      fc.record({
        type: fc.integer({ min: 0, max: 0xffff }).filter((t) => t !== 0x0008 && t !== 0x8028),
        value: fc.uint8Array({ maxLength: 40 }),
      }),
      { maxLength: 6 },
    ),
  });

  it("property: what serializes parses back to the same message, and signed messages verify", () => {
    fc.assert(
      fc.property(arbMessage, fc.uint8Array({ minLength: 1, maxLength: 32 }), (m, key) => {
        expect(parseStunMessage(serializeStunMessage(m))).toEqual(m);
        const signed = signStunMessage(m, key, true);
        expect(verifyMessageIntegrity(signed, key)).toBe("ok");
        expect(verifyFingerprint(signed)).toBe("ok");
        // Any changed octet after the header breaks integrity or the fingerprint (or the parse).
        const flipped = signed.slice();
        const at = 20 + ((m.attributes.length * 7) % (signed.length - 20));
        flipped[at]! ^= 0x01;
        let broken = false;
        try {
          broken = verifyMessageIntegrity(flipped, key) !== "ok" || verifyFingerprint(flipped) !== "ok";
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
          broken = true;
        }
        expect(broken).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("XOR-MAPPED-ADDRESS round-trips IPv4 and IPv6 addresses", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.ipV4(),
          fc
            .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 })
            .map((g) => g.map((x) => x.toString(16)).join(":")),
        ),
        fc.integer({ min: 0, max: 65535 }),
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        (address, port, tid) => {
          const back = decodeXorMappedAddress(encodeXorMappedAddress({ address, port }, tid), tid);
          expect(back.port).toBe(port);
          const norm = (a: string) =>
            a.includes(":")
              ? Buffer.from(
                  encodeXorMappedAddress({ address: a, port: 0 }, new Uint8Array(12)).value,
                ).toString("hex")
              : a;
          expect(norm(back.address)).toBe(norm(address));
        },
      ),
    );
  });
});
