/**
 * The audio codecs vdm-test sends and receives, with their RTP clocks and packet sizes.
 * Pure facts from the RFCs; no encoding here (that lives in src/adapters/ffmpeg).
 */

export type AudioCodec = "opus" | "g722" | "pcma" | "pcmu";

export const AUDIO_CODECS: readonly AudioCodec[] = ["opus", "g722", "pcma", "pcmu"];

export interface AudioCodecInfo {
  codec: AudioCodec;
  /** SDP a=rtpmap encoding name. */
  encodingName: "opus" | "G722" | "PCMA" | "PCMU";
  /** RTP timestamp clock rate (the number in a=rtpmap). */
  rtpClockRate: number;
  /** The rate the codec really samples audio at. */
  sampleRate: number;
  /** The channel count written in a=rtpmap (RFC 7587 §7: always 2 for Opus, even for mono). */
  rtpmapChannels: number;
  /** RFC 3551 Table 4 static payload type, undefined for dynamic ones. */
  staticPayloadType: number | undefined;
  /** Payload bytes per millisecond for constant-rate codecs, undefined for Opus. */
  bytesPerMs: number | undefined;
}

const INFO: Record<AudioCodec, AudioCodecInfo> = {
  // RFC 7587 §4.1: the Opus RTP clock is 48 kHz whatever the internal rate.
  opus: {
    codec: "opus",
    encodingName: "opus",
    rtpClockRate: 48000,
    sampleRate: 48000,
    rtpmapChannels: 2,
    staticPayloadType: undefined,
    bytesPerMs: undefined,
  },
  // RFC 3551 §4.5.2: G.722 samples at 16 kHz but its RTP clock is 8000 Hz, an error in
  // RFC 1890 kept for backward compatibility. 64 kbit/s = 8 bytes per ms.
  g722: {
    codec: "g722",
    encodingName: "G722",
    rtpClockRate: 8000,
    sampleRate: 16000,
    rtpmapChannels: 1,
    staticPayloadType: 9,
    bytesPerMs: 8,
  },
  // RFC 3551 §4.5.14: G.711, one byte per 8 kHz sample.
  pcma: {
    codec: "pcma",
    encodingName: "PCMA",
    rtpClockRate: 8000,
    sampleRate: 8000,
    rtpmapChannels: 1,
    staticPayloadType: 8,
    bytesPerMs: 8,
  },
  pcmu: {
    codec: "pcmu",
    encodingName: "PCMU",
    rtpClockRate: 8000,
    sampleRate: 8000,
    rtpmapChannels: 1,
    staticPayloadType: 0,
    bytesPerMs: 8,
  },
};

export function audioCodecInfo(codec: AudioCodec): AudioCodecInfo {
  return INFO[codec];
}

export function rtpClockRate(codec: AudioCodec): number {
  return INFO[codec].rtpClockRate;
}

/** RTP timestamp increment per packet of `ptimeMs` (RFC 3550 §5.1: in units of the RTP clock). */
export function rtpTimestampIncrement(codec: AudioCodec, ptimeMs: number): number {
  return (INFO[codec].rtpClockRate * ptimeMs) / 1000;
}

/** Audio samples (at the codec's own sample rate) carried in one packet of `ptimeMs`. */
export function samplesPerPacket(codec: AudioCodec, ptimeMs: number): number {
  return (INFO[codec].sampleRate * ptimeMs) / 1000;
}

/** Payload size of a `ptimeMs` packet for constant-rate codecs; undefined for Opus. */
export function payloadBytesPerPacket(codec: AudioCodec, ptimeMs: number): number | undefined {
  const b = INFO[codec].bytesPerMs;
  return b === undefined ? undefined : b * ptimeMs;
}

/** Parses an SDP encoding name (case-insensitive, RFC 4566 §6) into our codec, if we support it. */
export function audioCodecFromEncodingName(name: string): AudioCodec | undefined {
  const n = name.toLowerCase();
  return AUDIO_CODECS.find((c) => INFO[c].encodingName.toLowerCase() === n);
}
