import { createDecipheriv } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRtpPacket, serializeRtpPacket } from "../rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../rtp/types.js";
import { H235Error } from "./h235-error.js";
import { decryptRtpPayload, encryptRtpPayload, h235Iv } from "./rtp-payload-cipher.js";

const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const key = Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 1);
const wrongKey = Uint8Array.from({ length: 16 }, (_, i) => i * 11 + 5);

function rtp(
  payload: Uint8Array,
  seq = 0x1234,
  ts = 0x56789abc,
  extra: { csrc?: boolean; ext?: boolean } = {},
): Uint8Array {
  return serializeRtpPacket({
    marker: true,
    payloadType: asPayloadType(96),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(ts),
    ssrc: asSsrc(0xdeadbeef),
    csrcs: extra.csrc ? [asSsrc(1), asSsrc(2)] : [],
    ...(extra.ext ? { extension: { profile: 0xbede, data: Uint8Array.of(0x10, 0xaa, 0, 0) } } : {}),
    payload,
    paddingLength: 0,
  });
}

describe("H.235.0 §9.3 RTP payload encryption, AES-128-CBC", () => {
  it("IV: sequence number and timestamp repeated to the block", () => {
    expect(toHex(h235Iv(rtp(new Uint8Array(4))))).toBe("123456789abc123456789abc12345678");
  });

  it("a whole-block payload is CBC with that IV, header in clear, P bit clear", () => {
    const payload = Uint8Array.from({ length: 32 }, (_, i) => i);
    const clear = rtp(payload);
    const wire = encryptRtpPayload(clear, key, "rtp");
    expect(toHex(wire.subarray(0, 12))).toBe(toHex(clear.subarray(0, 12)));
    expect(wire.length).toBe(clear.length);
    const d = createDecipheriv("aes-128-cbc", key, h235Iv(clear)).setAutoPadding(false);
    expect(toHex(Buffer.concat([d.update(wire.subarray(12)), d.final()]))).toBe(toHex(payload));
    expect(toHex(wire.subarray(12))).not.toBe(toHex(payload));
  });

  it("RTP padding: P bit set, padding to the block, the count octet encrypted with the payload", () => {
    const clear = rtp(Uint8Array.from({ length: 21 }, (_, i) => i));
    const wire = encryptRtpPayload(clear, key, "rtp");
    expect(wire[0]! & 0x20).toBe(0x20);
    expect(wire.length).toBe(12 + 32);
    const d = createDecipheriv("aes-128-cbc", key, h235Iv(clear)).setAutoPadding(false);
    const plain = Buffer.concat([d.update(wire.subarray(12)), d.final()]);
    expect(plain[31]).toBe(11);
    expect(toHex(decryptRtpPayload(wire, key))).toBe(toHex(clear));
  });

  it("rtp-always pads a whole-block payload with a full block", () => {
    const clear = rtp(new Uint8Array(32));
    const wire = encryptRtpPayload(clear, key, "rtp-always");
    expect(wire[0]! & 0x20).toBe(0x20);
    expect(wire.length).toBe(12 + 48);
    expect(toHex(decryptRtpPayload(wire, key))).toBe(toHex(clear));
  });

  it("ciphertext stealing: same length, P bit clear; short payloads fall back to padding", () => {
    const clear = rtp(Uint8Array.from({ length: 21 }, (_, i) => i));
    const wire = encryptRtpPayload(clear, key, "cts");
    expect(wire.length).toBe(clear.length);
    expect(wire[0]! & 0x20).toBe(0);
    expect(toHex(decryptRtpPayload(wire, key))).toBe(toHex(clear));
    const short = encryptRtpPayload(rtp(new Uint8Array(5)), key, "cts");
    expect(short[0]! & 0x20).toBe(0x20);
    expect(short.length).toBe(12 + 16);
  });

  it("property: decrypt(encrypt(p)) = p with the header kept, any payload, CSRCs and extension", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("rtp" as const, "rtp-always" as const, "cts" as const),
        (payload, seq, ts, csrc, ext, padding) => {
          const clear = rtp(payload, seq, ts, { csrc, ext });
          const back = decryptRtpPayload(encryptRtpPayload(clear, key, padding), key);
          expect(toHex(back)).toBe(toHex(clear));
          expect(toHex(parseRtpPacket(back).payload)).toBe(toHex(payload));
        },
      ),
    );
  });

  it("a padded packet under the wrong key fails its padding check nearly always (15 in 16)", () => {
    let failed = 0;
    for (let i = 0; i < 400; i++) {
      const wire = encryptRtpPayload(
        rtp(
          Uint8Array.from({ length: 21 + (i % 10) }, (_, j) => j ^ i),
          i,
          i * 160,
        ),
        key,
        "rtp",
      );
      try {
        decryptRtpPayload(wire, wrongKey);
      } catch (e) {
        expect(e).toBeInstanceOf(H235Error);
        failed++;
      }
    }
    expect(failed).toBeGreaterThan(320);
  });

  describe("bad input: an H235Error, never anything else", () => {
    it("a clear short payload without padding cannot be ciphertext", () => {
      expect(() => decryptRtpPayload(rtp(new Uint8Array(10)), key)).toThrow(
        /without padding cannot be ciphertext/,
      );
    });
    it("a padded payload that is not whole blocks", () => {
      const p = rtp(new Uint8Array(20));
      p[0] = p[0]! | 0x20;
      expect(() => decryptRtpPayload(p, key)).toThrow(/not whole blocks/);
    });
    it("every truncated prefix of an encrypted packet", () => {
      const wire = encryptRtpPayload(rtp(new Uint8Array(45), 1, 2, { csrc: true, ext: true }), key, "cts");
      for (let n = 0; n < wire.length; n++) {
        try {
          decryptRtpPayload(wire.subarray(0, n), key);
        } catch (e) {
          expect(e).toBeInstanceOf(H235Error);
        }
      }
      expect(() => decryptRtpPayload(wire.subarray(0, 5), key)).toThrow(/rtp\.header/);
    });
    it("property: random octets decrypt or throw H235Error", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
          try {
            decryptRtpPayload(b, key);
          } catch (e) {
            expect(e).toBeInstanceOf(H235Error);
          }
        }),
      );
    });
  });
});
