import type { H245 } from "../asn1/index.js";
import { presentationVideoCapability, readExtendedVideo } from "../h245/h239-capabilities.js";
import { h264GenericCapability, readH264Capability } from "../h245/terminal-capabilities.js";
import type { Codec } from "../sdp/codec.js";
import { formatProfileLevelId, packetizationMode, parseProfileLevelId } from "../sdp/h264.js";
import { h264CapabilityOf, profileLevelOf } from "./h264-h241.js";

// The codecs the engine maps between SDP (RFC 3551 static payload types, RFC 6184 H.264) and
// H.245: G.711 µ-law and A-law, G.722 (H.245 §6.2.8.1 AudioCapability, frames per packet in
// milliseconds for these), and H.264 as the H.241 §8.3 generic video capability.

export type MediaKindAV = "audio" | "video";

/** H.225.0 §? / H.323 §8.1.7: the RTP session of each medium (1 audio, 2 video). */
export const SESSION_ID: Readonly<Record<MediaKindAV, number>> = { audio: 1, video: 2 };

export const kindOfSession = (sessionID: number): MediaKindAV | undefined =>
  sessionID === 1 ? "audio" : sessionID === 2 ? "video" : undefined;

/** Audio frames per packet we declare and open (ms, 20 ms packets). */
const AUDIO_FRAMES = 20;
/** The maxBitRate we declare for H.264, in units of 100 bit/s (2 Mbit/s). */
export const H264_MAX_BIT_RATE = 20_000;

const AUDIO: readonly { readonly name: string; readonly pt: number; readonly choice: string }[] = [
  { name: "PCMU", pt: 0, choice: "g711Ulaw64k" },
  { name: "PCMA", pt: 8, choice: "g711Alaw64k" },
  // RFC 3551 §4.5.2: G.722's RTP clock is 8000.
  { name: "G722", pt: 9, choice: "g722-64k" },
];

/** The H.245 DataType of an SDP codec, or undefined when H.245 cannot carry it here. */
export function dataTypeOfCodec(c: Codec): H245.DataType | undefined {
  const audio = AUDIO.find((a) => a.name.toLowerCase() === c.name.toLowerCase() && c.clockRate === 8000);
  if (audio) {
    return {
      choice: "audioData",
      value: { choice: audio.choice, value: AUDIO_FRAMES } as H245.AudioCapability,
    };
  }
  if (c.name.toLowerCase() === "h264" && c.clockRate === 90000) {
    const pl = parseProfileLevelId(c.fmtp["profile-level-id"]);
    if (!pl || packetizationMode(c.fmtp) > 1) return undefined;
    return {
      choice: "videoData",
      value: {
        choice: "genericVideoCapability",
        value: h264GenericCapability(h264CapabilityOf(pl, H264_MAX_BIT_RATE)),
      },
    };
  }
  return undefined;
}

/**
 * The SDP codec of an H.245 audio or video capability; H.264 takes `payloadType` (the
 * channel's dynamicRTPPayloadType, or the number we pick). Undefined for what we do not map.
 */
export function codecOfCapability(
  cap: {
    readonly kind: MediaKindAV;
    readonly audio?: H245.AudioCapability;
    readonly video?: H245.VideoCapability;
  },
  payloadType: number,
): Codec | undefined {
  if (cap.audio) {
    const a = AUDIO.find((x) => x.choice === cap.audio!.choice);
    return a ? { payloadType: a.pt, name: a.name, clockRate: 8000, channels: 1, fmtp: {} } : undefined;
  }
  // H.239 §7.1: the H.264 inside an extended video capability (the presentation's codec).
  const video = cap.video?.choice === "extendedVideoCapability" ? h239Inner(cap.video) : cap.video;
  if (video?.choice === "genericVideoCapability") {
    const h264 = readH264Capability(video.value);
    if (!h264) return undefined;
    return {
      payloadType,
      name: "H264",
      clockRate: 90000,
      channels: 1,
      fmtp: { "profile-level-id": formatProfileLevelId(profileLevelOf(h264)) },
    };
  }
  return undefined;
}

function h239Inner(v: H245.VideoCapability): H245.VideoCapability | undefined {
  const ext = readExtendedVideo(v);
  return ext?.h264 ? { choice: "genericVideoCapability", value: h264GenericCapability(ext.h264) } : undefined;
}

/** The DataType of the H.239 presentation channel for an H.264 codec (H.239 §9: with the role label). */
export function presentationDataTypeOfCodec(c: Codec): H245.DataType | undefined {
  const d = dataTypeOfCodec(c);
  if (d?.choice !== "videoData" || d.value.choice !== "genericVideoCapability") return undefined;
  const h264 = readH264Capability(d.value.value);
  return h264 ? { choice: "videoData", value: presentationVideoCapability(h264) } : undefined;
}

/**
 * The codec a logical channel's DataType carries; an H.264 channel's packetization mode comes
 * from its mediaPacketization (H.241 §8.3.x), written to fmtp when it is not the default 0.
 */
