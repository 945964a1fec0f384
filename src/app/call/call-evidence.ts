import type {
  Evidence,
  IceEvidence,
  MediaEvidence,
  MediaSourceEvidence,
  PresentationEvidence,
  TransportEvidence,
  Unavailable,
} from "../../conformance/evidence.js";
import { mediaSource } from "../../conformance/wire-evidence.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import type { Phrase } from "../../report/i18n/bilingual.js";
import type { CallerIceFacts } from "./caller-ice.js";
import type { CallerMedia } from "./caller-media.js";
import type { SignallingEvidence } from "./leg/call-leg.js";

export interface CallEvidenceInput {
  /** What the leg knows of the far end's signalling. */
  readonly signalling: SignallingEvidence;
  readonly media: CallerMedia;
  /** What we offered: with SRTP off the far end had no way to show SRTP, so it is not graded. */
  readonly ourSrtp: SrtpPolicy;
  readonly presentation?: PresentationEvidence;
  readonly presentationUnavailable?: Phrase;
}

/**
 * Evidence about the far end of a call we placed: the leg's (its messages, how the call got
 * there) and what we measured of its media: the media sources against its SDP, its ICE, frames,
 * size, rate, keyframe response, SRTP on the wire.
 */
export function callEvidence(input: CallEvidenceInput): Evidence {
  const unavailable: Unavailable[] = [...input.signalling.unavailable];
  const caller = input.media;
  const session = caller.session;
  const mediaSources = [
    mediaSource("audio", session?.audio, caller.audio.counters),
    mediaSource("video", session?.video, caller.video.counters),
  ].filter((x): x is MediaSourceEvidence => x !== undefined);
  const transport: TransportEvidence = {
    ...input.signalling.transport,
    mediaSources,
    ...(caller.ice?.facts.answered ? { ice: iceEvidence(caller.ice.facts) } : {}),
  };
  const measured = mediaEvidence(caller);
  let media = measured;
  if (input.ourSrtp === "off") {
    const { srtp: _plain, ...rest } = measured;
    media = rest;
    unavailable.push({
      part: "srtp",
      reason: {
        en: "we offered no SRTP (--srtp off), so the far end could not use it",
        sv: "vi erbjöd ingen SRTP (--srtp off), så motparten kunde inte använda den",
      },
    });
  }
  if (!caller.keyframeProbe.sentAt.length) {
    unavailable.push({
      part: "keyframe",
      reason: {
        en: "no H.264 video arrived to ask a keyframe of",
        sv: "ingen H.264-video kom som vi kunde begära en nyckelbild av",
      },
    });
  }
  if (input.presentationUnavailable)
    unavailable.push({ part: "presentation", reason: input.presentationUnavailable });
  return {
    sip: input.signalling.messages,
    ...(session ? { negotiated: session } : {}),
    transport,
    media,
    ...(input.presentation ? { presentation: input.presentation } : {}),
    ...(input.signalling.h323 ? { h323: input.signalling.h323 } : {}),
    unavailable,
  };
}

/** Our controlling agent's checks against the far end's candidates (RFC 8445 §7.2), as evidence. */
function iceEvidence(facts: CallerIceFacts): IceEvidence {
  const rtts = facts.pairs.flatMap((p) => (p.roundTripMs !== undefined ? [p.roundTripMs] : []));
  return {
    direction: "we-checked-endpoint",
    requests: facts.pairs.reduce((n, p) => n + p.checks, 0),
    packetsSent: facts.pairs.reduce((n, p) => n + p.requests, 0),
    succeeded: facts.pairs.reduce((n, p) => n + p.succeeded, 0),
    nominated: facts.pairs.filter((p) => p.nominated).map((p) => `${p.kind} ${p.remote.split(" ")[0]}`),
    streams: new Set(facts.pairs.map((p) => p.kind)).size,
    failures: facts.pairs.flatMap((p) => p.failures.map((x) => `${p.kind}/${p.component}: ${x}`)),
    addresses: facts.pairs.map((p) => p.remote),
    ...(rtts.length ? { roundTripMs: Math.min(...rtts) } : {}),
  };
}

function mediaEvidence(caller: CallerMedia): MediaEvidence {
  const session = caller.session;
  const decoder = caller.videoReceiver;
  const structure = caller.videoStructure.facts();
  const srtp = Boolean(session?.audio?.srtp || session?.video?.srtp);
  const received = caller.audio.counters.rtpReceived + caller.video.counters.rtpReceived;
  const fmtp = session?.video?.codec?.fmtp ?? {};
  return {
    ...(session?.video
      ? {
          video: {
            ...(session.video.codec ? { codec: session.video.codec.name } : {}),
            packetsReceived: caller.video.counters.rtpReceived,
            framesDecoded: decoder?.stats.framesDecoded ?? 0,
            decodeErrors: decoder?.stats.decodeErrors.length ?? 0,
            ...size(structure.width, structure.height, decoder?.stats.codedWidth, decoder?.stats.codedHeight),
            ...(structure.frameRate !== undefined
              ? { frameRate: Math.round(structure.frameRate * 10) / 10 }
              : {}),
            ...(fmtp["profile-level-id"] ? { profileLevelId: fmtp["profile-level-id"] } : {}),
            ...(fmtp["max-fs"] ? { maxFs: Number(fmtp["max-fs"]) } : {}),
            ...(fmtp["max-mbps"] ? { maxMbps: Number(fmtp["max-mbps"]) } : {}),
            ...(caller.keyframeProbe.sentAt.length
              ? {
                  keyframe: {
                    requests: caller.keyframeProbe.sentAt.length,
                    responseMs: [...caller.keyframeProbe.responseMs],
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(session?.audio
      ? {
          audio: {
            ...(session.audio.codec ? { codec: session.audio.codec.name } : {}),
            packetsReceived: caller.audio.counters.rtpReceived,
          },
        }
      : {}),
    srtp: {
      negotiated: srtp,
      packetsAuthenticated: srtp ? received : 0,
      authFailures: caller.audio.counters.authFailures + caller.video.counters.authFailures,
      plainPackets: srtp ? 0 : received,
    },
    receiveStats: [...caller.videoStats.streams(), ...(caller.audioStats?.streams() ?? [])],
  };
}

/** The picture size: the SPS's (cropped) when read, else the decoder's coded size. */
function size(
  spsW: number | undefined,
  spsH: number | undefined,
  decW: number | undefined,
  decH: number | undefined,
): { width?: number; height?: number } {
  if (spsW && spsH) return { width: spsW, height: spsH };
  if (decW && decH) return { width: decW, height: decH };
  return {};
}
