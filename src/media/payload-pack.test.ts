import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../protocol/parse-error.js";
import { parsePayloadPack, serialisePayloadPack } from "./payload-pack.js";

const GOLDEN = Uint8Array.from([
  0x56,
  0x44,
  0x50,
  0x01, // "VDP", version 1
  0x00,
  0x00,
  0x00,
  0x02, // two entries
  0x00,
  0x00,
  0x00,
  0x03,
  0xaa,
  0xbb,
  0xcc, // entry 0: 3 octets
  0x00,
  0x00,
  0x00,
  0x00, // entry 1: empty
]);

describe("payload pack (the start-up cache's file format)", () => {
  it("reads the golden pack and writes it back byte for byte", () => {
    const entries = parsePayloadPack(GOLDEN);
    expect(entries.map((e) => [...e])).toEqual([[0xaa, 0xbb, 0xcc], []]);
    expect(serialisePayloadPack(entries)).toEqual(GOLDEN);
  });

  it("refuses every truncated prefix with a ParseError naming the field", () => {
    for (let n = 0; n < GOLDEN.length; n++) {
      expect(() => parsePayloadPack(GOLDEN.subarray(0, n)), `prefix ${n}`).toThrow(ParseError);
    }
    expect(() => parsePayloadPack(GOLDEN.subarray(0, 5))).toThrow(/header/);
    expect(() => parsePayloadPack(GOLDEN.subarray(0, 13))).toThrow(/count/);
    expect(() =>
      parsePayloadPack(Uint8Array.from([...GOLDEN.subarray(0, 4), 0, 0, 0, 1, 0, 0, 0, 3, 0xaa])),
    ).toThrow(/entry\[0\] at offset 12/);
    expect(() => parsePayloadPack(GOLDEN.subarray(0, 17))).toThrow(/entry\[1\]\.length/);
  });

  it("refuses a bad magic, an unknown version, an impossible count and trailing bytes", () => {
    const bad = (i: number, v: number) => GOLDEN.map((b, j) => (j === i ? v : b));
    expect(() => parsePayloadPack(bad(0, 0x57))).toThrow(/magic/);
    expect(() => parsePayloadPack(bad(3, 2))).toThrow(/version 2 is not 1/);
    expect(() => parsePayloadPack(bad(4, 0xff))).toThrow(/count/);
    expect(() => parsePayloadPack(Uint8Array.from([...GOLDEN, 0]))).toThrow(/trailer/);
  });

  it("whatever parses re-serialises, and parse throws nothing but ParseError", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 20 }), (entries) => {
        const packed = serialisePayloadPack(entries);
        expect(parsePayloadPack(packed).map((e) => [...e])).toEqual(entries.map((e) => [...e]));
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(serialisePayloadPack(parsePayloadPack(bytes))).toEqual(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});
