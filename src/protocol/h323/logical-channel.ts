import type { H245 } from "../asn1/index.js";
import { plainDataType } from "../h235/h245-security.js";
import { channelMediaSide } from "../h245/fast-start.js";
import { H239Role, readExtendedVideo } from "../h245/h239-capabilities.js";
import type { Codec } from "../sdp/codec.js";
import { codecOfDataType, kindOfSession, type MediaKindAV, packetizationModeOf } from "./media-codec.js";
import { type HostPort, readH245Address } from "./transport-address.js";

// One OpenLogicalChannel read into what the bridge needs (H.245 §6.2.10, H2250LogicalChannel-
// Parameters of H.245 §6.2.10.3): which way media flows relative to the OLC's sender, the
// RTP session, the codec, the addresses, the dynamic payload type. Fast start (H.323 §8.1.7)
// puts media the proposer *receives* in reverseLogicalChannelParameters with a nullData
// forward side.

export interface ChannelReading {
  readonly number: number;
  /** "forward": media flows from the OLC's sender; "reverse": towards it. */
  readonly direction: "forward" | "reverse";
  readonly sessionID: number;
  readonly kind?: MediaKindAV;
  readonly dataType: H245.DataType;
  /** The codec, H.264 numbered with the channel's dynamicRTPPayloadType (or `defaultDynamic`). */
  readonly codec?: Codec;
  readonly mediaChannel?: HostPort;
  readonly mediaControlChannel?: HostPort;
  readonly dynamicRTPPayloadType?: number;
  /**
   * H.239 §9: the channel's DataType is an extended video capability labelled with the
   * presentation role: the H.239 presentation, never the main video.
   */
  readonly presentation: boolean;
  readonly open: H245.OpenLogicalChannel;
  /** The channel's dataType was h235Media (H.235): `dataType` is the media type inside. */
  readonly encrypted?: boolean;
}

/** Reads an OLC; undefined when it carries no H.225.0 (RTP) parameters. */
export function readChannel(olc: H245.OpenLogicalChannel, defaultDynamic = 96): ChannelReading | undefined {
  const side = channelMediaSide(olc);
  if (side === undefined) return undefined;
  const { direction, params: p } = side;
  // H.235: an encrypted channel wraps its media type in h235Media.
  const encrypted = side.dataType.choice === "h235Media";
  const dataType = plainDataType(side.dataType);
  const kind =
    kindOfSession(p.sessionID) ??
    (dataType.choice === "audioData" ? "audio" : dataType.choice === "videoData" ? "video" : undefined);
  const payloadType =
    p.dynamicRTPPayloadType ??
    (p.mediaPacketization?.choice === "rtpPayloadType"
      ? p.mediaPacketization.value.payloadType
      : undefined) ??
    defaultDynamic;
  const codec = codecOfDataType(dataType, payloadType, packetizationModeOf(p.mediaPacketization));
  const mediaChannel = readH245Address(p.mediaChannel);
  const mediaControlChannel = readH245Address(p.mediaControlChannel);
  const extended = dataType.choice === "videoData" ? readExtendedVideo(dataType.value) : undefined;
  return {
    number: olc.forwardLogicalChannelNumber,
    direction,
    sessionID: p.sessionID,
    dataType,
    presentation: extended !== undefined && (extended.roles & H239Role.presentation) !== 0,
    open: olc,
    ...(kind ? { kind } : {}),
    ...(codec ? { codec } : {}),
    ...(mediaChannel ? { mediaChannel } : {}),
    ...(mediaControlChannel ? { mediaControlChannel } : {}),
    ...(p.dynamicRTPPayloadType !== undefined ? { dynamicRTPPayloadType: p.dynamicRTPPayloadType } : {}),
    ...(encrypted ? { encrypted } : {}),
  };
}

/** An OLC side's H2250LogicalChannelParameters with changes (a fast start answer fills in addresses). */
export function withH2250(
  mux: { readonly choice: string; readonly value: unknown } | undefined,
  change: Partial<H245.H2250LogicalChannelParameters>,
): { choice: "h2250LogicalChannelParameters"; value: H245.H2250LogicalChannelParameters } {
  const p =
    mux?.choice === "h2250LogicalChannelParameters"
      ? (mux.value as H245.H2250LogicalChannelParameters)
      : { sessionID: 0 };
  return { choice: "h2250LogicalChannelParameters", value: { ...p, ...change } };
}
