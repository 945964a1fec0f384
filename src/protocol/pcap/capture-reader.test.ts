import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import {
  buildPcap,
  buildPcapngSection,
  concatBytes,
  ETHERNET_INTERFACE,
  udp4Frame,
} from "../capture/capture-builder.js";
import { ParseError } from "../parse-error.js";
import { writeU32 } from "./byte-order.js";
import { type CaptureRecord, createCaptureReader } from "./capture-reader.js";
import { serializePcapngBlock, serializePcapngSimplePacket } from "./pcapng-block.js";

const hex = (s: string) =>
  Uint8Array.from(
    s
      .replace(/\s+/g, "")
      .match(/../g)!
      .map((h) => Number.parseInt(h, 16)),
  );

/** draft-ietf-opsawg-pcap: little-endian µs file, one Ethernet/IPv4/UDP packet 127.0.0.1:5060 → :5060 "hi". */
const GOLDEN_PCAP = hex(`
  d4c3b2a1 0200 0400 00000000 00000000 00000400 01000000
  00000065 40e20100 2c000000 2c000000
  02000000000b 02000000000a 0800
  4500 001e 0000 0000 4011 7ccd 7f000001 7f000001
  13c4 13c4 000a 0000 6869
`);
const GOLDEN_FRAME = GOLDEN_PCAP.subarray(40);

function readAll(bytes: Uint8Array, chunkSize = bytes.length || 1) {
  const reader = createCaptureReader();
  const records: CaptureRecord[] = [];
  for (let o = 0; o < bytes.length; o += chunkSize)
    records.push(...reader.push(bytes.subarray(o, o + chunkSize)));
  return { records, end: reader.end() };
}

describe("pcap (draft-ietf-opsawg-pcap)", () => {
  it("reads the golden little-endian microsecond file", () => {
    const { records, end } = readAll(GOLDEN_PCAP);
    expect(end.failure).toBeUndefined();
    expect(end.format).toBe("pcap");
    expect(end.interfaces).toEqual([{ index: 0, linkType: 1, snapLength: 262144 }]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ number: 1, interface: 0, linkType: 1, originalLength: 44 });
    expect(records[0]!.time).toEqual({ seconds: 0x65000000, nanoseconds: 123456000 });
    expect(records[0]!.data).toEqual(GOLDEN_FRAME);
  });

  it("serialises the golden file byte for byte", () => {
    const frame = udp4Frame("127.0.0.1", 5060, "127.0.0.1", 5060, new TextEncoder().encode("hi"));
    expect(frame).toEqual(GOLDEN_FRAME);
    expect(buildPcap({ linkType: 1 }, [{ seconds: 0x65000000, fraction: 123456, frame }])).toEqual(
      GOLDEN_PCAP,
    );
  });

  it("reads big-endian and nanosecond files", () => {
    for (const littleEndian of [true, false]) {
      const file = buildPcap({ linkType: 1, littleEndian, nanoseconds: true }, [
        { seconds: 1_700_000_000, fraction: 999_999_999, frame: GOLDEN_FRAME },
        { seconds: 1_700_000_001, fraction: 1, frame: GOLDEN_FRAME.subarray(0, 20), originalLength: 44 },
      ]);
      expect(file.subarray(0, 4)).toEqual(littleEndian ? hex("4d3cb2a1") : hex("a1b23c4d"));
      const { records, end } = readAll(file);
      expect(end.failure).toBeUndefined();
      expect(records.map((r) => r.time)).toEqual([
        { seconds: 1_700_000_000, nanoseconds: 999_999_999 },
        { seconds: 1_700_000_001, nanoseconds: 1 },
      ]);
      expect(records[1]!.data).toHaveLength(20);
      expect(records[1]!.originalLength).toBe(44);
    }
  });

  it("gives the same records whatever the chunk size (records straddling chunks)", () => {
    const file = buildPcap(
      { linkType: 1 },
      Array.from({ length: 20 }, (_, i) => ({ seconds: i, fraction: i, frame: GOLDEN_FRAME })),
    );
    const whole = readAll(file).records;
    for (const size of [1, 3, 7, 16, 39, 64, 100]) {
      const { records, end } = readAll(file, size);
      expect(end.failure).toBeUndefined();
      expect(records.map((r) => [r.time, Array.from(r.data)])).toEqual(
        whole.map((r) => [r.time, Array.from(r.data)]),
      );
    }
  });

  it("keeps every packet before a cut and names the cut, for every truncated prefix", () => {
    const file = buildPcap({ linkType: 1 }, [
      { seconds: 1, fraction: 0, frame: GOLDEN_FRAME },
      { seconds: 2, fraction: 0, frame: GOLDEN_FRAME },
    ]);
    const recordLength = 16 + GOLDEN_FRAME.length;
    for (let cut = 0; cut < file.length; cut++) {
      const { records, end } = readAll(file.subarray(0, cut));
      const complete = cut < 24 ? 0 : Math.floor((cut - 24) / recordLength);
      expect(records).toHaveLength(complete);
      const atBoundary = cut >= 24 && (cut - 24) % recordLength === 0;
      if (atBoundary) expect(end.failure).toBeUndefined();
      else {
        expect(end.failure).toBeInstanceOf(ParseError);
        expect(end.failure!.message).toMatch(
          cut === 0 ? /file is empty/ : /file ends inside a (file header|record)/,
        );
      }
    }
  });

  it("rejects a captured length beyond the snap length and 256 KiB (cannot resynchronise)", () => {
    const file = buildPcap({ linkType: 1 }, [{ seconds: 1, fraction: 0, frame: GOLDEN_FRAME }]);
    writeU32(file, 24 + 8, 0x7fffffff, true);
    const { records, end } = readAll(concatBytes([file, new Uint8Array(100)]));
    expect(records).toHaveLength(0);
    expect(end.failure?.field).toBe("record.capturedLength");
    expect(end.failure?.offset).toBe(32);
  });

  it("warns about a microsecond field of a second or more and carries it", () => {
    const { records, end } = readAll(
      buildPcap({ linkType: 1 }, [{ seconds: 5, fraction: 2_500_000, frame: GOLDEN_FRAME }]),
    );
    expect(records[0]!.time).toEqual({ seconds: 7, nanoseconds: 500_000_000 });
    expect(end.warnings[0]?.error.field).toBe("record.timestamp");
  });

  it("names a file that is neither pcap nor pcapng", () => {
    const { end } = readAll(new TextEncoder().encode("OPTIONS sip:a SIP/2.0\r\n"));
    expect(end.failure?.message).toMatch(/neither pcap nor pcapng/);
  });
});

