// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module H323-MESSAGES

import type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "../descriptor.js";
import * as H235SecurityMessages from "./h235-security-messages.js";
import * as MultimediaSystemControl from "./multimedia-system-control.js";

/** H323-MESSAGES.H323-UserInformation (line 32) */
export type H323UserInformation = {
  "h323-uu-pdu": H323UUPDU;
  "user-data"?: {
    "protocol-discriminator": number;
    "user-information": Uint8Array;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const H323UserInformation: AsnType = {
  kind: "sequence",
  root: [
    { name: "h323-uu-pdu", type: { kind: "ref", name: "H323-MESSAGES.H323-UU-PDU", get: () => H323UUPDU } },
    { name: "user-data", type: {
      kind: "sequence",
      root: [
        { name: "protocol-discriminator", type: { kind: "integer", lb: 0, ub: 255 } },
        { name: "user-information", type: { kind: "octetString", size: { lb: 1, ub: 131, ext: false } } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.H323-UU-PDU (line 44) */
export type H323UUPDU = {
  "h323-message-body": 
    | { choice: "setup"; value: SetupUUIE }
    | { choice: "callProceeding"; value: CallProceedingUUIE }
    | { choice: "connect"; value: ConnectUUIE }
    | { choice: "alerting"; value: AlertingUUIE }
    | { choice: "information"; value: InformationUUIE }
    | { choice: "releaseComplete"; value: ReleaseCompleteUUIE }
    | { choice: "facility"; value: FacilityUUIE }
    | { choice: "progress"; value: ProgressUUIE }
    | { choice: "empty"; value: null }
    | { choice: "status"; value: StatusUUIE }
    | { choice: "statusInquiry"; value: StatusInquiryUUIE }
    | { choice: "setupAcknowledge"; value: SetupAcknowledgeUUIE }
    | { choice: "notify"; value: NotifyUUIE }
    | UnknownAlternative;
  nonStandardData?: NonStandardParameter;
  h4501SupplementaryService?: Array<Uint8Array>;
  h245Tunneling?: boolean;
  h245Control?: Array<Uint8Array>;
  nonStandardControl?: Array<NonStandardParameter>;
  callLinkage?: CallLinkage;
  tunnelledSignallingMessage?: {
    tunnelledProtocolID: TunnelledProtocol;
    messageContent: Array<Uint8Array>;
    tunnellingRequired?: null;
    nonStandardData?: NonStandardParameter;
    $unknown?: UnknownExtension[];
  };
  provisionalRespToH245Tunneling?: null;
  stimulusControl?: StimulusControl;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const H323UUPDU: AsnType = {
  kind: "sequence",
  root: [
    { name: "h323-message-body", type: {
      kind: "choice",
      root: [
        { name: "setup", type: { kind: "ref", name: "H323-MESSAGES.Setup-UUIE", get: () => SetupUUIE } },
        { name: "callProceeding", type: { kind: "ref", name: "H323-MESSAGES.CallProceeding-UUIE", get: () => CallProceedingUUIE } },
        { name: "connect", type: { kind: "ref", name: "H323-MESSAGES.Connect-UUIE", get: () => ConnectUUIE } },
        { name: "alerting", type: { kind: "ref", name: "H323-MESSAGES.Alerting-UUIE", get: () => AlertingUUIE } },
        { name: "information", type: { kind: "ref", name: "H323-MESSAGES.Information-UUIE", get: () => InformationUUIE } },
        { name: "releaseComplete", type: { kind: "ref", name: "H323-MESSAGES.ReleaseComplete-UUIE", get: () => ReleaseCompleteUUIE } },
        { name: "facility", type: { kind: "ref", name: "H323-MESSAGES.Facility-UUIE", get: () => FacilityUUIE } },
      ],
      additions: [
        { name: "progress", type: { kind: "ref", name: "H323-MESSAGES.Progress-UUIE", get: () => ProgressUUIE } },
        { name: "empty", type: { kind: "null" } },
        { name: "status", type: { kind: "ref", name: "H323-MESSAGES.Status-UUIE", get: () => StatusUUIE } },
        { name: "statusInquiry", type: { kind: "ref", name: "H323-MESSAGES.StatusInquiry-UUIE", get: () => StatusInquiryUUIE } },
        { name: "setupAcknowledge", type: { kind: "ref", name: "H323-MESSAGES.SetupAcknowledge-UUIE", get: () => SetupAcknowledgeUUIE } },
        { name: "notify", type: { kind: "ref", name: "H323-MESSAGES.Notify-UUIE", get: () => NotifyUUIE } },
      ],
    } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "h4501SupplementaryService", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "h245Tunneling", type: { kind: "boolean" } },
    { name: "h245Control", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "nonStandardControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } }, optional: true },
    { name: "callLinkage", type: { kind: "ref", name: "H323-MESSAGES.CallLinkage", get: () => CallLinkage }, optional: true },
    { name: "tunnelledSignallingMessage", type: {
      kind: "sequence",
      root: [
        { name: "tunnelledProtocolID", type: { kind: "ref", name: "H323-MESSAGES.TunnelledProtocol", get: () => TunnelledProtocol } },
        { name: "messageContent", type: { kind: "sequenceOf", item: { kind: "octetString" } } },
        { name: "tunnellingRequired", type: { kind: "null" }, optional: true },
        { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "provisionalRespToH245Tunneling", type: { kind: "null" }, optional: true },
    { name: "stimulusControl", type: { kind: "ref", name: "H323-MESSAGES.StimulusControl", get: () => StimulusControl }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.StimulusControl (line 93) */
export type StimulusControl = {
  nonStandard?: NonStandardParameter;
  isText?: null;
  h248Message?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const StimulusControl: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "isText", type: { kind: "null" }, optional: true },
    { name: "h248Message", type: { kind: "octetString" }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.Alerting-UUIE (line 101) */
export type AlertingUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  destinationInfo: EndpointType;
  h245Address?: TransportAddress;
  callIdentifier?: CallIdentifier;
  h245SecurityMode?: H245Security;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  fastStart?: Array<Uint8Array>;
  multipleCalls?: boolean;
  maintainConnection?: boolean;
  alertingAddress?: Array<AliasAddress>;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  fastConnectRefused?: null;
  serviceControl?: Array<ServiceControlSession>;
  capacity?: CallCapacity;
  featureSet?: FeatureSet;
  displayName?: Array<DisplayName>;
  $unknown?: UnknownExtension[];
};
export const AlertingUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "h245Address", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "h245SecurityMode", type: { kind: "ref", name: "H323-MESSAGES.H245Security", get: () => H245Security }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "alertingAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "presentationIndicator", type: { kind: "ref", name: "H323-MESSAGES.PresentationIndicator", get: () => PresentationIndicator }, optional: true },
    { name: "screeningIndicator", type: { kind: "ref", name: "H323-MESSAGES.ScreeningIndicator", get: () => ScreeningIndicator }, optional: true },
    { name: "fastConnectRefused", type: { kind: "null" }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "displayName", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DisplayName", get: () => DisplayName } }, optional: true },
  ],
};

/** H323-MESSAGES.CallProceeding-UUIE (line 124) */
export type CallProceedingUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  destinationInfo: EndpointType;
  h245Address?: TransportAddress;
  callIdentifier?: CallIdentifier;
  h245SecurityMode?: H245Security;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  fastStart?: Array<Uint8Array>;
  multipleCalls?: boolean;
  maintainConnection?: boolean;
  fastConnectRefused?: null;
  featureSet?: FeatureSet;
  $unknown?: UnknownExtension[];
};
export const CallProceedingUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "h245Address", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "h245SecurityMode", type: { kind: "ref", name: "H323-MESSAGES.H245Security", get: () => H245Security }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "fastConnectRefused", type: { kind: "null" }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
  ],
};

/** H323-MESSAGES.Connect-UUIE (line 141) */
export type ConnectUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  h245Address?: TransportAddress;
  destinationInfo: EndpointType;
  conferenceID: ConferenceIdentifier;
  callIdentifier?: CallIdentifier;
  h245SecurityMode?: H245Security;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  fastStart?: Array<Uint8Array>;
  multipleCalls?: boolean;
  maintainConnection?: boolean;
  language?: Array<string>;
  connectedAddress?: Array<AliasAddress>;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  fastConnectRefused?: null;
  serviceControl?: Array<ServiceControlSession>;
  capacity?: CallCapacity;
  featureSet?: FeatureSet;
  displayName?: Array<DisplayName>;
  $unknown?: UnknownExtension[];
};
export const ConnectUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "h245Address", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "h245SecurityMode", type: { kind: "ref", name: "H323-MESSAGES.H245Security", get: () => H245Security }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
    { name: "connectedAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "presentationIndicator", type: { kind: "ref", name: "H323-MESSAGES.PresentationIndicator", get: () => PresentationIndicator }, optional: true },
    { name: "screeningIndicator", type: { kind: "ref", name: "H323-MESSAGES.ScreeningIndicator", get: () => ScreeningIndicator }, optional: true },
    { name: "fastConnectRefused", type: { kind: "null" }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "displayName", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DisplayName", get: () => DisplayName } }, optional: true },
  ],
};

/** H323-MESSAGES.Information-UUIE (line 166) */
export type InformationUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier?: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  fastStart?: Array<Uint8Array>;
  fastConnectRefused?: null;
  circuitInfo?: CircuitInfo;
  $unknown?: UnknownExtension[];
};
export const InformationUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "fastConnectRefused", type: { kind: "null" }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
  ],
};

/** H323-MESSAGES.ReleaseComplete-UUIE (line 178) */
export type ReleaseCompleteUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  reason?: ReleaseCompleteReason;
  callIdentifier?: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  busyAddress?: Array<AliasAddress>;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  capacity?: CallCapacity;
  serviceControl?: Array<ServiceControlSession>;
  featureSet?: FeatureSet;
  destinationInfo?: EndpointType;
  displayName?: Array<DisplayName>;
  $unknown?: UnknownExtension[];
};
export const ReleaseCompleteUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "reason", type: { kind: "ref", name: "H323-MESSAGES.ReleaseCompleteReason", get: () => ReleaseCompleteReason }, optional: true },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "busyAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "presentationIndicator", type: { kind: "ref", name: "H323-MESSAGES.PresentationIndicator", get: () => PresentationIndicator }, optional: true },
    { name: "screeningIndicator", type: { kind: "ref", name: "H323-MESSAGES.ScreeningIndicator", get: () => ScreeningIndicator }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType }, optional: true },
    { name: "displayName", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DisplayName", get: () => DisplayName } }, optional: true },
  ],
};

/** H323-MESSAGES.ReleaseCompleteReason (line 196) */
export type ReleaseCompleteReason = 
  | { choice: "noBandwidth"; value: null }
  | { choice: "gatekeeperResources"; value: null }
  | { choice: "unreachableDestination"; value: null }
  | { choice: "destinationRejection"; value: null }
  | { choice: "invalidRevision"; value: null }
  | { choice: "noPermission"; value: null }
  | { choice: "unreachableGatekeeper"; value: null }
  | { choice: "gatewayResources"; value: null }
  | { choice: "badFormatAddress"; value: null }
  | { choice: "adaptiveBusy"; value: null }
  | { choice: "inConf"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "facilityCallDeflection"; value: null }
  | { choice: "securityDenied"; value: null }
  | { choice: "calledPartyNotRegistered"; value: null }
  | { choice: "callerNotRegistered"; value: null }
  | { choice: "newConnectionNeeded"; value: null }
  | { choice: "nonStandardReason"; value: NonStandardParameter }
  | { choice: "replaceWithConferenceInvite"; value: ConferenceIdentifier }
  | { choice: "genericDataReason"; value: null }
  | { choice: "neededFeatureNotSupported"; value: null }
  | { choice: "tunnelledSignallingRejected"; value: null }
  | { choice: "invalidCID"; value: null }
  | { choice: "securityError"; value: SecurityErrors }
  | { choice: "hopCountExceeded"; value: null }
  | UnknownAlternative;
export const ReleaseCompleteReason: AsnType = {
  kind: "choice",
  root: [
    { name: "noBandwidth", type: { kind: "null" } },
    { name: "gatekeeperResources", type: { kind: "null" } },
    { name: "unreachableDestination", type: { kind: "null" } },
    { name: "destinationRejection", type: { kind: "null" } },
    { name: "invalidRevision", type: { kind: "null" } },
    { name: "noPermission", type: { kind: "null" } },
    { name: "unreachableGatekeeper", type: { kind: "null" } },
    { name: "gatewayResources", type: { kind: "null" } },
    { name: "badFormatAddress", type: { kind: "null" } },
    { name: "adaptiveBusy", type: { kind: "null" } },
    { name: "inConf", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "facilityCallDeflection", type: { kind: "null" } },
    { name: "securityDenied", type: { kind: "null" } },
    { name: "calledPartyNotRegistered", type: { kind: "null" } },
    { name: "callerNotRegistered", type: { kind: "null" } },
    { name: "newConnectionNeeded", type: { kind: "null" } },
    { name: "nonStandardReason", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "replaceWithConferenceInvite", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
    { name: "genericDataReason", type: { kind: "null" } },
    { name: "neededFeatureNotSupported", type: { kind: "null" } },
    { name: "tunnelledSignallingRejected", type: { kind: "null" } },
    { name: "invalidCID", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors", get: () => SecurityErrors } },
    { name: "hopCountExceeded", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.Setup-UUIE (line 232) */
export type SetupUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  h245Address?: TransportAddress;
  sourceAddress?: Array<AliasAddress>;
  sourceInfo: EndpointType;
  destinationAddress?: Array<AliasAddress>;
  destCallSignalAddress?: TransportAddress;
  destExtraCallInfo?: Array<AliasAddress>;
  destExtraCRV?: Array<CallReferenceValue>;
  activeMC: boolean;
  conferenceID: ConferenceIdentifier;
  conferenceGoal: 
    | { choice: "create"; value: null }
    | { choice: "join"; value: null }
    | { choice: "invite"; value: null }
    | { choice: "capability-negotiation"; value: null }
    | { choice: "callIndependentSupplementaryService"; value: null }
    | UnknownAlternative;
  callServices?: QseriesOptions;
  callType: CallType;
  sourceCallSignalAddress?: TransportAddress;
  remoteExtensionAddress?: AliasAddress;
  callIdentifier?: CallIdentifier;
  h245SecurityCapability?: Array<H245Security>;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  fastStart?: Array<Uint8Array>;
  mediaWaitForConnect?: boolean;
  canOverlapSend?: boolean;
  endpointIdentifier?: EndpointIdentifier;
  multipleCalls?: boolean;
  maintainConnection?: boolean;
  connectionParameters?: {
    connectionType: ScnConnectionType;
    numberOfScnConnections: number;
    connectionAggregation: ScnConnectionAggregation;
    $unknown?: UnknownExtension[];
  };
  language?: Array<string>;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  serviceControl?: Array<ServiceControlSession>;
  symmetricOperationRequired?: null;
  capacity?: CallCapacity;
  circuitInfo?: CircuitInfo;
  desiredProtocols?: Array<SupportedProtocols>;
  neededFeatures?: Array<FeatureDescriptor>;
  desiredFeatures?: Array<FeatureDescriptor>;
  supportedFeatures?: Array<FeatureDescriptor>;
  parallelH245Control?: Array<Uint8Array>;
  additionalSourceAddresses?: Array<ExtendedAliasAddress>;
  hopCount?: number;
  displayName?: Array<DisplayName>;
  $unknown?: UnknownExtension[];
};
export const SetupUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "h245Address", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "sourceAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "sourceInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "destinationAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destCallSignalAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "destExtraCallInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destExtraCRV", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallReferenceValue", get: () => CallReferenceValue } }, optional: true },
    { name: "activeMC", type: { kind: "boolean" } },
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
    { name: "conferenceGoal", type: {
      kind: "choice",
      root: [
        { name: "create", type: { kind: "null" } },
        { name: "join", type: { kind: "null" } },
        { name: "invite", type: { kind: "null" } },
      ],
      additions: [
        { name: "capability-negotiation", type: { kind: "null" } },
        { name: "callIndependentSupplementaryService", type: { kind: "null" } },
      ],
    } },
    { name: "callServices", type: { kind: "ref", name: "H323-MESSAGES.QseriesOptions", get: () => QseriesOptions }, optional: true },
    { name: "callType", type: { kind: "ref", name: "H323-MESSAGES.CallType", get: () => CallType } },
  ],
  additions: [
    { name: "sourceCallSignalAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "remoteExtensionAddress", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress }, optional: true },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "h245SecurityCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.H245Security", get: () => H245Security } }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "mediaWaitForConnect", type: { kind: "boolean" } },
    { name: "canOverlapSend", type: { kind: "boolean" } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "connectionParameters", type: {
      kind: "sequence",
      root: [
        { name: "connectionType", type: { kind: "ref", name: "H323-MESSAGES.ScnConnectionType", get: () => ScnConnectionType } },
        { name: "numberOfScnConnections", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "connectionAggregation", type: { kind: "ref", name: "H323-MESSAGES.ScnConnectionAggregation", get: () => ScnConnectionAggregation } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
    { name: "presentationIndicator", type: { kind: "ref", name: "H323-MESSAGES.PresentationIndicator", get: () => PresentationIndicator }, optional: true },
    { name: "screeningIndicator", type: { kind: "ref", name: "H323-MESSAGES.ScreeningIndicator", get: () => ScreeningIndicator }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "symmetricOperationRequired", type: { kind: "null" }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "desiredProtocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
    { name: "neededFeatures", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.FeatureDescriptor", get: () => FeatureDescriptor } }, optional: true },
    { name: "desiredFeatures", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.FeatureDescriptor", get: () => FeatureDescriptor } }, optional: true },
    { name: "supportedFeatures", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.FeatureDescriptor", get: () => FeatureDescriptor } }, optional: true },
    { name: "parallelH245Control", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "additionalSourceAddresses", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ExtendedAliasAddress", get: () => ExtendedAliasAddress } }, optional: true },
    { name: "hopCount", type: { kind: "integer", lb: 1, ub: 31 }, optional: true },
    { name: "displayName", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DisplayName", get: () => DisplayName } }, optional: true },
  ],
};

/** H323-MESSAGES.ScnConnectionType (line 292) */
export type ScnConnectionType = 
  | { choice: "unknown"; value: null }
  | { choice: "bChannel"; value: null }
  | { choice: "hybrid2x64"; value: null }
  | { choice: "hybrid384"; value: null }
  | { choice: "hybrid1536"; value: null }
  | { choice: "hybrid1920"; value: null }
  | { choice: "multirate"; value: null }
  | UnknownAlternative;
export const ScnConnectionType: AsnType = {
  kind: "choice",
  root: [
    { name: "unknown", type: { kind: "null" } },
    { name: "bChannel", type: { kind: "null" } },
    { name: "hybrid2x64", type: { kind: "null" } },
    { name: "hybrid384", type: { kind: "null" } },
    { name: "hybrid1536", type: { kind: "null" } },
    { name: "hybrid1920", type: { kind: "null" } },
    { name: "multirate", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ScnConnectionAggregation (line 309) */
export type ScnConnectionAggregation = 
  | { choice: "auto"; value: null }
  | { choice: "none"; value: null }
  | { choice: "h221"; value: null }
  | { choice: "bonded-mode1"; value: null }
  | { choice: "bonded-mode2"; value: null }
  | { choice: "bonded-mode3"; value: null }
  | UnknownAlternative;
export const ScnConnectionAggregation: AsnType = {
  kind: "choice",
  root: [
    { name: "auto", type: { kind: "null" } },
    { name: "none", type: { kind: "null" } },
    { name: "h221", type: { kind: "null" } },
    { name: "bonded-mode1", type: { kind: "null" } },
    { name: "bonded-mode2", type: { kind: "null" } },
    { name: "bonded-mode3", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.PresentationIndicator (line 322) */
export type PresentationIndicator = 
  | { choice: "presentationAllowed"; value: null }
  | { choice: "presentationRestricted"; value: null }
  | { choice: "addressNotAvailable"; value: null }
  | UnknownAlternative;
export const PresentationIndicator: AsnType = {
  kind: "choice",
  root: [
    { name: "presentationAllowed", type: { kind: "null" } },
    { name: "presentationRestricted", type: { kind: "null" } },
    { name: "addressNotAvailable", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ScreeningIndicator (line 330) */
export type ScreeningIndicator = "userProvidedNotScreened" | "userProvidedVerifiedAndPassed" | "userProvidedVerifiedAndFailed" | "networkProvided" | `$unknown:${number}`;
export const ScreeningIndicator: AsnType = { kind: "enumerated", root: ["userProvidedNotScreened","userProvidedVerifiedAndPassed","userProvidedVerifiedAndFailed","networkProvided"], additions: [] };

/** H323-MESSAGES.Facility-UUIE (line 349) */
export type FacilityUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  alternativeAddress?: TransportAddress;
  alternativeAliasAddress?: Array<AliasAddress>;
  conferenceID?: ConferenceIdentifier;
  reason: FacilityReason;
  callIdentifier?: CallIdentifier;
  destExtraCallInfo?: Array<AliasAddress>;
  remoteExtensionAddress?: AliasAddress;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  conferences?: Array<ConferenceList>;
  h245Address?: TransportAddress;
  fastStart?: Array<Uint8Array>;
  multipleCalls?: boolean;
  maintainConnection?: boolean;
  fastConnectRefused?: null;
  serviceControl?: Array<ServiceControlSession>;
  circuitInfo?: CircuitInfo;
  featureSet?: FeatureSet;
  destinationInfo?: EndpointType;
  h245SecurityMode?: H245Security;
  $unknown?: UnknownExtension[];
};
export const FacilityUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "alternativeAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "alternativeAliasAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier }, optional: true },
    { name: "reason", type: { kind: "ref", name: "H323-MESSAGES.FacilityReason", get: () => FacilityReason } },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "destExtraCallInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "remoteExtensionAddress", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "conferences", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ConferenceList", get: () => ConferenceList } }, optional: true },
    { name: "h245Address", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "fastConnectRefused", type: { kind: "null" }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType }, optional: true },
    { name: "h245SecurityMode", type: { kind: "ref", name: "H323-MESSAGES.H245Security", get: () => H245Security }, optional: true },
  ],
};

/** H323-MESSAGES.ConferenceList (line 375) */
export type ConferenceList = {
  conferenceID?: ConferenceIdentifier;
  conferenceAlias?: AliasAddress;
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const ConferenceList: AsnType = {
  kind: "sequence",
  root: [
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier }, optional: true },
    { name: "conferenceAlias", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress }, optional: true },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.FacilityReason (line 383) */
export type FacilityReason = 
  | { choice: "routeCallToGatekeeper"; value: null }
  | { choice: "callForwarded"; value: null }
  | { choice: "routeCallToMC"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "conferenceListChoice"; value: null }
  | { choice: "startH245"; value: null }
  | { choice: "noH245"; value: null }
  | { choice: "newTokens"; value: null }
  | { choice: "featureSetUpdate"; value: null }
  | { choice: "forwardedElements"; value: null }
  | { choice: "transportedInformation"; value: null }
  | UnknownAlternative;
export const FacilityReason: AsnType = {
  kind: "choice",
  root: [
    { name: "routeCallToGatekeeper", type: { kind: "null" } },
    { name: "callForwarded", type: { kind: "null" } },
    { name: "routeCallToMC", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "conferenceListChoice", type: { kind: "null" } },
    { name: "startH245", type: { kind: "null" } },
    { name: "noH245", type: { kind: "null" } },
    { name: "newTokens", type: { kind: "null" } },
    { name: "featureSetUpdate", type: { kind: "null" } },
    { name: "forwardedElements", type: { kind: "null" } },
    { name: "transportedInformation", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.Progress-UUIE (line 400) */
export type ProgressUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  destinationInfo: EndpointType;
  h245Address?: TransportAddress;
  callIdentifier: CallIdentifier;
  h245SecurityMode?: H245Security;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  fastStart?: Array<Uint8Array>;
  multipleCalls?: boolean;
  maintainConnection?: boolean;
  fastConnectRefused?: null;
  $unknown?: UnknownExtension[];
};
export const ProgressUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "h245Address", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "h245SecurityMode", type: { kind: "ref", name: "H323-MESSAGES.H245Security", get: () => H245Security }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "fastStart", type: { kind: "sequenceOf", item: { kind: "octetString" } }, optional: true },
  ],
  additions: [
    { name: "multipleCalls", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "fastConnectRefused", type: { kind: "null" }, optional: true },
  ],
};

/** H323-MESSAGES.TransportAddress (line 416) */
export type TransportAddress = 
  | { choice: "ipAddress"; value: {
    ip: Uint8Array;
    port: number;
  } }
  | { choice: "ipSourceRoute"; value: {
    ip: Uint8Array;
    port: number;
    route: Array<Uint8Array>;
    routing: 
      | { choice: "strict"; value: null }
      | { choice: "loose"; value: null }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "ipxAddress"; value: {
    node: Uint8Array;
    netnum: Uint8Array;
    port: Uint8Array;
  } }
  | { choice: "ip6Address"; value: {
    ip: Uint8Array;
    port: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "netBios"; value: Uint8Array }
  | { choice: "nsap"; value: Uint8Array }
  | { choice: "nonStandardAddress"; value: NonStandardParameter }
  | UnknownAlternative;
export const TransportAddress: AsnType = {
  kind: "choice",
  root: [
    { name: "ipAddress", type: {
      kind: "sequence",
      root: [
        { name: "ip", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "port", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
    } },
    { name: "ipSourceRoute", type: {
      kind: "sequence",
      root: [
        { name: "ip", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "port", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "route", type: { kind: "sequenceOf", item: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } } },
        { name: "routing", type: {
          kind: "choice",
          root: [
            { name: "strict", type: { kind: "null" } },
            { name: "loose", type: { kind: "null" } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
    { name: "ipxAddress", type: {
      kind: "sequence",
      root: [
        { name: "node", type: { kind: "octetString", size: { lb: 6, ub: 6, ext: false } } },
        { name: "netnum", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "port", type: { kind: "octetString", size: { lb: 2, ub: 2, ext: false } } },
      ],
    } },
    { name: "ip6Address", type: {
      kind: "sequence",
      root: [
        { name: "ip", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
        { name: "port", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    } },
    { name: "netBios", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
    { name: "nsap", type: { kind: "octetString", size: { lb: 1, ub: 20, ext: false } } },
    { name: "nonStandardAddress", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.Status-UUIE (line 454) */
export type StatusUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  $unknown?: UnknownExtension[];
};
export const StatusUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.StatusInquiry-UUIE (line 463) */
export type StatusInquiryUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  $unknown?: UnknownExtension[];
};
export const StatusInquiryUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SetupAcknowledge-UUIE (line 472) */
export type SetupAcknowledgeUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  $unknown?: UnknownExtension[];
};
export const SetupAcknowledgeUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.Notify-UUIE (line 481) */
export type NotifyUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  connectedAddress?: Array<AliasAddress>;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  destinationInfo?: EndpointType;
  displayName?: Array<DisplayName>;
  $unknown?: UnknownExtension[];
};
export const NotifyUUIE: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
  ],
  additions: [
    { name: "connectedAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "presentationIndicator", type: { kind: "ref", name: "H323-MESSAGES.PresentationIndicator", get: () => PresentationIndicator }, optional: true },
    { name: "screeningIndicator", type: { kind: "ref", name: "H323-MESSAGES.ScreeningIndicator", get: () => ScreeningIndicator }, optional: true },
    { name: "destinationInfo", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType }, optional: true },
    { name: "displayName", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DisplayName", get: () => DisplayName } }, optional: true },
  ],
};

/** H323-MESSAGES.EndpointType (line 497) */
export type EndpointType = {
  nonStandardData?: NonStandardParameter;
  vendor?: VendorIdentifier;
  gatekeeper?: GatekeeperInfo;
  gateway?: GatewayInfo;
  mcu?: McuInfo;
  terminal?: TerminalInfo;
  mc: boolean;
  undefinedNode: boolean;
  set?: BitString;
  supportedTunnelledProtocols?: Array<TunnelledProtocol>;
  $unknown?: UnknownExtension[];
};
export const EndpointType: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "vendor", type: { kind: "ref", name: "H323-MESSAGES.VendorIdentifier", get: () => VendorIdentifier }, optional: true },
    { name: "gatekeeper", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperInfo", get: () => GatekeeperInfo }, optional: true },
    { name: "gateway", type: { kind: "ref", name: "H323-MESSAGES.GatewayInfo", get: () => GatewayInfo }, optional: true },
    { name: "mcu", type: { kind: "ref", name: "H323-MESSAGES.McuInfo", get: () => McuInfo }, optional: true },
    { name: "terminal", type: { kind: "ref", name: "H323-MESSAGES.TerminalInfo", get: () => TerminalInfo }, optional: true },
    { name: "mc", type: { kind: "boolean" } },
    { name: "undefinedNode", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "set", type: { kind: "bitString", size: { lb: 32, ub: 32, ext: false } }, optional: true },
    { name: "supportedTunnelledProtocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TunnelledProtocol", get: () => TunnelledProtocol } }, optional: true },
  ],
};

/** H323-MESSAGES.GatewayInfo (line 516) */
export type GatewayInfo = {
  protocol?: Array<SupportedProtocols>;
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const GatewayInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocol", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SupportedProtocols (line 523) */
export type SupportedProtocols = 
  | { choice: "nonStandardData"; value: NonStandardParameter }
  | { choice: "h310"; value: H310Caps }
  | { choice: "h320"; value: H320Caps }
  | { choice: "h321"; value: H321Caps }
  | { choice: "h322"; value: H322Caps }
  | { choice: "h323"; value: H323Caps }
  | { choice: "h324"; value: H324Caps }
  | { choice: "voice"; value: VoiceCaps }
  | { choice: "t120-only"; value: T120OnlyCaps }
  | { choice: "nonStandardProtocol"; value: NonStandardProtocol }
  | { choice: "t38FaxAnnexbOnly"; value: T38FaxAnnexbOnlyCaps }
  | { choice: "sip"; value: SIPCaps }
  | UnknownAlternative;
export const SupportedProtocols: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h310", type: { kind: "ref", name: "H323-MESSAGES.H310Caps", get: () => H310Caps } },
    { name: "h320", type: { kind: "ref", name: "H323-MESSAGES.H320Caps", get: () => H320Caps } },
    { name: "h321", type: { kind: "ref", name: "H323-MESSAGES.H321Caps", get: () => H321Caps } },
    { name: "h322", type: { kind: "ref", name: "H323-MESSAGES.H322Caps", get: () => H322Caps } },
    { name: "h323", type: { kind: "ref", name: "H323-MESSAGES.H323Caps", get: () => H323Caps } },
    { name: "h324", type: { kind: "ref", name: "H323-MESSAGES.H324Caps", get: () => H324Caps } },
    { name: "voice", type: { kind: "ref", name: "H323-MESSAGES.VoiceCaps", get: () => VoiceCaps } },
    { name: "t120-only", type: { kind: "ref", name: "H323-MESSAGES.T120OnlyCaps", get: () => T120OnlyCaps } },
  ],
  additions: [
    { name: "nonStandardProtocol", type: { kind: "ref", name: "H323-MESSAGES.NonStandardProtocol", get: () => NonStandardProtocol } },
    { name: "t38FaxAnnexbOnly", type: { kind: "ref", name: "H323-MESSAGES.T38FaxAnnexbOnlyCaps", get: () => T38FaxAnnexbOnlyCaps } },
    { name: "sip", type: { kind: "ref", name: "H323-MESSAGES.SIPCaps", get: () => SIPCaps } },
  ],
};

/** H323-MESSAGES.H310Caps (line 540) */
export type H310Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H310Caps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.H320Caps (line 548) */
export type H320Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H320Caps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.H321Caps (line 556) */
export type H321Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H321Caps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.H322Caps (line 564) */
export type H322Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H322Caps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.H323Caps (line 572) */
export type H323Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H323Caps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.H324Caps (line 580) */
export type H324Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H324Caps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.VoiceCaps (line 588) */
export type VoiceCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const VoiceCaps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.T120OnlyCaps (line 596) */
export type T120OnlyCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const T120OnlyCaps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
};

/** H323-MESSAGES.NonStandardProtocol (line 604) */
export type NonStandardProtocol = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const NonStandardProtocol: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.T38FaxAnnexbOnlyCaps (line 612) */
export type T38FaxAnnexbOnlyCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes: Array<SupportedPrefix>;
  t38FaxProtocol: MultimediaSystemControl.DataProtocolCapability;
  t38FaxProfile: MultimediaSystemControl.T38FaxProfile;
  $unknown?: UnknownExtension[];
};
export const T38FaxAnnexbOnlyCaps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } } },
    { name: "t38FaxProtocol", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => MultimediaSystemControl.DataProtocolCapability } },
    { name: "t38FaxProfile", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile", get: () => MultimediaSystemControl.T38FaxProfile } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SIPCaps (line 622) */
export type SIPCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const SIPCaps: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "dataRatesSupported", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.McuInfo (line 630) */
export type McuInfo = {
  nonStandardData?: NonStandardParameter;
  protocol?: Array<SupportedProtocols>;
  $unknown?: UnknownExtension[];
};
export const McuInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "protocol", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
  ],
};

/** H323-MESSAGES.TerminalInfo (line 637) */
export type TerminalInfo = {
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const TerminalInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.GatekeeperInfo (line 643) */
export type GatekeeperInfo = {
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const GatekeeperInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.VendorIdentifier (line 649) */
export type VendorIdentifier = {
  vendor: H221NonStandard;
  productId?: Uint8Array;
  versionId?: Uint8Array;
  enterpriseNumber?: string;
  $unknown?: UnknownExtension[];
};
export const VendorIdentifier: AsnType = {
  kind: "sequence",
  root: [
    { name: "vendor", type: { kind: "ref", name: "H323-MESSAGES.H221NonStandard", get: () => H221NonStandard } },
    { name: "productId", type: { kind: "octetString", size: { lb: 1, ub: 256, ext: false } }, optional: true },
    { name: "versionId", type: { kind: "octetString", size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
    { name: "enterpriseNumber", type: { kind: "objectIdentifier" }, optional: true },
  ],
};

/** H323-MESSAGES.H221NonStandard (line 658) */
export type H221NonStandard = {
  t35CountryCode: number;
  t35Extension: number;
  manufacturerCode: number;
  $unknown?: UnknownExtension[];
};
export const H221NonStandard: AsnType = {
  kind: "sequence",
  root: [
    { name: "t35CountryCode", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "t35Extension", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "manufacturerCode", type: { kind: "integer", lb: 0, ub: 65535 } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.TunnelledProtocol (line 666) */
export type TunnelledProtocol = {
  id: 
    | { choice: "tunnelledProtocolObjectID"; value: string }
    | { choice: "tunnelledProtocolAlternateID"; value: TunnelledProtocolAlternateIdentifier }
    | UnknownAlternative;
  subIdentifier?: string;
  $unknown?: UnknownExtension[];
};
export const TunnelledProtocol: AsnType = {
  kind: "sequence",
  root: [
    { name: "id", type: {
      kind: "choice",
      root: [
        { name: "tunnelledProtocolObjectID", type: { kind: "objectIdentifier" } },
        { name: "tunnelledProtocolAlternateID", type: { kind: "ref", name: "H323-MESSAGES.TunnelledProtocolAlternateIdentifier", get: () => TunnelledProtocolAlternateIdentifier } },
      ],
      additions: [
      ],
    } },
    { name: "subIdentifier", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 64, ext: false }, bits: 8, indexed: false }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.TunnelledProtocolAlternateIdentifier (line 678) */
export type TunnelledProtocolAlternateIdentifier = {
  protocolType: string;
  protocolVariant?: string;
  $unknown?: UnknownExtension[];
};
export const TunnelledProtocolAlternateIdentifier: AsnType = {
  kind: "sequence",
  root: [
    { name: "protocolType", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 64, ext: false }, bits: 8, indexed: false } },
    { name: "protocolVariant", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 64, ext: false }, bits: 8, indexed: false }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.NonStandardParameter (line 685) */
export type NonStandardParameter = {
  nonStandardIdentifier: NonStandardIdentifier;
  data: Uint8Array;
};
export const NonStandardParameter: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardIdentifier", type: { kind: "ref", name: "H323-MESSAGES.NonStandardIdentifier", get: () => NonStandardIdentifier } },
    { name: "data", type: { kind: "octetString" } },
  ],
};

/** H323-MESSAGES.NonStandardIdentifier (line 691) */
export type NonStandardIdentifier = 
  | { choice: "object"; value: string }
  | { choice: "h221NonStandard"; value: H221NonStandard }
  | UnknownAlternative;
export const NonStandardIdentifier: AsnType = {
  kind: "choice",
  root: [
    { name: "object", type: { kind: "objectIdentifier" } },
    { name: "h221NonStandard", type: { kind: "ref", name: "H323-MESSAGES.H221NonStandard", get: () => H221NonStandard } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.AliasAddress (line 698) */
export type AliasAddress = 
  | { choice: "dialedDigits"; value: string }
  | { choice: "h323-ID"; value: string }
  | { choice: "url-ID"; value: string }
  | { choice: "transportID"; value: TransportAddress }
  | { choice: "email-ID"; value: string }
  | { choice: "partyNumber"; value: PartyNumber }
  | { choice: "mobileUIM"; value: MobileUIM }
  | { choice: "isupNumber"; value: IsupNumber }
  | UnknownAlternative;
export const AliasAddress: AsnType = {
  kind: "choice",
  root: [
    { name: "dialedDigits", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 4, alphabet: "#*,0123456789", indexed: true } },
    { name: "h323-ID", type: { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 256, ext: false }, bits: 16, indexed: false } },
  ],
  additions: [
    { name: "url-ID", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 512, ext: false }, bits: 8, indexed: false } },
    { name: "transportID", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "email-ID", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 512, ext: false }, bits: 8, indexed: false } },
    { name: "partyNumber", type: { kind: "ref", name: "H323-MESSAGES.PartyNumber", get: () => PartyNumber } },
    { name: "mobileUIM", type: { kind: "ref", name: "H323-MESSAGES.MobileUIM", get: () => MobileUIM } },
    { name: "isupNumber", type: { kind: "ref", name: "H323-MESSAGES.IsupNumber", get: () => IsupNumber } },
  ],
};

/** H323-MESSAGES.AddressPattern (line 711) */
export type AddressPattern = 
  | { choice: "wildcard"; value: AliasAddress }
  | { choice: "range"; value: {
    startOfRange: PartyNumber;
    endOfRange: PartyNumber;
  } }
  | UnknownAlternative;
export const AddressPattern: AsnType = {
  kind: "choice",
  root: [
    { name: "wildcard", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } },
    { name: "range", type: {
      kind: "sequence",
      root: [
        { name: "startOfRange", type: { kind: "ref", name: "H323-MESSAGES.PartyNumber", get: () => PartyNumber } },
        { name: "endOfRange", type: { kind: "ref", name: "H323-MESSAGES.PartyNumber", get: () => PartyNumber } },
      ],
    } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.PartyNumber (line 722) */
export type PartyNumber = 
  | { choice: "e164Number"; value: PublicPartyNumber }
  | { choice: "dataPartyNumber"; value: NumberDigits }
  | { choice: "telexPartyNumber"; value: NumberDigits }
  | { choice: "privateNumber"; value: PrivatePartyNumber }
  | { choice: "nationalStandardPartyNumber"; value: NumberDigits }
  | UnknownAlternative;
export const PartyNumber: AsnType = {
  kind: "choice",
  root: [
    { name: "e164Number", type: { kind: "ref", name: "H323-MESSAGES.PublicPartyNumber", get: () => PublicPartyNumber } },
    { name: "dataPartyNumber", type: { kind: "ref", name: "H323-MESSAGES.NumberDigits", get: () => NumberDigits } },
    { name: "telexPartyNumber", type: { kind: "ref", name: "H323-MESSAGES.NumberDigits", get: () => NumberDigits } },
    { name: "privateNumber", type: { kind: "ref", name: "H323-MESSAGES.PrivatePartyNumber", get: () => PrivatePartyNumber } },
    { name: "nationalStandardPartyNumber", type: { kind: "ref", name: "H323-MESSAGES.NumberDigits", get: () => NumberDigits } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.PublicPartyNumber (line 738) */
export type PublicPartyNumber = {
  publicTypeOfNumber: PublicTypeOfNumber;
  publicNumberDigits: NumberDigits;
};
export const PublicPartyNumber: AsnType = {
  kind: "sequence",
  root: [
    { name: "publicTypeOfNumber", type: { kind: "ref", name: "H323-MESSAGES.PublicTypeOfNumber", get: () => PublicTypeOfNumber } },
    { name: "publicNumberDigits", type: { kind: "ref", name: "H323-MESSAGES.NumberDigits", get: () => NumberDigits } },
  ],
};

/** H323-MESSAGES.PrivatePartyNumber (line 744) */
export type PrivatePartyNumber = {
  privateTypeOfNumber: PrivateTypeOfNumber;
  privateNumberDigits: NumberDigits;
};
export const PrivatePartyNumber: AsnType = {
  kind: "sequence",
  root: [
    { name: "privateTypeOfNumber", type: { kind: "ref", name: "H323-MESSAGES.PrivateTypeOfNumber", get: () => PrivateTypeOfNumber } },
    { name: "privateNumberDigits", type: { kind: "ref", name: "H323-MESSAGES.NumberDigits", get: () => NumberDigits } },
  ],
};

/** H323-MESSAGES.NumberDigits (line 750) */
export type NumberDigits = string;
export const NumberDigits: AsnType = { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 4, alphabet: "#*,0123456789", indexed: true };

/** H323-MESSAGES.DisplayName (line 752) */
export type DisplayName = {
  language?: string;
  name: string;
};
export const DisplayName: AsnType = {
  kind: "sequence",
  root: [
    { name: "language", type: { kind: "charString", charset: "IA5String", bits: 8, indexed: false }, optional: true },
    { name: "name", type: { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 80, ext: false }, bits: 16, indexed: false } },
  ],
};

/** H323-MESSAGES.PublicTypeOfNumber (line 759) */
export type PublicTypeOfNumber = 
  | { choice: "unknown"; value: null }
  | { choice: "internationalNumber"; value: null }
  | { choice: "nationalNumber"; value: null }
  | { choice: "networkSpecificNumber"; value: null }
  | { choice: "subscriberNumber"; value: null }
  | { choice: "abbreviatedNumber"; value: null }
  | UnknownAlternative;
export const PublicTypeOfNumber: AsnType = {
  kind: "choice",
  root: [
    { name: "unknown", type: { kind: "null" } },
    { name: "internationalNumber", type: { kind: "null" } },
    { name: "nationalNumber", type: { kind: "null" } },
    { name: "networkSpecificNumber", type: { kind: "null" } },
    { name: "subscriberNumber", type: { kind: "null" } },
    { name: "abbreviatedNumber", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.PrivateTypeOfNumber (line 775) */
export type PrivateTypeOfNumber = 
  | { choice: "unknown"; value: null }
  | { choice: "level2RegionalNumber"; value: null }
  | { choice: "level1RegionalNumber"; value: null }
  | { choice: "pISNSpecificNumber"; value: null }
  | { choice: "localNumber"; value: null }
  | { choice: "abbreviatedNumber"; value: null }
  | UnknownAlternative;
export const PrivateTypeOfNumber: AsnType = {
  kind: "choice",
  root: [
    { name: "unknown", type: { kind: "null" } },
    { name: "level2RegionalNumber", type: { kind: "null" } },
    { name: "level1RegionalNumber", type: { kind: "null" } },
    { name: "pISNSpecificNumber", type: { kind: "null" } },
    { name: "localNumber", type: { kind: "null" } },
    { name: "abbreviatedNumber", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.MobileUIM (line 786) */
export type MobileUIM = 
  | { choice: "ansi-41-uim"; value: ANSI41UIM }
  | { choice: "gsm-uim"; value: GSMUIM }
  | UnknownAlternative;
export const MobileUIM: AsnType = {
  kind: "choice",
  root: [
    { name: "ansi-41-uim", type: { kind: "ref", name: "H323-MESSAGES.ANSI-41-UIM", get: () => ANSI41UIM } },
    { name: "gsm-uim", type: { kind: "ref", name: "H323-MESSAGES.GSM-UIM", get: () => GSMUIM } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.TBCD-STRING (line 793) */
export type TBCDSTRING = string;
export const TBCDSTRING: AsnType = { kind: "charString", charset: "IA5String", bits: 4, alphabet: "#*0123456789abc", indexed: true };

/** H323-MESSAGES.ANSI-41-UIM (line 795) */
export type ANSI41UIM = {
  imsi?: TBCDSTRING;
  min?: TBCDSTRING;
  mdn?: TBCDSTRING;
  msisdn?: TBCDSTRING;
  esn?: TBCDSTRING;
  mscid?: TBCDSTRING;
  "system-id": 
    | { choice: "sid"; value: TBCDSTRING }
    | { choice: "mid"; value: TBCDSTRING }
    | UnknownAlternative;
  systemMyTypeCode?: Uint8Array;
  systemAccessType?: Uint8Array;
  qualificationInformationCode?: Uint8Array;
  sesn?: TBCDSTRING;
  soc?: TBCDSTRING;
  $unknown?: UnknownExtension[];
};
export const ANSI41UIM: AsnType = {
  kind: "sequence",
  root: [
    { name: "imsi", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "min", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "mdn", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "msisdn", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "esn", type: { kind: "charString", charset: "IA5String", size: { lb: 16, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "mscid", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "system-id", type: {
      kind: "choice",
      root: [
        { name: "sid", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 4, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true } },
        { name: "mid", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 4, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true } },
      ],
      additions: [
      ],
    } },
    { name: "systemMyTypeCode", type: { kind: "octetString", size: { lb: 1, ub: 1, ext: false } }, optional: true },
    { name: "systemAccessType", type: { kind: "octetString", size: { lb: 1, ub: 1, ext: false } }, optional: true },
    { name: "qualificationInformationCode", type: { kind: "octetString", size: { lb: 1, ub: 1, ext: false } }, optional: true },
    { name: "sesn", type: { kind: "charString", charset: "IA5String", size: { lb: 16, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "soc", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.GSM-UIM (line 830) */
export type GSMUIM = {
  imsi?: TBCDSTRING;
  tmsi?: Uint8Array;
  msisdn?: TBCDSTRING;
  imei?: TBCDSTRING;
  hplmn?: TBCDSTRING;
  vplmn?: TBCDSTRING;
  $unknown?: UnknownExtension[];
};
export const GSMUIM: AsnType = {
  kind: "sequence",
  root: [
    { name: "imsi", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "tmsi", type: { kind: "octetString", size: { lb: 1, ub: 4, ext: false } }, optional: true },
    { name: "msisdn", type: { kind: "charString", charset: "IA5String", size: { lb: 3, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "imei", type: { kind: "charString", charset: "IA5String", size: { lb: 15, ub: 16, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "hplmn", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 4, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
    { name: "vplmn", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 4, ext: false }, bits: 4, alphabet: "#*0123456789abc", indexed: true }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.IsupNumber (line 845) */
export type IsupNumber = 
  | { choice: "e164Number"; value: IsupPublicPartyNumber }
  | { choice: "dataPartyNumber"; value: IsupDigits }
  | { choice: "telexPartyNumber"; value: IsupDigits }
  | { choice: "privateNumber"; value: IsupPrivatePartyNumber }
  | { choice: "nationalStandardPartyNumber"; value: IsupDigits }
  | UnknownAlternative;
export const IsupNumber: AsnType = {
  kind: "choice",
  root: [
    { name: "e164Number", type: { kind: "ref", name: "H323-MESSAGES.IsupPublicPartyNumber", get: () => IsupPublicPartyNumber } },
    { name: "dataPartyNumber", type: { kind: "ref", name: "H323-MESSAGES.IsupDigits", get: () => IsupDigits } },
    { name: "telexPartyNumber", type: { kind: "ref", name: "H323-MESSAGES.IsupDigits", get: () => IsupDigits } },
    { name: "privateNumber", type: { kind: "ref", name: "H323-MESSAGES.IsupPrivatePartyNumber", get: () => IsupPrivatePartyNumber } },
    { name: "nationalStandardPartyNumber", type: { kind: "ref", name: "H323-MESSAGES.IsupDigits", get: () => IsupDigits } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.IsupPublicPartyNumber (line 859) */
export type IsupPublicPartyNumber = {
  natureOfAddress: NatureOfAddress;
  address: IsupDigits;
  $unknown?: UnknownExtension[];
};
export const IsupPublicPartyNumber: AsnType = {
  kind: "sequence",
  root: [
    { name: "natureOfAddress", type: { kind: "ref", name: "H323-MESSAGES.NatureOfAddress", get: () => NatureOfAddress } },
    { name: "address", type: { kind: "ref", name: "H323-MESSAGES.IsupDigits", get: () => IsupDigits } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.IsupPrivatePartyNumber (line 866) */
export type IsupPrivatePartyNumber = {
  privateTypeOfNumber: PrivateTypeOfNumber;
  address: IsupDigits;
  $unknown?: UnknownExtension[];
};
export const IsupPrivatePartyNumber: AsnType = {
  kind: "sequence",
  root: [
    { name: "privateTypeOfNumber", type: { kind: "ref", name: "H323-MESSAGES.PrivateTypeOfNumber", get: () => PrivateTypeOfNumber } },
    { name: "address", type: { kind: "ref", name: "H323-MESSAGES.IsupDigits", get: () => IsupDigits } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.NatureOfAddress (line 873) */
export type NatureOfAddress = 
  | { choice: "unknown"; value: null }
  | { choice: "subscriberNumber"; value: null }
  | { choice: "nationalNumber"; value: null }
  | { choice: "internationalNumber"; value: null }
  | { choice: "networkSpecificNumber"; value: null }
  | { choice: "routingNumberNationalFormat"; value: null }
  | { choice: "routingNumberNetworkSpecificFormat"; value: null }
  | { choice: "routingNumberWithCalledDirectoryNumber"; value: null }
  | UnknownAlternative;
export const NatureOfAddress: AsnType = {
  kind: "choice",
  root: [
    { name: "unknown", type: { kind: "null" } },
    { name: "subscriberNumber", type: { kind: "null" } },
    { name: "nationalNumber", type: { kind: "null" } },
    { name: "internationalNumber", type: { kind: "null" } },
    { name: "networkSpecificNumber", type: { kind: "null" } },
    { name: "routingNumberNationalFormat", type: { kind: "null" } },
    { name: "routingNumberNetworkSpecificFormat", type: { kind: "null" } },
    { name: "routingNumberWithCalledDirectoryNumber", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.IsupDigits (line 886) */
export type IsupDigits = string;
export const IsupDigits: AsnType = { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 4, alphabet: "0123456789ABCDE", indexed: true };

/** H323-MESSAGES.ExtendedAliasAddress (line 888) */
export type ExtendedAliasAddress = {
  address: AliasAddress;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  $unknown?: UnknownExtension[];
};
export const ExtendedAliasAddress: AsnType = {
  kind: "sequence",
  root: [
    { name: "address", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } },
    { name: "presentationIndicator", type: { kind: "ref", name: "H323-MESSAGES.PresentationIndicator", get: () => PresentationIndicator }, optional: true },
    { name: "screeningIndicator", type: { kind: "ref", name: "H323-MESSAGES.ScreeningIndicator", get: () => ScreeningIndicator }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.Endpoint (line 896) */
export type Endpoint = {
  nonStandardData?: NonStandardParameter;
  aliasAddress?: Array<AliasAddress>;
  callSignalAddress?: Array<TransportAddress>;
  rasAddress?: Array<TransportAddress>;
  endpointType?: EndpointType;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  priority?: number;
  remoteExtensionAddress?: Array<AliasAddress>;
  destExtraCallInfo?: Array<AliasAddress>;
  alternateTransportAddresses?: AlternateTransportAddresses;
  circuitInfo?: CircuitInfo;
  featureSet?: FeatureSet;
  $unknown?: UnknownExtension[];
};
export const Endpoint: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "aliasAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "callSignalAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } }, optional: true },
    { name: "rasAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } }, optional: true },
    { name: "endpointType", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "priority", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
    { name: "remoteExtensionAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destExtraCallInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
  ],
  additions: [
    { name: "alternateTransportAddresses", type: { kind: "ref", name: "H323-MESSAGES.AlternateTransportAddresses", get: () => AlternateTransportAddresses }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
  ],
};

/** H323-MESSAGES.AlternateTransportAddresses (line 914) */
export type AlternateTransportAddresses = {
  annexE?: Array<TransportAddress>;
  sctp?: Array<TransportAddress>;
  $unknown?: UnknownExtension[];
};
export const AlternateTransportAddresses: AsnType = {
  kind: "sequence",
  root: [
    { name: "annexE", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } }, optional: true },
  ],
  additions: [
    { name: "sctp", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } }, optional: true },
  ],
};

/** H323-MESSAGES.UseSpecifiedTransport (line 921) */
export type UseSpecifiedTransport = 
  | { choice: "tcp"; value: null }
  | { choice: "annexE"; value: null }
  | { choice: "sctp"; value: null }
  | UnknownAlternative;
export const UseSpecifiedTransport: AsnType = {
  kind: "choice",
  root: [
    { name: "tcp", type: { kind: "null" } },
    { name: "annexE", type: { kind: "null" } },
  ],
  additions: [
    { name: "sctp", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.AlternateGK (line 929) */
export type AlternateGK = {
  rasAddress: TransportAddress;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  needToRegister: boolean;
  priority: number;
  $unknown?: UnknownExtension[];
};
export const AlternateGK: AsnType = {
  kind: "sequence",
  root: [
    { name: "rasAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "needToRegister", type: { kind: "boolean" } },
    { name: "priority", type: { kind: "integer", lb: 0, ub: 127 } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.AltGKInfo (line 938) */
export type AltGKInfo = {
  alternateGatekeeper: Array<AlternateGK>;
  altGKisPermanent: boolean;
  $unknown?: UnknownExtension[];
};
export const AltGKInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "alternateGatekeeper", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK } } },
    { name: "altGKisPermanent", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SecurityServiceMode (line 945) */
export type SecurityServiceMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "none"; value: null }
  | { choice: "default"; value: null }
  | UnknownAlternative;
export const SecurityServiceMode: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "none", type: { kind: "null" } },
    { name: "default", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SecurityCapabilities (line 953) */
export type SecurityCapabilities = {
  nonStandard?: NonStandardParameter;
  encryption: SecurityServiceMode;
  authenticaton: SecurityServiceMode;
  integrity: SecurityServiceMode;
  $unknown?: UnknownExtension[];
};
export const SecurityCapabilities: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "encryption", type: { kind: "ref", name: "H323-MESSAGES.SecurityServiceMode", get: () => SecurityServiceMode } },
    { name: "authenticaton", type: { kind: "ref", name: "H323-MESSAGES.SecurityServiceMode", get: () => SecurityServiceMode } },
    { name: "integrity", type: { kind: "ref", name: "H323-MESSAGES.SecurityServiceMode", get: () => SecurityServiceMode } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SecurityErrors (line 962) */
export type SecurityErrors = 
  | { choice: "securityWrongSyncTime"; value: null }
  | { choice: "securityReplay"; value: null }
  | { choice: "securityWrongGeneralID"; value: null }
  | { choice: "securityWrongSendersID"; value: null }
  | { choice: "securityIntegrityFailed"; value: null }
  | { choice: "securityWrongOID"; value: null }
  | { choice: "securityDHmismatch"; value: null }
  | { choice: "securityCertificateExpired"; value: null }
  | { choice: "securityCertificateDateInvalid"; value: null }
  | { choice: "securityCertificateRevoked"; value: null }
  | { choice: "securityCertificateNotReadable"; value: null }
  | { choice: "securityCertificateSignatureInvalid"; value: null }
  | { choice: "securityCertificateMissing"; value: null }
  | { choice: "securityCertificateIncomplete"; value: null }
  | { choice: "securityUnsupportedCertificateAlgOID"; value: null }
  | { choice: "securityUnknownCA"; value: null }
  | UnknownAlternative;
export const SecurityErrors: AsnType = {
  kind: "choice",
  root: [
    { name: "securityWrongSyncTime", type: { kind: "null" } },
    { name: "securityReplay", type: { kind: "null" } },
    { name: "securityWrongGeneralID", type: { kind: "null" } },
    { name: "securityWrongSendersID", type: { kind: "null" } },
    { name: "securityIntegrityFailed", type: { kind: "null" } },
    { name: "securityWrongOID", type: { kind: "null" } },
    { name: "securityDHmismatch", type: { kind: "null" } },
    { name: "securityCertificateExpired", type: { kind: "null" } },
    { name: "securityCertificateDateInvalid", type: { kind: "null" } },
    { name: "securityCertificateRevoked", type: { kind: "null" } },
    { name: "securityCertificateNotReadable", type: { kind: "null" } },
    { name: "securityCertificateSignatureInvalid", type: { kind: "null" } },
    { name: "securityCertificateMissing", type: { kind: "null" } },
    { name: "securityCertificateIncomplete", type: { kind: "null" } },
    { name: "securityUnsupportedCertificateAlgOID", type: { kind: "null" } },
    { name: "securityUnknownCA", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SecurityErrors2 (line 987) */
export type SecurityErrors2 = 
  | { choice: "securityWrongSyncTime"; value: null }
  | { choice: "securityReplay"; value: null }
  | { choice: "securityWrongGeneralID"; value: null }
  | { choice: "securityWrongSendersID"; value: null }
  | { choice: "securityIntegrityFailed"; value: null }
  | { choice: "securityWrongOID"; value: null }
  | UnknownAlternative;
export const SecurityErrors2: AsnType = {
  kind: "choice",
  root: [
    { name: "securityWrongSyncTime", type: { kind: "null" } },
    { name: "securityReplay", type: { kind: "null" } },
    { name: "securityWrongGeneralID", type: { kind: "null" } },
    { name: "securityWrongSendersID", type: { kind: "null" } },
    { name: "securityIntegrityFailed", type: { kind: "null" } },
    { name: "securityWrongOID", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.H245Security (line 998) */
export type H245Security = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "noSecurity"; value: null }
  | { choice: "tls"; value: SecurityCapabilities }
  | { choice: "ipsec"; value: SecurityCapabilities }
  | UnknownAlternative;
export const H245Security: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "noSecurity", type: { kind: "null" } },
    { name: "tls", type: { kind: "ref", name: "H323-MESSAGES.SecurityCapabilities", get: () => SecurityCapabilities } },
    { name: "ipsec", type: { kind: "ref", name: "H323-MESSAGES.SecurityCapabilities", get: () => SecurityCapabilities } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.QseriesOptions (line 1008) */
export type QseriesOptions = {
  q932Full: boolean;
  q951Full: boolean;
  q952Full: boolean;
  q953Full: boolean;
  q955Full: boolean;
  q956Full: boolean;
  q957Full: boolean;
  q954Info: Q954Details;
  $unknown?: UnknownExtension[];
};
export const QseriesOptions: AsnType = {
  kind: "sequence",
  root: [
    { name: "q932Full", type: { kind: "boolean" } },
    { name: "q951Full", type: { kind: "boolean" } },
    { name: "q952Full", type: { kind: "boolean" } },
    { name: "q953Full", type: { kind: "boolean" } },
    { name: "q955Full", type: { kind: "boolean" } },
    { name: "q956Full", type: { kind: "boolean" } },
    { name: "q957Full", type: { kind: "boolean" } },
    { name: "q954Info", type: { kind: "ref", name: "H323-MESSAGES.Q954Details", get: () => Q954Details } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.Q954Details (line 1021) */
export type Q954Details = {
  conferenceCalling: boolean;
  threePartyService: boolean;
  $unknown?: UnknownExtension[];
};
export const Q954Details: AsnType = {
  kind: "sequence",
  root: [
    { name: "conferenceCalling", type: { kind: "boolean" } },
    { name: "threePartyService", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.GloballyUniqueID (line 1028) */
export type GloballyUniqueID = Uint8Array;
export const GloballyUniqueID: AsnType = { kind: "octetString", size: { lb: 16, ub: 16, ext: false } };

/** H323-MESSAGES.ConferenceIdentifier (line 1029) */
export type ConferenceIdentifier = GloballyUniqueID;
export const ConferenceIdentifier: AsnType = { kind: "ref", name: "H323-MESSAGES.GloballyUniqueID", get: () => GloballyUniqueID };

/** H323-MESSAGES.RequestSeqNum (line 1030) */
export type RequestSeqNum = number;
export const RequestSeqNum: AsnType = { kind: "integer", lb: 1, ub: 65535 };

/** H323-MESSAGES.GatekeeperIdentifier (line 1031) */
export type GatekeeperIdentifier = string;
export const GatekeeperIdentifier: AsnType = { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 128, ext: false }, bits: 16, indexed: false };

/** H323-MESSAGES.BandWidth (line 1032) */
export type BandWidth = number;
export const BandWidth: AsnType = { kind: "integer", lb: 0, ub: 4294967295 };

/** H323-MESSAGES.CallReferenceValue (line 1033) */
export type CallReferenceValue = number;
export const CallReferenceValue: AsnType = { kind: "integer", lb: 0, ub: 65535 };

/** H323-MESSAGES.EndpointIdentifier (line 1034) */
export type EndpointIdentifier = string;
export const EndpointIdentifier: AsnType = { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 128, ext: false }, bits: 16, indexed: false };

/** H323-MESSAGES.ProtocolIdentifier (line 1035) */
export type ProtocolIdentifier = string;
export const ProtocolIdentifier: AsnType = { kind: "objectIdentifier" };

/** H323-MESSAGES.TimeToLive (line 1038) */
export type TimeToLive = number;
export const TimeToLive: AsnType = { kind: "integer", lb: 1, ub: 4294967295 };

/** H323-MESSAGES.H248PackagesDescriptor (line 1039) */
export type H248PackagesDescriptor = Uint8Array;
export const H248PackagesDescriptor: AsnType = { kind: "octetString" };

/** H323-MESSAGES.H248SignalsDescriptor (line 1042) */
export type H248SignalsDescriptor = Uint8Array;
export const H248SignalsDescriptor: AsnType = { kind: "octetString" };

/** H323-MESSAGES.FeatureDescriptor (line 1045) */
export type FeatureDescriptor = GenericData;
export const FeatureDescriptor: AsnType = { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData };

/** H323-MESSAGES.CallIdentifier (line 1047) */
export type CallIdentifier = {
  guid: GloballyUniqueID;
  $unknown?: UnknownExtension[];
};
export const CallIdentifier: AsnType = {
  kind: "sequence",
  root: [
    { name: "guid", type: { kind: "ref", name: "H323-MESSAGES.GloballyUniqueID", get: () => GloballyUniqueID } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.EncryptIntAlg (line 1053) */
export type EncryptIntAlg = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "isoAlgorithm"; value: string }
  | UnknownAlternative;
export const EncryptIntAlg: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "isoAlgorithm", type: { kind: "objectIdentifier" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.NonIsoIntegrityMechanism (line 1059) */
export type NonIsoIntegrityMechanism = 
  | { choice: "hMAC-MD5"; value: null }
  | { choice: "hMAC-iso10118-2-s"; value: EncryptIntAlg }
  | { choice: "hMAC-iso10118-2-l"; value: EncryptIntAlg }
  | { choice: "hMAC-iso10118-3"; value: string }
  | UnknownAlternative;
export const NonIsoIntegrityMechanism: AsnType = {
  kind: "choice",
  root: [
    { name: "hMAC-MD5", type: { kind: "null" } },
    { name: "hMAC-iso10118-2-s", type: { kind: "ref", name: "H323-MESSAGES.EncryptIntAlg", get: () => EncryptIntAlg } },
    { name: "hMAC-iso10118-2-l", type: { kind: "ref", name: "H323-MESSAGES.EncryptIntAlg", get: () => EncryptIntAlg } },
    { name: "hMAC-iso10118-3", type: { kind: "objectIdentifier" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.IntegrityMechanism (line 1075) */
export type IntegrityMechanism = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "digSig"; value: null }
  | { choice: "iso9797"; value: string }
  | { choice: "nonIsoIM"; value: NonIsoIntegrityMechanism }
  | UnknownAlternative;
export const IntegrityMechanism: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "digSig", type: { kind: "null" } },
    { name: "iso9797", type: { kind: "objectIdentifier" } },
    { name: "nonIsoIM", type: { kind: "ref", name: "H323-MESSAGES.NonIsoIntegrityMechanism", get: () => NonIsoIntegrityMechanism } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ICV (line 1085) */
export type ICV = {
  algorithmOID: string;
  icv: BitString;
};
export const ICV: AsnType = {
  kind: "sequence",
  root: [
    { name: "algorithmOID", type: { kind: "objectIdentifier" } },
    { name: "icv", type: { kind: "bitString" } },
  ],
};

/** H323-MESSAGES.FastStartToken (line 1092) */
export type FastStartToken = H235SecurityMessages.ClearToken;
export const FastStartToken: AsnType = { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken };

/** H323-MESSAGES.EncodedFastStartToken (line 1093) */
export type EncodedFastStartToken = Uint8Array;
export const EncodedFastStartToken: AsnType = { kind: "openType" };

/** H323-MESSAGES.CryptoH323Token (line 1094) */
export type CryptoH323Token = 
  | { choice: "cryptoEPPwdHash"; value: {
    alias: AliasAddress;
    timeStamp: H235SecurityMessages.TimeStamp;
    token: {
      algorithmOID: string;
      paramS: H235SecurityMessages.Params;
      hash: BitString;
    };
  } }
  | { choice: "cryptoGKPwdHash"; value: {
    gatekeeperId: GatekeeperIdentifier;
    timeStamp: H235SecurityMessages.TimeStamp;
    token: {
      algorithmOID: string;
      paramS: H235SecurityMessages.Params;
      hash: BitString;
    };
  } }
  | { choice: "cryptoEPPwdEncr"; value: {
    algorithmOID: string;
    paramS: H235SecurityMessages.Params;
    encryptedData: Uint8Array;
  } }
  | { choice: "cryptoGKPwdEncr"; value: {
    algorithmOID: string;
    paramS: H235SecurityMessages.Params;
    encryptedData: Uint8Array;
  } }
  | { choice: "cryptoEPCert"; value: {
    toBeSigned: H235SecurityMessages.EncodedPwdCertToken;
    algorithmOID: string;
    paramS: H235SecurityMessages.Params;
    signature: BitString;
  } }
  | { choice: "cryptoGKCert"; value: {
    toBeSigned: H235SecurityMessages.EncodedPwdCertToken;
    algorithmOID: string;
    paramS: H235SecurityMessages.Params;
    signature: BitString;
  } }
  | { choice: "cryptoFastStart"; value: {
    toBeSigned: EncodedFastStartToken;
    algorithmOID: string;
    paramS: H235SecurityMessages.Params;
    signature: BitString;
  } }
  | { choice: "nestedcryptoToken"; value: H235SecurityMessages.CryptoToken }
  | UnknownAlternative;
export const CryptoH323Token: AsnType = {
  kind: "choice",
  root: [
    { name: "cryptoEPPwdHash", type: {
      kind: "sequence",
      root: [
        { name: "alias", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } },
        { name: "timeStamp", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => H235SecurityMessages.TimeStamp } },
        { name: "token", type: {
          kind: "sequence",
          root: [
            { name: "algorithmOID", type: { kind: "objectIdentifier" } },
            { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
            { name: "hash", type: { kind: "bitString" } },
          ],
        } },
      ],
    } },
    { name: "cryptoGKPwdHash", type: {
      kind: "sequence",
      root: [
        { name: "gatekeeperId", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier } },
        { name: "timeStamp", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => H235SecurityMessages.TimeStamp } },
        { name: "token", type: {
          kind: "sequence",
          root: [
            { name: "algorithmOID", type: { kind: "objectIdentifier" } },
            { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
            { name: "hash", type: { kind: "bitString" } },
          ],
        } },
      ],
    } },
    { name: "cryptoEPPwdEncr", type: {
      kind: "sequence",
      root: [
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
        { name: "encryptedData", type: { kind: "octetString" } },
      ],
    } },
    { name: "cryptoGKPwdEncr", type: {
      kind: "sequence",
      root: [
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
        { name: "encryptedData", type: { kind: "octetString" } },
      ],
    } },
    { name: "cryptoEPCert", type: {
      kind: "sequence",
      root: [
        { name: "toBeSigned", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.EncodedPwdCertToken", get: () => H235SecurityMessages.EncodedPwdCertToken } },
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
        { name: "signature", type: { kind: "bitString" } },
      ],
    } },
    { name: "cryptoGKCert", type: {
      kind: "sequence",
      root: [
        { name: "toBeSigned", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.EncodedPwdCertToken", get: () => H235SecurityMessages.EncodedPwdCertToken } },
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
        { name: "signature", type: { kind: "bitString" } },
      ],
    } },
    { name: "cryptoFastStart", type: {
      kind: "sequence",
      root: [
        { name: "toBeSigned", type: { kind: "ref", name: "H323-MESSAGES.EncodedFastStartToken", get: () => EncodedFastStartToken } },
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => H235SecurityMessages.Params } },
        { name: "signature", type: { kind: "bitString" } },
      ],
    } },
    { name: "nestedcryptoToken", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.CryptoToken", get: () => H235SecurityMessages.CryptoToken } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.DataRate (line 1118) */
export type DataRate = {
  nonStandardData?: NonStandardParameter;
  channelRate: BandWidth;
  channelMultiplier?: number;
  $unknown?: UnknownExtension[];
};
export const DataRate: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "channelRate", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "channelMultiplier", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallLinkage (line 1126) */
export type CallLinkage = {
  globalCallId?: GloballyUniqueID;
  threadId?: GloballyUniqueID;
  $unknown?: UnknownExtension[];
};
export const CallLinkage: AsnType = {
  kind: "sequence",
  root: [
    { name: "globalCallId", type: { kind: "ref", name: "H323-MESSAGES.GloballyUniqueID", get: () => GloballyUniqueID }, optional: true },
    { name: "threadId", type: { kind: "ref", name: "H323-MESSAGES.GloballyUniqueID", get: () => GloballyUniqueID }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.SupportedPrefix (line 1133) */
export type SupportedPrefix = {
  nonStandardData?: NonStandardParameter;
  prefix: AliasAddress;
  $unknown?: UnknownExtension[];
};
export const SupportedPrefix: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "prefix", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CapacityReportingCapability (line 1140) */
export type CapacityReportingCapability = {
  canReportCallCapacity: boolean;
  $unknown?: UnknownExtension[];
};
export const CapacityReportingCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "canReportCallCapacity", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CapacityReportingSpecification (line 1146) */
export type CapacityReportingSpecification = {
  when: {
    callStart?: null;
    callEnd?: null;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const CapacityReportingSpecification: AsnType = {
  kind: "sequence",
  root: [
    { name: "when", type: {
      kind: "sequence",
      root: [
        { name: "callStart", type: { kind: "null" }, optional: true },
        { name: "callEnd", type: { kind: "null" }, optional: true },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallCapacity (line 1157) */
export type CallCapacity = {
  maximumCallCapacity?: CallCapacityInfo;
  currentCallCapacity?: CallCapacityInfo;
  $unknown?: UnknownExtension[];
};
export const CallCapacity: AsnType = {
  kind: "sequence",
  root: [
    { name: "maximumCallCapacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacityInfo", get: () => CallCapacityInfo }, optional: true },
    { name: "currentCallCapacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacityInfo", get: () => CallCapacityInfo }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallCapacityInfo (line 1164) */
export type CallCapacityInfo = {
  voiceGwCallsAvailable?: Array<CallsAvailable>;
  h310GwCallsAvailable?: Array<CallsAvailable>;
  h320GwCallsAvailable?: Array<CallsAvailable>;
  h321GwCallsAvailable?: Array<CallsAvailable>;
  h322GwCallsAvailable?: Array<CallsAvailable>;
  h323GwCallsAvailable?: Array<CallsAvailable>;
  h324GwCallsAvailable?: Array<CallsAvailable>;
  t120OnlyGwCallsAvailable?: Array<CallsAvailable>;
  t38FaxAnnexbOnlyGwCallsAvailable?: Array<CallsAvailable>;
  terminalCallsAvailable?: Array<CallsAvailable>;
  mcuCallsAvailable?: Array<CallsAvailable>;
  sipGwCallsAvailable?: Array<CallsAvailable>;
  $unknown?: UnknownExtension[];
};
export const CallCapacityInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "voiceGwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "h310GwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "h320GwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "h321GwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "h322GwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "h323GwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "h324GwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "t120OnlyGwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "t38FaxAnnexbOnlyGwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "terminalCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
    { name: "mcuCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
  ],
  additions: [
    { name: "sipGwCallsAvailable", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CallsAvailable", get: () => CallsAvailable } }, optional: true },
  ],
};

/** H323-MESSAGES.CallsAvailable (line 1181) */
export type CallsAvailable = {
  calls: number;
  group?: string;
  carrier?: CarrierInfo;
  $unknown?: UnknownExtension[];
};
export const CallsAvailable: AsnType = {
  kind: "sequence",
  root: [
    { name: "calls", type: { kind: "integer", lb: 0, ub: 4294967295 } },
    { name: "group", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 8, indexed: false }, optional: true },
  ],
  additions: [
    { name: "carrier", type: { kind: "ref", name: "H323-MESSAGES.CarrierInfo", get: () => CarrierInfo }, optional: true },
  ],
};

/** H323-MESSAGES.CircuitInfo (line 1189) */
export type CircuitInfo = {
  sourceCircuitID?: CircuitIdentifier;
  destinationCircuitID?: CircuitIdentifier;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const CircuitInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "sourceCircuitID", type: { kind: "ref", name: "H323-MESSAGES.CircuitIdentifier", get: () => CircuitIdentifier }, optional: true },
    { name: "destinationCircuitID", type: { kind: "ref", name: "H323-MESSAGES.CircuitIdentifier", get: () => CircuitIdentifier }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CircuitIdentifier (line 1197) */
export type CircuitIdentifier = {
  cic?: CicInfo;
  group?: GroupID;
  carrier?: CarrierInfo;
  $unknown?: UnknownExtension[];
};
export const CircuitIdentifier: AsnType = {
  kind: "sequence",
  root: [
    { name: "cic", type: { kind: "ref", name: "H323-MESSAGES.CicInfo", get: () => CicInfo }, optional: true },
    { name: "group", type: { kind: "ref", name: "H323-MESSAGES.GroupID", get: () => GroupID }, optional: true },
  ],
  additions: [
    { name: "carrier", type: { kind: "ref", name: "H323-MESSAGES.CarrierInfo", get: () => CarrierInfo }, optional: true },
  ],
};

/** H323-MESSAGES.CicInfo (line 1205) */
export type CicInfo = {
  cic: Array<Uint8Array>;
  pointCode: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const CicInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "cic", type: { kind: "sequenceOf", item: { kind: "octetString", size: { lb: 2, ub: 4, ext: false } } } },
    { name: "pointCode", type: { kind: "octetString", size: { lb: 2, ub: 5, ext: false } } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.GroupID (line 1212) */
export type GroupID = {
  member?: Array<number>;
  group: string;
  $unknown?: UnknownExtension[];
};
export const GroupID: AsnType = {
  kind: "sequence",
  root: [
    { name: "member", type: { kind: "sequenceOf", item: { kind: "integer", lb: 0, ub: 65535 } }, optional: true },
    { name: "group", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 8, indexed: false } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CarrierInfo (line 1219) */
export type CarrierInfo = {
  carrierIdentificationCode?: Uint8Array;
  carrierName?: string;
  $unknown?: UnknownExtension[];
};
export const CarrierInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "carrierIdentificationCode", type: { kind: "octetString", size: { lb: 3, ub: 4, ext: false } }, optional: true },
    { name: "carrierName", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 8, indexed: false }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ServiceControlDescriptor (line 1226) */
export type ServiceControlDescriptor = 
  | { choice: "url"; value: string }
  | { choice: "signal"; value: H248SignalsDescriptor }
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "callCreditServiceControl"; value: CallCreditServiceControl }
  | UnknownAlternative;
export const ServiceControlDescriptor: AsnType = {
  kind: "choice",
  root: [
    { name: "url", type: { kind: "charString", charset: "IA5String", size: { lb: 0, ub: 512, ext: false }, bits: 8, indexed: false } },
    { name: "signal", type: { kind: "ref", name: "H323-MESSAGES.H248SignalsDescriptor", get: () => H248SignalsDescriptor } },
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "callCreditServiceControl", type: { kind: "ref", name: "H323-MESSAGES.CallCreditServiceControl", get: () => CallCreditServiceControl } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ServiceControlSession (line 1236) */
export type ServiceControlSession = {
  sessionId: number;
  contents?: ServiceControlDescriptor;
  reason: 
    | { choice: "open"; value: null }
    | { choice: "refresh"; value: null }
    | { choice: "close"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const ServiceControlSession: AsnType = {
  kind: "sequence",
  root: [
    { name: "sessionId", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "contents", type: { kind: "ref", name: "H323-MESSAGES.ServiceControlDescriptor", get: () => ServiceControlDescriptor }, optional: true },
    { name: "reason", type: {
      kind: "choice",
      root: [
        { name: "open", type: { kind: "null" } },
        { name: "refresh", type: { kind: "null" } },
        { name: "close", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.RasUsageInfoTypes (line 1250) */
export type RasUsageInfoTypes = {
  nonStandardUsageTypes: Array<NonStandardParameter>;
  startTime?: null;
  endTime?: null;
  terminationCause?: null;
  $unknown?: UnknownExtension[];
};
export const RasUsageInfoTypes: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardUsageTypes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } } },
    { name: "startTime", type: { kind: "null" }, optional: true },
    { name: "endTime", type: { kind: "null" }, optional: true },
    { name: "terminationCause", type: { kind: "null" }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.RasUsageSpecification (line 1259) */
export type RasUsageSpecification = {
  when: {
    start?: null;
    end?: null;
    inIrr?: null;
    $unknown?: UnknownExtension[];
  };
  callStartingPoint?: {
    alerting?: null;
    connect?: null;
    $unknown?: UnknownExtension[];
  };
  required: RasUsageInfoTypes;
  $unknown?: UnknownExtension[];
};
export const RasUsageSpecification: AsnType = {
  kind: "sequence",
  root: [
    { name: "when", type: {
      kind: "sequence",
      root: [
        { name: "start", type: { kind: "null" }, optional: true },
        { name: "end", type: { kind: "null" }, optional: true },
        { name: "inIrr", type: { kind: "null" }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "callStartingPoint", type: {
      kind: "sequence",
      root: [
        { name: "alerting", type: { kind: "null" }, optional: true },
        { name: "connect", type: { kind: "null" }, optional: true },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "required", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInfoTypes", get: () => RasUsageInfoTypes } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.RasUsageInformation (line 1278) */
export type RasUsageInformation = {
  nonStandardUsageFields: Array<NonStandardParameter>;
  alertingTime?: H235SecurityMessages.TimeStamp;
  connectTime?: H235SecurityMessages.TimeStamp;
  endTime?: H235SecurityMessages.TimeStamp;
  $unknown?: UnknownExtension[];
};
export const RasUsageInformation: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardUsageFields", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } } },
    { name: "alertingTime", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => H235SecurityMessages.TimeStamp }, optional: true },
    { name: "connectTime", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => H235SecurityMessages.TimeStamp }, optional: true },
    { name: "endTime", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => H235SecurityMessages.TimeStamp }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallTerminationCause (line 1287) */
export type CallTerminationCause = 
  | { choice: "releaseCompleteReason"; value: ReleaseCompleteReason }
  | { choice: "releaseCompleteCauseIE"; value: Uint8Array }
  | UnknownAlternative;
export const CallTerminationCause: AsnType = {
  kind: "choice",
  root: [
    { name: "releaseCompleteReason", type: { kind: "ref", name: "H323-MESSAGES.ReleaseCompleteReason", get: () => ReleaseCompleteReason } },
    { name: "releaseCompleteCauseIE", type: { kind: "octetString", size: { lb: 2, ub: 32, ext: false } } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.BandwidthDetails (line 1294) */
export type BandwidthDetails = {
  sender: boolean;
  multicast: boolean;
  bandwidth: BandWidth;
  rtcpAddresses: TransportChannelInfo;
  $unknown?: UnknownExtension[];
};
export const BandwidthDetails: AsnType = {
  kind: "sequence",
  root: [
    { name: "sender", type: { kind: "boolean" } },
    { name: "multicast", type: { kind: "boolean" } },
    { name: "bandwidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "rtcpAddresses", type: { kind: "ref", name: "H323-MESSAGES.TransportChannelInfo", get: () => TransportChannelInfo } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallCreditCapability (line 1303) */
export type CallCreditCapability = {
  canDisplayAmountString?: boolean;
  canEnforceDurationLimit?: boolean;
  $unknown?: UnknownExtension[];
};
export const CallCreditCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "canDisplayAmountString", type: { kind: "boolean" }, optional: true },
    { name: "canEnforceDurationLimit", type: { kind: "boolean" }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallCreditServiceControl (line 1310) */
export type CallCreditServiceControl = {
  amountString?: string;
  billingMode?: 
    | { choice: "credit"; value: null }
    | { choice: "debit"; value: null }
    | UnknownAlternative;
  callDurationLimit?: number;
  enforceCallDurationLimit?: boolean;
  callStartingPoint?: 
    | { choice: "alerting"; value: null }
    | { choice: "connect"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const CallCreditServiceControl: AsnType = {
  kind: "sequence",
  root: [
    { name: "amountString", type: { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 512, ext: false }, bits: 16, indexed: false }, optional: true },
    { name: "billingMode", type: {
      kind: "choice",
      root: [
        { name: "credit", type: { kind: "null" } },
        { name: "debit", type: { kind: "null" } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "callDurationLimit", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "enforceCallDurationLimit", type: { kind: "boolean" }, optional: true },
    { name: "callStartingPoint", type: {
      kind: "choice",
      root: [
        { name: "alerting", type: { kind: "null" } },
        { name: "connect", type: { kind: "null" } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.GenericData (line 1330) */
export type GenericData = {
  id: GenericIdentifier;
  parameters?: Array<EnumeratedParameter>;
  $unknown?: UnknownExtension[];
};
export const GenericData: AsnType = {
  kind: "sequence",
  root: [
    { name: "id", type: { kind: "ref", name: "H323-MESSAGES.GenericIdentifier", get: () => GenericIdentifier } },
    { name: "parameters", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.EnumeratedParameter", get: () => EnumeratedParameter }, size: { lb: 1, ub: 512, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.GenericIdentifier (line 1337) */
export type GenericIdentifier = 
  | { choice: "standard"; value: number }
  | { choice: "oid"; value: string }
  | { choice: "nonStandard"; value: GloballyUniqueID }
  | UnknownAlternative;
export const GenericIdentifier: AsnType = {
  kind: "choice",
  root: [
    { name: "standard", type: { kind: "integer", lb: 0, ub: 16383, ext: true } },
    { name: "oid", type: { kind: "objectIdentifier" } },
    { name: "nonStandard", type: { kind: "ref", name: "H323-MESSAGES.GloballyUniqueID", get: () => GloballyUniqueID } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.EnumeratedParameter (line 1345) */
export type EnumeratedParameter = {
  id: GenericIdentifier;
  content?: Content;
  $unknown?: UnknownExtension[];
};
export const EnumeratedParameter: AsnType = {
  kind: "sequence",
  root: [
    { name: "id", type: { kind: "ref", name: "H323-MESSAGES.GenericIdentifier", get: () => GenericIdentifier } },
    { name: "content", type: { kind: "ref", name: "H323-MESSAGES.Content", get: () => Content }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.Content (line 1352) */
export type Content = 
  | { choice: "raw"; value: Uint8Array }
  | { choice: "text"; value: string }
  | { choice: "unicode"; value: string }
  | { choice: "bool"; value: boolean }
  | { choice: "number8"; value: number }
  | { choice: "number16"; value: number }
  | { choice: "number32"; value: number }
  | { choice: "id"; value: GenericIdentifier }
  | { choice: "alias"; value: AliasAddress }
  | { choice: "transport"; value: TransportAddress }
  | { choice: "compound"; value: Array<EnumeratedParameter> }
  | { choice: "nested"; value: Array<GenericData> }
  | UnknownAlternative;
export const Content: AsnType = {
  kind: "choice",
  root: [
    { name: "raw", type: { kind: "octetString" } },
    { name: "text", type: { kind: "charString", charset: "IA5String", bits: 8, indexed: false } },
    { name: "unicode", type: { kind: "charString", charset: "BMPString", bits: 16, indexed: false } },
    { name: "bool", type: { kind: "boolean" } },
    { name: "number8", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "number16", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "number32", type: { kind: "integer", lb: 0, ub: 4294967295 } },
    { name: "id", type: { kind: "ref", name: "H323-MESSAGES.GenericIdentifier", get: () => GenericIdentifier } },
    { name: "alias", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } },
    { name: "transport", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "compound", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.EnumeratedParameter", get: () => EnumeratedParameter }, size: { lb: 1, ub: 512, ext: false } } },
    { name: "nested", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData }, size: { lb: 1, ub: 16, ext: false } } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.FeatureSet (line 1369) */
export type FeatureSet = {
  replacementFeatureSet: boolean;
  neededFeatures?: Array<FeatureDescriptor>;
  desiredFeatures?: Array<FeatureDescriptor>;
  supportedFeatures?: Array<FeatureDescriptor>;
  $unknown?: UnknownExtension[];
};
export const FeatureSet: AsnType = {
  kind: "sequence",
  root: [
    { name: "replacementFeatureSet", type: { kind: "boolean" } },
    { name: "neededFeatures", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.FeatureDescriptor", get: () => FeatureDescriptor } }, optional: true },
    { name: "desiredFeatures", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.FeatureDescriptor", get: () => FeatureDescriptor } }, optional: true },
    { name: "supportedFeatures", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.FeatureDescriptor", get: () => FeatureDescriptor } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.TransportChannelInfo (line 1378) */
export type TransportChannelInfo = {
  sendAddress?: TransportAddress;
  recvAddress?: TransportAddress;
  $unknown?: UnknownExtension[];
};
export const TransportChannelInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "sendAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "recvAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.RTPSession (line 1385) */
export type RTPSession = {
  rtpAddress: TransportChannelInfo;
  rtcpAddress: TransportChannelInfo;
  cname: string;
  ssrc: number;
  sessionId: number;
  associatedSessionIds: Array<number>;
  multicast?: null;
  bandwidth?: BandWidth;
  $unknown?: UnknownExtension[];
};
export const RTPSession: AsnType = {
  kind: "sequence",
  root: [
    { name: "rtpAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportChannelInfo", get: () => TransportChannelInfo } },
    { name: "rtcpAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportChannelInfo", get: () => TransportChannelInfo } },
    { name: "cname", type: { kind: "charString", charset: "PrintableString", bits: 8, alphabet: " '()+,-./0123456789:=?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", indexed: false } },
    { name: "ssrc", type: { kind: "integer", lb: 1, ub: 4294967295 } },
    { name: "sessionId", type: { kind: "integer", lb: 1, ub: 255 } },
    { name: "associatedSessionIds", type: { kind: "sequenceOf", item: { kind: "integer", lb: 1, ub: 255 } } },
  ],
  additions: [
    { name: "multicast", type: { kind: "null" }, optional: true },
    { name: "bandwidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth }, optional: true },
  ],
};

/** H323-MESSAGES.RehomingModel (line 1398) */
export type RehomingModel = 
  | { choice: "gatekeeperBased"; value: null }
  | { choice: "endpointBased"; value: null };
export const RehomingModel: AsnType = {
  kind: "choice",
  root: [
    { name: "gatekeeperBased", type: { kind: "null" } },
    { name: "endpointBased", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.RasMessage (line 1404) */
export type RasMessage = 
  | { choice: "gatekeeperRequest"; value: GatekeeperRequest }
  | { choice: "gatekeeperConfirm"; value: GatekeeperConfirm }
  | { choice: "gatekeeperReject"; value: GatekeeperReject }
  | { choice: "registrationRequest"; value: RegistrationRequest }
  | { choice: "registrationConfirm"; value: RegistrationConfirm }
  | { choice: "registrationReject"; value: RegistrationReject }
  | { choice: "unregistrationRequest"; value: UnregistrationRequest }
  | { choice: "unregistrationConfirm"; value: UnregistrationConfirm }
  | { choice: "unregistrationReject"; value: UnregistrationReject }
  | { choice: "admissionRequest"; value: AdmissionRequest }
  | { choice: "admissionConfirm"; value: AdmissionConfirm }
  | { choice: "admissionReject"; value: AdmissionReject }
  | { choice: "bandwidthRequest"; value: BandwidthRequest }
  | { choice: "bandwidthConfirm"; value: BandwidthConfirm }
  | { choice: "bandwidthReject"; value: BandwidthReject }
  | { choice: "disengageRequest"; value: DisengageRequest }
  | { choice: "disengageConfirm"; value: DisengageConfirm }
  | { choice: "disengageReject"; value: DisengageReject }
  | { choice: "locationRequest"; value: LocationRequest }
  | { choice: "locationConfirm"; value: LocationConfirm }
  | { choice: "locationReject"; value: LocationReject }
  | { choice: "infoRequest"; value: InfoRequest }
  | { choice: "infoRequestResponse"; value: InfoRequestResponse }
  | { choice: "nonStandardMessage"; value: NonStandardMessage }
  | { choice: "unknownMessageResponse"; value: UnknownMessageResponse }
  | { choice: "requestInProgress"; value: RequestInProgress }
  | { choice: "resourcesAvailableIndicate"; value: ResourcesAvailableIndicate }
  | { choice: "resourcesAvailableConfirm"; value: ResourcesAvailableConfirm }
  | { choice: "infoRequestAck"; value: InfoRequestAck }
  | { choice: "infoRequestNak"; value: InfoRequestNak }
  | { choice: "serviceControlIndication"; value: ServiceControlIndication }
  | { choice: "serviceControlResponse"; value: ServiceControlResponse }
  | { choice: "admissionConfirmSequence"; value: Array<AdmissionConfirm> }
  | UnknownAlternative;
export const RasMessage: AsnType = {
  kind: "choice",
  root: [
    { name: "gatekeeperRequest", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperRequest", get: () => GatekeeperRequest } },
    { name: "gatekeeperConfirm", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperConfirm", get: () => GatekeeperConfirm } },
    { name: "gatekeeperReject", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperReject", get: () => GatekeeperReject } },
    { name: "registrationRequest", type: { kind: "ref", name: "H323-MESSAGES.RegistrationRequest", get: () => RegistrationRequest } },
    { name: "registrationConfirm", type: { kind: "ref", name: "H323-MESSAGES.RegistrationConfirm", get: () => RegistrationConfirm } },
    { name: "registrationReject", type: { kind: "ref", name: "H323-MESSAGES.RegistrationReject", get: () => RegistrationReject } },
    { name: "unregistrationRequest", type: { kind: "ref", name: "H323-MESSAGES.UnregistrationRequest", get: () => UnregistrationRequest } },
    { name: "unregistrationConfirm", type: { kind: "ref", name: "H323-MESSAGES.UnregistrationConfirm", get: () => UnregistrationConfirm } },
    { name: "unregistrationReject", type: { kind: "ref", name: "H323-MESSAGES.UnregistrationReject", get: () => UnregistrationReject } },
    { name: "admissionRequest", type: { kind: "ref", name: "H323-MESSAGES.AdmissionRequest", get: () => AdmissionRequest } },
    { name: "admissionConfirm", type: { kind: "ref", name: "H323-MESSAGES.AdmissionConfirm", get: () => AdmissionConfirm } },
    { name: "admissionReject", type: { kind: "ref", name: "H323-MESSAGES.AdmissionReject", get: () => AdmissionReject } },
    { name: "bandwidthRequest", type: { kind: "ref", name: "H323-MESSAGES.BandwidthRequest", get: () => BandwidthRequest } },
    { name: "bandwidthConfirm", type: { kind: "ref", name: "H323-MESSAGES.BandwidthConfirm", get: () => BandwidthConfirm } },
    { name: "bandwidthReject", type: { kind: "ref", name: "H323-MESSAGES.BandwidthReject", get: () => BandwidthReject } },
    { name: "disengageRequest", type: { kind: "ref", name: "H323-MESSAGES.DisengageRequest", get: () => DisengageRequest } },
    { name: "disengageConfirm", type: { kind: "ref", name: "H323-MESSAGES.DisengageConfirm", get: () => DisengageConfirm } },
    { name: "disengageReject", type: { kind: "ref", name: "H323-MESSAGES.DisengageReject", get: () => DisengageReject } },
    { name: "locationRequest", type: { kind: "ref", name: "H323-MESSAGES.LocationRequest", get: () => LocationRequest } },
    { name: "locationConfirm", type: { kind: "ref", name: "H323-MESSAGES.LocationConfirm", get: () => LocationConfirm } },
    { name: "locationReject", type: { kind: "ref", name: "H323-MESSAGES.LocationReject", get: () => LocationReject } },
    { name: "infoRequest", type: { kind: "ref", name: "H323-MESSAGES.InfoRequest", get: () => InfoRequest } },
    { name: "infoRequestResponse", type: { kind: "ref", name: "H323-MESSAGES.InfoRequestResponse", get: () => InfoRequestResponse } },
    { name: "nonStandardMessage", type: { kind: "ref", name: "H323-MESSAGES.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "unknownMessageResponse", type: { kind: "ref", name: "H323-MESSAGES.UnknownMessageResponse", get: () => UnknownMessageResponse } },
  ],
  additions: [
    { name: "requestInProgress", type: { kind: "ref", name: "H323-MESSAGES.RequestInProgress", get: () => RequestInProgress } },
    { name: "resourcesAvailableIndicate", type: { kind: "ref", name: "H323-MESSAGES.ResourcesAvailableIndicate", get: () => ResourcesAvailableIndicate } },
    { name: "resourcesAvailableConfirm", type: { kind: "ref", name: "H323-MESSAGES.ResourcesAvailableConfirm", get: () => ResourcesAvailableConfirm } },
    { name: "infoRequestAck", type: { kind: "ref", name: "H323-MESSAGES.InfoRequestAck", get: () => InfoRequestAck } },
    { name: "infoRequestNak", type: { kind: "ref", name: "H323-MESSAGES.InfoRequestNak", get: () => InfoRequestNak } },
    { name: "serviceControlIndication", type: { kind: "ref", name: "H323-MESSAGES.ServiceControlIndication", get: () => ServiceControlIndication } },
    { name: "serviceControlResponse", type: { kind: "ref", name: "H323-MESSAGES.ServiceControlResponse", get: () => ServiceControlResponse } },
    { name: "admissionConfirmSequence", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AdmissionConfirm", get: () => AdmissionConfirm } } },
  ],
};

/** H323-MESSAGES.GatekeeperRequest (line 1442) */
export type GatekeeperRequest = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  rasAddress: TransportAddress;
  endpointType: EndpointType;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  callServices?: QseriesOptions;
  endpointAlias?: Array<AliasAddress>;
  alternateEndpoints?: Array<Endpoint>;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  authenticationCapability?: Array<H235SecurityMessages.AuthenticationMechanism>;
  algorithmOIDs?: Array<string>;
  integrity?: Array<IntegrityMechanism>;
  integrityCheckValue?: ICV;
  supportsAltGK?: null;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  supportsAssignedGK?: boolean;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const GatekeeperRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "rasAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "endpointType", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "callServices", type: { kind: "ref", name: "H323-MESSAGES.QseriesOptions", get: () => QseriesOptions }, optional: true },
    { name: "endpointAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
  ],
  additions: [
    { name: "alternateEndpoints", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "authenticationCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.AuthenticationMechanism", get: () => H235SecurityMessages.AuthenticationMechanism } }, optional: true },
    { name: "algorithmOIDs", type: { kind: "sequenceOf", item: { kind: "objectIdentifier" } }, optional: true },
    { name: "integrity", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.IntegrityMechanism", get: () => IntegrityMechanism } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "supportsAltGK", type: { kind: "null" }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "supportsAssignedGK", type: { kind: "boolean" } },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.GatekeeperConfirm (line 1467) */
export type GatekeeperConfirm = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  rasAddress: TransportAddress;
  alternateGatekeeper?: Array<AlternateGK>;
  authenticationMode?: H235SecurityMessages.AuthenticationMechanism;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  algorithmOID?: string;
  integrity?: Array<IntegrityMechanism>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  rehomingModel?: RehomingModel;
  $unknown?: UnknownExtension[];
};
export const GatekeeperConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "rasAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
  ],
  additions: [
    { name: "alternateGatekeeper", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK } }, optional: true },
    { name: "authenticationMode", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.AuthenticationMechanism", get: () => H235SecurityMessages.AuthenticationMechanism }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "algorithmOID", type: { kind: "objectIdentifier" }, optional: true },
    { name: "integrity", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.IntegrityMechanism", get: () => IntegrityMechanism } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
    { name: "rehomingModel", type: { kind: "ref", name: "H323-MESSAGES.RehomingModel", get: () => RehomingModel }, optional: true },
  ],
};

/** H323-MESSAGES.GatekeeperReject (line 1488) */
export type GatekeeperReject = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  rejectReason: GatekeeperRejectReason;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const GatekeeperReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperRejectReason", get: () => GatekeeperRejectReason } },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.GatekeeperRejectReason (line 1504) */
export type GatekeeperRejectReason = 
  | { choice: "resourceUnavailable"; value: null }
  | { choice: "terminalExcluded"; value: null }
  | { choice: "invalidRevision"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "genericDataReason"; value: null }
  | { choice: "neededFeatureNotSupported"; value: null }
  | { choice: "securityError"; value: SecurityErrors }
  | UnknownAlternative;
export const GatekeeperRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "resourceUnavailable", type: { kind: "null" } },
    { name: "terminalExcluded", type: { kind: "null" } },
    { name: "invalidRevision", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "securityDenial", type: { kind: "null" } },
    { name: "genericDataReason", type: { kind: "null" } },
    { name: "neededFeatureNotSupported", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors", get: () => SecurityErrors } },
  ],
};

/** H323-MESSAGES.RegistrationRequest (line 1517) */
export type RegistrationRequest = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  discoveryComplete: boolean;
  callSignalAddress: Array<TransportAddress>;
  rasAddress: Array<TransportAddress>;
  terminalType: EndpointType;
  terminalAlias?: Array<AliasAddress>;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  endpointVendor: VendorIdentifier;
  alternateEndpoints?: Array<Endpoint>;
  timeToLive?: TimeToLive;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  keepAlive?: boolean;
  endpointIdentifier?: EndpointIdentifier;
  willSupplyUUIEs?: boolean;
  maintainConnection?: boolean;
  alternateTransportAddresses?: AlternateTransportAddresses;
  additiveRegistration?: null;
  terminalAliasPattern?: Array<AddressPattern>;
  supportsAltGK?: null;
  usageReportingCapability?: RasUsageInfoTypes;
  multipleCalls?: boolean;
  supportedH248Packages?: Array<H248PackagesDescriptor>;
  callCreditCapability?: CallCreditCapability;
  capacityReportingCapability?: CapacityReportingCapability;
  capacity?: CallCapacity;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  restart?: null;
  supportsACFSequences?: null;
  supportsAssignedGK?: boolean;
  assignedGatekeeper?: AlternateGK;
  transportQOS?: TransportQOS;
  language?: Array<string>;
  $unknown?: UnknownExtension[];
};
export const RegistrationRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "discoveryComplete", type: { kind: "boolean" } },
    { name: "callSignalAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } } },
    { name: "rasAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } } },
    { name: "terminalType", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "terminalAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "endpointVendor", type: { kind: "ref", name: "H323-MESSAGES.VendorIdentifier", get: () => VendorIdentifier } },
  ],
  additions: [
    { name: "alternateEndpoints", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "timeToLive", type: { kind: "ref", name: "H323-MESSAGES.TimeToLive", get: () => TimeToLive }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "keepAlive", type: { kind: "boolean" } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier }, optional: true },
    { name: "willSupplyUUIEs", type: { kind: "boolean" } },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "alternateTransportAddresses", type: { kind: "ref", name: "H323-MESSAGES.AlternateTransportAddresses", get: () => AlternateTransportAddresses }, optional: true },
    { name: "additiveRegistration", type: { kind: "null" }, optional: true },
    { name: "terminalAliasPattern", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AddressPattern", get: () => AddressPattern } }, optional: true },
    { name: "supportsAltGK", type: { kind: "null" }, optional: true },
    { name: "usageReportingCapability", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInfoTypes", get: () => RasUsageInfoTypes }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" }, optional: true },
    { name: "supportedH248Packages", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.H248PackagesDescriptor", get: () => H248PackagesDescriptor } }, optional: true },
    { name: "callCreditCapability", type: { kind: "ref", name: "H323-MESSAGES.CallCreditCapability", get: () => CallCreditCapability }, optional: true },
    { name: "capacityReportingCapability", type: { kind: "ref", name: "H323-MESSAGES.CapacityReportingCapability", get: () => CapacityReportingCapability }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "restart", type: { kind: "null" }, optional: true },
    { name: "supportsACFSequences", type: { kind: "null" }, optional: true },
    { name: "supportsAssignedGK", type: { kind: "boolean" } },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
    { name: "transportQOS", type: { kind: "ref", name: "H323-MESSAGES.TransportQOS", get: () => TransportQOS }, optional: true },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
  ],
};

/** H323-MESSAGES.RegistrationConfirm (line 1559) */
export type RegistrationConfirm = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  callSignalAddress: Array<TransportAddress>;
  terminalAlias?: Array<AliasAddress>;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  endpointIdentifier: EndpointIdentifier;
  alternateGatekeeper?: Array<AlternateGK>;
  timeToLive?: TimeToLive;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  willRespondToIRR?: boolean;
  preGrantedARQ?: {
    makeCall: boolean;
    useGKCallSignalAddressToMakeCall: boolean;
    answerCall: boolean;
    useGKCallSignalAddressToAnswer: boolean;
    irrFrequencyInCall?: number;
    totalBandwidthRestriction?: BandWidth;
    alternateTransportAddresses?: AlternateTransportAddresses;
    useSpecifiedTransport?: UseSpecifiedTransport;
    $unknown?: UnknownExtension[];
  };
  maintainConnection?: boolean;
  serviceControl?: Array<ServiceControlSession>;
  supportsAdditiveRegistration?: null;
  terminalAliasPattern?: Array<AddressPattern>;
  supportedPrefixes?: Array<SupportedPrefix>;
  usageSpec?: Array<RasUsageSpecification>;
  featureServerAlias?: AliasAddress;
  capacityReportingSpec?: CapacityReportingSpecification;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  rehomingModel?: RehomingModel;
  transportQOS?: TransportQOS;
  language?: Array<string>;
  $unknown?: UnknownExtension[];
};
export const RegistrationConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "callSignalAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } } },
    { name: "terminalAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier } },
  ],
  additions: [
    { name: "alternateGatekeeper", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK } }, optional: true },
    { name: "timeToLive", type: { kind: "ref", name: "H323-MESSAGES.TimeToLive", get: () => TimeToLive }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "willRespondToIRR", type: { kind: "boolean" } },
    { name: "preGrantedARQ", type: {
      kind: "sequence",
      root: [
        { name: "makeCall", type: { kind: "boolean" } },
        { name: "useGKCallSignalAddressToMakeCall", type: { kind: "boolean" } },
        { name: "answerCall", type: { kind: "boolean" } },
        { name: "useGKCallSignalAddressToAnswer", type: { kind: "boolean" } },
      ],
      additions: [
        { name: "irrFrequencyInCall", type: { kind: "integer", lb: 1, ub: 65535 }, optional: true },
        { name: "totalBandwidthRestriction", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth }, optional: true },
        { name: "alternateTransportAddresses", type: { kind: "ref", name: "H323-MESSAGES.AlternateTransportAddresses", get: () => AlternateTransportAddresses }, optional: true },
        { name: "useSpecifiedTransport", type: { kind: "ref", name: "H323-MESSAGES.UseSpecifiedTransport", get: () => UseSpecifiedTransport }, optional: true },
      ],
    }, optional: true },
    { name: "maintainConnection", type: { kind: "boolean" } },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "supportsAdditiveRegistration", type: { kind: "null" }, optional: true },
    { name: "terminalAliasPattern", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AddressPattern", get: () => AddressPattern } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } }, optional: true },
    { name: "usageSpec", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.RasUsageSpecification", get: () => RasUsageSpecification } }, optional: true },
    { name: "featureServerAlias", type: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress }, optional: true },
    { name: "capacityReportingSpec", type: { kind: "ref", name: "H323-MESSAGES.CapacityReportingSpecification", get: () => CapacityReportingSpecification }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
    { name: "rehomingModel", type: { kind: "ref", name: "H323-MESSAGES.RehomingModel", get: () => RehomingModel }, optional: true },
    { name: "transportQOS", type: { kind: "ref", name: "H323-MESSAGES.TransportQOS", get: () => TransportQOS }, optional: true },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
  ],
};

/** H323-MESSAGES.RegistrationReject (line 1609) */
export type RegistrationReject = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  rejectReason: RegistrationRejectReason;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const RegistrationReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.RegistrationRejectReason", get: () => RegistrationRejectReason } },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.RegistrationRejectReason (line 1626) */
export type RegistrationRejectReason = 
  | { choice: "discoveryRequired"; value: null }
  | { choice: "invalidRevision"; value: null }
  | { choice: "invalidCallSignalAddress"; value: null }
  | { choice: "invalidRASAddress"; value: null }
  | { choice: "duplicateAlias"; value: Array<AliasAddress> }
  | { choice: "invalidTerminalType"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "transportNotSupported"; value: null }
  | { choice: "transportQOSNotSupported"; value: null }
  | { choice: "resourceUnavailable"; value: null }
  | { choice: "invalidAlias"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "fullRegistrationRequired"; value: null }
  | { choice: "additiveRegistrationNotSupported"; value: null }
  | { choice: "invalidTerminalAliases"; value: {
    terminalAlias?: Array<AliasAddress>;
    terminalAliasPattern?: Array<AddressPattern>;
    supportedPrefixes?: Array<SupportedPrefix>;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "genericDataReason"; value: null }
  | { choice: "neededFeatureNotSupported"; value: null }
  | { choice: "securityError"; value: SecurityErrors }
  | { choice: "registerWithAssignedGK"; value: null }
  | UnknownAlternative;
export const RegistrationRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "discoveryRequired", type: { kind: "null" } },
    { name: "invalidRevision", type: { kind: "null" } },
    { name: "invalidCallSignalAddress", type: { kind: "null" } },
    { name: "invalidRASAddress", type: { kind: "null" } },
    { name: "duplicateAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } } },
    { name: "invalidTerminalType", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
    { name: "transportNotSupported", type: { kind: "null" } },
  ],
  additions: [
    { name: "transportQOSNotSupported", type: { kind: "null" } },
    { name: "resourceUnavailable", type: { kind: "null" } },
    { name: "invalidAlias", type: { kind: "null" } },
    { name: "securityDenial", type: { kind: "null" } },
    { name: "fullRegistrationRequired", type: { kind: "null" } },
    { name: "additiveRegistrationNotSupported", type: { kind: "null" } },
    { name: "invalidTerminalAliases", type: {
      kind: "sequence",
      root: [
        { name: "terminalAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
        { name: "terminalAliasPattern", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AddressPattern", get: () => AddressPattern } }, optional: true },
        { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "genericDataReason", type: { kind: "null" } },
    { name: "neededFeatureNotSupported", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors", get: () => SecurityErrors } },
    { name: "registerWithAssignedGK", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.UnregistrationRequest (line 1657) */
export type UnregistrationRequest = {
  requestSeqNum: RequestSeqNum;
  callSignalAddress: Array<TransportAddress>;
  endpointAlias?: Array<AliasAddress>;
  nonStandardData?: NonStandardParameter;
  endpointIdentifier?: EndpointIdentifier;
  alternateEndpoints?: Array<Endpoint>;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  reason?: UnregRequestReason;
  endpointAliasPattern?: Array<AddressPattern>;
  supportedPrefixes?: Array<SupportedPrefix>;
  alternateGatekeeper?: Array<AlternateGK>;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const UnregistrationRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "callSignalAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } } },
    { name: "endpointAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier }, optional: true },
  ],
  additions: [
    { name: "alternateEndpoints", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "reason", type: { kind: "ref", name: "H323-MESSAGES.UnregRequestReason", get: () => UnregRequestReason }, optional: true },
    { name: "endpointAliasPattern", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AddressPattern", get: () => AddressPattern } }, optional: true },
    { name: "supportedPrefixes", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedPrefix", get: () => SupportedPrefix } }, optional: true },
    { name: "alternateGatekeeper", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK } }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.UnregRequestReason (line 1678) */
export type UnregRequestReason = 
  | { choice: "reregistrationRequired"; value: null }
  | { choice: "ttlExpired"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "maintenance"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | { choice: "registerWithAssignedGK"; value: null }
  | UnknownAlternative;
export const UnregRequestReason: AsnType = {
  kind: "choice",
  root: [
    { name: "reregistrationRequired", type: { kind: "null" } },
    { name: "ttlExpired", type: { kind: "null" } },
    { name: "securityDenial", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "maintenance", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
    { name: "registerWithAssignedGK", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.UnregistrationConfirm (line 1690) */
export type UnregistrationConfirm = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const UnregistrationConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.UnregistrationReject (line 1702) */
export type UnregistrationReject = {
  requestSeqNum: RequestSeqNum;
  rejectReason: UnregRejectReason;
  nonStandardData?: NonStandardParameter;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const UnregistrationReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.UnregRejectReason", get: () => UnregRejectReason } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.UnregRejectReason (line 1715) */
export type UnregRejectReason = 
  | { choice: "notCurrentlyRegistered"; value: null }
  | { choice: "callInProgress"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "permissionDenied"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const UnregRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "notCurrentlyRegistered", type: { kind: "null" } },
    { name: "callInProgress", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "permissionDenied", type: { kind: "null" } },
    { name: "securityDenial", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
  ],
};

/** H323-MESSAGES.AdmissionRequest (line 1727) */
export type AdmissionRequest = {
  requestSeqNum: RequestSeqNum;
  callType: CallType;
  callModel?: CallModel;
  endpointIdentifier: EndpointIdentifier;
  destinationInfo?: Array<AliasAddress>;
  destCallSignalAddress?: TransportAddress;
  destExtraCallInfo?: Array<AliasAddress>;
  srcInfo: Array<AliasAddress>;
  srcCallSignalAddress?: TransportAddress;
  bandWidth: BandWidth;
  callReferenceValue: CallReferenceValue;
  nonStandardData?: NonStandardParameter;
  callServices?: QseriesOptions;
  conferenceID: ConferenceIdentifier;
  activeMC: boolean;
  answerCall: boolean;
  canMapAlias?: boolean;
  callIdentifier?: CallIdentifier;
  srcAlternatives?: Array<Endpoint>;
  destAlternatives?: Array<Endpoint>;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  transportQOS?: TransportQOS;
  willSupplyUUIEs?: boolean;
  callLinkage?: CallLinkage;
  gatewayDataRate?: DataRate;
  capacity?: CallCapacity;
  circuitInfo?: CircuitInfo;
  desiredProtocols?: Array<SupportedProtocols>;
  desiredTunnelledProtocol?: TunnelledProtocol;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  canMapSrcAlias?: boolean;
  $unknown?: UnknownExtension[];
};
export const AdmissionRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "callType", type: { kind: "ref", name: "H323-MESSAGES.CallType", get: () => CallType } },
    { name: "callModel", type: { kind: "ref", name: "H323-MESSAGES.CallModel", get: () => CallModel }, optional: true },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier } },
    { name: "destinationInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destCallSignalAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "destExtraCallInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "srcInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } } },
    { name: "srcCallSignalAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "callReferenceValue", type: { kind: "ref", name: "H323-MESSAGES.CallReferenceValue", get: () => CallReferenceValue } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "callServices", type: { kind: "ref", name: "H323-MESSAGES.QseriesOptions", get: () => QseriesOptions }, optional: true },
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
    { name: "activeMC", type: { kind: "boolean" } },
    { name: "answerCall", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "canMapAlias", type: { kind: "boolean" } },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "srcAlternatives", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "destAlternatives", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "transportQOS", type: { kind: "ref", name: "H323-MESSAGES.TransportQOS", get: () => TransportQOS }, optional: true },
    { name: "willSupplyUUIEs", type: { kind: "boolean" } },
    { name: "callLinkage", type: { kind: "ref", name: "H323-MESSAGES.CallLinkage", get: () => CallLinkage }, optional: true },
    { name: "gatewayDataRate", type: { kind: "ref", name: "H323-MESSAGES.DataRate", get: () => DataRate }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "desiredProtocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
    { name: "desiredTunnelledProtocol", type: { kind: "ref", name: "H323-MESSAGES.TunnelledProtocol", get: () => TunnelledProtocol }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "canMapSrcAlias", type: { kind: "boolean" } },
  ],
};

/** H323-MESSAGES.CallType (line 1767) */
export type CallType = 
  | { choice: "pointToPoint"; value: null }
  | { choice: "oneToN"; value: null }
  | { choice: "nToOne"; value: null }
  | { choice: "nToN"; value: null }
  | UnknownAlternative;
export const CallType: AsnType = {
  kind: "choice",
  root: [
    { name: "pointToPoint", type: { kind: "null" } },
    { name: "oneToN", type: { kind: "null" } },
    { name: "nToOne", type: { kind: "null" } },
    { name: "nToN", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.CallModel (line 1776) */
export type CallModel = 
  | { choice: "direct"; value: null }
  | { choice: "gatekeeperRouted"; value: null }
  | UnknownAlternative;
export const CallModel: AsnType = {
  kind: "choice",
  root: [
    { name: "direct", type: { kind: "null" } },
    { name: "gatekeeperRouted", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.TransportQOS (line 1783) */
export type TransportQOS = 
  | { choice: "endpointControlled"; value: null }
  | { choice: "gatekeeperControlled"; value: null }
  | { choice: "noControl"; value: null }
  | { choice: "qOSCapabilities"; value: Array<MultimediaSystemControl.QOSCapability> }
  | UnknownAlternative;
export const TransportQOS: AsnType = {
  kind: "choice",
  root: [
    { name: "endpointControlled", type: { kind: "null" } },
    { name: "gatekeeperControlled", type: { kind: "null" } },
    { name: "noControl", type: { kind: "null" } },
  ],
  additions: [
    { name: "qOSCapabilities", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSCapability", get: () => MultimediaSystemControl.QOSCapability }, size: { lb: 1, ub: 256, ext: false } } },
  ],
};

/** H323-MESSAGES.AdmissionConfirm (line 1792) */
export type AdmissionConfirm = {
  requestSeqNum: RequestSeqNum;
  bandWidth: BandWidth;
  callModel: CallModel;
  destCallSignalAddress: TransportAddress;
  irrFrequency?: number;
  nonStandardData?: NonStandardParameter;
  destinationInfo?: Array<AliasAddress>;
  destExtraCallInfo?: Array<AliasAddress>;
  destinationType?: EndpointType;
  remoteExtensionAddress?: Array<AliasAddress>;
  alternateEndpoints?: Array<Endpoint>;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  transportQOS?: TransportQOS;
  willRespondToIRR?: boolean;
  uuiesRequested?: UUIEsRequested;
  language?: Array<string>;
  alternateTransportAddresses?: AlternateTransportAddresses;
  useSpecifiedTransport?: UseSpecifiedTransport;
  circuitInfo?: CircuitInfo;
  usageSpec?: Array<RasUsageSpecification>;
  supportedProtocols?: Array<SupportedProtocols>;
  serviceControl?: Array<ServiceControlSession>;
  multipleCalls?: boolean;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  modifiedSrcInfo?: Array<AliasAddress>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const AdmissionConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "callModel", type: { kind: "ref", name: "H323-MESSAGES.CallModel", get: () => CallModel } },
    { name: "destCallSignalAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "irrFrequency", type: { kind: "integer", lb: 1, ub: 65535 }, optional: true },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "destinationInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destExtraCallInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destinationType", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType }, optional: true },
    { name: "remoteExtensionAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "alternateEndpoints", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "transportQOS", type: { kind: "ref", name: "H323-MESSAGES.TransportQOS", get: () => TransportQOS }, optional: true },
    { name: "willRespondToIRR", type: { kind: "boolean" } },
    { name: "uuiesRequested", type: { kind: "ref", name: "H323-MESSAGES.UUIEsRequested", get: () => UUIEsRequested } },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
    { name: "alternateTransportAddresses", type: { kind: "ref", name: "H323-MESSAGES.AlternateTransportAddresses", get: () => AlternateTransportAddresses }, optional: true },
    { name: "useSpecifiedTransport", type: { kind: "ref", name: "H323-MESSAGES.UseSpecifiedTransport", get: () => UseSpecifiedTransport }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "usageSpec", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.RasUsageSpecification", get: () => RasUsageSpecification } }, optional: true },
    { name: "supportedProtocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "modifiedSrcInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.UUIEsRequested (line 1826) */
export type UUIEsRequested = {
  setup: boolean;
  callProceeding: boolean;
  connect: boolean;
  alerting: boolean;
  information: boolean;
  releaseComplete: boolean;
  facility: boolean;
  progress: boolean;
  empty: boolean;
  status?: boolean;
  statusInquiry?: boolean;
  setupAcknowledge?: boolean;
  notify?: boolean;
  $unknown?: UnknownExtension[];
};
export const UUIEsRequested: AsnType = {
  kind: "sequence",
  root: [
    { name: "setup", type: { kind: "boolean" } },
    { name: "callProceeding", type: { kind: "boolean" } },
    { name: "connect", type: { kind: "boolean" } },
    { name: "alerting", type: { kind: "boolean" } },
    { name: "information", type: { kind: "boolean" } },
    { name: "releaseComplete", type: { kind: "boolean" } },
    { name: "facility", type: { kind: "boolean" } },
    { name: "progress", type: { kind: "boolean" } },
    { name: "empty", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "status", type: { kind: "boolean" } },
    { name: "statusInquiry", type: { kind: "boolean" } },
    { name: "setupAcknowledge", type: { kind: "boolean" } },
    { name: "notify", type: { kind: "boolean" } },
  ],
};

/** H323-MESSAGES.AdmissionReject (line 1844) */
export type AdmissionReject = {
  requestSeqNum: RequestSeqNum;
  rejectReason: AdmissionRejectReason;
  nonStandardData?: NonStandardParameter;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  callSignalAddress?: Array<TransportAddress>;
  integrityCheckValue?: ICV;
  serviceControl?: Array<ServiceControlSession>;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const AdmissionReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.AdmissionRejectReason", get: () => AdmissionRejectReason } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "callSignalAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.AdmissionRejectReason (line 1861) */
export type AdmissionRejectReason = 
  | { choice: "calledPartyNotRegistered"; value: null }
  | { choice: "invalidPermission"; value: null }
  | { choice: "requestDenied"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "callerNotRegistered"; value: null }
  | { choice: "routeCallToGatekeeper"; value: null }
  | { choice: "invalidEndpointIdentifier"; value: null }
  | { choice: "resourceUnavailable"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "qosControlNotSupported"; value: null }
  | { choice: "incompleteAddress"; value: null }
  | { choice: "aliasesInconsistent"; value: null }
  | { choice: "routeCallToSCN"; value: Array<PartyNumber> }
  | { choice: "exceedsCallCapacity"; value: null }
  | { choice: "collectDestination"; value: null }
  | { choice: "collectPIN"; value: null }
  | { choice: "genericDataReason"; value: null }
  | { choice: "neededFeatureNotSupported"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | { choice: "securityDHmismatch"; value: null }
  | { choice: "noRouteToDestination"; value: null }
  | { choice: "unallocatedNumber"; value: null }
  | { choice: "registerWithAssignedGK"; value: null }
  | UnknownAlternative;
export const AdmissionRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "calledPartyNotRegistered", type: { kind: "null" } },
    { name: "invalidPermission", type: { kind: "null" } },
    { name: "requestDenied", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
    { name: "callerNotRegistered", type: { kind: "null" } },
    { name: "routeCallToGatekeeper", type: { kind: "null" } },
    { name: "invalidEndpointIdentifier", type: { kind: "null" } },
    { name: "resourceUnavailable", type: { kind: "null" } },
  ],
  additions: [
    { name: "securityDenial", type: { kind: "null" } },
    { name: "qosControlNotSupported", type: { kind: "null" } },
    { name: "incompleteAddress", type: { kind: "null" } },
    { name: "aliasesInconsistent", type: { kind: "null" } },
    { name: "routeCallToSCN", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.PartyNumber", get: () => PartyNumber } } },
    { name: "exceedsCallCapacity", type: { kind: "null" } },
    { name: "collectDestination", type: { kind: "null" } },
    { name: "collectPIN", type: { kind: "null" } },
    { name: "genericDataReason", type: { kind: "null" } },
    { name: "neededFeatureNotSupported", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
    { name: "securityDHmismatch", type: { kind: "null" } },
    { name: "noRouteToDestination", type: { kind: "null" } },
    { name: "unallocatedNumber", type: { kind: "null" } },
    { name: "registerWithAssignedGK", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.BandwidthRequest (line 1889) */
export type BandwidthRequest = {
  requestSeqNum: RequestSeqNum;
  endpointIdentifier: EndpointIdentifier;
  conferenceID: ConferenceIdentifier;
  callReferenceValue: CallReferenceValue;
  callType?: CallType;
  bandWidth: BandWidth;
  nonStandardData?: NonStandardParameter;
  callIdentifier?: CallIdentifier;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  answeredCall?: boolean;
  callLinkage?: CallLinkage;
  capacity?: CallCapacity;
  usageInformation?: RasUsageInformation;
  bandwidthDetails?: Array<BandwidthDetails>;
  genericData?: Array<GenericData>;
  transportQOS?: TransportQOS;
  $unknown?: UnknownExtension[];
};
export const BandwidthRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier } },
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
    { name: "callReferenceValue", type: { kind: "ref", name: "H323-MESSAGES.CallReferenceValue", get: () => CallReferenceValue } },
    { name: "callType", type: { kind: "ref", name: "H323-MESSAGES.CallType", get: () => CallType }, optional: true },
    { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "answeredCall", type: { kind: "boolean" } },
    { name: "callLinkage", type: { kind: "ref", name: "H323-MESSAGES.CallLinkage", get: () => CallLinkage }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "usageInformation", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInformation", get: () => RasUsageInformation }, optional: true },
    { name: "bandwidthDetails", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.BandwidthDetails", get: () => BandwidthDetails } }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "transportQOS", type: { kind: "ref", name: "H323-MESSAGES.TransportQOS", get: () => TransportQOS }, optional: true },
  ],
};

/** H323-MESSAGES.BandwidthConfirm (line 1913) */
export type BandwidthConfirm = {
  requestSeqNum: RequestSeqNum;
  bandWidth: BandWidth;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  capacity?: CallCapacity;
  genericData?: Array<GenericData>;
  transportQOS?: TransportQOS;
  $unknown?: UnknownExtension[];
};
export const BandwidthConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "transportQOS", type: { kind: "ref", name: "H323-MESSAGES.TransportQOS", get: () => TransportQOS }, optional: true },
  ],
};

/** H323-MESSAGES.BandwidthReject (line 1927) */
export type BandwidthReject = {
  requestSeqNum: RequestSeqNum;
  rejectReason: BandRejectReason;
  allowedBandWidth: BandWidth;
  nonStandardData?: NonStandardParameter;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const BandwidthReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.BandRejectReason", get: () => BandRejectReason } },
    { name: "allowedBandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.BandRejectReason (line 1941) */
export type BandRejectReason = 
  | { choice: "notBound"; value: null }
  | { choice: "invalidConferenceID"; value: null }
  | { choice: "invalidPermission"; value: null }
  | { choice: "insufficientResources"; value: null }
  | { choice: "invalidRevision"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const BandRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "notBound", type: { kind: "null" } },
    { name: "invalidConferenceID", type: { kind: "null" } },
    { name: "invalidPermission", type: { kind: "null" } },
    { name: "insufficientResources", type: { kind: "null" } },
    { name: "invalidRevision", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "securityDenial", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
  ],
};

/** H323-MESSAGES.LocationRequest (line 1954) */
export type LocationRequest = {
  requestSeqNum: RequestSeqNum;
  endpointIdentifier?: EndpointIdentifier;
  destinationInfo: Array<AliasAddress>;
  nonStandardData?: NonStandardParameter;
  replyAddress: TransportAddress;
  sourceInfo?: Array<AliasAddress>;
  canMapAlias?: boolean;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  desiredProtocols?: Array<SupportedProtocols>;
  desiredTunnelledProtocol?: TunnelledProtocol;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  hopCount?: number;
  circuitInfo?: CircuitInfo;
  callIdentifier?: CallIdentifier;
  bandWidth?: BandWidth;
  sourceEndpointInfo?: Array<AliasAddress>;
  canMapSrcAlias?: boolean;
  language?: Array<string>;
  $unknown?: UnknownExtension[];
};
export const LocationRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier }, optional: true },
    { name: "destinationInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "replyAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
  ],
  additions: [
    { name: "sourceInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "canMapAlias", type: { kind: "boolean" } },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "desiredProtocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
    { name: "desiredTunnelledProtocol", type: { kind: "ref", name: "H323-MESSAGES.TunnelledProtocol", get: () => TunnelledProtocol }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "hopCount", type: { kind: "integer", lb: 1, ub: 255 }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier }, optional: true },
    { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth }, optional: true },
    { name: "sourceEndpointInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "canMapSrcAlias", type: { kind: "boolean" } },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
  ],
};

/** H323-MESSAGES.LocationConfirm (line 1981) */
export type LocationConfirm = {
  requestSeqNum: RequestSeqNum;
  callSignalAddress: TransportAddress;
  rasAddress: TransportAddress;
  nonStandardData?: NonStandardParameter;
  destinationInfo?: Array<AliasAddress>;
  destExtraCallInfo?: Array<AliasAddress>;
  destinationType?: EndpointType;
  remoteExtensionAddress?: Array<AliasAddress>;
  alternateEndpoints?: Array<Endpoint>;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  alternateTransportAddresses?: AlternateTransportAddresses;
  supportedProtocols?: Array<SupportedProtocols>;
  multipleCalls?: boolean;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  circuitInfo?: CircuitInfo;
  serviceControl?: Array<ServiceControlSession>;
  modifiedSrcInfo?: Array<AliasAddress>;
  bandWidth?: BandWidth;
  language?: Array<string>;
  $unknown?: UnknownExtension[];
};
export const LocationConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "callSignalAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "rasAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "destinationInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destExtraCallInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "destinationType", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType }, optional: true },
    { name: "remoteExtensionAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "alternateEndpoints", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.Endpoint", get: () => Endpoint } }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "alternateTransportAddresses", type: { kind: "ref", name: "H323-MESSAGES.AlternateTransportAddresses", get: () => AlternateTransportAddresses }, optional: true },
    { name: "supportedProtocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } }, optional: true },
    { name: "multipleCalls", type: { kind: "boolean" }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "modifiedSrcInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth }, optional: true },
    { name: "language", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 32, ext: false }, bits: 8, indexed: false } }, optional: true },
  ],
};

/** H323-MESSAGES.LocationReject (line 2009) */
export type LocationReject = {
  requestSeqNum: RequestSeqNum;
  rejectReason: LocationRejectReason;
  nonStandardData?: NonStandardParameter;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  serviceControl?: Array<ServiceControlSession>;
  $unknown?: UnknownExtension[];
};
export const LocationReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.LocationRejectReason", get: () => LocationRejectReason } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
  ],
};

/** H323-MESSAGES.LocationRejectReason (line 2024) */
export type LocationRejectReason = 
  | { choice: "notRegistered"; value: null }
  | { choice: "invalidPermission"; value: null }
  | { choice: "requestDenied"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "aliasesInconsistent"; value: null }
  | { choice: "routeCalltoSCN"; value: Array<PartyNumber> }
  | { choice: "resourceUnavailable"; value: null }
  | { choice: "genericDataReason"; value: null }
  | { choice: "neededFeatureNotSupported"; value: null }
  | { choice: "hopCountExceeded"; value: null }
  | { choice: "incompleteAddress"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | { choice: "securityDHmismatch"; value: null }
  | { choice: "noRouteToDestination"; value: null }
  | { choice: "unallocatedNumber"; value: null }
  | UnknownAlternative;
export const LocationRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "notRegistered", type: { kind: "null" } },
    { name: "invalidPermission", type: { kind: "null" } },
    { name: "requestDenied", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "securityDenial", type: { kind: "null" } },
    { name: "aliasesInconsistent", type: { kind: "null" } },
    { name: "routeCalltoSCN", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.PartyNumber", get: () => PartyNumber } } },
    { name: "resourceUnavailable", type: { kind: "null" } },
    { name: "genericDataReason", type: { kind: "null" } },
    { name: "neededFeatureNotSupported", type: { kind: "null" } },
    { name: "hopCountExceeded", type: { kind: "null" } },
    { name: "incompleteAddress", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
    { name: "securityDHmismatch", type: { kind: "null" } },
    { name: "noRouteToDestination", type: { kind: "null" } },
    { name: "unallocatedNumber", type: { kind: "null" } },
  ],
};

/** H323-MESSAGES.DisengageRequest (line 2045) */
export type DisengageRequest = {
  requestSeqNum: RequestSeqNum;
  endpointIdentifier: EndpointIdentifier;
  conferenceID: ConferenceIdentifier;
  callReferenceValue: CallReferenceValue;
  disengageReason: DisengageReason;
  nonStandardData?: NonStandardParameter;
  callIdentifier?: CallIdentifier;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  answeredCall?: boolean;
  callLinkage?: CallLinkage;
  capacity?: CallCapacity;
  circuitInfo?: CircuitInfo;
  usageInformation?: RasUsageInformation;
  terminationCause?: CallTerminationCause;
  serviceControl?: Array<ServiceControlSession>;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const DisengageRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier } },
    { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
    { name: "callReferenceValue", type: { kind: "ref", name: "H323-MESSAGES.CallReferenceValue", get: () => CallReferenceValue } },
    { name: "disengageReason", type: { kind: "ref", name: "H323-MESSAGES.DisengageReason", get: () => DisengageReason } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "gatekeeperIdentifier", type: { kind: "ref", name: "H323-MESSAGES.GatekeeperIdentifier", get: () => GatekeeperIdentifier }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "answeredCall", type: { kind: "boolean" } },
    { name: "callLinkage", type: { kind: "ref", name: "H323-MESSAGES.CallLinkage", get: () => CallLinkage }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "usageInformation", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInformation", get: () => RasUsageInformation }, optional: true },
    { name: "terminationCause", type: { kind: "ref", name: "H323-MESSAGES.CallTerminationCause", get: () => CallTerminationCause }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.DisengageReason (line 2069) */
export type DisengageReason = 
  | { choice: "forcedDrop"; value: null }
  | { choice: "normalDrop"; value: null }
  | { choice: "undefinedReason"; value: null }
  | UnknownAlternative;
export const DisengageReason: AsnType = {
  kind: "choice",
  root: [
    { name: "forcedDrop", type: { kind: "null" } },
    { name: "normalDrop", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.DisengageConfirm (line 2077) */
export type DisengageConfirm = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  capacity?: CallCapacity;
  circuitInfo?: CircuitInfo;
  usageInformation?: RasUsageInformation;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const DisengageConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
    { name: "usageInformation", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInformation", get: () => RasUsageInformation }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.DisengageReject (line 2092) */
export type DisengageReject = {
  requestSeqNum: RequestSeqNum;
  rejectReason: DisengageRejectReason;
  nonStandardData?: NonStandardParameter;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const DisengageReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "rejectReason", type: { kind: "ref", name: "H323-MESSAGES.DisengageRejectReason", get: () => DisengageRejectReason } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.DisengageRejectReason (line 2105) */
export type DisengageRejectReason = 
  | { choice: "notRegistered"; value: null }
  | { choice: "requestToDropOther"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const DisengageRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "notRegistered", type: { kind: "null" } },
    { name: "requestToDropOther", type: { kind: "null" } },
  ],
  additions: [
    { name: "securityDenial", type: { kind: "null" } },
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
  ],
};

/** H323-MESSAGES.InfoRequest (line 2114) */
export type InfoRequest = {
  requestSeqNum: RequestSeqNum;
  callReferenceValue: CallReferenceValue;
  nonStandardData?: NonStandardParameter;
  replyAddress?: TransportAddress;
  callIdentifier?: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  uuiesRequested?: UUIEsRequested;
  callLinkage?: CallLinkage;
  usageInfoRequested?: RasUsageInfoTypes;
  segmentedResponseSupported?: null;
  nextSegmentRequested?: number;
  capacityInfoRequested?: null;
  genericData?: Array<GenericData>;
  assignedGatekeeper?: AlternateGK;
  $unknown?: UnknownExtension[];
};
export const InfoRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "callReferenceValue", type: { kind: "ref", name: "H323-MESSAGES.CallReferenceValue", get: () => CallReferenceValue } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "replyAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress }, optional: true },
  ],
  additions: [
    { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "uuiesRequested", type: { kind: "ref", name: "H323-MESSAGES.UUIEsRequested", get: () => UUIEsRequested }, optional: true },
    { name: "callLinkage", type: { kind: "ref", name: "H323-MESSAGES.CallLinkage", get: () => CallLinkage }, optional: true },
    { name: "usageInfoRequested", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInfoTypes", get: () => RasUsageInfoTypes }, optional: true },
    { name: "segmentedResponseSupported", type: { kind: "null" }, optional: true },
    { name: "nextSegmentRequested", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
    { name: "capacityInfoRequested", type: { kind: "null" }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
    { name: "assignedGatekeeper", type: { kind: "ref", name: "H323-MESSAGES.AlternateGK", get: () => AlternateGK }, optional: true },
  ],
};

/** H323-MESSAGES.InfoRequestResponse (line 2135) */
export type InfoRequestResponse = {
  nonStandardData?: NonStandardParameter;
  requestSeqNum: RequestSeqNum;
  endpointType: EndpointType;
  endpointIdentifier: EndpointIdentifier;
  rasAddress: TransportAddress;
  callSignalAddress: Array<TransportAddress>;
  endpointAlias?: Array<AliasAddress>;
  perCallInfo?: Array<{
    nonStandardData?: NonStandardParameter;
    callReferenceValue: CallReferenceValue;
    conferenceID: ConferenceIdentifier;
    originator?: boolean;
    audio?: Array<RTPSession>;
    video?: Array<RTPSession>;
    data?: Array<TransportChannelInfo>;
    h245: TransportChannelInfo;
    callSignaling: TransportChannelInfo;
    callType: CallType;
    bandWidth: BandWidth;
    callModel: CallModel;
    callIdentifier?: CallIdentifier;
    tokens?: Array<H235SecurityMessages.ClearToken>;
    cryptoTokens?: Array<CryptoH323Token>;
    substituteConfIDs?: Array<ConferenceIdentifier>;
    pdu?: Array<{
      h323pdu: H323UUPDU;
      sent: boolean;
    }>;
    callLinkage?: CallLinkage;
    usageInformation?: RasUsageInformation;
    circuitInfo?: CircuitInfo;
    $unknown?: UnknownExtension[];
  }>;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  needResponse?: boolean;
  capacity?: CallCapacity;
  irrStatus?: InfoRequestResponseStatus;
  unsolicited?: boolean;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const InfoRequestResponse: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "endpointType", type: { kind: "ref", name: "H323-MESSAGES.EndpointType", get: () => EndpointType } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier } },
    { name: "rasAddress", type: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } },
    { name: "callSignalAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportAddress", get: () => TransportAddress } } },
    { name: "endpointAlias", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.AliasAddress", get: () => AliasAddress } }, optional: true },
    { name: "perCallInfo", type: { kind: "sequenceOf", item: {
      kind: "sequence",
      root: [
        { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
        { name: "callReferenceValue", type: { kind: "ref", name: "H323-MESSAGES.CallReferenceValue", get: () => CallReferenceValue } },
        { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
        { name: "originator", type: { kind: "boolean" }, optional: true },
        { name: "audio", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.RTPSession", get: () => RTPSession } }, optional: true },
        { name: "video", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.RTPSession", get: () => RTPSession } }, optional: true },
        { name: "data", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.TransportChannelInfo", get: () => TransportChannelInfo } }, optional: true },
        { name: "h245", type: { kind: "ref", name: "H323-MESSAGES.TransportChannelInfo", get: () => TransportChannelInfo } },
        { name: "callSignaling", type: { kind: "ref", name: "H323-MESSAGES.TransportChannelInfo", get: () => TransportChannelInfo } },
        { name: "callType", type: { kind: "ref", name: "H323-MESSAGES.CallType", get: () => CallType } },
        { name: "bandWidth", type: { kind: "ref", name: "H323-MESSAGES.BandWidth", get: () => BandWidth } },
        { name: "callModel", type: { kind: "ref", name: "H323-MESSAGES.CallModel", get: () => CallModel } },
      ],
      additions: [
        { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
        { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
        { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
        { name: "substituteConfIDs", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } } },
        { name: "pdu", type: { kind: "sequenceOf", item: {
          kind: "sequence",
          root: [
            { name: "h323pdu", type: { kind: "ref", name: "H323-MESSAGES.H323-UU-PDU", get: () => H323UUPDU } },
            { name: "sent", type: { kind: "boolean" } },
          ],
        } }, optional: true },
        { name: "callLinkage", type: { kind: "ref", name: "H323-MESSAGES.CallLinkage", get: () => CallLinkage }, optional: true },
        { name: "usageInformation", type: { kind: "ref", name: "H323-MESSAGES.RasUsageInformation", get: () => RasUsageInformation }, optional: true },
        { name: "circuitInfo", type: { kind: "ref", name: "H323-MESSAGES.CircuitInfo", get: () => CircuitInfo }, optional: true },
      ],
    } }, optional: true },
  ],
  additions: [
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "needResponse", type: { kind: "boolean" } },
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "irrStatus", type: { kind: "ref", name: "H323-MESSAGES.InfoRequestResponseStatus", get: () => InfoRequestResponseStatus }, optional: true },
    { name: "unsolicited", type: { kind: "boolean" } },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.InfoRequestResponseStatus (line 2183) */
export type InfoRequestResponseStatus = 
  | { choice: "complete"; value: null }
  | { choice: "incomplete"; value: null }
  | { choice: "segment"; value: number }
  | { choice: "invalidCall"; value: null }
  | UnknownAlternative;
export const InfoRequestResponseStatus: AsnType = {
  kind: "choice",
  root: [
    { name: "complete", type: { kind: "null" } },
    { name: "incomplete", type: { kind: "null" } },
    { name: "segment", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "invalidCall", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.InfoRequestAck (line 2192) */
export type InfoRequestAck = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  $unknown?: UnknownExtension[];
};
export const InfoRequestAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.InfoRequestNak (line 2202) */
export type InfoRequestNak = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  nakReason: InfoRequestNakReason;
  altGKInfo?: AltGKInfo;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  $unknown?: UnknownExtension[];
};
export const InfoRequestNak: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "nakReason", type: { kind: "ref", name: "H323-MESSAGES.InfoRequestNakReason", get: () => InfoRequestNakReason } },
    { name: "altGKInfo", type: { kind: "ref", name: "H323-MESSAGES.AltGKInfo", get: () => AltGKInfo }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.InfoRequestNakReason (line 2214) */
export type InfoRequestNakReason = 
  | { choice: "notRegistered"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const InfoRequestNakReason: AsnType = {
  kind: "choice",
  root: [
    { name: "notRegistered", type: { kind: "null" } },
    { name: "securityDenial", type: { kind: "null" } },
    { name: "undefinedReason", type: { kind: "null" } },
  ],
  additions: [
    { name: "securityError", type: { kind: "ref", name: "H323-MESSAGES.SecurityErrors2", get: () => SecurityErrors2 } },
  ],
};

/** H323-MESSAGES.NonStandardMessage (line 2223) */
export type NonStandardMessage = {
  requestSeqNum: RequestSeqNum;
  nonStandardData: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const NonStandardMessage: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
  ],
  additions: [
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.UnknownMessageResponse (line 2235) */
export type UnknownMessageResponse = {
  requestSeqNum: RequestSeqNum;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  messageNotUnderstood?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const UnknownMessageResponse: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
  ],
  additions: [
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "messageNotUnderstood", type: { kind: "octetString" } },
  ],
};

/** H323-MESSAGES.RequestInProgress (line 2245) */
export type RequestInProgress = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  delay: number;
  $unknown?: UnknownExtension[];
};
export const RequestInProgress: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "delay", type: { kind: "integer", lb: 1, ub: 65535 } },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ResourcesAvailableIndicate (line 2256) */
export type ResourcesAvailableIndicate = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  endpointIdentifier: EndpointIdentifier;
  protocols: Array<SupportedProtocols>;
  almostOutOfResources: boolean;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  capacity?: CallCapacity;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const ResourcesAvailableIndicate: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier } },
    { name: "protocols", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.SupportedProtocols", get: () => SupportedProtocols } } },
    { name: "almostOutOfResources", type: { kind: "boolean" } },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
  ],
  additions: [
    { name: "capacity", type: { kind: "ref", name: "H323-MESSAGES.CallCapacity", get: () => CallCapacity }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.ResourcesAvailableConfirm (line 2272) */
export type ResourcesAvailableConfirm = {
  requestSeqNum: RequestSeqNum;
  protocolIdentifier: ProtocolIdentifier;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const ResourcesAvailableConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "protocolIdentifier", type: { kind: "ref", name: "H323-MESSAGES.ProtocolIdentifier", get: () => ProtocolIdentifier } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
  ],
  additions: [
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
};

/** H323-MESSAGES.ServiceControlIndication (line 2284) */
export type ServiceControlIndication = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  serviceControl: Array<ServiceControlSession>;
  endpointIdentifier?: EndpointIdentifier;
  callSpecific?: {
    callIdentifier: CallIdentifier;
    conferenceID: ConferenceIdentifier;
    answeredCall: boolean;
    $unknown?: UnknownExtension[];
  };
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const ServiceControlIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "serviceControl", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.ServiceControlSession", get: () => ServiceControlSession } } },
    { name: "endpointIdentifier", type: { kind: "ref", name: "H323-MESSAGES.EndpointIdentifier", get: () => EndpointIdentifier }, optional: true },
    { name: "callSpecific", type: {
      kind: "sequence",
      root: [
        { name: "callIdentifier", type: { kind: "ref", name: "H323-MESSAGES.CallIdentifier", get: () => CallIdentifier } },
        { name: "conferenceID", type: { kind: "ref", name: "H323-MESSAGES.ConferenceIdentifier", get: () => ConferenceIdentifier } },
        { name: "answeredCall", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
  additions: [
  ],
};

/** H323-MESSAGES.ServiceControlResponse (line 2305) */
export type ServiceControlResponse = {
  requestSeqNum: RequestSeqNum;
  result?: 
    | { choice: "started"; value: null }
    | { choice: "failed"; value: null }
    | { choice: "stopped"; value: null }
    | { choice: "notAvailable"; value: null }
    | { choice: "neededFeatureNotSupported"; value: null }
    | UnknownAlternative;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  featureSet?: FeatureSet;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const ServiceControlResponse: AsnType = {
  kind: "sequence",
  root: [
    { name: "requestSeqNum", type: { kind: "ref", name: "H323-MESSAGES.RequestSeqNum", get: () => RequestSeqNum } },
    { name: "result", type: {
      kind: "choice",
      root: [
        { name: "started", type: { kind: "null" } },
        { name: "failed", type: { kind: "null" } },
        { name: "stopped", type: { kind: "null" } },
        { name: "notAvailable", type: { kind: "null" } },
        { name: "neededFeatureNotSupported", type: { kind: "null" } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "nonStandardData", type: { kind: "ref", name: "H323-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "tokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => H235SecurityMessages.ClearToken } }, optional: true },
    { name: "cryptoTokens", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.CryptoH323Token", get: () => CryptoH323Token } }, optional: true },
    { name: "integrityCheckValue", type: { kind: "ref", name: "H323-MESSAGES.ICV", get: () => ICV }, optional: true },
    { name: "featureSet", type: { kind: "ref", name: "H323-MESSAGES.FeatureSet", get: () => FeatureSet }, optional: true },
    { name: "genericData", type: { kind: "sequenceOf", item: { kind: "ref", name: "H323-MESSAGES.GenericData", get: () => GenericData } }, optional: true },
  ],
  additions: [
  ],
};
