// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module H323-MESSAGES

import type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "../descriptor.js";
import { bits, bool, chars, choice, enumerated, f, int, nul, octets, oid, openType, ref, seq, seqOf, size } from "../descriptor-builders.js";
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
export const H323UserInformation: AsnType = seq([
  f("h323-uu-pdu", ref("H323-MESSAGES.H323-UU-PDU", () => H323UUPDU)),
  f("user-data", seq([
    f("protocol-discriminator", int(0, 255)),
    f("user-information", octets(size(1, 131, false))),
  ], []), true),
], []);

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
export const H323UUPDU: AsnType = seq([
  f("h323-message-body", choice([
    f("setup", ref("H323-MESSAGES.Setup-UUIE", () => SetupUUIE)),
    f("callProceeding", ref("H323-MESSAGES.CallProceeding-UUIE", () => CallProceedingUUIE)),
    f("connect", ref("H323-MESSAGES.Connect-UUIE", () => ConnectUUIE)),
    f("alerting", ref("H323-MESSAGES.Alerting-UUIE", () => AlertingUUIE)),
    f("information", ref("H323-MESSAGES.Information-UUIE", () => InformationUUIE)),
    f("releaseComplete", ref("H323-MESSAGES.ReleaseComplete-UUIE", () => ReleaseCompleteUUIE)),
    f("facility", ref("H323-MESSAGES.Facility-UUIE", () => FacilityUUIE)),
  ], [
    f("progress", ref("H323-MESSAGES.Progress-UUIE", () => ProgressUUIE)),
    f("empty", nul),
    f("status", ref("H323-MESSAGES.Status-UUIE", () => StatusUUIE)),
    f("statusInquiry", ref("H323-MESSAGES.StatusInquiry-UUIE", () => StatusInquiryUUIE)),
    f("setupAcknowledge", ref("H323-MESSAGES.SetupAcknowledge-UUIE", () => SetupAcknowledgeUUIE)),
    f("notify", ref("H323-MESSAGES.Notify-UUIE", () => NotifyUUIE)),
  ])),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("h4501SupplementaryService", seqOf(octets()), true),
  f("h245Tunneling", bool),
  f("h245Control", seqOf(octets()), true),
  f("nonStandardControl", seqOf(ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)), true),
  f("callLinkage", ref("H323-MESSAGES.CallLinkage", () => CallLinkage), true),
  f("tunnelledSignallingMessage", seq([
    f("tunnelledProtocolID", ref("H323-MESSAGES.TunnelledProtocol", () => TunnelledProtocol)),
    f("messageContent", seqOf(octets())),
    f("tunnellingRequired", nul, true),
    f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  ], []), true),
  f("provisionalRespToH245Tunneling", nul, true),
  f("stimulusControl", ref("H323-MESSAGES.StimulusControl", () => StimulusControl), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

/** H323-MESSAGES.StimulusControl (line 93) */
export type StimulusControl = {
  nonStandard?: NonStandardParameter;
  isText?: null;
  h248Message?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const StimulusControl: AsnType = seq([
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("isText", nul, true),
  f("h248Message", octets(), true),
], []);

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
export const AlertingUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("h245Address", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("h245SecurityMode", ref("H323-MESSAGES.H245Security", () => H245Security), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("fastStart", seqOf(octets()), true),
  f("multipleCalls", bool),
  f("maintainConnection", bool),
  f("alertingAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("presentationIndicator", ref("H323-MESSAGES.PresentationIndicator", () => PresentationIndicator), true),
  f("screeningIndicator", ref("H323-MESSAGES.ScreeningIndicator", () => ScreeningIndicator), true),
  f("fastConnectRefused", nul, true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("displayName", seqOf(ref("H323-MESSAGES.DisplayName", () => DisplayName)), true),
]);

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
export const CallProceedingUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("h245Address", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("h245SecurityMode", ref("H323-MESSAGES.H245Security", () => H245Security), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("fastStart", seqOf(octets()), true),
  f("multipleCalls", bool),
  f("maintainConnection", bool),
  f("fastConnectRefused", nul, true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
]);

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
export const ConnectUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("h245Address", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("h245SecurityMode", ref("H323-MESSAGES.H245Security", () => H245Security), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("fastStart", seqOf(octets()), true),
  f("multipleCalls", bool),
  f("maintainConnection", bool),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
  f("connectedAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("presentationIndicator", ref("H323-MESSAGES.PresentationIndicator", () => PresentationIndicator), true),
  f("screeningIndicator", ref("H323-MESSAGES.ScreeningIndicator", () => ScreeningIndicator), true),
  f("fastConnectRefused", nul, true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("displayName", seqOf(ref("H323-MESSAGES.DisplayName", () => DisplayName)), true),
]);

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
export const InformationUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("fastStart", seqOf(octets()), true),
  f("fastConnectRefused", nul, true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
]);

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
export const ReleaseCompleteUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("reason", ref("H323-MESSAGES.ReleaseCompleteReason", () => ReleaseCompleteReason), true),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("busyAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("presentationIndicator", ref("H323-MESSAGES.PresentationIndicator", () => PresentationIndicator), true),
  f("screeningIndicator", ref("H323-MESSAGES.ScreeningIndicator", () => ScreeningIndicator), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType), true),
  f("displayName", seqOf(ref("H323-MESSAGES.DisplayName", () => DisplayName)), true),
]);

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
export const ReleaseCompleteReason: AsnType = choice([
  f("noBandwidth", nul),
  f("gatekeeperResources", nul),
  f("unreachableDestination", nul),
  f("destinationRejection", nul),
  f("invalidRevision", nul),
  f("noPermission", nul),
  f("unreachableGatekeeper", nul),
  f("gatewayResources", nul),
  f("badFormatAddress", nul),
  f("adaptiveBusy", nul),
  f("inConf", nul),
  f("undefinedReason", nul),
], [
  f("facilityCallDeflection", nul),
  f("securityDenied", nul),
  f("calledPartyNotRegistered", nul),
  f("callerNotRegistered", nul),
  f("newConnectionNeeded", nul),
  f("nonStandardReason", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("replaceWithConferenceInvite", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
  f("genericDataReason", nul),
  f("neededFeatureNotSupported", nul),
  f("tunnelledSignallingRejected", nul),
  f("invalidCID", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors", () => SecurityErrors)),
  f("hopCountExceeded", nul),
]);

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
export const SetupUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("h245Address", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("sourceAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("sourceInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("destinationAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destCallSignalAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("destExtraCallInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destExtraCRV", seqOf(ref("H323-MESSAGES.CallReferenceValue", () => CallReferenceValue)), true),
  f("activeMC", bool),
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
  f("conferenceGoal", choice([
    f("create", nul),
    f("join", nul),
    f("invite", nul),
  ], [
    f("capability-negotiation", nul),
    f("callIndependentSupplementaryService", nul),
  ])),
  f("callServices", ref("H323-MESSAGES.QseriesOptions", () => QseriesOptions), true),
  f("callType", ref("H323-MESSAGES.CallType", () => CallType)),
], [
  f("sourceCallSignalAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("remoteExtensionAddress", ref("H323-MESSAGES.AliasAddress", () => AliasAddress), true),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("h245SecurityCapability", seqOf(ref("H323-MESSAGES.H245Security", () => H245Security)), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("fastStart", seqOf(octets()), true),
  f("mediaWaitForConnect", bool),
  f("canOverlapSend", bool),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier), true),
  f("multipleCalls", bool),
  f("maintainConnection", bool),
  f("connectionParameters", seq([
    f("connectionType", ref("H323-MESSAGES.ScnConnectionType", () => ScnConnectionType)),
    f("numberOfScnConnections", int(0, 65535)),
    f("connectionAggregation", ref("H323-MESSAGES.ScnConnectionAggregation", () => ScnConnectionAggregation)),
  ], []), true),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
  f("presentationIndicator", ref("H323-MESSAGES.PresentationIndicator", () => PresentationIndicator), true),
  f("screeningIndicator", ref("H323-MESSAGES.ScreeningIndicator", () => ScreeningIndicator), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("symmetricOperationRequired", nul, true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("desiredProtocols", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
  f("neededFeatures", seqOf(ref("H323-MESSAGES.FeatureDescriptor", () => FeatureDescriptor)), true),
  f("desiredFeatures", seqOf(ref("H323-MESSAGES.FeatureDescriptor", () => FeatureDescriptor)), true),
  f("supportedFeatures", seqOf(ref("H323-MESSAGES.FeatureDescriptor", () => FeatureDescriptor)), true),
  f("parallelH245Control", seqOf(octets()), true),
  f("additionalSourceAddresses", seqOf(ref("H323-MESSAGES.ExtendedAliasAddress", () => ExtendedAliasAddress)), true),
  f("hopCount", int(1, 31), true),
  f("displayName", seqOf(ref("H323-MESSAGES.DisplayName", () => DisplayName)), true),
]);

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
export const ScnConnectionType: AsnType = choice([
  f("unknown", nul),
  f("bChannel", nul),
  f("hybrid2x64", nul),
  f("hybrid384", nul),
  f("hybrid1536", nul),
  f("hybrid1920", nul),
  f("multirate", nul),
], []);

/** H323-MESSAGES.ScnConnectionAggregation (line 309) */
export type ScnConnectionAggregation = 
  | { choice: "auto"; value: null }
  | { choice: "none"; value: null }
  | { choice: "h221"; value: null }
  | { choice: "bonded-mode1"; value: null }
  | { choice: "bonded-mode2"; value: null }
  | { choice: "bonded-mode3"; value: null }
  | UnknownAlternative;
export const ScnConnectionAggregation: AsnType = choice([
  f("auto", nul),
  f("none", nul),
  f("h221", nul),
  f("bonded-mode1", nul),
  f("bonded-mode2", nul),
  f("bonded-mode3", nul),
], []);

/** H323-MESSAGES.PresentationIndicator (line 322) */
export type PresentationIndicator = 
  | { choice: "presentationAllowed"; value: null }
  | { choice: "presentationRestricted"; value: null }
  | { choice: "addressNotAvailable"; value: null }
  | UnknownAlternative;
export const PresentationIndicator: AsnType = choice([
  f("presentationAllowed", nul),
  f("presentationRestricted", nul),
  f("addressNotAvailable", nul),
], []);

/** H323-MESSAGES.ScreeningIndicator (line 330) */
export type ScreeningIndicator = "userProvidedNotScreened" | "userProvidedVerifiedAndPassed" | "userProvidedVerifiedAndFailed" | "networkProvided" | `$unknown:${number}`;
export const ScreeningIndicator: AsnType = enumerated(["userProvidedNotScreened","userProvidedVerifiedAndPassed","userProvidedVerifiedAndFailed","networkProvided"], []);

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
export const FacilityUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("alternativeAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("alternativeAliasAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier), true),
  f("reason", ref("H323-MESSAGES.FacilityReason", () => FacilityReason)),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("destExtraCallInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("remoteExtensionAddress", ref("H323-MESSAGES.AliasAddress", () => AliasAddress), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("conferences", seqOf(ref("H323-MESSAGES.ConferenceList", () => ConferenceList)), true),
  f("h245Address", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("fastStart", seqOf(octets()), true),
  f("multipleCalls", bool),
  f("maintainConnection", bool),
  f("fastConnectRefused", nul, true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType), true),
  f("h245SecurityMode", ref("H323-MESSAGES.H245Security", () => H245Security), true),
]);

/** H323-MESSAGES.ConferenceList (line 375) */
export type ConferenceList = {
  conferenceID?: ConferenceIdentifier;
  conferenceAlias?: AliasAddress;
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const ConferenceList: AsnType = seq([
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier), true),
  f("conferenceAlias", ref("H323-MESSAGES.AliasAddress", () => AliasAddress), true),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], []);

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
export const FacilityReason: AsnType = choice([
  f("routeCallToGatekeeper", nul),
  f("callForwarded", nul),
  f("routeCallToMC", nul),
  f("undefinedReason", nul),
], [
  f("conferenceListChoice", nul),
  f("startH245", nul),
  f("noH245", nul),
  f("newTokens", nul),
  f("featureSetUpdate", nul),
  f("forwardedElements", nul),
  f("transportedInformation", nul),
]);

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
export const ProgressUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("h245Address", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("h245SecurityMode", ref("H323-MESSAGES.H245Security", () => H245Security), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("fastStart", seqOf(octets()), true),
], [
  f("multipleCalls", bool),
  f("maintainConnection", bool),
  f("fastConnectRefused", nul, true),
]);

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
export const TransportAddress: AsnType = choice([
  f("ipAddress", seq([
    f("ip", octets(size(4, 4, false))),
    f("port", int(0, 65535)),
  ])),
  f("ipSourceRoute", seq([
    f("ip", octets(size(4, 4, false))),
    f("port", int(0, 65535)),
    f("route", seqOf(octets(size(4, 4, false)))),
    f("routing", choice([
      f("strict", nul),
      f("loose", nul),
    ], [])),
  ], [])),
  f("ipxAddress", seq([
    f("node", octets(size(6, 6, false))),
    f("netnum", octets(size(4, 4, false))),
    f("port", octets(size(2, 2, false))),
  ])),
  f("ip6Address", seq([
    f("ip", octets(size(16, 16, false))),
    f("port", int(0, 65535)),
  ], [])),
  f("netBios", octets(size(16, 16, false))),
  f("nsap", octets(size(1, 20, false))),
  f("nonStandardAddress", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
], []);

/** H323-MESSAGES.Status-UUIE (line 454) */
export type StatusUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  $unknown?: UnknownExtension[];
};
export const StatusUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
], []);

/** H323-MESSAGES.StatusInquiry-UUIE (line 463) */
export type StatusInquiryUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  $unknown?: UnknownExtension[];
};
export const StatusInquiryUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
], []);

/** H323-MESSAGES.SetupAcknowledge-UUIE (line 472) */
export type SetupAcknowledgeUUIE = {
  protocolIdentifier: ProtocolIdentifier;
  callIdentifier: CallIdentifier;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  $unknown?: UnknownExtension[];
};
export const SetupAcknowledgeUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
], []);

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
export const NotifyUUIE: AsnType = seq([
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
], [
  f("connectedAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("presentationIndicator", ref("H323-MESSAGES.PresentationIndicator", () => PresentationIndicator), true),
  f("screeningIndicator", ref("H323-MESSAGES.ScreeningIndicator", () => ScreeningIndicator), true),
  f("destinationInfo", ref("H323-MESSAGES.EndpointType", () => EndpointType), true),
  f("displayName", seqOf(ref("H323-MESSAGES.DisplayName", () => DisplayName)), true),
]);

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
export const EndpointType: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("vendor", ref("H323-MESSAGES.VendorIdentifier", () => VendorIdentifier), true),
  f("gatekeeper", ref("H323-MESSAGES.GatekeeperInfo", () => GatekeeperInfo), true),
  f("gateway", ref("H323-MESSAGES.GatewayInfo", () => GatewayInfo), true),
  f("mcu", ref("H323-MESSAGES.McuInfo", () => McuInfo), true),
  f("terminal", ref("H323-MESSAGES.TerminalInfo", () => TerminalInfo), true),
  f("mc", bool),
  f("undefinedNode", bool),
], [
  f("set", bits(size(32, 32, false)), true),
  f("supportedTunnelledProtocols", seqOf(ref("H323-MESSAGES.TunnelledProtocol", () => TunnelledProtocol)), true),
]);

