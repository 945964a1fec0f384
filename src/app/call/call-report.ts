import type {
  CallbackEvidence,
  EchoCallEvidence,
  ReachEvidence,
} from "../../conformance/functions/function-checks.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import type { StreamStats } from "../../media/rtp-stats.js";
import type { BfcpNegotiation } from "../../protocol/sdp/bfcp-sdp.js";
import type { NegotiatedMedia, NegotiatedSession, SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import {
  type Check,
  REPORT_SCHEMA_VERSION,
  type Report,
  type SipMessageRecord,
  type Snapshots,
  type Step,
  type Timeline,
} from "../../report/model.js";
import {
  mergePoints,
  mirrorLatencyPoints,
  pointsFromSamples,
  type StreamSample,
} from "../../report/timeline.js";
import { VERSION } from "../../version.js";

// The report of a call we placed, assembled from plain facts: no sockets, no clock, no SIP
// objects. Every time below is on one clock (performance.now() of the run) and is made relative
// to `clockOriginMs` here.

/** What the signalling leg says about itself for the report (see CallLeg.reportFacts). */
export interface SignallingFacts {
  /** The signalling transport as the user named it (udp, tcp, tls). */
  readonly transport: string;
  /** Our first offer's refusal, when we offered SRTP again as RTP/SAVP. */
  readonly srtpOfferRefused?: string;
  readonly tlsVerification?: string;
  /** The OPTIONS probe's answer, or why there is none. */
  readonly options?: unknown;
  /** How the call reached the far end (function 1's path). */
  readonly path: ReachEvidence;
  /** How the target was resolved (RFC 3263 steps). */
  readonly resolution: readonly unknown[];
  readonly tls: readonly unknown[];
  /** The mid-call refresh (re-INVITE) and its outcome. */
  readonly reinvite?: unknown;
  /** The 422 that made us ask again with a longer Session-Expires. */
  readonly sessionTimerRefused?: string;
  readonly sessionTimer?: unknown;
  /** Messages the signalling sent or received again (RFC 3261 §17 retransmissions), by kind. */
  readonly sipRetransmissions?: unknown;
  /** H.323: the H.245 mode, what the far end chose and said (vendor, aliases, capabilities, release). */
  readonly h323?: unknown;
}

/** The media figures read at the end of the call (plain data). */
export interface MediaFacts {
  readonly video: {
    readonly sent?: unknown;
    readonly received?: unknown;
    readonly structure: unknown;
    readonly keyframeProbe: {
      readonly requests: number;
      readonly responseMs: readonly (number | null)[];
      /** Copies of each request sent again while no keyframe came (adapters/media/keyframe-probe.ts). */
      readonly repeats?: readonly number[];
    };
    readonly depacketizer?: unknown;
    readonly endpoint: unknown;
    readonly source?: unknown;
    readonly rtcp?: unknown;
    readonly receive: readonly StreamStats[];
    /** When the first of our pictures came back decoded, ms on the report's clock (the mirror's start-up). */
    readonly firstMirroredMs?: number;
  };
  readonly audio: {
    readonly packetsSent: number;
    readonly packetsReceived: number;
    readonly endpoint: unknown;
    readonly rtcp?: unknown;
    readonly receive: readonly StreamStats[];
  };
}

/** The presentation as agreed and as it went (BFCP, the slides stream, the floor's states). */
export interface PresentationFacts {
  readonly offered: boolean;
  /** We called the presentation alias itself. */
  readonly alias: boolean;
  readonly bfcp?: BfcpNegotiation;
  readonly slides?: {
    readonly media: NegotiatedMedia;
    readonly sent?: unknown;
    readonly received?: unknown;
  };
  readonly floorHistory?: readonly { readonly at: number; readonly state: { readonly name: string } }[];
  readonly link?: unknown;
  readonly notes: readonly string[];
}

/** A frame we sent or got back, by its frame code number and when (run clock). */
export interface TimedFrame {
  readonly number: number;
  readonly atMs: number;
}

export interface TimelineFacts {
  /** One sample a second of the busiest received stream; atMs already relative to the run. */
  readonly samples: { readonly video: readonly StreamSample[]; readonly audio: readonly StreamSample[] };
  /** Our camera frames as sent and as they came back mirrored. */
  readonly sentFrames: readonly TimedFrame[];
  readonly mirroredFrames: readonly TimedFrame[];
}

/** Everything a call report is assembled from. */
export interface CallFacts {
  readonly target: string;
  readonly startedAt: Date;
  /** The run clock (performance.now()) when the call began: frame and floor times are on it. */
  readonly clockOriginMs: number;
  readonly durationMs: number;
  readonly steps: readonly Step[];
  /** Mirror, music, the requirements' checks and the presentation alias's, in that order. */
  readonly checks: readonly Check[];
  /** The test-room functions graded from `checks`. */
  readonly functions: readonly Check[];
  readonly localAddress: string;
  readonly remoteAgent: string | undefined;
  readonly embeddedRoom: boolean;
  readonly srtpPolicy: SrtpPolicy;
  readonly signalling: SignallingFacts;
  readonly negotiated: NegotiatedSession | undefined;
  readonly media: MediaFacts;
  readonly echo?: EchoCallEvidence;
  readonly callback?: CallbackEvidence;
  readonly ffmpeg: { readonly path: string; readonly source: string };
  readonly notes: readonly string[];
  readonly presentation: PresentationFacts;
  /** The signalling messages of the run, for the report's ladder. */
  readonly ladder: readonly SipMessageRecord[];
  readonly snapshots: Snapshots;
  readonly timeline: TimelineFacts;
}

/** The report of one call we placed (kind "call"): checks, functions, requirements and facts. Pure. */
export function callReport(facts: CallFacts): Report {
  const checks = [...facts.checks, ...facts.functions];
  const requirements = requirementVerdicts(checks, facts.signalling.h323 ? "h323" : "sip");
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "vdm-test", version: VERSION },
    kind: "call",
    target: facts.target,
    startedAt: facts.startedAt.toISOString(),
    durationMs: facts.durationMs,
    steps: [...facts.steps],
    checks,
    facts: reportFacts(facts),
    sip: [...facts.ladder],
    outcome: gate({ checks, requirements, profile: "vdm", required: [] }).outcome,
    requirements,
    snapshots: facts.snapshots,
    timeline: timelineOf(facts.timeline, facts.clockOriginMs),
  };
}

