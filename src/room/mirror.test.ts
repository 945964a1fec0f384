import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRtpPacket, serializeRtpPacket } from "../protocol/rtp/rtp-packet.js";
import { seqDelta, tsDelta } from "../protocol/rtp/sequence.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../protocol/rtp/types.js";
import { createMirror } from "./mirror.js";

function rtp(seq: number, ts: number, ssrc = 0x1234, pt = 97, marker = false): Uint8Array {
  return serializeRtpPacket({
    marker,
    payloadType: asPayloadType(pt),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(ts >>> 0),
    ssrc: asSsrc(ssrc),
    csrcs: [],
    payload: Uint8Array.of(0x65, 0xaa, 0xbb),
    paddingLength: 0,
  });
}

const out = (b: Uint8Array | undefined) => {
  if (!b) throw new Error("dropped");
  return parseRtpPacket(b);
};

describe("mirror rewriter", () => {
  it("rewrites SSRC, sequence, timestamp and payload type in place, keeping marker and payload", () => {
    const m = createMirror({ ssrc: 0xcafe, initialSeq: 1000, initialTs: 5000, payloadType: 96 });
    const input = rtp(40, 90000, 0x1234, 97, true);
    const result = m.rewrite(input, 0, "camera");
    expect(result).toBe(input); // same bytes, no copy
    const p = out(result);
    expect(p).toMatchObject({
      ssrc: 0xcafe,
      sequenceNumber: 1000,
      timestamp: 5000,
      payloadType: 96,
      marker: true,
    });
    expect([...p.payload]).toEqual([0x65, 0xaa, 0xbb]);
    const next = out(m.rewrite(rtp(41, 93000), 33, "camera"));
    expect(next).toMatchObject({ sequenceNumber: 1001, timestamp: 8000 });
  });

  it("keeps reordering and gaps of the source within a segment", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 0, initialTs: 0 });
    const seqs = [10, 12, 11, 15].map((s) => out(m.rewrite(rtp(s, s * 3000), s, "camera")).sequenceNumber);
    expect(seqs).toEqual([0, 2, 1, 5]);
    expect(m.state().lastSeq).toBe(5);
  });

  it("switching source continues seq + 1 and advances the timestamp by the wall-clock gap at 90 kHz", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 100, initialTs: 1_000_000 });
    for (let i = 0; i < 30; i++) m.rewrite(rtp(500 + i, 3000 * i, 0xaaaa), i * 33.3, "camera");
    const last = m.state();
    // The presentation stream has unrelated numbers; it starts 50 ms after the last camera frame.
    const first = out(m.rewrite(rtp(9, 777_777, 0xbbbb), 29 * 33.3 + 50, "slides"));
    expect(first.sequenceNumber).toBe((last.lastSeq! + 1) & 0xffff);
    expect(tsDelta(first.timestamp, last.lastTs!)).toBe(4500);
    const second = out(m.rewrite(rtp(10, 777_777 + 9000, 0xbbbb), 29 * 33.3 + 150, "slides"));
    expect(second.sequenceNumber).toBe((first.sequenceNumber + 1) & 0xffff);
    expect(tsDelta(second.timestamp, first.timestamp)).toBe(9000);
    expect(m.state()).toMatchObject({ switches: 1, source: "slides" });
    // ... and back to the camera.
    const back = out(m.rewrite(rtp(530, 90_000, 0xaaaa), 29 * 33.3 + 200, "camera"));
    expect(back.sequenceNumber).toBe((second.sequenceNumber + 1) & 0xffff);
    expect(tsDelta(back.timestamp, second.timestamp)).toBe(4500);
  });

  it("an SSRC change inside one source (the endpoint restarted its encoder) is a switch too", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 0, initialTs: 0 });
    m.rewrite(rtp(10, 0, 1), 0, "camera");
    const p = out(m.rewrite(rtp(60000, 5, 2), 10, "camera"));
    expect(p.sequenceNumber).toBe(1);
    expect(p.timestamp).toBe(900);
  });

  it("back-to-back switches still advance the timestamp by at least one tick", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 0, initialTs: 0 });
    m.rewrite(rtp(1, 0), 0, "a");
    const p = out(m.rewrite(rtp(1, 0, 9), 0, "b"));
    expect(p.timestamp).toBe(1);
  });

  it("output wraps around 16-bit sequence and 32-bit timestamp, and input wrap passes through", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 65534, initialTs: 0xffffff00 });
    const got = [65533, 65534, 65535, 0, 1].map((s, i) =>
      out(m.rewrite(rtp(s, (0xfffffe00 + i * 3000) >>> 0), i * 33, "camera")),
    );
    expect(got.map((p) => p.sequenceNumber)).toEqual([65534, 65535, 0, 1, 2]);
    expect(got.map((p) => p.timestamp)).toEqual([0xffffff00, 2744, 5744, 8744, 11744]);
  });

  it("maps payload types and drops what is not negotiated back", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 0, initialTs: 0, payloadTypeMap: { 97: 96, 111: 111 } });
    expect(out(m.rewrite(rtp(1, 0, 1, 97), 0, "c")).payloadType).toBe(96);
    expect(m.rewrite(rtp(2, 0, 1, 98), 0, "c")).toBeUndefined();
    expect(m.state()).toMatchObject({ packets: 1, dropped: 1 });
  });

  it("drops what is not RTP", () => {
    const m = createMirror({ ssrc: 1, initialSeq: 0, initialTs: 0 });
    expect(m.rewrite(Uint8Array.of(0x80, 0x60), 0, "c")).toBeUndefined();
    expect(m.rewrite(new Uint8Array(20), 0, "c")).toBeUndefined();
  });

  it("output is continuous (seq +1 per packet) for any in-order input with random switches (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            source: fc.constantFrom("camera", "slides"),
            seqStart: fc.integer({ min: 0, max: 0xffff }),
            tsStart: fc.integer({ min: 0, max: 0xffffffff }),
            count: fc.integer({ min: 1, max: 20 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 0xffff }),
        (segments, initialSeq) => {
          const m = createMirror({ ssrc: 7, initialSeq, initialTs: 0 });
          let now = 0;
          let prev: { seq: number; ts: number } | undefined;
          // Each segment is a new encoder run (its own SSRC), possibly on the same source.
          for (const [k, s] of segments.entries()) {
            for (let i = 0; i < s.count; i++) {
              now += 33;
              const p = out(m.rewrite(rtp(s.seqStart + i, s.tsStart + i * 3000, k + 1), now, s.source));
              if (prev) {
                expect(seqDelta(p.sequenceNumber, prev.seq)).toBe(1);
                expect(tsDelta(p.timestamp, prev.ts)).toBeGreaterThan(0);
              } else {
                expect(p.sequenceNumber).toBe(initialSeq);
              }
              prev = { seq: p.sequenceNumber, ts: p.timestamp };
            }
          }
        },
      ),
    );
  });
});
