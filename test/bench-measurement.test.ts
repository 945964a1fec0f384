import { describe, expect, it } from "vitest";
import { MirrorLatency, quantile } from "../bench/mirror-latency.js";
import { parseBaselineOutput } from "../bench/rtpengine-baseline.js";
import { judgeStep, projectCapacity } from "../bench/step-verdict.js";

const payload = (n: number, len = 20) => Uint8Array.from({ length: len }, (_, i) => (n * 31 + i) & 0xff);

describe("MirrorLatency", () => {
  it("finds the mirror's sequence offset by payload, then matches by sequence number across the wrap", () => {
    const m = new MirrorLatency();
    for (let i = 0; i < 10; i++) m.sent((65530 + i) & 0xffff, payload(i), 100 + i);
    // The mirror starts at 1000 and the first two packets were lost on the way.
    expect(m.received(1002, payload(2), 105)).toBe(3);
    expect(m.locked).toBe(true);
    expect(m.received(1009, payload(9), 111)).toBe(2);
    expect(m.received(1009, payload(9), 112)).toBeUndefined(); // a duplicate counts once
    expect(m.matched).toBe(2);
  });

  it("re-learns the offset when the mirror starts a new segment", () => {
    const m = new MirrorLatency();
    for (let i = 0; i < 6; i++) m.sent(i, payload(i, 10 + i), i);
    expect(m.received(500, payload(0, 10), 1)).toBe(1);
    expect(m.received(900, payload(3, 13), 5)).toBeUndefined(); // lengths differ: offset dropped
    expect(m.mismatches).toBe(1);
    expect(m.received(901, payload(4, 14), 6)).toBe(2);
  });

  it("counts a packet it cannot match", () => {
    const m = new MirrorLatency();
    m.sent(1, payload(1), 0);
    expect(m.received(7, payload(99), 1)).toBeUndefined();
    expect(m.unmatched).toBe(1);
  });
});

describe("quantile", () => {
  it("takes the nearest rank", () => {
    const v = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(v, 0.5)).toBe(50);
    expect(quantile(v, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBeUndefined();
  });
});

describe("projectCapacity", () => {
  it("extrapolates one core from the CPU slope per call, leaving out the fixed cost", () => {
    const c = projectCapacity(
      [
        { calls: 10, cpu: 0.25 },
        { calls: 20, cpu: 0.45 },
      ],
      0.9,
    );
    expect(c?.cpuPerCall).toBeCloseTo(0.02);
    expect(c?.calls).toBe(42); // (0.9 − 0.05) / 0.02
  });

  it("uses the ratio for a single step and gives up without one", () => {
    expect(projectCapacity([{ calls: 10, cpu: 0.3 }], 0.9)?.calls).toBe(30);
    expect(projectCapacity([], 0.9)).toBeUndefined();
  });
});

describe("judgeStep", () => {
  const measure = (o: { inbound: number; back: number; roomCpu: number; genCpu: number; load: number }) => {
    const sent = 10_000;
    const roomIn = sent - o.inbound;
    const unique = roomIn - o.back;
    return judgeStep({
      setup: { requested: 10, established: 10, failures: [], setupMs: 100 },
      load: {
        calls: 10,
        videoPacketsSent: sent,
        audioPacketsSent: 0,
        bytesSent: 0,
        videoPacketsReceived: unique,
        videoPacketsReceivedInWindow: unique,
        musicPacketsReceived: 0,
        framesSkipped: 0,
        windowMs: 1000,
        windowBitsPerSecond: 16e6,
        cpuMs: o.genCpu * 1000,
        lostBySequence: 0,
        videoPacketsUnique: unique,
        latencyMs: { p50: 1, p99: 2, samples: unique },
        latenessP99Ms: 1,
        mismatches: 0,
      },
      roomCpu: { from: { atMs: 0, cpuMs: 0 }, to: { atMs: 1000, cpuMs: o.roomCpu * 1000 } },
      room: {
        answered: 10,
        ended: 10,
        rejected: 0,
        errors: [],
        videoPacketsIn: roomIn,
        videoPacketsMirrored: roomIn,
        audioPacketsIn: 0,
      },
      loadAverage: o.load,
    });
  };

  it("passes below 0.1 % loss and fails at it, attributing the loss to where it happened", () => {
    expect(measure({ inbound: 9, back: 0, roomCpu: 0.5, genCpu: 0.5, load: 1 }).passed).toBe(true);
    const intoRoom = measure({ inbound: 10, back: 0, roomCpu: 0.5, genCpu: 0.5, load: 1 });
    expect([intoRoom.passed, intoRoom.limit, intoRoom.lostInbound]).toEqual([false, "room", 10]);
    const back = measure({ inbound: 0, back: 50, roomCpu: 0.5, genCpu: 0.5, load: 1 });
    expect([back.limit, back.lostReturn]).toEqual(["generator", 50]);
  });

  it("blames a saturated process first, and the machine when neither had a whole core", () => {
    expect(measure({ inbound: 0, back: 50, roomCpu: 0.95, genCpu: 0.5, load: 1 }).limit).toBe("room");
    expect(measure({ inbound: 50, back: 0, roomCpu: 0.5, genCpu: 0.95, load: 1 }).limit).toBe("generator");
    expect(measure({ inbound: 50, back: 0, roomCpu: 0.4, genCpu: 0.4, load: 6 }).limit).toBe("machine");
    expect(measure({ inbound: 0, back: 0, roomCpu: 0.95, genCpu: 0.4, load: 1 })).toMatchObject({
      passed: true,
      roomSaturated: true,
      limit: "room",
    });
  });

  it("divides the room's CPU in the window by the video packets mirrored in it", () => {
    // 0.5 of a core for 1000 ms over 10 000 mirrored packets: 50 µs each.
    expect(
      measure({ inbound: 0, back: 0, roomCpu: 0.5, genCpu: 0.5, load: 1 }).roomMicrosPerPacket,
    ).toBeCloseTo(50);
  });
});

describe("parseBaselineOutput (../shared/bench/rtpengine/bench.sh)", () => {
  it("reads µs per forwarded packet, the rate, loss and CPU share", () => {
    const out = [
      "case=b sessions=20 size=1200 target_pps=10000 seconds=4",
      "offered_pps=9998",
      "forwarded_pps=9498",
      "loss_pct=5.001",
      "rtpengine_cpu_s=1.35 (utime+stime over 4.67 s wall, incl. ~0.4 s idle setup/drain)",
      "rtpengine_cpu_pct=28.9",
      "cpu_us_per_fwd_pkt=35.54",
    ].join("\n");
    expect(parseBaselineOutput(out)).toEqual({
      microsPerPacket: 35.54,
      forwardedPps: 9498,
      lossPct: 5.001,
      cpuPct: 28.9,
    });
  });

  it("gives nothing when nothing was forwarded or the figure is missing", () => {
    expect(parseBaselineOutput("forwarded_pps=0\ncpu_us_per_fwd_pkt=nan")).toBeUndefined();
    expect(parseBaselineOutput("rtpengine did not answer NG ping")).toBeUndefined();
  });
});