/** H323-MESSAGES.GatewayInfo (line 516) */
export type GatewayInfo = {
  protocol?: Array<SupportedProtocols>;
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const GatewayInfo: AsnType = seq([
  f("protocol", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], []);

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
export const SupportedProtocols: AsnType = choice([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("h310", ref("H323-MESSAGES.H310Caps", () => H310Caps)),
  f("h320", ref("H323-MESSAGES.H320Caps", () => H320Caps)),
  f("h321", ref("H323-MESSAGES.H321Caps", () => H321Caps)),
  f("h322", ref("H323-MESSAGES.H322Caps", () => H322Caps)),
  f("h323", ref("H323-MESSAGES.H323Caps", () => H323Caps)),
  f("h324", ref("H323-MESSAGES.H324Caps", () => H324Caps)),
  f("voice", ref("H323-MESSAGES.VoiceCaps", () => VoiceCaps)),
  f("t120-only", ref("H323-MESSAGES.T120OnlyCaps", () => T120OnlyCaps)),
], [
  f("nonStandardProtocol", ref("H323-MESSAGES.NonStandardProtocol", () => NonStandardProtocol)),
  f("t38FaxAnnexbOnly", ref("H323-MESSAGES.T38FaxAnnexbOnlyCaps", () => T38FaxAnnexbOnlyCaps)),
  f("sip", ref("H323-MESSAGES.SIPCaps", () => SIPCaps)),
]);

/** H323-MESSAGES.H310Caps (line 540) */
export type H310Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H310Caps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.H320Caps (line 548) */
export type H320Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H320Caps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.H321Caps (line 556) */
export type H321Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H321Caps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.H322Caps (line 564) */
export type H322Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H322Caps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.H323Caps (line 572) */
export type H323Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H323Caps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.H324Caps (line 580) */
export type H324Caps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const H324Caps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.VoiceCaps (line 588) */
export type VoiceCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const VoiceCaps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.T120OnlyCaps (line 596) */
export type T120OnlyCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const T120OnlyCaps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
]);

/** H323-MESSAGES.NonStandardProtocol (line 604) */
export type NonStandardProtocol = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const NonStandardProtocol: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
], []);

/** H323-MESSAGES.T38FaxAnnexbOnlyCaps (line 612) */
export type T38FaxAnnexbOnlyCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes: Array<SupportedPrefix>;
  t38FaxProtocol: MultimediaSystemControl.DataProtocolCapability;
  t38FaxProfile: MultimediaSystemControl.T38FaxProfile;
  $unknown?: UnknownExtension[];
};
export const T38FaxAnnexbOnlyCaps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix))),
  f("t38FaxProtocol", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => MultimediaSystemControl.DataProtocolCapability)),
  f("t38FaxProfile", ref("MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile", () => MultimediaSystemControl.T38FaxProfile)),
], []);

/** H323-MESSAGES.SIPCaps (line 622) */
export type SIPCaps = {
  nonStandardData?: NonStandardParameter;
  dataRatesSupported?: Array<DataRate>;
  supportedPrefixes?: Array<SupportedPrefix>;
  $unknown?: UnknownExtension[];
};
export const SIPCaps: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("dataRatesSupported", seqOf(ref("H323-MESSAGES.DataRate", () => DataRate)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix)), true),
], []);

/** H323-MESSAGES.McuInfo (line 630) */
export type McuInfo = {
  nonStandardData?: NonStandardParameter;
  protocol?: Array<SupportedProtocols>;
  $unknown?: UnknownExtension[];
};
export const McuInfo: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("protocol", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
]);

/** H323-MESSAGES.TerminalInfo (line 637) */
export type TerminalInfo = {
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const TerminalInfo: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], []);

/** H323-MESSAGES.GatekeeperInfo (line 643) */
export type GatekeeperInfo = {
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const GatekeeperInfo: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], []);

/** H323-MESSAGES.VendorIdentifier (line 649) */
export type VendorIdentifier = {
  vendor: H221NonStandard;
  productId?: Uint8Array;
  versionId?: Uint8Array;
  enterpriseNumber?: string;
  $unknown?: UnknownExtension[];
};
export const VendorIdentifier: AsnType = seq([
  f("vendor", ref("H323-MESSAGES.H221NonStandard", () => H221NonStandard)),
  f("productId", octets(size(1, 256, false)), true),
  f("versionId", octets(size(1, 256, false)), true),
], [
  f("enterpriseNumber", oid, true),
]);

/** H323-MESSAGES.H221NonStandard (line 658) */
export type H221NonStandard = {
  t35CountryCode: number;
  t35Extension: number;
  manufacturerCode: number;
  $unknown?: UnknownExtension[];
};
export const H221NonStandard: AsnType = seq([
  f("t35CountryCode", int(0, 255)),
  f("t35Extension", int(0, 255)),
  f("manufacturerCode", int(0, 65535)),
], []);

/** H323-MESSAGES.TunnelledProtocol (line 666) */
export type TunnelledProtocol = {
  id: 
    | { choice: "tunnelledProtocolObjectID"; value: string }
    | { choice: "tunnelledProtocolAlternateID"; value: TunnelledProtocolAlternateIdentifier }
    | UnknownAlternative;
  subIdentifier?: string;
  $unknown?: UnknownExtension[];
};
export const TunnelledProtocol: AsnType = seq([
  f("id", choice([
    f("tunnelledProtocolObjectID", oid),
    f("tunnelledProtocolAlternateID", ref("H323-MESSAGES.TunnelledProtocolAlternateIdentifier", () => TunnelledProtocolAlternateIdentifier)),
  ], [])),
  f("subIdentifier", chars("IA5String", size(1, 64, false), 8, undefined, false), true),
], []);

/** H323-MESSAGES.TunnelledProtocolAlternateIdentifier (line 678) */
export type TunnelledProtocolAlternateIdentifier = {
  protocolType: string;
  protocolVariant?: string;
  $unknown?: UnknownExtension[];
};
export const TunnelledProtocolAlternateIdentifier: AsnType = seq([
  f("protocolType", chars("IA5String", size(1, 64, false), 8, undefined, false)),
  f("protocolVariant", chars("IA5String", size(1, 64, false), 8, undefined, false), true),
], []);

/** H323-MESSAGES.NonStandardParameter (line 685) */
export type NonStandardParameter = {
  nonStandardIdentifier: NonStandardIdentifier;
  data: Uint8Array;
};
export const NonStandardParameter: AsnType = seq([
  f("nonStandardIdentifier", ref("H323-MESSAGES.NonStandardIdentifier", () => NonStandardIdentifier)),
  f("data", octets()),
]);

/** H323-MESSAGES.NonStandardIdentifier (line 691) */
export type NonStandardIdentifier = 
  | { choice: "object"; value: string }
  | { choice: "h221NonStandard"; value: H221NonStandard }
  | UnknownAlternative;
