import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import {
  joinLengthPrefixed,
  parseAvcDecoderConfig,
  serializeAvcDecoderConfig,
  splitLengthPrefixed,
} from "./avcc.js";
import { FlvTagReader, parseFlvAvcPacket } from "./flv-video-tags.js";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const SPS = "6742c01fda014016ec0440000003004000000f23c60ca8";
/** AVCDecoderConfigurationRecord as ffmpeg 4.1 wrote it into FLV for x264 720p baseline. */
const CONFIG = Buffer.from(`0142c01fffe10017${SPS}010004` + "68ce0fc8", "hex");

describe("AVCDecoderConfigurationRecord (ISO/IEC 14496-15 §5.3.3.1)", () => {
  it("reads the golden record", () => {
    const c = parseAvcDecoderConfig(CONFIG);
    expect(c).toMatchObject({ profileIdc: 66, profileCompatibility: 0xc0, levelIdc: 31, lengthSize: 4 });
    expect([c.sps.map(hex), c.pps.map(hex)]).toEqual([[SPS], ["68ce0fc8"]]);
    expect(hex(serializeAvcDecoderConfig(c))).toBe(hex(CONFIG));
  });

  it("rejects every truncated prefix with ParseError", () => {
    for (let n = 0; n < CONFIG.length; n++) {
      expect(() => parseAvcDecoderConfig(CONFIG.subarray(0, n)), `prefix ${n}`).toThrowError(ParseError);
    }
  });

  it("splits and joins length-prefixed samples (property), rejecting overruns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 100 }), { maxLength: 5 }),
        fc.constantFrom(1, 2, 4),
        (nals, ls) => {
          expect(splitLengthPrefixed(joinLengthPrefixed(nals, ls), ls).map(hex)).toEqual(nals.map(hex));
        },
      ),
    );
    expect(() => splitLengthPrefixed(Uint8Array.of(0, 0, 0, 9, 1), 4)).toThrowError(ParseError);
  });
});

describe("FLV tags (Adobe FLV v10.1 Annex E)", () => {
  const header = Buffer.from("464c5601010000000900000000", "hex"); // FLV v1, video, offset 9, PreviousTagSize0
  const tag = (type: number, ts: number, data: Buffer): Buffer => {
    const h = Buffer.alloc(11);
    h[0] = type;
    h.writeUIntBE(data.length, 1, 3);
    h.writeUIntBE(ts & 0xffffff, 4, 3);
    h[7] = ts >>> 24;
    const prev = Buffer.alloc(4);
    prev.writeUInt32BE(11 + data.length);
    return Buffer.concat([h, data, prev]);
  };
  const video = Buffer.from("17000000000142c01f", "hex");
  const stream = Buffer.concat([header, tag(18, 0, Buffer.from("02000a", "hex")), tag(9, 0x01020304, video)]);

  it("reads tags from a stream cut into any chunks", () => {
    for (const size of [1, 3, 7, 1000]) {
      const r = new FlvTagReader();
      const tags = [];
      for (let o = 0; o < stream.length; o += size) tags.push(...r.push(stream.subarray(o, o + size)));
      expect(tags.map((t) => [t.type, t.timestamp, hex(t.data)])).toEqual([
        [18, 0, "02000a"],
        [9, 0x01020304, hex(video)],
      ]);
    }
  });

  it("rejects a stream that is not FLV", () => {
    expect(() => new FlvTagReader().push(Buffer.from("00000001674200000000"))).toThrowError(ParseError);
  });

  it("reads the AVC video tag header", () => {
    expect(parseFlvAvcPacket(video)).toMatchObject({ frameType: 1, avcPacketType: 0, compositionTime: 0 });
    expect(parseFlvAvcPacket(Buffer.from("2701ffffff", "hex")).compositionTime).toBe(-1);
    expect(() => parseFlvAvcPacket(Buffer.from("1701", "hex"))).toThrowError(ParseError);
    expect(() => parseFlvAvcPacket(Buffer.from("1201000000", "hex"))).toThrowError(/expected 7/);
  });
});
