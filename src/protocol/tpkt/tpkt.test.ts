import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { captureFlows } from "../../../test/support/h323/capture-segments.js";
import { ParseError } from "../parse-error.js";
import { parseTpkt, serializeTpkt, TpktEncodeError } from "./tpkt.js";
import { TpktFramer } from "./tpkt-framer.js";

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

function drain(framer: TpktFramer): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let p = framer.next(); p !== undefined; p = framer.next()) out.push(p);
  return out;
}

// The callProceeding ooh323c sent in a-direct-faststart.pcapng, frame 6.
const CALL_PROCEEDING = Uint8Array.from(
  Buffer.from(
    "030000540802800402280b6f626a73797363616c6c007e003b052180060008914a000422c0b5000036056f626a7379730576302e392e340110c011006f6f68333233632d7dcf355bd43f00180100010010800180",
    "hex",
  ),
);

describe("TPKT (RFC 1006 §6)", () => {
  it("parses a captured call signalling packet and serialises it back to the same bytes", () => {
    const payload = parseTpkt(CALL_PROCEEDING);
    expect(payload.length).toBe(0x54 - 4);
    expect(payload[0]).toBe(0x08); // Q.931 protocol discriminator
    expect(serializeTpkt(payload)).toEqual(CALL_PROCEEDING);
  });

  it("rejects every truncated prefix of the packet with a ParseError naming the field", () => {
    for (let n = 0; n < CALL_PROCEEDING.length; n++) {
      const e = parseError(() => parseTpkt(CALL_PROCEEDING.subarray(0, n)));
      expect(e.field).toBe(n < 4 ? "header" : "packetLength");
      expect(e.message).toMatch(n < 4 ? `only ${n} left` : `${n} bytes present`);
    }
  });

  it("names the bad field: version, reserved, a length below the header, trailing bytes", () => {
    expect(parseError(() => parseTpkt(Uint8Array.of(2, 0, 0, 4))).field).toBe("vrsn");
    expect(parseError(() => parseTpkt(Uint8Array.of(3, 1, 0, 4))).field).toBe("reserved");
    expect(parseError(() => parseTpkt(Uint8Array.of(3, 0, 0, 3))).message).toMatch("below 4");
    expect(parseError(() => parseTpkt(Uint8Array.of(3, 0, 0, 4, 9))).message).toMatch("5 bytes given");
  });

  it("accepts the empty keep-alive packet of H.460.18 §9.1", () => {
    expect(parseTpkt(Uint8Array.of(3, 0, 0, 4))).toEqual(new Uint8Array(0));
    expect(serializeTpkt(new Uint8Array(0))).toEqual(Uint8Array.of(3, 0, 0, 4));
  });

  it("refuses to frame a payload above the 16-bit length", () => {
    expect(serializeTpkt(new Uint8Array(65531)).length).toBe(65535);
    expect(() => serializeTpkt(new Uint8Array(65532))).toThrow(TpktEncodeError);
  });

  it("property: whatever is serialised parses back to the same payload", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (payload) => {
        expect(parseTpkt(serializeTpkt(payload))).toEqual(payload);
      }),
    );
  });

  it("property: parse throws nothing but ParseError, and what parses re-serialises", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc.uint8Array({ maxLength: 36 }).map((p) => serializeTpkt(p)),
        ),
        (bytes) => {
          try {
            const payload = parseTpkt(bytes);
            expect(serializeTpkt(payload)).toEqual(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
          }
        },
      ),
    );
  });
});

describe("TPKT stream framer (RFC 1006 §6 over TCP)", () => {
  const flows = captureFlows();

  it("has the captures' connections to work on", () => {
    expect(flows.length).toBeGreaterThanOrEqual(20);
  });

  for (const flow of flows) {
    it(`cuts ${flow.key} into whole packets that re-serialise to the stream`, () => {
      const framer = new TpktFramer();
      const packets: Uint8Array[] = [];
      for (const s of flow.segments) {
        framer.push(s.payload);
        packets.push(...drain(framer));
      }
      expect(framer.buffered).toBe(0);
      expect(Buffer.concat(packets.map(serializeTpkt))).toEqual(Buffer.from(flow.bytes));
      const q931 = flow.segments.flatMap((s) => s.q931Types);
      if (q931.length > 0) {
        // Every packet on a call signalling connection is one Q.931 message (tshark leaves a
        // few of H323Plus's repeated Facility messages unnamed, so it counts no more than we do).
        expect(packets.length).toBeGreaterThanOrEqual(q931.length);
        for (const p of packets) expect(p[0]).toBe(0x08);
      }
    });
  }

  it("property: any split of a captured stream into segments gives the same packets", () => {
    const flow = flows.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
    const whole = new TpktFramer();
    whole.push(flow.bytes);
    const expected = drain(whole);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: flow.bytes.length }), { maxLength: 30 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), flow.bytes.length];
        const framer = new TpktFramer();
        const got: Uint8Array[] = [];
        for (let i = 1; i < points.length; i++) {
          framer.push(flow.bytes.subarray(points[i - 1], points[i]));
          got.push(...drain(framer));
        }
        expect(got).toEqual(expected);
        expect(framer.buffered).toBe(0);
      }),
    );
  });

  it("holds every truncated prefix of a stream without yielding a partial packet", () => {
    const flow = flows[0]!;
    const whole = new TpktFramer();
    whole.push(flow.bytes);
    const all = drain(whole);
    for (let n = 0; n < flow.bytes.length; n++) {
      const framer = new TpktFramer();
      framer.push(flow.bytes.subarray(0, n));
      const got = drain(framer);
      expect(got).toEqual(all.slice(0, got.length));
      const consumed = got.reduce((sum, p) => sum + p.length + 4, 0);
      expect(framer.buffered).toBe(n - consumed);
    }
  });

  it("fails at once on a broken header, and keeps failing", () => {
    const framer = new TpktFramer();
    framer.push(Uint8Array.of(3, 0, 0, 6, 1, 2));
    expect(drain(framer)).toEqual([Uint8Array.of(1, 2)]);
    framer.push(Uint8Array.of(0x47, 0x45, 0x54, 0x20)); // "GET " on the H.225.0 port
    expect(parseError(() => framer.next()).field).toBe("vrsn");
    framer.push(Uint8Array.of(3, 0, 0, 4));
    expect(parseError(() => framer.next()).field).toBe("vrsn");
  });

  it("refuses a length above the cap as soon as the header is in, holding no more", () => {
    const framer = new TpktFramer({ maxPacketLength: 4096 });
    framer.push(Uint8Array.of(3, 0, 0x10, 0x01));
    const e = parseError(() => framer.next());
    expect(e.field).toBe("packetLength");
    expect(e.message).toMatch("4097 is above the limit of 4096");
    expect(framer.buffered).toBe(4);
    expect(() => new TpktFramer({ maxPacketLength: 3 })).toThrow(RangeError);
  });

  it("yields empty keep-alive packets between messages", () => {
    const framer = new TpktFramer();
    framer.push(Uint8Array.of(3, 0, 0, 4, 3, 0, 0, 5, 7));
    expect(drain(framer)).toEqual([new Uint8Array(0), Uint8Array.of(7)]);
  });
});