export const NonStandardIdentifier: AsnType = choice([
  f("object", oid),
  f("h221NonStandard", ref("H323-MESSAGES.H221NonStandard", () => H221NonStandard)),
], []);

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
export const AliasAddress: AsnType = choice([
  f("dialedDigits", chars("IA5String", size(1, 128, false), 4, "#*,0123456789", true)),
  f("h323-ID", chars("BMPString", size(1, 256, false), 16, undefined, false)),
], [
  f("url-ID", chars("IA5String", size(1, 512, false), 8, undefined, false)),
  f("transportID", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("email-ID", chars("IA5String", size(1, 512, false), 8, undefined, false)),
  f("partyNumber", ref("H323-MESSAGES.PartyNumber", () => PartyNumber)),
  f("mobileUIM", ref("H323-MESSAGES.MobileUIM", () => MobileUIM)),
  f("isupNumber", ref("H323-MESSAGES.IsupNumber", () => IsupNumber)),
]);

/** H323-MESSAGES.AddressPattern (line 711) */
export type AddressPattern = 
  | { choice: "wildcard"; value: AliasAddress }
  | { choice: "range"; value: {
    startOfRange: PartyNumber;
    endOfRange: PartyNumber;
  } }
  | UnknownAlternative;
export const AddressPattern: AsnType = choice([
  f("wildcard", ref("H323-MESSAGES.AliasAddress", () => AliasAddress)),
  f("range", seq([
    f("startOfRange", ref("H323-MESSAGES.PartyNumber", () => PartyNumber)),
    f("endOfRange", ref("H323-MESSAGES.PartyNumber", () => PartyNumber)),
  ])),
], []);

/** H323-MESSAGES.PartyNumber (line 722) */
export type PartyNumber = 
  | { choice: "e164Number"; value: PublicPartyNumber }
  | { choice: "dataPartyNumber"; value: NumberDigits }
  | { choice: "telexPartyNumber"; value: NumberDigits }
  | { choice: "privateNumber"; value: PrivatePartyNumber }
  | { choice: "nationalStandardPartyNumber"; value: NumberDigits }
  | UnknownAlternative;
export const PartyNumber: AsnType = choice([
  f("e164Number", ref("H323-MESSAGES.PublicPartyNumber", () => PublicPartyNumber)),
  f("dataPartyNumber", ref("H323-MESSAGES.NumberDigits", () => NumberDigits)),
  f("telexPartyNumber", ref("H323-MESSAGES.NumberDigits", () => NumberDigits)),
  f("privateNumber", ref("H323-MESSAGES.PrivatePartyNumber", () => PrivatePartyNumber)),
  f("nationalStandardPartyNumber", ref("H323-MESSAGES.NumberDigits", () => NumberDigits)),
], []);

/** H323-MESSAGES.PublicPartyNumber (line 738) */
export type PublicPartyNumber = {
  publicTypeOfNumber: PublicTypeOfNumber;
  publicNumberDigits: NumberDigits;
};
export const PublicPartyNumber: AsnType = seq([
  f("publicTypeOfNumber", ref("H323-MESSAGES.PublicTypeOfNumber", () => PublicTypeOfNumber)),
  f("publicNumberDigits", ref("H323-MESSAGES.NumberDigits", () => NumberDigits)),
]);

/** H323-MESSAGES.PrivatePartyNumber (line 744) */
export type PrivatePartyNumber = {
  privateTypeOfNumber: PrivateTypeOfNumber;
  privateNumberDigits: NumberDigits;
};
export const PrivatePartyNumber: AsnType = seq([
  f("privateTypeOfNumber", ref("H323-MESSAGES.PrivateTypeOfNumber", () => PrivateTypeOfNumber)),
  f("privateNumberDigits", ref("H323-MESSAGES.NumberDigits", () => NumberDigits)),
]);

/** H323-MESSAGES.NumberDigits (line 750) */
export type NumberDigits = string;
export const NumberDigits: AsnType = chars("IA5String", size(1, 128, false), 4, "#*,0123456789", true);

/** H323-MESSAGES.DisplayName (line 752) */
export type DisplayName = {
  language?: string;
  name: string;
};
export const DisplayName: AsnType = seq([
  f("language", chars("IA5String", undefined, 8, undefined, false), true),
  f("name", chars("BMPString", size(1, 80, false), 16, undefined, false)),
]);

/** H323-MESSAGES.PublicTypeOfNumber (line 759) */
export type PublicTypeOfNumber = 
  | { choice: "unknown"; value: null }
  | { choice: "internationalNumber"; value: null }
  | { choice: "nationalNumber"; value: null }
  | { choice: "networkSpecificNumber"; value: null }
  | { choice: "subscriberNumber"; value: null }
  | { choice: "abbreviatedNumber"; value: null }
  | UnknownAlternative;
export const PublicTypeOfNumber: AsnType = choice([
  f("unknown", nul),
  f("internationalNumber", nul),
  f("nationalNumber", nul),
  f("networkSpecificNumber", nul),
  f("subscriberNumber", nul),
  f("abbreviatedNumber", nul),
], []);

/** H323-MESSAGES.PrivateTypeOfNumber (line 775) */
export type PrivateTypeOfNumber = 
  | { choice: "unknown"; value: null }
  | { choice: "level2RegionalNumber"; value: null }
  | { choice: "level1RegionalNumber"; value: null }
  | { choice: "pISNSpecificNumber"; value: null }
  | { choice: "localNumber"; value: null }
  | { choice: "abbreviatedNumber"; value: null }
  | UnknownAlternative;
export const PrivateTypeOfNumber: AsnType = choice([
  f("unknown", nul),
  f("level2RegionalNumber", nul),
  f("level1RegionalNumber", nul),
  f("pISNSpecificNumber", nul),
  f("localNumber", nul),
  f("abbreviatedNumber", nul),
], []);

/** H323-MESSAGES.MobileUIM (line 786) */
export type MobileUIM = 
  | { choice: "ansi-41-uim"; value: ANSI41UIM }
  | { choice: "gsm-uim"; value: GSMUIM }
  | UnknownAlternative;
export const MobileUIM: AsnType = choice([
  f("ansi-41-uim", ref("H323-MESSAGES.ANSI-41-UIM", () => ANSI41UIM)),
  f("gsm-uim", ref("H323-MESSAGES.GSM-UIM", () => GSMUIM)),
], []);

/** H323-MESSAGES.TBCD-STRING (line 793) */
export type TBCDSTRING = string;
export const TBCDSTRING: AsnType = chars("IA5String", undefined, 4, "#*0123456789abc", true);

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
export const ANSI41UIM: AsnType = seq([
  f("imsi", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("min", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("mdn", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("msisdn", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("esn", chars("IA5String", size(16, 16, false), 4, "#*0123456789abc", true), true),
  f("mscid", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("system-id", choice([
    f("sid", chars("IA5String", size(1, 4, false), 4, "#*0123456789abc", true)),
    f("mid", chars("IA5String", size(1, 4, false), 4, "#*0123456789abc", true)),
  ], [])),
  f("systemMyTypeCode", octets(size(1, 1, false)), true),
  f("systemAccessType", octets(size(1, 1, false)), true),
  f("qualificationInformationCode", octets(size(1, 1, false)), true),
  f("sesn", chars("IA5String", size(16, 16, false), 4, "#*0123456789abc", true), true),
  f("soc", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
], []);

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
export const GSMUIM: AsnType = seq([
  f("imsi", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("tmsi", octets(size(1, 4, false)), true),
  f("msisdn", chars("IA5String", size(3, 16, false), 4, "#*0123456789abc", true), true),
  f("imei", chars("IA5String", size(15, 16, false), 4, "#*0123456789abc", true), true),
  f("hplmn", chars("IA5String", size(1, 4, false), 4, "#*0123456789abc", true), true),
  f("vplmn", chars("IA5String", size(1, 4, false), 4, "#*0123456789abc", true), true),
], []);

/** H323-MESSAGES.IsupNumber (line 845) */
export type IsupNumber = 
  | { choice: "e164Number"; value: IsupPublicPartyNumber }
  | { choice: "dataPartyNumber"; value: IsupDigits }
  | { choice: "telexPartyNumber"; value: IsupDigits }
  | { choice: "privateNumber"; value: IsupPrivatePartyNumber }
  | { choice: "nationalStandardPartyNumber"; value: IsupDigits }
  | UnknownAlternative;
export const IsupNumber: AsnType = choice([
  f("e164Number", ref("H323-MESSAGES.IsupPublicPartyNumber", () => IsupPublicPartyNumber)),
  f("dataPartyNumber", ref("H323-MESSAGES.IsupDigits", () => IsupDigits)),
  f("telexPartyNumber", ref("H323-MESSAGES.IsupDigits", () => IsupDigits)),
  f("privateNumber", ref("H323-MESSAGES.IsupPrivatePartyNumber", () => IsupPrivatePartyNumber)),
  f("nationalStandardPartyNumber", ref("H323-MESSAGES.IsupDigits", () => IsupDigits)),
], []);

/** H323-MESSAGES.IsupPublicPartyNumber (line 859) */
export type IsupPublicPartyNumber = {
  natureOfAddress: NatureOfAddress;
  address: IsupDigits;
  $unknown?: UnknownExtension[];
};
export const IsupPublicPartyNumber: AsnType = seq([
  f("natureOfAddress", ref("H323-MESSAGES.NatureOfAddress", () => NatureOfAddress)),
  f("address", ref("H323-MESSAGES.IsupDigits", () => IsupDigits)),
], []);

/** H323-MESSAGES.IsupPrivatePartyNumber (line 866) */
export type IsupPrivatePartyNumber = {
  privateTypeOfNumber: PrivateTypeOfNumber;
  address: IsupDigits;
  $unknown?: UnknownExtension[];
};
export const IsupPrivatePartyNumber: AsnType = seq([
  f("privateTypeOfNumber", ref("H323-MESSAGES.PrivateTypeOfNumber", () => PrivateTypeOfNumber)),
  f("address", ref("H323-MESSAGES.IsupDigits", () => IsupDigits)),
], []);

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
export const NatureOfAddress: AsnType = choice([
  f("unknown", nul),
  f("subscriberNumber", nul),
  f("nationalNumber", nul),
  f("internationalNumber", nul),
  f("networkSpecificNumber", nul),
  f("routingNumberNationalFormat", nul),
  f("routingNumberNetworkSpecificFormat", nul),
  f("routingNumberWithCalledDirectoryNumber", nul),
], []);

/** H323-MESSAGES.IsupDigits (line 886) */
export type IsupDigits = string;
export const IsupDigits: AsnType = chars("IA5String", size(1, 128, false), 4, "0123456789ABCDE", true);

/** H323-MESSAGES.ExtendedAliasAddress (line 888) */
export type ExtendedAliasAddress = {
  address: AliasAddress;
  presentationIndicator?: PresentationIndicator;
  screeningIndicator?: ScreeningIndicator;
  $unknown?: UnknownExtension[];
};
export const ExtendedAliasAddress: AsnType = seq([
  f("address", ref("H323-MESSAGES.AliasAddress", () => AliasAddress)),
  f("presentationIndicator", ref("H323-MESSAGES.PresentationIndicator", () => PresentationIndicator), true),
  f("screeningIndicator", ref("H323-MESSAGES.ScreeningIndicator", () => ScreeningIndicator), true),
], []);

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
export const Endpoint: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("aliasAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("callSignalAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress)), true),
  f("rasAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress)), true),
  f("endpointType", ref("H323-MESSAGES.EndpointType", () => EndpointType), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("priority", int(0, 127), true),
  f("remoteExtensionAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destExtraCallInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
], [
  f("alternateTransportAddresses", ref("H323-MESSAGES.AlternateTransportAddresses", () => AlternateTransportAddresses), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
]);

/** H323-MESSAGES.AlternateTransportAddresses (line 914) */
export type AlternateTransportAddresses = {
  annexE?: Array<TransportAddress>;
  sctp?: Array<TransportAddress>;
  $unknown?: UnknownExtension[];
};
export const AlternateTransportAddresses: AsnType = seq([
  f("annexE", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress)), true),
], [
  f("sctp", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress)), true),
]);

/** H323-MESSAGES.UseSpecifiedTransport (line 921) */
export type UseSpecifiedTransport = 
  | { choice: "tcp"; value: null }
  | { choice: "annexE"; value: null }
  | { choice: "sctp"; value: null }
  | UnknownAlternative;
export const UseSpecifiedTransport: AsnType = choice([
  f("tcp", nul),
  f("annexE", nul),
], [
  f("sctp", nul),
]);

/** H323-MESSAGES.AlternateGK (line 929) */
export type AlternateGK = {
  rasAddress: TransportAddress;
  gatekeeperIdentifier?: GatekeeperIdentifier;
  needToRegister: boolean;
  priority: number;
  $unknown?: UnknownExtension[];
};
export const AlternateGK: AsnType = seq([
  f("rasAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("needToRegister", bool),
  f("priority", int(0, 127)),
], []);

/** H323-MESSAGES.AltGKInfo (line 938) */
export type AltGKInfo = {
  alternateGatekeeper: Array<AlternateGK>;
  altGKisPermanent: boolean;
  $unknown?: UnknownExtension[];
};
export const AltGKInfo: AsnType = seq([
  f("alternateGatekeeper", seqOf(ref("H323-MESSAGES.AlternateGK", () => AlternateGK))),
  f("altGKisPermanent", bool),
], []);

/** H323-MESSAGES.SecurityServiceMode (line 945) */
export type SecurityServiceMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "none"; value: null }
  | { choice: "default"; value: null }
  | UnknownAlternative;
export const SecurityServiceMode: AsnType = choice([
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("none", nul),
  f("default", nul),
], []);

/** H323-MESSAGES.SecurityCapabilities (line 953) */
export type SecurityCapabilities = {
  nonStandard?: NonStandardParameter;
  encryption: SecurityServiceMode;
  authenticaton: SecurityServiceMode;
  integrity: SecurityServiceMode;
  $unknown?: UnknownExtension[];
};
export const SecurityCapabilities: AsnType = seq([
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("encryption", ref("H323-MESSAGES.SecurityServiceMode", () => SecurityServiceMode)),
  f("authenticaton", ref("H323-MESSAGES.SecurityServiceMode", () => SecurityServiceMode)),
  f("integrity", ref("H323-MESSAGES.SecurityServiceMode", () => SecurityServiceMode)),
], []);

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
export const SecurityErrors: AsnType = choice([
  f("securityWrongSyncTime", nul),
  f("securityReplay", nul),
  f("securityWrongGeneralID", nul),
  f("securityWrongSendersID", nul),
  f("securityIntegrityFailed", nul),
  f("securityWrongOID", nul),
  f("securityDHmismatch", nul),
  f("securityCertificateExpired", nul),
  f("securityCertificateDateInvalid", nul),
  f("securityCertificateRevoked", nul),
  f("securityCertificateNotReadable", nul),
  f("securityCertificateSignatureInvalid", nul),
  f("securityCertificateMissing", nul),
  f("securityCertificateIncomplete", nul),
  f("securityUnsupportedCertificateAlgOID", nul),
  f("securityUnknownCA", nul),
], []);

/** H323-MESSAGES.SecurityErrors2 (line 987) */
export type SecurityErrors2 = 
  | { choice: "securityWrongSyncTime"; value: null }
  | { choice: "securityReplay"; value: null }
  | { choice: "securityWrongGeneralID"; value: null }
  | { choice: "securityWrongSendersID"; value: null }
  | { choice: "securityIntegrityFailed"; value: null }
  | { choice: "securityWrongOID"; value: null }
  | UnknownAlternative;
export const SecurityErrors2: AsnType = choice([
  f("securityWrongSyncTime", nul),
  f("securityReplay", nul),
  f("securityWrongGeneralID", nul),
  f("securityWrongSendersID", nul),
  f("securityIntegrityFailed", nul),
  f("securityWrongOID", nul),
], []);

/** H323-MESSAGES.H245Security (line 998) */
export type H245Security = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "noSecurity"; value: null }
  | { choice: "tls"; value: SecurityCapabilities }
  | { choice: "ipsec"; value: SecurityCapabilities }
  | UnknownAlternative;
export const H245Security: AsnType = choice([
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("noSecurity", nul),
  f("tls", ref("H323-MESSAGES.SecurityCapabilities", () => SecurityCapabilities)),
  f("ipsec", ref("H323-MESSAGES.SecurityCapabilities", () => SecurityCapabilities)),
], []);

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
export const QseriesOptions: AsnType = seq([
  f("q932Full", bool),
  f("q951Full", bool),
  f("q952Full", bool),
  f("q953Full", bool),
  f("q955Full", bool),
  f("q956Full", bool),
  f("q957Full", bool),
  f("q954Info", ref("H323-MESSAGES.Q954Details", () => Q954Details)),
], []);

/** H323-MESSAGES.Q954Details (line 1021) */
export type Q954Details = {
  conferenceCalling: boolean;
  threePartyService: boolean;
  $unknown?: UnknownExtension[];
};
export const Q954Details: AsnType = seq([
  f("conferenceCalling", bool),
  f("threePartyService", bool),
], []);

/** H323-MESSAGES.GloballyUniqueID (line 1028) */
export type GloballyUniqueID = Uint8Array;
export const GloballyUniqueID: AsnType = octets(size(16, 16, false));

/** H323-MESSAGES.ConferenceIdentifier (line 1029) */
export type ConferenceIdentifier = GloballyUniqueID;
export const ConferenceIdentifier: AsnType = ref("H323-MESSAGES.GloballyUniqueID", () => GloballyUniqueID);

/** H323-MESSAGES.RequestSeqNum (line 1030) */
export type RequestSeqNum = number;
export const RequestSeqNum: AsnType = int(1, 65535);

/** H323-MESSAGES.GatekeeperIdentifier (line 1031) */
export type GatekeeperIdentifier = string;
export const GatekeeperIdentifier: AsnType = chars("BMPString", size(1, 128, false), 16, undefined, false);

/** H323-MESSAGES.BandWidth (line 1032) */
export type BandWidth = number;
export const BandWidth: AsnType = int(0, 4294967295);

/** H323-MESSAGES.CallReferenceValue (line 1033) */
export type CallReferenceValue = number;
export const CallReferenceValue: AsnType = int(0, 65535);

/** H323-MESSAGES.EndpointIdentifier (line 1034) */
export type EndpointIdentifier = string;
export const EndpointIdentifier: AsnType = chars("BMPString", size(1, 128, false), 16, undefined, false);

/** H323-MESSAGES.ProtocolIdentifier (line 1035) */
export type ProtocolIdentifier = string;
export const ProtocolIdentifier: AsnType = oid;

/** H323-MESSAGES.TimeToLive (line 1038) */
export type TimeToLive = number;
export const TimeToLive: AsnType = int(1, 4294967295);

/** H323-MESSAGES.H248PackagesDescriptor (line 1039) */
export type H248PackagesDescriptor = Uint8Array;
export const H248PackagesDescriptor: AsnType = octets();

/** H323-MESSAGES.H248SignalsDescriptor (line 1042) */
export type H248SignalsDescriptor = Uint8Array;
export const H248SignalsDescriptor: AsnType = octets();

/** H323-MESSAGES.FeatureDescriptor (line 1045) */
export type FeatureDescriptor = GenericData;
export const FeatureDescriptor: AsnType = ref("H323-MESSAGES.GenericData", () => GenericData);

/** H323-MESSAGES.CallIdentifier (line 1047) */
export type CallIdentifier = {
  guid: GloballyUniqueID;
  $unknown?: UnknownExtension[];
};
export const CallIdentifier: AsnType = seq([
  f("guid", ref("H323-MESSAGES.GloballyUniqueID", () => GloballyUniqueID)),
], []);

/** H323-MESSAGES.EncryptIntAlg (line 1053) */
export type EncryptIntAlg = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "isoAlgorithm"; value: string }
  | UnknownAlternative;
export const EncryptIntAlg: AsnType = choice([
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("isoAlgorithm", oid),
], []);

/** H323-MESSAGES.NonIsoIntegrityMechanism (line 1059) */
export type NonIsoIntegrityMechanism = 
  | { choice: "hMAC-MD5"; value: null }
  | { choice: "hMAC-iso10118-2-s"; value: EncryptIntAlg }
  | { choice: "hMAC-iso10118-2-l"; value: EncryptIntAlg }
  | { choice: "hMAC-iso10118-3"; value: string }
  | UnknownAlternative;
export const NonIsoIntegrityMechanism: AsnType = choice([
  f("hMAC-MD5", nul),
  f("hMAC-iso10118-2-s", ref("H323-MESSAGES.EncryptIntAlg", () => EncryptIntAlg)),
  f("hMAC-iso10118-2-l", ref("H323-MESSAGES.EncryptIntAlg", () => EncryptIntAlg)),
  f("hMAC-iso10118-3", oid),
], []);

/** H323-MESSAGES.IntegrityMechanism (line 1075) */
export type IntegrityMechanism = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "digSig"; value: null }
  | { choice: "iso9797"; value: string }
  | { choice: "nonIsoIM"; value: NonIsoIntegrityMechanism }
  | UnknownAlternative;
export const IntegrityMechanism: AsnType = choice([
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("digSig", nul),
  f("iso9797", oid),
  f("nonIsoIM", ref("H323-MESSAGES.NonIsoIntegrityMechanism", () => NonIsoIntegrityMechanism)),
], []);

/** H323-MESSAGES.ICV (line 1085) */
export type ICV = {
  algorithmOID: string;
  icv: BitString;
};
export const ICV: AsnType = seq([
  f("algorithmOID", oid),
  f("icv", bits()),
]);

/** H323-MESSAGES.FastStartToken (line 1092) */
export type FastStartToken = H235SecurityMessages.ClearToken;
export const FastStartToken: AsnType = ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken);

