import type { H225 } from "../../asn1/index.js";
import { H225_PROTOCOL_IDENTIFIER } from "../../h225/call-pdu.js";
import type { HostPort } from "../../h323/transport-address.js";
import { h225Address } from "../../h323/transport-address.js";
import type { RasMessage } from "../ras-message.js";

// The RAS messages an endpoint sends (H.225.0 RAS clause, field by field): discovery (GRQ),
// registration (full and lightweight RRQ), admission (ARQ), disengage (DRQ), unregistration
// (URQ), and its answers to the gatekeeper (UCF, DCF, IRR, XRS).

/** Who we are to the gatekeeper. */
export interface EndpointIdentity {
  /** Our RAS socket: where the gatekeeper answers. */
  readonly rasAddress: HostPort;
  /** Where we accept H.225.0 call signalling. */
  readonly callSignalAddress: HostPort;
  /** Our aliases (h323-ID, url-ID, email-ID, dialedDigits); at least one. */
  readonly aliases: readonly H225.AliasAddress[];
  readonly endpointType: H225.EndpointType;
  /** The timeToLive we ask for in the RRQ (seconds); the gatekeeper may grant another. */
  readonly timeToLive?: number;
  /**
   * Feature sets (H.460.1) to advertise in GRQ and full RRQ: how H.460.18/.19 and others join
   * the registration without the machine knowing them.
   */
  readonly featureSet?: H225.FeatureSet;
  /** genericData for GRQ and full RRQ (H.460.1 §7), alongside featureSet. */
  readonly genericData?: readonly H225.GenericData[];
}

/** What the gatekeeper told us at registration. */
export interface Registration {
  readonly gatekeeperIdentifier?: string;
  readonly endpointIdentifier: string;
}

const VENDOR_FALLBACK: H225.VendorIdentifier = {
  vendor: { t35CountryCode: 0xa5, t35Extension: 0, manufacturerCode: 0 },
};

const extras = (id: EndpointIdentity) => ({
  ...(id.featureSet ? { featureSet: id.featureSet } : {}),
  ...(id.genericData?.length ? { genericData: [...id.genericData] } : {}),
});

export function gatekeeperRequest(seq: number, id: EndpointIdentity): RasMessage {
  return {
    choice: "gatekeeperRequest",
    value: {
      requestSeqNum: seq,
      protocolIdentifier: H225_PROTOCOL_IDENTIFIER,
      rasAddress: h225Address(id.rasAddress),
      endpointType: id.endpointType,
      ...(id.aliases.length ? { endpointAlias: [...id.aliases] } : {}),
      ...extras(id),
    },
  };
}

/** A full RRQ (H.225.0: discoveryComplete after GCF), or the lightweight keep-alive one. */
export function registrationRequest(
  seq: number,
  id: EndpointIdentity,
  gatekeeperIdentifier: string | undefined,
  keepAlive: Registration | undefined,
): RasMessage {
  const common = {
    requestSeqNum: seq,
    protocolIdentifier: H225_PROTOCOL_IDENTIFIER,
    discoveryComplete: true,
    callSignalAddress: [h225Address(id.callSignalAddress)],
    rasAddress: [h225Address(id.rasAddress)],
    terminalType: id.endpointType,
    endpointVendor: id.endpointType.vendor ?? VENDOR_FALLBACK,
    ...(gatekeeperIdentifier !== undefined ? { gatekeeperIdentifier } : {}),
    ...(id.timeToLive !== undefined ? { timeToLive: id.timeToLive } : {}),
  };
  if (keepAlive) {
    // The lightweight RRQ: keepAlive TRUE with endpointIdentifier (and gatekeeperIdentifier),
    // no aliases: it only refreshes the registration's timeToLive.
    return {
      choice: "registrationRequest",
      value: { ...common, keepAlive: true, endpointIdentifier: keepAlive.endpointIdentifier },
    };
  }
  return {
    choice: "registrationRequest",
    value: {
      ...common,
      terminalAlias: [...id.aliases],
      keepAlive: false,
      willSupplyUUIEs: false,
      ...extras(id),
    },
  };
}

/** One call as RAS knows it (ARQ, DRQ, IRR perCallInfo). */
export interface RasCall {
  /** Q.931 call reference value (15 bits), the one in Setup. */
  readonly callReferenceValue: number;
  /** 16 octets, the Setup's conferenceID. */
  readonly conferenceID: Uint8Array;
  /** 16 octets, the Setup's callIdentifier.guid. */
  readonly callIdentifier: Uint8Array;
  /** Whom we call: an h323-ID, url-ID, email-ID or dialedDigits alias (H.225.0 destinationInfo). */
  readonly destination: readonly H225.AliasAddress[];
  /** Where we would call without a gatekeeper, when known (ARQ destCallSignalAddress). */
  readonly destCallSignalAddress?: HostPort;
  /** Both directions together, in units of 100 bit/s (H.225.0 BandWidth). */
  readonly bandWidth: number;
  /** True when we answer the call rather than place it. */
  readonly answerCall?: boolean;
}

