import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { BitReader, BitWriter } from "./bit-reader.js";
import { nalToRbsp, rbspToNal } from "./rbsp.js";

describe("BitReader (H.264 §9.1 exp-Golomb)", () => {
  it("reads the codeNum examples of Table 9-2", () => {
    // 1 | 010 | 011 | 00100 | 00111 | 0001000 → 0,1,2,3,6,7 ; padded with 1s
    const r = new BitReader(Uint8Array.of(0b10100110, 0b01000011, 0b10001000, 0b11111111));
    expect([r.ue("a"), r.ue("b"), r.ue("c"), r.ue("d"), r.ue("e"), r.ue("f")]).toEqual([0, 1, 2, 3, 6, 7]);
  });

  it("maps se(v) as Table 9-3 does", () => {
    const w = new BitWriter();
    for (const v of [0, 1, -1, 2, -2, 100, -100]) w.se(v);
    const r = new BitReader(w.toBytes());
    expect([0, 1, 2, 3, 4, 5, 6].map(() => r.se("x"))).toEqual([0, 1, -1, 2, -2, 100, -100]);
  });

  it("throws ParseError naming the field when bits run out", () => {
    const r = new BitReader(Uint8Array.of(0x00), "T");
    expect(() => r.ue("first_mb_in_slice")).toThrowError(ParseError);
    expect(() => new BitReader(Uint8Array.of(0xff)).u(9, "level_idc")).toThrowError(/level_idc/);
  });

  it("rejects codes longer than 32 bits", () => {
    expect(() => new BitReader(new Uint8Array(8)).ue("x")).toThrowError(/longer than 32 bits/);
  });

  it("ueMax rejects values over the limit", () => {
    expect(() =>
      new BitReader(new BitWriter().ue(40).trailingBits().toBytes()).ueMax("sps_id", 31),
    ).toThrowError(/exceeds 31/);
  });

  it("round-trips any sequence of u/ue/se values", () => {
    const item = fc.oneof(
      fc.record({ k: fc.constant("ue" as const), v: fc.integer({ min: 0, max: 2 ** 31 }) }),
      fc.record({ k: fc.constant("se" as const), v: fc.integer({ min: -(2 ** 30), max: 2 ** 30 }) }),
      fc.record({ k: fc.constant("u" as const), v: fc.integer({ min: 0, max: 2 ** 20 - 1 }) }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const w = new BitWriter();
        for (const it of items) it.k === "u" ? w.u(20, it.v) : it.k === "ue" ? w.ue(it.v) : w.se(it.v);
        const r = new BitReader(w.toBytes());
        for (const it of items)
          expect(it.k === "u" ? r.u(20, "u") : it.k === "ue" ? r.ue("ue") : r.se("se")).toBe(it.v);
      }),
    );
  });

  it("never throws anything but ParseError on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        const r = new BitReader(bytes);
        try {
          for (;;) r.se("x");
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});

describe("RBSP emulation prevention (H.264 §7.4.1)", () => {
  it("escapes 00 00 0x and unescapes back", () => {
    const rbsp = Uint8Array.of(0, 0, 0, 1, 0, 0, 3, 0, 0, 2);
    const nal = rbspToNal(rbsp);
    expect([...nal]).toEqual([0, 0, 3, 0, 1, 0, 0, 3, 3, 0, 0, 3, 2]);
    expect([...nalToRbsp(nal)]).toEqual([...rbsp]);
  });

  it("round-trips random RBSP and leaves no start code inside", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (rbsp) => {
        const nal = rbspToNal(rbsp);
        expect([...nalToRbsp(nal)]).toEqual([...rbsp]);
        for (let i = 0; i + 2 < nal.length; i++)
          expect(nal[i] === 0 && nal[i + 1] === 0 && nal[i + 2]! <= 2).toBe(false);
      }),
    );
  });
});
