import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { H323LegFacts } from "../../src/analysis/h323-call-facts.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { decodeRas } from "../../src/protocol/ras/ras-message.js";
import { rasName } from "../../src/protocol/ras/ras-names.js";
import { loadGoldenPdus } from "../support/asn1-pdus.js";
import {
  analyzePcap,
  peerSegments,
  type Segment,
  segmentsPcap,
  splitSegments,
  synsFor,
} from "../support/h323/segment-capture.js";

// A capture of an H.323 call that is not whole or not clean: cut in the middle of a message,
// segments out of order or repeated, a segment lost, garbage on the call signalling port or
// the RAS port. The analysis warns (in its notes) and grades what it could read; it never throws.

const A = peerSegments("a-direct-faststart.pcapng");
const B = peerSegments("b-direct-separate-h245.pcapng");
const names = (l: H323LegFacts | undefined) => (l?.messages ?? []).map((m) => m.name);
/** Each party's messages in order: how the two directions interleave depends on the capture's order. */
const bySender = (l: H323LegFacts | undefined) => ({
  caller: (l?.messages ?? []).filter((m) => m.from === "caller").map((m) => m.name),
  callee: (l?.messages ?? []).filter((m) => m.from === "callee").map((m) => m.name),
});

function analyse(segments: readonly Segment[], datagrams: Parameters<typeof segmentsPcap>[1] = []) {
  const fa = analyzePcap(segmentsPcap(segments, datagrams));
  return { fa, h: fa.analysis.h323, notes: fa.analysis.notes, reports: buildCaptureReports(fa) };
}

const whole = analyse(A);
const WHOLE = names(whole.h.calls[0]?.legs[0]);

describe("H.323 in a capture that is not whole or not clean", () => {
  it("the peer capture rebuilt from its segments reads as the original: 19 messages, no note", () => {
    expect(A.length).toBe(12);
    expect(WHOLE).toHaveLength(19);
    expect(WHOLE[0]).toBe("Setup");
    expect(WHOLE.at(-1)).toBe("ReleaseComplete");
    expect(whole.notes).toEqual([]);
  });

  it("TPKT packets split across 1..7-octet segments are put back together", () => {
    for (const size of [1, 2, 3, 7]) {
      const { h, notes } = analyse(splitSegments(A, size));
      expect(names(h.calls[0]?.legs[0]), `segments of ${size}`).toEqual(WHOLE);
      expect(notes).toEqual([]);
    }
  });

  it("segments out of order and retransmitted: reordered by sequence number, each message once", () => {
    const pieces = splitSegments(A, 5);
    const shuffled = [
      ...synsFor(A),
      ...pieces
        .map((s, i) => ({ s, k: (i * 7919) % 101 }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.s),
    ];
    const repeated = [...shuffled, ...pieces.filter((_, i) => i % 3 === 0)];
    for (const segments of [shuffled, repeated]) {
      const { h, notes } = analyse(segments);
      expect(bySender(h.calls[0]?.legs[0])).toEqual(bySender(whole.h.calls[0]?.legs[0]));
      expect(notes).toEqual([]);
    }
  });

  it("a capture cut in the middle of a message: a warning, the messages before it graded", () => {
    // The callee's Connect is the 3rd segment it sent: keep only its first 20 octets.
    const connect = A.findIndex(
      (s, i) => s.src.endsWith(":1720") && A.slice(0, i).filter((x) => x.src === s.src).length === 2,
    );
    const cut = [...A.slice(0, connect), { ...A[connect]!, payload: A[connect]!.payload.subarray(0, 20) }];
    const { h, notes, reports } = analyse(cut);
    expect(names(h.calls[0]?.legs[0])).toEqual(["Setup", "CallProceeding", "Alerting"]);
    expect(notes.join("\n")).toMatch(/the capture ends inside a TPKT packet \(20 octets of it seen\)/);
    const check = reports.reports[0]!.checks.find((c) => c.id === "h323.call")!;
    expect(check.status).toBe("fail");
    expect(check.summary).toBe("no Connect answered the Setup in the capture");
  });

  it("a pcap file cut at any point: each party's messages so far, the cut reported, never a throw", () => {
    const pcap = segmentsPcap(A);
    const full = bySender(whole.h.calls[0]?.legs[0]);
    let reported = 0;
    for (let at = 0; at < pcap.length; at += 13) {
      const fa = analyzePcap(pcap.subarray(0, at));
      const got = bySender(fa.analysis.h323.calls[0]?.legs[0]);
      expect(got.caller, `cut at ${at}`).toEqual(full.caller.slice(0, got.caller.length));
      expect(got.callee, `cut at ${at}`).toEqual(full.callee.slice(0, got.callee.length));
      if (fa.capture?.failure) reported++;
      expect(buildCaptureReports(fa).reports.length).toBeGreaterThanOrEqual(1);
    }
    // Most cuts fall inside a record: the reader says where it stopped.
    expect(reported).toBeGreaterThan(pcap.length / 13 / 2);
  });

  it("a lost segment: a warning, framing resynchronised on the next Q.931 message", () => {
    // Drop the caller's second segment (a Facility with tunnelled H.245) after a SYN fixed the start.
    const callerSegs = A.filter((s) => !s.src.endsWith(":1720"));
    const lost = callerSegs[1]!;
    const { h, notes } = analyse([...synsFor(A), ...A.filter((s) => s !== lost)]);
    const got = names(h.calls[0]?.legs[0]);
    expect(notes.join("\n")).toMatch(/octets missing from the capture: TPKT framing resynchronised/);
    expect(got[0]).toBe("Setup");
    expect(got.at(-1)).toBe("ReleaseComplete");
    expect(got.length).toBeLessThan(WHOLE.length);
  });

  it("garbage on port 1720: skipped with a warning, the call after it still read", () => {
    const garbage: Segment = {
      src: "127.0.0.7:40000",
      dst: "127.0.0.2:1720",
      seq: 1,
      payload: Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 0xff),
    };
    const tpktGarbage: Segment = {
      src: "127.0.0.7:40001",
      dst: "127.0.0.2:1720",
      seq: 1,
      payload: Uint8Array.of(3, 0, 0, 12, 8, 2, 0, 1, 5, 0xff, 0xff, 0xff),
    };
    const { h, notes, reports } = analyse([garbage, tpktGarbage, ...A]);
    expect(h.calls).toHaveLength(1);
    expect(names(h.calls[0]!.legs[0])).toEqual(WHOLE);
    const text = notes.join("\n");
    expect(text).toMatch(
      /127\.0\.0\.7:40000 → 127\.0\.0\.2:1720: TPKT: version 11, expected 3 .*: the rest of this piece is skipped/,
    );
    expect(text).toMatch(/an H\.225\.0 message that does not decode/);
    expect(h.undecodable).toBe(1);
    expect(reports.reports).toHaveLength(1);
  });

  it("garbage to the RAS port: counted and noted, not taken for RTP", () => {
    const junk = [0, 1, 2].map((i) => ({
      src: "127.0.0.7:5000",
      dst: "127.0.0.4:1719",
      payload: Uint8Array.from({ length: 40 }, (_, k) => (k * 13 + i) | 0x80),
    }));
    const { h, notes, fa } = analyse(A, junk);
    expect(h.undecodable).toBe(3);
    expect(notes.filter((n) => /not H\.225\.0 RAS/.test(n))).toHaveLength(3);
    expect(fa.analysis.streams.filter((s) => s.dst === "127.0.0.4:1719")).toEqual([]);
  });

  it("a separate H.245 connection whose start is missing: its messages from the next header on", () => {
    const h245 = B.filter((s) => !s.src.endsWith(":1720") && !s.dst.endsWith(":1720"));
    const first = h245[0]!;
    const rest = B.filter((s) => s !== first);
    const { h } = analyse(rest);
    const leg = h.calls[0]!.legs[0]!;
    expect(leg.mode).toBe("separate");
    expect(leg.messages.filter((m) => m.channel === "h245").length).toBeGreaterThan(8);
  });
});

