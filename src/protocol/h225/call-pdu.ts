import { type H225, h323UserInformation } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";
import { serializeTpkt } from "../tpkt/tpkt.js";
import {
  type H225MessageType,
  type H225SignallingMessage,
  parseH225SignallingMessage,
  serializeH225SignallingMessage,
} from "./signalling-message.js";

// One H.225.0 call signalling PDU: a Q.931 message (H.225.0 §7.2-7.4) whose User-user element
// holds the PER-encoded H323-UserInformation (H.225.0 §7.6). The two layers name the message
// twice (Q.931 message type, h323-message-body); H.225.0 §7.4.2 lets a Facility carry the
// "empty" body (tunnelled H.245 with nothing else to say), and Information may carry it too.

export type H323MessageBody = H225.H323UUPDU["h323-message-body"];

export interface CallPdu {
  readonly message: H225SignallingMessage;
  readonly uu: H225.H323UserInformation;
}

/** H.225.0 version 4 (0.0.8.2250.0.4): what ooh323c, H323Plus and GnuGk all accept. */
export const H225_PROTOCOL_IDENTIFIER = "0.0.8.2250.0.4";

const BODY_FOR_TYPE: Record<H225MessageType, readonly string[]> = {
  setup: ["setup"],
  callProceeding: ["callProceeding"],
  alerting: ["alerting"],
  connect: ["connect"],
  releaseComplete: ["releaseComplete"],
  facility: ["facility", "empty"],
  progress: ["progress"],
  notify: ["notify"],
  information: ["information", "empty"],
  status: ["status"],
  statusEnquiry: ["statusInquiry"],
  setupAcknowledge: ["setupAcknowledge"],
};

/** Reads a TPKT payload of the call signalling connection; throws ParseError naming the field. */
export function parseCallPdu(bytes: Uint8Array): CallPdu {
  const message = parseH225SignallingMessage(bytes);
  if (message.userInformation === undefined) {
    throw new ParseError(
      "H.225.0",
      "userUser",
      -1,
      `${message.type} without User-user carries no H.225.0 message`,
    );
  }
  const uu = h323UserInformation.decode(message.userInformation);
  const body = uu["h323-uu-pdu"]["h323-message-body"].choice;
  if (!BODY_FOR_TYPE[message.type].includes(body)) {
    throw new ParseError(
      "H.225.0",
      "h323-uu-pdu.h323-message-body",
      -1,
      `Q.931 ${message.type} carries a ${body} body (H.225.0 §7.4)`,
    );
  }
  return { message, uu };
}

/** The TPKT-framed bytes of a PDU: the H323-UserInformation encoded into the message's User-user. */
export function serializeCallPdu(
  message: Omit<H225SignallingMessage, "userInformation">,
  uu: H225.H323UserInformation,
): Uint8Array {
  const userInformation = h323UserInformation.encode(uu);
  return serializeTpkt(serializeH225SignallingMessage({ ...message, userInformation }));
}
