import type {
  KeyframeMeasurement,
  MediaEvidence,
  MediaSourceEvidence,
  SrtpMeasurement,
  Unavailable,
  VideoMeasurement,
} from "../conformance/evidence.js";
import { KEYFRAME_FAIL_MS } from "../conformance/h264-check.js";
import type { SessionReading } from "../protocol/sdp/media-section.js";
import type { Phrase } from "../report/i18n/bilingual.js";
import { packetSource } from "./endpoint-sip.js";
import { MAX_IDR_TIMES } from "./h264-observer.js";
import type { MediaStreamFacts } from "./media-stream.js";

/**
 * What the graded party's media was, as the other party (or the capture point) received it:
 * the streams it sent told from those sent to it by the addresses in its own SDP (RFC 3264 §5:
 * an SDP names where its author receives). H.264 is read from the RTP structure (SPS, PPS, IDR,
 * picture size, frame rate; nothing is decoded), SRTP from the packets checked with the SDES key
 * of the SDP, keyframe response from PLI/FIR sent to it against its next IDR, and symmetric RTP
 * from its packets' source against its SDP.
 */
export interface EndpointMedia {
  readonly media?: MediaEvidence;
  readonly mediaSources: readonly MediaSourceEvidence[];
  readonly unavailable: readonly Unavailable[];
  /** RTP/RTCP flows the graded party sent, and those sent to it. */
  readonly fromEndpoint: readonly MediaStreamFacts[];
  readonly toEndpoint: readonly MediaStreamFacts[];
}

/** H.264 payloads under this share of invalid NAL headers read as plain (not encrypted) H.264. */
const PLAIN_H264_INVALID_SHARE = 0.05;
const MIN_PACKETS_TO_JUDGE = 10;

/** Every address:port where the SDP's author receives RTP or RTCP. */
function receiveAddresses(sdps: readonly SessionReading[]): Set<string> {
  const out = new Set<string>();
  for (const r of sdps) {
    for (const m of r.media) {
      if (m.port === 0 || !m.address) continue;
      out.add(`${m.address}:${m.port}`);
      out.add(`${m.rtcpAddress ?? m.address}:${m.rtcpPort ?? m.port + 1}`);
    }
  }
  return out;
}

/**
 * Splits a dialog's flows by direction. `endpointSdps` undefined means no dialog at all: every
 * flow found (by heuristics) is taken as the graded party's.
 */
export function splitFlows(
  streams: readonly MediaStreamFacts[],
  endpointSdps: readonly SessionReading[] | undefined,
): { fromEndpoint: MediaStreamFacts[]; toEndpoint: MediaStreamFacts[] } {
  if (endpointSdps === undefined) return { fromEndpoint: [...streams], toEndpoint: [] };
  const mine = receiveAddresses(endpointSdps);
  return {
    fromEndpoint: streams.filter((s) => !mine.has(s.dst)),
    toEndpoint: streams.filter((s) => mine.has(s.dst)),
  };
}

const rtp = (s: MediaStreamFacts) => s.packets > 0 && !s.binding?.rtcp;
const busiest = (xs: readonly MediaStreamFacts[]) =>
  xs.reduce<MediaStreamFacts | undefined>((a, b) => (!a || b.packets > a.packets ? b : a), undefined);
/** SRTP agreed but the sender's key is not in the capture: the payload cannot be read. */
const opaque = (s: MediaStreamFacts) => s.binding?.srtpNegotiated === true && !s.binding.senderKey;
/** The payload reads as H.264 with valid NAL headers: it crossed the network in the clear. */
const readsAsPlainH264 = (s: MediaStreamFacts) =>
  s.h264 !== undefined &&
  s.h264.packets >= MIN_PACKETS_TO_JUDGE &&
  s.h264.invalidHeaders < s.h264.packets * PLAIN_H264_INVALID_SHARE;

