import type { EndpointCounters } from "../../adapters/media/rtp-endpoint.js";
import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import type { TlsFacts } from "../../adapters/sip/tls-facts.js";
import type { H264Facts } from "../../analysis/h264-observer.js";
import type {
  Evidence,
  IceEvidence,
  MediaEvidence,
  MediaSourceEvidence,
  PresentationEvidence,
  SipTransportName,
  Unavailable,
} from "../../conformance/evidence.js";
import { endpointMessages, mediaSource, tlsEvidence } from "../../conformance/wire-evidence.js";
import type { NegotiatedSession } from "../../protocol/sdp/sdp-types.js";
import type { OptionsProbeResult } from "./options-probe.js";
import type { RoomIceFacts } from "./room-call-media.js";
import type { RoomPresentationFacts } from "./room-presentation.js";

export interface CallerEvidenceInput {
  /** The SIP messages of this call (both directions); the caller's are those received. */
  readonly wire: readonly SipWireEvent[];
  readonly sipTransport: SipTransportName;
  /** TLS facts of the room's server connections; the one from the caller's address is used. */
  readonly tls: readonly TlsFacts[];
  readonly negotiated?: NegotiatedSession;
  readonly endpoints: {
    readonly audio?: { counters: EndpointCounters };
    readonly video?: { counters: EndpointCounters };
  };
  readonly video: H264Facts;
  readonly keyframeRequests: readonly { readonly sentAt: number; readonly responseMs: number | null }[];
  readonly presentation?: RoomPresentationFacts;
  /** The caller's ICE checks against the room's ICE-lite candidates, when it offered ICE. */
  readonly ice?: RoomIceFacts;
  /** The room's OPTIONS to the caller's Contact and the messages of that exchange. */
  readonly optionsProbe?: OptionsProbeResult & { readonly wire: readonly SipWireEvent[] };
}

/**
 * Evidence about an endpoint that called the room: its INVITE (and any re-INVITE) with where it
 * came from, its SDP offer (through the negotiated session), and what its media really was.
 * The room decodes nothing per call, so "decodable H.264" rests on the RTP/H.264 structure: SPS,
 * PPS and an IDR seen, picture size from the SPS (H.264 §7.3.2.1.1), frame rate from the RTP
 * timestamps. Frames after the first IDR with SPS and PPS count as decodable.
 */
export function callerEvidence(input: CallerEvidenceInput): Evidence {
  const unavailable: Unavailable[] = [
    {
      part: "resolution",
      reason: {
        en: "the endpoint called the room (no URI was resolved)",
        sv: "ändpunkten ringde rummet (ingen URI slogs upp)",
      },
    },
  ];
  const probe = input.optionsProbe;
  if (!probe) {
    unavailable.push({
      part: "options",
      reason: {
        en: "the room sent no OPTIONS: the call was not established",
        sv: "rummet skickade ingen OPTIONS: samtalet kopplades aldrig upp",
      },
    });
  }
  const options = probe ? endpointMessages(probe.wire).filter((m) => m.role === "options-response") : [];
  const sip = [
    ...options,
    ...endpointMessages(input.wire).filter((m) => m.role === "invite" || m.role === "other"),
  ];
  const invite = sip.find((m) => m.role === "invite");
  const s = input.negotiated;
  const counters = { audio: input.endpoints.audio?.counters, video: input.endpoints.video?.counters };
  const mediaSources = [
    counters.audio ? mediaSource("audio", s?.audio, counters.audio) : undefined,
    counters.video ? mediaSource("video", s?.video, counters.video) : undefined,
  ].filter((x): x is MediaSourceEvidence => x !== undefined);
  const tls =
    input.sipTransport === "tls" && invite?.source
      ? input.tls.filter((t) => t.role === "server" && t.remote.host === invite.source!.address).at(-1)
      : undefined;
  if (!s)
    unavailable.push({ part: "media", reason: { en: "no media was agreed", sv: "inga medier kom överens" } });
  const presentation = presentationEvidence(input.presentation);
  if (!presentation) {
    unavailable.push({
      part: "presentation",
      reason: { en: "the caller offered no BFCP", sv: "den som ringde erbjöd ingen BFCP" },
    });
  }
  return {
    sip,
    ...(s ? { negotiated: s } : {}),
    transport: {
      sipTransport: input.sipTransport,
      ...(tls ? { tls: tlsEvidence(tls)! } : {}),
      ...(invite?.source ? { signallingSource: invite.source } : {}),
      mediaSources,
      ...(input.ice ? { ice: iceEvidence(input.ice) } : {}),
    },
    ...(probe
      ? {
          optionsProbe: {
            target: probe.target,
            timeoutMs: probe.timeoutMs,
            ...(probe.answeredMs !== undefined ? { answeredMs: probe.answeredMs } : {}),
            ...(probe.error ? { error: probe.error } : {}),
          },
        }
      : {}),
    ...(s ? { media: mediaEvidence(input) } : {}),
    ...(presentation ? { presentation } : {}),
    unavailable,
  };
}

