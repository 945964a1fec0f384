import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseMultiplexedPacket, serializeMultiplexedPacket } from "./multiplexed-media.js";

const RTP = Buffer.from("80089b326584259d58a29a32d5d5d5d5", "hex");

describe("H.460.19 multiplexed media: multiplexID then the RTP/RTCP packet", () => {
  it("prefixes the ID in network byte order and splits it off again", () => {
    const wire = serializeMultiplexedPacket({ multiplexID: 0x01020304, packet: RTP });
    expect(Buffer.from(wire.subarray(0, 4)).toString("hex")).toBe("01020304");
    const back = parseMultiplexedPacket(wire);
    expect(back.multiplexID).toBe(0x01020304);
    expect(Buffer.from(back.packet)).toEqual(RTP);
  });

  it("rejects every truncated prefix up to an empty packet, and IDs out of range", () => {
    const wire = serializeMultiplexedPacket({ multiplexID: 7, packet: RTP });
    for (let n = 0; n <= 4; n++) {
      const e = (() => {
        try {
          parseMultiplexedPacket(wire.subarray(0, n));
        } catch (x) {
          return x as ParseError;
        }
        throw new Error("expected a ParseError");
      })();
      expect(e).toBeInstanceOf(ParseError);
      expect(e.field).toBe(n < 4 ? "multiplexID" : "packet");
    }
    expect(() => serializeMultiplexedPacket({ multiplexID: -1, packet: RTP })).toThrow(RangeError);
    expect(() => serializeMultiplexedPacket({ multiplexID: 2 ** 32, packet: RTP })).toThrow(RangeError);
  });

  it("property: round-trips; arbitrary datagrams parse or throw ParseError", () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.uint8Array({ minLength: 1, maxLength: 64 }), (id, packet) => {
        const back = parseMultiplexedPacket(serializeMultiplexedPacket({ multiplexID: id, packet }));
        expect(back.multiplexID).toBe(id);
        expect(back.packet).toEqual(packet);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), (b) => {
        try {
          expect(serializeMultiplexedPacket(parseMultiplexedPacket(b))).toEqual(b);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});
