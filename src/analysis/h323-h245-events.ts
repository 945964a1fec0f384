import type { H245 } from "../protocol/asn1/index.js";

// An H.245 message that is an event rather than state: the keyframe request (H.245
// miscellaneousCommand videoFastUpdatePicture, §8.8). The H.239 token messages are read by
// src/protocol/h245/h239-messages.ts.

/** The logical channel a videoFastUpdatePicture asks a keyframe on, or undefined. */
export function videoFastUpdateChannel(m: H245.MultimediaSystemControlMessage): number | undefined {
  if (m.choice !== "command" || m.value.choice !== "miscellaneousCommand") return undefined;
  const c = m.value.value;
  return c.type.choice === "videoFastUpdatePicture" ? c.logicalChannelNumber : undefined;
}