/** H323-MESSAGES.EncodedFastStartToken (line 1093) */
export type EncodedFastStartToken = FastStartToken;
export const EncodedFastStartToken: AsnType = openType(ref("H323-MESSAGES.FastStartToken", () => FastStartToken));

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
export const CryptoH323Token: AsnType = choice([
  f("cryptoEPPwdHash", seq([
    f("alias", ref("H323-MESSAGES.AliasAddress", () => AliasAddress)),
    f("timeStamp", ref("H235-SECURITY-MESSAGES.TimeStamp", () => H235SecurityMessages.TimeStamp)),
    f("token", seq([
      f("algorithmOID", oid),
      f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
      f("hash", bits()),
    ])),
  ])),
  f("cryptoGKPwdHash", seq([
    f("gatekeeperId", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier)),
    f("timeStamp", ref("H235-SECURITY-MESSAGES.TimeStamp", () => H235SecurityMessages.TimeStamp)),
    f("token", seq([
      f("algorithmOID", oid),
      f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
      f("hash", bits()),
    ])),
  ])),
  f("cryptoEPPwdEncr", seq([
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
    f("encryptedData", octets()),
  ])),
  f("cryptoGKPwdEncr", seq([
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
    f("encryptedData", octets()),
  ])),
  f("cryptoEPCert", seq([
    f("toBeSigned", ref("H235-SECURITY-MESSAGES.EncodedPwdCertToken", () => H235SecurityMessages.EncodedPwdCertToken)),
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
    f("signature", bits()),
  ])),
  f("cryptoGKCert", seq([
    f("toBeSigned", ref("H235-SECURITY-MESSAGES.EncodedPwdCertToken", () => H235SecurityMessages.EncodedPwdCertToken)),
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
    f("signature", bits()),
  ])),
  f("cryptoFastStart", seq([
    f("toBeSigned", ref("H323-MESSAGES.EncodedFastStartToken", () => EncodedFastStartToken)),
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => H235SecurityMessages.Params)),
    f("signature", bits()),
  ])),
  f("nestedcryptoToken", ref("H235-SECURITY-MESSAGES.CryptoToken", () => H235SecurityMessages.CryptoToken)),
], []);