describe("pcapng (draft-ietf-opsawg-pcapng)", () => {
  const frame = GOLDEN_FRAME;

  it("reads SHB, IDB and EPB in both byte orders with the default microsecond resolution", () => {
    for (const le of [true, false]) {
      const file = buildPcapngSection(
        le,
        [ETHERNET_INTERFACE],
        [{ interfaceId: 0, timestamp: 1_700_000_000_123_456n, frame }],
      );
      const { records, end } = readAll(file);
      expect(end.failure).toBeUndefined();
      expect(end.format).toBe("pcapng");
      expect(records).toHaveLength(1);
      expect(records[0]!.time).toEqual({ seconds: 1_700_000_000, nanoseconds: 123_456_000 });
      expect(records[0]!.data).toEqual(frame);
    }
  });

  it("honours if_tsresol (nanoseconds, 2^-n) and if_tsoffset", () => {
    const ns = { ...ETHERNET_INTERFACE, tsExponent: 9 };
    const binary = { ...ETHERNET_INTERFACE, tsBase: 2 as const, tsExponent: 20, tsOffset: 100 };
    const file = buildPcapngSection(
      true,
      [ns, binary],
      [
        { interfaceId: 0, timestamp: 1_700_000_000_987_654_321n, frame },
        { interfaceId: 1, timestamp: (5n << 20n) + (1n << 19n), frame },
      ],
    );
    const { records } = readAll(file);
    expect(records.map((r) => [r.interface, r.time])).toEqual([
      [0, { seconds: 1_700_000_000, nanoseconds: 987_654_321 }],
      [1, { seconds: 105, nanoseconds: 500_000_000 }],
    ]);
  });

  it("numbers interfaces across sections of different byte order and skips unknown blocks", () => {
    const unknown = serializePcapngBlock(0x0bad0001, Uint8Array.of(1, 2, 3, 4, 5), true);
    const file = concatBytes([
      buildPcapngSection(
        true,
        [ETHERNET_INTERFACE, { ...ETHERNET_INTERFACE, linkType: 113, name: "any" }],
        [{ interfaceId: 1, timestamp: 1n, frame }],
      ),
      unknown,
      buildPcapngSection(
        false,
        [{ ...ETHERNET_INTERFACE, linkType: 101 }],
        [{ interfaceId: 0, timestamp: 2n, frame }],
      ),
      serializePcapngSimplePacket(frame, frame.length, false),
    ]);
    const { records, end } = readAll(file, 13);
    expect(end.failure).toBeUndefined();
    expect(end.interfaces.map((i) => [i.index, i.linkType, i.name])).toEqual([
      [0, 1, undefined],
      [1, 113, "any"],
      [2, 101, undefined],
    ]);
    expect(records.map((r) => [r.number, r.interface, r.linkType, r.time.nanoseconds])).toEqual([
      [1, 1, 113, 1000],
      [2, 2, 101, 2000],
      [3, 2, 101, 2000], // a Simple Packet Block has no timestamp: it keeps the one before
    ]);
  });

  it("warns about a packet on an undescribed interface and goes on", () => {
    const file = buildPcapngSection(
      true,
      [ETHERNET_INTERFACE],
      [
        { interfaceId: 3, timestamp: 1n, frame },
        { interfaceId: 0, timestamp: 2n, frame },
      ],
    );
    const { records, end } = readAll(file);
    expect(records.map((r) => r.number)).toEqual([2]);
    expect(end.warnings).toMatchObject([{ packet: 1, error: { field: "epb.interfaceId" } }]);
  });

  it("stops with a precise error on a zero block length, a trailer mismatch, or a bad byte-order magic", () => {
    const good = buildPcapngSection(true, [ETHERNET_INTERFACE], [{ interfaceId: 0, timestamp: 1n, frame }]);
    const zero = good.slice();
    writeU32(zero, 28 + 4, 0, true); // the IDB's length
    expect(readAll(zero).end.failure).toMatchObject({ field: "block.totalLength", offset: 32 });
    const trailer = good.slice();
    writeU32(trailer, good.length - 4, 12, true);
    const t = readAll(trailer);
    expect(t.records).toHaveLength(0);
    expect(t.end.failure).toMatchObject({ field: "block.trailingLength", offset: good.length - 4 });
    const bom = good.slice();
    writeU32(bom, 8, 0x12345678, true);
    expect(readAll(bom).end.failure).toMatchObject({ field: "section.byteOrderMagic" });
  });

  it("keeps the packets before a cut for every truncated prefix", () => {
    const file = buildPcapngSection(
      true,
      [ETHERNET_INTERFACE],
      [
        { interfaceId: 0, timestamp: 1n, frame },
        { interfaceId: 0, timestamp: 2n, frame },
      ],
    );
    const epb = 32 + ((frame.length + 3) & ~3);
    const firstEpbEnd = 28 + 20 + epb;
    for (let cut = 1; cut < file.length; cut++) {
      const { records, end } = readAll(file.subarray(0, cut));
      expect(records.length).toBe(cut >= firstEpbEnd + epb ? 2 : cut >= firstEpbEnd ? 1 : 0);
      if (cut !== 28 && cut !== 48 && cut !== firstEpbEnd)
        expect(end.failure?.message).toMatch(/file ends inside/);
    }
  });
});