/** The graded party's media evidence. `endpointSdps` as in splitFlows. */
export function endpointMedia(
  streams: readonly MediaStreamFacts[],
  endpointSdps: readonly SessionReading[] | undefined,
): EndpointMedia {
  const { fromEndpoint, toEndpoint } = splitFlows(streams, endpointSdps);
  const sent = fromEndpoint.filter(rtp);
  const unavailable: Unavailable[] = [];
  const noSdp = endpointSdps === undefined;
  if (sent.length === 0) {
    const why: Phrase = noSdp
      ? { en: "no media in the capture", sv: "inga medier i inspelningen" }
      : {
          en: "no media from the graded party in the capture",
          sv: "inga medier från den bedömda parten i inspelningen",
        };
    unavailable.push({ part: "media", reason: why }, { part: "keyframe", reason: why });
    return {
      mediaSources: noSdp ? [] : mediaSources([], endpointSdps),
      unavailable,
      fromEndpoint,
      toEndpoint,
    };
  }
  const mainVideo = busiest(
    sent.filter((s) => (s.binding ? s.binding.kind === "video" : s.codec?.toUpperCase() === "H264")),
  );
  const audio = busiest(sent.filter((s) => s.binding?.kind === "audio"));
  let video: VideoMeasurement | undefined;
  if (mainVideo && opaque(mainVideo)) {
    const why: Phrase = {
      en: "the video is SRTP and its key is not in the capture (SDES over TLS, or DTLS-SRTP): its H.264 cannot be read",
      sv: "videon är SRTP och dess nyckel finns inte i inspelningen (SDES över TLS, eller DTLS-SRTP): dess H.264 går inte att läsa",
    };
    unavailable.push({ part: "media", reason: why }, { part: "keyframe", reason: why });
  } else if (mainVideo) {
    const keyframe = keyframeResponse(mainVideo, toEndpoint);
    if (!keyframe.measurement) unavailable.push({ part: "keyframe", reason: keyframe.why });
    video = videoMeasurement(mainVideo, endpointSdps, keyframe.measurement);
  } else {
    unavailable.push({
      part: "keyframe",
      reason: { en: "the graded party sent no video", sv: "den bedömda parten skickade ingen video" },
    });
  }
  const srtp = srtpMeasurement(sent, noSdp);
  if ("why" in srtp) unavailable.push({ part: "srtp", reason: srtp.why });
  if (noSdp)
    unavailable.push({
      part: "transport",
      reason: {
        en: "no SDP in the capture says where the media should come from",
        sv: "ingen SDP i inspelningen säger varifrån medierna ska komma",
      },
    });
  const media: MediaEvidence = {
    ...(video ? { video } : {}),
    ...(audio
      ? { audio: { ...(audio.codec ? { codec: audio.codec } : {}), packetsReceived: audio.packets } }
      : {}),
    ...("measurement" in srtp ? { srtp: srtp.measurement } : {}),
    receiveStats: sent.flatMap((s) => s.ssrcs),
  };
  return {
    media,
    mediaSources: noSdp ? [] : mediaSources(sent, endpointSdps),
    unavailable,
    fromEndpoint,
    toEndpoint,
  };
}

function videoMeasurement(
  s: MediaStreamFacts,
  sdps: readonly SessionReading[] | undefined,
  keyframe: KeyframeMeasurement | undefined,
): VideoMeasurement {
  const h = s.h264;
  // Nothing is decoded: a stream with SPS, PPS and an IDR and a readable picture size is taken as
  // decodable, and its access units as its frames (as the room grades a caller).
  const decodable =
    h !== undefined && h.spsCount > 0 && h.ppsCount > 0 && h.idrCount > 0 && h.width !== undefined;
  const pt = s.ssrcs[0]?.payloadType;
  const fmtp = sdps
    ?.flatMap((r) => r.media)
    .find((m) => m.index === s.binding?.mediaIndex)
    ?.codecs.find((c) => c.payloadType === pt)?.fmtp;
  return {
    ...(s.codec ? { codec: s.codec } : {}),
    packetsReceived: s.packets,
    framesDecoded: decodable ? h.accessUnits : 0,
    decodeErrors: h?.invalidHeaders ?? 0,
    ...(h?.width !== undefined && h.height !== undefined ? { width: h.width, height: h.height } : {}),
    ...(h?.frameRate !== undefined ? { frameRate: h.frameRate } : {}),
    ...(fmtp?.["profile-level-id"] ? { profileLevelId: fmtp["profile-level-id"] } : {}),
    ...(fmtp?.["max-fs"] ? { maxFs: Number(fmtp["max-fs"]) } : {}),
    ...(fmtp?.["max-mbps"] ? { maxMbps: Number(fmtp["max-mbps"]) } : {}),
    ...(keyframe ? { keyframe } : {}),
  };
}

/**
 * RFC 4585 §6.3.1 PLI and RFC 5104 §4.3.1 FIR sent to the graded party on its video's RTCP, each
 * answered by its next IDR. A request with no IDR after it counts as unanswered only when the
 * video ran on for KEYFRAME_FAIL_MS after it (otherwise the capture simply ended too soon).
 */
