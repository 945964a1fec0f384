import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { oggCrc32 } from "./crc32.js";
import { readOggOpus, writeOggOpus } from "./ogg-opus.js";
import { lacingFor, packetsFromPages, pagesFromPackets } from "./ogg-packets.js";
import { OggFlag, type OggPage, parseOggPage, parseOggPages, serialiseOggPage } from "./ogg-page.js";
import { parseOpusHead, serialiseOpusHead } from "./opus-head.js";
import { parseOpusTags, serialiseOpusTags } from "./opus-tags.js";
import { opusPacketSamples, parseOpusToc } from "./opus-toc.js";

/** 0.1 s of a 440 Hz sine from ffmpeg 4.1 (libopus, -fflags +bitexact, so serial 0). */
const FFMPEG_OGG_OPUS = Uint8Array.from(
  Buffer.from(
    "4f6767530002000000000000000000000000000000000228b57201134f707573486561640101380180bb00000000004f6767530000000000000000000000000000010000004995be54012e4f707573546167730600000066666d7065670100000014000000656e636f6465723d4c617663206c69626f7075734f6767530004f8130000000000000000000002000000828f002206593a403d3e377881a7b76c9e99ac0000045bb88eb3dc72f53e56677c429328783c61ae61313a53c4eec25d9a136b320ce60409a8fee44ecbaa5a53583f9913e928f1b0e995dde57f023f31395dbcbf2e5cafad5ff138b2c8489480d8862c4578a0af37ac9500efa21526d4f0aa08611b8f7b78633d0ad7930b3d67f0d67e85b50cdd1488e8a995ce8b07b609c70303716989fb377717e7d3da789ab2df759cfc4b39352d62738ec9dd0b894ac7fa249281749421eb0c7b24e344f6d843c27844802c457b520d424d9c9f28ffa4fe98979011183f0c042feb65789ab2df75984a74d067c444f76f565423187f14071c782b9ec00539c5f015a3fee2e2012399fdacbffae37180f9f97d5d9ab704a0608612e5bb61f258789ab2df759cfc459e5bb53359a0f94ec95ee2b6c2b4781b9915ab7a0c0dda87f99385bcfa884bcfd7c835c683f1d1738f0e4a8b483714ac491000979f467881fe361eb0cb2e888ef381b6a2379755408736cb010c554a12a79beb4c24b9bedbd4567ea66a1a55b893b966097fad3f61538e260e11",
    "hex",
  ),
);
const FIRST_PAGE_LENGTH = 27 + 1 + 19;

function expectParseError(fn: () => unknown, field?: string): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    if (field) expect((err as ParseError).field).toBe(field);
    return;
  }
  throw new Error("expected a ParseError");
}

describe("Ogg CRC-32 (RFC 3533 §6, poly 0x04c11db7, init 0, no reflection)", () => {
  it('"123456789" gives the CRC-32/CKSUM register without its final XOR', () => {
    expect(oggCrc32(new TextEncoder().encode("123456789"))).toBe(0x89a1897f);
  });
  it("is chainable", () => {
    const b = new TextEncoder().encode("123456789");
    expect(oggCrc32(b, 4, 9, oggCrc32(b, 0, 4))).toBe(0x89a1897f);
  });
});

