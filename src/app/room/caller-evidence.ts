import type { EndpointCounters } from "../../adapters/media/rtp-endpoint.js";
import type { H264Facts } from "../../analysis/h264-observer.js";
import type {
  Evidence,
  IceEvidence,
  MediaEvidence,
  MediaSourceEvidence,
  PresentationEvidence,
  Unavailable,
} from "../../conformance/evidence.js";
import { mediaSource } from "../../conformance/wire-evidence.js";
import type { NegotiatedSession } from "../../protocol/sdp/sdp-types.js";
import type { RoomIceFacts } from "./room-call-media.js";
import type { CallerSignalling } from "./room-front.js";
import type { RoomPresentationFacts } from "./room-presentation.js";

/** The media half of a caller's evidence: what the room's media side of the call saw. */
export interface CallerMediaInput {
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
}

/**
 * Evidence about an endpoint that called the room: the signalling half from the front that took
 * the call (its INVITE with where it came from, the probe), and the media half from the room: its
 * offer (through the negotiated session) and what its media really was. The room decodes nothing
 * per call, so "decodable H.264" rests on the RTP/H.264 structure: SPS, PPS and an IDR seen,
 * picture size from the SPS (H.264 §7.3.2.1.1), frame rate from the RTP timestamps. Frames after
 * the first IDR with SPS and PPS count as decodable.
 */
export function callerEvidence(signalling: CallerSignalling, input: CallerMediaInput): Evidence {
  const unavailable: Unavailable[] = [...signalling.unavailable];
  const s = input.negotiated;
  const counters = { audio: input.endpoints.audio?.counters, video: input.endpoints.video?.counters };
  const mediaSources = [
    counters.audio ? mediaSource("audio", s?.audio, counters.audio) : undefined,
    counters.video ? mediaSource("video", s?.video, counters.video) : undefined,
  ].filter((x): x is MediaSourceEvidence => x !== undefined);
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
    ...signalling.evidence,
    ...(s ? { negotiated: s } : {}),
    transport: {
      ...signalling.evidence.transport,
      mediaSources,
      ...(input.ice ? { ice: iceEvidence(input.ice) } : {}),
    },
    ...(s ? { media: mediaEvidence(s, input) } : {}),
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

function mediaEvidence(s: NegotiatedSession, input: CallerMediaInput): MediaEvidence {
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