export function keyframeResponse(
  video: MediaStreamFacts,
  toEndpoint: readonly MediaStreamFacts[],
): { measurement?: KeyframeMeasurement; why: Phrase } {
  const index = video.binding?.mediaIndex;
  if (index === undefined)
    return {
      why: {
        en: "no SDP names the video, so its RTCP cannot be told from other flows",
        sv: "ingen SDP anger videon, så dess RTCP går inte att skilja från andra flöden",
      },
    };
  const flows = toEndpoint.filter((s) => s.binding?.mediaIndex === index);
  const requests = flows.flatMap((s) => s.keyframeRequestsMs).sort((a, b) => a - b);
  if (requests.length === 0) {
    const unread = flows.reduce((n, s) => n + s.rtcpUnread, 0);
    return {
      why:
        unread > 0
          ? {
              en: `no PLI/FIR could be read in the RTCP sent to the graded party (${unread} RTCP packets unreadable: SRTCP without its key)`,
              sv: `ingen PLI/FIR gick att läsa i RTCP till den bedömda parten (${unread} RTCP-paket oläsliga: SRTCP utan sin nyckel)`,
            }
          : {
              en: "no PLI/FIR was sent to the graded party in the capture",
              sv: "ingen PLI/FIR skickades till den bedömda parten i inspelningen",
            },
    };
  }
  return keyframeAnswers(video, requests, "PLI/FIR");
}

/**
 * Each keyframe request (arrival times, sorted) answered by the video's next IDR. A request with
 * no IDR after it counts as unanswered only when the video ran on for KEYFRAME_FAIL_MS after it.
 * `named` names the requests in the reason ("PLI/FIR", "videoFastUpdatePicture").
 */
export function keyframeAnswers(
  video: MediaStreamFacts,
  requests: readonly number[],
  named: string,
): { measurement?: KeyframeMeasurement; why: Phrase } {
  const idrs = video.idrTimesMs;
  const responseMs: (number | null)[] = [];
  for (const t of requests) {
    const idr = idrs.find((x) => x >= t);
    if (idr !== undefined) responseMs.push(Math.round(idr - t));
    else if (idrs.length < MAX_IDR_TIMES && video.lastMs - t >= KEYFRAME_FAIL_MS) responseMs.push(null);
  }
  if (responseMs.length === 0)
    return {
      why: {
        en: `${requests.length} ${named} seen, but the capture ends before a keyframe could follow`,
        sv: `${requests.length} ${named} sågs, men inspelningen slutar innan en nyckelbild kunde följa`,
      },
    };
  return { measurement: { requests: responseMs.length, responseMs }, why: { en: "", sv: "" } };
}

function srtpMeasurement(
  sent: readonly MediaStreamFacts[],
  noSdp: boolean,
): { measurement: SrtpMeasurement } | { why: Phrase } {
  if (noSdp) {
    const clear = sent.filter(readsAsPlainH264).reduce((n, s) => n + s.packets, 0);
    return {
      why: {
        en: `no SDP names the streams (SIP over TLS, or not captured), so whether SRTP was agreed is unknown${clear ? `; ${clear} video packets read as plain H.264` : ""}`,
        sv: `ingen SDP anger strömmarna (SIP över TLS, eller inte inspelad), så om SRTP kom överens är okänt${clear ? `; ${clear} videopaket lästes som okrypterad H.264` : ""}`,
      },
    };
  }
  const agreed = sent.filter((s) => s.binding?.srtpNegotiated);
  const plainAgreed = sent.filter((s) => !s.binding?.srtpNegotiated);
  // On an SRTP stream without its key, only a payload that reads as H.264 is known to be plain.
  const plainOnSrtp = agreed.filter((s) => opaque(s) && readsAsPlainH264(s));
  const checked = agreed.filter((s) => !opaque(s));
  if (agreed.length > 0 && checked.length === 0 && plainOnSrtp.length === 0 && plainAgreed.length === 0)
    return {
      why: {
        en: "SRTP was agreed, but its keys are not in the capture (SDES over TLS, or DTLS-SRTP): the packets cannot be authenticated",
        sv: "SRTP kom man överens om, men nycklarna finns inte i inspelningen (SDES över TLS, eller DTLS-SRTP): paketen går inte att autentisera",
      },
    };
  return {
    measurement: {
      negotiated: agreed.length > 0,
      packetsAuthenticated: checked.reduce((n, s) => n + s.protection.authenticated, 0),
      authFailures: checked.reduce((n, s) => n + s.protection.authFailures, 0),
      plainPackets: [...plainAgreed, ...plainOnSrtp].reduce((n, s) => n + s.packets, 0),
    },
  };
}

/** Per active audio/video line of the graded party's SDP: where it said its media comes from, and where it came from. */
function mediaSources(
  sent: readonly MediaStreamFacts[],
  sdps: readonly SessionReading[],
): MediaSourceEvidence[] {
  const reading = sdps.at(-1);
  if (!reading) return [];
  return reading.media
    .filter(
      (m) =>
        (m.kind === "audio" || m.kind === "video") &&
        m.port !== 0 &&
        m.address !== undefined &&
        m.direction !== "recvonly" &&
        m.direction !== "inactive",
    )
    .map((m) => {
      const s = busiest(sent.filter((x) => x.binding?.mediaIndex === m.index));
      const source = s ? packetSource(s.src) : undefined;
      return {
        kind: m.kind,
        sdpAddress: m.address!,
        sdpPort: m.port,
        ...(source ? { source } : {}),
      };
    });
}
