import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinAnnexB } from "./annex-b.js";
import { H264Depacketizer, type H264RtpPacket } from "./rtp-depacketizer.js";
import { NalTooLargeError, packetizeAccessUnit } from "./rtp-packetizer.js";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const SPS = Buffer.from("6742c01fda014016ec0440000003004000000f23c60ca8", "hex");
const PPS = Buffer.from("68ce0fc8", "hex");
const idr = (n: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 0x65 : (i * 7) & 0xff));

/** Turns payloads into packets as an RTP sender would: consecutive sequence numbers, one timestamp per AU. */
function toPackets(aus: Uint8Array[][], mtu = 1200, seq0 = 65530): H264RtpPacket[] {
  let seq = seq0;
  return aus.flatMap((au, i) =>
    packetizeAccessUnit(au, { mtu }).map((p) => ({
      sequenceNumber: seq++ & 0xffff,
      timestamp: (0xfffff000 + i * 3000) >>> 0,
      marker: p.marker,
      payload: p.payload,
    })),
  );
}

describe("RFC 6184 packetizer", () => {
  it("mode 1: SPS+PPS in one STAP-A, a large IDR in FU-A, marker on the last", () => {
    const out = packetizeAccessUnit([SPS, PPS, idr(3000)]);
    expect(out.map((p) => p.payload[0]! & 0x1f)).toEqual([24, 28, 28, 28]);
    expect(out.map((p) => p.marker)).toEqual([false, false, false, true]);
    for (const p of out) expect(p.payload.length).toBeLessThanOrEqual(1200);
  });

  it("mode 1: a lone small NAL goes as a single NAL unit packet", () => {
    const out = packetizeAccessUnit([Uint8Array.of(0x41, 1, 2)]);
    expect(out).toEqual([{ payload: Uint8Array.of(0x41, 1, 2), marker: true }]);
  });

  it("mode 0: single NAL units only, and refuses a NAL over the MTU", () => {
    const out = packetizeAccessUnit([SPS, PPS, idr(900)], { packetizationMode: 0 });
    expect(out.map((p) => hex(p.payload.subarray(0, 1)))).toEqual(["67", "68", "65"]);
    expect(() => packetizeAccessUnit([idr(1201)], { packetizationMode: 0 })).toThrowError(NalTooLargeError);
    expect(() => packetizeAccessUnit([idr(1201)], { packetizationMode: 0 })).toThrowError(/slice-max-size/);
  });
});

describe("RFC 6184 depacketizer", () => {
  it("rebuilds the access unit as Annex B with keyframe flag and timestamp", () => {
    const d = new H264Depacketizer();
    const aus = toPackets([[SPS, PPS, idr(5000)]]).flatMap((p) => d.push(p));
    expect(aus).toHaveLength(1);
    expect(hex(aus[0]!.annexB)).toBe(hex(joinAnnexB([SPS, PPS, idr(5000)])));
    expect(aus[0]).toMatchObject({ keyframe: true, complete: true, timestamp: 0xfffff000 });
  });

  it("drops a NAL whose middle fragment was lost and flags the access unit", () => {
    const d = new H264Depacketizer();
    const pkts = toPackets([[SPS, PPS, idr(5000), Uint8Array.of(0x65, 9)], [Uint8Array.of(0x41, 1)]]);
    const lossy = pkts.filter((_, i) => i !== 2); // an FU-A in the middle
    const aus = lossy.flatMap((p) => d.push(p));
    expect(aus.map((a) => a.nals.map((n) => n.length))).toEqual([[23, 4, 2], [2]]);
    expect(aus.map((a) => a.complete)).toEqual([false, true]);
    expect(d.stats).toMatchObject({ lost: 1, droppedNals: 1 });
  });

  it("ends an access unit at a timestamp change when the marker packet is lost", () => {
    const d = new H264Depacketizer();
    const pkts = toPackets([[SPS, idr(2000)], [Uint8Array.of(0x41, 2)]]);
    const aus = pkts.filter((p) => !(p.marker && p.timestamp === 0xfffff000)).flatMap((p) => d.push(p));
    expect(aus.map((a) => [a.nals.length, a.complete])).toEqual([
      [1, false],
      [1, false],
    ]);
  });

  it("drops late and duplicate packets", () => {
    const d = new H264Depacketizer();
    const [a, b] = toPackets([[Uint8Array.of(0x41, 1), Uint8Array.of(0x41, 2)]], 3);
    d.push(a!);
    d.push(a!);
    expect(d.push(b!)).toHaveLength(1);
    expect(d.stats.late).toBe(1);
  });

  it("round-trips any sequence of access units through packetize → depacketize (property)", () => {
    const nal = fc
      .tuple(fc.constantFrom(0x65, 0x41, 0x67, 0x68, 0x06, 0x01), fc.uint8Array({ maxLength: 4000 }))
      .map(([h, body]) => Uint8Array.from([h, ...body]));
    fc.assert(
      fc.property(
        fc.array(fc.array(nal, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 3, max: 1400 }),
        (aus, mtu) => {
          const d = new H264Depacketizer();
          const out = toPackets(aus, mtu).flatMap((p) => d.push(p));
          expect(out.map((a) => a.nals.map(hex))).toEqual(aus.map((au) => au.map(hex)));
          expect(out.every((a) => a.complete)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never throws on random payloads and sequence numbers (property)", () => {
    const pkt = fc.record({
      sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
      timestamp: fc.integer({ min: 0, max: 0xffffffff }),
      marker: fc.boolean(),
      payload: fc.uint8Array({ maxLength: 64 }),
    });
    fc.assert(
      fc.property(fc.array(pkt, { maxLength: 40 }), (pkts) => {
        const d = new H264Depacketizer();
        for (const p of pkts) for (const au of d.push(p)) expect(au.nals.length).toBeGreaterThan(0);
        d.flush();
      }),
      { numRuns: 1000 },
    );
  });
});
