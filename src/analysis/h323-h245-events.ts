import type { H245 } from "../protocol/asn1/index.js";

// H.245 messages that are events rather than state: the H.239 presentation token messages
// (H.239 §7.2: generic messages with capability identifier 0.0.8.239.2 and the sub-message
// identifiers of its Table 10) and the keyframe request (H.245 miscellaneousCommand
// videoFastUpdatePicture, §8.8).

/** H.239 §7.2: the capability identifier of H.239's generic messages. */
export const H239_GENERIC_MESSAGE_OID = "0.0.8.239.2";

/** H.239 Table 10: subMessageIdentifier of each token or flow-control message. */
const H239_SUB_MESSAGES: Readonly<Record<number, string>> = {
  1: "flowControlReleaseRequest",
  2: "flowControlReleaseResponse",
  3: "presentationTokenRequest",
  4: "presentationTokenResponse",
  5: "presentationTokenRelease",
  6: "presentationTokenIndicateOwner",
};

function genericOf(m: H245.MultimediaSystemControlMessage): H245.GenericMessage | undefined {
  if (m.choice === "$unknown") return undefined;
  const v = m.value as { choice: string; value: unknown };
  const generic = ["genericRequest", "genericResponse", "genericCommand", "genericIndication"];
  return generic.includes(v.choice) ? (v.value as H245.GenericMessage) : undefined;
}

/** The H.239 token message this is ("presentationTokenRequest", ...), or undefined. */
export function h239MessageName(m: H245.MultimediaSystemControlMessage): string | undefined {
  const g = genericOf(m);
  if (g?.messageIdentifier.choice !== "standard") return undefined;
  if (g.messageIdentifier.value !== H239_GENERIC_MESSAGE_OID) return undefined;
  const sub = g.subMessageIdentifier;
  return sub === undefined ? "h239 generic message" : (H239_SUB_MESSAGES[sub] ?? `h239 message ${sub}`);
}

/** The logical channel a videoFastUpdatePicture asks a keyframe on, or undefined. */
export function videoFastUpdateChannel(m: H245.MultimediaSystemControlMessage): number | undefined {
  if (m.choice !== "command" || m.value.choice !== "miscellaneousCommand") return undefined;
  const c = m.value.value;
  return c.type.choice === "videoFastUpdatePicture" ? c.logicalChannelNumber : undefined;
}
