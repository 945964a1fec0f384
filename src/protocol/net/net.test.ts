import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseBsdLoopback, serializeBsdLoopback } from "./bsd-loopback.js";
import { parseEthernet, serializeEthernet } from "./ethernet.js";
import { formatIpv4, formatIpv6, parseIpv4Address, parseIpv6Address } from "./ip-address.js";
import { IpReassembler } from "./ip-reassembly.js";
import { internetChecksum, parseIpv4, serializeIpv4 } from "./ipv4.js";
import { parseIpv6, serializeIpv6 } from "./ipv6.js";
import { LinkType, networkLayerOffset } from "./link-layer.js";
import { parseLinuxSll, serializeLinuxSll } from "./linux-sll.js";
import { parseLinuxSll2, serializeLinuxSll2 } from "./linux-sll2.js";
import { parseTcp, parseTcpOptions, serializeTcp, TcpFlag } from "./tcp.js";
import { parseUdp, serializeUdp } from "./udp.js";

const hex = (s: string) =>
  Uint8Array.from(
    s
      .replace(/\s+/g, "")
      .match(/../g)!
      .map((h) => Number.parseInt(h, 16)),
  );
const LOCAL = parseIpv4Address("127.0.0.1");
const V6A = parseIpv6Address("2001:db8::1");
const V6B = parseIpv6Address("2001:db8::2");

/** Every strict prefix of a valid header throws ParseError (and nothing else). */
function everyPrefixThrows(bytes: Uint8Array, headerLength: number, parse: (b: Uint8Array) => unknown): void {
  for (let cut = 0; cut < headerLength; cut++) {
    expect(() => parse(bytes.subarray(0, cut)), `prefix ${cut}`).toThrow(ParseError);
  }
}

describe("addresses", () => {
  it("formats IPv4 and RFC 5952 IPv6 text", () => {
    expect(formatIpv4(parseIpv4Address("192.168.1.254"))).toBe("192.168.1.254");
    expect(formatIpv6(parseIpv6Address("2001:0db8:0:0:1:0:0:1"))).toBe("2001:db8::1:0:0:1");
    expect(formatIpv6(parseIpv6Address("::1"))).toBe("::1");
    expect(formatIpv6(parseIpv6Address("::"))).toBe("::");
    expect(formatIpv6(parseIpv6Address("2001:db8:0:1:1:1:1:1"))).toBe("2001:db8:0:1:1:1:1:1");
    expect(formatIpv6(hex("00000000000000000000ffff7f000001"))).toBe("::ffff:127.0.0.1");
    expect(() => parseIpv4Address("1.2.3")).toThrow(ParseError);
    expect(() => parseIpv6Address("1::2::3")).toThrow(ParseError);
  });
});

