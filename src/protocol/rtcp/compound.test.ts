import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import { ParseError } from "../parse-error.js";
import { asSsrc } from "../rtp/types.js";
import { parseRtcpCompound, serializeRtcpCompound } from "./compound.js";
import { isRtcp } from "./demux.js";
import { nackedSequences, nackItemsFor } from "./generic-nack.js";
import type { RtcpPacket } from "./rtcp-types.js";
import { cnameSdes, sdesCname } from "./sdes.js";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));

// SR with one report block, then SDES CNAME "ab", then BYE.
const SR_SDES_BYE = hex(`
  81c8000c 11223344 e1234567 89abcdef 00010000 00000064 00002710
  55667788 0a00000c 0001ffff 00000020 45678901 00010000
  81ca0003 11223344 01026162 00000000
  81cb0001 11223344`);

describe("RFC 3550 §6.4 compound RTCP", () => {
  it("parses SR + SDES + BYE", () => {
    const [sr, sdes, bye] = parseRtcpCompound(SR_SDES_BYE);
    expect(sr).toMatchObject({
      type: "sr",
      ssrc: 0x11223344,
      ntpSeconds: 0xe1234567,
      ntpFraction: 0x89abcdef,
      rtpTimestamp: 0x10000,
      packetCount: 100,
      octetCount: 10000,
    });
    if (sr?.type !== "sr") throw new Error("not SR");
    expect(sr.reports).toEqual([
      {
        ssrc: 0x55667788,
        fractionLost: 10,
        cumulativeLost: 12,
        highestSequence: 0x1ffff,
        jitter: 32,
        lastSr: 0x45678901,
        delaySinceLastSr: 0x10000,
      },
    ]);
    if (sdes?.type !== "sdes") throw new Error("not SDES");
    expect(sdesCname(sdes)).toBe("ab");
    expect(bye).toEqual({ type: "bye", ssrcs: [0x11223344] });
  });

  it("re-serialises the golden compound byte for byte", () => {
    expect(serializeRtcpCompound(parseRtcpCompound(SR_SDES_BYE))).toEqual(SR_SDES_BYE);
  });

  it("every truncated prefix fails with a ParseError", () => {
    const boundaries = new Set([52, 68]); // prefixes that end exactly between packets are valid
    for (let n = 0; n < SR_SDES_BYE.length; n++) {
      if (boundaries.has(n)) continue;
      expect(() => parseRtcpCompound(SR_SDES_BYE.subarray(0, n)), `prefix ${n}`).toThrow(ParseError);
    }
  });

  it("a negative cumulative lost (duplicates) survives the round trip", () => {
    const rr: RtcpPacket = {
      type: "rr",
      ssrc: asSsrc(1),
      extension: new Uint8Array(0),
      reports: [
        {
          ssrc: asSsrc(2),
          fractionLost: 0,
          cumulativeLost: -3,
          highestSequence: 70000,
          jitter: 5,
          lastSr: 0,
          delaySinceLastSr: 0,
        },
      ],
    };
    expect(parseRtcpCompound(serializeRtcpCompound([rr]))).toEqual([rr]);
  });

  it("skips unknown packet types by length and keeps them verbatim (APP, REMB)", () => {
    const app = hex("80cc0002 11223344 6e616d65");
    const remb = hex("8fce0004 00000001 00000000 52454d42 01000400");
    const pli = hex("81ce0002 00000001 00000002");
    const parsed = parseRtcpCompound(Uint8Array.from([...app, ...remb, ...pli]));
    expect(parsed.map((p) => p.type)).toEqual(["unknown", "unknown", "pli"]);
    expect(parsed[0]).toMatchObject({ packetType: 204, count: 0 });
    expect(parsed[1]).toMatchObject({ packetType: 206, count: 15 });
    expect(serializeRtcpCompound(parsed)).toEqual(Uint8Array.from([...app, ...remb, ...pli]));
  });

  it("strips RTCP padding", () => {
    const padded = hex("a1ce0003 00000001 00000002 00000004");
    expect(parseRtcpCompound(padded)).toEqual([{ type: "pli", senderSsrc: 1, mediaSsrc: 2 }]);
  });

  const malformed: [string, string, string][] = [
    ["version 1", "41c90001 00000001", "header.version"],
    ["length beyond datagram", "80c90005 00000001", "header.length"],
    ["RR count beyond body", "81c90001 00000001", "report blocks"],
    ["SR shorter than sender info", "80c80001 00000001", "sender info"],
    ["padding larger than packet", "a0c90001 00000009", "padding"],
    ["PLI with FCI", "81ce0003 00000001 00000002 00000000", "fci"],
    ["FIR without FCI", "84ce0002 00000001 00000000", "fci"],
    ["NACK without FCI", "81cd0002 00000001 00000002", "fci"],
    ["SDES chunk without terminator", "81ca0002 00000001 01026162", "chunk 0.items"],
    ["BYE reason overruns", "81cb0002 00000001 09616263", "reason"],
  ];
  it.each(malformed)("rejects %s", (_name, bytes, field) => {
    try {
      parseRtcpCompound(hex(bytes));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).field).toBe(field);
    }
  });
});