describe("fuzzing the reassembly of H.323 captures", () => {
  const pieces = splitSegments([...A, ...B], 9);
  const syns = synsFor([...A, ...B]);

  it("any order, repeats and losses of the segments: never a throw, notes bounded, each kept message decodes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(pieces.length - 1), { maxLength: pieces.length * 2 }),
        fc.boolean(),
        (order, withSyn) => {
          const segments = [...(withSyn ? syns : []), ...order.map((i) => pieces[i]!)];
          const { h, notes, reports } = analyse(segments);
          expect(notes.length).toBeLessThanOrEqual(50);
          for (const c of h.calls)
            for (const l of c.legs)
              for (const m of l.messages)
                expect(m.error === undefined || m.name === "undecodable").toBe(true);
          expect(reports.reports.length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("arbitrary bytes on the call signalling port and the RAS port: never a throw", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 200 }), { maxLength: 12 }),
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 120 }), { maxLength: 6 }),
        (chunks, datagrams) => {
          let seq = 1;
          const segments = chunks.map((payload) => {
            const s = { src: "127.0.0.7:40000", dst: "127.0.0.2:1720", seq, payload };
            seq += payload.length;
            return s;
          });
          const { reports } = analyse(
            segments,
            datagrams.map((payload) => ({ src: "127.0.0.7:1719", dst: "127.0.0.4:1719", payload })),
          );
          expect(reports.reports.length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the TPKT payloads of a whole stream do not depend on how it was cut into segments", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), (size) => {
        const { h } = analyse(splitSegments(A, size));
        expect(names(h.calls[0]?.legs[0])).toEqual(WHOLE);
      }),
      { numRuns: 40 },
    );
  });
});

describe("RAS away from port 1719", () => {
  it("datagrams that decode as RAS are RAS on any port: requests and answers paired, not taken for RTP", () => {
    const ras = loadGoldenPdus().filter((p) => p.capture === "c-gk-routed" && p.type === "RasMessage");
    const endpoint = "127.0.0.5:7000";
    const gatekeeper = "127.0.0.6:7001";
    const datagrams = ras.map((p) => {
      const request = /RQ$/.test(rasName(decodeRas(p.bytes)));
      return { src: request ? endpoint : gatekeeper, dst: request ? gatekeeper : endpoint, payload: p.bytes };
    });
    const { h, fa, notes } = analyse([], datagrams);
    expect(h.ras).toHaveLength(ras.length);
    expect(h.undecodable).toBe(0);
    expect(notes).toEqual([]);
    expect(fa.analysis.streams).toEqual([]);
    expect(h.registrations).toHaveLength(1);
    expect(h.registrations[0]).toMatchObject({
      endpoint,
      gatekeeper,
      aliases: ["alice", "bob", "carol"],
      confirmed: 3,
    });
  });
});