describe("link layers", () => {
  const ip = serializeIpv4({
    protocol: 17,
    source: LOCAL,
    destination: LOCAL,
    payload: serializeUdp(1, 2, new Uint8Array(0)),
  });

  it("Ethernet II with stacked 802.1Q tags", () => {
    const frame = serializeEthernet(
      {
        destination: hex("ffffffffffff"),
        source: hex("020000000001"),
        vlanTags: [0x2064, 0x0005],
        etherType: 0x0800,
      },
      ip,
    );
    expect(frame.subarray(12, 22)).toEqual(hex("8100 2064 8100 0005 0800"));
    const f = parseEthernet(frame);
    expect(f.vlanTags).toEqual([0x2064, 5]);
    expect(f.etherType).toBe(0x0800);
    expect(networkLayerOffset(LinkType.ETHERNET, frame, 0, frame.length)).toBe(22);
    expect(networkLayerOffset(LinkType.ETHERNET, hex("ffffffffffff 020000000001 0806 0001"), 0, 16)).toBe(-1);
    everyPrefixThrows(frame, 14, (b) => parseEthernet(b));
    expect(() => networkLayerOffset(LinkType.ETHERNET, frame, 0, 17)).toThrow(/802.1Q tag truncated/);
  });

  it("Linux cooked SLL and SLL2", () => {
    const sll = serializeLinuxSll(
      { packetType: 4, arphrdType: 772, address: new Uint8Array(6), protocol: 0x0800 },
      ip,
    );
    expect(sll.subarray(0, 16)).toEqual(hex("0004 0304 0006 000000000000 0000 0800"));
    expect(parseLinuxSll(sll)).toMatchObject({ packetType: 4, arphrdType: 772, protocol: 0x0800 });
    expect(networkLayerOffset(LinkType.LINUX_SLL, sll, 0, sll.length)).toBe(16);
    everyPrefixThrows(sll, 16, (b) => parseLinuxSll(b));
    const sll2 = serializeLinuxSll2(
      { protocol: 0x86dd, interfaceIndex: 7, arphrdType: 1, packetType: 0, address: hex("020000000001") },
      ip,
    );
    expect(sll2.subarray(0, 20)).toEqual(hex("86dd 0000 00000007 0001 00 06 020000000001 0000"));
    expect(parseLinuxSll2(sll2)).toMatchObject({
      protocol: 0x86dd,
      interfaceIndex: 7,
      address: hex("020000000001"),
    });
    expect(networkLayerOffset(LinkType.LINUX_SLL2, sll2, 0, sll2.length)).toBe(20);
    everyPrefixThrows(sll2, 20, (b) => parseLinuxSll2(b));
  });

  it("BSD loopback in both byte orders and every AF_INET6 value", () => {
    expect(parseBsdLoopback(serializeBsdLoopback("ipv4", true, ip))).toBe("ipv4");
    expect(parseBsdLoopback(serializeBsdLoopback("ipv4", false, ip))).toBe("ipv4");
    for (const af of [10, 24, 28, 30]) {
      expect(parseBsdLoopback(Uint8Array.of(af, 0, 0, 0))).toBe("ipv6");
      expect(parseBsdLoopback(Uint8Array.of(0, 0, 0, af))).toBe("ipv6");
    }
    expect(parseBsdLoopback(Uint8Array.of(0, 0, 0, 7))).toBe("other");
    expect(networkLayerOffset(LinkType.LOOP, Uint8Array.of(0, 0, 0, 7, 0x45), 0, 5)).toBe(-1);
    expect(networkLayerOffset(LinkType.NULL, serializeBsdLoopback("ipv6", true, ip), 0, 4 + ip.length)).toBe(
      4,
    );
    everyPrefixThrows(Uint8Array.of(2, 0, 0, 0), 4, (b) => parseBsdLoopback(b));
  });

  it("raw IP link types start at the IP header; unknown link types are not IP", () => {
    for (const lt of [LinkType.RAW, LinkType.IPV4, LinkType.IPV6])
      expect(networkLayerOffset(lt, ip, 0, ip.length)).toBe(0);
    expect(networkLayerOffset(147, ip, 0, ip.length)).toBe(-1);
  });
});

describe("IPv4 (RFC 791)", () => {
  it("parses header fields, options and a checksum it does not verify", () => {
    const packet = serializeIpv4({
      protocol: 6,
      source: parseIpv4Address("10.0.0.1"),
      destination: parseIpv4Address("10.0.0.2"),
      identification: 0x1234,
      dontFragment: true,
      timeToLive: 3,
      options: hex("94040000"), // Router Alert
      payload: hex("aabbcc"),
    });
    expect(internetChecksum(packet.subarray(0, 24))).toBe(0);
    const h = parseIpv4(packet);
    expect(h).toMatchObject({
      headerLength: 24,
      totalLength: 27,
      identification: 0x1234,
      dontFragment: true,
      moreFragments: false,
      timeToLive: 3,
      protocol: 6,
      payloadStart: 24,
      payloadEnd: 27,
      truncated: false,
    });
    expect(formatIpv4(h.source)).toBe("10.0.0.1");
    packet[10] = packet[10]! ^ 0xff; // a wrong checksum is still read
    expect(parseIpv4(packet).protocol).toBe(6);
    everyPrefixThrows(packet, 24, (b) => parseIpv4(b));
  });

  it("cuts Ethernet padding at Total Length and marks a snap-length cut as truncated", () => {
    const packet = serializeIpv4({
      protocol: 17,
      source: LOCAL,
      destination: LOCAL,
      payload: new Uint8Array(30),
    });
    const padded = new Uint8Array(80);
    padded.set(packet);
    expect(parseIpv4(padded).payloadEnd).toBe(50);
    const cut = parseIpv4(packet.subarray(0, 30));
    expect(cut).toMatchObject({ truncated: true, payloadEnd: 30 });
  });

  it("names bad IHL, Total Length and version", () => {
    const p = serializeIpv4({ protocol: 17, source: LOCAL, destination: LOCAL, payload: new Uint8Array(8) });
    const ihl = p.slice();
    ihl[0] = 0x44;
    expect(() => parseIpv4(ihl)).toThrow(expect.objectContaining({ field: "ihl" }));
    const total = p.slice();
    total[3] = 10;
    expect(() => parseIpv4(total)).toThrow(expect.objectContaining({ field: "totalLength" }));
    const version = p.slice();
    version[0] = 0x55;
    expect(() => parseIpv4(version)).toThrow(expect.objectContaining({ field: "version" }));
  });
});

