import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeTpkt } from "../protocol/tpkt/tpkt.js";
import { CapturedTpktStream, findTpktHeader } from "./h323-tpkt-stream.js";

// RFC 1006 §6 framing of a captured direction: whole payloads whatever the segmenting, and
// after a gap the next header that reads as TPKT (with a Q.931 message on call signalling).

const q931 = (n: number) => serializeTpkt(Uint8Array.of(8, 2, 0, n, 5, 0x04, 0x03, 0x88, 0x93, 0xa5));
const join = (...xs: Uint8Array[]) => Uint8Array.from(xs.flatMap((x) => [...x]));

describe("CapturedTpktStream (RFC 1006 §6 over a captured TCP direction)", () => {
  it("finds the next header: version 3, reserved 0, a Q.931 discriminator on call signalling", () => {
    const b = join(Uint8Array.of(1, 3, 0, 0, 9, 7, 3, 0), q931(1));
    expect(findTpktHeader(b, true)).toBe(8);
    expect(findTpktHeader(b, false)).toBe(1);
    expect(findTpktHeader(Uint8Array.of(3, 0, 0), false)).toBe(-1);
  });

  it("after a gap drops the packet it was inside and resynchronises on the next header", () => {
    const s = new CapturedTpktStream(true);
    const one = q931(1);
    const first = s.push(one.subarray(0, 6), 0);
    expect(first).toEqual({ payloads: [], warnings: [] });
    const after = s.push(join(Uint8Array.of(0x55, 0x66), q931(2)), 40);
    expect(after.payloads).toEqual([q931(2).subarray(4)]);
    expect(after.warnings).toEqual([
      "40 octets missing from the capture: a TPKT packet of which 6 octets were seen is dropped",
      "2 octets that are not TPKT skipped before the next packet",
    ]);
    expect(s.end()).toEqual([]);
  });

  it("a stream cut inside a packet says so at the end", () => {
    const s = new CapturedTpktStream(false);
    s.push(q931(3).subarray(0, 9), 0);
    expect(s.end()).toEqual([
      "the capture ends inside a TPKT packet (9 octets of it seen): that message is lost",
    ]);
  });

  it("property: the payloads of a whole stream do not depend on its segmenting", () => {
    const packets = [
      q931(1),
      serializeTpkt(new Uint8Array(0)),
      q931(2),
      serializeTpkt(Uint8Array.of(0x22, 0x01)),
    ];
    const stream = join(...packets);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: stream.length }), { maxLength: 10 }), (cuts) => {
        const at = [0, ...new Set(cuts.sort((a, b) => a - b)), stream.length];
        const s = new CapturedTpktStream(true);
        const out: Uint8Array[] = [];
        for (let i = 1; i < at.length; i++) {
          const piece = s.push(stream.subarray(at[i - 1]!, at[i]!), 0);
          expect(piece.warnings).toEqual([]);
          out.push(...piece.payloads);
        }
        expect(out).toEqual(packets.map((p) => p.subarray(4)));
      }),
    );
  });

  it("property: any bytes and gaps give warnings, never a throw, and hold less than one packet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.nat(5)), { maxLength: 20 }),
        fc.boolean(),
        (pieces, q) => {
          const s = new CapturedTpktStream(q);
          for (const [bytes, gap] of pieces) {
            const r = s.push(bytes, gap);
            for (const w of r.warnings) expect(w).toMatch(/octets|TPKT/);
          }
          expect(s.end().length).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});
