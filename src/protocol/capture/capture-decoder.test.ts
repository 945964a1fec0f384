import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import { serializeBsdLoopback } from "../net/bsd-loopback.js";
import { serializeEthernet } from "../net/ethernet.js";
import { parseIpv4Address, parseIpv6Address } from "../net/ip-address.js";
import { serializeIpv4 } from "../net/ipv4.js";
import { serializeIpv6 } from "../net/ipv6.js";
import { LinkType } from "../net/link-layer.js";
import { serializeLinuxSll } from "../net/linux-sll.js";
import { serializeLinuxSll2 } from "../net/linux-sll2.js";
import { TcpFlag } from "../net/tcp.js";
import { serializeUdp } from "../net/udp.js";
import { ParseError } from "../parse-error.js";
import { SipStreamFramer } from "../sip/stream-framer.js";
import {
  buildPcap,
  buildPcapngSection,
  ETHERNET_INTERFACE,
  tcp4Frame,
  udp4Frame,
} from "./capture-builder.js";
import { type CapturedDatagram, createCaptureDecoder } from "./capture-decoder.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/pcap/${name}`, import.meta.url));
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const LOCAL = parseIpv4Address("127.0.0.1");

function decode(file: Uint8Array, chunkSize = file.length || 1) {
  const d = createCaptureDecoder();
  const out: CapturedDatagram[] = [];
  for (let o = 0; o < file.length; o += chunkSize) out.push(...d.push(file.subarray(o, o + chunkSize)));
  out.push(...d.end());
  return { out, d };
}

const summary = (g: CapturedDatagram) => [
  g.transport,
  `${g.src.ip}:${g.src.port}`,
  `${g.dst.ip}:${g.dst.port}`,
  text(g.payload),
];