export function codecOfDataType(
  d: H245.DataType,
  payloadType: number,
  packetizationMode = 0,
): Codec | undefined {
  if (d.choice === "audioData") return codecOfCapability({ kind: "audio", audio: d.value }, payloadType);
  if (d.choice === "videoData") {
    const c = codecOfCapability({ kind: "video", video: d.value }, payloadType);
    return c && packetizationMode !== 0 ? withPacketizationMode(c, packetizationMode) : c;
  }
  return undefined;
}

export function withPacketizationMode(c: Codec, mode: number): Codec {
  return { ...c, fmtp: { ...c.fmtp, "packetization-mode": String(mode) } };
}

/**
 * H.241 §8.3 (and Wireshark's OID table): the RTP payload descriptors of H.264 packetization:
 * single NAL unit mode (H.241 Annex A) and non-interleaved mode (RFC 3984, now RFC 6184).
 */
export const H264_PACKETIZATION_OIDS: readonly string[] = ["0.0.8.241.0.0.0.0", "0.0.8.241.0.0.0.1"];

/** The mediaPacketization of an H.264 channel (undefined for other codecs). */
export function mediaPacketizationOf(c: Codec): H245.H2250LogicalChannelParameters["mediaPacketization"] {
  if (c.name.toLowerCase() !== "h264") return undefined;
  const oid = H264_PACKETIZATION_OIDS[packetizationMode(c.fmtp)];
  if (oid === undefined) return undefined;
  return {
    choice: "rtpPayloadType",
    value: { payloadDescriptor: { choice: "oid", value: oid }, payloadType: c.payloadType },
  };
}

/** The packetization mode a mediaPacketization names (0 when it names none we know). */
export function packetizationModeOf(mp: H245.H2250LogicalChannelParameters["mediaPacketization"]): number {
  if (mp?.choice !== "rtpPayloadType" || mp.value.payloadDescriptor.choice !== "oid") return 0;
  return Math.max(0, H264_PACKETIZATION_OIDS.indexOf(mp.value.payloadDescriptor.value));
}

/**
 * Whether two SDP codecs are the same format for channel matching (H.264: the same profile
 * and packetization mode, RFC 6184 §8.2.2).
 */
export function sameFormat(a: Codec, b: Codec): boolean {
  if (a.name.toLowerCase() !== b.name.toLowerCase() || a.clockRate !== b.clockRate) return false;
  if (a.name.toLowerCase() !== "h264") return true;
  const pa = parseProfileLevelId(a.fmtp["profile-level-id"]);
  const pb = parseProfileLevelId(b.fmtp["profile-level-id"]);
  return (
    pa !== undefined &&
    pb !== undefined &&
    pa.profileIdc === pb.profileIdc &&
    packetizationMode(a.fmtp) === packetizationMode(b.fmtp)
  );
}

/** One line naming a DataType: "G.711 µ-law", "H.264 Baseline level 3.1". */
export function describeDataType(d: H245.DataType): string {
  if (d.choice === "audioData") return describeAudio(d.value);
  if (d.choice === "videoData") return describeVideo(d.value);
  return d.choice;
}

const AUDIO_NAMES: Readonly<Record<string, string>> = {
  g711Ulaw64k: "G.711 µ-law",
  g711Alaw64k: "G.711 A-law",
  "g722-64k": "G.722",
  g7231: "G.723.1",
  g729: "G.729",
  g729AnnexA: "G.729A",
};

export function describeAudio(a: H245.AudioCapability): string {
  return AUDIO_NAMES[a.choice] ?? `audio ${a.choice}`;
}

const PROFILE_NAMES: Readonly<Record<number, string>> = {
  66: "Baseline",
  77: "Main",
  88: "Extended",
  100: "High",
};

export function describeVideo(v: H245.VideoCapability): string {
  const ext = readExtendedVideo(v);
  if (ext) {
    const inner = h239Inner(v);
    return `H.239 ${ext.roles & 1 ? "presentation" : "extended video"} ${inner ? describeVideo(inner) : ext.others.join(", ")}`;
  }
  if (v.choice === "genericVideoCapability") {
    const h264 = readH264Capability(v.value);
    if (!h264)
      return `generic video ${v.value.capabilityIdentifier.choice === "standard" ? v.value.capabilityIdentifier.value : "non-standard"}`;
    const pl = profileLevelOf(h264);
    const level =
      pl.levelIdc === 11 && (pl.profileIop & 0x10) !== 0
        ? "1b"
        : `${Math.floor(pl.levelIdc / 10)}${pl.levelIdc % 10 ? `.${pl.levelIdc % 10}` : ""}`;
    return `H.264 ${PROFILE_NAMES[pl.profileIdc] ?? pl.profileIdc} level ${level}`;
  }
  const names: Readonly<Record<string, string>> = {
    h261VideoCapability: "H.261",
    h263VideoCapability: "H.263",
  };
  return names[v.choice] ?? `video ${v.choice}`;
}
