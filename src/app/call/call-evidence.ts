import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import type { TlsFacts } from "../../adapters/sip/tls-facts.js";
import type {
  Evidence,
  IceEvidence,
  MediaEvidence,
  MediaSourceEvidence,
  PresentationEvidence,
  SipTransportName,
  TransportEvidence,
  Unavailable,
} from "../../conformance/evidence.js";
import { endpointMessages, mediaSource, ourViaSeen, tlsEvidence } from "../../conformance/wire-evidence.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import type { ResolutionStep } from "../../protocol/sip/rfc3263.js";
import type { Phrase } from "../../report/i18n/bilingual.js";
import type { CallerIceFacts } from "./caller-ice.js";
import type { CallerMedia } from "./caller-media.js";

export interface CallEvidenceInput {
  /** Every SIP message of our UA during the main call. */
  readonly wire: readonly SipWireEvent[];
  /** The main call's Call-ID: only its messages are the endpoint's INVITE responses. */
  readonly callId: string;
  /** The OPTIONS exchange at the start, or why there is none. */
  readonly options: { readonly wire: readonly SipWireEvent[] } | { readonly error: string };
  readonly sipTransport: SipTransportName;
  readonly tls: readonly TlsFacts[];
  readonly resolution?: {
    readonly uri: string;
    readonly steps: readonly ResolutionStep[];
    readonly targets: number;
    readonly outboundProxy?: string;
    readonly requestUri?: string;
  };
  readonly media: CallerMedia;
  /** What we offered: with SRTP off the far end had no way to show SRTP, so it is not graded. */
  readonly ourSrtp: SrtpPolicy;
  readonly presentation?: PresentationEvidence;
  readonly presentationUnavailable?: Phrase;
}

/**
 * Evidence about the far end of a call we placed, from what we measured: its responses to our
 * INVITE and its OPTIONS answer (as received, with their sources), its SDP answer, the transport
 * (TLS facts, RFC 3263 steps, our Via as it saw it, media sources against its SDP) and its media
 * (frames, size, rate, keyframe response, SRTP on the wire).
 */
export function callEvidence(input: CallEvidenceInput): Evidence {
  const unavailable: Unavailable[] = [];
  // 100 Trying is hop-by-hop (RFC 3261 §8.2.6.1) and says nothing of the endpoint; the final
  // answer goes first, so checks that read "the answer" read the 2xx rather than a 18x.
  const responses = endpointMessages(input.wire, new Set([input.callId])).filter(
    (m) =>
      m.role === "invite-response" &&
      !(m.head.startLine.kind === "response" && m.head.startLine.status === 100),
  );
  const isFinal = (x: (typeof responses)[number]) =>
    x.head.startLine.kind === "response" && x.head.startLine.status >= 200;
  const invite = [...responses.filter(isFinal), ...responses.filter((x) => !isFinal(x))];
  const options =
    "wire" in input.options
      ? endpointMessages(input.options.wire).filter((m) => m.role === "options-response")
      : [];
  if ("error" in input.options) {
    const why = `OPTIONS: ${input.options.error}`;
    unavailable.push({ part: "options", reason: { en: why, sv: why } });
  } else if (options.length === 0) {
    unavailable.push({
      part: "options",
      reason: { en: "no answer to OPTIONS", sv: "inget svar på OPTIONS" },
    });
  }
  const m = input.media;
  const session = m.session;
  const final = invite.find((x) => x.head.startLine.kind === "response" && x.head.startLine.status >= 200);
  const tlsFact = input.tls.filter((t) => t.role === "client").at(-1);
  const mediaSources = [
    mediaSource("audio", session?.audio, m.audio.counters),
    mediaSource("video", session?.video, m.video.counters),
  ].filter((x): x is MediaSourceEvidence => x !== undefined);
  const via = ourViaSeen(invite);
  const transport: TransportEvidence = {
    sipTransport: input.sipTransport,
    ...(input.sipTransport === "tls" && tlsFact ? { tls: tlsEvidence(tlsFact)! } : {}),
    ...(input.resolution ? { resolution: { ...input.resolution, reached: invite.length > 0 } } : {}),
    ...(final?.source ? { signallingSource: final.source } : {}),
    ...(via ? { ourViaInResponse: via } : {}),
    weAskedRport: true,
    mediaSources,
    ...(m.ice?.facts.answered ? { ice: iceEvidence(m.ice.facts) } : {}),
  };
  if (!input.resolution)
    unavailable.push({
      part: "resolution",
      reason: { en: "the URI was not resolved (RFC 3263)", sv: "URI:n slogs inte upp (RFC 3263)" },
    });
  const measured = mediaEvidence(m);
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
  if (!m.keyframeProbe.sentAt.length) {
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
    sip: [...options, ...invite],
    ...(session ? { negotiated: session } : {}),
    transport,
    media,
    ...(input.presentation ? { presentation: input.presentation } : {}),
    unavailable,
  };
}