describe("Ogg page (RFC 3533 §6)", () => {
  it("parses ffmpeg's first page: BOS, one 19-byte OpusHead segment", () => {
    const { page, length } = parseOggPage(FFMPEG_OGG_OPUS);
    expect(length).toBe(FIRST_PAGE_LENGTH);
    expect(page.flags).toBe(OggFlag.beginOfStream);
    expect(page.granulePosition).toBe(0n);
    expect(page.serialNumber).toBe(0);
    expect(page.sequenceNumber).toBe(0);
    expect([...page.segmentTable]).toEqual([19]);
    expect(new TextDecoder().decode(page.body.subarray(0, 8))).toBe("OpusHead");
  });

  it("re-serialises every page of the golden file byte for byte", () => {
    const pages = parseOggPages(FFMPEG_OGG_OPUS);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[pages.length - 1]!.flags & OggFlag.endOfStream).toBe(OggFlag.endOfStream);
    const again = Buffer.concat(pages.map(serialiseOggPage));
    expect(Buffer.compare(again, Buffer.from(FFMPEG_OGG_OPUS))).toBe(0);
  });

  it("rejects every truncated prefix of the first page", () => {
    for (let n = 0; n < FIRST_PAGE_LENGTH; n++) {
      expectParseError(() => parseOggPage(FFMPEG_OGG_OPUS.subarray(0, n)));
    }
  });

  it.each([
    ["bad capture pattern", 0, 0x50, "capture_pattern"],
    ["version 1", 4, 1, "stream_structure_version"],
    ["reserved flag bit", 5, 0x0a, "header_type"],
    ["corrupted checksum", 22, 0x00, "CRC_checksum"],
    ["corrupted body byte", 30, 0x00, "CRC_checksum"],
  ])("rejects %s", (_name, offset, value, field) => {
    const bad = FFMPEG_OGG_OPUS.slice(0, FIRST_PAGE_LENGTH);
    bad[offset] = value;
    expectParseError(() => parseOggPage(bad), field);
  });

  it("serialise refuses a body that disagrees with its lacing", () => {
    const page: OggPage = {
      flags: 0,
      granulePosition: 0n,
      serialNumber: 1,
      sequenceNumber: 0,
      segmentTable: Uint8Array.from([3]),
      body: new Uint8Array(2),
    };
    expect(() => serialiseOggPage(page)).toThrow(RangeError);
  });

  it("fuzz: parse throws only ParseError, and what parses re-serialises", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const { page, length } = parseOggPage(bytes);
          expect(
            Buffer.compare(Buffer.from(serialiseOggPage(page)), Buffer.from(bytes.subarray(0, length))),
          ).toBe(0);
        } catch (err) {
          expect(err).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("fuzz: mutated golden pages throw only ParseError", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FFMPEG_OGG_OPUS.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (i, v) => {
          const bytes = FFMPEG_OGG_OPUS.slice();
          bytes[i] = v;
          try {
            readOggOpus(bytes);
          } catch (err) {
            expect(err).toBeInstanceOf(ParseError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fuzz: random pages built by the serialiser parse back equal", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 1000 }),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        fc.integer({ min: 0, max: 7 }),
        fc.nat(),
        (body, granulePosition, flags, seq) => {
          const page: OggPage = {
            flags,
            granulePosition,
            serialNumber: seq ^ 0x1234,
            sequenceNumber: seq,
            segmentTable: lacingFor(body.length),
            body,
          };
          expect(parseOggPage(serialiseOggPage(page)).page).toEqual(page);
        },
      ),
    );
  });
});

describe("Ogg packets (RFC 3533 §5 lacing)", () => {
  it("lacing: 0 -> [0], 255 -> [255, 0], 600 -> [255, 255, 90]", () => {
    expect([...lacingFor(0)]).toEqual([0]);
    expect([...lacingFor(255)]).toEqual([255, 0]);
    expect([...lacingFor(600)]).toEqual([255, 255, 90]);
  });

  it("packets of any size survive pages -> bytes -> pages -> packets, large ones spanning pages", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 70_000 }), { maxLength: 4 }), (datas) => {
        const pages = pagesFromPackets(
          datas.map((data, i) => ({ data, granulePosition: BigInt(i) })),
          7,
          { endOfStream: true },
        );
        const bytes = Buffer.concat(pages.map(serialiseOggPage));
        const back = packetsFromPages(parseOggPages(bytes));
        expect(back.map((p) => Buffer.from(p.data).toString("hex"))).toEqual(
          datas.map((d) => Buffer.from(d).toString("hex")),
        );
        back.forEach((p, i) => {
          expect(p.granulePosition).toBe(BigInt(i));
        });
      }),
      { numRuns: 15 },
    );
  });

  it("a 70000-byte packet spans two pages, the second flagged continued with granule -1 on the first", () => {
    const pages = pagesFromPackets([{ data: new Uint8Array(70_000), granulePosition: 5n }], 1);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.granulePosition).toBe(-1n);
    expect(pages[1]!.flags & OggFlag.continued).toBe(OggFlag.continued);
    expect(pages[1]!.granulePosition).toBe(5n);
  });

  it("rejects a continued page with no open packet", () => {
    const pages = pagesFromPackets([{ data: new Uint8Array(3), granulePosition: 0n }], 1);
    const stray: OggPage = { ...pages[0]!, flags: OggFlag.continued, sequenceNumber: 1 };
    expectParseError(() => packetsFromPages([pages[0]!, stray]), "header_type");
  });
});

