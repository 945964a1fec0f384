import { describe, expect, it } from "vitest";
import { serializeRtpPacket } from "../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../protocol/rtp/types.js";
import { createReceiveStats, type RtpArrival } from "./rtp-stats.js";

const clockRate = (pt: number) => ({ 96: 90000, 9: 8000, 111: 48000 })[pt];

/** A 50 packet/s audio-like stream: seq `start + i`, 20 ms apart in both media and wall clock. */
function packet(i: number, start = 0, pt = 9, ssrc = 1): RtpArrival {
  return {
    ssrc,
    sequenceNumber: (start + i) & 0xffff,
    timestamp: (1000 + i * 160) >>> 0,
    payloadType: pt,
    size: 172,
  };
}

describe("RFC 3550 A.3 expected and lost", () => {
  it("a clean stream has no loss and the right counts", () => {
    const st = createReceiveStats({ clockRate });
    for (let i = 0; i < 100; i++) st.record(packet(i), i * 20);
    expect(st.stream(1)).toMatchObject({
      packets: 100,
      expected: 100,
      lost: 0,
      duplicates: 0,
      reordered: 0,
      bytes: 17200,
    });
    expect(st.stream(1)?.jitter).toBeCloseTo(0, 9);
  });

  it("counts loss across the sequence wrap", () => {
    const st = createReceiveStats({ clockRate });
    const dropped = new Set([3, 4, 50, 99]);
    for (let i = 0; i < 200; i++) if (!dropped.has(i)) st.record(packet(i, 65500), i * 20);
    const s = st.stream(1)!;
    expect(s.expected).toBe(200);
    expect(s.lost).toBe(4);
    expect(s.lossFraction).toBeCloseTo(0.02);
    expect(s.highestSequence).toBe(65500 + 199);
  });

  it("duplicates are counted and do not hide loss", () => {
    const st = createReceiveStats({ clockRate });
    for (const i of [0, 1, 1, 2, 2, 2, 4]) st.record(packet(i), i * 20);
    expect(st.stream(1)).toMatchObject({ packets: 7, duplicates: 3, expected: 5, lost: 1 });
  });

  it("reordering is counted, and a late packet fills its gap", () => {
    const st = createReceiveStats({ clockRate });
    for (const i of [0, 1, 3, 2, 4, 6, 5, 7]) st.record(packet(i), i * 20);
    expect(st.stream(1)).toMatchObject({ reordered: 2, lost: 0, expected: 8 });
  });

  it("reordering around the wrap", () => {
    const st = createReceiveStats({ clockRate });
    for (const seq of [65534, 0, 65535, 1, 2]) st.record({ ...packet(0), sequenceNumber: seq }, 0);
    expect(st.stream(1)).toMatchObject({ reordered: 1, lost: 0, expected: 5, duplicates: 0 });
  });

  it("RFC 3550 A.1: a sequence restart (two sequential packets after a big jump) resynchronises", () => {
    const st = createReceiveStats({ clockRate });
    for (let i = 0; i < 10; i++) st.record(packet(i, 100), i * 20);
    for (let i = 0; i < 10; i++) st.record(packet(i, 40000), 200 + i * 20);
    const s = st.stream(1)!;
    expect(s.sequenceRestarts).toBe(1);
    expect(s.expected).toBe(20);
    expect(s.lost).toBe(0);
  });

  it("one stray packet far away is not a restart", () => {
    const st = createReceiveStats({ clockRate });
    for (let i = 0; i < 5; i++) st.record(packet(i), i * 20);
    st.record({ ...packet(0), sequenceNumber: 30000 }, 100);
    for (let i = 5; i < 10; i++) st.record(packet(i), i * 20);
    expect(st.stream(1)).toMatchObject({ sequenceRestarts: 0, expected: 10, lost: 0, packets: 11 });
  });
});