describe("capture decoder: link layers to UDP", () => {
  const udp = serializeUdp(5060, 5062, bytes("INVITE"));
  const ip4 = serializeIpv4({
    protocol: 17,
    source: LOCAL,
    destination: parseIpv4Address("10.1.2.3"),
    payload: udp,
  });
  const ip6 = serializeIpv6({
    source: parseIpv6Address("::1"),
    destination: parseIpv6Address("fe80::1"),
    protocol: 17,
    payload: udp,
  });
  const cases: [string, number, Uint8Array, string][] = [
    [
      "Ethernet",
      LinkType.ETHERNET,
      udp4Frame("127.0.0.1", 5060, "10.1.2.3", 5062, bytes("INVITE")),
      "127.0.0.1",
    ],
    [
      "Ethernet + 802.1Q",
      LinkType.ETHERNET,
      serializeEthernet(
        { destination: new Uint8Array(6), source: new Uint8Array(6), vlanTags: [100], etherType: 0x86dd },
        ip6,
      ),
      "::1",
    ],
    [
      "SLL",
      LinkType.LINUX_SLL,
      serializeLinuxSll(
        { packetType: 0, arphrdType: 772, address: new Uint8Array(6), protocol: 0x0800 },
        ip4,
      ),
      "127.0.0.1",
    ],
    [
      "SLL2",
      LinkType.LINUX_SLL2,
      serializeLinuxSll2(
        { protocol: 0x86dd, interfaceIndex: 1, arphrdType: 772, packetType: 0, address: new Uint8Array(0) },
        ip6,
      ),
      "::1",
    ],
    ["loopback LE", LinkType.NULL, serializeBsdLoopback("ipv4", true, ip4), "127.0.0.1"],
    ["loopback BE (LOOP)", LinkType.LOOP, serializeBsdLoopback("ipv6", false, ip6), "::1"],
    ["raw", LinkType.RAW, ip4, "127.0.0.1"],
    ["IPv4", LinkType.IPV4, ip4, "127.0.0.1"],
    ["IPv6", LinkType.IPV6, ip6, "::1"],
  ];
  for (const [name, linkType, frame, srcIp] of cases) {
    it(`finds the UDP datagram over ${name}`, () => {
      const { out, d } = decode(
        buildPcap({ linkType, nanoseconds: true }, [{ seconds: 10, fraction: 5, frame }]),
      );
      expect(d.failure).toBeUndefined();
      expect(d.warnings).toEqual([]);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({
        number: 1,
        transport: "udp",
        time: { seconds: 10, nanoseconds: 5 },
        truncated: false,
      });
      expect(out[0]!.src).toEqual({ ip: srcIp, port: 5060 });
      expect(out[0]!.dst.port).toBe(5062);
      expect(text(out[0]!.payload)).toBe("INVITE");
    });
  }

  it("reuses one endpoint object per address and port", () => {
    const frame = udp4Frame("127.0.0.1", 1, "127.0.0.1", 2, bytes("x"));
    const { out } = decode(
      buildPcap({ linkType: 1 }, [
        { seconds: 1, fraction: 0, frame },
        { seconds: 2, fraction: 0, frame },
      ]),
    );
    expect(out[0]!.src).toBe(out[1]!.src);
  });

  it("marks a UDP payload cut by the snap length, and skips non-IP frames quietly", () => {
    const frame = udp4Frame("127.0.0.1", 1, "127.0.0.1", 2, new Uint8Array(100));
    const arp = serializeEthernet(
      { destination: new Uint8Array(6), source: new Uint8Array(6), vlanTags: [], etherType: 0x0806 },
      new Uint8Array(28),
    );
    const { out, d } = decode(
      buildPcap({ linkType: 1, snapLength: 60 }, [
        { seconds: 1, fraction: 0, frame: frame.subarray(0, 60), originalLength: frame.length },
        { seconds: 1, fraction: 0, frame: arp },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ truncated: true });
    expect(out[0]!.payload).toHaveLength(60 - 42);
    expect(d.stats).toMatchObject({ packets: 2, nonIp: 1, udpDatagrams: 1 });
  });

  it("warns once about an unsupported link type and per malformed packet, with the packet number", () => {
    const bad = udp4Frame("127.0.0.1", 1, "127.0.0.1", 2, bytes("x"));
    bad[14] = 0x43; // IHL 3
    const file = buildPcapngSection(
      true,
      [ETHERNET_INTERFACE, { ...ETHERNET_INTERFACE, linkType: 147 }],
      [
        { interfaceId: 1, timestamp: 1n, frame: bad },
        { interfaceId: 1, timestamp: 2n, frame: bad },
        { interfaceId: 0, timestamp: 3n, frame: bad },
      ],
    );
    const { d } = decode(file);
    expect(d.warnings.map((w) => [w.packet, w.error.field])).toEqual([
      [1, "linkType"],
      [3, "ihl"],
    ]);
    expect(d.warnings[1]!.error.offset).toBe(14); // offset inside the packet
    expect(d.stats.malformed).toBe(1);
  });
});

describe("capture decoder: fragments", () => {
  it("reassembles an IPv6 datagram sent as fragments (fragment header), out of order", () => {
    const src = parseIpv6Address("2001:db8::a");
    const dst = parseIpv6Address("2001:db8::b");
    const body = Uint8Array.from({ length: 2000 }, (_, i) => i & 0xff);
    const udp = serializeUdp(5004, 5006, body);
    const frag = (offset: number, end: number, more: boolean) =>
      serializeIpv6({
        source: src,
        destination: dst,
        fragment: { offset, moreFragments: more, identification: 77 },
        protocol: 17,
        payload: udp.subarray(offset, end),
      });
    const file = buildPcap({ linkType: LinkType.RAW }, [
      { seconds: 1, fraction: 0, frame: frag(1232, udp.length, false) },
      { seconds: 1, fraction: 1, frame: frag(0, 1232, true) },
    ]);
    const { out, d } = decode(file);
    expect(d.stats).toMatchObject({ fragments: 2, reassembled: 1 });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ number: 2, src: { ip: "2001:db8::a", port: 5004 }, dst: { port: 5006 } });
    expect(out[0]!.payload).toEqual(body);
  });

  it("reassembles IPv4 fragments and warns when they time out in capture time", () => {
    const udp = serializeUdp(1, 2, new Uint8Array(3000).fill(7));
    const frag = (id: number, offset: number, end: number, more: boolean) =>
      serializeIpv4({
        protocol: 17,
        source: LOCAL,
        destination: LOCAL,
        identification: id,
        moreFragments: more,
        fragmentOffset: offset,
        payload: udp.subarray(offset, end),
      });
    const file = buildPcap({ linkType: LinkType.IPV4 }, [
      { seconds: 0, fraction: 0, frame: frag(1, 0, 1480, true) },
      { seconds: 0, fraction: 1, frame: frag(2, 0, 1480, true) },
      { seconds: 0, fraction: 2, frame: frag(1, 1480, udp.length, false) },
      { seconds: 100, fraction: 0, frame: frag(3, 0, 8, true) },
    ]);
    const { out, d } = decode(file);
    expect(out).toHaveLength(1);
    expect(out[0]!.payload).toHaveLength(3000);
    // Datagram 2 timed out when packet 4 came; packet 4's own datagram never completed.
    expect(d.warnings.map((w) => [w.packet, w.error.message])).toEqual([
      [4, expect.stringMatching(/incomplete after 60 s/)],
      [4, "IP: 1 fragmented datagram incomplete at the end of the capture; lost (fragment)"],
    ]);
  });
});