export function admissionRequest(
  seq: number,
  id: EndpointIdentity,
  reg: Registration,
  call: RasCall,
): RasMessage {
  return {
    choice: "admissionRequest",
    value: {
      requestSeqNum: seq,
      callType: { choice: "pointToPoint", value: null },
      endpointIdentifier: reg.endpointIdentifier,
      ...(call.destination.length ? { destinationInfo: [...call.destination] } : {}),
      ...(call.destCallSignalAddress
        ? { destCallSignalAddress: h225Address(call.destCallSignalAddress) }
        : {}),
      srcInfo: [...id.aliases],
      srcCallSignalAddress: h225Address(id.callSignalAddress),
      bandWidth: call.bandWidth,
      callReferenceValue: call.callReferenceValue,
      conferenceID: call.conferenceID,
      activeMC: false,
      answerCall: call.answerCall ?? false,
      canMapAlias: true,
      callIdentifier: { guid: call.callIdentifier },
      ...(reg.gatekeeperIdentifier !== undefined ? { gatekeeperIdentifier: reg.gatekeeperIdentifier } : {}),
      willSupplyUUIEs: false,
    },
  };
}

export function disengageRequest(
  seq: number,
  reg: Registration,
  call: RasCall,
  reason: "normalDrop" | "forcedDrop",
): RasMessage {
  return {
    choice: "disengageRequest",
    value: {
      requestSeqNum: seq,
      endpointIdentifier: reg.endpointIdentifier,
      conferenceID: call.conferenceID,
      callReferenceValue: call.callReferenceValue,
      disengageReason: { choice: reason, value: null },
      callIdentifier: { guid: call.callIdentifier },
      ...(reg.gatekeeperIdentifier !== undefined ? { gatekeeperIdentifier: reg.gatekeeperIdentifier } : {}),
      answeredCall: call.answerCall ?? false,
    },
  };
}

export function unregistrationRequest(seq: number, id: EndpointIdentity, reg: Registration): RasMessage {
  return {
    choice: "unregistrationRequest",
    value: {
      requestSeqNum: seq,
      callSignalAddress: [h225Address(id.callSignalAddress)],
      ...(id.aliases.length ? { endpointAlias: [...id.aliases] } : {}),
      endpointIdentifier: reg.endpointIdentifier,
      ...(reg.gatekeeperIdentifier !== undefined ? { gatekeeperIdentifier: reg.gatekeeperIdentifier } : {}),
    },
  };
}

/**
 * IRR answering an IRQ (H.225.0: the endpoint "shall respond with an IRR"): who we are and,
 * for the call asked about (callReferenceValue 0 asks for all), what RAS knows of it.
 */
export function infoRequestResponse(
  seq: number,
  id: EndpointIdentity,
  reg: Registration,
  calls: readonly (RasCall & { readonly callModel: H225.CallModel })[],
): RasMessage {
  return {
    choice: "infoRequestResponse",
    value: {
      requestSeqNum: seq,
      endpointType: id.endpointType,
      endpointIdentifier: reg.endpointIdentifier,
      rasAddress: h225Address(id.rasAddress),
      callSignalAddress: [h225Address(id.callSignalAddress)],
      ...(id.aliases.length ? { endpointAlias: [...id.aliases] } : {}),
      ...(calls.length
        ? {
            perCallInfo: calls.map((c) => ({
              callReferenceValue: c.callReferenceValue,
              conferenceID: c.conferenceID,
              originator: !(c.answerCall ?? false),
              h245: {},
              callSignaling: { recvAddress: h225Address(id.callSignalAddress) },
              callType: { choice: "pointToPoint", value: null },
              bandWidth: c.bandWidth,
              callModel: c.callModel,
              callIdentifier: { guid: c.callIdentifier },
            })),
          }
        : {}),
      needResponse: false,
      irrStatus: { choice: "complete", value: null },
      unsolicited: false,
    },
  };
}

export function unregistrationConfirm(seq: number): RasMessage {
  return { choice: "unregistrationConfirm", value: { requestSeqNum: seq } };
}

export function disengageConfirm(seq: number): RasMessage {
  return { choice: "disengageConfirm", value: { requestSeqNum: seq } };
}

/** DRJ for a DRQ about a call we do not have (H.225.0 DisengageRejectReason requestToDropOther). */
export function disengageReject(seq: number): RasMessage {
  return {
    choice: "disengageReject",
    value: { requestSeqNum: seq, rejectReason: { choice: "requestToDropOther", value: null } },
  };
}

/** XRS: the answer to a RAS message we do not understand (H.225.0 UnknownMessageResponse). */
export function unknownMessageResponse(seq: number, message: Uint8Array): RasMessage {
  return { choice: "unknownMessageResponse", value: { requestSeqNum: seq, messageNotUnderstood: message } };
}