describe("RFC 4585 / RFC 5104 feedback", () => {
  it("RFC 4585 §6.3.1 PLI golden bytes", () => {
    const bytes = serializeRtcpCompound([
      { type: "pli", senderSsrc: asSsrc(0xaabbccdd), mediaSsrc: asSsrc(0x01020304) },
    ]);
    expect(bytes).toEqual(hex("81ce0002 aabbccdd 01020304"));
  });

  it("RFC 5104 §4.3.1 FIR golden bytes", () => {
    const fir: RtcpPacket = {
      type: "fir",
      senderSsrc: asSsrc(1),
      mediaSsrc: asSsrc(0),
      entries: [{ ssrc: asSsrc(0x01020304), sequence: 7 }],
    };
    const bytes = serializeRtcpCompound([fir]);
    expect(bytes).toEqual(hex("84ce0004 00000001 00000000 01020304 07000000"));
    expect(parseRtcpCompound(bytes)).toEqual([fir]);
  });

  it("RFC 4585 §6.2.1 generic NACK: PID and BLP expand to lost sequence numbers across the wrap", () => {
    const [nack] = parseRtcpCompound(hex("81cd0003 00000001 00000002 fffe0005"));
    if (nack?.type !== "nack") throw new Error("not NACK");
    expect(nackedSequences(nack)).toEqual([65534, 65535, 1]);
  });

  it("nackItemsFor packs sequences into PID/BLP items and back", () => {
    const lost = [65534, 65535, 1, 14, 40, 41];
    const items = nackItemsFor(lost);
    expect(items).toEqual([
      { pid: 65534, blp: 0b1000000000000101 },
      { pid: 40, blp: 1 },
    ]);
    expect(nackedSequences({ type: "nack", senderSsrc: asSsrc(0), mediaSsrc: asSsrc(0), items })).toEqual(
      lost,
    );
  });
});

describe("RFC 5761 §4 demultiplexing RTP and RTCP", () => {
  it.each([
    ["SR", "80c80006", true],
    ["RR", "81c90001", true],
    ["PSFB", "81ce0002", true],
    ["RTP PT 96", "80600001", false],
    ["RTP PT 0 marker", "80800001", false],
    ["RTP PT 127 marker", "80ff0001", false],
    ["one octet", "80", false],
    ["not version 2", "01c80006", false],
  ])("%s -> %s", (_n, h, rtcp) => {
    expect(isRtcp(hex(h))).toBe(rtcp);
  });
});

function stable(bytes: Uint8Array): void {
  const once = serializeRtcpCompound(parseRtcpCompound(bytes));
  const twice = serializeRtcpCompound(parseRtcpCompound(once));
  expect(twice).toEqual(once);
}

describe("RTCP properties and corpora", () => {
  it("parse never throws anything but ParseError; what parses re-serialises stably", () => {
    const header = fc
      .tuple(
        fc.integer({ min: 0, max: 31 }),
        fc.constantFrom(200, 201, 202, 203, 204, 205, 206, 207),
        fc.boolean(),
      )
      .chain(([count, pt, padding]) =>
        fc.uint8Array({ maxLength: 60 }).map((body) => {
          const len = body.length & ~3;
          const out = new Uint8Array(4 + len);
          out[0] = 0x80 | (padding ? 0x20 : 0) | count;
          out[1] = pt;
          out[3] = len / 4;
          out.set(body.subarray(0, len), 4);
          return out;
        }),
      );
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), header), (bytes) => {
        try {
          parseRtcpCompound(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          return;
        }
        stable(bytes);
      }),
      { numRuns: 3000 },
    );
  });

  it("SDES CNAME builder round-trips", () => {
    const bytes = serializeRtcpCompound([cnameSdes(asSsrc(9), "vdm-test@127.0.0.1")]);
    const [p] = parseRtcpCompound(bytes);
    if (p?.type !== "sdes") throw new Error("not SDES");
    expect(sdesCname(p, asSsrc(9))).toBe("vdm-test@127.0.0.1");
    expect(bytes.length % 4).toBe(0);
  });

  const root = corpus("fuzz");
  const dirs = [
    `${root}/janus/rtcp_fuzzer/1meetecho`,
    `${root}/janus/rtcp_fuzzer/2webrtc`,
    `${root}/pjsip-seed/rtcp/fuzz-rtcp_seed_corpus`,
    `${root}/mediasoup-crashes`,
  ];
  const files = dirs.flatMap((d) => readdirSync(d).map((f) => `${d}/${f}`));
  it("has the janus rtcp_fuzzer corpus with crash and timeout inputs", () => {
    expect(files.some((f) => f.includes("crash-"))).toBe(true);
    expect(files.some((f) => f.includes("timeout-"))).toBe(true);
  });
  it.each(files)("%s parses or fails with ParseError", (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    try {
      parseRtcpCompound(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      return;
    }
    stable(bytes);
  });

  it("named janus seeds parse to the packets their names promise", () => {
    const dir = `${root}/janus/rtcp_fuzzer/1meetecho`;
    const types = (f: string) =>
      parseRtcpCompound(new Uint8Array(readFileSync(`${dir}/${f}`))).map((p) => p.type);
    expect(types("pli.rtcp")).toEqual(["pli"]);
    expect(types("fir.rtcp")).toEqual(["fir"]);
    expect(types("nacks.rtcp")).toEqual(["nack"]);
    expect(types("rr-sdes-bye.rtcp")).toEqual(["rr", "sdes", "bye"]);
    expect(types("sr-sdes.rtcp")[0]).toBe("sr");
  });
});
