import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnnexBSplitter, joinAnnexB, splitAnnexB } from "./annex-b.js";
import { rbspToNal } from "./rbsp.js";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

/** A NAL as an encoder would write it: header byte, escaped body, non-zero last byte. */
const arbNal = fc
  .tuple(
    fc.integer({ min: 1, max: 0x7f }),
    fc.uint8Array({ maxLength: 300 }),
    fc.integer({ min: 1, max: 255 }),
  )
  .map(([h, body, last]) => {
    const escaped = rbspToNal(Uint8Array.from([...body, last]));
    return Uint8Array.from([h, ...escaped]);
  });

describe("Annex B byte stream (H.264 Annex B)", () => {
  it("splits 3- and 4-byte start codes and drops trailing zeros", () => {
    const stream = Uint8Array.of(
      0,
      0,
      0,
      1,
      0x67,
      0xaa,
      0,
      0,
      1,
      0x68,
      0xbb,
      0,
      0,
      0,
      0,
      1,
      0x65,
      0x88,
      0x80,
    );
    expect(splitAnnexB(stream).map(hex)).toEqual(["67aa", "68bb", "658880"]);
  });

  it("ignores bytes before the first start code and counts them", () => {
    const s = new AnnexBSplitter();
    const nals = [...s.push(Uint8Array.of(9, 9, 9, 0, 0, 1, 0x09, 0xf0)), ...s.flush()];
    expect(nals.map(hex)).toEqual(["09f0"]);
    expect(s.skippedBytes).toBe(3);
  });

  it("holds the open NAL until the next start code, even when it straddles chunks", () => {
    const s = new AnnexBSplitter();
    expect(s.push(Uint8Array.of(0, 0, 0, 1, 0x67, 1, 2, 0))).toEqual([]);
    expect(s.push(Uint8Array.of(0))).toEqual([]);
    expect(s.push(Uint8Array.of(0, 1, 0x68)).map(hex)).toEqual(["670102"]);
    expect(s.flush().map(hex)).toEqual(["68"]);
  });

  it("gives the same NAL units whatever the chunking (property)", () => {
    fc.assert(
      fc.property(
        fc.array(arbNal, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 40 }),
        (nals, cuts) => {
          const stream = joinAnnexB(nals);
          const s = new AnnexBSplitter();
          const out: Uint8Array[] = [];
          let o = 0;
          for (let i = 0; o < stream.length; i++) {
            const n = cuts[i % cuts.length]!;
            out.push(...s.push(stream.subarray(o, o + n)));
            o += n;
          }
          out.push(...s.flush());
          expect(out.map(hex)).toEqual(nals.map(hex));
        },
      ),
    );
  });
});
