import { ParseError } from "../parse-error.js";
import { checkField, lastOctet, octetAt } from "./octets.js";

// Cause information element: Q.931 §4.5.12, coded as Q.850 §2.2.5 says.
//
//    8   7   6   5   4   3   2   1
//  | ext | coding  | 0 |  location    |  octet 3
//  | 1   |      recommendation       |  octet 3a (only when octet 3's ext bit is 0)
//  | 1   |        cause value        |  octet 4 (class in bits 7-5, value in class 4-1)
//  |        diagnostic(s) ...        |  octets 5..

export interface Cause {
  /** 0: ITU-T standardised coding (the one H.225.0 uses). */
  readonly codingStandard: number;
  /** Q.850 §2.2.5 location: 0 user, 1 private network serving the local user, ... */
  readonly location: number;
  /** Octet 3a, present only in some networks' messages (0 = Q.931). */
  readonly recommendation?: number;
  /** The Q.850 cause value (see Q850Cause). */
  readonly value: number;
  readonly diagnostics: Uint8Array;
}

/** Q.850 Table 1: the cause values H.225.0 endpoints send (Table 5 of H.225.0 maps reasons to them). */
export const Q850Cause = {
  unallocatedNumber: 1,
  noRouteToTransitNetwork: 2,
  noRouteToDestination: 3,
  channelUnacceptable: 6,
  normalCallClearing: 16,
  userBusy: 17,
  noUserResponding: 18,
  noAnswer: 19,
  subscriberAbsent: 20,
  callRejected: 21,
  numberChanged: 22,
  destinationOutOfOrder: 27,
  invalidNumberFormat: 28,
  facilityRejected: 29,
  responseToStatusEnquiry: 30,
  normalUnspecified: 31,
  noCircuitAvailable: 34,
  networkOutOfOrder: 38,
  temporaryFailure: 41,
  switchingEquipmentCongestion: 42,
  requestedCircuitNotAvailable: 44,
  resourceUnavailable: 47,
  qualityOfServiceNotAvailable: 49,
  bearerCapabilityNotAuthorized: 57,
  bearerCapabilityNotAvailable: 58,
  serviceNotAvailable: 63,
  bearerCapabilityNotImplemented: 65,
  requestedFacilityNotImplemented: 69,
  serviceNotImplemented: 79,
  invalidCallReference: 81,
  incompatibleDestination: 88,
  invalidMessage: 95,
  mandatoryElementMissing: 96,
  messageTypeNotImplemented: 97,
  messageNotCompatibleWithStateOrNotImplemented: 98,
  elementNotImplemented: 99,
  invalidElementContents: 100,
  messageNotCompatibleWithState: 101,
  recoveryOnTimerExpiry: 102,
  protocolError: 111,
  interworking: 127,
} as const;

export type Q850CauseName = keyof typeof Q850Cause;

const NAMES = new Map<number, Q850CauseName>(
  Object.entries(Q850Cause).map(([name, value]) => [value, name as Q850CauseName]),
);

/** The cause's name, or undefined for a value this table does not hold. */
export function q850CauseName(value: number): Q850CauseName | undefined {
  return NAMES.get(value);
}

/** Q.850 §2.2.5 location "user" and coding standard "ITU-T": what an endpoint sends. */
export function userCause(value: number): Cause {
  return { codingStandard: 0, location: 0, value, diagnostics: new Uint8Array(0) };
}

export function parseCause(contents: Uint8Array): Cause {
  const octet3 = octetAt(contents, 0, "cause.location");
  if (octet3 & 0x10) throw new ParseError("Q.931", "cause.spare", 0, "spare bit 5 of octet 3 is 1");
  let off = 1;
  let recommendation: number | undefined;
  if (!(octet3 & 0x80)) {
    recommendation = lastOctet(contents, off, "cause.recommendation") & 0x7f;
    off++;
  }
  const value = lastOctet(contents, off, "cause.value") & 0x7f;
  const cause: Cause = {
    codingStandard: (octet3 >> 5) & 0x03,
    location: octet3 & 0x0f,
    value,
    diagnostics: contents.slice(off + 1),
  };
  return recommendation === undefined ? cause : { ...cause, recommendation };
}

export function serializeCause(c: Cause): Uint8Array {
  const coding = checkField(c.codingStandard, 3, "cause.codingStandard");
  const location = checkField(c.location, 15, "cause.location");
  const value = checkField(c.value, 127, "cause.value");
  const head =
    c.recommendation === undefined
      ? [0x80 | (coding << 5) | location]
      : [(coding << 5) | location, 0x80 | checkField(c.recommendation, 127, "cause.recommendation")];
  return Uint8Array.from([...head, 0x80 | value, ...c.diagnostics]);
}
