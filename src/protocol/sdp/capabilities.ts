import type { SrtpSuite } from "../srtp/srtp-suite.js";

/** One payload format we can send and receive. */
export interface CodecCapability {
  readonly name: string;
  readonly clockRate: number;
  readonly channels?: number;
  /** Parameters we put in our a=fmtp (for H.264 matching, packetization-mode counts). */
  readonly fmtp?: Readonly<Record<string, string>>;
  /** Payload type we use when we make the offer (answers keep the offerer's numbers). */
  readonly payloadType: number;
  /** Known but not accepted: lets reports name it ("VP8 only") instead of "unknown". */
  readonly disabled?: boolean;
}

/** Everything we can do, from which offers and answers are built. */
export interface LocalCapabilities {
  /** Audio codecs in our order of preference (used in our offers). */
  readonly audio: readonly CodecCapability[];
  /** RFC 4733 telephone-event formats, one per clock rate. */
  readonly telephoneEvent: readonly CodecCapability[];
  /** Video codecs in our order of preference. */
  readonly video: readonly CodecCapability[];
  /** RFC 4585 / RFC 5104 feedback we handle for video. */
  readonly videoRtcpFb: readonly string[];
  /** Highest H.264 level_idc we receive (RFC 6184; 31 = level 3.1, 40 = level 4). */
  readonly h264MaxLevel: number;
  /** H.264 profile_idc values we accept (66 Baseline, 77 Main, 100 High ...). */
  readonly h264Profiles: readonly number[];
  /** SDES suites in our order of preference (RFC 4568 §6.2). */
  readonly srtpSuites: readonly SrtpSuite[];
  /** Whether we accept RFC 5761 rtcp-mux. */
  readonly rtcpMux: boolean;
}

/** What vdm-test supports: Opus, G.722, G.711, telephone-event; H.264 modes 1 and 0; VP8 known only. */
export function defaultCapabilities(): LocalCapabilities {
  return {
    audio: [
      // RFC 7587 §7: opus is always written 48000/2.
      {
        name: "opus",
        clockRate: 48000,
        channels: 2,
        payloadType: 111,
        fmtp: { minptime: "10", useinbandfec: "1" },
      },
      { name: "G722", clockRate: 8000, payloadType: 9 },
      { name: "PCMA", clockRate: 8000, payloadType: 8 },
      { name: "PCMU", clockRate: 8000, payloadType: 0 },
    ],
    telephoneEvent: [
      { name: "telephone-event", clockRate: 8000, payloadType: 101, fmtp: { "": "0-16" } },
      { name: "telephone-event", clockRate: 48000, payloadType: 110, fmtp: { "": "0-16" } },
    ],
    video: [
      {
        name: "H264",
        clockRate: 90000,
        payloadType: 96,
        fmtp: { "profile-level-id": "42e01f", "packetization-mode": "1" },
      },
      {
        name: "H264",
        clockRate: 90000,
        payloadType: 97,
        fmtp: { "profile-level-id": "42e01f", "packetization-mode": "0" },
      },
      { name: "VP8", clockRate: 90000, payloadType: 98, disabled: true },
    ],
    videoRtcpFb: ["nack", "nack pli", "ccm fir"],
    h264MaxLevel: 40,
    h264Profiles: [66, 77, 88, 100],
    srtpSuites: ["AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"],
    rtcpMux: true,
  };
}
