import type { H225 } from "../asn1/index.js";
import { type CallPdu, H225_PROTOCOL_IDENTIFIER, serializeCallPdu } from "../h225/call-pdu.js";
import { ParseError } from "../parse-error.js";

// H.460.18, the endpoint's side of an incoming call: after the ServiceControlIndication it opens
// TCP to the IncomingCallIndication's callSignallingAddress and sends a Facility first, with
// reason undefinedReason and the callIdentifier of the indication, so the traversal server
// knows which call the new connection is for. The dummy call reference (Q.931 §4.3, value 0)
// is used: no call exists on this connection yet. H323Plus adds an empty Q.932 Facility
// element, which is kept here so the message reads the same to every gatekeeper.

export interface TraversalFacilityOptions {
  /** H.225.0 protocolIdentifier; H.225.0 v4 by default, as the rest of the stack sends. */
  readonly protocolIdentifier?: string;
  readonly h245Tunnelling?: boolean;
}

/** The H323-UserInformation of the Facility sent first on the outward connection. */
export function traversalFacilityUu(
  callId: Uint8Array,
  options: TraversalFacilityOptions = {},
): H225.H323UserInformation {
  if (callId.length !== 16) {
    throw new ParseError("H.460.18", "callIdentifier.guid", -1, `is ${callId.length} octets, expected 16`);
  }
  return {
    "h323-uu-pdu": {
      "h323-message-body": {
        choice: "facility",
        value: {
          protocolIdentifier: options.protocolIdentifier ?? H225_PROTOCOL_IDENTIFIER,
          reason: { choice: "undefinedReason", value: null },
          callIdentifier: { guid: callId },
          multipleCalls: false,
          maintainConnection: false,
        },
      },
      h245Tunneling: options.h245Tunnelling ?? true,
    },
  };
}

/** The TPKT-framed Facility the endpoint writes first on the connection it opened. */
export function serializeTraversalFacility(
  callId: Uint8Array,
  options: TraversalFacilityOptions = {},
): Uint8Array {
  return serializeCallPdu(
    {
      type: "facility",
      callReference: { length: 2, flag: false, value: 0 },
      facility: new Uint8Array(0),
      otherElements: [],
    },
    traversalFacilityUu(callId, options),
  );
}

/**
 * The callIdentifier guid when `pdu` is the Facility that announces an H.460.18 connection
 * (facility body, reason undefinedReason, with a callIdentifier); undefined otherwise.
 */
export function traversalFacilityCallId(pdu: CallPdu): Uint8Array | undefined {
  const body = pdu.uu["h323-uu-pdu"]["h323-message-body"];
  if (body.choice !== "facility") return undefined;
  if (body.value.reason.choice !== "undefinedReason") return undefined;
  return body.value.callIdentifier?.guid;
}