/** Our controlling agent's checks against the far end's candidates (RFC 8445 §7.2), as evidence. */
function iceEvidence(f: CallerIceFacts): IceEvidence {
  const rtts = f.pairs.flatMap((p) => (p.roundTripMs !== undefined ? [p.roundTripMs] : []));
  return {
    direction: "we-checked-endpoint",
    requests: f.pairs.reduce((n, p) => n + p.checks, 0),
    packetsSent: f.pairs.reduce((n, p) => n + p.requests, 0),
    succeeded: f.pairs.reduce((n, p) => n + p.succeeded, 0),
    nominated: f.pairs.filter((p) => p.nominated).map((p) => `${p.kind} ${p.remote.split(" ")[0]}`),
    streams: new Set(f.pairs.map((p) => p.kind)).size,
    failures: f.pairs.flatMap((p) => p.failures.map((x) => `${p.kind}/${p.component}: ${x}`)),
    addresses: f.pairs.map((p) => p.remote),
    ...(rtts.length ? { roundTripMs: Math.min(...rtts) } : {}),
  };
}

function mediaEvidence(m: CallerMedia): MediaEvidence {
  const s = m.session;
  const vr = m.videoReceiver;
  const structure = m.videoStructure.facts();
  const srtp = Boolean(s?.audio?.srtp || s?.video?.srtp);
  const received = m.audio.counters.rtpReceived + m.video.counters.rtpReceived;
  const fmtp = s?.video?.codec?.fmtp ?? {};
  return {
    ...(s?.video
      ? {
          video: {
            ...(s.video.codec ? { codec: s.video.codec.name } : {}),
            packetsReceived: m.video.counters.rtpReceived,
            framesDecoded: vr?.stats.framesDecoded ?? 0,
            decodeErrors: vr?.stats.decodeErrors.length ?? 0,
            ...size(structure.width, structure.height, vr?.stats.codedWidth, vr?.stats.codedHeight),
            ...(structure.frameRate !== undefined
              ? { frameRate: Math.round(structure.frameRate * 10) / 10 }
              : {}),
            ...(fmtp["profile-level-id"] ? { profileLevelId: fmtp["profile-level-id"] } : {}),
            ...(fmtp["max-fs"] ? { maxFs: Number(fmtp["max-fs"]) } : {}),
            ...(fmtp["max-mbps"] ? { maxMbps: Number(fmtp["max-mbps"]) } : {}),
            ...(m.keyframeProbe.sentAt.length
              ? {
                  keyframe: {
                    requests: m.keyframeProbe.sentAt.length,
                    responseMs: [...m.keyframeProbe.responseMs],
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(s?.audio
      ? {
          audio: {
            ...(s.audio.codec ? { codec: s.audio.codec.name } : {}),
            packetsReceived: m.audio.counters.rtpReceived,
          },
        }
      : {}),
    srtp: {
      negotiated: srtp,
      packetsAuthenticated: srtp ? received : 0,
      authFailures: m.audio.counters.authFailures + m.video.counters.authFailures,
      plainPackets: srtp ? 0 : received,
    },
    receiveStats: [...m.videoStats.streams(), ...(m.audioStats?.streams() ?? [])],
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