describe("random and mutated input", () => {
  it("never throws and never hangs on random bytes, in random chunking", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 64 }), (bytes, size) => {
        const { end } = readAll(bytes, size);
        expect(end.failure === undefined || end.failure instanceof ParseError).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on mutations of valid pcap and pcapng files", () => {
    const pcapng = buildPcapngSection(
      false,
      [ETHERNET_INTERFACE],
      [{ interfaceId: 0, timestamp: 1n, frame: GOLDEN_FRAME }],
    );
    fc.assert(
      fc.property(
        fc.constantFrom(GOLDEN_PCAP, pcapng),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        (file, edits) => {
          const m = file.slice();
          for (const [at, v] of edits) m[at % m.length] = v;
          const { end } = readAll(m, 17);
          expect(end.failure === undefined || end.failure instanceof ParseError).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("corpus: ../shared/corpora/fuzz/pcap", () => {
  const root = corpus("fuzz", "pcap");
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(root).filter((f) => /\.(pcap|pcapng|bin)$/.test(f));

  it("reads every file without throwing, whole and in 7-byte chunks", () => {
    expect(files.length).toBeGreaterThan(70);
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(f));
      const whole = readAll(bytes);
      const chunked = readAll(bytes, 7);
      expect(chunked.records.length, f).toBe(whole.records.length);
      expect(chunked.end.failure?.message, f).toBe(whole.end.failure?.message);
    }
  });

  it("finds the packet count each pcapng-test-generator description documents (EPB + SPB)", () => {
    const described = files.filter((f) => f.includes("pcapng-test-generator") && f.endsWith(".pcapng"));
    expect(described).toHaveLength(48);
    for (const f of described) {
      const txt = readFileSync(f.replace(/\.pcapng$/, ".txt"), "utf8");
      const count = (kind: string) => Number(new RegExp(`^\\s+${kind}: (\\d+)`, "m").exec(txt)?.[1] ?? 0);
      const { records, end } = readAll(new Uint8Array(readFileSync(f)));
      expect(end.failure, f).toBeUndefined();
      expect(records.length, f).toBe(count("EPB") + count("SPB") + count("PB"));
    }
  });

  it("rejects the invalid-version files and reads the timestamp ones with warnings", () => {
    const read = (name: string) => readAll(new Uint8Array(readFileSync(join(root, "tcpdump-tests", name))));
    for (const name of ["pcap-invalid-version-1.pcap", "pcap-invalid-version-2.pcap"]) {
      expect(read(name).end.failure?.field).toBe("header.version");
    }
    for (const name of ["pcapng-invalid-vers-1.pcapng", "pcapng-invalid-vers-2.pcapng"]) {
      expect(read(name).end.failure?.field).toBe("section.version");
    }
    const micro = read("timestamp_invalid_micro.pcap");
    expect(micro.records).toHaveLength(3);
    expect(micro.end.warnings.map((w) => w.packet)).toEqual([2, 3]);
    expect(read("empty.pcap").records).toHaveLength(0);
    expect(read("empty.pcapng").end.failure).toBeUndefined();
    expect(
      readAll(new Uint8Array(readFileSync(join(root, "pcap-parser/modified-format.pcap")))).records,
    ).toHaveLength(1);
  });
});