describe("capture decoder: TCP streams", () => {
  const c = "10.0.0.1";
  const s = "10.0.0.2";
  const seg = (from: string, to: string, sp: number, dp: number, seq: number, flags: number, payload = "") =>
    tcp4Frame(from, to, {
      sourcePort: sp,
      destinationPort: dp,
      sequenceNumber: seq,
      flags,
      payload: bytes(payload),
    });
  const { SYN, ACK, FIN, PSH } = TcpFlag;

  it("delivers each direction in order despite out-of-order and retransmitted segments", () => {
    const frames = [
      seg(c, s, 40000, 5060, 100, SYN),
      seg(s, c, 5060, 40000, 900, SYN | ACK),
      seg(c, s, 40000, 5060, 107, ACK | PSH, "world"), // early
      seg(c, s, 40000, 5060, 101, ACK | PSH, "hello "),
      seg(c, s, 40000, 5060, 101, ACK | PSH, "hello "), // retransmission
      seg(s, c, 5060, 40000, 901, ACK | PSH, "reply"),
      seg(c, s, 40000, 5060, 112, FIN | ACK),
    ];
    const file = buildPcap(
      { linkType: 1 },
      frames.map((frame, i) => ({ seconds: 1, fraction: i, frame })),
    );
    for (const size of [file.length, 50]) {
      const { out, d } = decode(file, size);
      expect(out.map(summary)).toEqual([
        ["tcp", "10.0.0.1:40000", "10.0.0.2:5060", "hello "],
        ["tcp", "10.0.0.1:40000", "10.0.0.2:5060", "world"],
        ["tcp", "10.0.0.2:5060", "10.0.0.1:40000", "reply"],
      ]);
      expect(out.map((g) => [g.number, g.time.nanoseconds])).toEqual([
        [4, 3000],
        [4, 3000],
        [6, 5000],
      ]);
      expect(d.stats).toMatchObject({ tcpSegments: 7, tcpRetransmittedBytes: 6, tcpGaps: 0 });
    }
  });

  it("reports a lost segment as a gap at the end of the capture", () => {
    const file = buildPcap({ linkType: 1 }, [
      { seconds: 1, fraction: 0, frame: seg(c, s, 1, 2, 0, SYN) },
      { seconds: 1, fraction: 1, frame: seg(c, s, 1, 2, 11, ACK, "after") },
    ]);
    const { out, d } = decode(file);
    expect(out.map((g) => [g.gapBefore, text(g.payload)])).toEqual([[10, "after"]]);
    expect(d.stats.tcpGaps).toBe(1);
  });
});

