import { describe, expect, it } from "vitest";
import { asSsrc } from "../protocol/rtp/types.js";
import { ntpMiddle, ReportBlockBuilder, roundTripMs } from "./report-blocks.js";
import { createReceiveStats } from "./rtp-stats.js";

const packet = (seq: number, ts: number) => ({
  ssrc: 0x1234,
  payloadType: 96,
  sequenceNumber: seq,
  timestamp: ts,
  size: 112,
});

describe("ReportBlockBuilder (RFC 3550 §6.4.1)", () => {
  it("reports loss since the last report as a fraction over 256, and cumulative loss", () => {
    const stats = createReceiveStats({ clockRate: () => 90000 });
    for (let i = 0; i < 100; i++) if (i % 10 !== 5) stats.record(packet(i, i * 3000), i * 33);
    const b = new ReportBlockBuilder();
    const [first] = b.blocks(stats.streams(), 3400);
    expect(first).toMatchObject({ ssrc: 0x1234, cumulativeLost: 10, highestSequence: 99 });
    expect(first!.fractionLost).toBe(Math.floor((10 << 8) / 100));
    for (let i = 100; i < 200; i++) stats.record(packet(i, i * 3000), i * 33);
    const [second] = b.blocks(stats.streams(), 6700);
    expect(second).toMatchObject({ fractionLost: 0, cumulativeLost: 10 });
  });

  it("fills LSR and DLSR from the last SR, and the round trip comes out of them", () => {
    const stats = createReceiveStats({ clockRate: () => 90000 });
    stats.record(packet(1, 0), 0);
    const b = new ReportBlockBuilder();
    b.onSenderReport(0x1234, 1000, 0x80000000, 500);
    const [block] = b.blocks(stats.streams(), 750);
    expect(block!.lastSr).toBe(ntpMiddle(1000, 0x80000000));
    expect(block!.delaySinceLastSr).toBe(65536 / 4);
    // The SR left at NTP 1000.5 s; the report comes back at 1000.5 + 0.25 (held) + 0.04 (network).
    const arrival = ntpMiddle(1000, 0x80000000) + Math.round(0.29 * 65536);
    expect(roundTripMs(block!, arrival)).toBeCloseTo(40, 0);
  });

  it("gives no round trip for a block that refers to no SR", () => {
    const block = {
      ssrc: asSsrc(1),
      fractionLost: 0,
      cumulativeLost: 0,
      highestSequence: 0,
      jitter: 0,
      lastSr: 0,
      delaySinceLastSr: 0,
    };
    expect(roundTripMs(block, 12345)).toBeUndefined();
  });
});
