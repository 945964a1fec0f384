import type { Evidence, EvidencePart, Unavailable } from "../conformance/evidence.js";
import type { H323Evidence, H323WireMessage } from "../conformance/h323-evidence.js";
import { readH323Evidence } from "../conformance/h323-wire.js";
import type { Phrase } from "../report/i18n/bilingual.js";
import type { CaptureAnalysis } from "./capture-analyzer.js";
import { NOT_TESTABLE } from "./capture-evidence.js";
import { endpointMedia, keyframeAnswers } from "./endpoint-media.js";
import type { Side } from "./graded-side.js";
import type { H323CallFacts, H323CapturedMessage, H323LegFacts, H323Side } from "./h323-call-facts.js";
import type { MediaStreamFacts } from "./media-stream.js";

// The evidence a live H.323 call builds (h323-wire.ts reads the graded endpoint's own bytes
// again), built here from a captured call, so that `analyze` grades it with the same engine:
// the graded party's Q.931 and H.245 messages as "received", the other party's as "sent", its
// media told apart by the addresses each party named in its logical channels (the first party to
// name an address receives there), its keyframe response measured against the
// videoFastUpdatePicture commands sent to it (H.245 §8.8). What a capture cannot show is
// declared unavailable with the reason.

export interface H323GradedParty {
  readonly side: Side;
  /** Its call signalling address. */
  readonly address: string;
  readonly vendor?: string;
  /** The leg it is graded on: the first (the caller) or the last (the callee) of a routed call. */
  readonly leg: H323LegFacts;
  readonly why: string;
}

export interface H323CaptureEvidence {
  readonly evidence: Evidence;
  readonly graded: H323GradedParty;
  /** The graded leg's messages as a live call records them (for the ladder). */
  readonly wire: readonly H323WireMessage[];
  readonly fromEndpoint: readonly MediaStreamFacts[];
  readonly toEndpoint: readonly MediaStreamFacts[];
  /** Every flow bound to one of the call's channels. */
  readonly streams: readonly MediaStreamFacts[];
}

const hostPort = (a: string) => {
  const at = a.lastIndexOf(":");
  return { host: a.slice(0, at), port: Number(a.slice(at + 1)) };
};

/** A captured message as a live call records it: "received" when the graded party sent it. */
export function wireMessage(m: H323CapturedMessage, theirs: boolean): H323WireMessage {
  return {
    atMs: m.timeMs,
    direction: theirs ? "received" : "sent",
    channel: m.channel,
    ...(m.tunnelled ? { tunnelled: true } : {}),
    name: m.name,
    summary: m.summary,
    bytes: m.bytes,
    local: hostPort(theirs ? m.dst : m.src),
    remote: hostPort(theirs ? m.src : m.dst),
  };
}

/** A leg's messages from the graded side's point of view: what it sent is "received". */
export function wireMessages(leg: H323LegFacts, side: H323Side): H323WireMessage[] {
  return leg.messages.map((m) => wireMessage(m, m.from === side));
}

function readSide(leg: H323LegFacts, side: H323Side): H323Evidence {
  return readH323Evidence({ endpointRole: side, mode: leg.mode, messages: wireMessages(leg, side) });
}

/**
 * Which party to grade: the one asked for, else the one that is not vdm-test (by the vendor
 * it names in H.225.0), else the callee. The caller is graded on the call's first leg, the callee
 * on its last (the endpoint behind a routing gatekeeper).
 */
export function h323GradedParty(call: H323CallFacts, side?: Side): H323GradedParty {
  const first = call.legs[0]!;
  const last = call.legs.at(-1)!;
  const party = (s: Side, why: string): H323GradedParty => {
    const leg = s === "caller" ? first : last;
    const vendor = readSide(leg, s).vendor;
    return {
      side: s,
      address: s === "caller" ? leg.caller : leg.callee,
      ...(vendor ? { vendor } : {}),
      leg,
      why,
    };
  };
  if (side) return party(side, `--side ${side}`);
  const callee = party("callee", "the callee (neither party is vdm-test)");
  if (callee.vendor && /vdm-test/i.test(callee.vendor)) {
    const caller = party("caller", "the caller: the callee is vdm-test");
    if (!caller.vendor || !/vdm-test/i.test(caller.vendor)) return caller;
  }
  const caller = readSide(first, "caller").vendor;
  if (caller && /vdm-test/i.test(caller)) return { ...callee, why: "the callee: the caller is vdm-test" };
  return callee;
}

