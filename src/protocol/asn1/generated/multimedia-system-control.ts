// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module MULTIMEDIA-SYSTEM-CONTROL

import type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "../descriptor.js";
import { bits, bool, chars, choice, f, generalString, int, nul, octets, oid, ref, seq, seqOf, size } from "../descriptor-builders.js";

/** MULTIMEDIA-SYSTEM-CONTROL.MultimediaSystemControlMessage (line 22) */
export type MultimediaSystemControlMessage = 
  | { choice: "request"; value: RequestMessage }
  | { choice: "response"; value: ResponseMessage }
  | { choice: "command"; value: CommandMessage }
  | { choice: "indication"; value: IndicationMessage }
  | UnknownAlternative;
export const MultimediaSystemControlMessage: AsnType = choice([
  f("request", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMessage", () => RequestMessage)),
  f("response", ref("MULTIMEDIA-SYSTEM-CONTROL.ResponseMessage", () => ResponseMessage)),
  f("command", ref("MULTIMEDIA-SYSTEM-CONTROL.CommandMessage", () => CommandMessage)),
  f("indication", ref("MULTIMEDIA-SYSTEM-CONTROL.IndicationMessage", () => IndicationMessage)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMessage (line 33) */
export type RequestMessage = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "masterSlaveDetermination"; value: MasterSlaveDetermination }
  | { choice: "terminalCapabilitySet"; value: TerminalCapabilitySet }
  | { choice: "openLogicalChannel"; value: OpenLogicalChannel }
  | { choice: "closeLogicalChannel"; value: CloseLogicalChannel }
  | { choice: "requestChannelClose"; value: RequestChannelClose }
  | { choice: "multiplexEntrySend"; value: MultiplexEntrySend }
  | { choice: "requestMultiplexEntry"; value: RequestMultiplexEntry }
  | { choice: "requestMode"; value: RequestMode }
  | { choice: "roundTripDelayRequest"; value: RoundTripDelayRequest }
  | { choice: "maintenanceLoopRequest"; value: MaintenanceLoopRequest }
  | { choice: "communicationModeRequest"; value: CommunicationModeRequest }
  | { choice: "conferenceRequest"; value: ConferenceRequest }
  | { choice: "multilinkRequest"; value: MultilinkRequest }
  | { choice: "logicalChannelRateRequest"; value: LogicalChannelRateRequest }
  | { choice: "genericRequest"; value: GenericMessage }
  | UnknownAlternative;
export const RequestMessage: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("masterSlaveDetermination", ref("MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDetermination", () => MasterSlaveDetermination)),
  f("terminalCapabilitySet", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySet", () => TerminalCapabilitySet)),
  f("openLogicalChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannel", () => OpenLogicalChannel)),
  f("closeLogicalChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannel", () => CloseLogicalChannel)),
  f("requestChannelClose", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestChannelClose", () => RequestChannelClose)),
  f("multiplexEntrySend", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySend", () => MultiplexEntrySend)),
  f("requestMultiplexEntry", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntry", () => RequestMultiplexEntry)),
  f("requestMode", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMode", () => RequestMode)),
  f("roundTripDelayRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayRequest", () => RoundTripDelayRequest)),
  f("maintenanceLoopRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopRequest", () => MaintenanceLoopRequest)),
], [
  f("communicationModeRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeRequest", () => CommunicationModeRequest)),
  f("conferenceRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.ConferenceRequest", () => ConferenceRequest)),
  f("multilinkRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.MultilinkRequest", () => MultilinkRequest)),
  f("logicalChannelRateRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRequest", () => LogicalChannelRateRequest)),
  f("genericRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", () => GenericMessage)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ResponseMessage (line 56) */
export type ResponseMessage = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "masterSlaveDeterminationAck"; value: MasterSlaveDeterminationAck }
  | { choice: "masterSlaveDeterminationReject"; value: MasterSlaveDeterminationReject }
  | { choice: "terminalCapabilitySetAck"; value: TerminalCapabilitySetAck }
  | { choice: "terminalCapabilitySetReject"; value: TerminalCapabilitySetReject }
  | { choice: "openLogicalChannelAck"; value: OpenLogicalChannelAck }
  | { choice: "openLogicalChannelReject"; value: OpenLogicalChannelReject }
  | { choice: "closeLogicalChannelAck"; value: CloseLogicalChannelAck }
  | { choice: "requestChannelCloseAck"; value: RequestChannelCloseAck }
  | { choice: "requestChannelCloseReject"; value: RequestChannelCloseReject }
  | { choice: "multiplexEntrySendAck"; value: MultiplexEntrySendAck }
  | { choice: "multiplexEntrySendReject"; value: MultiplexEntrySendReject }
  | { choice: "requestMultiplexEntryAck"; value: RequestMultiplexEntryAck }
  | { choice: "requestMultiplexEntryReject"; value: RequestMultiplexEntryReject }
  | { choice: "requestModeAck"; value: RequestModeAck }
  | { choice: "requestModeReject"; value: RequestModeReject }
  | { choice: "roundTripDelayResponse"; value: RoundTripDelayResponse }
  | { choice: "maintenanceLoopAck"; value: MaintenanceLoopAck }
  | { choice: "maintenanceLoopReject"; value: MaintenanceLoopReject }
  | { choice: "communicationModeResponse"; value: CommunicationModeResponse }
  | { choice: "conferenceResponse"; value: ConferenceResponse }
  | { choice: "multilinkResponse"; value: MultilinkResponse }
  | { choice: "logicalChannelRateAcknowledge"; value: LogicalChannelRateAcknowledge }
  | { choice: "logicalChannelRateReject"; value: LogicalChannelRateReject }
  | { choice: "genericResponse"; value: GenericMessage }
  | UnknownAlternative;
export const ResponseMessage: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("masterSlaveDeterminationAck", ref("MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationAck", () => MasterSlaveDeterminationAck)),
  f("masterSlaveDeterminationReject", ref("MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationReject", () => MasterSlaveDeterminationReject)),
  f("terminalCapabilitySetAck", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetAck", () => TerminalCapabilitySetAck)),
  f("terminalCapabilitySetReject", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetReject", () => TerminalCapabilitySetReject)),
  f("openLogicalChannelAck", ref("MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelAck", () => OpenLogicalChannelAck)),
  f("openLogicalChannelReject", ref("MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelReject", () => OpenLogicalChannelReject)),
  f("closeLogicalChannelAck", ref("MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannelAck", () => CloseLogicalChannelAck)),
  f("requestChannelCloseAck", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseAck", () => RequestChannelCloseAck)),
  f("requestChannelCloseReject", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseReject", () => RequestChannelCloseReject)),
  f("multiplexEntrySendAck", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendAck", () => MultiplexEntrySendAck)),
  f("multiplexEntrySendReject", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendReject", () => MultiplexEntrySendReject)),
  f("requestMultiplexEntryAck", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryAck", () => RequestMultiplexEntryAck)),
  f("requestMultiplexEntryReject", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryReject", () => RequestMultiplexEntryReject)),
  f("requestModeAck", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestModeAck", () => RequestModeAck)),
  f("requestModeReject", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestModeReject", () => RequestModeReject)),
  f("roundTripDelayResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayResponse", () => RoundTripDelayResponse)),
  f("maintenanceLoopAck", ref("MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopAck", () => MaintenanceLoopAck)),
  f("maintenanceLoopReject", ref("MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopReject", () => MaintenanceLoopReject)),
], [
  f("communicationModeResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeResponse", () => CommunicationModeResponse)),
  f("conferenceResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.ConferenceResponse", () => ConferenceResponse)),
  f("multilinkResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.MultilinkResponse", () => MultilinkResponse)),
  f("logicalChannelRateAcknowledge", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateAcknowledge", () => LogicalChannelRateAcknowledge)),
  f("logicalChannelRateReject", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateReject", () => LogicalChannelRateReject)),
  f("genericResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", () => GenericMessage)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CommandMessage (line 88) */
export type CommandMessage = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "maintenanceLoopOffCommand"; value: MaintenanceLoopOffCommand }
  | { choice: "sendTerminalCapabilitySet"; value: SendTerminalCapabilitySet }
  | { choice: "encryptionCommand"; value: EncryptionCommand }
  | { choice: "flowControlCommand"; value: FlowControlCommand }
  | { choice: "endSessionCommand"; value: EndSessionCommand }
  | { choice: "miscellaneousCommand"; value: MiscellaneousCommand }
  | { choice: "communicationModeCommand"; value: CommunicationModeCommand }
  | { choice: "conferenceCommand"; value: ConferenceCommand }
  | { choice: "h223MultiplexReconfiguration"; value: H223MultiplexReconfiguration }
  | { choice: "newATMVCCommand"; value: NewATMVCCommand }
  | { choice: "mobileMultilinkReconfigurationCommand"; value: MobileMultilinkReconfigurationCommand }
  | { choice: "genericCommand"; value: GenericMessage }
  | UnknownAlternative;
export const CommandMessage: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("maintenanceLoopOffCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopOffCommand", () => MaintenanceLoopOffCommand)),
  f("sendTerminalCapabilitySet", ref("MULTIMEDIA-SYSTEM-CONTROL.SendTerminalCapabilitySet", () => SendTerminalCapabilitySet)),
  f("encryptionCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionCommand", () => EncryptionCommand)),
  f("flowControlCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.FlowControlCommand", () => FlowControlCommand)),
  f("endSessionCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.EndSessionCommand", () => EndSessionCommand)),
  f("miscellaneousCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.MiscellaneousCommand", () => MiscellaneousCommand)),
], [
  f("communicationModeCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeCommand", () => CommunicationModeCommand)),
  f("conferenceCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.ConferenceCommand", () => ConferenceCommand)),
  f("h223MultiplexReconfiguration", ref("MULTIMEDIA-SYSTEM-CONTROL.H223MultiplexReconfiguration", () => H223MultiplexReconfiguration)),
  f("newATMVCCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.NewATMVCCommand", () => NewATMVCCommand)),
  f("mobileMultilinkReconfigurationCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationCommand", () => MobileMultilinkReconfigurationCommand)),
  f("genericCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", () => GenericMessage)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.IndicationMessage (line 108) */
export type IndicationMessage = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "functionNotUnderstood"; value: FunctionNotUnderstood }
  | { choice: "masterSlaveDeterminationRelease"; value: MasterSlaveDeterminationRelease }
  | { choice: "terminalCapabilitySetRelease"; value: TerminalCapabilitySetRelease }
  | { choice: "openLogicalChannelConfirm"; value: OpenLogicalChannelConfirm }
  | { choice: "requestChannelCloseRelease"; value: RequestChannelCloseRelease }
  | { choice: "multiplexEntrySendRelease"; value: MultiplexEntrySendRelease }
  | { choice: "requestMultiplexEntryRelease"; value: RequestMultiplexEntryRelease }
  | { choice: "requestModeRelease"; value: RequestModeRelease }
  | { choice: "miscellaneousIndication"; value: MiscellaneousIndication }
  | { choice: "jitterIndication"; value: JitterIndication }
  | { choice: "h223SkewIndication"; value: H223SkewIndication }
  | { choice: "newATMVCIndication"; value: NewATMVCIndication }
  | { choice: "userInput"; value: UserInputIndication }
  | { choice: "h2250MaximumSkewIndication"; value: H2250MaximumSkewIndication }
  | { choice: "mcLocationIndication"; value: MCLocationIndication }
  | { choice: "conferenceIndication"; value: ConferenceIndication }
  | { choice: "vendorIdentification"; value: VendorIdentification }
  | { choice: "functionNotSupported"; value: FunctionNotSupported }
  | { choice: "multilinkIndication"; value: MultilinkIndication }
  | { choice: "logicalChannelRateRelease"; value: LogicalChannelRateRelease }
  | { choice: "flowControlIndication"; value: FlowControlIndication }
  | { choice: "mobileMultilinkReconfigurationIndication"; value: MobileMultilinkReconfigurationIndication }
  | { choice: "genericIndication"; value: GenericMessage }
  | UnknownAlternative;