describe("capture decoder: captures recorded on loopback (fixtures/pcap)", () => {
  for (const name of ["sip-options-udp-tcp-lo.pcapng", "sip-options-udp-tcp-any.pcap"]) {
    it(`finds the four SIP messages of OPTIONS over UDP and TCP in ${name}`, () => {
      const file = new Uint8Array(readFileSync(fixture(name)));
      const { out, d } = decode(file, 1000);
      expect(d.failure).toBeUndefined();
      expect(d.warnings).toEqual([]);
      expect(d.stats.packets).toBe(12);
      const udp = out.filter((g) => g.transport === "udp").map((g) => text(g.payload).split("\r\n")[0]);
      expect(udp).toEqual([
        expect.stringMatching(/^OPTIONS sip:127\.0\.0\.1:1507\d;transport=udp SIP\/2\.0$/),
        "SIP/2.0 200 OK",
      ]);
      const framers = new Map<string, SipStreamFramer>();
      const tcp: string[] = [];
      for (const g of out.filter((x) => x.transport === "tcp")) {
        const key = `${g.src.port}>${g.dst.port}`;
        const framer = framers.get(key) ?? new SipStreamFramer();
        framers.set(key, framer);
        for (const m of framer.push(g.payload))
          if (m.kind === "message") tcp.push(text(m.bytes).split("\r\n")[0]!);
      }
      expect(tcp).toEqual([
        expect.stringMatching(/^OPTIONS sip:127\.0\.0\.1:1507\d;transport=tcp SIP\/2\.0$/),
        "SIP/2.0 200 OK",
      ]);
      expect(out.every((g) => g.src.ip === "127.0.0.1" && g.dst.ip === "127.0.0.1")).toBe(true);
    });
  }

  it("gives the same datagrams for every truncated prefix up to the cut, with a warning for the cut", () => {
    const file = new Uint8Array(readFileSync(fixture("sip-options-udp-tcp-any.pcap")));
    const full = decode(file).out.map(summary);
    for (let cut = 0; cut < file.length; cut += 7) {
      const { out, d } = decode(file.subarray(0, cut));
      const got = out.map(summary);
      // TCP data is only held back, never altered: what is delivered is a prefix of the full run's.
      for (let i = 0; i < got.length; i++) {
        const g = got[i]!;
        expect(
          full.some((f) => f[0] === g[0] && f[1] === g[1] && f[2] === g[2] && f[3]!.startsWith(g[3]!)),
        ).toBe(true);
      }
      if (cut > 0) expect(d.failure === undefined || /file ends inside/.test(d.failure.message)).toBe(true);
    }
  });
});

describe("capture decoder: robustness", () => {
  const root = corpus("fuzz", "pcap");
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
    );

  it("decodes every corpus file without throwing", () => {
    const files = walk(root).filter((f) => /\.(pcap|pcapng|bin)$/.test(f));
    const malformed: string[] = [];
    for (const f of files) {
      const { d } = decode(new Uint8Array(readFileSync(f)), 4096);
      for (const w of d.warnings) expect(w.error).toBeInstanceOf(ParseError);
      if (d.stats.malformed > 0) malformed.push(f.split("/").pop()!);
    }
    // The tcpdump files built to be malformed are named as such.
    for (const name of [
      "ipv4_invalid_hdr_length.pcap",
      "ipv6_39_byte_header.pcap",
      "ipv6_missing_jumbo_payload_option.pcap",
      "udp-length-heapoverflow.pcap",
    ]) {
      expect(malformed).toContain(name);
    }
  });

  it("never throws on random or mutated captures", () => {
    const tcp = (seq: number, payload: string) =>
      tcp4Frame("1.1.1.1", "2.2.2.2", {
        sourcePort: 1,
        destinationPort: 2,
        sequenceNumber: seq,
        flags: TcpFlag.ACK,
        payload: bytes(payload),
      });
    const valid = buildPcap({ linkType: 1 }, [
      { seconds: 1, fraction: 0, frame: udp4Frame("127.0.0.1", 1, "127.0.0.1", 2, bytes("abc")) },
      { seconds: 1, fraction: 0, frame: tcp(5, "hello") },
      { seconds: 1, fraction: 0, frame: tcp(1, "four") },
    ]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
            .map((edits) => {
              const m = valid.slice();
              for (const [at, v] of edits) m[at % m.length] = v;
              return m;
            }),
        ),
        fc.integer({ min: 1, max: 80 }),
        (file, size) => {
          const { d } = decode(file, size);
          expect(d.failure === undefined || d.failure instanceof ParseError).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