/** H323-MESSAGES.DataRate (line 1118) */
export type DataRate = {
  nonStandardData?: NonStandardParameter;
  channelRate: BandWidth;
  channelMultiplier?: number;
  $unknown?: UnknownExtension[];
};
export const DataRate: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("channelRate", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("channelMultiplier", int(1, 256), true),
], []);

/** H323-MESSAGES.CallLinkage (line 1126) */
export type CallLinkage = {
  globalCallId?: GloballyUniqueID;
  threadId?: GloballyUniqueID;
  $unknown?: UnknownExtension[];
};
export const CallLinkage: AsnType = seq([
  f("globalCallId", ref("H323-MESSAGES.GloballyUniqueID", () => GloballyUniqueID), true),
  f("threadId", ref("H323-MESSAGES.GloballyUniqueID", () => GloballyUniqueID), true),
], []);

/** H323-MESSAGES.SupportedPrefix (line 1133) */
export type SupportedPrefix = {
  nonStandardData?: NonStandardParameter;
  prefix: AliasAddress;
  $unknown?: UnknownExtension[];
};
export const SupportedPrefix: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("prefix", ref("H323-MESSAGES.AliasAddress", () => AliasAddress)),
], []);

/** H323-MESSAGES.CapacityReportingCapability (line 1140) */
export type CapacityReportingCapability = {
  canReportCallCapacity: boolean;
  $unknown?: UnknownExtension[];
};
export const CapacityReportingCapability: AsnType = seq([
  f("canReportCallCapacity", bool),
], []);

