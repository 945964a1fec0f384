import { type H225, H46018, incomingCallIndication } from "../asn1/index.js";
import { type HostPort, h225Address, readH225Address } from "../h323/transport-address.js";
import { ParseError } from "../parse-error.js";
import { H460_FEATURE } from "./feature-set.js";
import { decodeWhole } from "./whole-octets.js";

// H.460.18, incoming calls to an endpoint behind a NAT or firewall: the traversal server (the
// gatekeeper) cannot open TCP to the endpoint, so it sends a RAS ServiceControlIndication whose
// genericData is feature 18 with parameter 1 = the PER-encoded IncomingCallIndication
// (H.460.18's SIGNALLING-TRAVERSAL ASN.1 module): the address to connect to and the callID.
// The endpoint answers ServiceControlResponse, opens TCP to callSignallingAddress and sends a
// Facility (reason undefinedReason, the same callIdentifier) on it; the server then sends the
// Setup on that connection.
//
//   IncomingCallIndication ::= SEQUENCE {
//     callSignallingAddress  TransportAddress,   -- H.225.0 TransportAddress
//     callID                 CallIdentifier,     -- 16-octet GUID
//     ... }

const FORMAT = "H.460.18";
/** H.460.18 genericData parameter 1 in ServiceControlIndication: IncomingCallIndication. */
export const ICI_PARAMETER = 1;

export interface IncomingCall {
  /** Where the endpoint is to open its TCP call signalling connection. */
  readonly callSignallingAddress: HostPort;
  /** The call's H.225.0 CallIdentifier guid (16 octets). */
  readonly callId: Uint8Array;
}

/** Reads the raw IncomingCallIndication octets; throws ParseError naming the field. */
export function parseIncomingCallIndication(raw: Uint8Array): IncomingCall {
  const v = decodeWhole<H46018.IncomingCallIndication>(
    H46018.IncomingCallIndication,
    raw,
    `PER ${incomingCallIndication.name}`,
    "IncomingCallIndication",
  );
  const address = readH225Address(v.callSignallingAddress);
  if (!address) {
    throw new ParseError(
      FORMAT,
      "IncomingCallIndication.callSignallingAddress",
      -1,
      `is ${v.callSignallingAddress.choice}, only an IPv4 ipAddress is supported`,
    );
  }
  return { callSignallingAddress: address, callId: v.callID.guid };
}

/** The raw octets of parameter 1; throws ParseError when the guid is not 16 octets. */
export function serializeIncomingCallIndication(call: IncomingCall): Uint8Array {
  if (call.callId.length !== 16) {
    throw new ParseError(FORMAT, "callID.guid", -1, `is ${call.callId.length} octets, expected 16`);
  }
  return incomingCallIndication.encode({
    callSignallingAddress: h225Address(call.callSignallingAddress),
    callID: { guid: call.callId },
  });
}

/** The ServiceControlIndication a traversal server sends to reach a registered endpoint. */
export function serviceControlIndicationFor(
  requestSeqNum: number,
  call: IncomingCall,
  endpointIdentifier?: string,
): H225.RasMessage {
  return {
    choice: "serviceControlIndication",
    value: {
      requestSeqNum,
      // serviceControl is mandatory in an SCI; GnuGk sends one open session 0 without contents.
      serviceControl: [{ sessionId: 0, reason: { choice: "open", value: null } }],
      ...(endpointIdentifier !== undefined ? { endpointIdentifier } : {}),
      genericData: [
        {
          id: { choice: "standard", value: H460_FEATURE.signallingTraversal },
          parameters: [
            {
              id: { choice: "standard", value: ICI_PARAMETER },
              content: { choice: "raw", value: serializeIncomingCallIndication(call) },
            },
          ],
        },
      ],
    },
  };
}

/**
 * The incoming call a ServiceControlIndication announces; undefined when it is not one (another
 * RAS message, or an SCI without feature 18). A feature 18 whose parameter 1 does not decode
 * throws ParseError: that is a malformed H.460.18 message, not some other SCI.
 */
export function incomingCallOf(ras: H225.RasMessage): IncomingCall | undefined {
  if (ras.choice !== "serviceControlIndication") return undefined;
  const feature = ras.value.genericData?.find(
    (g) => g.id.choice === "standard" && g.id.value === H460_FEATURE.signallingTraversal,
  );
  if (!feature) return undefined;
  const param = feature.parameters?.find((p) => p.id.choice === "standard" && p.id.value === ICI_PARAMETER);
  if (!param) {
    throw new ParseError(
      FORMAT,
      "genericData[18].parameters",
      -1,
      "has no parameter 1 (IncomingCallIndication)",
    );
  }
  if (param.content?.choice !== "raw") {
    throw new ParseError(
      FORMAT,
      "genericData[18].parameters[1].content",
      -1,
      `is ${param.content?.choice ?? "absent"}, expected raw`,
    );
  }
  return parseIncomingCallIndication(param.content.value);
}
