import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import { ParseError } from "../parse-error.js";
import { parseRtpPacket, type RtpPacket, rtpHeaderLength, serializeRtpPacket } from "./rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "./types.js";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));

// Golden: V=2, X=1, CC=1, M=1, PT=96, seq 0x1234, ts 0xdecafbad, SSRC 0xcafebabe,
// CSRC 0x01020304, extension profile 0xBEDE with one word, payload ab ab, 2 octets of padding.
const GOLDEN = hex("b1e01234 decafbad cafebabe 01020304 bede0001 10ff0000 abab 0002");
const GOLDEN_WITH_PADDING_BIT = GOLDEN.slice();
GOLDEN_WITH_PADDING_BIT[0] = 0xb1 | 0x20;

describe("RFC 3550 §5.1 RTP header", () => {
  it("parses CSRC list, header extension and padding", () => {
    const p = parseRtpPacket(GOLDEN_WITH_PADDING_BIT);
    expect(p.marker).toBe(true);
    expect(p.payloadType).toBe(96);
    expect(p.sequenceNumber).toBe(0x1234);
    expect(p.timestamp).toBe(0xdecafbad);
    expect(p.ssrc).toBe(0xcafebabe);
    expect(p.csrcs).toEqual([0x01020304]);
    expect(p.extension?.profile).toBe(0xbede);
    expect([...(p.extension?.data ?? [])]).toEqual([0x10, 0xff, 0, 0]);
    expect([...p.payload]).toEqual([0xab, 0xab]);
    expect(p.paddingLength).toBe(2);
    expect(rtpHeaderLength(GOLDEN_WITH_PADDING_BIT)).toBe(24);
  });

  it("re-serialises the golden packet byte for byte", () => {
    expect(serializeRtpPacket(parseRtpPacket(GOLDEN_WITH_PADDING_BIT))).toEqual(GOLDEN_WITH_PADDING_BIT);
  });

  it("the payload is a view, not a copy", () => {
    const p = parseRtpPacket(GOLDEN_WITH_PADDING_BIT);
    expect(p.payload.buffer).toBe(GOLDEN_WITH_PADDING_BIT.buffer);
  });

  it("every truncated prefix of the golden packet fails with a ParseError", () => {
    // Without the padding bit, any prefix shorter than the header must fail.
    for (let n = 0; n < 24; n++) {
      expect(() => parseRtpPacket(GOLDEN.subarray(0, n)), `prefix ${n}`).toThrow(ParseError);
    }
  });

  const malformed: [string, Uint8Array, string][] = [
    ["version 0", hex("00600001 00000000 00000001"), "header.version"],
    ["version 1", hex("40600001 00000000 00000001"), "header.version"],
    ["CSRC count beyond buffer", hex("82600001 00000000 00000001 00000000"), "header.csrc"],
    [
      "extension length beyond buffer",
      hex("90600001 00000000 00000001 bede0002 00000000"),
      "header.extension.data",
    ],
    ["padding count 0", hex("a0600001 00000000 00000001 aa00"), "padding"],
    ["padding count too large", hex("a0600001 00000000 00000001 aa03"), "padding"],
  ];
  it.each(malformed)("rejects %s", (_name, bytes, field) => {
    try {
      parseRtpPacket(bytes);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).field).toBe(field);
    }
  });

  it("accepts a header-only packet with empty payload", () => {
    const p = parseRtpPacket(hex("80000000 00000000 00000000"));
    expect(p.payload.length).toBe(0);
  });
});

const packetArb: fc.Arbitrary<RtpPacket> = fc
  .record({
    marker: fc.boolean(),
    payloadType: fc.integer({ min: 0, max: 127 }).map(asPayloadType),
    sequenceNumber: fc.integer({ min: 0, max: 0xffff }).map(asSequenceNumber),
    timestamp: fc.integer({ min: 0, max: 0xffffffff }).map(asRtpTimestamp),
    ssrc: fc.integer({ min: 0, max: 0xffffffff }).map(asSsrc),
    csrcs: fc.array(fc.integer({ min: 0, max: 0xffffffff }).map(asSsrc), { maxLength: 15 }),
    extension: fc.option(
      fc.record({
        profile: fc.integer({ min: 0, max: 0xffff }),
        data: fc
          .integer({ min: 0, max: 4 })
          .chain((w) => fc.uint8Array({ minLength: w * 4, maxLength: w * 4 })),
      }),
      { nil: undefined },
    ),
    payload: fc.uint8Array({ maxLength: 64 }),
    paddingLength: fc.integer({ min: 0, max: 8 }),
  })
  .map((r) => {
    const { extension, ...rest } = r;
    return extension ? { ...rest, extension } : rest;
  });

describe("RTP properties", () => {
  it("serialise then parse is the identity", () => {
    fc.assert(
      fc.property(packetArb, (p) => {
        const parsed = parseRtpPacket(serializeRtpPacket(p));
        expect({
          ...parsed,
          payload: [...parsed.payload],
          extension: parsed.extension && { ...parsed.extension, data: [...parsed.extension.data] },
        }).toEqual({
          ...p,
          payload: [...p.payload],
          extension: p.extension && { ...p.extension, data: [...p.extension.data] },
        });
      }),
    );
  });

  it("parse never throws anything but ParseError, and what parses re-serialises", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        let p: RtpPacket;
        try {
          p = parseRtpPacket(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          return;
        }
        const again = parseRtpPacket(serializeRtpPacket(p));
        expect([...again.payload]).toEqual([...p.payload]);
        expect(again.sequenceNumber).toBe(p.sequenceNumber);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fuzz corpora (janus rtp_fuzzer, pjsip rtp seeds, mediasoup crashes)", () => {
  const root = corpus("fuzz");
  const dirs = [
    `${root}/janus/rtp_fuzzer/1meetecho`,
    `${root}/janus/rtp_fuzzer/2webrtc`,
    `${root}/pjsip-seed/rtp`,
    `${root}/mediasoup-crashes`,
  ];
  const files = dirs.flatMap((d) => readdirSync(d).map((f) => `${d}/${f}`));
  it("has the corpus", () => expect(files.length).toBeGreaterThan(40));
  it.each(files)("%s parses or fails with ParseError", (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    try {
      const p = parseRtpPacket(bytes);
      expect(parseRtpPacket(serializeRtpPacket(p)).ssrc).toBe(p.ssrc);
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
    }
  });
});