describe("Ogg Opus (RFC 7845)", () => {
  it("reads ffmpeg's stream: OpusHead with pre-skip 312, OpusTags, 20 ms audio packets", () => {
    const s = readOggOpus(FFMPEG_OGG_OPUS);
    expect(s.head).toMatchObject({
      version: 1,
      channelCount: 1,
      preSkip: 312,
      inputSampleRate: 48000,
      mappingFamily: 0,
    });
    expect(s.tags.vendor).toMatch(/Lavf|libopus|ffmpeg/i);
    expect(s.packets.length).toBeGreaterThanOrEqual(5);
    for (const p of s.packets) expect(opusPacketSamples(p)).toBe(960);
  });

  it("writes a stream that reads back with the same packets and correct granules", () => {
    const packets = readOggOpus(FFMPEG_OGG_OPUS).packets;
    const bytes = writeOggOpus(packets, { preSkip: 312 });
    const back = readOggOpus(bytes);
    expect(back.head.preSkip).toBe(312);
    expect(back.packets.map((p) => Buffer.from(p).toString("hex"))).toEqual(
      packets.map((p) => Buffer.from(p).toString("hex")),
    );
    const pages = parseOggPages(bytes);
    expect(pages[0]!.flags).toBe(OggFlag.beginOfStream);
    expect(pages[pages.length - 1]!.granulePosition).toBe(BigInt(312 + 960 * packets.length));
    expect(pages[pages.length - 1]!.flags & OggFlag.endOfStream).toBe(OggFlag.endOfStream);
  });

  it("OpusHead: every truncated prefix fails, trailing bytes fail, family 1 round-trips", () => {
    const head = serialiseOpusHead({
      version: 1,
      channelCount: 1,
      preSkip: 312,
      inputSampleRate: 48000,
      outputGain: -256,
      mappingFamily: 0,
    });
    expect(head.length).toBe(19);
    for (let n = 0; n < 19; n++) expectParseError(() => parseOpusHead(head.subarray(0, n)));
    expectParseError(() => parseOpusHead(Uint8Array.from([...head, 0])), "length");
    expect(parseOpusHead(head).outputGain).toBe(-256);
    const fam1 = {
      version: 1,
      channelCount: 3,
      preSkip: 0,
      inputSampleRate: 0,
      outputGain: 0,
      mappingFamily: 1,
      mapping: { streamCount: 2, coupledCount: 1, channelMapping: Uint8Array.from([0, 2, 1]) },
    };
    expect(parseOpusHead(serialiseOpusHead(fam1))).toEqual(fam1);
    const v2 = head.slice();
    v2[8] = 0x10;
    expectParseError(() => parseOpusHead(v2), "version");
  });

  it("OpusTags round-trips and rejects impossible comment counts and bad UTF-8", () => {
    const tags = {
      vendor: "vdm-test",
      comments: ["TITLE=musik", "ÅÄÖ=ja"],
      trailing: Uint8Array.from([1, 2]),
    };
    const bytes = serialiseOpusTags(tags);
    expect(parseOpusTags(bytes)).toEqual(tags);
    for (let n = 0; n < 16; n++) expectParseError(() => parseOpusTags(bytes.subarray(0, n)));
    const huge = bytes.slice();
    new DataView(huge.buffer).setUint32(8 + 4 + 8, 0xffffffff, true);
    expectParseError(() => parseOpusTags(huge), "comment_count");
    const badUtf = bytes.slice();
    badUtf[12] = 0xff;
    expectParseError(() => parseOpusTags(badUtf), "vendor");
  });

  it("fuzz: OpusHead/OpusTags/TOC parsers throw only ParseError; what parses re-serialises", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), fc.boolean(), (tail, tagsMagic) => {
        const magic = new TextEncoder().encode(tagsMagic ? "OpusTags" : "OpusHead");
        const bytes = Uint8Array.from([...magic, ...tail]);
        try {
          if (tagsMagic)
            expect(Buffer.from(serialiseOpusTags(parseOpusTags(bytes)))).toEqual(Buffer.from(bytes));
          else expect(Buffer.from(serialiseOpusHead(parseOpusHead(bytes)))).toEqual(Buffer.from(bytes));
        } catch (err) {
          expect(err).toBeInstanceOf(ParseError);
        }
        try {
          parseOpusToc(tail);
        } catch (err) {
          expect(err).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("Opus TOC (RFC 6716 §3.1)", () => {
  it.each([
    [[0x78], 960], // config 15 hybrid FB 20 ms, code 0
    [[0xf8], 960], // config 31 CELT FB 20 ms
    [[0xf9], 1920], // code 1: two frames
    [[0xe0], 120], // config 28 CELT FB 2.5 ms
    [[0x18], 2880], // config 3 SILK NB 60 ms
    [[0x1b, 0x02], 5760], // code 3, 2 x 60 ms = 120 ms
  ])("TOC %j lasts %i samples", (bytes, samples) => {
    expect(opusPacketSamples(Uint8Array.from(bytes))).toBe(samples);
  });
  it("rejects empty packets, code 3 without count or with > 120 ms", () => {
    expectParseError(() => parseOpusToc(new Uint8Array(0)), "toc");
    expectParseError(() => parseOpusToc(Uint8Array.from([0x1b])), "frame_count");
    expectParseError(() => parseOpusToc(Uint8Array.from([0x1b, 0x03])), "frame_count");
    expectParseError(() => parseOpusToc(Uint8Array.from([0x1b, 0x00])), "frame_count");
  });
});
