import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { internetChecksum } from "../net/ipv4.js";
import { parseTcp, TcpFlag } from "../net/tcp.js";
import { createCaptureDecoder } from "./capture-decoder.js";
import { type CaptureAddress, CaptureWriter, SYNTH_MSS } from "./capture-writer.js";

const A: CaptureAddress = { host: "127.0.0.1", port: 40000 };
const B: CaptureAddress = { host: "127.0.0.1", port: 5060 };
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** Splits a run of EPBs (little-endian) into their packet data. */
function packets(bytes: Uint8Array): Uint8Array[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  for (let o = 0; o < bytes.length; ) {
    const len = v.getUint32(o + 4, true);
    expect(v.getUint32(o, true)).toBe(6);
    out.push(bytes.subarray(o + 28, o + 28 + v.getUint32(o + 20, true)));
    o += len;
  }
  return out;
}

/** TCP header of a raw IPv4 packet. */
function tcpOf(ip: Uint8Array) {
  const h = parseTcp(ip, 20, ip.length);
  return { ...h, payload: ip.subarray(h.payloadStart, h.payloadEnd) };
}

/** The RFC 9293 checksum over the IPv4 pseudo-header verifies to 0. */
function tcpChecksumOk(ip: Uint8Array): boolean {
  const seg = ip.subarray(20);
  const pseudo = new Uint8Array(12 + seg.length);
  pseudo.set(ip.subarray(12, 20), 0);
  pseudo[9] = 6;
  pseudo[10] = seg.length >> 8;
  pseudo[11] = seg.length & 0xff;
  pseudo.set(seg, 12);
  return internetChecksum(pseudo) === 0;
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function decodeAll(file: Uint8Array) {
  const d = createCaptureDecoder();
  const out = [...d.push(file), ...d.end()];
  return { d, out };
}

describe("capture writer: synthesised TCP (RFC 9293 §3.4-3.6)", () => {
  it("opens with SYN, SYN-ACK, ACK; data carries seq/ack counting each direction's bytes; closes with FINs", () => {
    const w = new CaptureWriter();
    const first = packets(w.stream(1_000_000, A, B, enc("INVITE sip:x SIP/2.0\r\n\r\n"))).map(tcpOf);
    const { SYN, ACK, PSH, FIN } = TcpFlag;
    expect(first.map((t) => t.flags)).toEqual([SYN, SYN | ACK, ACK, PSH | ACK]);
    const [syn, synAck, ack, data] = first as [
      ReturnType<typeof tcpOf>,
      ReturnType<typeof tcpOf>,
      ReturnType<typeof tcpOf>,
      ReturnType<typeof tcpOf>,
    ];
    expect([syn.sourcePort, syn.destinationPort]).toEqual([A.port, B.port]);
    expect([synAck.sourcePort, synAck.destinationPort]).toEqual([B.port, A.port]);
    expect(synAck.acknowledgmentNumber).toBe((syn.sequenceNumber + 1) >>> 0);
    expect(ack.sequenceNumber).toBe((syn.sequenceNumber + 1) >>> 0);
    expect(ack.acknowledgmentNumber).toBe((synAck.sequenceNumber + 1) >>> 0);
    expect(data.sequenceNumber).toBe(ack.sequenceNumber);
    expect(dec(data.payload)).toBe("INVITE sip:x SIP/2.0\r\n\r\n");
    // The answer goes the other way on the same connection: no new handshake, and it acks the INVITE.
    const reply = packets(w.stream(1_000_100, B, A, enc("SIP/2.0 100 Trying\r\n\r\n"))).map(tcpOf);
    expect(reply).toHaveLength(1);
    expect(reply[0]!.sequenceNumber).toBe((synAck.sequenceNumber + 1) >>> 0);
    expect(reply[0]!.acknowledgmentNumber).toBe((data.sequenceNumber + data.payload.length) >>> 0);
    const fin = packets(w.close(1_000_200, A, B)).map(tcpOf);
    expect(fin.map((t) => t.flags)).toEqual([FIN | ACK, FIN | ACK, ACK]);
    expect(fin[0]!.sequenceNumber).toBe((data.sequenceNumber + data.payload.length) >>> 0);
    expect(fin[1]!.acknowledgmentNumber).toBe((fin[0]!.sequenceNumber + 1) >>> 0);
    expect(fin[2]!.acknowledgmentNumber).toBe((fin[1]!.sequenceNumber + 1) >>> 0);
    // After the close, bytes between the same ends open a new connection.
    expect(packets(w.stream(1_000_300, A, B, enc("x"))).map((p) => tcpOf(p).flags)[0]).toBe(SYN);
  });

  it("computes TCP and UDP checksums over the pseudo-header; IPv6 too", () => {
    const w = new CaptureWriter();
    for (const p of packets(w.stream(5, A, B, enc("odd length!")))) expect(tcpChecksumOk(p)).toBe(true);
    const udp = packets(w.datagram(5, A, B, enc("RTP?")))[0]!;
    const seg = udp.subarray(20);
    const pseudo = new Uint8Array(12 + seg.length);
    pseudo.set(udp.subarray(12, 20), 0);
    pseudo[9] = 17;
    pseudo[11] = seg.length;
    pseudo.set(seg, 12);
    expect(internetChecksum(pseudo)).toBe(0);
    const v6 = packets(w.datagram(5, { host: "::1", port: 1 }, { host: "::1", port: 2 }, enc("x")))[0]!;
    expect(v6[0]! >> 4).toBe(6);
    expect(v6[6]).toBe(17);
    expect(() => w.datagram(5, A, { host: "::1", port: 2 }, enc("x"))).toThrow(/IPv4 and IPv6/);
  });

  it("cuts a large write into MSS-sized segments that our decoder joins again", () => {
    const w = new CaptureWriter();
    const big = new Uint8Array(SYNTH_MSS * 2 + 123);
    for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
    const file = join([w.header(), w.stream(7, A, B, big)]);
    const { out } = decodeAll(file);
    const joined = new Uint8Array(out.reduce((n, g) => n + g.payload.length, 0));
    let o = 0;
    for (const g of out) {
      joined.set(g.payload, o);
      o += g.payload.length;
    }
    expect(joined.length).toBe(big.length);
    expect(joined.findIndex((x, i) => x !== big[i])).toBe(-1);
    expect(w.packets).toBe(3 + 3);
  });

  it("our capture decoder reassembles any interleaving of writes in both directions, with timestamps", () => {
    const chunk = fc.record({
      fromA: fc.boolean(),
      text: fc.string({ minLength: 1, maxLength: 80 }),
    });
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 40 }), (writes) => {
        const w = new CaptureWriter({ comment: "test" });
        const parts = [w.header()];
        const sent = { a: "", b: "" };
        writes.forEach((x, i) => {
          parts.push(
            w.stream(1_700_000_000_000_000 + i * 1000, x.fromA ? A : B, x.fromA ? B : A, enc(x.text)),
          );
          if (x.fromA) sent.a += x.text;
          else sent.b += x.text;
        });
        parts.push(w.closeAll(1_800_000_000_000_000));
        const { d, out } = decodeAll(join(parts));
        expect(d.failure).toBeUndefined();
        expect(d.warnings).toEqual([]);
        expect(d.stats.tcpGaps).toBe(0);
        expect(d.stats.tcpRetransmittedBytes).toBe(0);
        const got = { a: "", b: "" };
        for (const g of out) {
          expect(g.transport).toBe("tcp");
          expect(g.gapBefore).toBe(0);
          if (g.src.port === A.port) got.a += dec(g.payload);
          else got.b += dec(g.payload);
        }
        expect(got).toEqual(sent);
        expect(out[0]!.time.seconds).toBe(1_700_000_000);
      }),
      { numRuns: 200 },
    );
  });

  it("writes a section comment and per-packet comments, and a file our decoder reads as pcapng raw IP", () => {
    const w = new CaptureWriter({ comment: "SIP over TLS recorded decrypted", application: "vdm-test" });
    const head = w.header();
    expect(dec(head)).toContain("SIP over TLS recorded decrypted");
    const pkt = w.stream(9_000_001, A, B, enc("OPTIONS"), "decrypted TLS");
    expect(dec(pkt)).toContain("decrypted TLS");
    const { d, out } = decodeAll(join([head, pkt, w.datagram(9_000_002, B, A, enc("u"))]));
    expect(d.format).toBe("pcapng");
    expect(d.interfaces[0]!.linkType).toBe(101);
    expect(out.map((g) => [g.transport, dec(g.payload)])).toEqual([
      ["tcp", "OPTIONS"],
      ["udp", "u"],
    ]);
    expect(out[1]!.time).toEqual({ seconds: 9, nanoseconds: 2000 });
  });
});
