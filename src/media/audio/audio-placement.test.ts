import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeAudioPackets, type ReceivedAudioPacket } from "./audio-placement.js";

const pkt = (seq: number, timestamp: number, atMs: number): ReceivedAudioPacket => ({
  seq,
  timestamp: timestamp >>> 0,
  payload: Uint8Array.of(seq & 0xff),
  atMs,
});

/** The slot each payload landed in, by its first byte (the sequence number's low byte). */
const slotsOf = (payloads: readonly (Uint8Array | undefined)[]) =>
  payloads.flatMap((p, i) => (p ? [[p[0]!, i] as const] : []));

describe("placeAudioPackets", () => {
  it("lays a steady stream end to end", () => {
    const placed = placeAudioPackets(
      [0, 1, 2, 3].map((i) => pkt(10 + i, 160 * i, 20 * i)),
      8000,
    );
    expect(placed.payloads.map((p) => p?.[0])).toEqual([10, 11, 12, 13]);
    expect(placed.arrivals).toEqual([0, 20, 40, 60]);
  });

  it("puts a sender's skip (timestamps jump, sequence numbers do not) at its place, as silence", () => {
    const packets = [pkt(1, 0, 0), pkt(2, 160, 20), pkt(3, 160 * 5, 100), pkt(4, 160 * 6, 120)];
    const placed = placeAudioPackets(packets, 8000);
    expect(slotsOf(placed.payloads)).toEqual([
      [1, 0],
      [2, 1],
      [3, 5],
      [4, 6],
    ]);
    expect(placed.arrivals.slice(2, 5)).toEqual([undefined, undefined, undefined]);
  });

  it("keeps a lost packet's place by its sequence number, in any arrival order", () => {
    const placed = placeAudioPackets([pkt(4, 480, 60), pkt(1, 0, 0), pkt(2, 160, 20)], 8000);
    expect(slotsOf(placed.payloads)).toEqual([
      [1, 0],
      [2, 1],
      [4, 3],
    ]);
  });

  it("reads timestamps across their wrap (RFC 3550 §5.1)", () => {
    const placed = placeAudioPackets(
      [pkt(1, 0xffff_ff00, 0), pkt(2, 0xffff_ff00 + 160, 20), pkt(3, 0xffff_ff00 + 640, 80)],
      8000,
    );
    expect(slotsOf(placed.payloads)).toEqual([
      [1, 0],
      [2, 1],
      [3, 4],
    ]);
  });

  it("does not believe a timestamp jump the arrivals do not show (a forged or restarted clock)", () => {
    // 10 minutes of timestamps between two packets 20 ms apart: laid by sequence number.
    const placed = placeAudioPackets([pkt(1, 0, 0), pkt(2, 160, 20), pkt(3, 8000 * 600, 40)], 8000);
    expect(placed.payloads).toHaveLength(3);
  });

  it("property: with skips and losses, every packet lands at its timestamp's slot", () => {
    const step = fc.record({
      skip: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, fc.integer({ min: 1, max: 6 })),
      lost: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 2, maxLength: 200 }), fc.nat(0xffff_ffff), (steps, tsBase) => {
        const packets: ReceivedAudioPacket[] = [];
        const expected: [number, number][] = [];
        let slot = 0;
        steps.forEach((s, seq) => {
          slot += seq === 0 ? 0 : 1 + s.skip;
          // Sent on time: it arrives when its audio is due.
          if (s.lost && seq > 0) return;
          packets.push(pkt(seq, tsBase + 160 * slot, 20 * slot));
          expected.push([seq & 0xff, slot]);
        });
        // The packet time shows: received neighbours one packet apart outnumber any other step.
        const steady = packets.filter((p, i) => i > 0 && p.seq - packets[i - 1]!.seq === 1);
        const steps1 = steady.map((p) => p.timestamp - packets[packets.indexOf(p) - 1]!.timestamp);
        const ones = steps1.filter((d) => (d | 0) === 160).length;
        fc.pre(ones > steps1.length - ones);
        const placed = placeAudioPackets(packets, 8000);
        expect(slotsOf(placed.payloads)).toEqual(expected);
        expect(placed.arrivals.length).toBe(placed.payloads.length);
      }),
    );
  });
});
