import type { H245 } from "../protocol/asn1/index.js";
import { type ChannelReading, readChannel } from "../protocol/h323/logical-channel.js";
import { codecOfCapability, describeDataType } from "../protocol/h323/media-codec.js";
import { STATIC_PAYLOAD_TYPES } from "../protocol/sdp/codec.js";
import type { H323ChannelFacts, H323Side } from "./h323-call-facts.js";
import type { BoundCodec, StreamBinding } from "./stream-binding.js";

// A logical channel read for binding its RTP flows: H.245 §6.2.10 OpenLogicalChannel with
// H2250LogicalChannelParameters (sessionID, mediaChannel, mediaControlChannel,
// dynamicRTPPayloadType), the H.239 §7.1 extended video capability of a presentation channel,
// and the RTP name and clock of its codec (RFC 3551 §6 for the static payload types).

const hp = (a: { host: string; port: number } | undefined) => (a ? `${a.host}:${a.port}` : undefined);

/** H.239 §7.1: a presentation channel carries videoData extendedVideoCapability. */
function extendedVideo(d: H245.DataType): H245.ExtendedVideoCapability | undefined {
  return d.choice === "videoData" && d.value.choice === "extendedVideoCapability" ? d.value.value : undefined;
}

const STATIC_VIDEO: Readonly<Record<string, number>> = { h261VideoCapability: 31, h263VideoCapability: 34 };

/** The RTP codec a channel carries: from the H.245 reading, H.239's inner capability, or a static type. */
function codecOf(r: ChannelReading): { name: string; clockRate: number; payloadType: number } | undefined {
  if (r.codec) return r.codec;
  const pt = r.dynamicRTPPayloadType ?? 96;
  const ext = extendedVideo(r.dataType);
  for (const video of ext?.videoCapability ?? []) {
    const c = codecOfCapability({ kind: "video", video }, pt);
    if (c) return c;
  }
  const d = r.dataType;
  const fixed = d.choice === "videoData" ? STATIC_VIDEO[d.value.choice] : undefined;
  if (fixed !== undefined) return { ...STATIC_PAYLOAD_TYPES[fixed]!, payloadType: fixed };
  return undefined;
}

function kindOf(r: ChannelReading): H323ChannelFacts["kind"] {
  if (r.kind) return r.kind;
  const c = r.dataType.choice;
  return c === "audioData" ? "audio" : c === "videoData" ? "video" : c === "data" ? "data" : "other";
}

/** One OLC (H.245 request or fast start element) as channel facts; undefined without RTP parameters. */
export function channelFacts(
  olc: H245.OpenLogicalChannel,
  from: H323Side,
  via: H323ChannelFacts["via"],
  frame: number,
): H323ChannelFacts | undefined {
  const r = readChannel(olc);
  if (!r) return undefined;
  const codec = codecOf(r);
  const media = hp(r.mediaChannel);
  const control = hp(r.mediaControlChannel);
  return {
    from,
    number: r.number,
    sessionId: r.sessionID,
    via,
    kind: kindOf(r),
    ...(codec ? { codec: codec.name, payloadType: codec.payloadType, clockRate: codec.clockRate } : {}),
    description: extendedVideo(r.dataType)
      ? `H.239 presentation (${codec?.name ?? "video"})`
      : describeDataType(r.dataType),
    presentation: extendedVideo(r.dataType) !== undefined,
    ...(media ? { mediaChannel: media } : {}),
    ...(control ? { mediaControlChannel: control } : {}),
    acknowledged: false,
    frame,
  };
}

/** The RTP (or, `rtcp`, RTCP) flow to `address` belongs to this channel of call `callKey`. */
export function channelBinding(
  ch: H323ChannelFacts,
  callKey: string,
  address: string,
  rtcp: boolean,
): StreamBinding {
  const codecs = new Map<number, BoundCodec>();
  if (ch.codec !== undefined && ch.payloadType !== undefined && ch.clockRate !== undefined)
    codecs.set(ch.payloadType, { name: ch.codec, clockRate: ch.clockRate });
  const at = address.lastIndexOf(":");
  return {
    callId: callKey,
    // A presentation channel stands apart from the main video of the same session (H.239 §7.1).
    mediaIndex: ch.presentation ? 1000 + ch.sessionId : ch.sessionId,
    kind: ch.presentation ? "slides" : ch.kind === "audio" || ch.kind === "video" ? ch.kind : "other",
    protocol: "RTP/AVP",
    codecs,
    receiverAddress: address.slice(0, at),
    receiverPort: Number(address.slice(at + 1)),
    srtpNegotiated: false,
    rtcpMux: false,
    rtcp,
  };
}
