// RFC 8855 §5.1 (primitives), §5.2 (attributes), §5.2.5 (request status), §5.2.6 (error codes).

/** RFC 8855 §5.1 Table 1: BFCP primitives. */
export const Primitive = {
  FloorRequest: 1,
  FloorRelease: 2,
  FloorRequestQuery: 3,
  FloorRequestStatus: 4,
  UserQuery: 5,
  UserStatus: 6,
  FloorQuery: 7,
  FloorStatus: 8,
  ChairAction: 9,
  ChairActionAck: 10,
  Hello: 11,
  HelloAck: 12,
  Error: 13,
  FloorRequestStatusAck: 14,
  ErrorAck: 15,
  FloorStatusAck: 16,
  Goodbye: 17,
  GoodbyeAck: 18,
} as const;
export type Primitive = (typeof Primitive)[keyof typeof Primitive];

const primitiveNames = new Map<number, string>(Object.entries(Primitive).map(([k, v]) => [v, k]));

/** The primitive's name from RFC 8855 Table 1, or `Primitive(N)` for an unknown value. */
export function primitiveName(p: number): string {
  return primitiveNames.get(p) ?? `Primitive(${p})`;
}

export function isKnownPrimitive(p: number): p is Primitive {
  return primitiveNames.has(p);
}

/** RFC 8855 §5.2 Table 2: attribute types (7 bits). */
export const AttributeType = {
  BeneficiaryId: 1,
  FloorId: 2,
  FloorRequestId: 3,
  Priority: 4,
  RequestStatus: 5,
  ErrorCode: 6,
  ErrorInfo: 7,
  ParticipantProvidedInfo: 8,
  StatusInfo: 9,
  SupportedAttributes: 10,
  SupportedPrimitives: 11,
  UserDisplayName: 12,
  UserUri: 13,
  BeneficiaryInformation: 14,
  FloorRequestInformation: 15,
  RequestedByInformation: 16,
  FloorRequestStatus: 17,
  OverallRequestStatus: 18,
} as const;
export type AttributeType = (typeof AttributeType)[keyof typeof AttributeType];

/** RFC 8855 §5.2.5: the Request Status values. */
export const RequestStatus = {
  Pending: 1,
  Accepted: 2,
  Granted: 3,
  Denied: 4,
  Cancelled: 5,
  Released: 6,
  Revoked: 7,
} as const;
export type RequestStatus = (typeof RequestStatus)[keyof typeof RequestStatus];

const requestStatusNames = new Map<number, string>(Object.entries(RequestStatus).map(([k, v]) => [v, k]));
export function requestStatusName(s: number): string {
  return requestStatusNames.get(s) ?? `RequestStatus(${s})`;
}

/** RFC 8855 §5.2.6 Table 5: error codes. */
export const ErrorCode = {
  ConferenceDoesNotExist: 1,
  UserDoesNotExist: 2,
  UnknownPrimitive: 3,
  UnknownMandatoryAttribute: 4,
  UnauthorizedOperation: 5,
  InvalidFloorId: 6,
  FloorRequestIdDoesNotExist: 7,
  MaxFloorRequestsReached: 8,
  UseTls: 9,
  UnableToParseMessage: 10,
  UseDtls: 11,
  UnsupportedVersion: 12,
  IncorrectMessageLength: 13,
  GenericError: 14,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** RFC 8855 §5.2.4: priority values (3 bits). */
export const Priority = { Lowest: 0, Low: 1, Normal: 2, High: 3, Highest: 4 } as const;

/** RFC 8855 §5.1: the Ver field is 1 over reliable transports and 2 over unreliable ones. */
export type BfcpVersion = 1 | 2;
export type BfcpTransport = "tcp" | "udp";
export function versionForTransport(t: BfcpTransport): BfcpVersion {
  return t === "udp" ? 2 : 1;
}