describe("IPv6 (RFC 8200)", () => {
  it("walks hop-by-hop, routing, destination and fragment headers", () => {
    const packet = serializeIpv6({
      source: V6A,
      destination: V6B,
      flowLabel: 0xabcde,
      trafficClass: 0xb8,
      extensions: [
        { type: 0, body: hex("010400000000") },
        { type: 43, body: hex("000000000000") },
        { type: 60, body: hex("010400000000") },
      ],
      fragment: { offset: 1208, moreFragments: true, identification: 0xdeadbeef },
      protocol: 17,
      payload: new Uint8Array(16),
    });
    const h = parseIpv6(packet);
    expect(h).toMatchObject({
      trafficClass: 0xb8,
      flowLabel: 0xabcde,
      extensionHeaders: [0, 43, 60, 44],
      protocol: 17,
      fragment: { offset: 1208, moreFragments: true, identification: 0xdeadbeef },
      payloadStart: 40 + 8 * 4,
      payloadEnd: packet.length,
      truncated: false,
    });
    expect(formatIpv6(h.source)).toBe("2001:db8::1");
    everyPrefixThrows(packet, 40, (b) => parseIpv6(b));
    expect(() => parseIpv6(packet.subarray(0, 50))).toThrow(ParseError);
  });

  it("reads a jumbogram length and rejects a zero payload length without one (RFC 2675)", () => {
    const zero = serializeIpv6({ source: V6A, destination: V6B, protocol: 17, payload: new Uint8Array(8) });
    zero[4] = 0;
    zero[5] = 0;
    expect(() => parseIpv6(zero)).toThrow(expect.objectContaining({ field: "payloadLength", offset: 4 }));
    const jumbo = serializeIpv6({
      source: V6A,
      destination: V6B,
      extensions: [{ type: 0, body: hex("c20400010000") }],
      protocol: 17,
      payload: new Uint8Array(8),
    });
    jumbo[4] = 0;
    jumbo[5] = 0;
    expect(parseIpv6(jumbo)).toMatchObject({ payloadLength: 65536, truncated: true });
  });

  it("stops at No Next Header", () => {
    const p = serializeIpv6({ source: V6A, destination: V6B, protocol: 59, payload: new Uint8Array(0) });
    expect(parseIpv6(p)).toMatchObject({ protocol: 59, payloadStart: 40, payloadEnd: 40 });
  });
});

