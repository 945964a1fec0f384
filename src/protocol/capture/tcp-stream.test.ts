import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TcpFlag } from "../net/tcp.js";
import { type StreamChunk, TcpStream } from "./tcp-stream.js";

const text = (chunks: readonly StreamChunk[]) => chunks.map((c) => new TextDecoder().decode(c.data)).join("");
const bytes = (s: string) => new TextEncoder().encode(s);
const { SYN, ACK, FIN, RST } = TcpFlag;

describe("TCP stream reassembly (RFC 9293 §3.4)", () => {
  it("passes in-order data on as views, after the SYN", () => {
    const s = new TcpStream();
    expect(s.segment(1000, SYN, new Uint8Array(0))).toEqual([]);
    const payload = bytes("hello");
    const out = s.segment(1001, ACK, payload);
    expect(out).toHaveLength(1);
    expect(out[0]!.data.buffer).toBe(payload.buffer);
    expect(text(s.segment(1006, ACK, bytes(" world")))).toBe(" world");
  });

  it("orders out-of-order segments and drops retransmissions and overlaps", () => {
    const s = new TcpStream();
    s.segment(0, SYN, new Uint8Array(0));
    expect(s.segment(6, ACK, bytes("world"))).toEqual([]); // early
    expect(s.segment(11, ACK, bytes("!"))).toEqual([]);
    const out = s.segment(1, ACK, bytes("hello"));
    expect(text(out)).toBe("helloworld!");
    expect(out.every((c) => c.gapBefore === 0)).toBe(true);
    expect(s.segment(1, ACK, bytes("hello"))).toEqual([]); // retransmission
    expect(text(s.segment(9, ACK, bytes("ld!more")))).toBe("more"); // overlap
    expect(s.retransmittedBytes).toBe(5 + 3);
  });

  it("wraps sequence numbers around 2^32", () => {
    const s = new TcpStream();
    s.segment(0xfffffffd, SYN, new Uint8Array(0));
    expect(s.segment(0x00000001, ACK, bytes("cd"))).toEqual([]);
    // "cd" held at 1..2 overlaps the "b" at 1: only its "d" is new.
    expect(text(s.segment(0xfffffffe, ACK, bytes("xyab")))).toBe("xyabd");
    expect(text(s.segment(0x00000002, ACK, bytes("dEF")))).toBe("EF");
  });

  it("reports a gap when the out-of-order buffer overflows and continues after it", () => {
    const s = new TcpStream({ maxBufferedBytes: 10, maxBufferedSegments: 100 });
    s.segment(0, SYN, new Uint8Array(0));
    expect(text(s.segment(1, ACK, bytes("aaaa")))).toBe("aaaa");
    // bytes 5..9 never arrive
    expect(s.segment(10, ACK, bytes("bbbbbb"))).toEqual([]);
    const out = s.segment(16, ACK, bytes("cccccc")); // 12 held > 10: give up on the hole
    expect(out.map((c) => [c.gapBefore, new TextDecoder().decode(c.data)])).toEqual([
      [5, "bbbbbb"],
      [0, "cccccc"],
    ]);
    expect(s.gaps).toBe(1);
    expect(text(s.segment(22, ACK, bytes("d")))).toBe("d");
  });

  it("flushes held data after a hole at FIN, RST and the end of the capture", () => {
    const atEnd = new TcpStream();
    atEnd.segment(0, SYN, new Uint8Array(0));
    atEnd.segment(10, ACK, bytes("late"));
    expect(atEnd.flush().map((c) => c.gapBefore)).toEqual([9]);

    const reset = new TcpStream();
    reset.segment(0, SYN, new Uint8Array(0));
    reset.segment(5, ACK, bytes("x"));
    const out = reset.segment(1, RST, new Uint8Array(0));
    expect(out.map((c) => c.gapBefore)).toEqual([4]);
    expect(reset.state).toBe("closed");
    expect(reset.segment(6, ACK, bytes("ignored"))).toEqual([]);

    const fin = new TcpStream();
    fin.segment(0, SYN, new Uint8Array(0));
    expect(fin.segment(6, FIN | ACK, bytes("end"))).toEqual([]);
    expect(text(fin.segment(1, ACK, bytes("start")))).toBe("startend");
    expect(fin.state).toBe("closed");
  });

  it("picks a stream up mid-connection, and a new SYN restarts it (port reuse)", () => {
    const s = new TcpStream();
    expect(s.segment(5000, ACK, new Uint8Array(0))).toEqual([]);
    expect(text(s.segment(5000, ACK, bytes("mid")))).toBe("mid");
    s.segment(5003, FIN | ACK, new Uint8Array(0));
    expect(s.state).toBe("closed");
    s.segment(90, SYN, new Uint8Array(0));
    expect(s.state).toBe("open");
    expect(text(s.segment(91, ACK, bytes("again")))).toBe("again");
    expect(s.segment(90, SYN, new Uint8Array(0))).toEqual([]); // retransmitted SYN keeps the stream
    expect(text(s.segment(96, ACK, bytes("!")))).toBe("!");
  });

  it("accounts for a segment cut by the snap length as a gap", () => {
    const s = new TcpStream();
    s.segment(0, SYN, new Uint8Array(0));
    expect(text(s.segment(1, ACK, bytes("abc"), 10))).toBe("abc");
    expect(s.segment(11, ACK, bytes("next")).map((c) => c.gapBefore)).toEqual([7]);
  });

  it("rebuilds any segmentation, shuffled and duplicated, within a bounded buffer", () => {
    const message = Uint8Array.from({ length: 300 }, (_, i) => i % 251);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.nat(0xffffffff),
        (sizes, swaps, isn) => {
          const segments: { seq: number; data: Uint8Array }[] = [];
          for (let o = 0, i = 0; o < message.length; i++) {
            const n = sizes[i % sizes.length]!;
            segments.push({ seq: (isn + 1 + o) >>> 0, data: message.subarray(o, o + n) });
            o += n;
          }
          for (const w of swaps) {
            const a = w % segments.length;
            const b = (w >> 8) % segments.length;
            if (w & 1)
              segments.push(segments[a]!); // duplicate
            else [segments[a], segments[b]] = [segments[b]!, segments[a]!];
          }
          const s = new TcpStream();
          const out = s.segment(isn, SYN, new Uint8Array(0));
          for (const seg of segments) out.push(...s.segment(seg.seq, ACK, seg.data));
          out.push(...s.flush());
          const got = out.flatMap((c) => Array.from(c.data));
          expect(out.every((c) => c.gapBefore === 0)).toBe(true);
          expect(got).toEqual(Array.from(message));
        },
      ),
    );
  });
});
