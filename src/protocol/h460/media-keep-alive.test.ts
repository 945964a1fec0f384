import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../rtp/types.js";
import { isMediaKeepAlive, parseMediaKeepAlive, serializeMediaKeepAlive } from "./media-keep-alive.js";

// What H323Plus's H46019UDPSocket::SendRTPPing writes: PT 127 (its keepAlivePayloadType in the
// d-h46018 OLCAck), marker set, sequence 100 on the first probe, timestamp 0, SSRC 0.
const H323PLUS_FIRST_PROBE = Uint8Array.from([0x80, 0xff, 0x00, 0x64, 0, 0, 0, 0, 0, 0, 0, 0]);
// The first audio packet dave sent to GnuGk's keepAliveChannel (frame 60): media, not a keep-alive.
const DAVE_FIRST_AUDIO = Buffer.from("80889b31658424fd58a29a32" + "d5".repeat(160), "hex");

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

describe("H.460.19 media keep-alive RTP packet", () => {
  it("parses and writes H323Plus's probe", () => {
    const k = parseMediaKeepAlive(H323PLUS_FIRST_PROBE);
    expect(k).toEqual({ payloadType: 127, marker: true, sequenceNumber: 100, timestamp: 0, ssrc: 0 });
    expect(serializeMediaKeepAlive(k)).toEqual(H323PLUS_FIRST_PROBE);
    expect(isMediaKeepAlive(H323PLUS_FIRST_PROBE, 127)).toBe(true);
    expect(isMediaKeepAlive(H323PLUS_FIRST_PROBE, 126)).toBe(false);
  });

  it("media is not a keep-alive: payload after the header", () => {
    expect(isMediaKeepAlive(DAVE_FIRST_AUDIO)).toBe(false);
    expect(parseError(() => parseMediaKeepAlive(DAVE_FIRST_AUDIO)).field).toBe("payload");
  });

  it("rejects every truncated prefix, version 1, and CSRC/extension/padding bits", () => {
    for (let n = 0; n < 12; n++) {
      expect(parseError(() => parseMediaKeepAlive(H323PLUS_FIRST_PROBE.subarray(0, n))).field).toBe("header");
      expect(isMediaKeepAlive(H323PLUS_FIRST_PROBE.subarray(0, n))).toBe(false);
    }
    const v1 = Uint8Array.from(H323PLUS_FIRST_PROBE);
    v1[0] = 0x40;
    expect(parseError(() => parseMediaKeepAlive(v1)).field).toBe("version");
    for (const bits of [0x01, 0x10, 0x20]) {
      const b = Uint8Array.from(H323PLUS_FIRST_PROBE);
      b[0] = 0x80 | bits;
      expect(parseError(() => parseMediaKeepAlive(b)).field).toBe("header");
      expect(isMediaKeepAlive(b)).toBe(false);
    }
  });

  it("property: every keep-alive round-trips; any 12 octets parse or throw ParseError", () => {
    const keepAlive = fc.record({
      payloadType: fc.nat(127).map(asPayloadType),
      marker: fc.boolean(),
      sequenceNumber: fc.nat(65535).map(asSequenceNumber),
      timestamp: fc.nat(0xffffffff).map(asRtpTimestamp),
      ssrc: fc.nat(0xffffffff).map(asSsrc),
    });
    fc.assert(
      fc.property(keepAlive, (k) => {
        expect(parseMediaKeepAlive(serializeMediaKeepAlive(k))).toEqual(k);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20 }), (b) => {
        try {
          expect(serializeMediaKeepAlive(parseMediaKeepAlive(b))).toEqual(b);
          expect(isMediaKeepAlive(b)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          expect(isMediaKeepAlive(b)).toBe(false);
        }
      }),
    );
  });
});
