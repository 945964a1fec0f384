import type { CodecCapability, LocalCapabilities } from "./capabilities.js";
import type { Codec } from "./codec.js";
import type { NegotiatedSession } from "./sdp-types.js";

function asCapability(c: Codec): CodecCapability {
  return {
    name: c.name,
    clockRate: c.clockRate,
    channels: c.channels,
    fmtp: c.fmtp,
    payloadType: c.payloadType,
  };
}

/**
 * RFC 3264 §8: a re-offer that only refreshes the session offers the formats already agreed,
 * with the same payload types, so the far end does not switch codec (or H.264 packetization
 * mode) in the middle of the call. Kinds with nothing agreed keep the full capability list.
 */
export function capabilitiesForReoffer(
  session: NegotiatedSession,
  base: LocalCapabilities,
): LocalCapabilities {
  const audio = session.audio?.codec;
  const video = session.video?.codec;
  const te = session.audio?.telephoneEvent;
  return {
    ...base,
    audio: audio ? [asCapability(audio)] : base.audio,
    telephoneEvent: audio ? (te ? [asCapability(te)] : []) : base.telephoneEvent,
    video: video ? [asCapability(video)] : base.video,
  };
}