describe("UDP (RFC 768) and TCP (RFC 9293)", () => {
  it("parses UDP and checks Length against the IP payload", () => {
    const d = serializeUdp(5060, 5070, hex("01020304"));
    expect(d).toEqual(hex("13c4 13ce 000c 0000 01020304"));
    expect(parseUdp(d, 0, d.length)).toMatchObject({
      sourcePort: 5060,
      destinationPort: 5070,
      payloadStart: 8,
      payloadEnd: 12,
    });
    expect(() => parseUdp(d, 0, 10)).toThrow(expect.objectContaining({ field: "length" }));
    expect(parseUdp(d, 0, 10, true)).toMatchObject({ truncated: true, payloadEnd: 10 });
    everyPrefixThrows(d, 8, (b) => parseUdp(b, 0, b.length));
    const short = d.slice();
    short[5] = 4;
    expect(() => parseUdp(short, 0, short.length)).toThrow(/below 8/);
  });

  it("parses TCP header, flags and options", () => {
    const s = serializeTcp({
      sourcePort: 5060,
      destinationPort: 40000,
      sequenceNumber: 0xfffffff0,
      acknowledgmentNumber: 7,
      flags: TcpFlag.SYN | TcpFlag.ACK,
      options: [
        { kind: 2, data: hex("05b4") },
        { kind: 4, data: new Uint8Array(0) },
        { kind: 8, data: hex("0000000100000002") },
        { kind: 3, data: hex("07") },
      ],
      payload: hex("ff"),
    });
    const t = parseTcp(s, 0, s.length);
    expect(t).toMatchObject({
      sourcePort: 5060,
      destinationPort: 40000,
      sequenceNumber: 0xfffffff0,
      acknowledgmentNumber: 7,
      headerLength: 40,
      flags: TcpFlag.SYN | TcpFlag.ACK,
      payloadStart: 40,
      payloadEnd: 41,
    });
    expect(parseTcpOptions(s, 20, t.payloadStart).map((o) => [o.kind, Array.from(o.data)])).toEqual([
      [2, [5, 0xb4]],
      [4, []],
      [8, [0, 0, 0, 1, 0, 0, 0, 2]],
      [3, [7]],
    ]);
    everyPrefixThrows(s, 40, (b) => parseTcp(b, 0, b.length));
    expect(() => parseTcpOptions(hex("02 09 0000"), 0, 4)).toThrow(ParseError);
    const bad = s.slice();
    bad[12] = 0x40;
    expect(() => parseTcp(bad, 0, bad.length)).toThrow(expect.objectContaining({ field: "dataOffset" }));
  });

  it("the network parsers throw nothing but ParseError on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), fc.integer({ min: 0, max: 300 }), (b, lt) => {
        for (const f of [
          () => parseIpv4(b),
          () => parseIpv6(b),
          () => parseUdp(b, 0, b.length),
          () => parseTcp(b, 0, b.length),
          () => parseTcpOptions(b, 0, b.length),
          () => networkLayerOffset(lt, b, 0, b.length),
          () => parseEthernet(b),
        ]) {
          try {
            f();
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("what parses re-serialises (IPv4/UDP)", () => {
    fc.assert(
      fc.property(
        fc.nat(0xffffffff),
        fc.nat(0xffffffff),
        fc.nat(65535),
        fc.nat(65535),
        fc.uint8Array({ maxLength: 64 }),
        (s, d, sp, dp, payload) => {
          const bytes = serializeIpv4({
            protocol: 17,
            source: s,
            destination: d,
            payload: serializeUdp(sp, dp, payload),
          });
          const h = parseIpv4(bytes);
          const u = parseUdp(bytes, h.payloadStart, h.payloadEnd);
          const again = serializeIpv4({
            protocol: h.protocol,
            source: h.source,
            destination: h.destination,
            payload: serializeUdp(
              u.sourcePort,
              u.destinationPort,
              bytes.subarray(u.payloadStart, u.payloadEnd),
            ),
          });
          expect(again).toEqual(bytes);
        },
      ),
    );
  });
});

describe("fragment reassembly (RFC 791 §3.2, RFC 8200 §4.5)", () => {
  const data = Uint8Array.from({ length: 3000 }, (_, i) => i & 0xff);

  it("reassembles fragments arriving in any order", () => {
    const r = new IpReassembler();
    expect(r.add("k", 17, 2400, false, data.subarray(2400), 0).payload).toBeUndefined();
    expect(r.add("k", 0, 1200, true, data.subarray(1200, 2400), 0).payload).toBeUndefined();
    expect(r.add("k", 0, 1200, true, data.subarray(1200, 2400), 0).payload).toBeUndefined(); // duplicate
    const done = r.add("k", 17, 0, true, data.subarray(0, 1200), 0.1);
    expect(done.payload).toEqual(data);
    expect(done.protocol).toBe(17);
    expect(r.size).toBe(0);
  });

  it("drops overlapping fragments, data past the end, and incomplete datagrams after the timeout", () => {
    const r = new IpReassembler({ maxDatagrams: 2, maxBytes: 10_000, timeoutSeconds: 30 });
    r.add("a", 17, 0, true, data.subarray(0, 1000), 0);
    expect(r.add("a", 17, 500, true, data.subarray(500, 1500), 0).dropped[0]).toMatch(/overlapping/);
    r.add("b", 17, 0, true, data.subarray(0, 8), 10);
    expect(r.add("b", 17, 100, false, data.subarray(100, 108), 10).dropped).toEqual([]);
    expect(r.add("b", 17, 200, true, data.subarray(200, 208), 10).dropped[0]).toMatch(
      /past the last fragment/,
    );
    r.add("c", 17, 0, true, data.subarray(0, 8), 20);
    expect(r.add("d", 17, 0, true, data.subarray(0, 8), 51).dropped[0]).toMatch(/incomplete after 30 s/);
  });

  it("bounds the datagrams and octets held", () => {
    const r = new IpReassembler({ maxDatagrams: 3, maxBytes: 2500, timeoutSeconds: 60 });
    const dropped: string[] = [];
    for (let i = 0; i < 10; i++)
      dropped.push(...r.add(`k${i}`, 17, 0, true, data.subarray(0, 1000), i).dropped);
    expect(r.size).toBeLessThanOrEqual(2);
    expect(dropped.length).toBe(8);
    expect(r.add("big", 17, 65000, false, data.subarray(0, 1000), 10).dropped[0]).toMatch(/exceeds 65535/);
  });
});