export const IndicationMessage: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("functionNotUnderstood", ref("MULTIMEDIA-SYSTEM-CONTROL.FunctionNotUnderstood", () => FunctionNotUnderstood)),
  f("masterSlaveDeterminationRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationRelease", () => MasterSlaveDeterminationRelease)),
  f("terminalCapabilitySetRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetRelease", () => TerminalCapabilitySetRelease)),
  f("openLogicalChannelConfirm", ref("MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelConfirm", () => OpenLogicalChannelConfirm)),
  f("requestChannelCloseRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseRelease", () => RequestChannelCloseRelease)),
  f("multiplexEntrySendRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendRelease", () => MultiplexEntrySendRelease)),
  f("requestMultiplexEntryRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRelease", () => RequestMultiplexEntryRelease)),
  f("requestModeRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestModeRelease", () => RequestModeRelease)),
  f("miscellaneousIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.MiscellaneousIndication", () => MiscellaneousIndication)),
  f("jitterIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.JitterIndication", () => JitterIndication)),
  f("h223SkewIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.H223SkewIndication", () => H223SkewIndication)),
  f("newATMVCIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.NewATMVCIndication", () => NewATMVCIndication)),
  f("userInput", ref("MULTIMEDIA-SYSTEM-CONTROL.UserInputIndication", () => UserInputIndication)),
], [
  f("h2250MaximumSkewIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250MaximumSkewIndication", () => H2250MaximumSkewIndication)),
  f("mcLocationIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.MCLocationIndication", () => MCLocationIndication)),
  f("conferenceIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.ConferenceIndication", () => ConferenceIndication)),
  f("vendorIdentification", ref("MULTIMEDIA-SYSTEM-CONTROL.VendorIdentification", () => VendorIdentification)),
  f("functionNotSupported", ref("MULTIMEDIA-SYSTEM-CONTROL.FunctionNotSupported", () => FunctionNotSupported)),
  f("multilinkIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.MultilinkIndication", () => MultilinkIndication)),
  f("logicalChannelRateRelease", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRelease", () => LogicalChannelRateRelease)),
  f("flowControlIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.FlowControlIndication", () => FlowControlIndication)),
  f("mobileMultilinkReconfigurationIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationIndication", () => MobileMultilinkReconfigurationIndication)),
  f("genericIndication", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", () => GenericMessage)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber (line 139) */
export type SequenceNumber = number;
export const SequenceNumber: AsnType = int(0, 255);

/** MULTIMEDIA-SYSTEM-CONTROL.GenericMessage (line 145) */
export type GenericMessage = {
  messageIdentifier: CapabilityIdentifier;
  subMessageIdentifier?: number;
  messageContent?: Array<GenericParameter>;
  $unknown?: UnknownExtension[];
};
export const GenericMessage: AsnType = seq([
  f("messageIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityIdentifier", () => CapabilityIdentifier)),
  f("subMessageIdentifier", int(0, 127), true),
  f("messageContent", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", () => GenericParameter)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.GenericInformation (line 153) */
export type GenericInformation = GenericMessage;
export const GenericInformation: AsnType = ref("MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", () => GenericMessage);

/** MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage (line 159) */
export type NonStandardMessage = {
  nonStandardData: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const NonStandardMessage: AsnType = seq([
  f("nonStandardData", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter (line 165) */
export type NonStandardParameter = {
  nonStandardIdentifier: NonStandardIdentifier;
  data: Uint8Array;
};
export const NonStandardParameter: AsnType = seq([
  f("nonStandardIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardIdentifier", () => NonStandardIdentifier)),
  f("data", octets()),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.NonStandardIdentifier (line 171) */
export type NonStandardIdentifier = 
  | { choice: "object"; value: string }
  | { choice: "h221NonStandard"; value: {
    t35CountryCode: number;
    t35Extension: number;
    manufacturerCode: number;
  } };
export const NonStandardIdentifier: AsnType = choice([
  f("object", oid),
  f("h221NonStandard", seq([
    f("t35CountryCode", int(0, 255)),
    f("t35Extension", int(0, 255)),
    f("manufacturerCode", int(0, 65535)),
  ])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDetermination (line 191) */
export type MasterSlaveDetermination = {
  terminalType: number;
  statusDeterminationNumber: number;
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDetermination: AsnType = seq([
  f("terminalType", int(0, 255)),
  f("statusDeterminationNumber", int(0, 16777215)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationAck (line 198) */
export type MasterSlaveDeterminationAck = {
  decision: 
    | { choice: "master"; value: null }
    | { choice: "slave"; value: null };
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDeterminationAck: AsnType = seq([
  f("decision", choice([
    f("master", nul),
    f("slave", nul),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationReject (line 208) */
export type MasterSlaveDeterminationReject = {
  cause: 
    | { choice: "identicalNumbers"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDeterminationReject: AsnType = seq([
  f("cause", choice([
    f("identicalNumbers", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationRelease (line 218) */
export type MasterSlaveDeterminationRelease = {
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDeterminationRelease: AsnType = seq([], []);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySet (line 227) */
export type TerminalCapabilitySet = {
  sequenceNumber: SequenceNumber;
  protocolIdentifier: string;
  multiplexCapability?: MultiplexCapability;
  capabilityTable?: Array<CapabilityTableEntry>;
  capabilityDescriptors?: Array<CapabilityDescriptor>;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const TerminalCapabilitySet: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("protocolIdentifier", oid),
  f("multiplexCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexCapability", () => MultiplexCapability), true),
  f("capabilityTable", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntry", () => CapabilityTableEntry), size(1, 256, false)), true),
  f("capabilityDescriptors", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptor", () => CapabilityDescriptor), size(1, 256, false)), true),
], [
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntry (line 243) */
export type CapabilityTableEntry = {
  capabilityTableEntryNumber: CapabilityTableEntryNumber;
  capability?: Capability;
};
export const CapabilityTableEntry: AsnType = seq([
  f("capabilityTableEntryNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber)),
  f("capability", ref("MULTIMEDIA-SYSTEM-CONTROL.Capability", () => Capability), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptor (line 249) */
export type CapabilityDescriptor = {
  capabilityDescriptorNumber: CapabilityDescriptorNumber;
  simultaneousCapabilities?: Array<AlternativeCapabilitySet>;
};
export const CapabilityDescriptor: AsnType = seq([
  f("capabilityDescriptorNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptorNumber", () => CapabilityDescriptorNumber)),
  f("simultaneousCapabilities", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", () => AlternativeCapabilitySet), size(1, 256, false)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet (line 255) */
export type AlternativeCapabilitySet = Array<CapabilityTableEntryNumber>;
export const AlternativeCapabilitySet: AsnType = seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber), size(1, 256, false));

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber (line 257) */
export type CapabilityTableEntryNumber = number;
export const CapabilityTableEntryNumber: AsnType = int(1, 65535);

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptorNumber (line 259) */
export type CapabilityDescriptorNumber = number;
export const CapabilityDescriptorNumber: AsnType = int(0, 255);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetAck (line 261) */
export type TerminalCapabilitySetAck = {
  sequenceNumber: SequenceNumber;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const TerminalCapabilitySetAck: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
], [
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetReject (line 270) */
export type TerminalCapabilitySetReject = {
  sequenceNumber: SequenceNumber;
  cause: 
    | { choice: "unspecified"; value: null }
    | { choice: "undefinedTableEntryUsed"; value: null }
    | { choice: "descriptorCapacityExceeded"; value: null }
    | { choice: "tableEntryCapacityExceeded"; value: 
      | { choice: "highestEntryNumberProcessed"; value: CapabilityTableEntryNumber }
      | { choice: "noneProcessed"; value: null } }
    | UnknownAlternative;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const TerminalCapabilitySetReject: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("cause", choice([
    f("unspecified", nul),
    f("undefinedTableEntryUsed", nul),
    f("descriptorCapacityExceeded", nul),
    f("tableEntryCapacityExceeded", choice([
      f("highestEntryNumberProcessed", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber)),
      f("noneProcessed", nul),
    ])),
  ], [])),
], [
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetRelease (line 291) */
export type TerminalCapabilitySetRelease = {
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const TerminalCapabilitySetRelease: AsnType = seq([], [
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.Capability (line 303) */
export type Capability = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "receiveVideoCapability"; value: VideoCapability }
  | { choice: "transmitVideoCapability"; value: VideoCapability }
  | { choice: "receiveAndTransmitVideoCapability"; value: VideoCapability }
  | { choice: "receiveAudioCapability"; value: AudioCapability }
  | { choice: "transmitAudioCapability"; value: AudioCapability }
  | { choice: "receiveAndTransmitAudioCapability"; value: AudioCapability }
  | { choice: "receiveDataApplicationCapability"; value: DataApplicationCapability }
  | { choice: "transmitDataApplicationCapability"; value: DataApplicationCapability }
  | { choice: "receiveAndTransmitDataApplicationCapability"; value: DataApplicationCapability }
  | { choice: "h233EncryptionTransmitCapability"; value: boolean }
  | { choice: "h233EncryptionReceiveCapability"; value: {
    h233IVResponseTime: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "conferenceCapability"; value: ConferenceCapability }
  | { choice: "h235SecurityCapability"; value: H235SecurityCapability }
  | { choice: "maxPendingReplacementFor"; value: number }
  | { choice: "receiveUserInputCapability"; value: UserInputCapability }
  | { choice: "transmitUserInputCapability"; value: UserInputCapability }
  | { choice: "receiveAndTransmitUserInputCapability"; value: UserInputCapability }
  | { choice: "genericControlCapability"; value: GenericCapability }
  | { choice: "receiveMultiplexedStreamCapability"; value: MultiplexedStreamCapability }
  | { choice: "transmitMultiplexedStreamCapability"; value: MultiplexedStreamCapability }
  | { choice: "receiveAndTransmitMultiplexedStreamCapability"; value: MultiplexedStreamCapability }
  | { choice: "receiveRTPAudioTelephonyEventCapability"; value: AudioTelephonyEventCapability }
  | { choice: "receiveRTPAudioToneCapability"; value: AudioToneCapability }
  | { choice: "depFecCapability"; value: DepFECCapability }
  | { choice: "multiplePayloadStreamCapability"; value: MultiplePayloadStreamCapability }
  | { choice: "fecCapability"; value: FECCapability }
  | { choice: "redundancyEncodingCap"; value: RedundancyEncodingCapability }
  | { choice: "oneOfCapabilities"; value: AlternativeCapabilitySet }
  | UnknownAlternative;
export const Capability: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("receiveVideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability)),
  f("transmitVideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability)),
  f("receiveAndTransmitVideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability)),
  f("receiveAudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
  f("transmitAudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
  f("receiveAndTransmitAudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
  f("receiveDataApplicationCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)),
  f("transmitDataApplicationCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)),
  f("receiveAndTransmitDataApplicationCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)),
  f("h233EncryptionTransmitCapability", bool),
  f("h233EncryptionReceiveCapability", seq([
    f("h233IVResponseTime", int(0, 255)),
  ], [])),
], [
  f("conferenceCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.ConferenceCapability", () => ConferenceCapability)),
  f("h235SecurityCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.H235SecurityCapability", () => H235SecurityCapability)),
  f("maxPendingReplacementFor", int(0, 255)),
  f("receiveUserInputCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability", () => UserInputCapability)),
  f("transmitUserInputCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability", () => UserInputCapability)),
  f("receiveAndTransmitUserInputCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability", () => UserInputCapability)),
  f("genericControlCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
  f("receiveMultiplexedStreamCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability", () => MultiplexedStreamCapability)),
  f("transmitMultiplexedStreamCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability", () => MultiplexedStreamCapability)),
  f("receiveAndTransmitMultiplexedStreamCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability", () => MultiplexedStreamCapability)),
  f("receiveRTPAudioTelephonyEventCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioTelephonyEventCapability", () => AudioTelephonyEventCapability)),
  f("receiveRTPAudioToneCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioToneCapability", () => AudioToneCapability)),
  f("depFecCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.DepFECCapability", () => DepFECCapability)),
  f("multiplePayloadStreamCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamCapability", () => MultiplePayloadStreamCapability)),
  f("fecCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.FECCapability", () => FECCapability)),
  f("redundancyEncodingCap", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingCapability", () => RedundancyEncodingCapability)),
  f("oneOfCapabilities", ref("MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", () => AlternativeCapabilitySet)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H235SecurityCapability (line 345) */
export type H235SecurityCapability = {
  encryptionAuthenticationAndIntegrity: EncryptionAuthenticationAndIntegrity;
  mediaCapability: CapabilityTableEntryNumber;
  $unknown?: UnknownExtension[];
};
export const H235SecurityCapability: AsnType = seq([
  f("encryptionAuthenticationAndIntegrity", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity", () => EncryptionAuthenticationAndIntegrity)),
  f("mediaCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DTLSSecurityCapability (line 362) */
export type DTLSSecurityCapability = {
  hashFunction: Array<string>;
  setupInformation?: string;
  connectionInformation?: string;
  fingerprint?: string;
  $unknown?: UnknownExtension[];
};
export const DTLSSecurityCapability: AsnType = seq([
  f("hashFunction", seqOf(chars("IA5String", size(1, 65535, false), 8, undefined, false))),
  f("setupInformation", chars("IA5String", size(1, 65535, false), 8, undefined, false), true),
  f("connectionInformation", chars("IA5String", size(1, 65535, false), 8, undefined, false), true),
  f("fingerprint", chars("IA5String", size(1, 65535, false), 8, undefined, false), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexCapability (line 375) */
export type MultiplexCapability = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h222Capability"; value: H222Capability }
  | { choice: "h223Capability"; value: H223Capability }
  | { choice: "v76Capability"; value: V76Capability }
  | { choice: "h2250Capability"; value: H2250Capability }
  | { choice: "genericMultiplexCapability"; value: GenericCapability }
  | UnknownAlternative;
export const MultiplexCapability: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("h222Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.H222Capability", () => H222Capability)),
  f("h223Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.H223Capability", () => H223Capability)),
  f("v76Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.V76Capability", () => V76Capability)),
], [
  f("h2250Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250Capability", () => H2250Capability)),
  f("genericMultiplexCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H222Capability (line 386) */
export type H222Capability = {
  numberOfVCs: number;
  vcCapability: Array<VCCapability>;
  $unknown?: UnknownExtension[];
};
export const H222Capability: AsnType = seq([
  f("numberOfVCs", int(1, 256)),
  f("vcCapability", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.VCCapability", () => VCCapability))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.VCCapability (line 393) */
export type VCCapability = {
  aal1?: {
    nullClockRecovery: boolean;
    srtsClockRecovery: boolean;
    adaptiveClockRecovery: boolean;
    nullErrorCorrection: boolean;
    longInterleaver: boolean;
    shortInterleaver: boolean;
    errorCorrectionOnly: boolean;
    structuredDataTransfer: boolean;
    partiallyFilledCells: boolean;
    $unknown?: UnknownExtension[];
  };
  aal5?: {
    forwardMaximumSDUSize: number;
    backwardMaximumSDUSize: number;
    $unknown?: UnknownExtension[];
  };
  transportStream: boolean;
  programStream: boolean;
  availableBitRates: {
    type: 
      | { choice: "singleBitRate"; value: number }
      | { choice: "rangeOfBitRates"; value: {
        lowerBitRate: number;
        higherBitRate: number;
      } };
    $unknown?: UnknownExtension[];
  };
  aal1ViaGateway?: {
    gatewayAddress: Array<Q2931Address>;
    nullClockRecovery: boolean;
    srtsClockRecovery: boolean;
    adaptiveClockRecovery: boolean;
    nullErrorCorrection: boolean;
    longInterleaver: boolean;
    shortInterleaver: boolean;
    errorCorrectionOnly: boolean;
    structuredDataTransfer: boolean;
    partiallyFilledCells: boolean;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const VCCapability: AsnType = seq([
  f("aal1", seq([
    f("nullClockRecovery", bool),
    f("srtsClockRecovery", bool),
    f("adaptiveClockRecovery", bool),
    f("nullErrorCorrection", bool),
    f("longInterleaver", bool),
    f("shortInterleaver", bool),
    f("errorCorrectionOnly", bool),
    f("structuredDataTransfer", bool),
    f("partiallyFilledCells", bool),
  ], []), true),
  f("aal5", seq([
    f("forwardMaximumSDUSize", int(0, 65535)),
    f("backwardMaximumSDUSize", int(0, 65535)),
  ], []), true),
  f("transportStream", bool),
  f("programStream", bool),
  f("availableBitRates", seq([
    f("type", choice([
      f("singleBitRate", int(1, 65535)),
      f("rangeOfBitRates", seq([
        f("lowerBitRate", int(1, 65535)),
        f("higherBitRate", int(1, 65535)),
      ])),
    ])),
  ], [])),
], [
  f("aal1ViaGateway", seq([
    f("gatewayAddress", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.Q2931Address", () => Q2931Address), size(1, 256, false))),
    f("nullClockRecovery", bool),
    f("srtsClockRecovery", bool),
    f("adaptiveClockRecovery", bool),
    f("nullErrorCorrection", bool),
    f("longInterleaver", bool),
    f("shortInterleaver", bool),
    f("errorCorrectionOnly", bool),
    f("structuredDataTransfer", bool),
    f("partiallyFilledCells", bool),
  ], []), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H223Capability (line 446) */
export type H223Capability = {
  "transportWithI-frames": boolean;
  videoWithAL1: boolean;
  videoWithAL2: boolean;
  videoWithAL3: boolean;
  audioWithAL1: boolean;
  audioWithAL2: boolean;
  audioWithAL3: boolean;
  dataWithAL1: boolean;
  dataWithAL2: boolean;
  dataWithAL3: boolean;
  maximumAl2SDUSize: number;
  maximumAl3SDUSize: number;
  maximumDelayJitter: number;
  h223MultiplexTableCapability: 
    | { choice: "basic"; value: null }
    | { choice: "enhanced"; value: {
      maximumNestingDepth: number;
      maximumElementListSize: number;
      maximumSubElementListSize: number;
      $unknown?: UnknownExtension[];
    } };
  maxMUXPDUSizeCapability?: boolean;
  nsrpSupport?: boolean;
  mobileOperationTransmitCapability?: {
    modeChangeCapability: boolean;
    h223AnnexA: boolean;
    h223AnnexADoubleFlag: boolean;
    h223AnnexB: boolean;
    h223AnnexBwithHeader: boolean;
    $unknown?: UnknownExtension[];
  };
  h223AnnexCCapability?: H223AnnexCCapability;
  bitRate?: number;
  mobileMultilinkFrameCapability?: {
    maximumSampleSize: number;
    maximumPayloadLength: number;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const H223Capability: AsnType = seq([
  f("transportWithI-frames", bool),
  f("videoWithAL1", bool),
  f("videoWithAL2", bool),
  f("videoWithAL3", bool),
  f("audioWithAL1", bool),
  f("audioWithAL2", bool),
  f("audioWithAL3", bool),
  f("dataWithAL1", bool),
  f("dataWithAL2", bool),
  f("dataWithAL3", bool),
  f("maximumAl2SDUSize", int(0, 65535)),
  f("maximumAl3SDUSize", int(0, 65535)),
  f("maximumDelayJitter", int(0, 1023)),
  f("h223MultiplexTableCapability", choice([
    f("basic", nul),
    f("enhanced", seq([
      f("maximumNestingDepth", int(1, 15)),
      f("maximumElementListSize", int(2, 255)),
      f("maximumSubElementListSize", int(2, 255)),
    ], [])),
  ])),
], [
  f("maxMUXPDUSizeCapability", bool),
  f("nsrpSupport", bool),
  f("mobileOperationTransmitCapability", seq([
    f("modeChangeCapability", bool),
    f("h223AnnexA", bool),
    f("h223AnnexADoubleFlag", bool),
    f("h223AnnexB", bool),
    f("h223AnnexBwithHeader", bool),
  ], []), true),
  f("h223AnnexCCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCCapability", () => H223AnnexCCapability), true),
  f("bitRate", int(1, 19200), true),
  f("mobileMultilinkFrameCapability", seq([
    f("maximumSampleSize", int(1, 255)),
    f("maximumPayloadLength", int(1, 65025)),
  ], []), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCCapability (line 494) */
export type H223AnnexCCapability = {
  videoWithAL1M: boolean;
  videoWithAL2M: boolean;
  videoWithAL3M: boolean;
  audioWithAL1M: boolean;
  audioWithAL2M: boolean;
  audioWithAL3M: boolean;
  dataWithAL1M: boolean;
  dataWithAL2M: boolean;
  dataWithAL3M: boolean;
  alpduInterleaving: boolean;
  maximumAL1MPDUSize: number;
  maximumAL2MSDUSize: number;
  maximumAL3MSDUSize: number;
  rsCodeCapability?: boolean;
  $unknown?: UnknownExtension[];
};
export const H223AnnexCCapability: AsnType = seq([
  f("videoWithAL1M", bool),
  f("videoWithAL2M", bool),
  f("videoWithAL3M", bool),
  f("audioWithAL1M", bool),
  f("audioWithAL2M", bool),
  f("audioWithAL3M", bool),
  f("dataWithAL1M", bool),
  f("dataWithAL2M", bool),
  f("dataWithAL3M", bool),
  f("alpduInterleaving", bool),
  f("maximumAL1MPDUSize", int(0, 65535)),
  f("maximumAL2MSDUSize", int(0, 65535)),
  f("maximumAL3MSDUSize", int(0, 65535)),
], [
  f("rsCodeCapability", bool, true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.V76Capability (line 513) */
export type V76Capability = {
  suspendResumeCapabilitywAddress: boolean;
  suspendResumeCapabilitywoAddress: boolean;
  rejCapability: boolean;
  sREJCapability: boolean;
  mREJCapability: boolean;
  crc8bitCapability: boolean;
  crc16bitCapability: boolean;
  crc32bitCapability: boolean;
  uihCapability: boolean;
  numOfDLCS: number;
  twoOctetAddressFieldCapability: boolean;
  loopBackTestCapability: boolean;
  n401Capability: number;
  maxWindowSizeCapability: number;
  v75Capability: V75Capability;
  $unknown?: UnknownExtension[];
};
export const V76Capability: AsnType = seq([
  f("suspendResumeCapabilitywAddress", bool),
  f("suspendResumeCapabilitywoAddress", bool),
  f("rejCapability", bool),
  f("sREJCapability", bool),
  f("mREJCapability", bool),
  f("crc8bitCapability", bool),
  f("crc16bitCapability", bool),
  f("crc32bitCapability", bool),
  f("uihCapability", bool),
  f("numOfDLCS", int(2, 8191)),
  f("twoOctetAddressFieldCapability", bool),
  f("loopBackTestCapability", bool),
  f("n401Capability", int(1, 4095)),
  f("maxWindowSizeCapability", int(1, 127)),
  f("v75Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.V75Capability", () => V75Capability)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.V75Capability (line 533) */
export type V75Capability = {
  audioHeader: boolean;
  $unknown?: UnknownExtension[];
};
export const V75Capability: AsnType = seq([
  f("audioHeader", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H2250Capability (line 539) */
export type H2250Capability = {
  maximumAudioDelayJitter: number;
  receiveMultipointCapability: MultipointCapability;
  transmitMultipointCapability: MultipointCapability;
  receiveAndTransmitMultipointCapability: MultipointCapability;
  mcCapability: {
    centralizedConferenceMC: boolean;
    decentralizedConferenceMC: boolean;
    $unknown?: UnknownExtension[];
  };
  rtcpVideoControlCapability: boolean;
  mediaPacketizationCapability: MediaPacketizationCapability;
  transportCapability?: TransportCapability;
  redundancyEncodingCapability?: Array<RedundancyEncodingCapability>;
  logicalChannelSwitchingCapability?: boolean;
  t120DynamicPortCapability?: boolean;
  $unknown?: UnknownExtension[];
};
export const H2250Capability: AsnType = seq([
  f("maximumAudioDelayJitter", int(0, 1023)),
  f("receiveMultipointCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability", () => MultipointCapability)),
  f("transmitMultipointCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability", () => MultipointCapability)),
  f("receiveAndTransmitMultipointCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability", () => MultipointCapability)),
  f("mcCapability", seq([
    f("centralizedConferenceMC", bool),
    f("decentralizedConferenceMC", bool),
  ], [])),
  f("rtcpVideoControlCapability", bool),
  f("mediaPacketizationCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.MediaPacketizationCapability", () => MediaPacketizationCapability)),
], [
  f("transportCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportCapability", () => TransportCapability), true),
  f("redundancyEncodingCapability", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingCapability", () => RedundancyEncodingCapability), size(1, 256, false)), true),
  f("logicalChannelSwitchingCapability", bool),
  f("t120DynamicPortCapability", bool),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MediaPacketizationCapability (line 561) */
export type MediaPacketizationCapability = {
  h261aVideoPacketization: boolean;
  rtpPayloadType?: Array<RTPPayloadType>;
  $unknown?: UnknownExtension[];
};
export const MediaPacketizationCapability: AsnType = seq([
  f("h261aVideoPacketization", bool),
], [
  f("rtpPayloadType", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.RTPPayloadType", () => RTPPayloadType), size(1, 256, false)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.RSVPParameters (line 568) */
export type RSVPParameters = {
  qosMode?: QOSMode;
  tokenRate?: number;
  bucketSize?: number;
  peakRate?: number;
  minPoliced?: number;
  maxPktSize?: number;
  $unknown?: UnknownExtension[];
};
export const RSVPParameters: AsnType = seq([
  f("qosMode", ref("MULTIMEDIA-SYSTEM-CONTROL.QOSMode", () => QOSMode), true),
  f("tokenRate", int(1, 4294967295), true),
  f("bucketSize", int(1, 4294967295), true),
  f("peakRate", int(1, 4294967295), true),
  f("minPoliced", int(1, 4294967295), true),
  f("maxPktSize", int(1, 4294967295), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.QOSMode (line 579) */
export type QOSMode = 
  | { choice: "guaranteedQOS"; value: null }
  | { choice: "controlledLoad"; value: null }
  | UnknownAlternative;
export const QOSMode: AsnType = choice([
  f("guaranteedQOS", nul),
  f("controlledLoad", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ATMParameters (line 586) */
export type ATMParameters = {
  maxNTUSize: number;
  atmUBR: boolean;
  atmrtVBR: boolean;
  atmnrtVBR: boolean;
  atmABR: boolean;
  atmCBR: boolean;
  $unknown?: UnknownExtension[];
};
export const ATMParameters: AsnType = seq([
  f("maxNTUSize", int(0, 65535)),
  f("atmUBR", bool),
  f("atmrtVBR", bool),
  f("atmnrtVBR", bool),
  f("atmABR", bool),
  f("atmCBR", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ServicePriorityValue (line 597) */
export type ServicePriorityValue = {
  nonStandardParameter?: NonStandardParameter;
  value?: number;
  $unknown?: UnknownExtension[];
};
export const ServicePriorityValue: AsnType = seq([
  f("nonStandardParameter", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("value", int(0, 255)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ServicePriority (line 604) */
export type ServicePriority = {
  nonStandardData?: NonStandardParameter;
  servicePrioritySignalled: boolean;
  servicePriorityValue?: ServicePriorityValue;
  serviceClass?: number;
  serviceSubclass?: number;
  $unknown?: UnknownExtension[];
};
export const ServicePriority: AsnType = seq([
  f("nonStandardData", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
  f("servicePrioritySignalled", bool),
  f("servicePriorityValue", ref("MULTIMEDIA-SYSTEM-CONTROL.ServicePriorityValue", () => ServicePriorityValue), true),
], [
  f("serviceClass", int(0, 4095), true),
  f("serviceSubclass", int(0, 255), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.AuthorizationParameters (line 614) */
export type AuthorizationParameters = {
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const AuthorizationParameters: AsnType = seq([
  f("nonStandardData", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.QOSType (line 620) */
export type QOSType = 
  | { choice: "desired"; value: null }
  | { choice: "required"; value: null }
  | UnknownAlternative;
export const QOSType: AsnType = choice([
  f("desired", nul),
  f("required", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.QOSClass (line 627) */
export type QOSClass = 
  | { choice: "class0"; value: null }
  | { choice: "class1"; value: null }
  | { choice: "class2"; value: null }
  | { choice: "class3"; value: null }
  | { choice: "class4"; value: null }
  | { choice: "class5"; value: null }
  | UnknownAlternative;
export const QOSClass: AsnType = choice([
  f("class0", nul),
  f("class1", nul),
  f("class2", nul),
  f("class3", nul),
  f("class4", nul),
  f("class5", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.QOSDescriptor (line 638) */
export type QOSDescriptor = {
  nonStandardData?: NonStandardParameter;
  qosType: QOSType;
  qosClass: QOSClass;
  $unknown?: UnknownExtension[];
};
export const QOSDescriptor: AsnType = seq([
  f("nonStandardData", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
  f("qosType", ref("MULTIMEDIA-SYSTEM-CONTROL.QOSType", () => QOSType)),
  f("qosClass", ref("MULTIMEDIA-SYSTEM-CONTROL.QOSClass", () => QOSClass)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.GenericTransportParameters (line 646) */
export type GenericTransportParameters = {
  nonStandardData?: NonStandardParameter;
  averageRate?: number;
  burst?: number;
  peakRate?: number;
  maxPktSize?: number;
  $unknown?: UnknownExtension[];
};
export const GenericTransportParameters: AsnType = seq([
  f("nonStandardData", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
  f("averageRate", int(1, 4294967295), true),
  f("burst", int(1, 4294967295), true),
  f("peakRate", int(1, 4294967295), true),
  f("maxPktSize", int(1, 4294967295), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.QOSCapability (line 655) */
export type QOSCapability = {
  nonStandardData?: NonStandardParameter;
  rsvpParameters?: RSVPParameters;
  atmParameters?: ATMParameters;
  localQoS?: boolean;
  genericTransportParameters?: GenericTransportParameters;
  servicePriority?: ServicePriority;
  authorizationParameter?: AuthorizationParameters;
  qosDescriptor?: QOSDescriptor;
  dscpValue?: number;
  $unknown?: UnknownExtension[];
};
export const QOSCapability: AsnType = seq([
  f("nonStandardData", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
  f("rsvpParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.RSVPParameters", () => RSVPParameters), true),
  f("atmParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.ATMParameters", () => ATMParameters), true),
], [
  f("localQoS", bool, true),
  f("genericTransportParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericTransportParameters", () => GenericTransportParameters), true),
  f("servicePriority", ref("MULTIMEDIA-SYSTEM-CONTROL.ServicePriority", () => ServicePriority), true),
  f("authorizationParameter", ref("MULTIMEDIA-SYSTEM-CONTROL.AuthorizationParameters", () => AuthorizationParameters), true),
  f("qosDescriptor", ref("MULTIMEDIA-SYSTEM-CONTROL.QOSDescriptor", () => QOSDescriptor), true),
  f("dscpValue", int(0, 63), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MediaTransportType (line 669) */
export type MediaTransportType = 
  | { choice: "ip-UDP"; value: null }
  | { choice: "ip-TCP"; value: null }
  | { choice: "atm-AAL5-UNIDIR"; value: null }
  | { choice: "atm-AAL5-BIDIR"; value: null }
  | { choice: "atm-AAL5-compressed"; value: {
    "variable-delta": boolean;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "sctp"; value: SctpParam }
  | { choice: "udp-dtls-sctp"; value: Array<SctpParam> }
  | { choice: "tcp-dtls-sctp"; value: Array<SctpParam> }
  | { choice: "sctp-dtls"; value: SctpParam }
  | UnknownAlternative;
export const MediaTransportType: AsnType = choice([
  f("ip-UDP", nul),
  f("ip-TCP", nul),
  f("atm-AAL5-UNIDIR", nul),
  f("atm-AAL5-BIDIR", nul),
], [
  f("atm-AAL5-compressed", seq([
    f("variable-delta", bool),
  ], [])),
  f("sctp", ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam)),
  f("udp-dtls-sctp", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam))),
  f("tcp-dtls-sctp", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam))),
  f("sctp-dtls", ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MediaChannelCapability (line 687) */
export type MediaChannelCapability = {
  mediaTransport?: MediaTransportType;
  $unknown?: UnknownExtension[];
};
export const MediaChannelCapability: AsnType = seq([
  f("mediaTransport", ref("MULTIMEDIA-SYSTEM-CONTROL.MediaTransportType", () => MediaTransportType), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.TransportCapability (line 693) */
export type TransportCapability = {
  nonStandard?: NonStandardParameter;
  qOSCapabilities?: Array<QOSCapability>;
  mediaChannelCapabilities?: Array<MediaChannelCapability>;
  $unknown?: UnknownExtension[];
};
export const TransportCapability: AsnType = seq([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
  f("qOSCapabilities", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.QOSCapability", () => QOSCapability), size(1, 256, false)), true),
  f("mediaChannelCapabilities", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MediaChannelCapability", () => MediaChannelCapability), size(1, 256, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingCapability (line 701) */
export type RedundancyEncodingCapability = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  primaryEncoding: CapabilityTableEntryNumber;
  secondaryEncoding?: Array<CapabilityTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingCapability: AsnType = seq([
  f("redundancyEncodingMethod", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", () => RedundancyEncodingMethod)),
  f("primaryEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber)),
  f("secondaryEncoding", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber), size(1, 256, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod (line 712) */
export type RedundancyEncodingMethod = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "rtpAudioRedundancyEncoding"; value: null }
  | { choice: "rtpH263VideoRedundancyEncoding"; value: RTPH263VideoRedundancyEncoding }
  | UnknownAlternative;
export const RedundancyEncodingMethod: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("rtpAudioRedundancyEncoding", nul),
], [
  f("rtpH263VideoRedundancyEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyEncoding", () => RTPH263VideoRedundancyEncoding)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyEncoding (line 720) */
export type RTPH263VideoRedundancyEncoding = {
  numberOfThreads: number;
  framesBetweenSyncPoints: number;
  frameToThreadMapping: 
    | { choice: "roundrobin"; value: null }
    | { choice: "custom"; value: Array<RTPH263VideoRedundancyFrameMapping> }
    | UnknownAlternative;
  containedThreads?: Array<number>;
  $unknown?: UnknownExtension[];
};
export const RTPH263VideoRedundancyEncoding: AsnType = seq([
  f("numberOfThreads", int(1, 16)),
  f("framesBetweenSyncPoints", int(1, 256)),
  f("frameToThreadMapping", choice([
    f("roundrobin", nul),
    f("custom", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyFrameMapping", () => RTPH263VideoRedundancyFrameMapping), size(1, 256, false))),
  ], [])),
  f("containedThreads", seqOf(int(0, 15), size(1, 256, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyFrameMapping (line 737) */
export type RTPH263VideoRedundancyFrameMapping = {
  threadNumber: number;
  frameSequence: Array<number>;
  $unknown?: UnknownExtension[];
};
export const RTPH263VideoRedundancyFrameMapping: AsnType = seq([
  f("threadNumber", int(0, 15)),
  f("frameSequence", seqOf(int(0, 255), size(1, 256, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability (line 744) */
export type MultipointCapability = {
  multicastCapability: boolean;
  multiUniCastConference: boolean;
  mediaDistributionCapability: Array<MediaDistributionCapability>;
  $unknown?: UnknownExtension[];
};
export const MultipointCapability: AsnType = seq([
  f("multicastCapability", bool),
  f("multiUniCastConference", bool),
  f("mediaDistributionCapability", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MediaDistributionCapability", () => MediaDistributionCapability))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MediaDistributionCapability (line 752) */
export type MediaDistributionCapability = {
  centralizedControl: boolean;
  distributedControl: boolean;
  centralizedAudio: boolean;
  distributedAudio: boolean;
  centralizedVideo: boolean;
  distributedVideo: boolean;
  centralizedData?: Array<DataApplicationCapability>;
  distributedData?: Array<DataApplicationCapability>;
  $unknown?: UnknownExtension[];
};
export const MediaDistributionCapability: AsnType = seq([
  f("centralizedControl", bool),
  f("distributedControl", bool),
  f("centralizedAudio", bool),
  f("distributedAudio", bool),
  f("centralizedVideo", bool),
  f("distributedVideo", bool),
  f("centralizedData", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)), true),
  f("distributedData", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.VideoCapability (line 770) */
export type VideoCapability = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h261VideoCapability"; value: H261VideoCapability }
  | { choice: "h262VideoCapability"; value: H262VideoCapability }
  | { choice: "h263VideoCapability"; value: H263VideoCapability }
  | { choice: "is11172VideoCapability"; value: IS11172VideoCapability }
  | { choice: "genericVideoCapability"; value: GenericCapability }
  | { choice: "extendedVideoCapability"; value: ExtendedVideoCapability }
  | UnknownAlternative;
export const VideoCapability: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("h261VideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.H261VideoCapability", () => H261VideoCapability)),
  f("h262VideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.H262VideoCapability", () => H262VideoCapability)),
  f("h263VideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.H263VideoCapability", () => H263VideoCapability)),
  f("is11172VideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.IS11172VideoCapability", () => IS11172VideoCapability)),
], [
  f("genericVideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
  f("extendedVideoCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.ExtendedVideoCapability", () => ExtendedVideoCapability)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ExtendedVideoCapability (line 783) */
export type ExtendedVideoCapability = {
  videoCapability: Array<VideoCapability>;
  videoCapabilityExtension?: Array<GenericCapability>;
  $unknown?: UnknownExtension[];
};
export const ExtendedVideoCapability: AsnType = seq([
  f("videoCapability", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability))),
  f("videoCapabilityExtension", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H261VideoCapability (line 790) */
export type H261VideoCapability = {
  qcifMPI?: number;
  cifMPI?: number;
  temporalSpatialTradeOffCapability: boolean;
  maxBitRate: number;
  stillImageTransmission: boolean;
  videoBadMBsCap?: boolean;
  $unknown?: UnknownExtension[];
};
export const H261VideoCapability: AsnType = seq([
  f("qcifMPI", int(1, 4), true),
  f("cifMPI", int(1, 4), true),
  f("temporalSpatialTradeOffCapability", bool),
  f("maxBitRate", int(1, 19200)),
  f("stillImageTransmission", bool),
], [
  f("videoBadMBsCap", bool),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H262VideoCapability (line 801) */
export type H262VideoCapability = {
  "profileAndLevel-SPatML": boolean;
  "profileAndLevel-MPatLL": boolean;
  "profileAndLevel-MPatML": boolean;
  "profileAndLevel-MPatH-14": boolean;
  "profileAndLevel-MPatHL": boolean;
  "profileAndLevel-SNRatLL": boolean;
  "profileAndLevel-SNRatML": boolean;
  "profileAndLevel-SpatialatH-14": boolean;
  "profileAndLevel-HPatML": boolean;
  "profileAndLevel-HPatH-14": boolean;
  "profileAndLevel-HPatHL": boolean;
  videoBitRate?: number;
  vbvBufferSize?: number;
  samplesPerLine?: number;
  linesPerFrame?: number;
  framesPerSecond?: number;
  luminanceSampleRate?: number;
  videoBadMBsCap?: boolean;
  $unknown?: UnknownExtension[];
};
export const H262VideoCapability: AsnType = seq([
  f("profileAndLevel-SPatML", bool),
  f("profileAndLevel-MPatLL", bool),
  f("profileAndLevel-MPatML", bool),
  f("profileAndLevel-MPatH-14", bool),
  f("profileAndLevel-MPatHL", bool),
  f("profileAndLevel-SNRatLL", bool),
  f("profileAndLevel-SNRatML", bool),
  f("profileAndLevel-SpatialatH-14", bool),
  f("profileAndLevel-HPatML", bool),
  f("profileAndLevel-HPatH-14", bool),
  f("profileAndLevel-HPatHL", bool),
  f("videoBitRate", int(0, 1073741823), true),
  f("vbvBufferSize", int(0, 262143), true),
  f("samplesPerLine", int(0, 16383), true),
  f("linesPerFrame", int(0, 16383), true),
  f("framesPerSecond", int(0, 15), true),
  f("luminanceSampleRate", int(0, 4294967295), true),
], [
  f("videoBadMBsCap", bool),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H263VideoCapability (line 824) */
export type H263VideoCapability = {
  sqcifMPI?: number;
  qcifMPI?: number;
  cifMPI?: number;
  cif4MPI?: number;
  cif16MPI?: number;
  maxBitRate: number;
  unrestrictedVector: boolean;
  arithmeticCoding: boolean;
  advancedPrediction: boolean;
  pbFrames: boolean;
  temporalSpatialTradeOffCapability: boolean;
  "hrd-B"?: number;
  bppMaxKb?: number;
  slowSqcifMPI?: number;
  slowQcifMPI?: number;
  slowCifMPI?: number;
  slowCif4MPI?: number;
  slowCif16MPI?: number;
  errorCompensation?: boolean;
  enhancementLayerInfo?: EnhancementLayerInfo;
  h263Options?: H263Options;
  $unknown?: UnknownExtension[];
};
export const H263VideoCapability: AsnType = seq([
  f("sqcifMPI", int(1, 32), true),
  f("qcifMPI", int(1, 32), true),
  f("cifMPI", int(1, 32), true),
  f("cif4MPI", int(1, 32), true),
  f("cif16MPI", int(1, 32), true),
  f("maxBitRate", int(1, 192400)),
  f("unrestrictedVector", bool),
  f("arithmeticCoding", bool),
  f("advancedPrediction", bool),
  f("pbFrames", bool),
  f("temporalSpatialTradeOffCapability", bool),
  f("hrd-B", int(0, 524287), true),
  f("bppMaxKb", int(0, 65535), true),
], [
  f("slowSqcifMPI", int(1, 3600), true),
  f("slowQcifMPI", int(1, 3600), true),
  f("slowCifMPI", int(1, 3600), true),
  f("slowCif4MPI", int(1, 3600), true),
  f("slowCif16MPI", int(1, 3600), true),
  f("errorCompensation", bool),
  f("enhancementLayerInfo", ref("MULTIMEDIA-SYSTEM-CONTROL.EnhancementLayerInfo", () => EnhancementLayerInfo), true),
  f("h263Options", ref("MULTIMEDIA-SYSTEM-CONTROL.H263Options", () => H263Options), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.EnhancementLayerInfo (line 851) */
export type EnhancementLayerInfo = {
  baseBitRateConstrained: boolean;
  snrEnhancement?: Array<EnhancementOptions>;
  spatialEnhancement?: Array<EnhancementOptions>;
  bPictureEnhancement?: Array<BEnhancementParameters>;
  $unknown?: UnknownExtension[];
};
export const EnhancementLayerInfo: AsnType = seq([
  f("baseBitRateConstrained", bool),
  f("snrEnhancement", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions", () => EnhancementOptions), size(1, 14, false)), true),
  f("spatialEnhancement", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions", () => EnhancementOptions), size(1, 14, false)), true),
  f("bPictureEnhancement", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.BEnhancementParameters", () => BEnhancementParameters), size(1, 14, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.BEnhancementParameters (line 860) */
export type BEnhancementParameters = {
  enhancementOptions: EnhancementOptions;
  numberOfBPictures: number;
  $unknown?: UnknownExtension[];
};
export const BEnhancementParameters: AsnType = seq([
  f("enhancementOptions", ref("MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions", () => EnhancementOptions)),
  f("numberOfBPictures", int(1, 64)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions (line 867) */
export type EnhancementOptions = {
  sqcifMPI?: number;
  qcifMPI?: number;
  cifMPI?: number;
  cif4MPI?: number;
  cif16MPI?: number;
  maxBitRate: number;
  unrestrictedVector: boolean;
  arithmeticCoding: boolean;
  temporalSpatialTradeOffCapability: boolean;
  slowSqcifMPI?: number;
  slowQcifMPI?: number;
  slowCifMPI?: number;
  slowCif4MPI?: number;
  slowCif16MPI?: number;
  errorCompensation: boolean;
  h263Options?: H263Options;
  $unknown?: UnknownExtension[];
};
export const EnhancementOptions: AsnType = seq([
  f("sqcifMPI", int(1, 32), true),
  f("qcifMPI", int(1, 32), true),
  f("cifMPI", int(1, 32), true),
  f("cif4MPI", int(1, 32), true),
  f("cif16MPI", int(1, 32), true),
  f("maxBitRate", int(1, 192400)),
  f("unrestrictedVector", bool),
  f("arithmeticCoding", bool),
  f("temporalSpatialTradeOffCapability", bool),
  f("slowSqcifMPI", int(1, 3600), true),
  f("slowQcifMPI", int(1, 3600), true),
  f("slowCifMPI", int(1, 3600), true),
  f("slowCif4MPI", int(1, 3600), true),
  f("slowCif16MPI", int(1, 3600), true),
  f("errorCompensation", bool),
  f("h263Options", ref("MULTIMEDIA-SYSTEM-CONTROL.H263Options", () => H263Options), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H263Options (line 888) */
export type H263Options = {
  advancedIntraCodingMode: boolean;
  deblockingFilterMode: boolean;
  improvedPBFramesMode: boolean;
  unlimitedMotionVectors: boolean;
  fullPictureFreeze: boolean;
  partialPictureFreezeAndRelease: boolean;
  resizingPartPicFreezeAndRelease: boolean;
  fullPictureSnapshot: boolean;
  partialPictureSnapshot: boolean;
  videoSegmentTagging: boolean;
  progressiveRefinement: boolean;
  dynamicPictureResizingByFour: boolean;
  dynamicPictureResizingSixteenthPel: boolean;
  dynamicWarpingHalfPel: boolean;
  dynamicWarpingSixteenthPel: boolean;
  independentSegmentDecoding: boolean;
  "slicesInOrder-NonRect": boolean;
  "slicesInOrder-Rect": boolean;
  "slicesNoOrder-NonRect": boolean;
  "slicesNoOrder-Rect": boolean;
  alternateInterVLCMode: boolean;
  modifiedQuantizationMode: boolean;
  reducedResolutionUpdate: boolean;
  transparencyParameters?: TransparencyParameters;
  separateVideoBackChannel: boolean;
  refPictureSelection?: RefPictureSelection;
  customPictureClockFrequency?: Array<CustomPictureClockFrequency>;
  customPictureFormat?: Array<CustomPictureFormat>;
  modeCombos?: Array<H263VideoModeCombos>;
  videoBadMBsCap?: boolean;
  h263Version3Options?: H263Version3Options;
  $unknown?: UnknownExtension[];
};
export const H263Options: AsnType = seq([
  f("advancedIntraCodingMode", bool),
  f("deblockingFilterMode", bool),
  f("improvedPBFramesMode", bool),
  f("unlimitedMotionVectors", bool),
  f("fullPictureFreeze", bool),
  f("partialPictureFreezeAndRelease", bool),
  f("resizingPartPicFreezeAndRelease", bool),
  f("fullPictureSnapshot", bool),
  f("partialPictureSnapshot", bool),
  f("videoSegmentTagging", bool),
  f("progressiveRefinement", bool),
  f("dynamicPictureResizingByFour", bool),
  f("dynamicPictureResizingSixteenthPel", bool),
  f("dynamicWarpingHalfPel", bool),
  f("dynamicWarpingSixteenthPel", bool),
  f("independentSegmentDecoding", bool),
  f("slicesInOrder-NonRect", bool),
  f("slicesInOrder-Rect", bool),
  f("slicesNoOrder-NonRect", bool),
  f("slicesNoOrder-Rect", bool),
  f("alternateInterVLCMode", bool),
  f("modifiedQuantizationMode", bool),
  f("reducedResolutionUpdate", bool),
  f("transparencyParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.TransparencyParameters", () => TransparencyParameters), true),
  f("separateVideoBackChannel", bool),
  f("refPictureSelection", ref("MULTIMEDIA-SYSTEM-CONTROL.RefPictureSelection", () => RefPictureSelection), true),
  f("customPictureClockFrequency", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CustomPictureClockFrequency", () => CustomPictureClockFrequency), size(1, 16, false)), true),
  f("customPictureFormat", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CustomPictureFormat", () => CustomPictureFormat), size(1, 16, false)), true),
  f("modeCombos", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.H263VideoModeCombos", () => H263VideoModeCombos), size(1, 16, false)), true),
], [
  f("videoBadMBsCap", bool),
  f("h263Version3Options", ref("MULTIMEDIA-SYSTEM-CONTROL.H263Version3Options", () => H263Version3Options)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.TransparencyParameters (line 932) */
export type TransparencyParameters = {
  presentationOrder: number;
  "offset-x": number;
  "offset-y": number;
  "scale-x": number;
  "scale-y": number;
  $unknown?: UnknownExtension[];
};
export const TransparencyParameters: AsnType = seq([
  f("presentationOrder", int(1, 256)),
  f("offset-x", int(-262144, 262143)),
  f("offset-y", int(-262144, 262143)),
  f("scale-x", int(1, 255)),
  f("scale-y", int(1, 255)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RefPictureSelection (line 942) */
export type RefPictureSelection = {
  additionalPictureMemory?: {
    sqcifAdditionalPictureMemory?: number;
    qcifAdditionalPictureMemory?: number;
    cifAdditionalPictureMemory?: number;
    cif4AdditionalPictureMemory?: number;
    cif16AdditionalPictureMemory?: number;
    bigCpfAdditionalPictureMemory?: number;
    $unknown?: UnknownExtension[];
  };
  videoMux: boolean;
  videoBackChannelSend: 
    | { choice: "none"; value: null }
    | { choice: "ackMessageOnly"; value: null }
    | { choice: "nackMessageOnly"; value: null }
    | { choice: "ackOrNackMessageOnly"; value: null }
    | { choice: "ackAndNackMessage"; value: null }
    | UnknownAlternative;
  enhancedReferencePicSelect?: {
    subPictureRemovalParameters?: {
      mpuHorizMBs: number;
      mpuVertMBs: number;
      mpuTotalNumber: number;
      $unknown?: UnknownExtension[];
    };
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const RefPictureSelection: AsnType = seq([
  f("additionalPictureMemory", seq([
    f("sqcifAdditionalPictureMemory", int(1, 256), true),
    f("qcifAdditionalPictureMemory", int(1, 256), true),
    f("cifAdditionalPictureMemory", int(1, 256), true),
    f("cif4AdditionalPictureMemory", int(1, 256), true),
    f("cif16AdditionalPictureMemory", int(1, 256), true),
    f("bigCpfAdditionalPictureMemory", int(1, 256), true),
  ], []), true),
  f("videoMux", bool),
  f("videoBackChannelSend", choice([
    f("none", nul),
    f("ackMessageOnly", nul),
    f("nackMessageOnly", nul),
    f("ackOrNackMessageOnly", nul),
    f("ackAndNackMessage", nul),
  ], [])),
], [
  f("enhancedReferencePicSelect", seq([
    f("subPictureRemovalParameters", seq([
      f("mpuHorizMBs", int(1, 128)),
      f("mpuVertMBs", int(1, 72)),
      f("mpuTotalNumber", int(1, 65536)),
    ], []), true),
  ], [])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CustomPictureClockFrequency (line 978) */
export type CustomPictureClockFrequency = {
  clockConversionCode: number;
  clockDivisor: number;
  sqcifMPI?: number;
  qcifMPI?: number;
  cifMPI?: number;
  cif4MPI?: number;
  cif16MPI?: number;
  $unknown?: UnknownExtension[];
};
export const CustomPictureClockFrequency: AsnType = seq([
  f("clockConversionCode", int(1000, 1001)),
  f("clockDivisor", int(1, 127)),
  f("sqcifMPI", int(1, 2048), true),
  f("qcifMPI", int(1, 2048), true),
  f("cifMPI", int(1, 2048), true),
  f("cif4MPI", int(1, 2048), true),
  f("cif16MPI", int(1, 2048), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CustomPictureFormat (line 990) */
export type CustomPictureFormat = {
  maxCustomPictureWidth: number;
  maxCustomPictureHeight: number;
  minCustomPictureWidth: number;
  minCustomPictureHeight: number;
  mPI: {
    standardMPI?: number;
    customPCF?: Array<{
      clockConversionCode: number;
      clockDivisor: number;
      customMPI: number;
      $unknown?: UnknownExtension[];
    }>;
    $unknown?: UnknownExtension[];
  };
  pixelAspectInformation: 
    | { choice: "anyPixelAspectRatio"; value: boolean }
    | { choice: "pixelAspectCode"; value: Array<number> }
    | { choice: "extendedPAR"; value: Array<{
      width: number;
      height: number;
      $unknown?: UnknownExtension[];
    }> }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const CustomPictureFormat: AsnType = seq([
  f("maxCustomPictureWidth", int(1, 2048)),
  f("maxCustomPictureHeight", int(1, 2048)),
  f("minCustomPictureWidth", int(1, 2048)),
  f("minCustomPictureHeight", int(1, 2048)),
  f("mPI", seq([
    f("standardMPI", int(1, 31), true),
    f("customPCF", seqOf(seq([
      f("clockConversionCode", int(1000, 1001)),
      f("clockDivisor", int(1, 127)),
      f("customMPI", int(1, 2048)),
    ], []), size(1, 16, false)), true),
  ], [])),
  f("pixelAspectInformation", choice([
    f("anyPixelAspectRatio", bool),
    f("pixelAspectCode", seqOf(int(1, 14), size(1, 14, false))),
    f("extendedPAR", seqOf(seq([
      f("width", int(1, 255)),
      f("height", int(1, 255)),
    ], []), size(1, 256, false))),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H263VideoModeCombos (line 1024) */
export type H263VideoModeCombos = {
  h263VideoUncoupledModes: H263ModeComboFlags;
  h263VideoCoupledModes: Array<H263ModeComboFlags>;
  $unknown?: UnknownExtension[];
};
export const H263VideoModeCombos: AsnType = seq([
  f("h263VideoUncoupledModes", ref("MULTIMEDIA-SYSTEM-CONTROL.H263ModeComboFlags", () => H263ModeComboFlags)),
  f("h263VideoCoupledModes", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.H263ModeComboFlags", () => H263ModeComboFlags), size(1, 16, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H263ModeComboFlags (line 1031) */
export type H263ModeComboFlags = {
  unrestrictedVector: boolean;
  arithmeticCoding: boolean;
  advancedPrediction: boolean;
  pbFrames: boolean;
  advancedIntraCodingMode: boolean;
  deblockingFilterMode: boolean;
  unlimitedMotionVectors: boolean;
  "slicesInOrder-NonRect": boolean;
  "slicesInOrder-Rect": boolean;
  "slicesNoOrder-NonRect": boolean;
  "slicesNoOrder-Rect": boolean;
  improvedPBFramesMode: boolean;
  referencePicSelect: boolean;
  dynamicPictureResizingByFour: boolean;
  dynamicPictureResizingSixteenthPel: boolean;
  dynamicWarpingHalfPel: boolean;
  dynamicWarpingSixteenthPel: boolean;
  reducedResolutionUpdate: boolean;
  independentSegmentDecoding: boolean;
  alternateInterVLCMode: boolean;
  modifiedQuantizationMode: boolean;
  enhancedReferencePicSelect?: boolean;
  h263Version3Options?: H263Version3Options;
  $unknown?: UnknownExtension[];
};
export const H263ModeComboFlags: AsnType = seq([
  f("unrestrictedVector", bool),
  f("arithmeticCoding", bool),
  f("advancedPrediction", bool),
  f("pbFrames", bool),
  f("advancedIntraCodingMode", bool),
  f("deblockingFilterMode", bool),
  f("unlimitedMotionVectors", bool),
  f("slicesInOrder-NonRect", bool),
  f("slicesInOrder-Rect", bool),
  f("slicesNoOrder-NonRect", bool),
  f("slicesNoOrder-Rect", bool),
  f("improvedPBFramesMode", bool),
  f("referencePicSelect", bool),
  f("dynamicPictureResizingByFour", bool),
  f("dynamicPictureResizingSixteenthPel", bool),
  f("dynamicWarpingHalfPel", bool),
  f("dynamicWarpingSixteenthPel", bool),
  f("reducedResolutionUpdate", bool),
  f("independentSegmentDecoding", bool),
  f("alternateInterVLCMode", bool),
  f("modifiedQuantizationMode", bool),
], [
  f("enhancedReferencePicSelect", bool),
  f("h263Version3Options", ref("MULTIMEDIA-SYSTEM-CONTROL.H263Version3Options", () => H263Version3Options)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H263Version3Options (line 1058) */
export type H263Version3Options = {
  dataPartitionedSlices: boolean;
  fixedPointIDCT0: boolean;
  interlacedFields: boolean;
  currentPictureHeaderRepetition: boolean;
  previousPictureHeaderRepetition: boolean;
  nextPictureHeaderRepetition: boolean;
  pictureNumber: boolean;
  spareReferencePictures: boolean;
  $unknown?: UnknownExtension[];
};
export const H263Version3Options: AsnType = seq([
  f("dataPartitionedSlices", bool),
  f("fixedPointIDCT0", bool),
  f("interlacedFields", bool),
  f("currentPictureHeaderRepetition", bool),
  f("previousPictureHeaderRepetition", bool),
  f("nextPictureHeaderRepetition", bool),
  f("pictureNumber", bool),
  f("spareReferencePictures", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.IS11172VideoCapability (line 1071) */
export type IS11172VideoCapability = {
  constrainedBitstream: boolean;
  videoBitRate?: number;
  vbvBufferSize?: number;
  samplesPerLine?: number;
  linesPerFrame?: number;
  pictureRate?: number;
  luminanceSampleRate?: number;
  videoBadMBsCap?: boolean;
  $unknown?: UnknownExtension[];
};
export const IS11172VideoCapability: AsnType = seq([
  f("constrainedBitstream", bool),
  f("videoBitRate", int(0, 1073741823), true),
  f("vbvBufferSize", int(0, 262143), true),
  f("samplesPerLine", int(0, 16383), true),
  f("linesPerFrame", int(0, 16383), true),
  f("pictureRate", int(0, 15), true),
  f("luminanceSampleRate", int(0, 4294967295), true),
], [
  f("videoBadMBsCap", bool),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.AudioCapability (line 1095) */
export type AudioCapability = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "g711Alaw64k"; value: number }
  | { choice: "g711Alaw56k"; value: number }
  | { choice: "g711Ulaw64k"; value: number }
  | { choice: "g711Ulaw56k"; value: number }
  | { choice: "g722-64k"; value: number }
  | { choice: "g722-56k"; value: number }
  | { choice: "g722-48k"; value: number }
  | { choice: "g7231"; value: {
    "maxAl-sduAudioFrames": number;
    silenceSuppression: boolean;
  } }
  | { choice: "g728"; value: number }
  | { choice: "g729"; value: number }
  | { choice: "g729AnnexA"; value: number }
  | { choice: "is11172AudioCapability"; value: IS11172AudioCapability }
  | { choice: "is13818AudioCapability"; value: IS13818AudioCapability }
  | { choice: "g729wAnnexB"; value: number }
  | { choice: "g729AnnexAwAnnexB"; value: number }
  | { choice: "g7231AnnexCCapability"; value: G7231AnnexCCapability }
  | { choice: "gsmFullRate"; value: GSMAudioCapability }
  | { choice: "gsmHalfRate"; value: GSMAudioCapability }
  | { choice: "gsmEnhancedFullRate"; value: GSMAudioCapability }
  | { choice: "genericAudioCapability"; value: GenericCapability }
  | { choice: "g729Extensions"; value: G729Extensions }
  | { choice: "vbd"; value: VBDCapability }
  | { choice: "audioTelephonyEvent"; value: NoPTAudioTelephonyEventCapability }
  | { choice: "audioTone"; value: NoPTAudioToneCapability }
  | { choice: "extendedAudioCapability"; value: ExtendedAudioCapability }
  | UnknownAlternative;
export const AudioCapability: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("g711Alaw64k", int(1, 256)),
  f("g711Alaw56k", int(1, 256)),
  f("g711Ulaw64k", int(1, 256)),
  f("g711Ulaw56k", int(1, 256)),
  f("g722-64k", int(1, 256)),
  f("g722-56k", int(1, 256)),
  f("g722-48k", int(1, 256)),
  f("g7231", seq([
    f("maxAl-sduAudioFrames", int(1, 256)),
    f("silenceSuppression", bool),
  ])),
  f("g728", int(1, 256)),
  f("g729", int(1, 256)),
  f("g729AnnexA", int(1, 256)),
  f("is11172AudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.IS11172AudioCapability", () => IS11172AudioCapability)),
  f("is13818AudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.IS13818AudioCapability", () => IS13818AudioCapability)),
], [
  f("g729wAnnexB", int(1, 256)),
  f("g729AnnexAwAnnexB", int(1, 256)),
  f("g7231AnnexCCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.G7231AnnexCCapability", () => G7231AnnexCCapability)),
  f("gsmFullRate", ref("MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", () => GSMAudioCapability)),
  f("gsmHalfRate", ref("MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", () => GSMAudioCapability)),
  f("gsmEnhancedFullRate", ref("MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", () => GSMAudioCapability)),
  f("genericAudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
  f("g729Extensions", ref("MULTIMEDIA-SYSTEM-CONTROL.G729Extensions", () => G729Extensions)),
  f("vbd", ref("MULTIMEDIA-SYSTEM-CONTROL.VBDCapability", () => VBDCapability)),
  f("audioTelephonyEvent", ref("MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioTelephonyEventCapability", () => NoPTAudioTelephonyEventCapability)),
  f("audioTone", ref("MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioToneCapability", () => NoPTAudioToneCapability)),
  f("extendedAudioCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.ExtendedAudioCapability", () => ExtendedAudioCapability)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ExtendedAudioCapability (line 1132) */
export type ExtendedAudioCapability = {
  audioCapability: Array<AudioCapability>;
  audioCapabilityExtension?: Array<GenericCapability>;
  $unknown?: UnknownExtension[];
};
export const ExtendedAudioCapability: AsnType = seq([
  f("audioCapability", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability))),
  f("audioCapabilityExtension", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.G729Extensions (line 1139) */
export type G729Extensions = {
  audioUnit?: number;
  annexA: boolean;
  annexB: boolean;
  annexD: boolean;
  annexE: boolean;
  annexF: boolean;
  annexG: boolean;
  annexH: boolean;
  $unknown?: UnknownExtension[];
};
export const G729Extensions: AsnType = seq([
  f("audioUnit", int(1, 256), true),
  f("annexA", bool),
  f("annexB", bool),
  f("annexD", bool),
  f("annexE", bool),
  f("annexF", bool),
  f("annexG", bool),
  f("annexH", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.G7231AnnexCCapability (line 1152) */
export type G7231AnnexCCapability = {
  "maxAl-sduAudioFrames": number;
  silenceSuppression: boolean;
  g723AnnexCAudioMode?: {
    highRateMode0: number;
    highRateMode1: number;
    lowRateMode0: number;
    lowRateMode1: number;
    sidMode0: number;
    sidMode1: number;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const G7231AnnexCCapability: AsnType = seq([
  f("maxAl-sduAudioFrames", int(1, 256)),
  f("silenceSuppression", bool),
  f("g723AnnexCAudioMode", seq([
    f("highRateMode0", int(27, 78)),
    f("highRateMode1", int(27, 78)),
    f("lowRateMode0", int(23, 66)),
    f("lowRateMode1", int(23, 66)),
    f("sidMode0", int(6, 17)),
    f("sidMode1", int(6, 17)),
  ], []), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.IS11172AudioCapability (line 1169) */
export type IS11172AudioCapability = {
  audioLayer1: boolean;
  audioLayer2: boolean;
  audioLayer3: boolean;
  audioSampling32k: boolean;
  audioSampling44k1: boolean;
  audioSampling48k: boolean;
  singleChannel: boolean;
  twoChannels: boolean;
  bitRate: number;
  $unknown?: UnknownExtension[];
};
export const IS11172AudioCapability: AsnType = seq([
  f("audioLayer1", bool),
  f("audioLayer2", bool),
  f("audioLayer3", bool),
  f("audioSampling32k", bool),
  f("audioSampling44k1", bool),
  f("audioSampling48k", bool),
  f("singleChannel", bool),
  f("twoChannels", bool),
  f("bitRate", int(1, 448)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.IS13818AudioCapability (line 1186) */
export type IS13818AudioCapability = {
  audioLayer1: boolean;
  audioLayer2: boolean;
  audioLayer3: boolean;
  audioSampling16k: boolean;
  audioSampling22k05: boolean;
  audioSampling24k: boolean;
  audioSampling32k: boolean;
  audioSampling44k1: boolean;
  audioSampling48k: boolean;
  singleChannel: boolean;
  twoChannels: boolean;
  "threeChannels2-1": boolean;
  "threeChannels3-0": boolean;
  "fourChannels2-0-2-0": boolean;
  "fourChannels2-2": boolean;
  "fourChannels3-1": boolean;
  "fiveChannels3-0-2-0": boolean;
  "fiveChannels3-2": boolean;
  lowFrequencyEnhancement: boolean;
  multilingual: boolean;
  bitRate: number;
  $unknown?: UnknownExtension[];
};
export const IS13818AudioCapability: AsnType = seq([
  f("audioLayer1", bool),
  f("audioLayer2", bool),
  f("audioLayer3", bool),
  f("audioSampling16k", bool),
  f("audioSampling22k05", bool),
  f("audioSampling24k", bool),
  f("audioSampling32k", bool),
  f("audioSampling44k1", bool),
  f("audioSampling48k", bool),
  f("singleChannel", bool),
  f("twoChannels", bool),
  f("threeChannels2-1", bool),
  f("threeChannels3-0", bool),
  f("fourChannels2-0-2-0", bool),
  f("fourChannels2-2", bool),
  f("fourChannels3-1", bool),
  f("fiveChannels3-0-2-0", bool),
  f("fiveChannels3-2", bool),
  f("lowFrequencyEnhancement", bool),
  f("multilingual", bool),
  f("bitRate", int(1, 1130)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability (line 1217) */
export type GSMAudioCapability = {
  audioUnitSize: number;
  comfortNoise: boolean;
  scrambled: boolean;
  $unknown?: UnknownExtension[];
};
export const GSMAudioCapability: AsnType = seq([
  f("audioUnitSize", int(1, 256)),
  f("comfortNoise", bool),
  f("scrambled", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.VBDCapability (line 1225) */
export type VBDCapability = {
  type: AudioCapability;
  $unknown?: UnknownExtension[];
};
export const VBDCapability: AsnType = seq([
  f("type", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability (line 1235) */
export type DataApplicationCapability = {
  application: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "t120"; value: DataProtocolCapability }
    | { choice: "dsm-cc"; value: DataProtocolCapability }
    | { choice: "userData"; value: DataProtocolCapability }
    | { choice: "t84"; value: {
      t84Protocol: DataProtocolCapability;
      t84Profile: T84Profile;
    } }
    | { choice: "t434"; value: DataProtocolCapability }
    | { choice: "h224"; value: DataProtocolCapability }
    | { choice: "nlpid"; value: {
      nlpidProtocol: DataProtocolCapability;
      nlpidData: Uint8Array;
    } }
    | { choice: "dsvdControl"; value: null }
    | { choice: "h222DataPartitioning"; value: DataProtocolCapability }
    | { choice: "t30fax"; value: DataProtocolCapability }
    | { choice: "t140"; value: DataProtocolCapability }
    | { choice: "t38fax"; value: {
      t38FaxProtocol: DataProtocolCapability;
      t38FaxProfile: T38FaxProfile;
    } }
    | { choice: "genericDataCapability"; value: GenericCapability }
    | { choice: "dataChannel"; value: Array<DataChannel> }
    | { choice: "extendedDataApplicationCapability"; value: ExtendedDataApplicationCapability }
    | UnknownAlternative;
  maxBitRate: number;
  $unknown?: UnknownExtension[];
};
export const DataApplicationCapability: AsnType = seq([
  f("application", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("t120", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("dsm-cc", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("userData", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t84", seq([
      f("t84Protocol", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
      f("t84Profile", ref("MULTIMEDIA-SYSTEM-CONTROL.T84Profile", () => T84Profile)),
    ])),
    f("t434", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("h224", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("nlpid", seq([
      f("nlpidProtocol", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
      f("nlpidData", octets()),
    ])),
    f("dsvdControl", nul),
    f("h222DataPartitioning", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
  ], [
    f("t30fax", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t140", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t38fax", seq([
      f("t38FaxProtocol", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
      f("t38FaxProfile", ref("MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile", () => T38FaxProfile)),
    ])),
    f("genericDataCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
    f("dataChannel", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DataChannel", () => DataChannel))),
    f("extendedDataApplicationCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.ExtendedDataApplicationCapability", () => ExtendedDataApplicationCapability)),
  ])),
  f("maxBitRate", int(0, 4294967295)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ExtendedDataApplicationCapability (line 1273) */
export type ExtendedDataApplicationCapability = {
  dataCapability: Array<DataApplicationCapability>;
  dataCapabilityExtension?: Array<GenericCapability>;
  $unknown?: UnknownExtension[];
};
export const ExtendedDataApplicationCapability: AsnType = seq([
  f("dataCapability", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability))),
  f("dataCapabilityExtension", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability (line 1280) */
export type DataProtocolCapability = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "v14buffered"; value: null }
  | { choice: "v42lapm"; value: null }
  | { choice: "hdlcFrameTunnelling"; value: null }
  | { choice: "h310SeparateVCStack"; value: null }
  | { choice: "h310SingleVCStack"; value: null }
  | { choice: "transparent"; value: null }
  | { choice: "segmentationAndReassembly"; value: null }
  | { choice: "hdlcFrameTunnelingwSAR"; value: null }
  | { choice: "v120"; value: null }
  | { choice: "separateLANStack"; value: null }
  | { choice: "v76wCompression"; value: 
    | { choice: "transmitCompression"; value: CompressionType }
    | { choice: "receiveCompression"; value: CompressionType }
    | { choice: "transmitAndReceiveCompression"; value: CompressionType }
    | UnknownAlternative }
  | { choice: "tcp"; value: null }
  | { choice: "udp"; value: null }
  | { choice: "sctp"; value: SctpParam }
  | { choice: "udp-dtls-sctp"; value: Array<SctpParam> }
  | { choice: "tcp-dtls-sctp"; value: Array<SctpParam> }
  | { choice: "sctp-dtls"; value: SctpParam }
  | UnknownAlternative;
export const DataProtocolCapability: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("v14buffered", nul),
  f("v42lapm", nul),
  f("hdlcFrameTunnelling", nul),
  f("h310SeparateVCStack", nul),
  f("h310SingleVCStack", nul),
  f("transparent", nul),
], [
  f("segmentationAndReassembly", nul),
  f("hdlcFrameTunnelingwSAR", nul),
  f("v120", nul),
  f("separateLANStack", nul),
  f("v76wCompression", choice([
    f("transmitCompression", ref("MULTIMEDIA-SYSTEM-CONTROL.CompressionType", () => CompressionType)),
    f("receiveCompression", ref("MULTIMEDIA-SYSTEM-CONTROL.CompressionType", () => CompressionType)),
    f("transmitAndReceiveCompression", ref("MULTIMEDIA-SYSTEM-CONTROL.CompressionType", () => CompressionType)),
  ], [])),
  f("tcp", nul),
  f("udp", nul),
  f("sctp", ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam)),
  f("udp-dtls-sctp", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam))),
  f("tcp-dtls-sctp", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam))),
  f("sctp-dtls", ref("MULTIMEDIA-SYSTEM-CONTROL.SctpParam", () => SctpParam)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CompressionType (line 1309) */
export type CompressionType = 
  | { choice: "v42bis"; value: V42bis }
  | UnknownAlternative;
export const CompressionType: AsnType = choice([
  f("v42bis", ref("MULTIMEDIA-SYSTEM-CONTROL.V42bis", () => V42bis)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.V42bis (line 1315) */
export type V42bis = {
  numberOfCodewords: number;
  maximumStringLength: number;
  $unknown?: UnknownExtension[];
};
export const V42bis: AsnType = seq([
  f("numberOfCodewords", int(1, 65536)),
  f("maximumStringLength", int(1, 256)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.T84Profile (line 1322) */
export type T84Profile = 
  | { choice: "t84Unrestricted"; value: null }
  | { choice: "t84Restricted"; value: {
    qcif: boolean;
    cif: boolean;
    ccir601Seq: boolean;
    ccir601Prog: boolean;
    hdtvSeq: boolean;
    hdtvProg: boolean;
    g3FacsMH200x100: boolean;
    g3FacsMH200x200: boolean;
    g4FacsMMR200x100: boolean;
    g4FacsMMR200x200: boolean;
    jbig200x200Seq: boolean;
    jbig200x200Prog: boolean;
    jbig300x300Seq: boolean;
    jbig300x300Prog: boolean;
    digPhotoLow: boolean;
    digPhotoMedSeq: boolean;
    digPhotoMedProg: boolean;
    digPhotoHighSeq: boolean;
    digPhotoHighProg: boolean;
    $unknown?: UnknownExtension[];
  } };
export const T84Profile: AsnType = choice([
  f("t84Unrestricted", nul),
  f("t84Restricted", seq([
    f("qcif", bool),
    f("cif", bool),
    f("ccir601Seq", bool),
    f("ccir601Prog", bool),
    f("hdtvSeq", bool),
    f("hdtvProg", bool),
    f("g3FacsMH200x100", bool),
    f("g3FacsMH200x200", bool),
    f("g4FacsMMR200x100", bool),
    f("g4FacsMMR200x200", bool),
    f("jbig200x200Seq", bool),
    f("jbig200x200Prog", bool),
    f("jbig300x300Seq", bool),
    f("jbig300x300Prog", bool),
    f("digPhotoLow", bool),
    f("digPhotoMedSeq", bool),
    f("digPhotoMedProg", bool),
    f("digPhotoHighSeq", bool),
    f("digPhotoHighProg", bool),
  ], [])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile (line 1353) */
export type T38FaxProfile = {
  fillBitRemoval: boolean;
  transcodingJBIG: boolean;
  transcodingMMR: boolean;
  version?: number;
  t38FaxRateManagement?: T38FaxRateManagement;
  t38FaxUdpOptions?: T38FaxUdpOptions;
  t38FaxTcpOptions?: T38FaxTcpOptions;
  $unknown?: UnknownExtension[];
};
export const T38FaxProfile: AsnType = seq([
  f("fillBitRemoval", bool),
  f("transcodingJBIG", bool),
  f("transcodingMMR", bool),
], [
  f("version", int(0, 255)),
  f("t38FaxRateManagement", ref("MULTIMEDIA-SYSTEM-CONTROL.T38FaxRateManagement", () => T38FaxRateManagement)),
  f("t38FaxUdpOptions", ref("MULTIMEDIA-SYSTEM-CONTROL.T38FaxUdpOptions", () => T38FaxUdpOptions), true),
  f("t38FaxTcpOptions", ref("MULTIMEDIA-SYSTEM-CONTROL.T38FaxTcpOptions", () => T38FaxTcpOptions), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxRateManagement (line 1371) */
export type T38FaxRateManagement = 
  | { choice: "localTCF"; value: null }
  | { choice: "transferredTCF"; value: null }
  | UnknownAlternative;
export const T38FaxRateManagement: AsnType = choice([
  f("localTCF", nul),
  f("transferredTCF", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxUdpOptions (line 1378) */
export type T38FaxUdpOptions = {
  t38FaxMaxBuffer?: number;
  t38FaxMaxDatagram?: number;
  t38FaxUdpEC: 
    | { choice: "t38UDPFEC"; value: null }
    | { choice: "t38UDPRedundancy"; value: null }
    | UnknownAlternative;
};
export const T38FaxUdpOptions: AsnType = seq([
  f("t38FaxMaxBuffer", int(), true),
  f("t38FaxMaxDatagram", int(), true),
  f("t38FaxUdpEC", choice([
    f("t38UDPFEC", nul),
    f("t38UDPRedundancy", nul),
  ], [])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxTcpOptions (line 1390) */
export type T38FaxTcpOptions = {
  t38TCPBidirectionalMode: boolean;
  $unknown?: UnknownExtension[];
};
export const T38FaxTcpOptions: AsnType = seq([
  f("t38TCPBidirectionalMode", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DataChannel (line 1396) */
export type DataChannel = {
  dataChannelProfile?: Array<DataChannelProfile>;
  $unknown?: UnknownExtension[];
};
export const DataChannel: AsnType = seq([
  f("dataChannelProfile", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DataChannelProfile", () => DataChannelProfile)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DataChannelProfile (line 1402) */
export type DataChannelProfile = {
  ordered?: boolean;
  priority?: number;
  reliabilityParm?: 
    | { choice: "maxRetr"; value: number }
    | { choice: "maxTime"; value: number }
    | UnknownAlternative;
  label?: string;
  protocol?: string;
  genericInformation?: Array<GenericInformation>;
  establishmentType: 
    | { choice: "sctpStreamID"; value: number }
    | { choice: "dcep"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const DataChannelProfile: AsnType = seq([
  f("ordered", bool, true),
  f("priority", int(0, 65535), true),
  f("reliabilityParm", choice([
    f("maxRetr", int(0, 4294967295)),
    f("maxTime", int(0, 4294967295)),
  ], []), true),
  f("label", chars("IA5String", size(1, 65535, false), 8, undefined, false), true),
  f("protocol", chars("IA5String", size(1, 65535, false), 8, undefined, false), true),
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
  f("establishmentType", choice([
    f("sctpStreamID", int(0, 65535)),
    f("dcep", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.SCTPChunkType (line 1424) */
export type SCTPChunkType = number;
export const SCTPChunkType: AsnType = int(0, 255);

/** MULTIMEDIA-SYSTEM-CONTROL.SctpParam (line 1426) */
export type SctpParam = {
  appPPID?: Array<number>;
  maxMessageSize?: number;
  sctpExtensions?: Array<SCTPChunkType>;
  genericInformation?: Array<GenericInformation>;
  sctpPort?: number;
  $unknown?: UnknownExtension[];
};
export const SctpParam: AsnType = seq([
  f("appPPID", seqOf(int(1, 4294967295)), true),
  f("maxMessageSize", int(), true),
  f("sctpExtensions", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.SCTPChunkType", () => SCTPChunkType)), true),
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
  f("sctpPort", int(0, 65535), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity (line 1440) */
export type EncryptionAuthenticationAndIntegrity = {
  encryptionCapability?: EncryptionCapability;
  authenticationCapability?: AuthenticationCapability;
  integrityCapability?: IntegrityCapability;
  genericH235SecurityCapability?: GenericCapability;
  dtlsSecurityCapability?: DTLSSecurityCapability;
  $unknown?: UnknownExtension[];
};
export const EncryptionAuthenticationAndIntegrity: AsnType = seq([
  f("encryptionCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionCapability", () => EncryptionCapability), true),
  f("authenticationCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.AuthenticationCapability", () => AuthenticationCapability), true),
  f("integrityCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.IntegrityCapability", () => IntegrityCapability), true),
], [
  f("genericH235SecurityCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability), true),
  f("dtlsSecurityCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.DTLSSecurityCapability", () => DTLSSecurityCapability), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionCapability (line 1450) */
export type EncryptionCapability = Array<MediaEncryptionAlgorithm>;
export const EncryptionCapability: AsnType = seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MediaEncryptionAlgorithm", () => MediaEncryptionAlgorithm), size(1, 256, false));

/** MULTIMEDIA-SYSTEM-CONTROL.MediaEncryptionAlgorithm (line 1452) */
export type MediaEncryptionAlgorithm = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "algorithm"; value: string }
  | UnknownAlternative;
export const MediaEncryptionAlgorithm: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("algorithm", oid),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.AuthenticationCapability (line 1459) */
export type AuthenticationCapability = {
  nonStandard?: NonStandardParameter;
  antiSpamAlgorithm?: string;
  $unknown?: UnknownExtension[];
};
export const AuthenticationCapability: AsnType = seq([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("antiSpamAlgorithm", oid, true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.IntegrityCapability (line 1466) */
export type IntegrityCapability = {
  nonStandard?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const IntegrityCapability: AsnType = seq([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability (line 1476) */
export type UserInputCapability = 
  | { choice: "nonStandard"; value: Array<NonStandardParameter> }
  | { choice: "basicString"; value: null }
  | { choice: "iA5String"; value: null }
  | { choice: "generalString"; value: null }
  | { choice: "dtmf"; value: null }
  | { choice: "hookflash"; value: null }
  | { choice: "extendedAlphanumeric"; value: null }
  | { choice: "encryptedBasicString"; value: null }
  | { choice: "encryptedIA5String"; value: null }
  | { choice: "encryptedGeneralString"; value: null }
  | { choice: "secureDTMF"; value: null }
  | { choice: "genericUserInputCapability"; value: GenericCapability }
  | UnknownAlternative;
export const UserInputCapability: AsnType = choice([
  f("nonStandard", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), size(1, 16, false))),
  f("basicString", nul),
  f("iA5String", nul),
  f("generalString", nul),
  f("dtmf", nul),
  f("hookflash", nul),
], [
  f("extendedAlphanumeric", nul),
  f("encryptedBasicString", nul),
  f("encryptedIA5String", nul),
  f("encryptedGeneralString", nul),
  f("secureDTMF", nul),
  f("genericUserInputCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceCapability (line 1501) */
export type ConferenceCapability = {
  nonStandardData?: Array<NonStandardParameter>;
  chairControlCapability: boolean;
  videoIndicateMixingCapability?: boolean;
  multipointVisualizationCapability?: boolean;
  $unknown?: UnknownExtension[];
};
export const ConferenceCapability: AsnType = seq([
  f("nonStandardData", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)), true),
  f("chairControlCapability", bool),
], [
  f("videoIndicateMixingCapability", bool),
  f("multipointVisualizationCapability", bool, true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.GenericCapability (line 1513) */
export type GenericCapability = {
  capabilityIdentifier: CapabilityIdentifier;
  maxBitRate?: number;
  collapsing?: Array<GenericParameter>;
  nonCollapsing?: Array<GenericParameter>;
  nonCollapsingRaw?: Uint8Array;
  transport?: DataProtocolCapability;
  $unknown?: UnknownExtension[];
};
export const GenericCapability: AsnType = seq([
  f("capabilityIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityIdentifier", () => CapabilityIdentifier)),
  f("maxBitRate", int(0, 4294967295), true),
  f("collapsing", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", () => GenericParameter)), true),
  f("nonCollapsing", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", () => GenericParameter)), true),
  f("nonCollapsingRaw", octets(), true),
  f("transport", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityIdentifier (line 1528) */
export type CapabilityIdentifier = 
  | { choice: "standard"; value: string }
  | { choice: "h221NonStandard"; value: NonStandardParameter }
  | { choice: "uuid"; value: Uint8Array }
  | { choice: "domainBased"; value: string }
  | UnknownAlternative;
export const CapabilityIdentifier: AsnType = choice([
  f("standard", oid),
  f("h221NonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("uuid", octets(size(16, 16, false))),
  f("domainBased", chars("IA5String", size(1, 64, false), 8, undefined, false)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.GenericParameter (line 1544) */
export type GenericParameter = {
  parameterIdentifier: ParameterIdentifier;
  parameterValue: ParameterValue;
  supersedes?: Array<ParameterIdentifier>;
  $unknown?: UnknownExtension[];
};
export const GenericParameter: AsnType = seq([
  f("parameterIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.ParameterIdentifier", () => ParameterIdentifier)),
  f("parameterValue", ref("MULTIMEDIA-SYSTEM-CONTROL.ParameterValue", () => ParameterValue)),
  f("supersedes", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.ParameterIdentifier", () => ParameterIdentifier)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ParameterIdentifier (line 1552) */
export type ParameterIdentifier = 
  | { choice: "standard"; value: number }
  | { choice: "h221NonStandard"; value: NonStandardParameter }
  | { choice: "uuid"; value: Uint8Array }
  | { choice: "domainBased"; value: string }
  | UnknownAlternative;
export const ParameterIdentifier: AsnType = choice([
  f("standard", int(0, 127)),
  f("h221NonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("uuid", octets(size(16, 16, false))),
  f("domainBased", chars("IA5String", size(1, 64, false), 8, undefined, false)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ParameterValue (line 1563) */
export type ParameterValue = 
  | { choice: "logical"; value: null }
  | { choice: "booleanArray"; value: number }
  | { choice: "unsignedMin"; value: number }
  | { choice: "unsignedMax"; value: number }
  | { choice: "unsigned32Min"; value: number }
  | { choice: "unsigned32Max"; value: number }
  | { choice: "octetString"; value: Uint8Array }
  | { choice: "genericParameter"; value: Array<GenericParameter> }
  | UnknownAlternative;
export const ParameterValue: AsnType = choice([
  f("logical", nul),
  f("booleanArray", int(0, 255)),
  f("unsignedMin", int(0, 65535)),
  f("unsignedMax", int(0, 65535)),
  f("unsigned32Min", int(0, 4294967295)),
  f("unsigned32Max", int(0, 4294967295)),
  f("octetString", octets()),
  f("genericParameter", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", () => GenericParameter))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability (line 1584) */
export type MultiplexedStreamCapability = {
  multiplexFormat: MultiplexFormat;
  controlOnMuxStream: boolean;
  capabilityOnMuxStream?: Array<AlternativeCapabilitySet>;
  $unknown?: UnknownExtension[];
};
export const MultiplexedStreamCapability: AsnType = seq([
  f("multiplexFormat", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexFormat", () => MultiplexFormat)),
  f("controlOnMuxStream", bool),
  f("capabilityOnMuxStream", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", () => AlternativeCapabilitySet), size(1, 256, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexFormat (line 1592) */
export type MultiplexFormat = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h222Capability"; value: H222Capability }
  | { choice: "h223Capability"; value: H223Capability }
  | UnknownAlternative;
export const MultiplexFormat: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("h222Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.H222Capability", () => H222Capability)),
  f("h223Capability", ref("MULTIMEDIA-SYSTEM-CONTROL.H223Capability", () => H223Capability)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.AudioTelephonyEventCapability (line 1604) */
export type AudioTelephonyEventCapability = {
  dynamicRTPPayloadType: number;
  audioTelephoneEvent: string;
  $unknown?: UnknownExtension[];
};
export const AudioTelephonyEventCapability: AsnType = seq([
  f("dynamicRTPPayloadType", int(96, 127)),
  f("audioTelephoneEvent", generalString()),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.AudioToneCapability (line 1611) */
export type AudioToneCapability = {
  dynamicRTPPayloadType: number;
  $unknown?: UnknownExtension[];
};
export const AudioToneCapability: AsnType = seq([
  f("dynamicRTPPayloadType", int(96, 127)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioTelephonyEventCapability (line 1619) */
export type NoPTAudioTelephonyEventCapability = {
  audioTelephoneEvent: string;
  $unknown?: UnknownExtension[];
};
export const NoPTAudioTelephonyEventCapability: AsnType = seq([
  f("audioTelephoneEvent", generalString()),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioToneCapability (line 1625) */
export type NoPTAudioToneCapability = {
  $unknown?: UnknownExtension[];
};
export const NoPTAudioToneCapability: AsnType = seq([], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamCapability (line 1634) */
export type MultiplePayloadStreamCapability = {
  capabilities: Array<AlternativeCapabilitySet>;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamCapability: AsnType = seq([
  f("capabilities", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", () => AlternativeCapabilitySet), size(1, 256, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DepFECCapability (line 1644) */
export type DepFECCapability = 
  | { choice: "rfc2733"; value: {
    redundancyEncoding: boolean;
    separateStream: {
      separatePort: boolean;
      samePort: boolean;
      $unknown?: UnknownExtension[];
    };
    $unknown?: UnknownExtension[];
  } }
  | UnknownAlternative;
export const DepFECCapability: AsnType = choice([
  f("rfc2733", seq([
    f("redundancyEncoding", bool),
    f("separateStream", seq([
      f("separatePort", bool),
      f("samePort", bool),
    ], [])),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.FECCapability (line 1660) */
export type FECCapability = {
  protectedCapability: CapabilityTableEntryNumber;
  fecScheme?: string;
  rfc2733Format?: 
    | { choice: "rfc2733rfc2198"; value: MaxRedundancy }
    | { choice: "rfc2733sameport"; value: MaxRedundancy }
    | { choice: "rfc2733diffport"; value: MaxRedundancy };
  $unknown?: UnknownExtension[];
};
export const FECCapability: AsnType = seq([
  f("protectedCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber)),
  f("fecScheme", oid, true),
  f("rfc2733Format", choice([
    f("rfc2733rfc2198", ref("MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", () => MaxRedundancy)),
    f("rfc2733sameport", ref("MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", () => MaxRedundancy)),
    f("rfc2733diffport", ref("MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", () => MaxRedundancy)),
  ]), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy (line 1673) */
export type MaxRedundancy = number;
export const MaxRedundancy: AsnType = int(1);

/** MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannel (line 1684) */
export type OpenLogicalChannel = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  forwardLogicalChannelParameters: {
    portNumber?: number;
    dataType: DataType;
    multiplexParameters: 
      | { choice: "h222LogicalChannelParameters"; value: H222LogicalChannelParameters }
      | { choice: "h223LogicalChannelParameters"; value: H223LogicalChannelParameters }
      | { choice: "v76LogicalChannelParameters"; value: V76LogicalChannelParameters }
      | { choice: "h2250LogicalChannelParameters"; value: H2250LogicalChannelParameters }
      | { choice: "none"; value: null }
      | UnknownAlternative;
    forwardLogicalChannelDependency?: LogicalChannelNumber;
    replacementFor?: LogicalChannelNumber;
    $unknown?: UnknownExtension[];
  };
  reverseLogicalChannelParameters?: {
    dataType: DataType;
    multiplexParameters?: 
      | { choice: "h223LogicalChannelParameters"; value: H223LogicalChannelParameters }
      | { choice: "v76LogicalChannelParameters"; value: V76LogicalChannelParameters }
      | { choice: "h2250LogicalChannelParameters"; value: H2250LogicalChannelParameters }
      | UnknownAlternative;
    reverseLogicalChannelDependency?: LogicalChannelNumber;
    replacementFor?: LogicalChannelNumber;
    $unknown?: UnknownExtension[];
  };
  separateStack?: NetworkAccessParameters;
  encryptionSync?: EncryptionSync;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const OpenLogicalChannel: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("forwardLogicalChannelParameters", seq([
    f("portNumber", int(0, 65535), true),
    f("dataType", ref("MULTIMEDIA-SYSTEM-CONTROL.DataType", () => DataType)),
    f("multiplexParameters", choice([
      f("h222LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H222LogicalChannelParameters", () => H222LogicalChannelParameters)),
      f("h223LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H223LogicalChannelParameters", () => H223LogicalChannelParameters)),
      f("v76LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.V76LogicalChannelParameters", () => V76LogicalChannelParameters)),
    ], [
      f("h2250LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters", () => H2250LogicalChannelParameters)),
      f("none", nul),
    ])),
  ], [
    f("forwardLogicalChannelDependency", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber), true),
    f("replacementFor", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber), true),
  ])),
  f("reverseLogicalChannelParameters", seq([
    f("dataType", ref("MULTIMEDIA-SYSTEM-CONTROL.DataType", () => DataType)),
    f("multiplexParameters", choice([
      f("h223LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H223LogicalChannelParameters", () => H223LogicalChannelParameters)),
      f("v76LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.V76LogicalChannelParameters", () => V76LogicalChannelParameters)),
    ], [
      f("h2250LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters", () => H2250LogicalChannelParameters)),
    ]), true),
  ], [
    f("reverseLogicalChannelDependency", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber), true),
    f("replacementFor", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber), true),
  ]), true),
], [
  f("separateStack", ref("MULTIMEDIA-SYSTEM-CONTROL.NetworkAccessParameters", () => NetworkAccessParameters), true),
  f("encryptionSync", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", () => EncryptionSync), true),
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber (line 1742) */
export type LogicalChannelNumber = number;
export const LogicalChannelNumber: AsnType = int(1, 65535);

/** MULTIMEDIA-SYSTEM-CONTROL.NetworkAccessParameters (line 1744) */
export type NetworkAccessParameters = {
  distribution?: 
    | { choice: "unicast"; value: null }
    | { choice: "multicast"; value: null }
    | UnknownAlternative;
  networkAddress: 
    | { choice: "q2931Address"; value: Q2931Address }
    | { choice: "e164Address"; value: string }
    | { choice: "localAreaAddress"; value: TransportAddress }
    | UnknownAlternative;
  associateConference: boolean;
  externalReference?: Uint8Array;
  t120SetupProcedure?: 
    | { choice: "originateCall"; value: null }
    | { choice: "waitForCall"; value: null }
    | { choice: "issueQuery"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const NetworkAccessParameters: AsnType = seq([
  f("distribution", choice([
    f("unicast", nul),
    f("multicast", nul),
  ], []), true),
  f("networkAddress", choice([
    f("q2931Address", ref("MULTIMEDIA-SYSTEM-CONTROL.Q2931Address", () => Q2931Address)),
    f("e164Address", chars("IA5String", size(1, 128, false), 4, "#*,0123456789", true)),
    f("localAreaAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress)),
  ], [])),
  f("associateConference", bool),
  f("externalReference", octets(size(1, 255, false)), true),
], [
  f("t120SetupProcedure", choice([
    f("originateCall", nul),
    f("waitForCall", nul),
    f("issueQuery", nul),
  ], []), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.Q2931Address (line 1773) */
export type Q2931Address = {
  address: 
    | { choice: "internationalNumber"; value: string }
    | { choice: "nsapAddress"; value: Uint8Array }
    | UnknownAlternative;
  subaddress?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Q2931Address: AsnType = seq([
  f("address", choice([
    f("internationalNumber", chars("NumericString", size(1, 16, false), 4, " 0123456789", true)),
    f("nsapAddress", octets(size(1, 20, false))),
  ], [])),
  f("subaddress", octets(size(1, 20, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.V75Parameters (line 1785) */
export type V75Parameters = {
  audioHeaderPresent: boolean;
  $unknown?: UnknownExtension[];
};
export const V75Parameters: AsnType = seq([
  f("audioHeaderPresent", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DataType (line 1791) */
export type DataType = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "nullData"; value: null }
  | { choice: "videoData"; value: VideoCapability }
  | { choice: "audioData"; value: AudioCapability }
  | { choice: "data"; value: DataApplicationCapability }
  | { choice: "encryptionData"; value: EncryptionMode }
  | { choice: "h235Control"; value: NonStandardParameter }
  | { choice: "h235Media"; value: H235Media }
  | { choice: "multiplexedStream"; value: MultiplexedStreamParameter }
  | { choice: "redundancyEncoding"; value: RedundancyEncoding }
  | { choice: "multiplePayloadStream"; value: MultiplePayloadStream }
  | { choice: "depFec"; value: DepFECData }
  | { choice: "fec"; value: FECData }
  | UnknownAlternative;
export const DataType: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("nullData", nul),
  f("videoData", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability)),
  f("audioData", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
  f("data", ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)),
  f("encryptionData", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode", () => EncryptionMode)),
], [
  f("h235Control", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("h235Media", ref("MULTIMEDIA-SYSTEM-CONTROL.H235Media", () => H235Media)),
  f("multiplexedStream", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamParameter", () => MultiplexedStreamParameter)),
  f("redundancyEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", () => RedundancyEncoding)),
  f("multiplePayloadStream", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", () => MultiplePayloadStream)),
  f("depFec", ref("MULTIMEDIA-SYSTEM-CONTROL.DepFECData", () => DepFECData)),
  f("fec", ref("MULTIMEDIA-SYSTEM-CONTROL.FECData", () => FECData)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H235Media (line 1809) */
export type H235Media = {
  encryptionAuthenticationAndIntegrity: EncryptionAuthenticationAndIntegrity;
  mediaType: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "videoData"; value: VideoCapability }
    | { choice: "audioData"; value: AudioCapability }
    | { choice: "data"; value: DataApplicationCapability }
    | { choice: "redundancyEncoding"; value: RedundancyEncoding }
    | { choice: "multiplePayloadStream"; value: MultiplePayloadStream }
    | { choice: "depFec"; value: DepFECData }
    | { choice: "fec"; value: FECData }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const H235Media: AsnType = seq([
  f("encryptionAuthenticationAndIntegrity", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity", () => EncryptionAuthenticationAndIntegrity)),
  f("mediaType", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("videoData", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability)),
    f("audioData", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
    f("data", ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)),
  ], [
    f("redundancyEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", () => RedundancyEncoding)),
    f("multiplePayloadStream", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", () => MultiplePayloadStream)),
    f("depFec", ref("MULTIMEDIA-SYSTEM-CONTROL.DepFECData", () => DepFECData)),
    f("fec", ref("MULTIMEDIA-SYSTEM-CONTROL.FECData", () => FECData)),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamParameter (line 1828) */
export type MultiplexedStreamParameter = {
  multiplexFormat: MultiplexFormat;
  controlOnMuxStream: boolean;
  $unknown?: UnknownExtension[];
};
export const MultiplexedStreamParameter: AsnType = seq([
  f("multiplexFormat", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexFormat", () => MultiplexFormat)),
  f("controlOnMuxStream", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H222LogicalChannelParameters (line 1835) */
export type H222LogicalChannelParameters = {
  resourceID: number;
  subChannelID: number;
  "pcr-pid"?: number;
  programDescriptors?: Uint8Array;
  streamDescriptors?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const H222LogicalChannelParameters: AsnType = seq([
  f("resourceID", int(0, 65535)),
  f("subChannelID", int(0, 8191)),
  f("pcr-pid", int(0, 8191), true),
  f("programDescriptors", octets(), true),
  f("streamDescriptors", octets(), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H223LogicalChannelParameters (line 1845) */
export type H223LogicalChannelParameters = {
  adaptationLayerType: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "al1Framed"; value: null }
    | { choice: "al1NotFramed"; value: null }
    | { choice: "al2WithoutSequenceNumbers"; value: null }
    | { choice: "al2WithSequenceNumbers"; value: null }
    | { choice: "al3"; value: {
      controlFieldOctets: number;
      sendBufferSize: number;
    } }
    | { choice: "al1M"; value: H223AL1MParameters }
    | { choice: "al2M"; value: H223AL2MParameters }
    | { choice: "al3M"; value: H223AL3MParameters }
    | UnknownAlternative;
  segmentableFlag: boolean;
  $unknown?: UnknownExtension[];
};
export const H223LogicalChannelParameters: AsnType = seq([
  f("adaptationLayerType", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("al1Framed", nul),
    f("al1NotFramed", nul),
    f("al2WithoutSequenceNumbers", nul),
    f("al2WithSequenceNumbers", nul),
    f("al3", seq([
      f("controlFieldOctets", int(0, 2)),
      f("sendBufferSize", int(0, 16777215)),
    ])),
  ], [
    f("al1M", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AL1MParameters", () => H223AL1MParameters)),
    f("al2M", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AL2MParameters", () => H223AL2MParameters)),
    f("al3M", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AL3MParameters", () => H223AL3MParameters)),
  ])),
  f("segmentableFlag", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H223AL1MParameters (line 1869) */
export type H223AL1MParameters = {
  transferMode: 
    | { choice: "framed"; value: null }
    | { choice: "unframed"; value: null }
    | UnknownAlternative;
  headerFEC: 
    | { choice: "sebch16-7"; value: null }
    | { choice: "golay24-12"; value: null }
    | UnknownAlternative;
  crcLength: 
    | { choice: "crc4bit"; value: null }
    | { choice: "crc12bit"; value: null }
    | { choice: "crc20bit"; value: null }
    | { choice: "crc28bit"; value: null }
    | { choice: "crc8bit"; value: null }
    | { choice: "crc16bit"; value: null }
    | { choice: "crc32bit"; value: null }
    | { choice: "crcNotUsed"; value: null }
    | UnknownAlternative;
  rcpcCodeRate: number;
  arqType: 
    | { choice: "noArq"; value: null }
    | { choice: "typeIArq"; value: H223AnnexCArqParameters }
    | { choice: "typeIIArq"; value: H223AnnexCArqParameters }
    | UnknownAlternative;
  alpduInterleaving: boolean;
  alsduSplitting: boolean;
  rsCodeCorrection?: number;
  $unknown?: UnknownExtension[];
};
export const H223AL1MParameters: AsnType = seq([
  f("transferMode", choice([
    f("framed", nul),
    f("unframed", nul),
  ], [])),
  f("headerFEC", choice([
    f("sebch16-7", nul),
    f("golay24-12", nul),
  ], [])),
  f("crcLength", choice([
    f("crc4bit", nul),
    f("crc12bit", nul),
    f("crc20bit", nul),
    f("crc28bit", nul),
  ], [
    f("crc8bit", nul),
    f("crc16bit", nul),
    f("crc32bit", nul),
    f("crcNotUsed", nul),
  ])),
  f("rcpcCodeRate", int(8, 32)),
  f("arqType", choice([
    f("noArq", nul),
    f("typeIArq", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", () => H223AnnexCArqParameters)),
    f("typeIIArq", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", () => H223AnnexCArqParameters)),
  ], [])),
  f("alpduInterleaving", bool),
  f("alsduSplitting", bool),
], [
  f("rsCodeCorrection", int(0, 127), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H223AL2MParameters (line 1911) */
export type H223AL2MParameters = {
  headerFEC: 
    | { choice: "sebch16-5"; value: null }
    | { choice: "golay24-12"; value: null }
    | UnknownAlternative;
  alpduInterleaving: boolean;
  $unknown?: UnknownExtension[];
};
export const H223AL2MParameters: AsnType = seq([
  f("headerFEC", choice([
    f("sebch16-5", nul),
    f("golay24-12", nul),
  ], [])),
  f("alpduInterleaving", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H223AL3MParameters (line 1923) */
export type H223AL3MParameters = {
  headerFormat: 
    | { choice: "sebch16-7"; value: null }
    | { choice: "golay24-12"; value: null }
    | UnknownAlternative;
  crcLength: 
    | { choice: "crc4bit"; value: null }
    | { choice: "crc12bit"; value: null }
    | { choice: "crc20bit"; value: null }
    | { choice: "crc28bit"; value: null }
    | { choice: "crc8bit"; value: null }
    | { choice: "crc16bit"; value: null }
    | { choice: "crc32bit"; value: null }
    | { choice: "crcNotUsed"; value: null }
    | UnknownAlternative;
  rcpcCodeRate: number;
  arqType: 
    | { choice: "noArq"; value: null }
    | { choice: "typeIArq"; value: H223AnnexCArqParameters }
    | { choice: "typeIIArq"; value: H223AnnexCArqParameters }
    | UnknownAlternative;
  alpduInterleaving: boolean;
  rsCodeCorrection?: number;
  $unknown?: UnknownExtension[];
};
export const H223AL3MParameters: AsnType = seq([
  f("headerFormat", choice([
    f("sebch16-7", nul),
    f("golay24-12", nul),
  ], [])),
  f("crcLength", choice([
    f("crc4bit", nul),
    f("crc12bit", nul),
    f("crc20bit", nul),
    f("crc28bit", nul),
  ], [
    f("crc8bit", nul),
    f("crc16bit", nul),
    f("crc32bit", nul),
    f("crcNotUsed", nul),
  ])),
  f("rcpcCodeRate", int(8, 32)),
  f("arqType", choice([
    f("noArq", nul),
    f("typeIArq", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", () => H223AnnexCArqParameters)),
    f("typeIIArq", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", () => H223AnnexCArqParameters)),
  ], [])),
  f("alpduInterleaving", bool),
], [
  f("rsCodeCorrection", int(0, 127), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters (line 1960) */
export type H223AnnexCArqParameters = {
  numberOfRetransmissions: 
    | { choice: "finite"; value: number }
    | { choice: "infinite"; value: null }
    | UnknownAlternative;
  sendBufferSize: number;
  $unknown?: UnknownExtension[];
};
export const H223AnnexCArqParameters: AsnType = seq([
  f("numberOfRetransmissions", choice([
    f("finite", int(0, 16)),
    f("infinite", nul),
  ], [])),
  f("sendBufferSize", int(0, 16777215)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.V76LogicalChannelParameters (line 1972) */
export type V76LogicalChannelParameters = {
  hdlcParameters: V76HDLCParameters;
  suspendResume: 
    | { choice: "noSuspendResume"; value: null }
    | { choice: "suspendResumewAddress"; value: null }
    | { choice: "suspendResumewoAddress"; value: null }
    | UnknownAlternative;
  uIH: boolean;
  mode: 
    | { choice: "eRM"; value: {
      windowSize: number;
      recovery: 
        | { choice: "rej"; value: null }
        | { choice: "sREJ"; value: null }
        | { choice: "mSREJ"; value: null }
        | UnknownAlternative;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "uNERM"; value: null }
    | UnknownAlternative;
  v75Parameters: V75Parameters;
  $unknown?: UnknownExtension[];
};
export const V76LogicalChannelParameters: AsnType = seq([
  f("hdlcParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.V76HDLCParameters", () => V76HDLCParameters)),
  f("suspendResume", choice([
    f("noSuspendResume", nul),
    f("suspendResumewAddress", nul),
    f("suspendResumewoAddress", nul),
  ], [])),
  f("uIH", bool),
  f("mode", choice([
    f("eRM", seq([
      f("windowSize", int(1, 127)),
      f("recovery", choice([
        f("rej", nul),
        f("sREJ", nul),
        f("mSREJ", nul),
      ], [])),
    ], [])),
    f("uNERM", nul),
  ], [])),
  f("v75Parameters", ref("MULTIMEDIA-SYSTEM-CONTROL.V75Parameters", () => V75Parameters)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.V76HDLCParameters (line 2006) */
export type V76HDLCParameters = {
  crcLength: CRCLength;
  n401: number;
  loopbackTestProcedure: boolean;
  $unknown?: UnknownExtension[];
};
export const V76HDLCParameters: AsnType = seq([
  f("crcLength", ref("MULTIMEDIA-SYSTEM-CONTROL.CRCLength", () => CRCLength)),
  f("n401", int(1, 4095)),
  f("loopbackTestProcedure", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CRCLength (line 2015) */
export type CRCLength = 
  | { choice: "crc8bit"; value: null }
  | { choice: "crc16bit"; value: null }
  | { choice: "crc32bit"; value: null }
  | UnknownAlternative;
export const CRCLength: AsnType = choice([
  f("crc8bit", nul),
  f("crc16bit", nul),
  f("crc32bit", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters (line 2023) */
export type H2250LogicalChannelParameters = {
  nonStandard?: Array<NonStandardParameter>;
  sessionID: number;
  associatedSessionID?: number;
  mediaChannel?: TransportAddress;
  mediaGuaranteedDelivery?: boolean;
  mediaControlChannel?: TransportAddress;
  mediaControlGuaranteedDelivery?: boolean;
  silenceSuppression?: boolean;
  destination?: TerminalLabel;
  dynamicRTPPayloadType?: number;
  mediaPacketization?: 
    | { choice: "h261aVideoPacketization"; value: null }
    | { choice: "rtpPayloadType"; value: RTPPayloadType }
    | UnknownAlternative;
  transportCapability?: TransportCapability;
  redundancyEncoding?: RedundancyEncoding;
  source?: TerminalLabel;
  nominalAudioLevel?: number;
  $unknown?: UnknownExtension[];
};
export const H2250LogicalChannelParameters: AsnType = seq([
  f("nonStandard", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)), true),
  f("sessionID", int(0, 255)),
  f("associatedSessionID", int(1, 255), true),
  f("mediaChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress), true),
  f("mediaGuaranteedDelivery", bool, true),
  f("mediaControlChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress), true),
  f("mediaControlGuaranteedDelivery", bool, true),
  f("silenceSuppression", bool, true),
  f("destination", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), true),
  f("dynamicRTPPayloadType", int(96, 127), true),
  f("mediaPacketization", choice([
    f("h261aVideoPacketization", nul),
  ], [
    f("rtpPayloadType", ref("MULTIMEDIA-SYSTEM-CONTROL.RTPPayloadType", () => RTPPayloadType)),
  ]), true),
], [
  f("transportCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportCapability", () => TransportCapability), true),
  f("redundancyEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", () => RedundancyEncoding), true),
  f("source", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), true),
  f("nominalAudioLevel", int(0, 63), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.RTPPayloadType (line 2050) */
export type RTPPayloadType = {
  payloadDescriptor: 
    | { choice: "nonStandardIdentifier"; value: NonStandardParameter }
    | { choice: "rfc-number"; value: number }
    | { choice: "oid"; value: string }
    | UnknownAlternative;
  payloadType?: number;
  $unknown?: UnknownExtension[];
};
export const RTPPayloadType: AsnType = seq([
  f("payloadDescriptor", choice([
    f("nonStandardIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("rfc-number", int(1, 32768, true)),
    f("oid", oid),
  ], [])),
  f("payloadType", int(0, 127), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding (line 2063) */
export type RedundancyEncoding = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  secondaryEncoding?: DataType;
  rtpRedundancyEncoding?: {
    primary?: RedundancyEncodingElement;
    secondary?: Array<RedundancyEncodingElement>;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const RedundancyEncoding: AsnType = seq([
  f("redundancyEncodingMethod", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", () => RedundancyEncodingMethod)),
  f("secondaryEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.DataType", () => DataType), true),
], [
  f("rtpRedundancyEncoding", seq([
    f("primary", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingElement", () => RedundancyEncodingElement), true),
    f("secondary", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingElement", () => RedundancyEncodingElement)), true),
  ], []), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingElement (line 2084) */
export type RedundancyEncodingElement = {
  dataType: DataType;
  payloadType?: number;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingElement: AsnType = seq([
  f("dataType", ref("MULTIMEDIA-SYSTEM-CONTROL.DataType", () => DataType)),
  f("payloadType", int(0, 127), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream (line 2091) */
export type MultiplePayloadStream = {
  elements: Array<MultiplePayloadStreamElement>;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStream: AsnType = seq([
  f("elements", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElement", () => MultiplePayloadStreamElement))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElement (line 2097) */
export type MultiplePayloadStreamElement = {
  dataType: DataType;
  payloadType?: number;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamElement: AsnType = seq([
  f("dataType", ref("MULTIMEDIA-SYSTEM-CONTROL.DataType", () => DataType)),
  f("payloadType", int(0, 127), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DepFECData (line 2104) */
export type DepFECData = 
  | { choice: "rfc2733"; value: {
    mode: 
      | { choice: "redundancyEncoding"; value: null }
      | { choice: "separateStream"; value: 
        | { choice: "differentPort"; value: {
          protectedSessionID: number;
          protectedPayloadType?: number;
          $unknown?: UnknownExtension[];
        } }
        | { choice: "samePort"; value: {
          protectedPayloadType: number;
          $unknown?: UnknownExtension[];
        } }
        | UnknownAlternative }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  } };
export const DepFECData: AsnType = choice([
  f("rfc2733", seq([
    f("mode", choice([
      f("redundancyEncoding", nul),
      f("separateStream", choice([
        f("differentPort", seq([
          f("protectedSessionID", int(1, 255)),
          f("protectedPayloadType", int(0, 127), true),
        ], [])),
        f("samePort", seq([
          f("protectedPayloadType", int(0, 127)),
        ], [])),
      ], [])),
    ], [])),
  ], [])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.FECData (line 2132) */
export type FECData = 
  | { choice: "rfc2733"; value: {
    protectedPayloadType: number;
    fecScheme?: string;
    pktMode: 
      | { choice: "rfc2198coding"; value: null }
      | { choice: "rfc2733sameport"; value: {
        $unknown?: UnknownExtension[];
      } }
      | { choice: "rfc2733diffport"; value: {
        protectedChannel: LogicalChannelNumber;
        $unknown?: UnknownExtension[];
      } }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  } }
  | UnknownAlternative;
export const FECData: AsnType = choice([
  f("rfc2733", seq([
    f("protectedPayloadType", int(0, 127)),
    f("fecScheme", oid, true),
    f("pktMode", choice([
      f("rfc2198coding", nul),
      f("rfc2733sameport", seq([], [])),
      f("rfc2733diffport", seq([
        f("protectedChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
      ], [])),
    ], [])),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.TransportAddress (line 2157) */
export type TransportAddress = 
  | { choice: "unicastAddress"; value: UnicastAddress }
  | { choice: "multicastAddress"; value: MulticastAddress }
  | UnknownAlternative;
export const TransportAddress: AsnType = choice([
  f("unicastAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.UnicastAddress", () => UnicastAddress)),
  f("multicastAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.MulticastAddress", () => MulticastAddress)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.UnicastAddress (line 2164) */
export type UnicastAddress = 
  | { choice: "iPAddress"; value: {
    network: Uint8Array;
    tsapIdentifier: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "iPXAddress"; value: {
    node: Uint8Array;
    netnum: Uint8Array;
    tsapIdentifier: Uint8Array;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "iP6Address"; value: {
    network: Uint8Array;
    tsapIdentifier: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "netBios"; value: Uint8Array }
  | { choice: "iPSourceRouteAddress"; value: {
    routing: 
      | { choice: "strict"; value: null }
      | { choice: "loose"; value: null };
    network: Uint8Array;
    tsapIdentifier: number;
    route: Array<Uint8Array>;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "nsap"; value: Uint8Array }
  | { choice: "nonStandardAddress"; value: NonStandardParameter }
  | UnknownAlternative;
export const UnicastAddress: AsnType = choice([
  f("iPAddress", seq([
    f("network", octets(size(4, 4, false))),
    f("tsapIdentifier", int(0, 65535)),
  ], [])),
  f("iPXAddress", seq([
    f("node", octets(size(6, 6, false))),
    f("netnum", octets(size(4, 4, false))),
    f("tsapIdentifier", octets(size(2, 2, false))),
  ], [])),
  f("iP6Address", seq([
    f("network", octets(size(16, 16, false))),
    f("tsapIdentifier", int(0, 65535)),
  ], [])),
  f("netBios", octets(size(16, 16, false))),
  f("iPSourceRouteAddress", seq([
    f("routing", choice([
      f("strict", nul),
      f("loose", nul),
    ])),
    f("network", octets(size(4, 4, false))),
    f("tsapIdentifier", int(0, 65535)),
    f("route", seqOf(octets(size(4, 4, false)))),
  ], [])),
], [
  f("nsap", octets(size(1, 20, false))),
  f("nonStandardAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MulticastAddress (line 2203) */
export type MulticastAddress = 
  | { choice: "iPAddress"; value: {
    network: Uint8Array;
    tsapIdentifier: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "iP6Address"; value: {
    network: Uint8Array;
    tsapIdentifier: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "nsap"; value: Uint8Array }
  | { choice: "nonStandardAddress"; value: NonStandardParameter }
  | UnknownAlternative;
export const MulticastAddress: AsnType = choice([
  f("iPAddress", seq([
    f("network", octets(size(4, 4, false))),
    f("tsapIdentifier", int(0, 65535)),
  ], [])),
  f("iP6Address", seq([
    f("network", octets(size(16, 16, false))),
    f("tsapIdentifier", int(0, 65535)),
  ], [])),
], [
  f("nsap", octets(size(1, 20, false))),
  f("nonStandardAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync (line 2222) */
export type EncryptionSync = {
  nonStandard?: NonStandardParameter;
  synchFlag: number;
  h235Key: Uint8Array;
  escrowentry?: Array<EscrowData>;
  genericParameter?: GenericParameter;
  $unknown?: UnknownExtension[];
};
export const EncryptionSync: AsnType = seq([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter), true),
  f("synchFlag", int(0, 255)),
  f("h235Key", octets(size(1, 65535, false))),
  f("escrowentry", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.EscrowData", () => EscrowData), size(1, 256, false)), true),
], [
  f("genericParameter", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", () => GenericParameter), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.EscrowData (line 2236) */
export type EscrowData = {
  escrowID: string;
  escrowValue: BitString;
  $unknown?: UnknownExtension[];
};
export const EscrowData: AsnType = seq([
  f("escrowID", oid),
  f("escrowValue", bits(size(1, 65535, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelAck (line 2243) */
export type OpenLogicalChannelAck = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  reverseLogicalChannelParameters?: {
    reverseLogicalChannelNumber: LogicalChannelNumber;
    portNumber?: number;
    multiplexParameters?: 
      | { choice: "h222LogicalChannelParameters"; value: H222LogicalChannelParameters }
      | { choice: "h2250LogicalChannelParameters"; value: H2250LogicalChannelParameters }
      | UnknownAlternative;
    replacementFor?: LogicalChannelNumber;
    $unknown?: UnknownExtension[];
  };
  separateStack?: NetworkAccessParameters;
  forwardMultiplexAckParameters?: 
    | { choice: "h2250LogicalChannelAckParameters"; value: H2250LogicalChannelAckParameters }
    | UnknownAlternative;
  encryptionSync?: EncryptionSync;
  genericInformation?: Array<GenericInformation>;
  dtlsSecurityCapability?: DTLSSecurityCapability;
  $unknown?: UnknownExtension[];
};
export const OpenLogicalChannelAck: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("reverseLogicalChannelParameters", seq([
    f("reverseLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("portNumber", int(0, 65535), true),
    f("multiplexParameters", choice([
      f("h222LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H222LogicalChannelParameters", () => H222LogicalChannelParameters)),
    ], [
      f("h2250LogicalChannelParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters", () => H2250LogicalChannelParameters)),
    ]), true),
  ], [
    f("replacementFor", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber), true),
  ]), true),
], [
  f("separateStack", ref("MULTIMEDIA-SYSTEM-CONTROL.NetworkAccessParameters", () => NetworkAccessParameters), true),
  f("forwardMultiplexAckParameters", choice([
    f("h2250LogicalChannelAckParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelAckParameters", () => H2250LogicalChannelAckParameters)),
  ], []), true),
  f("encryptionSync", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", () => EncryptionSync), true),
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
  f("dtlsSecurityCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.DTLSSecurityCapability", () => DTLSSecurityCapability), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelReject (line 2280) */
export type OpenLogicalChannelReject = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  cause: 
    | { choice: "unspecified"; value: null }
    | { choice: "unsuitableReverseParameters"; value: null }
    | { choice: "dataTypeNotSupported"; value: null }
    | { choice: "dataTypeNotAvailable"; value: null }
    | { choice: "unknownDataType"; value: null }
    | { choice: "dataTypeALCombinationNotSupported"; value: null }
    | { choice: "multicastChannelNotAllowed"; value: null }
    | { choice: "insufficientBandwidth"; value: null }
    | { choice: "separateStackEstablishmentFailed"; value: null }
    | { choice: "invalidSessionID"; value: null }
    | { choice: "masterSlaveConflict"; value: null }
    | { choice: "waitForCommunicationMode"; value: null }
    | { choice: "invalidDependentChannel"; value: null }
    | { choice: "replacementForRejected"; value: null }
    | { choice: "securityDenied"; value: null }
    | { choice: "qoSControlNotSupported"; value: null }
    | UnknownAlternative;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const OpenLogicalChannelReject: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("cause", choice([
    f("unspecified", nul),
    f("unsuitableReverseParameters", nul),
    f("dataTypeNotSupported", nul),
    f("dataTypeNotAvailable", nul),
    f("unknownDataType", nul),
    f("dataTypeALCombinationNotSupported", nul),
  ], [
    f("multicastChannelNotAllowed", nul),
    f("insufficientBandwidth", nul),
    f("separateStackEstablishmentFailed", nul),
    f("invalidSessionID", nul),
    f("masterSlaveConflict", nul),
    f("waitForCommunicationMode", nul),
    f("invalidDependentChannel", nul),
    f("replacementForRejected", nul),
    f("securityDenied", nul),
    f("qoSControlNotSupported", nul),
  ])),
], [
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelConfirm (line 2310) */
export type OpenLogicalChannelConfirm = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const OpenLogicalChannelConfirm: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
], [
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelAckParameters (line 2318) */
export type H2250LogicalChannelAckParameters = {
  nonStandard?: Array<NonStandardParameter>;
  sessionID?: number;
  mediaChannel?: TransportAddress;
  mediaControlChannel?: TransportAddress;
  dynamicRTPPayloadType?: number;
  flowControlToZero?: boolean;
  portNumber?: number;
  multiplePayloadStream?: MultiplePayloadStream;
  $unknown?: UnknownExtension[];
};
export const H2250LogicalChannelAckParameters: AsnType = seq([
  f("nonStandard", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)), true),
  f("sessionID", int(1, 255), true),
  f("mediaChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress), true),
  f("mediaControlChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress), true),
  f("dynamicRTPPayloadType", int(96, 127), true),
], [
  f("flowControlToZero", bool),
  f("portNumber", int(0, 65535), true),
  f("multiplePayloadStream", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", () => MultiplePayloadStream), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannel (line 2333) */
export type CloseLogicalChannel = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  source: 
    | { choice: "user"; value: null }
    | { choice: "lcse"; value: null };
  reason?: 
    | { choice: "unknown"; value: null }
    | { choice: "reopen"; value: null }
    | { choice: "reservationFailure"; value: null }
    | { choice: "networkErrorCode"; value: number }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const CloseLogicalChannel: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("source", choice([
    f("user", nul),
    f("lcse", nul),
  ])),
], [
  f("reason", choice([
    f("unknown", nul),
    f("reopen", nul),
    f("reservationFailure", nul),
  ], [
    f("networkErrorCode", int(0, 255)),
  ])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannelAck (line 2353) */
export type CloseLogicalChannelAck = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const CloseLogicalChannelAck: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelClose (line 2359) */
export type RequestChannelClose = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  qosCapability?: QOSCapability;
  reason?: 
    | { choice: "unknown"; value: null }
    | { choice: "normal"; value: null }
    | { choice: "reopen"; value: null }
    | { choice: "reservationFailure"; value: null }
    | { choice: "networkErrorCode"; value: number }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestChannelClose: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
], [
  f("qosCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.QOSCapability", () => QOSCapability), true),
  f("reason", choice([
    f("unknown", nul),
    f("normal", nul),
    f("reopen", nul),
    f("reservationFailure", nul),
  ], [
    f("networkErrorCode", int(0, 255)),
  ])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseAck (line 2376) */
export type RequestChannelCloseAck = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const RequestChannelCloseAck: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseReject (line 2382) */
export type RequestChannelCloseReject = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  cause: 
    | { choice: "unspecified"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestChannelCloseReject: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("cause", choice([
    f("unspecified", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseRelease (line 2393) */
export type RequestChannelCloseRelease = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const RequestChannelCloseRelease: AsnType = seq([
  f("forwardLogicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySend (line 2403) */
export type MultiplexEntrySend = {
  sequenceNumber: SequenceNumber;
  multiplexEntryDescriptors: Array<MultiplexEntryDescriptor>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySend: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("multiplexEntryDescriptors", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryDescriptor", () => MultiplexEntryDescriptor), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryDescriptor (line 2410) */
export type MultiplexEntryDescriptor = {
  multiplexTableEntryNumber: MultiplexTableEntryNumber;
  elementList?: Array<MultiplexElement>;
};
export const MultiplexEntryDescriptor: AsnType = seq([
  f("multiplexTableEntryNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber)),
  f("elementList", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexElement", () => MultiplexElement), size(1, 256, false)), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexElement (line 2416) */
export type MultiplexElement = {
  type: 
    | { choice: "logicalChannelNumber"; value: number }
    | { choice: "subElementList"; value: Array<MultiplexElement> };
  repeatCount: 
    | { choice: "finite"; value: number }
    | { choice: "untilClosingFlag"; value: null };
};
export const MultiplexElement: AsnType = seq([
  f("type", choice([
    f("logicalChannelNumber", int(0, 65535)),
    f("subElementList", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexElement", () => MultiplexElement), size(2, 255, false))),
  ])),
  f("repeatCount", choice([
    f("finite", int(1, 65535)),
    f("untilClosingFlag", nul),
  ])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber (line 2430) */
export type MultiplexTableEntryNumber = number;
export const MultiplexTableEntryNumber: AsnType = int(1, 15);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendAck (line 2432) */
export type MultiplexEntrySendAck = {
  sequenceNumber: SequenceNumber;
  multiplexTableEntryNumber: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySendAck: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("multiplexTableEntryNumber", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendReject (line 2439) */
export type MultiplexEntrySendReject = {
  sequenceNumber: SequenceNumber;
  rejectionDescriptions: Array<MultiplexEntryRejectionDescriptions>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySendReject: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("rejectionDescriptions", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryRejectionDescriptions", () => MultiplexEntryRejectionDescriptions), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryRejectionDescriptions (line 2446) */
export type MultiplexEntryRejectionDescriptions = {
  multiplexTableEntryNumber: MultiplexTableEntryNumber;
  cause: 
    | { choice: "unspecifiedCause"; value: null }
    | { choice: "descriptorTooComplex"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntryRejectionDescriptions: AsnType = seq([
  f("multiplexTableEntryNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber)),
  f("cause", choice([
    f("unspecifiedCause", nul),
    f("descriptorTooComplex", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendRelease (line 2458) */
export type MultiplexEntrySendRelease = {
  multiplexTableEntryNumber: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySendRelease: AsnType = seq([
  f("multiplexTableEntryNumber", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntry (line 2464) */
export type RequestMultiplexEntry = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntry: AsnType = seq([
  f("entryNumbers", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryAck (line 2470) */
export type RequestMultiplexEntryAck = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryAck: AsnType = seq([
  f("entryNumbers", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryReject (line 2476) */
export type RequestMultiplexEntryReject = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  rejectionDescriptions: Array<RequestMultiplexEntryRejectionDescriptions>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryReject: AsnType = seq([
  f("entryNumbers", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber), size(1, 15, false))),
  f("rejectionDescriptions", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRejectionDescriptions", () => RequestMultiplexEntryRejectionDescriptions), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRejectionDescriptions (line 2483) */
export type RequestMultiplexEntryRejectionDescriptions = {
  multiplexTableEntryNumber: MultiplexTableEntryNumber;
  cause: 
    | { choice: "unspecifiedCause"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryRejectionDescriptions: AsnType = seq([
  f("multiplexTableEntryNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber)),
  f("cause", choice([
    f("unspecifiedCause", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRelease (line 2494) */
export type RequestMultiplexEntryRelease = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryRelease: AsnType = seq([
  f("entryNumbers", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", () => MultiplexTableEntryNumber), size(1, 15, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMode (line 2507) */
export type RequestMode = {
  sequenceNumber: SequenceNumber;
  requestedModes: Array<ModeDescription>;
  $unknown?: UnknownExtension[];
};
export const RequestMode: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("requestedModes", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.ModeDescription", () => ModeDescription), size(1, 256, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestModeAck (line 2514) */
export type RequestModeAck = {
  sequenceNumber: SequenceNumber;
  response: 
    | { choice: "willTransmitMostPreferredMode"; value: null }
    | { choice: "willTransmitLessPreferredMode"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestModeAck: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("response", choice([
    f("willTransmitMostPreferredMode", nul),
    f("willTransmitLessPreferredMode", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestModeReject (line 2526) */
export type RequestModeReject = {
  sequenceNumber: SequenceNumber;
  cause: 
    | { choice: "modeUnavailable"; value: null }
    | { choice: "multipointConstraint"; value: null }
    | { choice: "requestDenied"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestModeReject: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("cause", choice([
    f("modeUnavailable", nul),
    f("multipointConstraint", nul),
    f("requestDenied", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RequestModeRelease (line 2539) */
export type RequestModeRelease = {
  $unknown?: UnknownExtension[];
};
export const RequestModeRelease: AsnType = seq([], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ModeDescription (line 2548) */
export type ModeDescription = Array<ModeElement>;
export const ModeDescription: AsnType = seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.ModeElement", () => ModeElement), size(1, 256, false));

/** MULTIMEDIA-SYSTEM-CONTROL.ModeElementType (line 2550) */
export type ModeElementType = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "videoMode"; value: VideoMode }
  | { choice: "audioMode"; value: AudioMode }
  | { choice: "dataMode"; value: DataMode }
  | { choice: "encryptionMode"; value: EncryptionMode }
  | { choice: "h235Mode"; value: H235Mode }
  | { choice: "multiplexedStreamMode"; value: MultiplexedStreamParameter }
  | { choice: "redundancyEncodingDTMode"; value: RedundancyEncodingDTMode }
  | { choice: "multiplePayloadStreamMode"; value: MultiplePayloadStreamMode }
  | { choice: "depFecMode"; value: DepFECMode }
  | { choice: "fecMode"; value: FECMode }
  | UnknownAlternative;
export const ModeElementType: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("videoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoMode", () => VideoMode)),
  f("audioMode", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioMode", () => AudioMode)),
  f("dataMode", ref("MULTIMEDIA-SYSTEM-CONTROL.DataMode", () => DataMode)),
  f("encryptionMode", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode", () => EncryptionMode)),
], [
  f("h235Mode", ref("MULTIMEDIA-SYSTEM-CONTROL.H235Mode", () => H235Mode)),
  f("multiplexedStreamMode", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamParameter", () => MultiplexedStreamParameter)),
  f("redundancyEncodingDTMode", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTMode", () => RedundancyEncodingDTMode)),
  f("multiplePayloadStreamMode", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamMode", () => MultiplePayloadStreamMode)),
  f("depFecMode", ref("MULTIMEDIA-SYSTEM-CONTROL.DepFECMode", () => DepFECMode)),
  f("fecMode", ref("MULTIMEDIA-SYSTEM-CONTROL.FECMode", () => FECMode)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ModeElement (line 2566) */
export type ModeElement = {
  type: ModeElementType;
  h223ModeParameters?: H223ModeParameters;
  v76ModeParameters?: V76ModeParameters;
  h2250ModeParameters?: H2250ModeParameters;
  genericModeParameters?: GenericCapability;
  multiplexedStreamModeParameters?: MultiplexedStreamModeParameters;
  logicalChannelNumber?: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const ModeElement: AsnType = seq([
  f("type", ref("MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", () => ModeElementType)),
  f("h223ModeParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H223ModeParameters", () => H223ModeParameters), true),
], [
  f("v76ModeParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.V76ModeParameters", () => V76ModeParameters), true),
  f("h2250ModeParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.H2250ModeParameters", () => H2250ModeParameters), true),
  f("genericModeParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability), true),
  f("multiplexedStreamModeParameters", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamModeParameters", () => MultiplexedStreamModeParameters), true),
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H235Mode (line 2580) */
export type H235Mode = {
  encryptionAuthenticationAndIntegrity: EncryptionAuthenticationAndIntegrity;
  mediaMode: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "videoMode"; value: VideoMode }
    | { choice: "audioMode"; value: AudioMode }
    | { choice: "dataMode"; value: DataMode }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const H235Mode: AsnType = seq([
  f("encryptionAuthenticationAndIntegrity", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity", () => EncryptionAuthenticationAndIntegrity)),
  f("mediaMode", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("videoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoMode", () => VideoMode)),
    f("audioMode", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioMode", () => AudioMode)),
    f("dataMode", ref("MULTIMEDIA-SYSTEM-CONTROL.DataMode", () => DataMode)),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamModeParameters (line 2595) */
export type MultiplexedStreamModeParameters = {
  logicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const MultiplexedStreamModeParameters: AsnType = seq([
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTMode (line 2601) */
export type RedundancyEncodingDTMode = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  primary: RedundancyEncodingDTModeElement;
  secondary: Array<RedundancyEncodingDTModeElement>;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingDTMode: AsnType = seq([
  f("redundancyEncodingMethod", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", () => RedundancyEncodingMethod)),
  f("primary", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTModeElement", () => RedundancyEncodingDTModeElement)),
  f("secondary", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTModeElement", () => RedundancyEncodingDTModeElement))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTModeElement (line 2609) */
export type RedundancyEncodingDTModeElement = {
  type: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "videoMode"; value: VideoMode }
    | { choice: "audioMode"; value: AudioMode }
    | { choice: "dataMode"; value: DataMode }
    | { choice: "encryptionMode"; value: EncryptionMode }
    | { choice: "h235Mode"; value: H235Mode }
    | { choice: "fecMode"; value: FECMode }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingDTModeElement: AsnType = seq([
  f("type", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("videoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoMode", () => VideoMode)),
    f("audioMode", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioMode", () => AudioMode)),
    f("dataMode", ref("MULTIMEDIA-SYSTEM-CONTROL.DataMode", () => DataMode)),
    f("encryptionMode", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode", () => EncryptionMode)),
    f("h235Mode", ref("MULTIMEDIA-SYSTEM-CONTROL.H235Mode", () => H235Mode)),
  ], [
    f("fecMode", ref("MULTIMEDIA-SYSTEM-CONTROL.FECMode", () => FECMode)),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamMode (line 2625) */
export type MultiplePayloadStreamMode = {
  elements: Array<MultiplePayloadStreamElementMode>;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamMode: AsnType = seq([
  f("elements", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElementMode", () => MultiplePayloadStreamElementMode))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElementMode (line 2631) */
export type MultiplePayloadStreamElementMode = {
  type: ModeElementType;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamElementMode: AsnType = seq([
  f("type", ref("MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", () => ModeElementType)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DepFECMode (line 2637) */
export type DepFECMode = 
  | { choice: "rfc2733Mode"; value: {
    mode: 
      | { choice: "redundancyEncoding"; value: null }
      | { choice: "separateStream"; value: 
        | { choice: "differentPort"; value: {
          protectedSessionID: number;
          protectedPayloadType?: number;
          $unknown?: UnknownExtension[];
        } }
        | { choice: "samePort"; value: {
          protectedType: ModeElementType;
          $unknown?: UnknownExtension[];
        } }
        | UnknownAlternative }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  } }
  | UnknownAlternative;
export const DepFECMode: AsnType = choice([
  f("rfc2733Mode", seq([
    f("mode", choice([
      f("redundancyEncoding", nul),
      f("separateStream", choice([
        f("differentPort", seq([
          f("protectedSessionID", int(1, 255)),
          f("protectedPayloadType", int(0, 127), true),
        ], [])),
        f("samePort", seq([
          f("protectedType", ref("MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", () => ModeElementType)),
        ], [])),
      ], [])),
    ], [])),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.FECMode (line 2666) */
export type FECMode = {
  protectedElement: ModeElementType;
  fecScheme?: string;
  rfc2733Format?: 
    | { choice: "rfc2733rfc2198"; value: MaxRedundancy }
    | { choice: "rfc2733sameport"; value: MaxRedundancy }
    | { choice: "rfc2733diffport"; value: MaxRedundancy };
  $unknown?: UnknownExtension[];
};
export const FECMode: AsnType = seq([
  f("protectedElement", ref("MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", () => ModeElementType)),
  f("fecScheme", oid, true),
  f("rfc2733Format", choice([
    f("rfc2733rfc2198", ref("MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", () => MaxRedundancy)),
    f("rfc2733sameport", ref("MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", () => MaxRedundancy)),
    f("rfc2733diffport", ref("MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", () => MaxRedundancy)),
  ]), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H223ModeParameters (line 2679) */
export type H223ModeParameters = {
  adaptationLayerType: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "al1Framed"; value: null }
    | { choice: "al1NotFramed"; value: null }
    | { choice: "al2WithoutSequenceNumbers"; value: null }
    | { choice: "al2WithSequenceNumbers"; value: null }
    | { choice: "al3"; value: {
      controlFieldOctets: number;
      sendBufferSize: number;
    } }
    | { choice: "al1M"; value: H223AL1MParameters }
    | { choice: "al2M"; value: H223AL2MParameters }
    | { choice: "al3M"; value: H223AL3MParameters }
    | UnknownAlternative;
  segmentableFlag: boolean;
  $unknown?: UnknownExtension[];
};
export const H223ModeParameters: AsnType = seq([
  f("adaptationLayerType", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("al1Framed", nul),
    f("al1NotFramed", nul),
    f("al2WithoutSequenceNumbers", nul),
    f("al2WithSequenceNumbers", nul),
    f("al3", seq([
      f("controlFieldOctets", int(0, 2)),
      f("sendBufferSize", int(0, 16777215)),
    ])),
  ], [
    f("al1M", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AL1MParameters", () => H223AL1MParameters)),
    f("al2M", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AL2MParameters", () => H223AL2MParameters)),
    f("al3M", ref("MULTIMEDIA-SYSTEM-CONTROL.H223AL3MParameters", () => H223AL3MParameters)),
  ])),
  f("segmentableFlag", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.V76ModeParameters (line 2703) */
export type V76ModeParameters = 
  | { choice: "suspendResumewAddress"; value: null }
  | { choice: "suspendResumewoAddress"; value: null }
  | UnknownAlternative;
export const V76ModeParameters: AsnType = choice([
  f("suspendResumewAddress", nul),
  f("suspendResumewoAddress", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H2250ModeParameters (line 2710) */
export type H2250ModeParameters = {
  redundancyEncodingMode?: RedundancyEncodingMode;
  $unknown?: UnknownExtension[];
};
export const H2250ModeParameters: AsnType = seq([
  f("redundancyEncodingMode", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMode", () => RedundancyEncodingMode), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMode (line 2716) */
export type RedundancyEncodingMode = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  secondaryEncoding?: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "audioData"; value: AudioMode }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingMode: AsnType = seq([
  f("redundancyEncodingMethod", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", () => RedundancyEncodingMethod)),
  f("secondaryEncoding", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("audioData", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioMode", () => AudioMode)),
  ], []), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.VideoMode (line 2732) */
export type VideoMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h261VideoMode"; value: H261VideoMode }
  | { choice: "h262VideoMode"; value: H262VideoMode }
  | { choice: "h263VideoMode"; value: H263VideoMode }
  | { choice: "is11172VideoMode"; value: IS11172VideoMode }
  | { choice: "genericVideoMode"; value: GenericCapability }
  | UnknownAlternative;
export const VideoMode: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("h261VideoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.H261VideoMode", () => H261VideoMode)),
  f("h262VideoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.H262VideoMode", () => H262VideoMode)),
  f("h263VideoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.H263VideoMode", () => H263VideoMode)),
  f("is11172VideoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.IS11172VideoMode", () => IS11172VideoMode)),
], [
  f("genericVideoMode", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.H261VideoMode (line 2743) */
export type H261VideoMode = {
  resolution: 
    | { choice: "qcif"; value: null }
    | { choice: "cif"; value: null };
  bitRate: number;
  stillImageTransmission: boolean;
  $unknown?: UnknownExtension[];
};
export const H261VideoMode: AsnType = seq([
  f("resolution", choice([
    f("qcif", nul),
    f("cif", nul),
  ])),
  f("bitRate", int(1, 19200)),
  f("stillImageTransmission", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H262VideoMode (line 2755) */
export type H262VideoMode = {
  profileAndLevel: 
    | { choice: "profileAndLevel-SPatML"; value: null }
    | { choice: "profileAndLevel-MPatLL"; value: null }
    | { choice: "profileAndLevel-MPatML"; value: null }
    | { choice: "profileAndLevel-MPatH-14"; value: null }
    | { choice: "profileAndLevel-MPatHL"; value: null }
    | { choice: "profileAndLevel-SNRatLL"; value: null }
    | { choice: "profileAndLevel-SNRatML"; value: null }
    | { choice: "profileAndLevel-SpatialatH-14"; value: null }
    | { choice: "profileAndLevel-HPatML"; value: null }
    | { choice: "profileAndLevel-HPatH-14"; value: null }
    | { choice: "profileAndLevel-HPatHL"; value: null }
    | UnknownAlternative;
  videoBitRate?: number;
  vbvBufferSize?: number;
  samplesPerLine?: number;
  linesPerFrame?: number;
  framesPerSecond?: number;
  luminanceSampleRate?: number;
  $unknown?: UnknownExtension[];
};
export const H262VideoMode: AsnType = seq([
  f("profileAndLevel", choice([
    f("profileAndLevel-SPatML", nul),
    f("profileAndLevel-MPatLL", nul),
    f("profileAndLevel-MPatML", nul),
    f("profileAndLevel-MPatH-14", nul),
    f("profileAndLevel-MPatHL", nul),
    f("profileAndLevel-SNRatLL", nul),
    f("profileAndLevel-SNRatML", nul),
    f("profileAndLevel-SpatialatH-14", nul),
    f("profileAndLevel-HPatML", nul),
    f("profileAndLevel-HPatH-14", nul),
    f("profileAndLevel-HPatHL", nul),
  ], [])),
  f("videoBitRate", int(0, 1073741823), true),
  f("vbvBufferSize", int(0, 262143), true),
  f("samplesPerLine", int(0, 16383), true),
  f("linesPerFrame", int(0, 16383), true),
  f("framesPerSecond", int(0, 15), true),
  f("luminanceSampleRate", int(0, 4294967295), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H263VideoMode (line 2781) */
export type H263VideoMode = {
  resolution: 
    | { choice: "sqcif"; value: null }
    | { choice: "qcif"; value: null }
    | { choice: "cif"; value: null }
    | { choice: "cif4"; value: null }
    | { choice: "cif16"; value: null }
    | { choice: "custom"; value: null }
    | UnknownAlternative;
  bitRate: number;
  unrestrictedVector: boolean;
  arithmeticCoding: boolean;
  advancedPrediction: boolean;
  pbFrames: boolean;
  errorCompensation?: boolean;
  enhancementLayerInfo?: EnhancementLayerInfo;
  h263Options?: H263Options;
  $unknown?: UnknownExtension[];
};
export const H263VideoMode: AsnType = seq([
  f("resolution", choice([
    f("sqcif", nul),
    f("qcif", nul),
    f("cif", nul),
    f("cif4", nul),
    f("cif16", nul),
  ], [
    f("custom", nul),
  ])),
  f("bitRate", int(1, 19200)),
  f("unrestrictedVector", bool),
  f("arithmeticCoding", bool),
  f("advancedPrediction", bool),
  f("pbFrames", bool),
], [
  f("errorCompensation", bool),
  f("enhancementLayerInfo", ref("MULTIMEDIA-SYSTEM-CONTROL.EnhancementLayerInfo", () => EnhancementLayerInfo), true),
  f("h263Options", ref("MULTIMEDIA-SYSTEM-CONTROL.H263Options", () => H263Options), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.IS11172VideoMode (line 2805) */
export type IS11172VideoMode = {
  constrainedBitstream: boolean;
  videoBitRate?: number;
  vbvBufferSize?: number;
  samplesPerLine?: number;
  linesPerFrame?: number;
  pictureRate?: number;
  luminanceSampleRate?: number;
  $unknown?: UnknownExtension[];
};
export const IS11172VideoMode: AsnType = seq([
  f("constrainedBitstream", bool),
  f("videoBitRate", int(0, 1073741823), true),
  f("vbvBufferSize", int(0, 262143), true),
  f("samplesPerLine", int(0, 16383), true),
  f("linesPerFrame", int(0, 16383), true),
  f("pictureRate", int(0, 15), true),
  f("luminanceSampleRate", int(0, 4294967295), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.AudioMode (line 2821) */
export type AudioMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "g711Alaw64k"; value: null }
  | { choice: "g711Alaw56k"; value: null }
  | { choice: "g711Ulaw64k"; value: null }
  | { choice: "g711Ulaw56k"; value: null }
  | { choice: "g722-64k"; value: null }
  | { choice: "g722-56k"; value: null }
  | { choice: "g722-48k"; value: null }
  | { choice: "g728"; value: null }
  | { choice: "g729"; value: null }
  | { choice: "g729AnnexA"; value: null }
  | { choice: "g7231"; value: 
    | { choice: "noSilenceSuppressionLowRate"; value: null }
    | { choice: "noSilenceSuppressionHighRate"; value: null }
    | { choice: "silenceSuppressionLowRate"; value: null }
    | { choice: "silenceSuppressionHighRate"; value: null } }
  | { choice: "is11172AudioMode"; value: IS11172AudioMode }
  | { choice: "is13818AudioMode"; value: IS13818AudioMode }
  | { choice: "g729wAnnexB"; value: number }
  | { choice: "g729AnnexAwAnnexB"; value: number }
  | { choice: "g7231AnnexCMode"; value: G7231AnnexCMode }
  | { choice: "gsmFullRate"; value: GSMAudioCapability }
  | { choice: "gsmHalfRate"; value: GSMAudioCapability }
  | { choice: "gsmEnhancedFullRate"; value: GSMAudioCapability }
  | { choice: "genericAudioMode"; value: GenericCapability }
  | { choice: "g729Extensions"; value: G729Extensions }
  | { choice: "vbd"; value: VBDMode }
  | UnknownAlternative;
export const AudioMode: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("g711Alaw64k", nul),
  f("g711Alaw56k", nul),
  f("g711Ulaw64k", nul),
  f("g711Ulaw56k", nul),
  f("g722-64k", nul),
  f("g722-56k", nul),
  f("g722-48k", nul),
  f("g728", nul),
  f("g729", nul),
  f("g729AnnexA", nul),
  f("g7231", choice([
    f("noSilenceSuppressionLowRate", nul),
    f("noSilenceSuppressionHighRate", nul),
    f("silenceSuppressionLowRate", nul),
    f("silenceSuppressionHighRate", nul),
  ])),
  f("is11172AudioMode", ref("MULTIMEDIA-SYSTEM-CONTROL.IS11172AudioMode", () => IS11172AudioMode)),
  f("is13818AudioMode", ref("MULTIMEDIA-SYSTEM-CONTROL.IS13818AudioMode", () => IS13818AudioMode)),
], [
  f("g729wAnnexB", int(1, 256)),
  f("g729AnnexAwAnnexB", int(1, 256)),
  f("g7231AnnexCMode", ref("MULTIMEDIA-SYSTEM-CONTROL.G7231AnnexCMode", () => G7231AnnexCMode)),
  f("gsmFullRate", ref("MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", () => GSMAudioCapability)),
  f("gsmHalfRate", ref("MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", () => GSMAudioCapability)),
  f("gsmEnhancedFullRate", ref("MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", () => GSMAudioCapability)),
  f("genericAudioMode", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
  f("g729Extensions", ref("MULTIMEDIA-SYSTEM-CONTROL.G729Extensions", () => G729Extensions)),
  f("vbd", ref("MULTIMEDIA-SYSTEM-CONTROL.VBDMode", () => VBDMode)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.IS11172AudioMode (line 2860) */
export type IS11172AudioMode = {
  audioLayer: 
    | { choice: "audioLayer1"; value: null }
    | { choice: "audioLayer2"; value: null }
    | { choice: "audioLayer3"; value: null };
  audioSampling: 
    | { choice: "audioSampling32k"; value: null }
    | { choice: "audioSampling44k1"; value: null }
    | { choice: "audioSampling48k"; value: null };
  multichannelType: 
    | { choice: "singleChannel"; value: null }
    | { choice: "twoChannelStereo"; value: null }
    | { choice: "twoChannelDual"; value: null };
  bitRate: number;
  $unknown?: UnknownExtension[];
};
export const IS11172AudioMode: AsnType = seq([
  f("audioLayer", choice([
    f("audioLayer1", nul),
    f("audioLayer2", nul),
    f("audioLayer3", nul),
  ])),
  f("audioSampling", choice([
    f("audioSampling32k", nul),
    f("audioSampling44k1", nul),
    f("audioSampling48k", nul),
  ])),
  f("multichannelType", choice([
    f("singleChannel", nul),
    f("twoChannelStereo", nul),
    f("twoChannelDual", nul),
  ])),
  f("bitRate", int(1, 448)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.IS13818AudioMode (line 2887) */
export type IS13818AudioMode = {
  audioLayer: 
    | { choice: "audioLayer1"; value: null }
    | { choice: "audioLayer2"; value: null }
    | { choice: "audioLayer3"; value: null };
  audioSampling: 
    | { choice: "audioSampling16k"; value: null }
    | { choice: "audioSampling22k05"; value: null }
    | { choice: "audioSampling24k"; value: null }
    | { choice: "audioSampling32k"; value: null }
    | { choice: "audioSampling44k1"; value: null }
    | { choice: "audioSampling48k"; value: null };
  multichannelType: 
    | { choice: "singleChannel"; value: null }
    | { choice: "twoChannelStereo"; value: null }
    | { choice: "twoChannelDual"; value: null }
    | { choice: "threeChannels2-1"; value: null }
    | { choice: "threeChannels3-0"; value: null }
    | { choice: "fourChannels2-0-2-0"; value: null }
    | { choice: "fourChannels2-2"; value: null }
    | { choice: "fourChannels3-1"; value: null }
    | { choice: "fiveChannels3-0-2-0"; value: null }
    | { choice: "fiveChannels3-2"; value: null };
  lowFrequencyEnhancement: boolean;
  multilingual: boolean;
  bitRate: number;
  $unknown?: UnknownExtension[];
};
export const IS13818AudioMode: AsnType = seq([
  f("audioLayer", choice([
    f("audioLayer1", nul),
    f("audioLayer2", nul),
    f("audioLayer3", nul),
  ])),
  f("audioSampling", choice([
    f("audioSampling16k", nul),
    f("audioSampling22k05", nul),
    f("audioSampling24k", nul),
    f("audioSampling32k", nul),
    f("audioSampling44k1", nul),
    f("audioSampling48k", nul),
  ])),
  f("multichannelType", choice([
    f("singleChannel", nul),
    f("twoChannelStereo", nul),
    f("twoChannelDual", nul),
    f("threeChannels2-1", nul),
    f("threeChannels3-0", nul),
    f("fourChannels2-0-2-0", nul),
    f("fourChannels2-2", nul),
    f("fourChannels3-1", nul),
    f("fiveChannels3-0-2-0", nul),
    f("fiveChannels3-2", nul),
  ])),
  f("lowFrequencyEnhancement", bool),
  f("multilingual", bool),
  f("bitRate", int(1, 1130)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.G7231AnnexCMode (line 2928) */
export type G7231AnnexCMode = {
  "maxAl-sduAudioFrames": number;
  silenceSuppression: boolean;
  g723AnnexCAudioMode: {
    highRateMode0: number;
    highRateMode1: number;
    lowRateMode0: number;
    lowRateMode1: number;
    sidMode0: number;
    sidMode1: number;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const G7231AnnexCMode: AsnType = seq([
  f("maxAl-sduAudioFrames", int(1, 256)),
  f("silenceSuppression", bool),
  f("g723AnnexCAudioMode", seq([
    f("highRateMode0", int(27, 78)),
    f("highRateMode1", int(27, 78)),
    f("lowRateMode0", int(23, 66)),
    f("lowRateMode1", int(23, 66)),
    f("sidMode0", int(6, 17)),
    f("sidMode1", int(6, 17)),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.VBDMode (line 2945) */
export type VBDMode = {
  type: AudioMode;
  $unknown?: UnknownExtension[];
};
export const VBDMode: AsnType = seq([
  f("type", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioMode", () => AudioMode)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DataMode (line 2955) */
export type DataMode = {
  application: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "t120"; value: DataProtocolCapability }
    | { choice: "dsm-cc"; value: DataProtocolCapability }
    | { choice: "userData"; value: DataProtocolCapability }
    | { choice: "t84"; value: DataProtocolCapability }
    | { choice: "t434"; value: DataProtocolCapability }
    | { choice: "h224"; value: DataProtocolCapability }
    | { choice: "nlpid"; value: {
      nlpidProtocol: DataProtocolCapability;
      nlpidData: Uint8Array;
    } }
    | { choice: "dsvdControl"; value: null }
    | { choice: "h222DataPartitioning"; value: DataProtocolCapability }
    | { choice: "t30fax"; value: DataProtocolCapability }
    | { choice: "t140"; value: DataProtocolCapability }
    | { choice: "t38fax"; value: {
      t38FaxProtocol: DataProtocolCapability;
      t38FaxProfile: T38FaxProfile;
    } }
    | { choice: "genericDataMode"; value: GenericCapability }
    | { choice: "dataChannel"; value: DataChannel }
    | UnknownAlternative;
  bitRate: number;
  $unknown?: UnknownExtension[];
};
export const DataMode: AsnType = seq([
  f("application", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("t120", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("dsm-cc", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("userData", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t84", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t434", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("h224", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("nlpid", seq([
      f("nlpidProtocol", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
      f("nlpidData", octets()),
    ])),
    f("dsvdControl", nul),
    f("h222DataPartitioning", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
  ], [
    f("t30fax", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t140", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
    f("t38fax", seq([
      f("t38FaxProtocol", ref("MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", () => DataProtocolCapability)),
      f("t38FaxProfile", ref("MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile", () => T38FaxProfile)),
    ])),
    f("genericDataMode", ref("MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", () => GenericCapability)),
    f("dataChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.DataChannel", () => DataChannel)),
  ])),
  f("bitRate", int(0, 4294967295)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode (line 2992) */
export type EncryptionMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h233Encryption"; value: null }
  | UnknownAlternative;
export const EncryptionMode: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("h233Encryption", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayRequest (line 3003) */
export type RoundTripDelayRequest = {
  sequenceNumber: SequenceNumber;
  $unknown?: UnknownExtension[];
};
export const RoundTripDelayRequest: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayResponse (line 3009) */
export type RoundTripDelayResponse = {
  sequenceNumber: SequenceNumber;
  $unknown?: UnknownExtension[];
};
export const RoundTripDelayResponse: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopRequest (line 3019) */
export type MaintenanceLoopRequest = {
  type: 
    | { choice: "systemLoop"; value: null }
    | { choice: "mediaLoop"; value: LogicalChannelNumber }
    | { choice: "logicalChannelLoop"; value: LogicalChannelNumber }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopRequest: AsnType = seq([
  f("type", choice([
    f("systemLoop", nul),
    f("mediaLoop", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("logicalChannelLoop", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopAck (line 3031) */
export type MaintenanceLoopAck = {
  type: 
    | { choice: "systemLoop"; value: null }
    | { choice: "mediaLoop"; value: LogicalChannelNumber }
    | { choice: "logicalChannelLoop"; value: LogicalChannelNumber }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopAck: AsnType = seq([
  f("type", choice([
    f("systemLoop", nul),
    f("mediaLoop", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("logicalChannelLoop", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopReject (line 3043) */
export type MaintenanceLoopReject = {
  type: 
    | { choice: "systemLoop"; value: null }
    | { choice: "mediaLoop"; value: LogicalChannelNumber }
    | { choice: "logicalChannelLoop"; value: LogicalChannelNumber }
    | UnknownAlternative;
  cause: 
    | { choice: "canNotPerformLoop"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopReject: AsnType = seq([
  f("type", choice([
    f("systemLoop", nul),
    f("mediaLoop", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("logicalChannelLoop", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  ], [])),
  f("cause", choice([
    f("canNotPerformLoop", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopOffCommand (line 3060) */
export type MaintenanceLoopOffCommand = {
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopOffCommand: AsnType = seq([], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeCommand (line 3069) */
export type CommunicationModeCommand = {
  communicationModeTable: Array<CommunicationModeTableEntry>;
  $unknown?: UnknownExtension[];
};
export const CommunicationModeCommand: AsnType = seq([
  f("communicationModeTable", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeTableEntry", () => CommunicationModeTableEntry), size(1, 256, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeRequest (line 3075) */
export type CommunicationModeRequest = {
  $unknown?: UnknownExtension[];
};
export const CommunicationModeRequest: AsnType = seq([], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeResponse (line 3080) */
export type CommunicationModeResponse = 
  | { choice: "communicationModeTable"; value: Array<CommunicationModeTableEntry> }
  | UnknownAlternative;
export const CommunicationModeResponse: AsnType = choice([
  f("communicationModeTable", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeTableEntry", () => CommunicationModeTableEntry), size(1, 256, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeTableEntry (line 3086) */
export type CommunicationModeTableEntry = {
  nonStandard?: Array<NonStandardParameter>;
  sessionID: number;
  associatedSessionID?: number;
  terminalLabel?: TerminalLabel;
  sessionDescription: string;
  dataType: 
    | { choice: "videoData"; value: VideoCapability }
    | { choice: "audioData"; value: AudioCapability }
    | { choice: "data"; value: DataApplicationCapability }
    | UnknownAlternative;
  mediaChannel?: TransportAddress;
  mediaGuaranteedDelivery?: boolean;
  mediaControlChannel?: TransportAddress;
  mediaControlGuaranteedDelivery?: boolean;
  redundancyEncoding?: RedundancyEncoding;
  sessionDependency?: number;
  destination?: TerminalLabel;
  $unknown?: UnknownExtension[];
};
export const CommunicationModeTableEntry: AsnType = seq([
  f("nonStandard", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)), true),
  f("sessionID", int(1, 255)),
  f("associatedSessionID", int(1, 255), true),
  f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), true),
  f("sessionDescription", chars("BMPString", size(1, 128, false), 16, undefined, false)),
  f("dataType", choice([
    f("videoData", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", () => VideoCapability)),
    f("audioData", ref("MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", () => AudioCapability)),
    f("data", ref("MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", () => DataApplicationCapability)),
  ], [])),
  f("mediaChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress), true),
  f("mediaGuaranteedDelivery", bool, true),
  f("mediaControlChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress), true),
  f("mediaControlGuaranteedDelivery", bool, true),
], [
  f("redundancyEncoding", ref("MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", () => RedundancyEncoding), true),
  f("sessionDependency", int(1, 255), true),
  f("destination", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceRequest (line 3118) */
export type ConferenceRequest = 
  | { choice: "terminalListRequest"; value: null }
  | { choice: "makeMeChair"; value: null }
  | { choice: "cancelMakeMeChair"; value: null }
  | { choice: "dropTerminal"; value: TerminalLabel }
  | { choice: "requestTerminalID"; value: TerminalLabel }
  | { choice: "enterH243Password"; value: null }
  | { choice: "enterH243TerminalID"; value: null }
  | { choice: "enterH243ConferenceID"; value: null }
  | { choice: "enterExtensionAddress"; value: null }
  | { choice: "requestChairTokenOwner"; value: null }
  | { choice: "requestTerminalCertificate"; value: {
    terminalLabel?: TerminalLabel;
    certSelectionCriteria?: CertSelectionCriteria;
    sRandom?: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "broadcastMyLogicalChannel"; value: LogicalChannelNumber }
  | { choice: "makeTerminalBroadcaster"; value: TerminalLabel }
  | { choice: "sendThisSource"; value: TerminalLabel }
  | { choice: "requestAllTerminalIDs"; value: null }
  | { choice: "remoteMCRequest"; value: RemoteMCRequest }
  | UnknownAlternative;
export const ConferenceRequest: AsnType = choice([
  f("terminalListRequest", nul),
  f("makeMeChair", nul),
  f("cancelMakeMeChair", nul),
  f("dropTerminal", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("requestTerminalID", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("enterH243Password", nul),
  f("enterH243TerminalID", nul),
  f("enterH243ConferenceID", nul),
], [
  f("enterExtensionAddress", nul),
  f("requestChairTokenOwner", nul),
  f("requestTerminalCertificate", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), true),
    f("certSelectionCriteria", ref("MULTIMEDIA-SYSTEM-CONTROL.CertSelectionCriteria", () => CertSelectionCriteria), true),
    f("sRandom", int(1, 4294967295), true),
  ], [])),
  f("broadcastMyLogicalChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("makeTerminalBroadcaster", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("sendThisSource", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("requestAllTerminalIDs", nul),
  f("remoteMCRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.RemoteMCRequest", () => RemoteMCRequest)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.CertSelectionCriteria (line 3151) */
export type CertSelectionCriteria = Array<Criteria>;
export const CertSelectionCriteria: AsnType = seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.Criteria", () => Criteria), size(1, 16, false));

/** MULTIMEDIA-SYSTEM-CONTROL.Criteria (line 3153) */
export type Criteria = {
  field: string;
  value: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Criteria: AsnType = seq([
  f("field", oid),
  f("value", octets(size(1, 65535, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel (line 3161) */
export type TerminalLabel = {
  mcuNumber: McuNumber;
  terminalNumber: TerminalNumber;
  $unknown?: UnknownExtension[];
};
export const TerminalLabel: AsnType = seq([
  f("mcuNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.McuNumber", () => McuNumber)),
  f("terminalNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalNumber", () => TerminalNumber)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.McuNumber (line 3168) */
export type McuNumber = number;
export const McuNumber: AsnType = int(0, 192);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalNumber (line 3169) */
export type TerminalNumber = number;
export const TerminalNumber: AsnType = int(0, 192);

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceResponse (line 3175) */
export type ConferenceResponse = 
  | { choice: "mCTerminalIDResponse"; value: {
    terminalLabel: TerminalLabel;
    terminalID: TerminalID;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "terminalIDResponse"; value: {
    terminalLabel: TerminalLabel;
    terminalID: TerminalID;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "conferenceIDResponse"; value: {
    terminalLabel: TerminalLabel;
    conferenceID: ConferenceID;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "passwordResponse"; value: {
    terminalLabel: TerminalLabel;
    password: Password;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "terminalListResponse"; value: Array<TerminalLabel> }
  | { choice: "videoCommandReject"; value: null }
  | { choice: "terminalDropReject"; value: null }
  | { choice: "makeMeChairResponse"; value: 
    | { choice: "grantedChairToken"; value: null }
    | { choice: "deniedChairToken"; value: null }
    | UnknownAlternative }
  | { choice: "extensionAddressResponse"; value: {
    extensionAddress: TerminalID;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "chairTokenOwnerResponse"; value: {
    terminalLabel: TerminalLabel;
    terminalID: TerminalID;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "terminalCertificateResponse"; value: {
    terminalLabel?: TerminalLabel;
    certificateResponse?: Uint8Array;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "broadcastMyLogicalChannelResponse"; value: 
    | { choice: "grantedBroadcastMyLogicalChannel"; value: null }
    | { choice: "deniedBroadcastMyLogicalChannel"; value: null }
    | UnknownAlternative }
  | { choice: "makeTerminalBroadcasterResponse"; value: 
    | { choice: "grantedMakeTerminalBroadcaster"; value: null }
    | { choice: "deniedMakeTerminalBroadcaster"; value: null }
    | UnknownAlternative }
  | { choice: "sendThisSourceResponse"; value: 
    | { choice: "grantedSendThisSource"; value: null }
    | { choice: "deniedSendThisSource"; value: null }
    | UnknownAlternative }
  | { choice: "requestAllTerminalIDsResponse"; value: RequestAllTerminalIDsResponse }
  | { choice: "remoteMCResponse"; value: RemoteMCResponse }
  | UnknownAlternative;
export const ConferenceResponse: AsnType = choice([
  f("mCTerminalIDResponse", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
    f("terminalID", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalID", () => TerminalID)),
  ], [])),
  f("terminalIDResponse", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
    f("terminalID", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalID", () => TerminalID)),
  ], [])),
  f("conferenceIDResponse", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
    f("conferenceID", ref("MULTIMEDIA-SYSTEM-CONTROL.ConferenceID", () => ConferenceID)),
  ], [])),
  f("passwordResponse", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
    f("password", ref("MULTIMEDIA-SYSTEM-CONTROL.Password", () => Password)),
  ], [])),
  f("terminalListResponse", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), size(1, 256, false))),
  f("videoCommandReject", nul),
  f("terminalDropReject", nul),
  f("makeMeChairResponse", choice([
    f("grantedChairToken", nul),
    f("deniedChairToken", nul),
  ], [])),
], [
  f("extensionAddressResponse", seq([
    f("extensionAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalID", () => TerminalID)),
  ], [])),
  f("chairTokenOwnerResponse", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
    f("terminalID", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalID", () => TerminalID)),
  ], [])),
  f("terminalCertificateResponse", seq([
    f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel), true),
    f("certificateResponse", octets(size(1, 65535, false)), true),
  ], [])),
  f("broadcastMyLogicalChannelResponse", choice([
    f("grantedBroadcastMyLogicalChannel", nul),
    f("deniedBroadcastMyLogicalChannel", nul),
  ], [])),
  f("makeTerminalBroadcasterResponse", choice([
    f("grantedMakeTerminalBroadcaster", nul),
    f("deniedMakeTerminalBroadcaster", nul),
  ], [])),
  f("sendThisSourceResponse", choice([
    f("grantedSendThisSource", nul),
    f("deniedSendThisSource", nul),
  ], [])),
  f("requestAllTerminalIDsResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestAllTerminalIDsResponse", () => RequestAllTerminalIDsResponse)),
  f("remoteMCResponse", ref("MULTIMEDIA-SYSTEM-CONTROL.RemoteMCResponse", () => RemoteMCResponse)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalID (line 3257) */
export type TerminalID = Uint8Array;
export const TerminalID: AsnType = octets(size(1, 128, false));

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceID (line 3258) */
export type ConferenceID = Uint8Array;
export const ConferenceID: AsnType = octets(size(1, 32, false));

/** MULTIMEDIA-SYSTEM-CONTROL.Password (line 3259) */
export type Password = Uint8Array;
export const Password: AsnType = octets(size(1, 32, false));

/** MULTIMEDIA-SYSTEM-CONTROL.RequestAllTerminalIDsResponse (line 3261) */
export type RequestAllTerminalIDsResponse = {
  terminalInformation: Array<TerminalInformation>;
  $unknown?: UnknownExtension[];
};
export const RequestAllTerminalIDsResponse: AsnType = seq([
  f("terminalInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalInformation", () => TerminalInformation))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalInformation (line 3267) */
export type TerminalInformation = {
  terminalLabel: TerminalLabel;
  terminalID: TerminalID;
  $unknown?: UnknownExtension[];
};
export const TerminalInformation: AsnType = seq([
  f("terminalLabel", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("terminalID", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalID", () => TerminalID)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RemoteMCRequest (line 3278) */
export type RemoteMCRequest = 
  | { choice: "masterActivate"; value: null }
  | { choice: "slaveActivate"; value: null }
  | { choice: "deActivate"; value: null }
  | UnknownAlternative;
export const RemoteMCRequest: AsnType = choice([
  f("masterActivate", nul),
  f("slaveActivate", nul),
  f("deActivate", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.RemoteMCResponse (line 3286) */
export type RemoteMCResponse = 
  | { choice: "accept"; value: null }
  | { choice: "reject"; value: 
    | { choice: "unspecified"; value: null }
    | { choice: "functionNotSupported"; value: null }
    | UnknownAlternative }
  | UnknownAlternative;
export const RemoteMCResponse: AsnType = choice([
  f("accept", nul),
  f("reject", choice([
    f("unspecified", nul),
    f("functionNotSupported", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultilinkRequest (line 3302) */
export type MultilinkRequest = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "callInformation"; value: {
    maxNumberOfAdditionalConnections: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "addConnection"; value: {
    sequenceNumber: SequenceNumber;
    dialingInformation: DialingInformation;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "removeConnection"; value: {
    connectionIdentifier: ConnectionIdentifier;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "maximumHeaderInterval"; value: {
    requestType: 
      | { choice: "currentIntervalInformation"; value: null }
      | { choice: "requestedInterval"; value: number }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  } }
  | UnknownAlternative;
export const MultilinkRequest: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("callInformation", seq([
    f("maxNumberOfAdditionalConnections", int(1, 65535)),
  ], [])),
  f("addConnection", seq([
    f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
    f("dialingInformation", ref("MULTIMEDIA-SYSTEM-CONTROL.DialingInformation", () => DialingInformation)),
  ], [])),
  f("removeConnection", seq([
    f("connectionIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier", () => ConnectionIdentifier)),
  ], [])),
  f("maximumHeaderInterval", seq([
    f("requestType", choice([
      f("currentIntervalInformation", nul),
      f("requestedInterval", int(0, 65535)),
    ], [])),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultilinkResponse (line 3340) */
export type MultilinkResponse = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "callInformation"; value: {
    dialingInformation: DialingInformation;
    callAssociationNumber: number;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "addConnection"; value: {
    sequenceNumber: SequenceNumber;
    responseCode: 
      | { choice: "accepted"; value: null }
      | { choice: "rejected"; value: 
        | { choice: "connectionsNotAvailable"; value: null }
        | { choice: "userRejected"; value: null }
        | UnknownAlternative }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "removeConnection"; value: {
    connectionIdentifier: ConnectionIdentifier;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "maximumHeaderInterval"; value: {
    currentInterval: number;
    $unknown?: UnknownExtension[];
  } }
  | UnknownAlternative;
export const MultilinkResponse: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("callInformation", seq([
    f("dialingInformation", ref("MULTIMEDIA-SYSTEM-CONTROL.DialingInformation", () => DialingInformation)),
    f("callAssociationNumber", int(0, 4294967295)),
  ], [])),
  f("addConnection", seq([
    f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
    f("responseCode", choice([
      f("accepted", nul),
      f("rejected", choice([
        f("connectionsNotAvailable", nul),
        f("userRejected", nul),
      ], [])),
    ], [])),
  ], [])),
  f("removeConnection", seq([
    f("connectionIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier", () => ConnectionIdentifier)),
  ], [])),
  f("maximumHeaderInterval", seq([
    f("currentInterval", int(0, 65535)),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MultilinkIndication (line 3384) */
export type MultilinkIndication = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "crcDesired"; value: {
    $unknown?: UnknownExtension[];
  } }
  | { choice: "excessiveError"; value: {
    connectionIdentifier: ConnectionIdentifier;
    $unknown?: UnknownExtension[];
  } }
  | UnknownAlternative;
export const MultilinkIndication: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("crcDesired", seq([], [])),
  f("excessiveError", seq([
    f("connectionIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier", () => ConnectionIdentifier)),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DialingInformation (line 3401) */
export type DialingInformation = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "differential"; value: Array<DialingInformationNumber> }
  | { choice: "infoNotAvailable"; value: number }
  | UnknownAlternative;
export const DialingInformation: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("differential", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNumber", () => DialingInformationNumber), size(1, 65535, false))),
  f("infoNotAvailable", int(1, 65535)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNumber (line 3415) */
export type DialingInformationNumber = {
  networkAddress: string;
  subAddress?: string;
  networkType: Array<DialingInformationNetworkType>;
  $unknown?: UnknownExtension[];
};
export const DialingInformationNumber: AsnType = seq([
  f("networkAddress", chars("NumericString", size(0, 40, false), 4, " 0123456789", true)),
  f("subAddress", chars("IA5String", size(1, 40, false), 8, undefined, false), true),
  f("networkType", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNetworkType", () => DialingInformationNetworkType), size(1, 255, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNetworkType (line 3423) */
export type DialingInformationNetworkType = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "n-isdn"; value: null }
  | { choice: "gstn"; value: null }
  | { choice: "mobile"; value: null }
  | UnknownAlternative;
export const DialingInformationNetworkType: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", () => NonStandardMessage)),
  f("n-isdn", nul),
  f("gstn", nul),
], [
  f("mobile", nul),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier (line 3432) */
export type ConnectionIdentifier = {
  channelTag: number;
  sequenceNumber: number;
  $unknown?: UnknownExtension[];
};
export const ConnectionIdentifier: AsnType = seq([
  f("channelTag", int(0, 4294967295)),
  f("sequenceNumber", int(0, 4294967295)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate (line 3443) */
export type MaximumBitRate = number;
export const MaximumBitRate: AsnType = int(0, 4294967295);

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRequest (line 3445) */
export type LogicalChannelRateRequest = {
  sequenceNumber: SequenceNumber;
  logicalChannelNumber: LogicalChannelNumber;
  maximumBitRate: MaximumBitRate;
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateRequest: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("maximumBitRate", ref("MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate", () => MaximumBitRate)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateAcknowledge (line 3453) */
export type LogicalChannelRateAcknowledge = {
  sequenceNumber: SequenceNumber;
  logicalChannelNumber: LogicalChannelNumber;
  maximumBitRate: MaximumBitRate;
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateAcknowledge: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("maximumBitRate", ref("MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate", () => MaximumBitRate)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateReject (line 3461) */
export type LogicalChannelRateReject = {
  sequenceNumber: SequenceNumber;
  logicalChannelNumber: LogicalChannelNumber;
  rejectReason: LogicalChannelRateRejectReason;
  currentMaximumBitRate?: MaximumBitRate;
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateReject: AsnType = seq([
  f("sequenceNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("rejectReason", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRejectReason", () => LogicalChannelRateRejectReason)),
  f("currentMaximumBitRate", ref("MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate", () => MaximumBitRate), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRejectReason (line 3470) */
export type LogicalChannelRateRejectReason = 
  | { choice: "undefinedReason"; value: null }
  | { choice: "insufficientResources"; value: null }
  | UnknownAlternative;
export const LogicalChannelRateRejectReason: AsnType = choice([
  f("undefinedReason", nul),
  f("insufficientResources", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRelease (line 3477) */
export type LogicalChannelRateRelease = {
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateRelease: AsnType = seq([], []);

/** MULTIMEDIA-SYSTEM-CONTROL.SendTerminalCapabilitySet (line 3491) */
export type SendTerminalCapabilitySet = 
  | { choice: "specificRequest"; value: {
    multiplexCapability: boolean;
    capabilityTableEntryNumbers?: Array<CapabilityTableEntryNumber>;
    capabilityDescriptorNumbers?: Array<CapabilityDescriptorNumber>;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "genericRequest"; value: null }
  | UnknownAlternative;
export const SendTerminalCapabilitySet: AsnType = choice([
  f("specificRequest", seq([
    f("multiplexCapability", bool),
    f("capabilityTableEntryNumbers", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", () => CapabilityTableEntryNumber), size(1, 65535, false)), true),
    f("capabilityDescriptorNumbers", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptorNumber", () => CapabilityDescriptorNumber), size(1, 256, false)), true),
  ], [])),
  f("genericRequest", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionCommand (line 3510) */
export type EncryptionCommand = 
  | { choice: "encryptionSE"; value: Uint8Array }
  | { choice: "encryptionIVRequest"; value: null }
  | { choice: "encryptionAlgorithmID"; value: {
    h233AlgorithmIdentifier: SequenceNumber;
    associatedAlgorithm: NonStandardParameter;
  } }
  | UnknownAlternative;
export const EncryptionCommand: AsnType = choice([
  f("encryptionSE", octets()),
  f("encryptionIVRequest", nul),
  f("encryptionAlgorithmID", seq([
    f("h233AlgorithmIdentifier", ref("MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", () => SequenceNumber)),
    f("associatedAlgorithm", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.FlowControlCommand (line 3526) */
export type FlowControlCommand = {
  scope: 
    | { choice: "logicalChannelNumber"; value: LogicalChannelNumber }
    | { choice: "resourceID"; value: number }
    | { choice: "wholeMultiplex"; value: null };
  restriction: 
    | { choice: "maximumBitRate"; value: number }
    | { choice: "noRestriction"; value: null };
  $unknown?: UnknownExtension[];
};
export const FlowControlCommand: AsnType = seq([
  f("scope", choice([
    f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("resourceID", int(0, 65535)),
    f("wholeMultiplex", nul),
  ])),
  f("restriction", choice([
    f("maximumBitRate", int(0, 16777215)),
    f("noRestriction", nul),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EndSessionCommand (line 3546) */
export type EndSessionCommand = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "disconnect"; value: null }
  | { choice: "gstnOptions"; value: 
    | { choice: "telephonyMode"; value: null }
    | { choice: "v8bis"; value: null }
    | { choice: "v34DSVD"; value: null }
    | { choice: "v34DuplexFAX"; value: null }
    | { choice: "v34H324"; value: null }
    | UnknownAlternative }
  | { choice: "isdnOptions"; value: 
    | { choice: "telephonyMode"; value: null }
    | { choice: "v140"; value: null }
    | { choice: "terminalOnHold"; value: null }
    | UnknownAlternative }
  | { choice: "genericInformation"; value: Array<GenericInformation> }
  | UnknownAlternative;
export const EndSessionCommand: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("disconnect", nul),
  f("gstnOptions", choice([
    f("telephonyMode", nul),
    f("v8bis", nul),
    f("v34DSVD", nul),
    f("v34DuplexFAX", nul),
    f("v34H324", nul),
  ], [])),
], [
  f("isdnOptions", choice([
    f("telephonyMode", nul),
    f("v140", nul),
    f("terminalOnHold", nul),
  ], [])),
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation))),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceCommand (line 3579) */
export type ConferenceCommand = 
  | { choice: "broadcastMyLogicalChannel"; value: LogicalChannelNumber }
  | { choice: "cancelBroadcastMyLogicalChannel"; value: LogicalChannelNumber }
  | { choice: "makeTerminalBroadcaster"; value: TerminalLabel }
  | { choice: "cancelMakeTerminalBroadcaster"; value: null }
  | { choice: "sendThisSource"; value: TerminalLabel }
  | { choice: "cancelSendThisSource"; value: null }
  | { choice: "dropConference"; value: null }
  | { choice: "substituteConferenceIDCommand"; value: SubstituteConferenceIDCommand }
  | UnknownAlternative;
export const ConferenceCommand: AsnType = choice([
  f("broadcastMyLogicalChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("cancelBroadcastMyLogicalChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("makeTerminalBroadcaster", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("cancelMakeTerminalBroadcaster", nul),
  f("sendThisSource", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("cancelSendThisSource", nul),
  f("dropConference", nul),
], [
  f("substituteConferenceIDCommand", ref("MULTIMEDIA-SYSTEM-CONTROL.SubstituteConferenceIDCommand", () => SubstituteConferenceIDCommand)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.SubstituteConferenceIDCommand (line 3596) */
export type SubstituteConferenceIDCommand = {
  conferenceIdentifier: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const SubstituteConferenceIDCommand: AsnType = seq([
  f("conferenceIdentifier", octets(size(16, 16, false))),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateDirection (line 3606) */
export type EncryptionUpdateDirection = 
  | { choice: "masterToSlave"; value: null }
  | { choice: "slaveToMaster"; value: null }
  | UnknownAlternative;
export const EncryptionUpdateDirection: AsnType = choice([
  f("masterToSlave", nul),
  f("slaveToMaster", nul),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MiscellaneousCommand (line 3613) */
export type MiscellaneousCommand = {
  logicalChannelNumber: LogicalChannelNumber;
  type: 
    | { choice: "equaliseDelay"; value: null }
    | { choice: "zeroDelay"; value: null }
    | { choice: "multipointModeCommand"; value: null }
    | { choice: "cancelMultipointModeCommand"; value: null }
    | { choice: "videoFreezePicture"; value: null }
    | { choice: "videoFastUpdatePicture"; value: null }
    | { choice: "videoFastUpdateGOB"; value: {
      firstGOB: number;
      numberOfGOBs: number;
    } }
    | { choice: "videoTemporalSpatialTradeOff"; value: number }
    | { choice: "videoSendSyncEveryGOB"; value: null }
    | { choice: "videoSendSyncEveryGOBCancel"; value: null }
    | { choice: "videoFastUpdateMB"; value: {
      firstGOB?: number;
      firstMB?: number;
      numberOfMBs: number;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "maxH223MUXPDUsize"; value: number }
    | { choice: "encryptionUpdate"; value: EncryptionSync }
    | { choice: "encryptionUpdateRequest"; value: EncryptionUpdateRequest }
    | { choice: "switchReceiveMediaOff"; value: null }
    | { choice: "switchReceiveMediaOn"; value: null }
    | { choice: "progressiveRefinementStart"; value: {
      repeatCount: 
        | { choice: "doOneProgression"; value: null }
        | { choice: "doContinuousProgressions"; value: null }
        | { choice: "doOneIndependentProgression"; value: null }
        | { choice: "doContinuousIndependentProgressions"; value: null }
        | UnknownAlternative;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "progressiveRefinementAbortOne"; value: null }
    | { choice: "progressiveRefinementAbortContinuous"; value: null }
    | { choice: "videoBadMBs"; value: {
      firstMB: number;
      numberOfMBs: number;
      temporalReference: number;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "lostPicture"; value: Array<PictureReference> }
    | { choice: "lostPartialPicture"; value: {
      pictureReference: PictureReference;
      firstMB: number;
      numberOfMBs: number;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "recoveryReferencePicture"; value: Array<PictureReference> }
    | { choice: "encryptionUpdateCommand"; value: {
      encryptionSync: EncryptionSync;
      multiplePayloadStream?: MultiplePayloadStream;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "encryptionUpdateAck"; value: {
      synchFlag: number;
      $unknown?: UnknownExtension[];
    } }
    | UnknownAlternative;
  direction?: EncryptionUpdateDirection;
  $unknown?: UnknownExtension[];
};
export const MiscellaneousCommand: AsnType = seq([
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("type", choice([
    f("equaliseDelay", nul),
    f("zeroDelay", nul),
    f("multipointModeCommand", nul),
    f("cancelMultipointModeCommand", nul),
    f("videoFreezePicture", nul),
    f("videoFastUpdatePicture", nul),
    f("videoFastUpdateGOB", seq([
      f("firstGOB", int(0, 17)),
      f("numberOfGOBs", int(1, 18)),
    ])),
    f("videoTemporalSpatialTradeOff", int(0, 31)),
    f("videoSendSyncEveryGOB", nul),
    f("videoSendSyncEveryGOBCancel", nul),
  ], [
    f("videoFastUpdateMB", seq([
      f("firstGOB", int(0, 255), true),
      f("firstMB", int(1, 8192), true),
      f("numberOfMBs", int(1, 8192)),
    ], [])),
    f("maxH223MUXPDUsize", int(1, 65535)),
    f("encryptionUpdate", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", () => EncryptionSync)),
    f("encryptionUpdateRequest", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateRequest", () => EncryptionUpdateRequest)),
    f("switchReceiveMediaOff", nul),
    f("switchReceiveMediaOn", nul),
    f("progressiveRefinementStart", seq([
      f("repeatCount", choice([
        f("doOneProgression", nul),
        f("doContinuousProgressions", nul),
        f("doOneIndependentProgression", nul),
        f("doContinuousIndependentProgressions", nul),
      ], [])),
    ], [])),
    f("progressiveRefinementAbortOne", nul),
    f("progressiveRefinementAbortContinuous", nul),
    f("videoBadMBs", seq([
      f("firstMB", int(1, 9216)),
      f("numberOfMBs", int(1, 9216)),
      f("temporalReference", int(0, 1023)),
    ], [])),
    f("lostPicture", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.PictureReference", () => PictureReference))),
    f("lostPartialPicture", seq([
      f("pictureReference", ref("MULTIMEDIA-SYSTEM-CONTROL.PictureReference", () => PictureReference)),
      f("firstMB", int(1, 9216)),
      f("numberOfMBs", int(1, 9216)),
    ], [])),
    f("recoveryReferencePicture", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.PictureReference", () => PictureReference))),
    f("encryptionUpdateCommand", seq([
      f("encryptionSync", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", () => EncryptionSync)),
      f("multiplePayloadStream", ref("MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", () => MultiplePayloadStream), true),
    ], [])),
    f("encryptionUpdateAck", seq([
      f("synchFlag", int(0, 255)),
    ], [])),
  ])),
], [
  f("direction", ref("MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateDirection", () => EncryptionUpdateDirection), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.KeyProtectionMethod (line 3697) */
export type KeyProtectionMethod = {
  secureChannel: boolean;
  sharedSecret: boolean;
  certProtectedKey: boolean;
  $unknown?: UnknownExtension[];
};
export const KeyProtectionMethod: AsnType = seq([
  f("secureChannel", bool),
  f("sharedSecret", bool),
  f("certProtectedKey", bool),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateRequest (line 3705) */
export type EncryptionUpdateRequest = {
  keyProtectionMethod?: KeyProtectionMethod;
  synchFlag?: number;
  $unknown?: UnknownExtension[];
};
export const EncryptionUpdateRequest: AsnType = seq([
  f("keyProtectionMethod", ref("MULTIMEDIA-SYSTEM-CONTROL.KeyProtectionMethod", () => KeyProtectionMethod), true),
], [
  f("synchFlag", int(0, 255), true),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.PictureReference (line 3712) */
export type PictureReference = 
  | { choice: "pictureNumber"; value: number }
  | { choice: "longTermPictureIndex"; value: number }
  | UnknownAlternative;
export const PictureReference: AsnType = choice([
  f("pictureNumber", int(0, 1023)),
  f("longTermPictureIndex", int(0, 255)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H223MultiplexReconfiguration (line 3722) */
export type H223MultiplexReconfiguration = 
  | { choice: "h223ModeChange"; value: 
    | { choice: "toLevel0"; value: null }
    | { choice: "toLevel1"; value: null }
    | { choice: "toLevel2"; value: null }
    | { choice: "toLevel2withOptionalHeader"; value: null }
    | UnknownAlternative }
  | { choice: "h223AnnexADoubleFlag"; value: 
    | { choice: "start"; value: null }
    | { choice: "stop"; value: null }
    | UnknownAlternative }
  | UnknownAlternative;
export const H223MultiplexReconfiguration: AsnType = choice([
  f("h223ModeChange", choice([
    f("toLevel0", nul),
    f("toLevel1", nul),
    f("toLevel2", nul),
    f("toLevel2withOptionalHeader", nul),
  ], [])),
  f("h223AnnexADoubleFlag", choice([
    f("start", nul),
    f("stop", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.NewATMVCCommand (line 3746) */
export type NewATMVCCommand = {
  resourceID: number;
  bitRate: number;
  bitRateLockedToPCRClock: boolean;
  bitRateLockedToNetworkClock: boolean;
  aal: 
    | { choice: "aal1"; value: {
      clockRecovery: 
        | { choice: "nullClockRecovery"; value: null }
        | { choice: "srtsClockRecovery"; value: null }
        | { choice: "adaptiveClockRecovery"; value: null }
        | UnknownAlternative;
      errorCorrection: 
        | { choice: "nullErrorCorrection"; value: null }
        | { choice: "longInterleaver"; value: null }
        | { choice: "shortInterleaver"; value: null }
        | { choice: "errorCorrectionOnly"; value: null }
        | UnknownAlternative;
      structuredDataTransfer: boolean;
      partiallyFilledCells: boolean;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "aal5"; value: {
      forwardMaximumSDUSize: number;
      backwardMaximumSDUSize: number;
      $unknown?: UnknownExtension[];
    } }
    | UnknownAlternative;
  multiplex: 
    | { choice: "noMultiplex"; value: null }
    | { choice: "transportStream"; value: null }
    | { choice: "programStream"; value: null }
    | UnknownAlternative;
  reverseParameters: {
    bitRate: number;
    bitRateLockedToPCRClock: boolean;
    bitRateLockedToNetworkClock: boolean;
    multiplex: 
      | { choice: "noMultiplex"; value: null }
      | { choice: "transportStream"; value: null }
      | { choice: "programStream"; value: null }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const NewATMVCCommand: AsnType = seq([
  f("resourceID", int(0, 65535)),
  f("bitRate", int(1, 65535)),
  f("bitRateLockedToPCRClock", bool),
  f("bitRateLockedToNetworkClock", bool),
  f("aal", choice([
    f("aal1", seq([
      f("clockRecovery", choice([
        f("nullClockRecovery", nul),
        f("srtsClockRecovery", nul),
        f("adaptiveClockRecovery", nul),
      ], [])),
      f("errorCorrection", choice([
        f("nullErrorCorrection", nul),
        f("longInterleaver", nul),
        f("shortInterleaver", nul),
        f("errorCorrectionOnly", nul),
      ], [])),
      f("structuredDataTransfer", bool),
      f("partiallyFilledCells", bool),
    ], [])),
    f("aal5", seq([
      f("forwardMaximumSDUSize", int(0, 65535)),
      f("backwardMaximumSDUSize", int(0, 65535)),
    ], [])),
  ], [])),
  f("multiplex", choice([
    f("noMultiplex", nul),
    f("transportStream", nul),
    f("programStream", nul),
  ], [])),
  f("reverseParameters", seq([
    f("bitRate", int(1, 65535)),
    f("bitRateLockedToPCRClock", bool),
    f("bitRateLockedToNetworkClock", bool),
    f("multiplex", choice([
      f("noMultiplex", nul),
      f("transportStream", nul),
      f("programStream", nul),
    ], [])),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationCommand (line 3811) */
export type MobileMultilinkReconfigurationCommand = {
  sampleSize: number;
  samplesPerFrame: number;
  status: 
    | { choice: "synchronized"; value: null }
    | { choice: "reconfiguration"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MobileMultilinkReconfigurationCommand: AsnType = seq([
  f("sampleSize", int(1, 255)),
  f("samplesPerFrame", int(1, 255)),
  f("status", choice([
    f("synchronized", nul),
    f("reconfiguration", nul),
  ], [])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.FunctionNotUnderstood (line 3833) */
export type FunctionNotUnderstood = 
  | { choice: "request"; value: RequestMessage }
  | { choice: "response"; value: ResponseMessage }
  | { choice: "command"; value: CommandMessage };
export const FunctionNotUnderstood: AsnType = choice([
  f("request", ref("MULTIMEDIA-SYSTEM-CONTROL.RequestMessage", () => RequestMessage)),
  f("response", ref("MULTIMEDIA-SYSTEM-CONTROL.ResponseMessage", () => ResponseMessage)),
  f("command", ref("MULTIMEDIA-SYSTEM-CONTROL.CommandMessage", () => CommandMessage)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.FunctionNotSupported (line 3847) */
export type FunctionNotSupported = {
  cause: 
    | { choice: "syntaxError"; value: null }
    | { choice: "semanticError"; value: null }
    | { choice: "unknownFunction"; value: null }
    | UnknownAlternative;
  returnedFunction?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const FunctionNotSupported: AsnType = seq([
  f("cause", choice([
    f("syntaxError", nul),
    f("semanticError", nul),
    f("unknownFunction", nul),
  ], [])),
  f("returnedFunction", octets(), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceIndication (line 3864) */
export type ConferenceIndication = 
  | { choice: "sbeNumber"; value: number }
  | { choice: "terminalNumberAssign"; value: TerminalLabel }
  | { choice: "terminalJoinedConference"; value: TerminalLabel }
  | { choice: "terminalLeftConference"; value: TerminalLabel }
  | { choice: "seenByAtLeastOneOther"; value: null }
  | { choice: "cancelSeenByAtLeastOneOther"; value: null }
  | { choice: "seenByAll"; value: null }
  | { choice: "cancelSeenByAll"; value: null }
  | { choice: "terminalYouAreSeeing"; value: TerminalLabel }
  | { choice: "requestForFloor"; value: null }
  | { choice: "withdrawChairToken"; value: null }
  | { choice: "floorRequested"; value: TerminalLabel }
  | { choice: "terminalYouAreSeeingInSubPictureNumber"; value: TerminalYouAreSeeingInSubPictureNumber }
  | { choice: "videoIndicateCompose"; value: VideoIndicateCompose }
  | { choice: "masterMCU"; value: null }
  | { choice: "cancelMasterMCU"; value: null }
  | UnknownAlternative;
export const ConferenceIndication: AsnType = choice([
  f("sbeNumber", int(0, 9)),
  f("terminalNumberAssign", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("terminalJoinedConference", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("terminalLeftConference", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("seenByAtLeastOneOther", nul),
  f("cancelSeenByAtLeastOneOther", nul),
  f("seenByAll", nul),
  f("cancelSeenByAll", nul),
  f("terminalYouAreSeeing", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("requestForFloor", nul),
], [
  f("withdrawChairToken", nul),
  f("floorRequested", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", () => TerminalLabel)),
  f("terminalYouAreSeeingInSubPictureNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalYouAreSeeingInSubPictureNumber", () => TerminalYouAreSeeingInSubPictureNumber)),
  f("videoIndicateCompose", ref("MULTIMEDIA-SYSTEM-CONTROL.VideoIndicateCompose", () => VideoIndicateCompose)),
  f("masterMCU", nul),
  f("cancelMasterMCU", nul),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalYouAreSeeingInSubPictureNumber (line 3893) */
export type TerminalYouAreSeeingInSubPictureNumber = {
  terminalNumber: TerminalNumber;
  subPictureNumber: number;
  mcuNumber?: McuNumber;
  $unknown?: UnknownExtension[];
};
export const TerminalYouAreSeeingInSubPictureNumber: AsnType = seq([
  f("terminalNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.TerminalNumber", () => TerminalNumber)),
  f("subPictureNumber", int(0, 255)),
], [
  f("mcuNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.McuNumber", () => McuNumber)),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.VideoIndicateCompose (line 3901) */
export type VideoIndicateCompose = {
  compositionNumber: number;
  $unknown?: UnknownExtension[];
};
export const VideoIndicateCompose: AsnType = seq([
  f("compositionNumber", int(0, 255)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MiscellaneousIndication (line 3911) */
export type MiscellaneousIndication = {
  logicalChannelNumber: LogicalChannelNumber;
  type: 
    | { choice: "logicalChannelActive"; value: null }
    | { choice: "logicalChannelInactive"; value: null }
    | { choice: "multipointConference"; value: null }
    | { choice: "cancelMultipointConference"; value: null }
    | { choice: "multipointZeroComm"; value: null }
    | { choice: "cancelMultipointZeroComm"; value: null }
    | { choice: "multipointSecondaryStatus"; value: null }
    | { choice: "cancelMultipointSecondaryStatus"; value: null }
    | { choice: "videoIndicateReadyToActivate"; value: null }
    | { choice: "videoTemporalSpatialTradeOff"; value: number }
    | { choice: "videoNotDecodedMBs"; value: {
      firstMB: number;
      numberOfMBs: number;
      temporalReference: number;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "transportCapability"; value: TransportCapability }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MiscellaneousIndication: AsnType = seq([
  f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("type", choice([
    f("logicalChannelActive", nul),
    f("logicalChannelInactive", nul),
    f("multipointConference", nul),
    f("cancelMultipointConference", nul),
    f("multipointZeroComm", nul),
    f("cancelMultipointZeroComm", nul),
    f("multipointSecondaryStatus", nul),
    f("cancelMultipointSecondaryStatus", nul),
    f("videoIndicateReadyToActivate", nul),
    f("videoTemporalSpatialTradeOff", int(0, 31)),
  ], [
    f("videoNotDecodedMBs", seq([
      f("firstMB", int(1, 8192)),
      f("numberOfMBs", int(1, 8192)),
      f("temporalReference", int(0, 255)),
    ], [])),
    f("transportCapability", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportCapability", () => TransportCapability)),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.JitterIndication (line 3950) */
export type JitterIndication = {
  scope: 
    | { choice: "logicalChannelNumber"; value: LogicalChannelNumber }
    | { choice: "resourceID"; value: number }
    | { choice: "wholeMultiplex"; value: null };
  estimatedReceivedJitterMantissa: number;
  estimatedReceivedJitterExponent: number;
  skippedFrameCount?: number;
  additionalDecoderBuffer?: number;
  $unknown?: UnknownExtension[];
};
export const JitterIndication: AsnType = seq([
  f("scope", choice([
    f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("resourceID", int(0, 65535)),
    f("wholeMultiplex", nul),
  ])),
  f("estimatedReceivedJitterMantissa", int(0, 3)),
  f("estimatedReceivedJitterExponent", int(0, 7)),
  f("skippedFrameCount", int(0, 15), true),
  f("additionalDecoderBuffer", int(0, 262143), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H223SkewIndication (line 3969) */
export type H223SkewIndication = {
  logicalChannelNumber1: LogicalChannelNumber;
  logicalChannelNumber2: LogicalChannelNumber;
  skew: number;
  $unknown?: UnknownExtension[];
};
export const H223SkewIndication: AsnType = seq([
  f("logicalChannelNumber1", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("logicalChannelNumber2", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("skew", int(0, 4095)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.H2250MaximumSkewIndication (line 3981) */
export type H2250MaximumSkewIndication = {
  logicalChannelNumber1: LogicalChannelNumber;
  logicalChannelNumber2: LogicalChannelNumber;
  maximumSkew: number;
  $unknown?: UnknownExtension[];
};
export const H2250MaximumSkewIndication: AsnType = seq([
  f("logicalChannelNumber1", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("logicalChannelNumber2", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
  f("maximumSkew", int(0, 4095)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MCLocationIndication (line 3993) */
export type MCLocationIndication = {
  signalAddress: TransportAddress;
  $unknown?: UnknownExtension[];
};
export const MCLocationIndication: AsnType = seq([
  f("signalAddress", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => TransportAddress)),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.VendorIdentification (line 4006) */
export type VendorIdentification = {
  vendor: NonStandardIdentifier;
  productNumber?: Uint8Array;
  versionNumber?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const VendorIdentification: AsnType = seq([
  f("vendor", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardIdentifier", () => NonStandardIdentifier)),
  f("productNumber", octets(size(1, 256, false)), true),
  f("versionNumber", octets(size(1, 256, false)), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.NewATMVCIndication (line 4018) */
export type NewATMVCIndication = {
  resourceID: number;
  bitRate: number;
  bitRateLockedToPCRClock: boolean;
  bitRateLockedToNetworkClock: boolean;
  aal: 
    | { choice: "aal1"; value: {
      clockRecovery: 
        | { choice: "nullClockRecovery"; value: null }
        | { choice: "srtsClockRecovery"; value: null }
        | { choice: "adaptiveClockRecovery"; value: null }
        | UnknownAlternative;
      errorCorrection: 
        | { choice: "nullErrorCorrection"; value: null }
        | { choice: "longInterleaver"; value: null }
        | { choice: "shortInterleaver"; value: null }
        | { choice: "errorCorrectionOnly"; value: null }
        | UnknownAlternative;
      structuredDataTransfer: boolean;
      partiallyFilledCells: boolean;
      $unknown?: UnknownExtension[];
    } }
    | { choice: "aal5"; value: {
      forwardMaximumSDUSize: number;
      backwardMaximumSDUSize: number;
      $unknown?: UnknownExtension[];
    } }
    | UnknownAlternative;
  multiplex: 
    | { choice: "noMultiplex"; value: null }
    | { choice: "transportStream"; value: null }
    | { choice: "programStream"; value: null }
    | UnknownAlternative;
  reverseParameters?: {
    bitRate: number;
    bitRateLockedToPCRClock: boolean;
    bitRateLockedToNetworkClock: boolean;
    multiplex: 
      | { choice: "noMultiplex"; value: null }
      | { choice: "transportStream"; value: null }
      | { choice: "programStream"; value: null }
      | UnknownAlternative;
    $unknown?: UnknownExtension[];
  };
  $unknown?: UnknownExtension[];
};
export const NewATMVCIndication: AsnType = seq([
  f("resourceID", int(0, 65535)),
  f("bitRate", int(1, 65535)),
  f("bitRateLockedToPCRClock", bool),
  f("bitRateLockedToNetworkClock", bool),
  f("aal", choice([
    f("aal1", seq([
      f("clockRecovery", choice([
        f("nullClockRecovery", nul),
        f("srtsClockRecovery", nul),
        f("adaptiveClockRecovery", nul),
      ], [])),
      f("errorCorrection", choice([
        f("nullErrorCorrection", nul),
        f("longInterleaver", nul),
        f("shortInterleaver", nul),
        f("errorCorrectionOnly", nul),
      ], [])),
      f("structuredDataTransfer", bool),
      f("partiallyFilledCells", bool),
    ], [])),
    f("aal5", seq([
      f("forwardMaximumSDUSize", int(0, 65535)),
      f("backwardMaximumSDUSize", int(0, 65535)),
    ], [])),
  ], [])),
  f("multiplex", choice([
    f("noMultiplex", nul),
    f("transportStream", nul),
    f("programStream", nul),
  ], [])),
], [
  f("reverseParameters", seq([
    f("bitRate", int(1, 65535)),
    f("bitRateLockedToPCRClock", bool),
    f("bitRateLockedToNetworkClock", bool),
    f("multiplex", choice([
      f("noMultiplex", nul),
      f("transportStream", nul),
      f("programStream", nul),
    ], [])),
  ], [])),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.IV8 (line 4083) */
export type IV8 = Uint8Array;
export const IV8: AsnType = octets(size(8, 8, false));

/** MULTIMEDIA-SYSTEM-CONTROL.IV16 (line 4084) */
export type IV16 = Uint8Array;
export const IV16: AsnType = octets(size(16, 16, false));

/** MULTIMEDIA-SYSTEM-CONTROL.Params (line 4086) */
export type Params = {
  iv8?: IV8;
  iv16?: IV16;
  iv?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Params: AsnType = seq([
  f("iv8", ref("MULTIMEDIA-SYSTEM-CONTROL.IV8", () => IV8), true),
  f("iv16", ref("MULTIMEDIA-SYSTEM-CONTROL.IV16", () => IV16), true),
  f("iv", octets(), true),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.UserInputIndication (line 4094) */
export type UserInputIndication = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "alphanumeric"; value: string }
  | { choice: "userInputSupportIndication"; value: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "basicString"; value: null }
    | { choice: "iA5String"; value: null }
    | { choice: "generalString"; value: null }
    | { choice: "encryptedBasicString"; value: null }
    | { choice: "encryptedIA5String"; value: null }
    | { choice: "encryptedGeneralString"; value: null }
    | UnknownAlternative }
  | { choice: "signal"; value: {
    signalType: string;
    duration?: number;
    rtp?: {
      timestamp?: number;
      expirationTime?: number;
      logicalChannelNumber: LogicalChannelNumber;
      $unknown?: UnknownExtension[];
    };
    rtpPayloadIndication?: null;
    paramS?: Params;
    encryptedSignalType?: Uint8Array;
    algorithmOID?: string;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "signalUpdate"; value: {
    duration: number;
    rtp?: {
      logicalChannelNumber: LogicalChannelNumber;
      $unknown?: UnknownExtension[];
    };
    $unknown?: UnknownExtension[];
  } }
  | { choice: "extendedAlphanumeric"; value: {
    alphanumeric: string;
    rtpPayloadIndication?: null;
    encryptedAlphanumeric?: {
      algorithmOID: string;
      paramS?: Params;
      encrypted: Uint8Array;
      $unknown?: UnknownExtension[];
    };
    $unknown?: UnknownExtension[];
  } }
  | { choice: "encryptedAlphanumeric"; value: {
    algorithmOID: string;
    paramS?: Params;
    encrypted: Uint8Array;
    $unknown?: UnknownExtension[];
  } }
  | { choice: "genericInformation"; value: Array<GenericInformation> }
  | UnknownAlternative;
export const UserInputIndication: AsnType = choice([
  f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
  f("alphanumeric", generalString()),
], [
  f("userInputSupportIndication", choice([
    f("nonStandard", ref("MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", () => NonStandardParameter)),
    f("basicString", nul),
    f("iA5String", nul),
    f("generalString", nul),
  ], [
    f("encryptedBasicString", nul),
    f("encryptedIA5String", nul),
    f("encryptedGeneralString", nul),
  ])),
  f("signal", seq([
    f("signalType", chars("IA5String", size(1, 1, false), 8, "!#*0123456789ABCD", false)),
    f("duration", int(1, 65535), true),
    f("rtp", seq([
      f("timestamp", int(0, 4294967295), true),
      f("expirationTime", int(0, 4294967295), true),
      f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    ], []), true),
  ], [
    f("rtpPayloadIndication", nul, true),
    f("paramS", ref("MULTIMEDIA-SYSTEM-CONTROL.Params", () => Params), true),
    f("encryptedSignalType", octets(size(1, 1, false)), true),
    f("algorithmOID", oid, true),
  ])),
  f("signalUpdate", seq([
    f("duration", int(1, 65535)),
    f("rtp", seq([
      f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    ], []), true),
  ], [])),
  f("extendedAlphanumeric", seq([
    f("alphanumeric", generalString()),
    f("rtpPayloadIndication", nul, true),
  ], [
    f("encryptedAlphanumeric", seq([
      f("algorithmOID", oid),
      f("paramS", ref("MULTIMEDIA-SYSTEM-CONTROL.Params", () => Params), true),
      f("encrypted", octets()),
    ], []), true),
  ])),
  f("encryptedAlphanumeric", seq([
    f("algorithmOID", oid),
    f("paramS", ref("MULTIMEDIA-SYSTEM-CONTROL.Params", () => Params), true),
    f("encrypted", octets()),
  ], [])),
  f("genericInformation", seqOf(ref("MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", () => GenericInformation))),
]);

/** MULTIMEDIA-SYSTEM-CONTROL.FlowControlIndication (line 4171) */
export type FlowControlIndication = {
  scope: 
    | { choice: "logicalChannelNumber"; value: LogicalChannelNumber }
    | { choice: "resourceID"; value: number }
    | { choice: "wholeMultiplex"; value: null };
  restriction: 
    | { choice: "maximumBitRate"; value: number }
    | { choice: "noRestriction"; value: null };
  $unknown?: UnknownExtension[];
};
export const FlowControlIndication: AsnType = seq([
  f("scope", choice([
    f("logicalChannelNumber", ref("MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", () => LogicalChannelNumber)),
    f("resourceID", int(0, 65535)),
    f("wholeMultiplex", nul),
  ])),
  f("restriction", choice([
    f("maximumBitRate", int(0, 16777215)),
    f("noRestriction", nul),
  ])),
], []);

/** MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationIndication (line 4191) */
export type MobileMultilinkReconfigurationIndication = {
  sampleSize: number;
  samplesPerFrame: number;
  $unknown?: UnknownExtension[];
};
export const MobileMultilinkReconfigurationIndication: AsnType = seq([
  f("sampleSize", int(1, 255)),
  f("samplesPerFrame", int(1, 255)),
], []);