const other = (s: H323Side): H323Side => (s === "caller" ? "callee" : "caller");

/** The flows the graded party sent and those sent to it, by the addresses named on its leg. */
function splitFlows(
  streams: readonly MediaStreamFacts[],
  call: H323CallFacts,
  g: H323GradedParty,
): { fromEndpoint: MediaStreamFacts[]; toEndpoint: MediaStreamFacts[] } {
  const mine = new Set(g.leg.receives[g.side]);
  const theirs = new Set(g.leg.receives[other(g.side)]);
  // Addresses where another party of the call receives: a flow from there is not the endpoint's,
  // even when it goes to the same relay port (an H.460.19 proxy multiplexes both directions).
  const others = new Set(
    call.legs.flatMap((l) => [
      ...l.receives.caller.filter((a) => !mine.has(a)),
      ...l.receives.callee.filter((a) => !mine.has(a)),
    ]),
  );
  return {
    fromEndpoint: streams.filter((s) => theirs.has(s.dst) && !others.has(s.src)),
    toEndpoint: streams.filter((s) => mine.has(s.dst)),
  };
}

const H323_MEDIA_PARTS: ReadonlySet<EvidencePart> = new Set(["srtp", "transport"]);

/** Builds the evidence of the graded party of one captured H.323 call. Pure. */
export function h323CaptureEvidence(
  a: CaptureAnalysis,
  call: H323CallFacts,
  side?: Side,
): H323CaptureEvidence {
  const g = h323GradedParty(call, side);
  const wire = wireMessages(g.leg, g.side);
  const h323 = readH323Evidence({ endpointRole: g.side, mode: g.leg.mode, messages: wire });
  const legs = new Set(call.legs.map((l) => l.connection));
  const streams = a.streams.filter((s) => s.binding && legs.has(s.binding.callId));
  const { fromEndpoint, toEndpoint } = splitFlows(streams, call, g);
  const m = endpointMedia(fromEndpoint, undefined);
  // endpointMedia speaks of SDP for SRTP and media sources: over H.323 those are the H.235 and
  // H.460 verdicts' business, graded from the H.323 evidence.
  const unavailable: Unavailable[] = [
    {
      part: "resolution",
      reason: {
        en: `${NOT_TESTABLE.en}: only a call vdm-test places resolves the address (H.323 URL, gatekeeper)`,
        sv: `${NOT_TESTABLE.sv}: bara ett samtal som vdm-test ringer slår upp adressen (H.323-URL, gatekeeper)`,
      },
    },
    { part: "sip", reason: { en: "H.323 call", sv: "H.323-samtal" } },
    { part: "options", reason: { en: "H.323 call", sv: "H.323-samtal" } },
    ...m.unavailable.filter((u) => !H323_MEDIA_PARTS.has(u.part) && u.part !== "keyframe"),
  ];
  let media = m.media;
  const video = media?.video;
  if (video) {
    const mainVideo = fromEndpoint.find(
      (s) => s.binding?.kind === "video" && s.packets === video.packetsReceived,
    );
    const asked = g.leg.keyframeRequests.filter((r) => r.from !== g.side).map((r) => r.timeMs);
    const k = mainVideo ? keyframeAnswers(mainVideo, asked, "videoFastUpdatePicture") : undefined;
    if (k?.measurement) media = { ...media, video: { ...video, keyframe: k.measurement } };
    else
      unavailable.push({
        part: "keyframe",
        reason:
          asked.length === 0
            ? {
                en: "no videoFastUpdatePicture was sent to the graded party in the capture",
                sv: "inget videoFastUpdatePicture skickades till den bedömda parten i inspelningen",
              }
            : (k?.why ?? noVideo),
      });
  } else {
    unavailable.push({
      part: "keyframe",
      reason: m.unavailable.find((u) => u.part === "keyframe")?.reason ?? noVideo,
    });
  }
  return {
    evidence: {
      h323,
      transport: { signallingSource: { address: hostPort(g.address).host, port: hostPort(g.address).port } },
      ...(media ? { media } : {}),
      unavailable,
    },
    graded: g,
    wire,
    fromEndpoint,
    toEndpoint,
    streams,
  };
}

const noVideo: Phrase = {
  en: "the graded party sent no video",
  sv: "den bedömda parten skickade ingen video",
};
