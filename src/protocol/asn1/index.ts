/**
 * ASN.1 aligned PER (ITU-T X.691) for H.225.0 v8, H.245 v17, H.235, H.460.18 and H.460.19,
 * generated from the modules in ./modules (see ./README.md).
 *
 * Values: SEQUENCE -> object (absent OPTIONAL fields left out; unknown extension additions in
 * `$unknown`), CHOICE -> { choice: "name", value }, SEQUENCE OF / SET OF -> array,
 * INTEGER -> number, BOOLEAN -> boolean, NULL -> null, ENUMERATED -> its name,
 * OCTET STRING and open types -> Uint8Array, BIT STRING -> { bits, length },
 * OBJECT IDENTIFIER -> dotted string ("0.0.8.2250.0.7"), character strings -> string.
 */
import { perCodec } from "./codec.js";
import * as H235 from "./generated/h235-security-messages.js";
import * as H225 from "./generated/h323-messages.js";
import * as H46019 from "./generated/media-traversal.js";
import * as H245 from "./generated/multimedia-system-control.js";
import * as H46018 from "./generated/signalling-traversal.js";

export type { PerCodec } from "./codec.js";
export { perCodec } from "./codec.js";
export type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "./descriptor.js";
export { AsnEncodeError } from "./per-encoder.js";
export { H225, H235, H245, H46018, H46019 };

/** H.225.0 RAS message (the whole UDP payload). */
export const rasMessage = perCodec<H225.RasMessage>("RasMessage", H225.RasMessage);
/** H.225.0 call signalling: the Q.931 user-user information element after its discriminator 0x05. */
export const h323UserInformation = perCodec<H225.H323UserInformation>(
  "H323-UserInformation",
  H225.H323UserInformation,
);
/** H.245 message: a TPKT payload of the H.245 connection, or one element of h245Control / fastStart's peer. */
export const multimediaSystemControlMessage = perCodec<H245.MultimediaSystemControlMessage>(
  "MultimediaSystemControlMessage",
  H245.MultimediaSystemControlMessage,
);
/** H.245 OpenLogicalChannel: the elements of fastStart in Setup/Connect. */
export const openLogicalChannel = perCodec<H245.OpenLogicalChannel>(
  "OpenLogicalChannel",
  H245.OpenLogicalChannel,
);
/** H.460.18 IncomingCallIndication (raw content of genericData feature 18, parameter 1). */
export const incomingCallIndication = perCodec<H46018.IncomingCallIndication>(
  "IncomingCallIndication",
  H46018.IncomingCallIndication,
);
/** H.460.19 TraversalParameters (genericInformation 0.0.8.460.19.0.1, parameter 1 of an OLC / OLC ack). */
export const traversalParameters = perCodec<H46019.TraversalParameters>(
  "TraversalParameters",
  H46019.TraversalParameters,
);
