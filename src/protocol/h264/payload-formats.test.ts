import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { fragmentNal, parseFuA, serializeFuA } from "./fu-a.js";
import { parseNalHeader, serializeNalHeader } from "./nal-unit.js";
import { parseStapA, serializeStapA } from "./stap-a.js";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const SPS = Buffer.from("6742c01fda014016ec0440000003004000000f23c60ca8", "hex");
const PPS = Buffer.from("68ce0fc8", "hex");

describe("NAL unit header (RFC 6184 §1.3)", () => {
  it("reads F, NRI and type", () => {
    expect(parseNalHeader(Uint8Array.of(0x65))).toEqual({ forbidden: false, nri: 3, type: 5 });
    expect(parseNalHeader(Uint8Array.of(0xfc))).toEqual({ forbidden: true, nri: 3, type: 28 });
    expect(() => parseNalHeader(new Uint8Array(0))).toThrowError(ParseError);
  });

  it("re-serialises every header byte", () => {
    for (let b = 0; b < 256; b++) expect(serializeNalHeader(parseNalHeader(Uint8Array.of(b)))).toBe(b);
  });
});

describe("STAP-A (RFC 6184 §5.7.1)", () => {
  // 78 = F0 NRI3 type 24 | 0017 = 23-byte SPS | 0004 = 4-byte PPS
  const GOLDEN = `780017${SPS.toString("hex")}0004${PPS.toString("hex")}`;

  it("writes SPS+PPS as the golden bytes and reads them back", () => {
    expect(hex(serializeStapA([SPS, PPS]))).toBe(GOLDEN);
    expect(parseStapA(Buffer.from(GOLDEN, "hex")).map(hex)).toEqual([hex(SPS), hex(PPS)]);
  });

  it("takes the highest NRI and ORs the F bits", () => {
    expect(serializeStapA([Uint8Array.of(0x06, 1), Uint8Array.of(0xc1, 2)])[0]).toBe(0xd8);
  });

  it("rejects every truncated prefix with ParseError", () => {
    const golden = Buffer.from(GOLDEN, "hex");
    for (let n = 0; n < golden.length; n++) {
      if (n === 26) continue; // ends exactly after the SPS: a valid STAP-A with one NAL
      expect(() => parseStapA(golden.subarray(0, n)), `prefix ${n}`).toThrowError(ParseError);
    }
    expect(parseStapA(golden.subarray(0, 26))).toHaveLength(1);
  });

  it("rejects a zero NAL size", () => {
    expect(() => parseStapA(Uint8Array.of(0x78, 0, 0, 0x67))).toThrowError(/size is 0/);
  });

  it("round-trips any list of NAL units (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 6 }),
        (nals) => {
          expect(parseStapA(serializeStapA(nals)).map(hex)).toEqual(nals.map(hex));
        },
      ),
    );
  });
});

describe("FU-A (RFC 6184 §5.8)", () => {
  it("reads the golden start, middle and end fragments", () => {
    // IDR NAL 0x65 01 02 03 04 05 cut at MTU 4: 7c 85 0102 | 7c 05 0304 | 7c 45 05
    const frags = fragmentNal(Uint8Array.of(0x65, 1, 2, 3, 4, 5), 4);
    expect(frags.map(hex)).toEqual(["7c850102", "7c050304", "7c4505"]);
    expect(parseFuA(frags[0]!)).toMatchObject({ fnri: 0x60, type: 5, start: true, end: false });
    expect(parseFuA(frags[2]!)).toMatchObject({ start: false, end: true });
    expect(hex(serializeFuA(parseFuA(frags[1]!)))).toBe("7c050304");
  });

  it("rejects truncated headers, a wrong type and S+E together", () => {
    expect(() => parseFuA(Uint8Array.of())).toThrowError(ParseError);
    expect(() => parseFuA(Uint8Array.of(0x7c))).toThrowError(ParseError);
    expect(() => parseFuA(Uint8Array.of(0x78, 0x85))).toThrowError(/expected 28/);
    expect(() => parseFuA(Uint8Array.of(0x7c, 0xc5, 1))).toThrowError(/both set/);
  });

  it("fragments into near-equal pieces no larger than the MTU (property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 3, maxLength: 5000 }),
        fc.integer({ min: 3, max: 1500 }),
        (nal, mtu) => {
          const frags = fragmentNal(nal, mtu);
          expect(frags.length).toBeGreaterThanOrEqual(2);
          for (const f of frags) expect(f.length).toBeLessThanOrEqual(Math.max(mtu, 3));
          const parsed = frags.map(parseFuA);
          const body = Buffer.concat(parsed.map((p) => p.data));
          expect(hex(Uint8Array.from([parsed[0]!.fnri | parsed[0]!.type, ...body]))).toBe(hex(nal));
        },
      ),
    );
  });
});