function reportFacts(facts: CallFacts): Record<string, unknown> {
  const signalling = facts.signalling;
  return {
    transport: signalling.transport,
    localAddress: facts.localAddress,
    remoteAgent: facts.remoteAgent,
    embeddedRoom: facts.embeddedRoom,
    srtpPolicy: facts.srtpPolicy,
    ...(signalling.srtpOfferRefused ? { srtpOfferRefused: signalling.srtpOfferRefused } : {}),
    tlsVerification: signalling.tlsVerification,
    functions: facts.functions.map((f) => ({ function: f.serves[0], status: f.status, summary: f.summary })),
    options: signalling.options,
    path: signalling.path,
    negotiated: negotiatedFacts(facts.negotiated),
    video: {
      ...facts.media.video,
      receive: facts.media.video.receive.map(streamSummary),
    },
    audio: {
      ...facts.media.audio,
      receive: facts.media.audio.receive.map(streamSummary),
    },
    echo: facts.echo,
    callback: facts.callback,
    resolution: signalling.resolution,
    tls: signalling.tls,
    ffmpeg: facts.ffmpeg,
    notes: facts.notes,
    reinvite: signalling.reinvite,
    ...(signalling.sessionTimerRefused ? { sessionTimerRefused: signalling.sessionTimerRefused } : {}),
    ...(signalling.sessionTimer ? { sessionTimer: signalling.sessionTimer } : {}),
    ...(signalling.sipRetransmissions ? { sipRetransmissions: signalling.sipRetransmissions } : {}),
    ...(signalling.h323 ? { h323: signalling.h323 } : {}),
    presentation: presentationFacts(facts.presentation, facts.clockOriginMs),
  };
}

function negotiatedFacts(session: NegotiatedSession | undefined) {
  return {
    audio: session?.audio && {
      codec: session.audio.codec?.name,
      payloadType: session.audio.codec?.payloadType,
      srtp: session.audio.srtp?.suite ?? null,
      remote: session.audio.remote,
    },
    video: session?.video && {
      codec: session.video.codec?.name,
      payloadType: session.video.codec?.payloadType,
      fmtp: session.video.codec?.fmtp,
      srtp: session.video.srtp?.suite ?? null,
      remote: session.video.remote,
    },
  };
}

function presentationFacts(p: PresentationFacts, clockOriginMs: number) {
  const bfcp = p.bfcp;
  const slides = p.slides;
  return {
    offered: p.offered,
    alias: p.alias,
    bfcp: bfcp && {
      transport: bfcp.transport,
      proto: bfcp.proto,
      version: bfcp.version,
      floorctrl: { ours: bfcp.ourRole, theirs: bfcp.theirRole },
      setup: bfcp.setup ?? null,
      floorId: bfcp.floorId,
      label: bfcp.label,
      confId: bfcp.confId,
      userId: bfcp.userId,
      remote: `${bfcp.remoteAddress ?? "?"}:${bfcp.remotePort}`,
    },
    slides: slides && {
      codec: slides.media.codec?.name,
      payloadType: slides.media.codec?.payloadType,
      srtp: slides.media.srtp?.suite ?? null,
      label: slides.media.label,
      sent: slides.sent,
      received: slides.received,
    },
    floorStates: p.floorHistory?.map((h) => ({
      atMs: Math.round(h.at - clockOriginMs),
      state: h.state.name,
    })),
    link: p.link,
    notes: p.notes,
  };
}

function timelineOf(t: TimelineFacts, clockOriginMs: number): Timeline {
  const relative = (f: TimedFrame) => ({ number: f.number, atMs: f.atMs - clockOriginMs });
  return {
    video: mergePoints(
      pointsFromSamples(t.samples.video),
      mirrorLatencyPoints(t.sentFrames.map(relative), t.mirroredFrames.map(relative)),
    ),
    audio: pointsFromSamples(t.samples.audio),
  };
}

/** The figures of one received stream worth keeping in a report (no per-second series yet). */
export function streamSummary(s: StreamStats) {
  return {
    ssrc: s.ssrc,
    payloadType: s.payloadType,
    packets: s.packets,
    lost: s.lost,
    lossPct: Math.round(s.lossFraction * 10000) / 100,
    duplicates: s.duplicates,
    reordered: s.reordered,
    jitterMs: s.jitterMs === undefined ? undefined : Math.round(s.jitterMs * 100) / 100,
    maxJitterMs: s.maxJitterMs === undefined ? undefined : Math.round(s.maxJitterMs * 100) / 100,
    kbps:
      s.lastArrivalMs > s.firstArrivalMs
        ? Math.round((s.bytes * 8) / (s.lastArrivalMs - s.firstArrivalMs))
        : undefined,
  };
}