/** The caller's checks against the room's ICE-lite candidates (RFC 8445 §7.3), as evidence. */
function iceEvidence(ice: RoomIceFacts): IceEvidence {
  const failures = ice.checks
    .filter((c) => c.status !== 200)
    .map((c) => `${c.status} ${c.reason ?? ""}`.trim());
  return {
    direction: "endpoint-checked-us",
    requests: ice.requests,
    succeeded: ice.succeeded,
    nominated: ice.nominated,
    streams: ice.streams,
    failures: [...new Set(failures)],
    addresses: [...new Set(ice.checks.map((c) => `${c.from.address}:${c.from.port}`))],
  };
}

function mediaEvidence(input: CallerEvidenceInput): MediaEvidence {
  const s = input.negotiated!;
  const v = input.video;
  const a = input.endpoints.audio?.counters;
  const vc = input.endpoints.video?.counters;
  const srtp = Boolean(s.audio?.srtp || s.video?.srtp);
  const received = (a?.rtpReceived ?? 0) + (vc?.rtpReceived ?? 0);
  const fmtp = s.video?.codec?.fmtp ?? {};
  const decodable = v.spsCount > 0 && v.ppsCount > 0 && v.idrCount > 0;
  const requests = input.keyframeRequests;
  return {
    ...(s.video
      ? {
          video: {
            ...(s.video.codec ? { codec: s.video.codec.name } : {}),
            packetsReceived: vc?.rtpReceived ?? 0,
            framesDecoded: decodable ? v.accessUnits : 0,
            decodeErrors: v.invalidHeaders,
            ...(v.width && v.height ? { width: v.width, height: v.height } : {}),
            ...(v.frameRate !== undefined ? { frameRate: Math.round(v.frameRate * 10) / 10 } : {}),
            ...(fmtp["profile-level-id"] ? { profileLevelId: fmtp["profile-level-id"] } : {}),
            ...(requests.length > 0
              ? { keyframe: { requests: requests.length, responseMs: requests.map((r) => r.responseMs) } }
              : {}),
          },
        }
      : {}),
    ...(s.audio
      ? {
          audio: {
            ...(s.audio.codec ? { codec: s.audio.codec.name } : {}),
            packetsReceived: a?.rtpReceived ?? 0,
          },
        }
      : {}),
    srtp: {
      negotiated: srtp,
      packetsAuthenticated: srtp ? received : 0,
      authFailures: (a?.authFailures ?? 0) + (vc?.authFailures ?? 0),
      plainPackets: srtp ? 0 : received,
    },
  };
}

function presentationEvidence(f: RoomPresentationFacts | undefined): PresentationEvidence | undefined {
  if (!f?.bfcp) return undefined;
  // Only the caller's own FloorRequest says anything about it (the presentation alias's room
  // holds the floor itself); no request leaves the live presentation check "not tested".
  const decided = f.roomHoldsFloor
    ? []
    : f.floorEvents.filter((e) => e.type === "floor-granted" || e.type === "floor-denied");
  return {
    ...(decided.length > 0 ? { floorGranted: decided.some((e) => e.type === "floor-granted") } : {}),
    ...(f.slidesCodec ? { slidesCodec: f.slidesCodec } : {}),
    // The room does not decode slides: packets of an agreed H.264 stream stand for frames here.
    ...(f.slidesPacketsIn > 0 ? { slidesFramesDecoded: f.slidesPacketsIn } : {}),
  };
}
