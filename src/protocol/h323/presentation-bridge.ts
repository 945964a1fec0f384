import type { H245 } from "../asn1/index.js";
import { readH264Capability } from "../h245/terminal-capabilities.js";
import type { Codec } from "../sdp/codec.js";
import type { RemoteCapabilities } from "./capability-set.js";
import type { PlannedChannel } from "./channel-bridge.js";
import type { LocalMedia } from "./local-media.js";
import type { ChannelReading } from "./logical-channel.js";
import { mediaPacketizationOf, presentationDataTypeOfCodec, sameFormat } from "./media-codec.js";
import type { RemoteStream } from "./remote-sdp.js";
import { type HostPort, h245Address } from "./transport-address.js";

// The H.239 presentation between H.245 and SDP. In SDP (the room's and the caller's media
// model) the presentation is a second m=video with a=content:slides (RFC 4796); in H.245 it is
// the H.239 extended video capability (H.239 §7.1) and, while one end holds the token, a
// logical channel whose DataType carries the presentation role label (H.239 §9), in its own
// RTP session. The slides line is written from capabilities alone (the channel opens later,
// when the token is taken); its addresses come from the channel and its Ack.

/**
 * The far end's presentation as a slides line: the H.264 it receives in the presentation role,
 * the codec of the presentation channel it opened (if any), where it receives (from the Ack to
 * ours) and its RTCP address (from its channel). Undefined when it declared no H.239.
 */
export function presentationStream(
  farEnd: RemoteCapabilities,
  channel?: ChannelReading,
  receivesAt?: HostPort,
): RemoteStream | undefined {
  const sent = channel?.presentation && channel.codec ? [channel.codec] : [];
  if (!farEnd.h239Control && sent.length === 0) return undefined;
  const codecs: Codec[] = [...sent];
  for (const c of farEnd.presentation) if (!codecs.some((x) => sameFormat(x, c))) codecs.push(c);
  if (codecs.length === 0) return undefined;
  const receives = farEnd.h239Control && farEnd.presentation.length > 0;
  return {
    kind: "video",
    content: "slides",
    ...(receivesAt ? { rtp: receivesAt } : {}),
    ...(channel?.mediaControlChannel ? { rtcp: channel.mediaControlChannel } : {}),
    codecs,
    direction: receives ? "sendrecv" : "sendonly",
  };
}

/** H.241 §8.3.2.2 as for the main video: our level, capped at the far end's. */
function capped(ours: Codec, theirs: Codec): H245.DataType | undefined {
  const d = presentationDataTypeOfCodec(ours);
  const t = presentationDataTypeOfCodec(theirs);
  if (d?.choice !== "videoData" || t?.choice !== "videoData") return d;
  const inner = (v: H245.VideoCapability) =>
    v.choice === "extendedVideoCapability" && v.value.videoCapability[0]?.choice === "genericVideoCapability"
      ? readH264Capability(v.value.videoCapability[0].value)
      : undefined;
  const a = inner(d.value);
  const b = inner(t.value);
  if (!a || !b || b.level >= a.level) return d;
  return presentationDataTypeOfCodec({
    ...ours,
    fmtp: { ...ours.fmtp, "profile-level-id": theirs.fmtp["profile-level-id"] ?? "" },
  });
}

/**
 * The presentation channel we open once we hold the token (H.239 §9): our first slides codec the
 * far end receives in the presentation role. `sessionID` is ours as master, 0 as slave (H.245
 * §6.2.10.3: the master assigns new sessions). Undefined when no format matches.
 */
export function planPresentationChannel(
  local: LocalMedia,
  farEnd: RemoteCapabilities,
  number: number,
  sessionID: number,
): PlannedChannel | undefined {
  const p = local.presentation;
  if (!p || !farEnd.h239Control) return undefined;
  for (const codec of p.codecs) {
    const theirs = farEnd.presentation.find((t) => sameFormat(t, codec));
    const dataType = theirs ? capped(codec, theirs) : undefined;
    if (!dataType) continue;
    const packetization = mediaPacketizationOf(codec);
    return {
      kind: "video",
      streamIndex: p.index,
      codec,
      request: {
        number,
        dataType,
        sessionID,
        mediaControlChannel: h245Address(p.rtcp),
        ...(codec.payloadType >= 96 ? { dynamicRTPPayloadType: codec.payloadType } : {}),
        ...(packetization ? { mediaPacketization: packetization } : {}),
      },
    };
  }
  return undefined;
}

/** Whether we take a presentation channel the far end opens: in a format of our slides line. */
export function acceptsPresentation(local: LocalMedia, channel: ChannelReading): boolean {
  const p = local.presentation;
  return (
    p !== undefined &&
    channel.presentation &&
    channel.codec !== undefined &&
    (p.direction === "sendrecv" || p.direction === "recvonly") &&
    p.codecs.some((c) => sameFormat(c, channel.codec!))
  );
}