describe("RFC 3550 A.8 interarrival jitter", () => {
  it("arrival offsets alternating by 10 ms converge to J = |D| = 10 ms, in clock units and ms", () => {
    const st = createReceiveStats({ clockRate });
    for (let i = 0; i < 400; i++) st.record(packet(i), i * 20 + (i % 2 === 0 ? 0 : 10) - 5);
    const s = st.stream(1)!;
    // |D| is 10 ms every packet: J converges to 10 ms = 80 ticks at 8 kHz.
    expect(s.jitterMs).toBeCloseTo(10, 3);
    expect(s.jitter).toBeCloseTo(80, 1);
    expect(s.clockRate).toBe(8000);
  });

  it("first step follows J += (|D| - J) / 16", () => {
    const st = createReceiveStats({ clockRate });
    st.record(packet(0), 0);
    st.record(packet(1), 36); // 16 ms late: D = 16 ms = 128 ticks
    expect(st.stream(1)?.jitter).toBeCloseTo(8, 9);
    expect(st.stream(1)?.jitterMs).toBeCloseTo(1, 9);
  });

  it("is unaffected by the 32-bit timestamp wrap", () => {
    const st = createReceiveStats({ clockRate });
    for (let i = 0; i < 50; i++) st.record({ ...packet(i), timestamp: (0xffffff00 + i * 160) >>> 0 }, i * 20);
    expect(st.stream(1)?.jitter).toBeCloseTo(0, 6);
  });

  it("packets of one video frame share a timestamp: their spread in arrival counts", () => {
    const st = createReceiveStats({ clockRate });
    // 30 frames/s at 90 kHz, three packets per frame sent 1 ms apart: |D| is 1, 1, then 2 ms.
    for (let f = 0; f < 300; f++)
      for (let k = 0; k < 3; k++)
        st.record(
          { ssrc: 5, sequenceNumber: f * 3 + k, timestamp: f * 3000, payloadType: 96, size: 1000 },
          (f * 100) / 3 + k,
        );
    const s = st.stream(5)!;
    expect(s.clockRate).toBe(90000);
    // J settles into a sawtooth around the mean |D| = 4/3 ms.
    expect(s.jitterMs).toBeGreaterThan(1.25);
    expect(s.jitterMs).toBeLessThan(1.45);
    expect(s.maxJitterMs).toBeLessThan(1.45);
  });

  it("a clock rate learnt after the first packets starts the jitter from then on", () => {
    let known = false;
    const st = createReceiveStats({ clockRate: (pt) => (known ? clockRate(pt) : undefined) });
    for (let i = 0; i < 10; i++) st.record(packet(i), i * 20);
    expect(st.stream(1)?.jitterMs).toBeUndefined();
    known = true;
    st.record(packet(10), 200);
    st.record(packet(11), 236); // 16 ms late: the first D once the rate is known
    expect(st.stream(1)?.clockRate).toBe(8000);
    expect(st.stream(1)?.jitterMs).toBeCloseTo(1, 9);
  });

  it("unknown clock rate: no jitter rather than a wrong one", () => {
    const st = createReceiveStats({ clockRate });
    st.record(packet(0, 0, 77), 0);
    st.record(packet(1, 0, 77), 25);
    expect(st.stream(1)?.jitterMs).toBeUndefined();
  });
});

describe("bitrate, arrivals, payload type and SSRC changes", () => {
  it("buckets bytes per wall-clock second", () => {
    const st = createReceiveStats({ clockRate });
    for (let i = 0; i < 100; i++) st.record(packet(i), 500 + i * 20);
    const s = st.stream(1)!;
    expect(s.perSecond.map((b) => [b.second, b.packets])).toEqual([
      [0, 25],
      [1, 50],
      [2, 25],
    ]);
    expect(s.perSecond[1]?.bitsPerSecond).toBe(50 * 172 * 8);
    expect(s.firstArrivalMs).toBe(500);
    expect(s.lastArrivalMs).toBe(500 + 99 * 20);
  });

  it("records payload type changes and restarts jitter on a new clock", () => {
    const st = createReceiveStats({ clockRate });
    st.record(packet(0, 0, 9), 0);
    st.record(packet(1, 0, 9), 20);
    st.record(packet(2, 0, 111), 40);
    const s = st.stream(1)!;
    expect(s.payloadTypeChanges).toEqual([{ atMs: 40, from: 9, to: 111 }]);
    expect(s.clockRate).toBe(48000);
    expect(s.payloadType).toBe(111);
  });

  it("records SSRC changes and keeps one record per SSRC", () => {
    const st = createReceiveStats({ clockRate });
    st.record(packet(0, 0, 96, 1), 0);
    st.record(packet(0, 500, 96, 2), 10);
    st.record(packet(1, 500, 96, 2), 20);
    st.record(packet(1, 0, 96, 1), 30);
    expect(st.ssrcChanges()).toEqual([
      { atMs: 10, from: 1, to: 2 },
      { atMs: 30, from: 2, to: 1 },
    ]);
    expect(st.streams().map((s) => [s.ssrc, s.packets])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("recordBytes parses RTP and refuses what is not RTP", () => {
    const st = createReceiveStats({ clockRate });
    const bytes = serializeRtpPacket({
      marker: false,
      payloadType: asPayloadType(96),
      sequenceNumber: asSequenceNumber(7),
      timestamp: asRtpTimestamp(1),
      ssrc: asSsrc(0xdeadbeef),
      csrcs: [],
      payload: new Uint8Array(100),
      paddingLength: 0,
    });
    expect(st.recordBytes(bytes, 0)).toBe(true);
    expect(st.recordBytes(Uint8Array.of(1, 2, 3), 0)).toBe(false);
    expect(st.stream(0xdeadbeef)).toMatchObject({ packets: 1, bytes: 112, payloadType: 96 });
  });
});
