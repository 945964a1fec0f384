import type { CallFacts } from "../../../src/app/call/call-report.js";
import type { StreamStats } from "../../../src/media/rtp-stats.js";
import type { Check, CheckStatus } from "../../../src/report/model.js";

/** A check serving `serves`, with this status: enough for the report's roll-ups. */
export function checkOf(id: string, status: CheckStatus, serves: string[]): Check {
  return { id, title: id, serves, status, summary: `${id} ${status}`, evidence: {} };
}

/** One received stream's RFC 3550 figures, from the few a test cares about. */
export function streamStatsOf(partial: Partial<StreamStats> & { ssrc: number }): StreamStats {
  return {
    payloadType: 96,
    packets: 0,
    bytes: 0,
    duplicates: 0,
    reordered: 0,
    expected: 0,
    lost: 0,
    lossFraction: 0,
    sequenceRestarts: 0,
    highestSequence: 0,
    jitter: undefined,
    jitterMs: undefined,
    maxJitterMs: undefined,
    wiresharkMaxJitterMs: undefined,
    clockRate: 90000,
    firstArrivalMs: 0,
    lastArrivalMs: 0,
    ...partial,
  } as StreamStats;
}

/** The facts of a quiet call (nothing measured, nothing negotiated), overridable part by part. */
export function callFactsOf(overrides: Partial<CallFacts> = {}): CallFacts {
  return {
    target: "sip:testrum@127.0.0.1:5060",
    startedAt: new Date("2026-01-02T03:04:05.000Z"),
    clockOriginMs: 10_000,
    durationMs: 12_345,
    steps: [],
    checks: [],
    functions: [],
    localAddress: "127.0.0.1",
    remoteAgent: "vdm-test room",
    embeddedRoom: true,
    srtpPolicy: "optional",
    signalling: {
      transport: "udp",
      path: {
        answered: true,
        target: "sip:testrum@127.0.0.1:5060",
        transport: "udp",
        local: "127.0.0.1:5062",
      },
      resolution: [],
      tls: [],
    },
    negotiated: undefined,
    media: {
      video: { structure: {}, keyframeProbe: { requests: 0, responseMs: [] }, endpoint: {}, receive: [] },
      audio: { packetsSent: 0, packetsReceived: 0, endpoint: {}, receive: [] },
    },
    ffmpeg: { path: "/usr/bin/ffmpeg", source: "system" },
    notes: [],
    presentation: { offered: true, alias: false, notes: [] },
    ladder: [],
    snapshots: {},
    timeline: { samples: { video: [], audio: [] }, sentFrames: [], mirroredFrames: [] },
    ...overrides,
  };
}