/** H323-MESSAGES.CapacityReportingSpecification (line 1146) */
export type CapacityReportingSpecification = {
  when: {
    callStart?: null;
    callEnd?: null;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const CapacityReportingSpecification: AsnType = seq([
  f("when", seq([
    f("callStart", nul, true),
    f("callEnd", nul, true),
  ], [])),
], []);

/** H323-MESSAGES.CallCapacity (line 1157) */
export type CallCapacity = {
  maximumCallCapacity?: CallCapacityInfo;
  currentCallCapacity?: CallCapacityInfo;
  $unknown?: UnknownExtension[];
};
export const CallCapacity: AsnType = seq([
  f("maximumCallCapacity", ref("H323-MESSAGES.CallCapacityInfo", () => CallCapacityInfo), true),
  f("currentCallCapacity", ref("H323-MESSAGES.CallCapacityInfo", () => CallCapacityInfo), true),
], []);

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
export const CallCapacityInfo: AsnType = seq([
  f("voiceGwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("h310GwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("h320GwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("h321GwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("h322GwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("h323GwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("h324GwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("t120OnlyGwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("t38FaxAnnexbOnlyGwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("terminalCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
  f("mcuCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
], [
  f("sipGwCallsAvailable", seqOf(ref("H323-MESSAGES.CallsAvailable", () => CallsAvailable)), true),
]);

/** H323-MESSAGES.CallsAvailable (line 1181) */
export type CallsAvailable = {
  calls: number;
  group?: string;
  carrier?: CarrierInfo;
  $unknown?: UnknownExtension[];
};
export const CallsAvailable: AsnType = seq([
  f("calls", int(0, 4294967295)),
  f("group", chars("IA5String", size(1, 128, false), 8, undefined, false), true),
], [
  f("carrier", ref("H323-MESSAGES.CarrierInfo", () => CarrierInfo), true),
]);

/** H323-MESSAGES.CircuitInfo (line 1189) */
export type CircuitInfo = {
  sourceCircuitID?: CircuitIdentifier;
  destinationCircuitID?: CircuitIdentifier;
  genericData?: Array<GenericData>;
  $unknown?: UnknownExtension[];
};
export const CircuitInfo: AsnType = seq([
  f("sourceCircuitID", ref("H323-MESSAGES.CircuitIdentifier", () => CircuitIdentifier), true),
  f("destinationCircuitID", ref("H323-MESSAGES.CircuitIdentifier", () => CircuitIdentifier), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
], []);

/** H323-MESSAGES.CircuitIdentifier (line 1197) */
export type CircuitIdentifier = {
  cic?: CicInfo;
  group?: GroupID;
  carrier?: CarrierInfo;
  $unknown?: UnknownExtension[];
};
export const CircuitIdentifier: AsnType = seq([
  f("cic", ref("H323-MESSAGES.CicInfo", () => CicInfo), true),
  f("group", ref("H323-MESSAGES.GroupID", () => GroupID), true),
], [
  f("carrier", ref("H323-MESSAGES.CarrierInfo", () => CarrierInfo), true),
]);

/** H323-MESSAGES.CicInfo (line 1205) */
export type CicInfo = {
  cic: Array<Uint8Array>;
  pointCode: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const CicInfo: AsnType = seq([
  f("cic", seqOf(octets(size(2, 4, false)))),
  f("pointCode", octets(size(2, 5, false))),
], []);

/** H323-MESSAGES.GroupID (line 1212) */
export type GroupID = {
  member?: Array<number>;
  group: string;
  $unknown?: UnknownExtension[];
};
export const GroupID: AsnType = seq([
  f("member", seqOf(int(0, 65535)), true),
  f("group", chars("IA5String", size(1, 128, false), 8, undefined, false)),
], []);

/** H323-MESSAGES.CarrierInfo (line 1219) */
export type CarrierInfo = {
  carrierIdentificationCode?: Uint8Array;
  carrierName?: string;
  $unknown?: UnknownExtension[];
};
export const CarrierInfo: AsnType = seq([
  f("carrierIdentificationCode", octets(size(3, 4, false)), true),
  f("carrierName", chars("IA5String", size(1, 128, false), 8, undefined, false), true),
], []);

/** H323-MESSAGES.ServiceControlDescriptor (line 1226) */
export type ServiceControlDescriptor = 
  | { choice: "url"; value: string }
  | { choice: "signal"; value: H248SignalsDescriptor }
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "callCreditServiceControl"; value: CallCreditServiceControl }
  | UnknownAlternative;
export const ServiceControlDescriptor: AsnType = choice([
  f("url", chars("IA5String", size(0, 512, false), 8, undefined, false)),
  f("signal", ref("H323-MESSAGES.H248SignalsDescriptor", () => H248SignalsDescriptor)),
  f("nonStandard", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
  f("callCreditServiceControl", ref("H323-MESSAGES.CallCreditServiceControl", () => CallCreditServiceControl)),
], []);

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
export const ServiceControlSession: AsnType = seq([
  f("sessionId", int(0, 255)),
  f("contents", ref("H323-MESSAGES.ServiceControlDescriptor", () => ServiceControlDescriptor), true),
  f("reason", choice([
    f("open", nul),
    f("refresh", nul),
    f("close", nul),
  ], [])),
], []);

/** H323-MESSAGES.RasUsageInfoTypes (line 1250) */
export type RasUsageInfoTypes = {
  nonStandardUsageTypes: Array<NonStandardParameter>;
  startTime?: null;
  endTime?: null;
  terminationCause?: null;
  $unknown?: UnknownExtension[];
};
export const RasUsageInfoTypes: AsnType = seq([
  f("nonStandardUsageTypes", seqOf(ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter))),
  f("startTime", nul, true),
  f("endTime", nul, true),
  f("terminationCause", nul, true),
], []);

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
export const RasUsageSpecification: AsnType = seq([
  f("when", seq([
    f("start", nul, true),
    f("end", nul, true),
    f("inIrr", nul, true),
  ], [])),
  f("callStartingPoint", seq([
    f("alerting", nul, true),
    f("connect", nul, true),
  ], []), true),
  f("required", ref("H323-MESSAGES.RasUsageInfoTypes", () => RasUsageInfoTypes)),
], []);

/** H323-MESSAGES.RasUsageInformation (line 1278) */
export type RasUsageInformation = {
  nonStandardUsageFields: Array<NonStandardParameter>;
  alertingTime?: H235SecurityMessages.TimeStamp;
  connectTime?: H235SecurityMessages.TimeStamp;
  endTime?: H235SecurityMessages.TimeStamp;
  $unknown?: UnknownExtension[];
};
export const RasUsageInformation: AsnType = seq([
  f("nonStandardUsageFields", seqOf(ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter))),
  f("alertingTime", ref("H235-SECURITY-MESSAGES.TimeStamp", () => H235SecurityMessages.TimeStamp), true),
  f("connectTime", ref("H235-SECURITY-MESSAGES.TimeStamp", () => H235SecurityMessages.TimeStamp), true),
  f("endTime", ref("H235-SECURITY-MESSAGES.TimeStamp", () => H235SecurityMessages.TimeStamp), true),
], []);

/** H323-MESSAGES.CallTerminationCause (line 1287) */
export type CallTerminationCause = 
  | { choice: "releaseCompleteReason"; value: ReleaseCompleteReason }
  | { choice: "releaseCompleteCauseIE"; value: Uint8Array }
  | UnknownAlternative;
export const CallTerminationCause: AsnType = choice([
  f("releaseCompleteReason", ref("H323-MESSAGES.ReleaseCompleteReason", () => ReleaseCompleteReason)),
  f("releaseCompleteCauseIE", octets(size(2, 32, false))),
], []);

/** H323-MESSAGES.BandwidthDetails (line 1294) */
export type BandwidthDetails = {
  sender: boolean;
  multicast: boolean;
  bandwidth: BandWidth;
  rtcpAddresses: TransportChannelInfo;
  $unknown?: UnknownExtension[];
};
export const BandwidthDetails: AsnType = seq([
  f("sender", bool),
  f("multicast", bool),
  f("bandwidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("rtcpAddresses", ref("H323-MESSAGES.TransportChannelInfo", () => TransportChannelInfo)),
], []);

/** H323-MESSAGES.CallCreditCapability (line 1303) */
export type CallCreditCapability = {
  canDisplayAmountString?: boolean;
  canEnforceDurationLimit?: boolean;
  $unknown?: UnknownExtension[];
};
export const CallCreditCapability: AsnType = seq([
  f("canDisplayAmountString", bool, true),
  f("canEnforceDurationLimit", bool, true),
], []);

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
export const CallCreditServiceControl: AsnType = seq([
  f("amountString", chars("BMPString", size(1, 512, false), 16, undefined, false), true),
  f("billingMode", choice([
    f("credit", nul),
    f("debit", nul),
  ], []), true),
  f("callDurationLimit", int(1, 4294967295), true),
  f("enforceCallDurationLimit", bool, true),
  f("callStartingPoint", choice([
    f("alerting", nul),
    f("connect", nul),
  ], []), true),
], []);

/** H323-MESSAGES.GenericData (line 1330) */
export type GenericData = {
  id: GenericIdentifier;
  parameters?: Array<EnumeratedParameter>;
  $unknown?: UnknownExtension[];
};
export const GenericData: AsnType = seq([
  f("id", ref("H323-MESSAGES.GenericIdentifier", () => GenericIdentifier)),
  f("parameters", seqOf(ref("H323-MESSAGES.EnumeratedParameter", () => EnumeratedParameter), size(1, 512, false)), true),
], []);

/** H323-MESSAGES.GenericIdentifier (line 1337) */
export type GenericIdentifier = 
  | { choice: "standard"; value: number }
  | { choice: "oid"; value: string }
  | { choice: "nonStandard"; value: GloballyUniqueID }
  | UnknownAlternative;
export const GenericIdentifier: AsnType = choice([
  f("standard", int(0, 16383, true)),
  f("oid", oid),
  f("nonStandard", ref("H323-MESSAGES.GloballyUniqueID", () => GloballyUniqueID)),
], []);

/** H323-MESSAGES.EnumeratedParameter (line 1345) */
export type EnumeratedParameter = {
  id: GenericIdentifier;
  content?: Content;
  $unknown?: UnknownExtension[];
};
export const EnumeratedParameter: AsnType = seq([
  f("id", ref("H323-MESSAGES.GenericIdentifier", () => GenericIdentifier)),
  f("content", ref("H323-MESSAGES.Content", () => Content), true),
], []);

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
export const Content: AsnType = choice([
  f("raw", octets()),
  f("text", chars("IA5String", undefined, 8, undefined, false)),
  f("unicode", chars("BMPString", undefined, 16, undefined, false)),
  f("bool", bool),
  f("number8", int(0, 255)),
  f("number16", int(0, 65535)),
  f("number32", int(0, 4294967295)),
  f("id", ref("H323-MESSAGES.GenericIdentifier", () => GenericIdentifier)),
  f("alias", ref("H323-MESSAGES.AliasAddress", () => AliasAddress)),
  f("transport", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("compound", seqOf(ref("H323-MESSAGES.EnumeratedParameter", () => EnumeratedParameter), size(1, 512, false))),
  f("nested", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData), size(1, 16, false))),
], []);

/** H323-MESSAGES.FeatureSet (line 1369) */
export type FeatureSet = {
  replacementFeatureSet: boolean;
  neededFeatures?: Array<FeatureDescriptor>;
  desiredFeatures?: Array<FeatureDescriptor>;
  supportedFeatures?: Array<FeatureDescriptor>;
  $unknown?: UnknownExtension[];
};
export const FeatureSet: AsnType = seq([
  f("replacementFeatureSet", bool),
  f("neededFeatures", seqOf(ref("H323-MESSAGES.FeatureDescriptor", () => FeatureDescriptor)), true),
  f("desiredFeatures", seqOf(ref("H323-MESSAGES.FeatureDescriptor", () => FeatureDescriptor)), true),
  f("supportedFeatures", seqOf(ref("H323-MESSAGES.FeatureDescriptor", () => FeatureDescriptor)), true),
], []);

/** H323-MESSAGES.TransportChannelInfo (line 1378) */
export type TransportChannelInfo = {
  sendAddress?: TransportAddress;
  recvAddress?: TransportAddress;
  $unknown?: UnknownExtension[];
};
export const TransportChannelInfo: AsnType = seq([
  f("sendAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("recvAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
], []);

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
export const RTPSession: AsnType = seq([
  f("rtpAddress", ref("H323-MESSAGES.TransportChannelInfo", () => TransportChannelInfo)),
  f("rtcpAddress", ref("H323-MESSAGES.TransportChannelInfo", () => TransportChannelInfo)),
  f("cname", chars("PrintableString", undefined, 8, " '()+,-./0123456789:=?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", false)),
  f("ssrc", int(1, 4294967295)),
  f("sessionId", int(1, 255)),
  f("associatedSessionIds", seqOf(int(1, 255))),
], [
  f("multicast", nul, true),
  f("bandwidth", ref("H323-MESSAGES.BandWidth", () => BandWidth), true),
]);

/** H323-MESSAGES.RehomingModel (line 1398) */
export type RehomingModel = 
  | { choice: "gatekeeperBased"; value: null }
  | { choice: "endpointBased"; value: null };
export const RehomingModel: AsnType = choice([
  f("gatekeeperBased", nul),
  f("endpointBased", nul),
]);

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
export const RasMessage: AsnType = choice([
  f("gatekeeperRequest", ref("H323-MESSAGES.GatekeeperRequest", () => GatekeeperRequest)),
  f("gatekeeperConfirm", ref("H323-MESSAGES.GatekeeperConfirm", () => GatekeeperConfirm)),
  f("gatekeeperReject", ref("H323-MESSAGES.GatekeeperReject", () => GatekeeperReject)),
  f("registrationRequest", ref("H323-MESSAGES.RegistrationRequest", () => RegistrationRequest)),
  f("registrationConfirm", ref("H323-MESSAGES.RegistrationConfirm", () => RegistrationConfirm)),
  f("registrationReject", ref("H323-MESSAGES.RegistrationReject", () => RegistrationReject)),
  f("unregistrationRequest", ref("H323-MESSAGES.UnregistrationRequest", () => UnregistrationRequest)),
  f("unregistrationConfirm", ref("H323-MESSAGES.UnregistrationConfirm", () => UnregistrationConfirm)),
  f("unregistrationReject", ref("H323-MESSAGES.UnregistrationReject", () => UnregistrationReject)),
  f("admissionRequest", ref("H323-MESSAGES.AdmissionRequest", () => AdmissionRequest)),
  f("admissionConfirm", ref("H323-MESSAGES.AdmissionConfirm", () => AdmissionConfirm)),
  f("admissionReject", ref("H323-MESSAGES.AdmissionReject", () => AdmissionReject)),
  f("bandwidthRequest", ref("H323-MESSAGES.BandwidthRequest", () => BandwidthRequest)),
  f("bandwidthConfirm", ref("H323-MESSAGES.BandwidthConfirm", () => BandwidthConfirm)),
  f("bandwidthReject", ref("H323-MESSAGES.BandwidthReject", () => BandwidthReject)),
  f("disengageRequest", ref("H323-MESSAGES.DisengageRequest", () => DisengageRequest)),
  f("disengageConfirm", ref("H323-MESSAGES.DisengageConfirm", () => DisengageConfirm)),
  f("disengageReject", ref("H323-MESSAGES.DisengageReject", () => DisengageReject)),
  f("locationRequest", ref("H323-MESSAGES.LocationRequest", () => LocationRequest)),
  f("locationConfirm", ref("H323-MESSAGES.LocationConfirm", () => LocationConfirm)),
  f("locationReject", ref("H323-MESSAGES.LocationReject", () => LocationReject)),
  f("infoRequest", ref("H323-MESSAGES.InfoRequest", () => InfoRequest)),
  f("infoRequestResponse", ref("H323-MESSAGES.InfoRequestResponse", () => InfoRequestResponse)),
  f("nonStandardMessage", ref("H323-MESSAGES.NonStandardMessage", () => NonStandardMessage)),
  f("unknownMessageResponse", ref("H323-MESSAGES.UnknownMessageResponse", () => UnknownMessageResponse)),
], [
  f("requestInProgress", ref("H323-MESSAGES.RequestInProgress", () => RequestInProgress)),
  f("resourcesAvailableIndicate", ref("H323-MESSAGES.ResourcesAvailableIndicate", () => ResourcesAvailableIndicate)),
  f("resourcesAvailableConfirm", ref("H323-MESSAGES.ResourcesAvailableConfirm", () => ResourcesAvailableConfirm)),
  f("infoRequestAck", ref("H323-MESSAGES.InfoRequestAck", () => InfoRequestAck)),
  f("infoRequestNak", ref("H323-MESSAGES.InfoRequestNak", () => InfoRequestNak)),
  f("serviceControlIndication", ref("H323-MESSAGES.ServiceControlIndication", () => ServiceControlIndication)),
  f("serviceControlResponse", ref("H323-MESSAGES.ServiceControlResponse", () => ServiceControlResponse)),
  f("admissionConfirmSequence", seqOf(ref("H323-MESSAGES.AdmissionConfirm", () => AdmissionConfirm))),
]);

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
export const GatekeeperRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("rasAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("endpointType", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("callServices", ref("H323-MESSAGES.QseriesOptions", () => QseriesOptions), true),
  f("endpointAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
], [
  f("alternateEndpoints", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("authenticationCapability", seqOf(ref("H235-SECURITY-MESSAGES.AuthenticationMechanism", () => H235SecurityMessages.AuthenticationMechanism)), true),
  f("algorithmOIDs", seqOf(oid), true),
  f("integrity", seqOf(ref("H323-MESSAGES.IntegrityMechanism", () => IntegrityMechanism)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("supportsAltGK", nul, true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("supportsAssignedGK", bool),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const GatekeeperConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("rasAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
], [
  f("alternateGatekeeper", seqOf(ref("H323-MESSAGES.AlternateGK", () => AlternateGK)), true),
  f("authenticationMode", ref("H235-SECURITY-MESSAGES.AuthenticationMechanism", () => H235SecurityMessages.AuthenticationMechanism), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("algorithmOID", oid, true),
  f("integrity", seqOf(ref("H323-MESSAGES.IntegrityMechanism", () => IntegrityMechanism)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
  f("rehomingModel", ref("H323-MESSAGES.RehomingModel", () => RehomingModel), true),
]);

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
export const GatekeeperReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("rejectReason", ref("H323-MESSAGES.GatekeeperRejectReason", () => GatekeeperRejectReason)),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

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
export const GatekeeperRejectReason: AsnType = choice([
  f("resourceUnavailable", nul),
  f("terminalExcluded", nul),
  f("invalidRevision", nul),
  f("undefinedReason", nul),
], [
  f("securityDenial", nul),
  f("genericDataReason", nul),
  f("neededFeatureNotSupported", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors", () => SecurityErrors)),
]);

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
export const RegistrationRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("discoveryComplete", bool),
  f("callSignalAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress))),
  f("rasAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress))),
  f("terminalType", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("terminalAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("endpointVendor", ref("H323-MESSAGES.VendorIdentifier", () => VendorIdentifier)),
], [
  f("alternateEndpoints", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("timeToLive", ref("H323-MESSAGES.TimeToLive", () => TimeToLive), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("keepAlive", bool),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier), true),
  f("willSupplyUUIEs", bool),
  f("maintainConnection", bool),
  f("alternateTransportAddresses", ref("H323-MESSAGES.AlternateTransportAddresses", () => AlternateTransportAddresses), true),
  f("additiveRegistration", nul, true),
  f("terminalAliasPattern", seqOf(ref("H323-MESSAGES.AddressPattern", () => AddressPattern)), true),
  f("supportsAltGK", nul, true),
  f("usageReportingCapability", ref("H323-MESSAGES.RasUsageInfoTypes", () => RasUsageInfoTypes), true),
  f("multipleCalls", bool, true),
  f("supportedH248Packages", seqOf(ref("H323-MESSAGES.H248PackagesDescriptor", () => H248PackagesDescriptor)), true),
  f("callCreditCapability", ref("H323-MESSAGES.CallCreditCapability", () => CallCreditCapability), true),
  f("capacityReportingCapability", ref("H323-MESSAGES.CapacityReportingCapability", () => CapacityReportingCapability), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("restart", nul, true),
  f("supportsACFSequences", nul, true),
  f("supportsAssignedGK", bool),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
  f("transportQOS", ref("H323-MESSAGES.TransportQOS", () => TransportQOS), true),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
]);

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
export const RegistrationConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("callSignalAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress))),
  f("terminalAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier)),
], [
  f("alternateGatekeeper", seqOf(ref("H323-MESSAGES.AlternateGK", () => AlternateGK)), true),
  f("timeToLive", ref("H323-MESSAGES.TimeToLive", () => TimeToLive), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("willRespondToIRR", bool),
  f("preGrantedARQ", seq([
    f("makeCall", bool),
    f("useGKCallSignalAddressToMakeCall", bool),
    f("answerCall", bool),
    f("useGKCallSignalAddressToAnswer", bool),
  ], [
    f("irrFrequencyInCall", int(1, 65535), true),
    f("totalBandwidthRestriction", ref("H323-MESSAGES.BandWidth", () => BandWidth), true),
    f("alternateTransportAddresses", ref("H323-MESSAGES.AlternateTransportAddresses", () => AlternateTransportAddresses), true),
    f("useSpecifiedTransport", ref("H323-MESSAGES.UseSpecifiedTransport", () => UseSpecifiedTransport), true),
  ]), true),
  f("maintainConnection", bool),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("supportsAdditiveRegistration", nul, true),
  f("terminalAliasPattern", seqOf(ref("H323-MESSAGES.AddressPattern", () => AddressPattern)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix)), true),
  f("usageSpec", seqOf(ref("H323-MESSAGES.RasUsageSpecification", () => RasUsageSpecification)), true),
  f("featureServerAlias", ref("H323-MESSAGES.AliasAddress", () => AliasAddress), true),
  f("capacityReportingSpec", ref("H323-MESSAGES.CapacityReportingSpecification", () => CapacityReportingSpecification), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
  f("rehomingModel", ref("H323-MESSAGES.RehomingModel", () => RehomingModel), true),
  f("transportQOS", ref("H323-MESSAGES.TransportQOS", () => TransportQOS), true),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
]);

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
export const RegistrationReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("rejectReason", ref("H323-MESSAGES.RegistrationRejectReason", () => RegistrationRejectReason)),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const RegistrationRejectReason: AsnType = choice([
  f("discoveryRequired", nul),
  f("invalidRevision", nul),
  f("invalidCallSignalAddress", nul),
  f("invalidRASAddress", nul),
  f("duplicateAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress))),
  f("invalidTerminalType", nul),
  f("undefinedReason", nul),
  f("transportNotSupported", nul),
], [
  f("transportQOSNotSupported", nul),
  f("resourceUnavailable", nul),
  f("invalidAlias", nul),
  f("securityDenial", nul),
  f("fullRegistrationRequired", nul),
  f("additiveRegistrationNotSupported", nul),
  f("invalidTerminalAliases", seq([
    f("terminalAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
    f("terminalAliasPattern", seqOf(ref("H323-MESSAGES.AddressPattern", () => AddressPattern)), true),
    f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix)), true),
  ], [])),
  f("genericDataReason", nul),
  f("neededFeatureNotSupported", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors", () => SecurityErrors)),
  f("registerWithAssignedGK", nul),
]);

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
export const UnregistrationRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("callSignalAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress))),
  f("endpointAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier), true),
], [
  f("alternateEndpoints", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("reason", ref("H323-MESSAGES.UnregRequestReason", () => UnregRequestReason), true),
  f("endpointAliasPattern", seqOf(ref("H323-MESSAGES.AddressPattern", () => AddressPattern)), true),
  f("supportedPrefixes", seqOf(ref("H323-MESSAGES.SupportedPrefix", () => SupportedPrefix)), true),
  f("alternateGatekeeper", seqOf(ref("H323-MESSAGES.AlternateGK", () => AlternateGK)), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const UnregRequestReason: AsnType = choice([
  f("reregistrationRequired", nul),
  f("ttlExpired", nul),
  f("securityDenial", nul),
  f("undefinedReason", nul),
], [
  f("maintenance", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
  f("registerWithAssignedGK", nul),
]);

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
export const UnregistrationConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const UnregistrationReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("rejectReason", ref("H323-MESSAGES.UnregRejectReason", () => UnregRejectReason)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

/** H323-MESSAGES.UnregRejectReason (line 1715) */
export type UnregRejectReason = 
  | { choice: "notCurrentlyRegistered"; value: null }
  | { choice: "callInProgress"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "permissionDenied"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const UnregRejectReason: AsnType = choice([
  f("notCurrentlyRegistered", nul),
  f("callInProgress", nul),
  f("undefinedReason", nul),
], [
  f("permissionDenied", nul),
  f("securityDenial", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
]);

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
export const AdmissionRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("callType", ref("H323-MESSAGES.CallType", () => CallType)),
  f("callModel", ref("H323-MESSAGES.CallModel", () => CallModel), true),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier)),
  f("destinationInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destCallSignalAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("destExtraCallInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("srcInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress))),
  f("srcCallSignalAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
  f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("callReferenceValue", ref("H323-MESSAGES.CallReferenceValue", () => CallReferenceValue)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("callServices", ref("H323-MESSAGES.QseriesOptions", () => QseriesOptions), true),
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
  f("activeMC", bool),
  f("answerCall", bool),
], [
  f("canMapAlias", bool),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("srcAlternatives", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("destAlternatives", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("transportQOS", ref("H323-MESSAGES.TransportQOS", () => TransportQOS), true),
  f("willSupplyUUIEs", bool),
  f("callLinkage", ref("H323-MESSAGES.CallLinkage", () => CallLinkage), true),
  f("gatewayDataRate", ref("H323-MESSAGES.DataRate", () => DataRate), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("desiredProtocols", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
  f("desiredTunnelledProtocol", ref("H323-MESSAGES.TunnelledProtocol", () => TunnelledProtocol), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("canMapSrcAlias", bool),
]);

/** H323-MESSAGES.CallType (line 1767) */
export type CallType = 
  | { choice: "pointToPoint"; value: null }
  | { choice: "oneToN"; value: null }
  | { choice: "nToOne"; value: null }
  | { choice: "nToN"; value: null }
  | UnknownAlternative;
export const CallType: AsnType = choice([
  f("pointToPoint", nul),
  f("oneToN", nul),
  f("nToOne", nul),
  f("nToN", nul),
], []);

/** H323-MESSAGES.CallModel (line 1776) */
export type CallModel = 
  | { choice: "direct"; value: null }
  | { choice: "gatekeeperRouted"; value: null }
  | UnknownAlternative;
export const CallModel: AsnType = choice([
  f("direct", nul),
  f("gatekeeperRouted", nul),
], []);

/** H323-MESSAGES.TransportQOS (line 1783) */
export type TransportQOS = 
  | { choice: "endpointControlled"; value: null }
  | { choice: "gatekeeperControlled"; value: null }
  | { choice: "noControl"; value: null }
  | { choice: "qOSCapabilities"; value: Array<MultimediaSystemControl.QOSCapability> }
  | UnknownAlternative;
export const TransportQOS: AsnType = choice([
  f("endpointControlled", nul),
  f("gatekeeperControlled", nul),
  f("noControl", nul),
], [
  f("qOSCapabilities", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.QOSCapability", () => MultimediaSystemControl.QOSCapability), size(1, 256, false))),
]);

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
export const AdmissionConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("callModel", ref("H323-MESSAGES.CallModel", () => CallModel)),
  f("destCallSignalAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("irrFrequency", int(1, 65535), true),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("destinationInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destExtraCallInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destinationType", ref("H323-MESSAGES.EndpointType", () => EndpointType), true),
  f("remoteExtensionAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("alternateEndpoints", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("transportQOS", ref("H323-MESSAGES.TransportQOS", () => TransportQOS), true),
  f("willRespondToIRR", bool),
  f("uuiesRequested", ref("H323-MESSAGES.UUIEsRequested", () => UUIEsRequested)),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
  f("alternateTransportAddresses", ref("H323-MESSAGES.AlternateTransportAddresses", () => AlternateTransportAddresses), true),
  f("useSpecifiedTransport", ref("H323-MESSAGES.UseSpecifiedTransport", () => UseSpecifiedTransport), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("usageSpec", seqOf(ref("H323-MESSAGES.RasUsageSpecification", () => RasUsageSpecification)), true),
  f("supportedProtocols", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("multipleCalls", bool, true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("modifiedSrcInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const UUIEsRequested: AsnType = seq([
  f("setup", bool),
  f("callProceeding", bool),
  f("connect", bool),
  f("alerting", bool),
  f("information", bool),
  f("releaseComplete", bool),
  f("facility", bool),
  f("progress", bool),
  f("empty", bool),
], [
  f("status", bool),
  f("statusInquiry", bool),
  f("setupAcknowledge", bool),
  f("notify", bool),
]);

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
export const AdmissionReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("rejectReason", ref("H323-MESSAGES.AdmissionRejectReason", () => AdmissionRejectReason)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("callSignalAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const AdmissionRejectReason: AsnType = choice([
  f("calledPartyNotRegistered", nul),
  f("invalidPermission", nul),
  f("requestDenied", nul),
  f("undefinedReason", nul),
  f("callerNotRegistered", nul),
  f("routeCallToGatekeeper", nul),
  f("invalidEndpointIdentifier", nul),
  f("resourceUnavailable", nul),
], [
  f("securityDenial", nul),
  f("qosControlNotSupported", nul),
  f("incompleteAddress", nul),
  f("aliasesInconsistent", nul),
  f("routeCallToSCN", seqOf(ref("H323-MESSAGES.PartyNumber", () => PartyNumber))),
  f("exceedsCallCapacity", nul),
  f("collectDestination", nul),
  f("collectPIN", nul),
  f("genericDataReason", nul),
  f("neededFeatureNotSupported", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
  f("securityDHmismatch", nul),
  f("noRouteToDestination", nul),
  f("unallocatedNumber", nul),
  f("registerWithAssignedGK", nul),
]);

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
export const BandwidthRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier)),
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
  f("callReferenceValue", ref("H323-MESSAGES.CallReferenceValue", () => CallReferenceValue)),
  f("callType", ref("H323-MESSAGES.CallType", () => CallType), true),
  f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("answeredCall", bool),
  f("callLinkage", ref("H323-MESSAGES.CallLinkage", () => CallLinkage), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("usageInformation", ref("H323-MESSAGES.RasUsageInformation", () => RasUsageInformation), true),
  f("bandwidthDetails", seqOf(ref("H323-MESSAGES.BandwidthDetails", () => BandwidthDetails)), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("transportQOS", ref("H323-MESSAGES.TransportQOS", () => TransportQOS), true),
]);

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
export const BandwidthConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("transportQOS", ref("H323-MESSAGES.TransportQOS", () => TransportQOS), true),
]);

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
export const BandwidthReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("rejectReason", ref("H323-MESSAGES.BandRejectReason", () => BandRejectReason)),
  f("allowedBandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

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
export const BandRejectReason: AsnType = choice([
  f("notBound", nul),
  f("invalidConferenceID", nul),
  f("invalidPermission", nul),
  f("insufficientResources", nul),
  f("invalidRevision", nul),
  f("undefinedReason", nul),
], [
  f("securityDenial", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
]);

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
export const LocationRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier), true),
  f("destinationInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress))),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("replyAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
], [
  f("sourceInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("canMapAlias", bool),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("desiredProtocols", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
  f("desiredTunnelledProtocol", ref("H323-MESSAGES.TunnelledProtocol", () => TunnelledProtocol), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("hopCount", int(1, 255), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier), true),
  f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth), true),
  f("sourceEndpointInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("canMapSrcAlias", bool),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
]);

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
export const LocationConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("callSignalAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("rasAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("destinationInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destExtraCallInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("destinationType", ref("H323-MESSAGES.EndpointType", () => EndpointType), true),
  f("remoteExtensionAddress", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("alternateEndpoints", seqOf(ref("H323-MESSAGES.Endpoint", () => Endpoint)), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("alternateTransportAddresses", ref("H323-MESSAGES.AlternateTransportAddresses", () => AlternateTransportAddresses), true),
  f("supportedProtocols", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols)), true),
  f("multipleCalls", bool, true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("modifiedSrcInfo", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth), true),
  f("language", seqOf(chars("IA5String", size(1, 32, false), 8, undefined, false)), true),
]);

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
export const LocationReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("rejectReason", ref("H323-MESSAGES.LocationRejectReason", () => LocationRejectReason)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
]);

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
export const LocationRejectReason: AsnType = choice([
  f("notRegistered", nul),
  f("invalidPermission", nul),
  f("requestDenied", nul),
  f("undefinedReason", nul),
], [
  f("securityDenial", nul),
  f("aliasesInconsistent", nul),
  f("routeCalltoSCN", seqOf(ref("H323-MESSAGES.PartyNumber", () => PartyNumber))),
  f("resourceUnavailable", nul),
  f("genericDataReason", nul),
  f("neededFeatureNotSupported", nul),
  f("hopCountExceeded", nul),
  f("incompleteAddress", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
  f("securityDHmismatch", nul),
  f("noRouteToDestination", nul),
  f("unallocatedNumber", nul),
]);

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
export const DisengageRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier)),
  f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
  f("callReferenceValue", ref("H323-MESSAGES.CallReferenceValue", () => CallReferenceValue)),
  f("disengageReason", ref("H323-MESSAGES.DisengageReason", () => DisengageReason)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("gatekeeperIdentifier", ref("H323-MESSAGES.GatekeeperIdentifier", () => GatekeeperIdentifier), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("answeredCall", bool),
  f("callLinkage", ref("H323-MESSAGES.CallLinkage", () => CallLinkage), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("usageInformation", ref("H323-MESSAGES.RasUsageInformation", () => RasUsageInformation), true),
  f("terminationCause", ref("H323-MESSAGES.CallTerminationCause", () => CallTerminationCause), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession)), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

/** H323-MESSAGES.DisengageReason (line 2069) */
export type DisengageReason = 
  | { choice: "forcedDrop"; value: null }
  | { choice: "normalDrop"; value: null }
  | { choice: "undefinedReason"; value: null }
  | UnknownAlternative;
export const DisengageReason: AsnType = choice([
  f("forcedDrop", nul),
  f("normalDrop", nul),
  f("undefinedReason", nul),
], []);

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
export const DisengageConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  f("usageInformation", ref("H323-MESSAGES.RasUsageInformation", () => RasUsageInformation), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const DisengageReject: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("rejectReason", ref("H323-MESSAGES.DisengageRejectReason", () => DisengageRejectReason)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

/** H323-MESSAGES.DisengageRejectReason (line 2105) */
export type DisengageRejectReason = 
  | { choice: "notRegistered"; value: null }
  | { choice: "requestToDropOther"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const DisengageRejectReason: AsnType = choice([
  f("notRegistered", nul),
  f("requestToDropOther", nul),
], [
  f("securityDenial", nul),
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
]);

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
export const InfoRequest: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("callReferenceValue", ref("H323-MESSAGES.CallReferenceValue", () => CallReferenceValue)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("replyAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress), true),
], [
  f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("uuiesRequested", ref("H323-MESSAGES.UUIEsRequested", () => UUIEsRequested), true),
  f("callLinkage", ref("H323-MESSAGES.CallLinkage", () => CallLinkage), true),
  f("usageInfoRequested", ref("H323-MESSAGES.RasUsageInfoTypes", () => RasUsageInfoTypes), true),
  f("segmentedResponseSupported", nul, true),
  f("nextSegmentRequested", int(0, 65535), true),
  f("capacityInfoRequested", nul, true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
  f("assignedGatekeeper", ref("H323-MESSAGES.AlternateGK", () => AlternateGK), true),
]);

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
export const InfoRequestResponse: AsnType = seq([
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("endpointType", ref("H323-MESSAGES.EndpointType", () => EndpointType)),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier)),
  f("rasAddress", ref("H323-MESSAGES.TransportAddress", () => TransportAddress)),
  f("callSignalAddress", seqOf(ref("H323-MESSAGES.TransportAddress", () => TransportAddress))),
  f("endpointAlias", seqOf(ref("H323-MESSAGES.AliasAddress", () => AliasAddress)), true),
  f("perCallInfo", seqOf(seq([
    f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
    f("callReferenceValue", ref("H323-MESSAGES.CallReferenceValue", () => CallReferenceValue)),
    f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
    f("originator", bool, true),
    f("audio", seqOf(ref("H323-MESSAGES.RTPSession", () => RTPSession)), true),
    f("video", seqOf(ref("H323-MESSAGES.RTPSession", () => RTPSession)), true),
    f("data", seqOf(ref("H323-MESSAGES.TransportChannelInfo", () => TransportChannelInfo)), true),
    f("h245", ref("H323-MESSAGES.TransportChannelInfo", () => TransportChannelInfo)),
    f("callSignaling", ref("H323-MESSAGES.TransportChannelInfo", () => TransportChannelInfo)),
    f("callType", ref("H323-MESSAGES.CallType", () => CallType)),
    f("bandWidth", ref("H323-MESSAGES.BandWidth", () => BandWidth)),
    f("callModel", ref("H323-MESSAGES.CallModel", () => CallModel)),
  ], [
    f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
    f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
    f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
    f("substituteConfIDs", seqOf(ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier))),
    f("pdu", seqOf(seq([
      f("h323pdu", ref("H323-MESSAGES.H323-UU-PDU", () => H323UUPDU)),
      f("sent", bool),
    ])), true),
    f("callLinkage", ref("H323-MESSAGES.CallLinkage", () => CallLinkage), true),
    f("usageInformation", ref("H323-MESSAGES.RasUsageInformation", () => RasUsageInformation), true),
    f("circuitInfo", ref("H323-MESSAGES.CircuitInfo", () => CircuitInfo), true),
  ])), true),
], [
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("needResponse", bool),
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("irrStatus", ref("H323-MESSAGES.InfoRequestResponseStatus", () => InfoRequestResponseStatus), true),
  f("unsolicited", bool),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

/** H323-MESSAGES.InfoRequestResponseStatus (line 2183) */
export type InfoRequestResponseStatus = 
  | { choice: "complete"; value: null }
  | { choice: "incomplete"; value: null }
  | { choice: "segment"; value: number }
  | { choice: "invalidCall"; value: null }
  | UnknownAlternative;
export const InfoRequestResponseStatus: AsnType = choice([
  f("complete", nul),
  f("incomplete", nul),
  f("segment", int(0, 65535)),
  f("invalidCall", nul),
], []);

/** H323-MESSAGES.InfoRequestAck (line 2192) */
export type InfoRequestAck = {
  requestSeqNum: RequestSeqNum;
  nonStandardData?: NonStandardParameter;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  $unknown?: UnknownExtension[];
};
export const InfoRequestAck: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
], []);

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
export const InfoRequestNak: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("nakReason", ref("H323-MESSAGES.InfoRequestNakReason", () => InfoRequestNakReason)),
  f("altGKInfo", ref("H323-MESSAGES.AltGKInfo", () => AltGKInfo), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
], []);

/** H323-MESSAGES.InfoRequestNakReason (line 2214) */
export type InfoRequestNakReason = 
  | { choice: "notRegistered"; value: null }
  | { choice: "securityDenial"; value: null }
  | { choice: "undefinedReason"; value: null }
  | { choice: "securityError"; value: SecurityErrors2 }
  | UnknownAlternative;
export const InfoRequestNakReason: AsnType = choice([
  f("notRegistered", nul),
  f("securityDenial", nul),
  f("undefinedReason", nul),
], [
  f("securityError", ref("H323-MESSAGES.SecurityErrors2", () => SecurityErrors2)),
]);

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
export const NonStandardMessage: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
], [
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

/** H323-MESSAGES.UnknownMessageResponse (line 2235) */
export type UnknownMessageResponse = {
  requestSeqNum: RequestSeqNum;
  tokens?: Array<H235SecurityMessages.ClearToken>;
  cryptoTokens?: Array<CryptoH323Token>;
  integrityCheckValue?: ICV;
  messageNotUnderstood?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const UnknownMessageResponse: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
], [
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("messageNotUnderstood", octets()),
]);

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
export const RequestInProgress: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("delay", int(1, 65535)),
], []);

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
export const ResourcesAvailableIndicate: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier)),
  f("protocols", seqOf(ref("H323-MESSAGES.SupportedProtocols", () => SupportedProtocols))),
  f("almostOutOfResources", bool),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
], [
  f("capacity", ref("H323-MESSAGES.CallCapacity", () => CallCapacity), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

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
export const ResourcesAvailableConfirm: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("protocolIdentifier", ref("H323-MESSAGES.ProtocolIdentifier", () => ProtocolIdentifier)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
], [
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
]);

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
export const ServiceControlIndication: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("serviceControl", seqOf(ref("H323-MESSAGES.ServiceControlSession", () => ServiceControlSession))),
  f("endpointIdentifier", ref("H323-MESSAGES.EndpointIdentifier", () => EndpointIdentifier), true),
  f("callSpecific", seq([
    f("callIdentifier", ref("H323-MESSAGES.CallIdentifier", () => CallIdentifier)),
    f("conferenceID", ref("H323-MESSAGES.ConferenceIdentifier", () => ConferenceIdentifier)),
    f("answeredCall", bool),
  ], []), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
], []);

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
export const ServiceControlResponse: AsnType = seq([
  f("requestSeqNum", ref("H323-MESSAGES.RequestSeqNum", () => RequestSeqNum)),
  f("result", choice([
    f("started", nul),
    f("failed", nul),
    f("stopped", nul),
    f("notAvailable", nul),
    f("neededFeatureNotSupported", nul),
  ], []), true),
  f("nonStandardData", ref("H323-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
  f("tokens", seqOf(ref("H235-SECURITY-MESSAGES.ClearToken", () => H235SecurityMessages.ClearToken)), true),
  f("cryptoTokens", seqOf(ref("H323-MESSAGES.CryptoH323Token", () => CryptoH323Token)), true),
  f("integrityCheckValue", ref("H323-MESSAGES.ICV", () => ICV), true),
  f("featureSet", ref("H323-MESSAGES.FeatureSet", () => FeatureSet), true),
  f("genericData", seqOf(ref("H323-MESSAGES.GenericData", () => GenericData)), true),
], []);
