// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module MULTIMEDIA-SYSTEM-CONTROL

import type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "../descriptor.js";

/** MULTIMEDIA-SYSTEM-CONTROL.MultimediaSystemControlMessage (line 22) */
export type MultimediaSystemControlMessage = 
  | { choice: "request"; value: RequestMessage }
  | { choice: "response"; value: ResponseMessage }
  | { choice: "command"; value: CommandMessage }
  | { choice: "indication"; value: IndicationMessage }
  | UnknownAlternative;
export const MultimediaSystemControlMessage: AsnType = {
  kind: "choice",
  root: [
    { name: "request", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMessage", get: () => RequestMessage } },
    { name: "response", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ResponseMessage", get: () => ResponseMessage } },
    { name: "command", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommandMessage", get: () => CommandMessage } },
    { name: "indication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IndicationMessage", get: () => IndicationMessage } },
  ],
  additions: [
  ],
};

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
export const RequestMessage: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "masterSlaveDetermination", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDetermination", get: () => MasterSlaveDetermination } },
    { name: "terminalCapabilitySet", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySet", get: () => TerminalCapabilitySet } },
    { name: "openLogicalChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannel", get: () => OpenLogicalChannel } },
    { name: "closeLogicalChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannel", get: () => CloseLogicalChannel } },
    { name: "requestChannelClose", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestChannelClose", get: () => RequestChannelClose } },
    { name: "multiplexEntrySend", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySend", get: () => MultiplexEntrySend } },
    { name: "requestMultiplexEntry", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntry", get: () => RequestMultiplexEntry } },
    { name: "requestMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMode", get: () => RequestMode } },
    { name: "roundTripDelayRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayRequest", get: () => RoundTripDelayRequest } },
    { name: "maintenanceLoopRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopRequest", get: () => MaintenanceLoopRequest } },
  ],
  additions: [
    { name: "communicationModeRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeRequest", get: () => CommunicationModeRequest } },
    { name: "conferenceRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConferenceRequest", get: () => ConferenceRequest } },
    { name: "multilinkRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultilinkRequest", get: () => MultilinkRequest } },
    { name: "logicalChannelRateRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRequest", get: () => LogicalChannelRateRequest } },
    { name: "genericRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", get: () => GenericMessage } },
  ],
};

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
export const ResponseMessage: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "masterSlaveDeterminationAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationAck", get: () => MasterSlaveDeterminationAck } },
    { name: "masterSlaveDeterminationReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationReject", get: () => MasterSlaveDeterminationReject } },
    { name: "terminalCapabilitySetAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetAck", get: () => TerminalCapabilitySetAck } },
    { name: "terminalCapabilitySetReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetReject", get: () => TerminalCapabilitySetReject } },
    { name: "openLogicalChannelAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelAck", get: () => OpenLogicalChannelAck } },
    { name: "openLogicalChannelReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelReject", get: () => OpenLogicalChannelReject } },
    { name: "closeLogicalChannelAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannelAck", get: () => CloseLogicalChannelAck } },
    { name: "requestChannelCloseAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseAck", get: () => RequestChannelCloseAck } },
    { name: "requestChannelCloseReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseReject", get: () => RequestChannelCloseReject } },
    { name: "multiplexEntrySendAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendAck", get: () => MultiplexEntrySendAck } },
    { name: "multiplexEntrySendReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendReject", get: () => MultiplexEntrySendReject } },
    { name: "requestMultiplexEntryAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryAck", get: () => RequestMultiplexEntryAck } },
    { name: "requestMultiplexEntryReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryReject", get: () => RequestMultiplexEntryReject } },
    { name: "requestModeAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestModeAck", get: () => RequestModeAck } },
    { name: "requestModeReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestModeReject", get: () => RequestModeReject } },
    { name: "roundTripDelayResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayResponse", get: () => RoundTripDelayResponse } },
    { name: "maintenanceLoopAck", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopAck", get: () => MaintenanceLoopAck } },
    { name: "maintenanceLoopReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopReject", get: () => MaintenanceLoopReject } },
  ],
  additions: [
    { name: "communicationModeResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeResponse", get: () => CommunicationModeResponse } },
    { name: "conferenceResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConferenceResponse", get: () => ConferenceResponse } },
    { name: "multilinkResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultilinkResponse", get: () => MultilinkResponse } },
    { name: "logicalChannelRateAcknowledge", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateAcknowledge", get: () => LogicalChannelRateAcknowledge } },
    { name: "logicalChannelRateReject", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateReject", get: () => LogicalChannelRateReject } },
    { name: "genericResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", get: () => GenericMessage } },
  ],
};

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
export const CommandMessage: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "maintenanceLoopOffCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopOffCommand", get: () => MaintenanceLoopOffCommand } },
    { name: "sendTerminalCapabilitySet", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SendTerminalCapabilitySet", get: () => SendTerminalCapabilitySet } },
    { name: "encryptionCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionCommand", get: () => EncryptionCommand } },
    { name: "flowControlCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FlowControlCommand", get: () => FlowControlCommand } },
    { name: "endSessionCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EndSessionCommand", get: () => EndSessionCommand } },
    { name: "miscellaneousCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MiscellaneousCommand", get: () => MiscellaneousCommand } },
  ],
  additions: [
    { name: "communicationModeCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeCommand", get: () => CommunicationModeCommand } },
    { name: "conferenceCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConferenceCommand", get: () => ConferenceCommand } },
    { name: "h223MultiplexReconfiguration", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223MultiplexReconfiguration", get: () => H223MultiplexReconfiguration } },
    { name: "newATMVCCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NewATMVCCommand", get: () => NewATMVCCommand } },
    { name: "mobileMultilinkReconfigurationCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationCommand", get: () => MobileMultilinkReconfigurationCommand } },
    { name: "genericCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", get: () => GenericMessage } },
  ],
};

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
export const IndicationMessage: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "functionNotUnderstood", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FunctionNotUnderstood", get: () => FunctionNotUnderstood } },
    { name: "masterSlaveDeterminationRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationRelease", get: () => MasterSlaveDeterminationRelease } },
    { name: "terminalCapabilitySetRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetRelease", get: () => TerminalCapabilitySetRelease } },
    { name: "openLogicalChannelConfirm", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelConfirm", get: () => OpenLogicalChannelConfirm } },
    { name: "requestChannelCloseRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseRelease", get: () => RequestChannelCloseRelease } },
    { name: "multiplexEntrySendRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendRelease", get: () => MultiplexEntrySendRelease } },
    { name: "requestMultiplexEntryRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRelease", get: () => RequestMultiplexEntryRelease } },
    { name: "requestModeRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestModeRelease", get: () => RequestModeRelease } },
    { name: "miscellaneousIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MiscellaneousIndication", get: () => MiscellaneousIndication } },
    { name: "jitterIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.JitterIndication", get: () => JitterIndication } },
    { name: "h223SkewIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223SkewIndication", get: () => H223SkewIndication } },
    { name: "newATMVCIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NewATMVCIndication", get: () => NewATMVCIndication } },
    { name: "userInput", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.UserInputIndication", get: () => UserInputIndication } },
  ],
  additions: [
    { name: "h2250MaximumSkewIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250MaximumSkewIndication", get: () => H2250MaximumSkewIndication } },
    { name: "mcLocationIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MCLocationIndication", get: () => MCLocationIndication } },
    { name: "conferenceIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConferenceIndication", get: () => ConferenceIndication } },
    { name: "vendorIdentification", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VendorIdentification", get: () => VendorIdentification } },
    { name: "functionNotSupported", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FunctionNotSupported", get: () => FunctionNotSupported } },
    { name: "multilinkIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultilinkIndication", get: () => MultilinkIndication } },
    { name: "logicalChannelRateRelease", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRelease", get: () => LogicalChannelRateRelease } },
    { name: "flowControlIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FlowControlIndication", get: () => FlowControlIndication } },
    { name: "mobileMultilinkReconfigurationIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationIndication", get: () => MobileMultilinkReconfigurationIndication } },
    { name: "genericIndication", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", get: () => GenericMessage } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber (line 139) */
export type SequenceNumber = number;
export const SequenceNumber: AsnType = { kind: "integer", lb: 0, ub: 255 };

/** MULTIMEDIA-SYSTEM-CONTROL.GenericMessage (line 145) */
export type GenericMessage = {
  messageIdentifier: CapabilityIdentifier;
  subMessageIdentifier?: number;
  messageContent?: Array<GenericParameter>;
  $unknown?: UnknownExtension[];
};
export const GenericMessage: AsnType = {
  kind: "sequence",
  root: [
    { name: "messageIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityIdentifier", get: () => CapabilityIdentifier } },
    { name: "subMessageIdentifier", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
    { name: "messageContent", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", get: () => GenericParameter } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.GenericInformation (line 153) */
export type GenericInformation = GenericMessage;
export const GenericInformation: AsnType = { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericMessage", get: () => GenericMessage };

/** MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage (line 159) */
export type NonStandardMessage = {
  nonStandardData: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const NonStandardMessage: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter (line 165) */
export type NonStandardParameter = {
  nonStandardIdentifier: NonStandardIdentifier;
  data: Uint8Array;
};
export const NonStandardParameter: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardIdentifier", get: () => NonStandardIdentifier } },
    { name: "data", type: { kind: "octetString" } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.NonStandardIdentifier (line 171) */
export type NonStandardIdentifier = 
  | { choice: "object"; value: string }
  | { choice: "h221NonStandard"; value: {
    t35CountryCode: number;
    t35Extension: number;
    manufacturerCode: number;
  } };
export const NonStandardIdentifier: AsnType = {
  kind: "choice",
  root: [
    { name: "object", type: { kind: "objectIdentifier" } },
    { name: "h221NonStandard", type: {
      kind: "sequence",
      root: [
        { name: "t35CountryCode", type: { kind: "integer", lb: 0, ub: 255 } },
        { name: "t35Extension", type: { kind: "integer", lb: 0, ub: 255 } },
        { name: "manufacturerCode", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
    } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDetermination (line 191) */
export type MasterSlaveDetermination = {
  terminalType: number;
  statusDeterminationNumber: number;
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDetermination: AsnType = {
  kind: "sequence",
  root: [
    { name: "terminalType", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "statusDeterminationNumber", type: { kind: "integer", lb: 0, ub: 16777215 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationAck (line 198) */
export type MasterSlaveDeterminationAck = {
  decision: 
    | { choice: "master"; value: null }
    | { choice: "slave"; value: null };
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDeterminationAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "decision", type: {
      kind: "choice",
      root: [
        { name: "master", type: { kind: "null" } },
        { name: "slave", type: { kind: "null" } },
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationReject (line 208) */
export type MasterSlaveDeterminationReject = {
  cause: 
    | { choice: "identicalNumbers"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDeterminationReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "identicalNumbers", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MasterSlaveDeterminationRelease (line 218) */
export type MasterSlaveDeterminationRelease = {
  $unknown?: UnknownExtension[];
};
export const MasterSlaveDeterminationRelease: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
  ],
};

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
export const TerminalCapabilitySet: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "protocolIdentifier", type: { kind: "objectIdentifier" } },
    { name: "multiplexCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexCapability", get: () => MultiplexCapability }, optional: true },
    { name: "capabilityTable", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntry", get: () => CapabilityTableEntry }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
    { name: "capabilityDescriptors", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptor", get: () => CapabilityDescriptor }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntry (line 243) */
export type CapabilityTableEntry = {
  capabilityTableEntryNumber: CapabilityTableEntryNumber;
  capability?: Capability;
};
export const CapabilityTableEntry: AsnType = {
  kind: "sequence",
  root: [
    { name: "capabilityTableEntryNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber } },
    { name: "capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Capability", get: () => Capability }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptor (line 249) */
export type CapabilityDescriptor = {
  capabilityDescriptorNumber: CapabilityDescriptorNumber;
  simultaneousCapabilities?: Array<AlternativeCapabilitySet>;
};
export const CapabilityDescriptor: AsnType = {
  kind: "sequence",
  root: [
    { name: "capabilityDescriptorNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptorNumber", get: () => CapabilityDescriptorNumber } },
    { name: "simultaneousCapabilities", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", get: () => AlternativeCapabilitySet }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet (line 255) */
export type AlternativeCapabilitySet = Array<CapabilityTableEntryNumber>;
export const AlternativeCapabilitySet: AsnType = { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber }, size: { lb: 1, ub: 256, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber (line 257) */
export type CapabilityTableEntryNumber = number;
export const CapabilityTableEntryNumber: AsnType = { kind: "integer", lb: 1, ub: 65535 };

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptorNumber (line 259) */
export type CapabilityDescriptorNumber = number;
export const CapabilityDescriptorNumber: AsnType = { kind: "integer", lb: 0, ub: 255 };

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetAck (line 261) */
export type TerminalCapabilitySetAck = {
  sequenceNumber: SequenceNumber;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const TerminalCapabilitySetAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
  ],
  additions: [
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

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
export const TerminalCapabilitySetReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "unspecified", type: { kind: "null" } },
        { name: "undefinedTableEntryUsed", type: { kind: "null" } },
        { name: "descriptorCapacityExceeded", type: { kind: "null" } },
        { name: "tableEntryCapacityExceeded", type: {
          kind: "choice",
          root: [
            { name: "highestEntryNumberProcessed", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber } },
            { name: "noneProcessed", type: { kind: "null" } },
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalCapabilitySetRelease (line 291) */
export type TerminalCapabilitySetRelease = {
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const TerminalCapabilitySetRelease: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

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
export const Capability: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "receiveVideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } },
    { name: "transmitVideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } },
    { name: "receiveAndTransmitVideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } },
    { name: "receiveAudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
    { name: "transmitAudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
    { name: "receiveAndTransmitAudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
    { name: "receiveDataApplicationCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } },
    { name: "transmitDataApplicationCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } },
    { name: "receiveAndTransmitDataApplicationCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } },
    { name: "h233EncryptionTransmitCapability", type: { kind: "boolean" } },
    { name: "h233EncryptionReceiveCapability", type: {
      kind: "sequence",
      root: [
        { name: "h233IVResponseTime", type: { kind: "integer", lb: 0, ub: 255 } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "conferenceCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConferenceCapability", get: () => ConferenceCapability } },
    { name: "h235SecurityCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H235SecurityCapability", get: () => H235SecurityCapability } },
    { name: "maxPendingReplacementFor", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "receiveUserInputCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability", get: () => UserInputCapability } },
    { name: "transmitUserInputCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability", get: () => UserInputCapability } },
    { name: "receiveAndTransmitUserInputCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.UserInputCapability", get: () => UserInputCapability } },
    { name: "genericControlCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
    { name: "receiveMultiplexedStreamCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability", get: () => MultiplexedStreamCapability } },
    { name: "transmitMultiplexedStreamCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability", get: () => MultiplexedStreamCapability } },
    { name: "receiveAndTransmitMultiplexedStreamCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability", get: () => MultiplexedStreamCapability } },
    { name: "receiveRTPAudioTelephonyEventCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioTelephonyEventCapability", get: () => AudioTelephonyEventCapability } },
    { name: "receiveRTPAudioToneCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioToneCapability", get: () => AudioToneCapability } },
    { name: "depFecCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DepFECCapability", get: () => DepFECCapability } },
    { name: "multiplePayloadStreamCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamCapability", get: () => MultiplePayloadStreamCapability } },
    { name: "fecCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FECCapability", get: () => FECCapability } },
    { name: "redundancyEncodingCap", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingCapability", get: () => RedundancyEncodingCapability } },
    { name: "oneOfCapabilities", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", get: () => AlternativeCapabilitySet } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H235SecurityCapability (line 345) */
export type H235SecurityCapability = {
  encryptionAuthenticationAndIntegrity: EncryptionAuthenticationAndIntegrity;
  mediaCapability: CapabilityTableEntryNumber;
  $unknown?: UnknownExtension[];
};
export const H235SecurityCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "encryptionAuthenticationAndIntegrity", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity", get: () => EncryptionAuthenticationAndIntegrity } },
    { name: "mediaCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.DTLSSecurityCapability (line 362) */
export type DTLSSecurityCapability = {
  hashFunction: Array<string>;
  setupInformation?: string;
  connectionInformation?: string;
  fingerprint?: string;
  $unknown?: UnknownExtension[];
};
export const DTLSSecurityCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "hashFunction", type: { kind: "sequenceOf", item: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 65535, ext: false }, bits: 8, indexed: false } } },
    { name: "setupInformation", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 65535, ext: false }, bits: 8, indexed: false }, optional: true },
    { name: "connectionInformation", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 65535, ext: false }, bits: 8, indexed: false }, optional: true },
    { name: "fingerprint", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 65535, ext: false }, bits: 8, indexed: false }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexCapability (line 375) */
export type MultiplexCapability = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h222Capability"; value: H222Capability }
  | { choice: "h223Capability"; value: H223Capability }
  | { choice: "v76Capability"; value: V76Capability }
  | { choice: "h2250Capability"; value: H2250Capability }
  | { choice: "genericMultiplexCapability"; value: GenericCapability }
  | UnknownAlternative;
export const MultiplexCapability: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h222Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H222Capability", get: () => H222Capability } },
    { name: "h223Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223Capability", get: () => H223Capability } },
    { name: "v76Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V76Capability", get: () => V76Capability } },
  ],
  additions: [
    { name: "h2250Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250Capability", get: () => H2250Capability } },
    { name: "genericMultiplexCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H222Capability (line 386) */
export type H222Capability = {
  numberOfVCs: number;
  vcCapability: Array<VCCapability>;
  $unknown?: UnknownExtension[];
};
export const H222Capability: AsnType = {
  kind: "sequence",
  root: [
    { name: "numberOfVCs", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "vcCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VCCapability", get: () => VCCapability } } },
  ],
  additions: [
  ],
};

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
export const VCCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "aal1", type: {
      kind: "sequence",
      root: [
        { name: "nullClockRecovery", type: { kind: "boolean" } },
        { name: "srtsClockRecovery", type: { kind: "boolean" } },
        { name: "adaptiveClockRecovery", type: { kind: "boolean" } },
        { name: "nullErrorCorrection", type: { kind: "boolean" } },
        { name: "longInterleaver", type: { kind: "boolean" } },
        { name: "shortInterleaver", type: { kind: "boolean" } },
        { name: "errorCorrectionOnly", type: { kind: "boolean" } },
        { name: "structuredDataTransfer", type: { kind: "boolean" } },
        { name: "partiallyFilledCells", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "aal5", type: {
      kind: "sequence",
      root: [
        { name: "forwardMaximumSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "backwardMaximumSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "transportStream", type: { kind: "boolean" } },
    { name: "programStream", type: { kind: "boolean" } },
    { name: "availableBitRates", type: {
      kind: "sequence",
      root: [
        { name: "type", type: {
          kind: "choice",
          root: [
            { name: "singleBitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
            { name: "rangeOfBitRates", type: {
              kind: "sequence",
              root: [
                { name: "lowerBitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
                { name: "higherBitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
              ],
            } },
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "aal1ViaGateway", type: {
      kind: "sequence",
      root: [
        { name: "gatewayAddress", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Q2931Address", get: () => Q2931Address }, size: { lb: 1, ub: 256, ext: false } } },
        { name: "nullClockRecovery", type: { kind: "boolean" } },
        { name: "srtsClockRecovery", type: { kind: "boolean" } },
        { name: "adaptiveClockRecovery", type: { kind: "boolean" } },
        { name: "nullErrorCorrection", type: { kind: "boolean" } },
        { name: "longInterleaver", type: { kind: "boolean" } },
        { name: "shortInterleaver", type: { kind: "boolean" } },
        { name: "errorCorrectionOnly", type: { kind: "boolean" } },
        { name: "structuredDataTransfer", type: { kind: "boolean" } },
        { name: "partiallyFilledCells", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
};

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
export const H223Capability: AsnType = {
  kind: "sequence",
  root: [
    { name: "transportWithI-frames", type: { kind: "boolean" } },
    { name: "videoWithAL1", type: { kind: "boolean" } },
    { name: "videoWithAL2", type: { kind: "boolean" } },
    { name: "videoWithAL3", type: { kind: "boolean" } },
    { name: "audioWithAL1", type: { kind: "boolean" } },
    { name: "audioWithAL2", type: { kind: "boolean" } },
    { name: "audioWithAL3", type: { kind: "boolean" } },
    { name: "dataWithAL1", type: { kind: "boolean" } },
    { name: "dataWithAL2", type: { kind: "boolean" } },
    { name: "dataWithAL3", type: { kind: "boolean" } },
    { name: "maximumAl2SDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "maximumAl3SDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "maximumDelayJitter", type: { kind: "integer", lb: 0, ub: 1023 } },
    { name: "h223MultiplexTableCapability", type: {
      kind: "choice",
      root: [
        { name: "basic", type: { kind: "null" } },
        { name: "enhanced", type: {
          kind: "sequence",
          root: [
            { name: "maximumNestingDepth", type: { kind: "integer", lb: 1, ub: 15 } },
            { name: "maximumElementListSize", type: { kind: "integer", lb: 2, ub: 255 } },
            { name: "maximumSubElementListSize", type: { kind: "integer", lb: 2, ub: 255 } },
          ],
          additions: [
          ],
        } },
      ],
    } },
  ],
  additions: [
    { name: "maxMUXPDUSizeCapability", type: { kind: "boolean" } },
    { name: "nsrpSupport", type: { kind: "boolean" } },
    { name: "mobileOperationTransmitCapability", type: {
      kind: "sequence",
      root: [
        { name: "modeChangeCapability", type: { kind: "boolean" } },
        { name: "h223AnnexA", type: { kind: "boolean" } },
        { name: "h223AnnexADoubleFlag", type: { kind: "boolean" } },
        { name: "h223AnnexB", type: { kind: "boolean" } },
        { name: "h223AnnexBwithHeader", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "h223AnnexCCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCCapability", get: () => H223AnnexCCapability }, optional: true },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 19200 }, optional: true },
    { name: "mobileMultilinkFrameCapability", type: {
      kind: "sequence",
      root: [
        { name: "maximumSampleSize", type: { kind: "integer", lb: 1, ub: 255 } },
        { name: "maximumPayloadLength", type: { kind: "integer", lb: 1, ub: 65025 } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
};

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
export const H223AnnexCCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "videoWithAL1M", type: { kind: "boolean" } },
    { name: "videoWithAL2M", type: { kind: "boolean" } },
    { name: "videoWithAL3M", type: { kind: "boolean" } },
    { name: "audioWithAL1M", type: { kind: "boolean" } },
    { name: "audioWithAL2M", type: { kind: "boolean" } },
    { name: "audioWithAL3M", type: { kind: "boolean" } },
    { name: "dataWithAL1M", type: { kind: "boolean" } },
    { name: "dataWithAL2M", type: { kind: "boolean" } },
    { name: "dataWithAL3M", type: { kind: "boolean" } },
    { name: "alpduInterleaving", type: { kind: "boolean" } },
    { name: "maximumAL1MPDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "maximumAL2MSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "maximumAL3MSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
  ],
  additions: [
    { name: "rsCodeCapability", type: { kind: "boolean" }, optional: true },
  ],
};

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
export const V76Capability: AsnType = {
  kind: "sequence",
  root: [
    { name: "suspendResumeCapabilitywAddress", type: { kind: "boolean" } },
    { name: "suspendResumeCapabilitywoAddress", type: { kind: "boolean" } },
    { name: "rejCapability", type: { kind: "boolean" } },
    { name: "sREJCapability", type: { kind: "boolean" } },
    { name: "mREJCapability", type: { kind: "boolean" } },
    { name: "crc8bitCapability", type: { kind: "boolean" } },
    { name: "crc16bitCapability", type: { kind: "boolean" } },
    { name: "crc32bitCapability", type: { kind: "boolean" } },
    { name: "uihCapability", type: { kind: "boolean" } },
    { name: "numOfDLCS", type: { kind: "integer", lb: 2, ub: 8191 } },
    { name: "twoOctetAddressFieldCapability", type: { kind: "boolean" } },
    { name: "loopBackTestCapability", type: { kind: "boolean" } },
    { name: "n401Capability", type: { kind: "integer", lb: 1, ub: 4095 } },
    { name: "maxWindowSizeCapability", type: { kind: "integer", lb: 1, ub: 127 } },
    { name: "v75Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V75Capability", get: () => V75Capability } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.V75Capability (line 533) */
export type V75Capability = {
  audioHeader: boolean;
  $unknown?: UnknownExtension[];
};
export const V75Capability: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioHeader", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const H2250Capability: AsnType = {
  kind: "sequence",
  root: [
    { name: "maximumAudioDelayJitter", type: { kind: "integer", lb: 0, ub: 1023 } },
    { name: "receiveMultipointCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability", get: () => MultipointCapability } },
    { name: "transmitMultipointCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability", get: () => MultipointCapability } },
    { name: "receiveAndTransmitMultipointCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability", get: () => MultipointCapability } },
    { name: "mcCapability", type: {
      kind: "sequence",
      root: [
        { name: "centralizedConferenceMC", type: { kind: "boolean" } },
        { name: "decentralizedConferenceMC", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    } },
    { name: "rtcpVideoControlCapability", type: { kind: "boolean" } },
    { name: "mediaPacketizationCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MediaPacketizationCapability", get: () => MediaPacketizationCapability } },
  ],
  additions: [
    { name: "transportCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportCapability", get: () => TransportCapability }, optional: true },
    { name: "redundancyEncodingCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingCapability", get: () => RedundancyEncodingCapability }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
    { name: "logicalChannelSwitchingCapability", type: { kind: "boolean" } },
    { name: "t120DynamicPortCapability", type: { kind: "boolean" } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MediaPacketizationCapability (line 561) */
export type MediaPacketizationCapability = {
  h261aVideoPacketization: boolean;
  rtpPayloadType?: Array<RTPPayloadType>;
  $unknown?: UnknownExtension[];
};
export const MediaPacketizationCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "h261aVideoPacketization", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "rtpPayloadType", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RTPPayloadType", get: () => RTPPayloadType }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
};

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
export const RSVPParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "qosMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSMode", get: () => QOSMode }, optional: true },
    { name: "tokenRate", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "bucketSize", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "peakRate", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "minPoliced", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "maxPktSize", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.QOSMode (line 579) */
export type QOSMode = 
  | { choice: "guaranteedQOS"; value: null }
  | { choice: "controlledLoad"; value: null }
  | UnknownAlternative;
export const QOSMode: AsnType = {
  kind: "choice",
  root: [
    { name: "guaranteedQOS", type: { kind: "null" } },
    { name: "controlledLoad", type: { kind: "null" } },
  ],
  additions: [
  ],
};

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
export const ATMParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "maxNTUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "atmUBR", type: { kind: "boolean" } },
    { name: "atmrtVBR", type: { kind: "boolean" } },
    { name: "atmnrtVBR", type: { kind: "boolean" } },
    { name: "atmABR", type: { kind: "boolean" } },
    { name: "atmCBR", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ServicePriorityValue (line 597) */
export type ServicePriorityValue = {
  nonStandardParameter?: NonStandardParameter;
  value?: number;
  $unknown?: UnknownExtension[];
};
export const ServicePriorityValue: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardParameter", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "value", type: { kind: "integer", lb: 0, ub: 255 } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ServicePriority (line 604) */
export type ServicePriority = {
  nonStandardData?: NonStandardParameter;
  servicePrioritySignalled: boolean;
  servicePriorityValue?: ServicePriorityValue;
  serviceClass?: number;
  serviceSubclass?: number;
  $unknown?: UnknownExtension[];
};
export const ServicePriority: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "servicePrioritySignalled", type: { kind: "boolean" } },
    { name: "servicePriorityValue", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ServicePriorityValue", get: () => ServicePriorityValue }, optional: true },
  ],
  additions: [
    { name: "serviceClass", type: { kind: "integer", lb: 0, ub: 4095 }, optional: true },
    { name: "serviceSubclass", type: { kind: "integer", lb: 0, ub: 255 }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.AuthorizationParameters (line 614) */
export type AuthorizationParameters = {
  nonStandardData?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const AuthorizationParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.QOSType (line 620) */
export type QOSType = 
  | { choice: "desired"; value: null }
  | { choice: "required"; value: null }
  | UnknownAlternative;
export const QOSType: AsnType = {
  kind: "choice",
  root: [
    { name: "desired", type: { kind: "null" } },
    { name: "required", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.QOSClass (line 627) */
export type QOSClass = 
  | { choice: "class0"; value: null }
  | { choice: "class1"; value: null }
  | { choice: "class2"; value: null }
  | { choice: "class3"; value: null }
  | { choice: "class4"; value: null }
  | { choice: "class5"; value: null }
  | UnknownAlternative;
export const QOSClass: AsnType = {
  kind: "choice",
  root: [
    { name: "class0", type: { kind: "null" } },
    { name: "class1", type: { kind: "null" } },
    { name: "class2", type: { kind: "null" } },
    { name: "class3", type: { kind: "null" } },
    { name: "class4", type: { kind: "null" } },
    { name: "class5", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.QOSDescriptor (line 638) */
export type QOSDescriptor = {
  nonStandardData?: NonStandardParameter;
  qosType: QOSType;
  qosClass: QOSClass;
  $unknown?: UnknownExtension[];
};
export const QOSDescriptor: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "qosType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSType", get: () => QOSType } },
    { name: "qosClass", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSClass", get: () => QOSClass } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.GenericTransportParameters (line 646) */
export type GenericTransportParameters = {
  nonStandardData?: NonStandardParameter;
  averageRate?: number;
  burst?: number;
  peakRate?: number;
  maxPktSize?: number;
  $unknown?: UnknownExtension[];
};
export const GenericTransportParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "averageRate", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "burst", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "peakRate", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
    { name: "maxPktSize", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
  ],
  additions: [
  ],
};

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
export const QOSCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "rsvpParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RSVPParameters", get: () => RSVPParameters }, optional: true },
    { name: "atmParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ATMParameters", get: () => ATMParameters }, optional: true },
  ],
  additions: [
    { name: "localQoS", type: { kind: "boolean" }, optional: true },
    { name: "genericTransportParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericTransportParameters", get: () => GenericTransportParameters }, optional: true },
    { name: "servicePriority", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ServicePriority", get: () => ServicePriority }, optional: true },
    { name: "authorizationParameter", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AuthorizationParameters", get: () => AuthorizationParameters }, optional: true },
    { name: "qosDescriptor", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSDescriptor", get: () => QOSDescriptor }, optional: true },
    { name: "dscpValue", type: { kind: "integer", lb: 0, ub: 63 }, optional: true },
  ],
};

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
export const MediaTransportType: AsnType = {
  kind: "choice",
  root: [
    { name: "ip-UDP", type: { kind: "null" } },
    { name: "ip-TCP", type: { kind: "null" } },
    { name: "atm-AAL5-UNIDIR", type: { kind: "null" } },
    { name: "atm-AAL5-BIDIR", type: { kind: "null" } },
  ],
  additions: [
    { name: "atm-AAL5-compressed", type: {
      kind: "sequence",
      root: [
        { name: "variable-delta", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    } },
    { name: "sctp", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } },
    { name: "udp-dtls-sctp", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } } },
    { name: "tcp-dtls-sctp", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } } },
    { name: "sctp-dtls", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MediaChannelCapability (line 687) */
export type MediaChannelCapability = {
  mediaTransport?: MediaTransportType;
  $unknown?: UnknownExtension[];
};
export const MediaChannelCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "mediaTransport", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MediaTransportType", get: () => MediaTransportType }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TransportCapability (line 693) */
export type TransportCapability = {
  nonStandard?: NonStandardParameter;
  qOSCapabilities?: Array<QOSCapability>;
  mediaChannelCapabilities?: Array<MediaChannelCapability>;
  $unknown?: UnknownExtension[];
};
export const TransportCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "qOSCapabilities", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSCapability", get: () => QOSCapability }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
    { name: "mediaChannelCapabilities", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MediaChannelCapability", get: () => MediaChannelCapability }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingCapability (line 701) */
export type RedundancyEncodingCapability = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  primaryEncoding: CapabilityTableEntryNumber;
  secondaryEncoding?: Array<CapabilityTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "redundancyEncodingMethod", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", get: () => RedundancyEncodingMethod } },
    { name: "primaryEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber } },
    { name: "secondaryEncoding", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod (line 712) */
export type RedundancyEncodingMethod = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "rtpAudioRedundancyEncoding"; value: null }
  | { choice: "rtpH263VideoRedundancyEncoding"; value: RTPH263VideoRedundancyEncoding }
  | UnknownAlternative;
export const RedundancyEncodingMethod: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "rtpAudioRedundancyEncoding", type: { kind: "null" } },
  ],
  additions: [
    { name: "rtpH263VideoRedundancyEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyEncoding", get: () => RTPH263VideoRedundancyEncoding } },
  ],
};

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
export const RTPH263VideoRedundancyEncoding: AsnType = {
  kind: "sequence",
  root: [
    { name: "numberOfThreads", type: { kind: "integer", lb: 1, ub: 16 } },
    { name: "framesBetweenSyncPoints", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "frameToThreadMapping", type: {
      kind: "choice",
      root: [
        { name: "roundrobin", type: { kind: "null" } },
        { name: "custom", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyFrameMapping", get: () => RTPH263VideoRedundancyFrameMapping }, size: { lb: 1, ub: 256, ext: false } } },
      ],
      additions: [
      ],
    } },
    { name: "containedThreads", type: { kind: "sequenceOf", item: { kind: "integer", lb: 0, ub: 15 }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RTPH263VideoRedundancyFrameMapping (line 737) */
export type RTPH263VideoRedundancyFrameMapping = {
  threadNumber: number;
  frameSequence: Array<number>;
  $unknown?: UnknownExtension[];
};
export const RTPH263VideoRedundancyFrameMapping: AsnType = {
  kind: "sequence",
  root: [
    { name: "threadNumber", type: { kind: "integer", lb: 0, ub: 15 } },
    { name: "frameSequence", type: { kind: "sequenceOf", item: { kind: "integer", lb: 0, ub: 255 }, size: { lb: 1, ub: 256, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultipointCapability (line 744) */
export type MultipointCapability = {
  multicastCapability: boolean;
  multiUniCastConference: boolean;
  mediaDistributionCapability: Array<MediaDistributionCapability>;
  $unknown?: UnknownExtension[];
};
export const MultipointCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "multicastCapability", type: { kind: "boolean" } },
    { name: "multiUniCastConference", type: { kind: "boolean" } },
    { name: "mediaDistributionCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MediaDistributionCapability", get: () => MediaDistributionCapability } } },
  ],
  additions: [
  ],
};

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
export const MediaDistributionCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "centralizedControl", type: { kind: "boolean" } },
    { name: "distributedControl", type: { kind: "boolean" } },
    { name: "centralizedAudio", type: { kind: "boolean" } },
    { name: "distributedAudio", type: { kind: "boolean" } },
    { name: "centralizedVideo", type: { kind: "boolean" } },
    { name: "distributedVideo", type: { kind: "boolean" } },
    { name: "centralizedData", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } }, optional: true },
    { name: "distributedData", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } }, optional: true },
  ],
  additions: [
  ],
};

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
export const VideoCapability: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h261VideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H261VideoCapability", get: () => H261VideoCapability } },
    { name: "h262VideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H262VideoCapability", get: () => H262VideoCapability } },
    { name: "h263VideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263VideoCapability", get: () => H263VideoCapability } },
    { name: "is11172VideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IS11172VideoCapability", get: () => IS11172VideoCapability } },
  ],
  additions: [
    { name: "genericVideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
    { name: "extendedVideoCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ExtendedVideoCapability", get: () => ExtendedVideoCapability } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ExtendedVideoCapability (line 783) */
export type ExtendedVideoCapability = {
  videoCapability: Array<VideoCapability>;
  videoCapabilityExtension?: Array<GenericCapability>;
  $unknown?: UnknownExtension[];
};
export const ExtendedVideoCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "videoCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } } },
    { name: "videoCapabilityExtension", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } }, optional: true },
  ],
  additions: [
  ],
};

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
export const H261VideoCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "qcifMPI", type: { kind: "integer", lb: 1, ub: 4 }, optional: true },
    { name: "cifMPI", type: { kind: "integer", lb: 1, ub: 4 }, optional: true },
    { name: "temporalSpatialTradeOffCapability", type: { kind: "boolean" } },
    { name: "maxBitRate", type: { kind: "integer", lb: 1, ub: 19200 } },
    { name: "stillImageTransmission", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "videoBadMBsCap", type: { kind: "boolean" } },
  ],
};

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
export const H262VideoCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "profileAndLevel-SPatML", type: { kind: "boolean" } },
    { name: "profileAndLevel-MPatLL", type: { kind: "boolean" } },
    { name: "profileAndLevel-MPatML", type: { kind: "boolean" } },
    { name: "profileAndLevel-MPatH-14", type: { kind: "boolean" } },
    { name: "profileAndLevel-MPatHL", type: { kind: "boolean" } },
    { name: "profileAndLevel-SNRatLL", type: { kind: "boolean" } },
    { name: "profileAndLevel-SNRatML", type: { kind: "boolean" } },
    { name: "profileAndLevel-SpatialatH-14", type: { kind: "boolean" } },
    { name: "profileAndLevel-HPatML", type: { kind: "boolean" } },
    { name: "profileAndLevel-HPatH-14", type: { kind: "boolean" } },
    { name: "profileAndLevel-HPatHL", type: { kind: "boolean" } },
    { name: "videoBitRate", type: { kind: "integer", lb: 0, ub: 1073741823 }, optional: true },
    { name: "vbvBufferSize", type: { kind: "integer", lb: 0, ub: 262143 }, optional: true },
    { name: "samplesPerLine", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "linesPerFrame", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "framesPerSecond", type: { kind: "integer", lb: 0, ub: 15 }, optional: true },
    { name: "luminanceSampleRate", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
  ],
  additions: [
    { name: "videoBadMBsCap", type: { kind: "boolean" } },
  ],
};

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
export const H263VideoCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "sqcifMPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "qcifMPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "cifMPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "cif4MPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "cif16MPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "maxBitRate", type: { kind: "integer", lb: 1, ub: 192400 } },
    { name: "unrestrictedVector", type: { kind: "boolean" } },
    { name: "arithmeticCoding", type: { kind: "boolean" } },
    { name: "advancedPrediction", type: { kind: "boolean" } },
    { name: "pbFrames", type: { kind: "boolean" } },
    { name: "temporalSpatialTradeOffCapability", type: { kind: "boolean" } },
    { name: "hrd-B", type: { kind: "integer", lb: 0, ub: 524287 }, optional: true },
    { name: "bppMaxKb", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
  ],
  additions: [
    { name: "slowSqcifMPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowQcifMPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowCifMPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowCif4MPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowCif16MPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "errorCompensation", type: { kind: "boolean" } },
    { name: "enhancementLayerInfo", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EnhancementLayerInfo", get: () => EnhancementLayerInfo }, optional: true },
    { name: "h263Options", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263Options", get: () => H263Options }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EnhancementLayerInfo (line 851) */
export type EnhancementLayerInfo = {
  baseBitRateConstrained: boolean;
  snrEnhancement?: Array<EnhancementOptions>;
  spatialEnhancement?: Array<EnhancementOptions>;
  bPictureEnhancement?: Array<BEnhancementParameters>;
  $unknown?: UnknownExtension[];
};
export const EnhancementLayerInfo: AsnType = {
  kind: "sequence",
  root: [
    { name: "baseBitRateConstrained", type: { kind: "boolean" } },
    { name: "snrEnhancement", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions", get: () => EnhancementOptions }, size: { lb: 1, ub: 14, ext: false } }, optional: true },
    { name: "spatialEnhancement", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions", get: () => EnhancementOptions }, size: { lb: 1, ub: 14, ext: false } }, optional: true },
    { name: "bPictureEnhancement", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.BEnhancementParameters", get: () => BEnhancementParameters }, size: { lb: 1, ub: 14, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.BEnhancementParameters (line 860) */
export type BEnhancementParameters = {
  enhancementOptions: EnhancementOptions;
  numberOfBPictures: number;
  $unknown?: UnknownExtension[];
};
export const BEnhancementParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "enhancementOptions", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EnhancementOptions", get: () => EnhancementOptions } },
    { name: "numberOfBPictures", type: { kind: "integer", lb: 1, ub: 64 } },
  ],
  additions: [
  ],
};

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
export const EnhancementOptions: AsnType = {
  kind: "sequence",
  root: [
    { name: "sqcifMPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "qcifMPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "cifMPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "cif4MPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "cif16MPI", type: { kind: "integer", lb: 1, ub: 32 }, optional: true },
    { name: "maxBitRate", type: { kind: "integer", lb: 1, ub: 192400 } },
    { name: "unrestrictedVector", type: { kind: "boolean" } },
    { name: "arithmeticCoding", type: { kind: "boolean" } },
    { name: "temporalSpatialTradeOffCapability", type: { kind: "boolean" } },
    { name: "slowSqcifMPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowQcifMPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowCifMPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowCif4MPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "slowCif16MPI", type: { kind: "integer", lb: 1, ub: 3600 }, optional: true },
    { name: "errorCompensation", type: { kind: "boolean" } },
    { name: "h263Options", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263Options", get: () => H263Options }, optional: true },
  ],
  additions: [
  ],
};

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
export const H263Options: AsnType = {
  kind: "sequence",
  root: [
    { name: "advancedIntraCodingMode", type: { kind: "boolean" } },
    { name: "deblockingFilterMode", type: { kind: "boolean" } },
    { name: "improvedPBFramesMode", type: { kind: "boolean" } },
    { name: "unlimitedMotionVectors", type: { kind: "boolean" } },
    { name: "fullPictureFreeze", type: { kind: "boolean" } },
    { name: "partialPictureFreezeAndRelease", type: { kind: "boolean" } },
    { name: "resizingPartPicFreezeAndRelease", type: { kind: "boolean" } },
    { name: "fullPictureSnapshot", type: { kind: "boolean" } },
    { name: "partialPictureSnapshot", type: { kind: "boolean" } },
    { name: "videoSegmentTagging", type: { kind: "boolean" } },
    { name: "progressiveRefinement", type: { kind: "boolean" } },
    { name: "dynamicPictureResizingByFour", type: { kind: "boolean" } },
    { name: "dynamicPictureResizingSixteenthPel", type: { kind: "boolean" } },
    { name: "dynamicWarpingHalfPel", type: { kind: "boolean" } },
    { name: "dynamicWarpingSixteenthPel", type: { kind: "boolean" } },
    { name: "independentSegmentDecoding", type: { kind: "boolean" } },
    { name: "slicesInOrder-NonRect", type: { kind: "boolean" } },
    { name: "slicesInOrder-Rect", type: { kind: "boolean" } },
    { name: "slicesNoOrder-NonRect", type: { kind: "boolean" } },
    { name: "slicesNoOrder-Rect", type: { kind: "boolean" } },
    { name: "alternateInterVLCMode", type: { kind: "boolean" } },
    { name: "modifiedQuantizationMode", type: { kind: "boolean" } },
    { name: "reducedResolutionUpdate", type: { kind: "boolean" } },
    { name: "transparencyParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransparencyParameters", get: () => TransparencyParameters }, optional: true },
    { name: "separateVideoBackChannel", type: { kind: "boolean" } },
    { name: "refPictureSelection", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RefPictureSelection", get: () => RefPictureSelection }, optional: true },
    { name: "customPictureClockFrequency", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CustomPictureClockFrequency", get: () => CustomPictureClockFrequency }, size: { lb: 1, ub: 16, ext: false } }, optional: true },
    { name: "customPictureFormat", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CustomPictureFormat", get: () => CustomPictureFormat }, size: { lb: 1, ub: 16, ext: false } }, optional: true },
    { name: "modeCombos", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263VideoModeCombos", get: () => H263VideoModeCombos }, size: { lb: 1, ub: 16, ext: false } }, optional: true },
  ],
  additions: [
    { name: "videoBadMBsCap", type: { kind: "boolean" } },
    { name: "h263Version3Options", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263Version3Options", get: () => H263Version3Options } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TransparencyParameters (line 932) */
export type TransparencyParameters = {
  presentationOrder: number;
  "offset-x": number;
  "offset-y": number;
  "scale-x": number;
  "scale-y": number;
  $unknown?: UnknownExtension[];
};
export const TransparencyParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "presentationOrder", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "offset-x", type: { kind: "integer", lb: -262144, ub: 262143 } },
    { name: "offset-y", type: { kind: "integer", lb: -262144, ub: 262143 } },
    { name: "scale-x", type: { kind: "integer", lb: 1, ub: 255 } },
    { name: "scale-y", type: { kind: "integer", lb: 1, ub: 255 } },
  ],
  additions: [
  ],
};

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
export const RefPictureSelection: AsnType = {
  kind: "sequence",
  root: [
    { name: "additionalPictureMemory", type: {
      kind: "sequence",
      root: [
        { name: "sqcifAdditionalPictureMemory", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
        { name: "qcifAdditionalPictureMemory", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
        { name: "cifAdditionalPictureMemory", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
        { name: "cif4AdditionalPictureMemory", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
        { name: "cif16AdditionalPictureMemory", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
        { name: "bigCpfAdditionalPictureMemory", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "videoMux", type: { kind: "boolean" } },
    { name: "videoBackChannelSend", type: {
      kind: "choice",
      root: [
        { name: "none", type: { kind: "null" } },
        { name: "ackMessageOnly", type: { kind: "null" } },
        { name: "nackMessageOnly", type: { kind: "null" } },
        { name: "ackOrNackMessageOnly", type: { kind: "null" } },
        { name: "ackAndNackMessage", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "enhancedReferencePicSelect", type: {
      kind: "sequence",
      root: [
        { name: "subPictureRemovalParameters", type: {
          kind: "sequence",
          root: [
            { name: "mpuHorizMBs", type: { kind: "integer", lb: 1, ub: 128 } },
            { name: "mpuVertMBs", type: { kind: "integer", lb: 1, ub: 72 } },
            { name: "mpuTotalNumber", type: { kind: "integer", lb: 1, ub: 65536 } },
          ],
          additions: [
          ],
        }, optional: true },
      ],
      additions: [
      ],
    } },
  ],
};

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
export const CustomPictureClockFrequency: AsnType = {
  kind: "sequence",
  root: [
    { name: "clockConversionCode", type: { kind: "integer", lb: 1000, ub: 1001 } },
    { name: "clockDivisor", type: { kind: "integer", lb: 1, ub: 127 } },
    { name: "sqcifMPI", type: { kind: "integer", lb: 1, ub: 2048 }, optional: true },
    { name: "qcifMPI", type: { kind: "integer", lb: 1, ub: 2048 }, optional: true },
    { name: "cifMPI", type: { kind: "integer", lb: 1, ub: 2048 }, optional: true },
    { name: "cif4MPI", type: { kind: "integer", lb: 1, ub: 2048 }, optional: true },
    { name: "cif16MPI", type: { kind: "integer", lb: 1, ub: 2048 }, optional: true },
  ],
  additions: [
  ],
};

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
export const CustomPictureFormat: AsnType = {
  kind: "sequence",
  root: [
    { name: "maxCustomPictureWidth", type: { kind: "integer", lb: 1, ub: 2048 } },
    { name: "maxCustomPictureHeight", type: { kind: "integer", lb: 1, ub: 2048 } },
    { name: "minCustomPictureWidth", type: { kind: "integer", lb: 1, ub: 2048 } },
    { name: "minCustomPictureHeight", type: { kind: "integer", lb: 1, ub: 2048 } },
    { name: "mPI", type: {
      kind: "sequence",
      root: [
        { name: "standardMPI", type: { kind: "integer", lb: 1, ub: 31 }, optional: true },
        { name: "customPCF", type: { kind: "sequenceOf", item: {
          kind: "sequence",
          root: [
            { name: "clockConversionCode", type: { kind: "integer", lb: 1000, ub: 1001 } },
            { name: "clockDivisor", type: { kind: "integer", lb: 1, ub: 127 } },
            { name: "customMPI", type: { kind: "integer", lb: 1, ub: 2048 } },
          ],
          additions: [
          ],
        }, size: { lb: 1, ub: 16, ext: false } }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "pixelAspectInformation", type: {
      kind: "choice",
      root: [
        { name: "anyPixelAspectRatio", type: { kind: "boolean" } },
        { name: "pixelAspectCode", type: { kind: "sequenceOf", item: { kind: "integer", lb: 1, ub: 14 }, size: { lb: 1, ub: 14, ext: false } } },
        { name: "extendedPAR", type: { kind: "sequenceOf", item: {
          kind: "sequence",
          root: [
            { name: "width", type: { kind: "integer", lb: 1, ub: 255 } },
            { name: "height", type: { kind: "integer", lb: 1, ub: 255 } },
          ],
          additions: [
          ],
        }, size: { lb: 1, ub: 256, ext: false } } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H263VideoModeCombos (line 1024) */
export type H263VideoModeCombos = {
  h263VideoUncoupledModes: H263ModeComboFlags;
  h263VideoCoupledModes: Array<H263ModeComboFlags>;
  $unknown?: UnknownExtension[];
};
export const H263VideoModeCombos: AsnType = {
  kind: "sequence",
  root: [
    { name: "h263VideoUncoupledModes", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263ModeComboFlags", get: () => H263ModeComboFlags } },
    { name: "h263VideoCoupledModes", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263ModeComboFlags", get: () => H263ModeComboFlags }, size: { lb: 1, ub: 16, ext: false } } },
  ],
  additions: [
  ],
};

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
export const H263ModeComboFlags: AsnType = {
  kind: "sequence",
  root: [
    { name: "unrestrictedVector", type: { kind: "boolean" } },
    { name: "arithmeticCoding", type: { kind: "boolean" } },
    { name: "advancedPrediction", type: { kind: "boolean" } },
    { name: "pbFrames", type: { kind: "boolean" } },
    { name: "advancedIntraCodingMode", type: { kind: "boolean" } },
    { name: "deblockingFilterMode", type: { kind: "boolean" } },
    { name: "unlimitedMotionVectors", type: { kind: "boolean" } },
    { name: "slicesInOrder-NonRect", type: { kind: "boolean" } },
    { name: "slicesInOrder-Rect", type: { kind: "boolean" } },
    { name: "slicesNoOrder-NonRect", type: { kind: "boolean" } },
    { name: "slicesNoOrder-Rect", type: { kind: "boolean" } },
    { name: "improvedPBFramesMode", type: { kind: "boolean" } },
    { name: "referencePicSelect", type: { kind: "boolean" } },
    { name: "dynamicPictureResizingByFour", type: { kind: "boolean" } },
    { name: "dynamicPictureResizingSixteenthPel", type: { kind: "boolean" } },
    { name: "dynamicWarpingHalfPel", type: { kind: "boolean" } },
    { name: "dynamicWarpingSixteenthPel", type: { kind: "boolean" } },
    { name: "reducedResolutionUpdate", type: { kind: "boolean" } },
    { name: "independentSegmentDecoding", type: { kind: "boolean" } },
    { name: "alternateInterVLCMode", type: { kind: "boolean" } },
    { name: "modifiedQuantizationMode", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "enhancedReferencePicSelect", type: { kind: "boolean" } },
    { name: "h263Version3Options", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263Version3Options", get: () => H263Version3Options } },
  ],
};

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
export const H263Version3Options: AsnType = {
  kind: "sequence",
  root: [
    { name: "dataPartitionedSlices", type: { kind: "boolean" } },
    { name: "fixedPointIDCT0", type: { kind: "boolean" } },
    { name: "interlacedFields", type: { kind: "boolean" } },
    { name: "currentPictureHeaderRepetition", type: { kind: "boolean" } },
    { name: "previousPictureHeaderRepetition", type: { kind: "boolean" } },
    { name: "nextPictureHeaderRepetition", type: { kind: "boolean" } },
    { name: "pictureNumber", type: { kind: "boolean" } },
    { name: "spareReferencePictures", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const IS11172VideoCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "constrainedBitstream", type: { kind: "boolean" } },
    { name: "videoBitRate", type: { kind: "integer", lb: 0, ub: 1073741823 }, optional: true },
    { name: "vbvBufferSize", type: { kind: "integer", lb: 0, ub: 262143 }, optional: true },
    { name: "samplesPerLine", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "linesPerFrame", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "pictureRate", type: { kind: "integer", lb: 0, ub: 15 }, optional: true },
    { name: "luminanceSampleRate", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
  ],
  additions: [
    { name: "videoBadMBsCap", type: { kind: "boolean" } },
  ],
};

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
export const AudioCapability: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "g711Alaw64k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g711Alaw56k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g711Ulaw64k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g711Ulaw56k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g722-64k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g722-56k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g722-48k", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g7231", type: {
      kind: "sequence",
      root: [
        { name: "maxAl-sduAudioFrames", type: { kind: "integer", lb: 1, ub: 256 } },
        { name: "silenceSuppression", type: { kind: "boolean" } },
      ],
    } },
    { name: "g728", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g729", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g729AnnexA", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "is11172AudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IS11172AudioCapability", get: () => IS11172AudioCapability } },
    { name: "is13818AudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IS13818AudioCapability", get: () => IS13818AudioCapability } },
  ],
  additions: [
    { name: "g729wAnnexB", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g729AnnexAwAnnexB", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g7231AnnexCCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.G7231AnnexCCapability", get: () => G7231AnnexCCapability } },
    { name: "gsmFullRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", get: () => GSMAudioCapability } },
    { name: "gsmHalfRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", get: () => GSMAudioCapability } },
    { name: "gsmEnhancedFullRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", get: () => GSMAudioCapability } },
    { name: "genericAudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
    { name: "g729Extensions", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.G729Extensions", get: () => G729Extensions } },
    { name: "vbd", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VBDCapability", get: () => VBDCapability } },
    { name: "audioTelephonyEvent", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioTelephonyEventCapability", get: () => NoPTAudioTelephonyEventCapability } },
    { name: "audioTone", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioToneCapability", get: () => NoPTAudioToneCapability } },
    { name: "extendedAudioCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ExtendedAudioCapability", get: () => ExtendedAudioCapability } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ExtendedAudioCapability (line 1132) */
export type ExtendedAudioCapability = {
  audioCapability: Array<AudioCapability>;
  audioCapabilityExtension?: Array<GenericCapability>;
  $unknown?: UnknownExtension[];
};
export const ExtendedAudioCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } } },
    { name: "audioCapabilityExtension", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } }, optional: true },
  ],
  additions: [
  ],
};

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
export const G729Extensions: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioUnit", type: { kind: "integer", lb: 1, ub: 256 }, optional: true },
    { name: "annexA", type: { kind: "boolean" } },
    { name: "annexB", type: { kind: "boolean" } },
    { name: "annexD", type: { kind: "boolean" } },
    { name: "annexE", type: { kind: "boolean" } },
    { name: "annexF", type: { kind: "boolean" } },
    { name: "annexG", type: { kind: "boolean" } },
    { name: "annexH", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const G7231AnnexCCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "maxAl-sduAudioFrames", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "silenceSuppression", type: { kind: "boolean" } },
    { name: "g723AnnexCAudioMode", type: {
      kind: "sequence",
      root: [
        { name: "highRateMode0", type: { kind: "integer", lb: 27, ub: 78 } },
        { name: "highRateMode1", type: { kind: "integer", lb: 27, ub: 78 } },
        { name: "lowRateMode0", type: { kind: "integer", lb: 23, ub: 66 } },
        { name: "lowRateMode1", type: { kind: "integer", lb: 23, ub: 66 } },
        { name: "sidMode0", type: { kind: "integer", lb: 6, ub: 17 } },
        { name: "sidMode1", type: { kind: "integer", lb: 6, ub: 17 } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
  additions: [
  ],
};

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
export const IS11172AudioCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioLayer1", type: { kind: "boolean" } },
    { name: "audioLayer2", type: { kind: "boolean" } },
    { name: "audioLayer3", type: { kind: "boolean" } },
    { name: "audioSampling32k", type: { kind: "boolean" } },
    { name: "audioSampling44k1", type: { kind: "boolean" } },
    { name: "audioSampling48k", type: { kind: "boolean" } },
    { name: "singleChannel", type: { kind: "boolean" } },
    { name: "twoChannels", type: { kind: "boolean" } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 448 } },
  ],
  additions: [
  ],
};

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
export const IS13818AudioCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioLayer1", type: { kind: "boolean" } },
    { name: "audioLayer2", type: { kind: "boolean" } },
    { name: "audioLayer3", type: { kind: "boolean" } },
    { name: "audioSampling16k", type: { kind: "boolean" } },
    { name: "audioSampling22k05", type: { kind: "boolean" } },
    { name: "audioSampling24k", type: { kind: "boolean" } },
    { name: "audioSampling32k", type: { kind: "boolean" } },
    { name: "audioSampling44k1", type: { kind: "boolean" } },
    { name: "audioSampling48k", type: { kind: "boolean" } },
    { name: "singleChannel", type: { kind: "boolean" } },
    { name: "twoChannels", type: { kind: "boolean" } },
    { name: "threeChannels2-1", type: { kind: "boolean" } },
    { name: "threeChannels3-0", type: { kind: "boolean" } },
    { name: "fourChannels2-0-2-0", type: { kind: "boolean" } },
    { name: "fourChannels2-2", type: { kind: "boolean" } },
    { name: "fourChannels3-1", type: { kind: "boolean" } },
    { name: "fiveChannels3-0-2-0", type: { kind: "boolean" } },
    { name: "fiveChannels3-2", type: { kind: "boolean" } },
    { name: "lowFrequencyEnhancement", type: { kind: "boolean" } },
    { name: "multilingual", type: { kind: "boolean" } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 1130 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability (line 1217) */
export type GSMAudioCapability = {
  audioUnitSize: number;
  comfortNoise: boolean;
  scrambled: boolean;
  $unknown?: UnknownExtension[];
};
export const GSMAudioCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioUnitSize", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "comfortNoise", type: { kind: "boolean" } },
    { name: "scrambled", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.VBDCapability (line 1225) */
export type VBDCapability = {
  type: AudioCapability;
  $unknown?: UnknownExtension[];
};
export const VBDCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
  ],
  additions: [
  ],
};

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
export const DataApplicationCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "application", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "t120", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "dsm-cc", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "userData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t84", type: {
          kind: "sequence",
          root: [
            { name: "t84Protocol", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
            { name: "t84Profile", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T84Profile", get: () => T84Profile } },
          ],
        } },
        { name: "t434", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "h224", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "nlpid", type: {
          kind: "sequence",
          root: [
            { name: "nlpidProtocol", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
            { name: "nlpidData", type: { kind: "octetString" } },
          ],
        } },
        { name: "dsvdControl", type: { kind: "null" } },
        { name: "h222DataPartitioning", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
      ],
      additions: [
        { name: "t30fax", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t140", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t38fax", type: {
          kind: "sequence",
          root: [
            { name: "t38FaxProtocol", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
            { name: "t38FaxProfile", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile", get: () => T38FaxProfile } },
          ],
        } },
        { name: "genericDataCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
        { name: "dataChannel", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataChannel", get: () => DataChannel } } },
        { name: "extendedDataApplicationCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ExtendedDataApplicationCapability", get: () => ExtendedDataApplicationCapability } },
      ],
    } },
    { name: "maxBitRate", type: { kind: "integer", lb: 0, ub: 4294967295 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ExtendedDataApplicationCapability (line 1273) */
export type ExtendedDataApplicationCapability = {
  dataCapability: Array<DataApplicationCapability>;
  dataCapabilityExtension?: Array<GenericCapability>;
  $unknown?: UnknownExtension[];
};
export const ExtendedDataApplicationCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "dataCapability", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } } },
    { name: "dataCapabilityExtension", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } }, optional: true },
  ],
  additions: [
  ],
};

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
export const DataProtocolCapability: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "v14buffered", type: { kind: "null" } },
    { name: "v42lapm", type: { kind: "null" } },
    { name: "hdlcFrameTunnelling", type: { kind: "null" } },
    { name: "h310SeparateVCStack", type: { kind: "null" } },
    { name: "h310SingleVCStack", type: { kind: "null" } },
    { name: "transparent", type: { kind: "null" } },
  ],
  additions: [
    { name: "segmentationAndReassembly", type: { kind: "null" } },
    { name: "hdlcFrameTunnelingwSAR", type: { kind: "null" } },
    { name: "v120", type: { kind: "null" } },
    { name: "separateLANStack", type: { kind: "null" } },
    { name: "v76wCompression", type: {
      kind: "choice",
      root: [
        { name: "transmitCompression", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CompressionType", get: () => CompressionType } },
        { name: "receiveCompression", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CompressionType", get: () => CompressionType } },
        { name: "transmitAndReceiveCompression", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CompressionType", get: () => CompressionType } },
      ],
      additions: [
      ],
    } },
    { name: "tcp", type: { kind: "null" } },
    { name: "udp", type: { kind: "null" } },
    { name: "sctp", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } },
    { name: "udp-dtls-sctp", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } } },
    { name: "tcp-dtls-sctp", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } } },
    { name: "sctp-dtls", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SctpParam", get: () => SctpParam } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CompressionType (line 1309) */
export type CompressionType = 
  | { choice: "v42bis"; value: V42bis }
  | UnknownAlternative;
export const CompressionType: AsnType = {
  kind: "choice",
  root: [
    { name: "v42bis", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V42bis", get: () => V42bis } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.V42bis (line 1315) */
export type V42bis = {
  numberOfCodewords: number;
  maximumStringLength: number;
  $unknown?: UnknownExtension[];
};
export const V42bis: AsnType = {
  kind: "sequence",
  root: [
    { name: "numberOfCodewords", type: { kind: "integer", lb: 1, ub: 65536 } },
    { name: "maximumStringLength", type: { kind: "integer", lb: 1, ub: 256 } },
  ],
  additions: [
  ],
};

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
export const T84Profile: AsnType = {
  kind: "choice",
  root: [
    { name: "t84Unrestricted", type: { kind: "null" } },
    { name: "t84Restricted", type: {
      kind: "sequence",
      root: [
        { name: "qcif", type: { kind: "boolean" } },
        { name: "cif", type: { kind: "boolean" } },
        { name: "ccir601Seq", type: { kind: "boolean" } },
        { name: "ccir601Prog", type: { kind: "boolean" } },
        { name: "hdtvSeq", type: { kind: "boolean" } },
        { name: "hdtvProg", type: { kind: "boolean" } },
        { name: "g3FacsMH200x100", type: { kind: "boolean" } },
        { name: "g3FacsMH200x200", type: { kind: "boolean" } },
        { name: "g4FacsMMR200x100", type: { kind: "boolean" } },
        { name: "g4FacsMMR200x200", type: { kind: "boolean" } },
        { name: "jbig200x200Seq", type: { kind: "boolean" } },
        { name: "jbig200x200Prog", type: { kind: "boolean" } },
        { name: "jbig300x300Seq", type: { kind: "boolean" } },
        { name: "jbig300x300Prog", type: { kind: "boolean" } },
        { name: "digPhotoLow", type: { kind: "boolean" } },
        { name: "digPhotoMedSeq", type: { kind: "boolean" } },
        { name: "digPhotoMedProg", type: { kind: "boolean" } },
        { name: "digPhotoHighSeq", type: { kind: "boolean" } },
        { name: "digPhotoHighProg", type: { kind: "boolean" } },
      ],
      additions: [
      ],
    } },
  ],
};

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
export const T38FaxProfile: AsnType = {
  kind: "sequence",
  root: [
    { name: "fillBitRemoval", type: { kind: "boolean" } },
    { name: "transcodingJBIG", type: { kind: "boolean" } },
    { name: "transcodingMMR", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "version", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "t38FaxRateManagement", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T38FaxRateManagement", get: () => T38FaxRateManagement } },
    { name: "t38FaxUdpOptions", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T38FaxUdpOptions", get: () => T38FaxUdpOptions }, optional: true },
    { name: "t38FaxTcpOptions", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T38FaxTcpOptions", get: () => T38FaxTcpOptions }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxRateManagement (line 1371) */
export type T38FaxRateManagement = 
  | { choice: "localTCF"; value: null }
  | { choice: "transferredTCF"; value: null }
  | UnknownAlternative;
export const T38FaxRateManagement: AsnType = {
  kind: "choice",
  root: [
    { name: "localTCF", type: { kind: "null" } },
    { name: "transferredTCF", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxUdpOptions (line 1378) */
export type T38FaxUdpOptions = {
  t38FaxMaxBuffer?: number;
  t38FaxMaxDatagram?: number;
  t38FaxUdpEC: 
    | { choice: "t38UDPFEC"; value: null }
    | { choice: "t38UDPRedundancy"; value: null }
    | UnknownAlternative;
};
export const T38FaxUdpOptions: AsnType = {
  kind: "sequence",
  root: [
    { name: "t38FaxMaxBuffer", type: { kind: "integer" }, optional: true },
    { name: "t38FaxMaxDatagram", type: { kind: "integer" }, optional: true },
    { name: "t38FaxUdpEC", type: {
      kind: "choice",
      root: [
        { name: "t38UDPFEC", type: { kind: "null" } },
        { name: "t38UDPRedundancy", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.T38FaxTcpOptions (line 1390) */
export type T38FaxTcpOptions = {
  t38TCPBidirectionalMode: boolean;
  $unknown?: UnknownExtension[];
};
export const T38FaxTcpOptions: AsnType = {
  kind: "sequence",
  root: [
    { name: "t38TCPBidirectionalMode", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.DataChannel (line 1396) */
export type DataChannel = {
  dataChannelProfile?: Array<DataChannelProfile>;
  $unknown?: UnknownExtension[];
};
export const DataChannel: AsnType = {
  kind: "sequence",
  root: [
    { name: "dataChannelProfile", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataChannelProfile", get: () => DataChannelProfile } }, optional: true },
  ],
  additions: [
  ],
};

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
export const DataChannelProfile: AsnType = {
  kind: "sequence",
  root: [
    { name: "ordered", type: { kind: "boolean" }, optional: true },
    { name: "priority", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
    { name: "reliabilityParm", type: {
      kind: "choice",
      root: [
        { name: "maxRetr", type: { kind: "integer", lb: 0, ub: 4294967295 } },
        { name: "maxTime", type: { kind: "integer", lb: 0, ub: 4294967295 } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "label", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 65535, ext: false }, bits: 8, indexed: false }, optional: true },
    { name: "protocol", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 65535, ext: false }, bits: 8, indexed: false }, optional: true },
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
    { name: "establishmentType", type: {
      kind: "choice",
      root: [
        { name: "sctpStreamID", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "dcep", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.SCTPChunkType (line 1424) */
export type SCTPChunkType = number;
export const SCTPChunkType: AsnType = { kind: "integer", lb: 0, ub: 255 };

/** MULTIMEDIA-SYSTEM-CONTROL.SctpParam (line 1426) */
export type SctpParam = {
  appPPID?: Array<number>;
  maxMessageSize?: number;
  sctpExtensions?: Array<SCTPChunkType>;
  genericInformation?: Array<GenericInformation>;
  sctpPort?: number;
  $unknown?: UnknownExtension[];
};
export const SctpParam: AsnType = {
  kind: "sequence",
  root: [
    { name: "appPPID", type: { kind: "sequenceOf", item: { kind: "integer", lb: 1, ub: 4294967295 } }, optional: true },
    { name: "maxMessageSize", type: { kind: "integer" }, optional: true },
    { name: "sctpExtensions", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SCTPChunkType", get: () => SCTPChunkType } }, optional: true },
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
    { name: "sctpPort", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity (line 1440) */
export type EncryptionAuthenticationAndIntegrity = {
  encryptionCapability?: EncryptionCapability;
  authenticationCapability?: AuthenticationCapability;
  integrityCapability?: IntegrityCapability;
  genericH235SecurityCapability?: GenericCapability;
  dtlsSecurityCapability?: DTLSSecurityCapability;
  $unknown?: UnknownExtension[];
};
export const EncryptionAuthenticationAndIntegrity: AsnType = {
  kind: "sequence",
  root: [
    { name: "encryptionCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionCapability", get: () => EncryptionCapability }, optional: true },
    { name: "authenticationCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AuthenticationCapability", get: () => AuthenticationCapability }, optional: true },
    { name: "integrityCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IntegrityCapability", get: () => IntegrityCapability }, optional: true },
  ],
  additions: [
    { name: "genericH235SecurityCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability }, optional: true },
    { name: "dtlsSecurityCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DTLSSecurityCapability", get: () => DTLSSecurityCapability }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionCapability (line 1450) */
export type EncryptionCapability = Array<MediaEncryptionAlgorithm>;
export const EncryptionCapability: AsnType = { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MediaEncryptionAlgorithm", get: () => MediaEncryptionAlgorithm }, size: { lb: 1, ub: 256, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.MediaEncryptionAlgorithm (line 1452) */
export type MediaEncryptionAlgorithm = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "algorithm"; value: string }
  | UnknownAlternative;
export const MediaEncryptionAlgorithm: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "algorithm", type: { kind: "objectIdentifier" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.AuthenticationCapability (line 1459) */
export type AuthenticationCapability = {
  nonStandard?: NonStandardParameter;
  antiSpamAlgorithm?: string;
  $unknown?: UnknownExtension[];
};
export const AuthenticationCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "antiSpamAlgorithm", type: { kind: "objectIdentifier" }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.IntegrityCapability (line 1466) */
export type IntegrityCapability = {
  nonStandard?: NonStandardParameter;
  $unknown?: UnknownExtension[];
};
export const IntegrityCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
  ],
};

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
export const UserInputCapability: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, size: { lb: 1, ub: 16, ext: false } } },
    { name: "basicString", type: { kind: "null" } },
    { name: "iA5String", type: { kind: "null" } },
    { name: "generalString", type: { kind: "null" } },
    { name: "dtmf", type: { kind: "null" } },
    { name: "hookflash", type: { kind: "null" } },
  ],
  additions: [
    { name: "extendedAlphanumeric", type: { kind: "null" } },
    { name: "encryptedBasicString", type: { kind: "null" } },
    { name: "encryptedIA5String", type: { kind: "null" } },
    { name: "encryptedGeneralString", type: { kind: "null" } },
    { name: "secureDTMF", type: { kind: "null" } },
    { name: "genericUserInputCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceCapability (line 1501) */
export type ConferenceCapability = {
  nonStandardData?: Array<NonStandardParameter>;
  chairControlCapability: boolean;
  videoIndicateMixingCapability?: boolean;
  multipointVisualizationCapability?: boolean;
  $unknown?: UnknownExtension[];
};
export const ConferenceCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardData", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } }, optional: true },
    { name: "chairControlCapability", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "videoIndicateMixingCapability", type: { kind: "boolean" } },
    { name: "multipointVisualizationCapability", type: { kind: "boolean" }, optional: true },
  ],
};

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
export const GenericCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "capabilityIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityIdentifier", get: () => CapabilityIdentifier } },
    { name: "maxBitRate", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
    { name: "collapsing", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", get: () => GenericParameter } }, optional: true },
    { name: "nonCollapsing", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", get: () => GenericParameter } }, optional: true },
    { name: "nonCollapsingRaw", type: { kind: "octetString" }, optional: true },
    { name: "transport", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CapabilityIdentifier (line 1528) */
export type CapabilityIdentifier = 
  | { choice: "standard"; value: string }
  | { choice: "h221NonStandard"; value: NonStandardParameter }
  | { choice: "uuid"; value: Uint8Array }
  | { choice: "domainBased"; value: string }
  | UnknownAlternative;
export const CapabilityIdentifier: AsnType = {
  kind: "choice",
  root: [
    { name: "standard", type: { kind: "objectIdentifier" } },
    { name: "h221NonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "uuid", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
    { name: "domainBased", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 64, ext: false }, bits: 8, indexed: false } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.GenericParameter (line 1544) */
export type GenericParameter = {
  parameterIdentifier: ParameterIdentifier;
  parameterValue: ParameterValue;
  supersedes?: Array<ParameterIdentifier>;
  $unknown?: UnknownExtension[];
};
export const GenericParameter: AsnType = {
  kind: "sequence",
  root: [
    { name: "parameterIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ParameterIdentifier", get: () => ParameterIdentifier } },
    { name: "parameterValue", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ParameterValue", get: () => ParameterValue } },
    { name: "supersedes", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ParameterIdentifier", get: () => ParameterIdentifier } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ParameterIdentifier (line 1552) */
export type ParameterIdentifier = 
  | { choice: "standard"; value: number }
  | { choice: "h221NonStandard"; value: NonStandardParameter }
  | { choice: "uuid"; value: Uint8Array }
  | { choice: "domainBased"; value: string }
  | UnknownAlternative;
export const ParameterIdentifier: AsnType = {
  kind: "choice",
  root: [
    { name: "standard", type: { kind: "integer", lb: 0, ub: 127 } },
    { name: "h221NonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "uuid", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
    { name: "domainBased", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 64, ext: false }, bits: 8, indexed: false } },
  ],
  additions: [
  ],
};

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
export const ParameterValue: AsnType = {
  kind: "choice",
  root: [
    { name: "logical", type: { kind: "null" } },
    { name: "booleanArray", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "unsignedMin", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "unsignedMax", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "unsigned32Min", type: { kind: "integer", lb: 0, ub: 4294967295 } },
    { name: "unsigned32Max", type: { kind: "integer", lb: 0, ub: 4294967295 } },
    { name: "octetString", type: { kind: "octetString" } },
    { name: "genericParameter", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", get: () => GenericParameter } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamCapability (line 1584) */
export type MultiplexedStreamCapability = {
  multiplexFormat: MultiplexFormat;
  controlOnMuxStream: boolean;
  capabilityOnMuxStream?: Array<AlternativeCapabilitySet>;
  $unknown?: UnknownExtension[];
};
export const MultiplexedStreamCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexFormat", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexFormat", get: () => MultiplexFormat } },
    { name: "controlOnMuxStream", type: { kind: "boolean" } },
    { name: "capabilityOnMuxStream", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", get: () => AlternativeCapabilitySet }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexFormat (line 1592) */
export type MultiplexFormat = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h222Capability"; value: H222Capability }
  | { choice: "h223Capability"; value: H223Capability }
  | UnknownAlternative;
export const MultiplexFormat: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h222Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H222Capability", get: () => H222Capability } },
    { name: "h223Capability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223Capability", get: () => H223Capability } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.AudioTelephonyEventCapability (line 1604) */
export type AudioTelephonyEventCapability = {
  dynamicRTPPayloadType: number;
  audioTelephoneEvent: string;
  $unknown?: UnknownExtension[];
};
export const AudioTelephonyEventCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "dynamicRTPPayloadType", type: { kind: "integer", lb: 96, ub: 127 } },
    { name: "audioTelephoneEvent", type: { kind: "generalString" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.AudioToneCapability (line 1611) */
export type AudioToneCapability = {
  dynamicRTPPayloadType: number;
  $unknown?: UnknownExtension[];
};
export const AudioToneCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "dynamicRTPPayloadType", type: { kind: "integer", lb: 96, ub: 127 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioTelephonyEventCapability (line 1619) */
export type NoPTAudioTelephonyEventCapability = {
  audioTelephoneEvent: string;
  $unknown?: UnknownExtension[];
};
export const NoPTAudioTelephonyEventCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioTelephoneEvent", type: { kind: "generalString" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.NoPTAudioToneCapability (line 1625) */
export type NoPTAudioToneCapability = {
  $unknown?: UnknownExtension[];
};
export const NoPTAudioToneCapability: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamCapability (line 1634) */
export type MultiplePayloadStreamCapability = {
  capabilities: Array<AlternativeCapabilitySet>;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "capabilities", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AlternativeCapabilitySet", get: () => AlternativeCapabilitySet }, size: { lb: 1, ub: 256, ext: false } } },
  ],
  additions: [
  ],
};

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
export const DepFECCapability: AsnType = {
  kind: "choice",
  root: [
    { name: "rfc2733", type: {
      kind: "sequence",
      root: [
        { name: "redundancyEncoding", type: { kind: "boolean" } },
        { name: "separateStream", type: {
          kind: "sequence",
          root: [
            { name: "separatePort", type: { kind: "boolean" } },
            { name: "samePort", type: { kind: "boolean" } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const FECCapability: AsnType = {
  kind: "sequence",
  root: [
    { name: "protectedCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber } },
    { name: "fecScheme", type: { kind: "objectIdentifier" }, optional: true },
    { name: "rfc2733Format", type: {
      kind: "choice",
      root: [
        { name: "rfc2733rfc2198", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", get: () => MaxRedundancy } },
        { name: "rfc2733sameport", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", get: () => MaxRedundancy } },
        { name: "rfc2733diffport", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", get: () => MaxRedundancy } },
      ],
    }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy (line 1673) */
export type MaxRedundancy = number;
export const MaxRedundancy: AsnType = { kind: "integer", lb: 1 };

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
export const OpenLogicalChannel: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "forwardLogicalChannelParameters", type: {
      kind: "sequence",
      root: [
        { name: "portNumber", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
        { name: "dataType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataType", get: () => DataType } },
        { name: "multiplexParameters", type: {
          kind: "choice",
          root: [
            { name: "h222LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H222LogicalChannelParameters", get: () => H222LogicalChannelParameters } },
            { name: "h223LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223LogicalChannelParameters", get: () => H223LogicalChannelParameters } },
            { name: "v76LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V76LogicalChannelParameters", get: () => V76LogicalChannelParameters } },
          ],
          additions: [
            { name: "h2250LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters", get: () => H2250LogicalChannelParameters } },
            { name: "none", type: { kind: "null" } },
          ],
        } },
      ],
      additions: [
        { name: "forwardLogicalChannelDependency", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber }, optional: true },
        { name: "replacementFor", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber }, optional: true },
      ],
    } },
    { name: "reverseLogicalChannelParameters", type: {
      kind: "sequence",
      root: [
        { name: "dataType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataType", get: () => DataType } },
        { name: "multiplexParameters", type: {
          kind: "choice",
          root: [
            { name: "h223LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223LogicalChannelParameters", get: () => H223LogicalChannelParameters } },
            { name: "v76LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V76LogicalChannelParameters", get: () => V76LogicalChannelParameters } },
          ],
          additions: [
            { name: "h2250LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters", get: () => H2250LogicalChannelParameters } },
          ],
        }, optional: true },
      ],
      additions: [
        { name: "reverseLogicalChannelDependency", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber }, optional: true },
        { name: "replacementFor", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber }, optional: true },
      ],
    }, optional: true },
  ],
  additions: [
    { name: "separateStack", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NetworkAccessParameters", get: () => NetworkAccessParameters }, optional: true },
    { name: "encryptionSync", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", get: () => EncryptionSync }, optional: true },
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber (line 1742) */
export type LogicalChannelNumber = number;
export const LogicalChannelNumber: AsnType = { kind: "integer", lb: 1, ub: 65535 };

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
export const NetworkAccessParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "distribution", type: {
      kind: "choice",
      root: [
        { name: "unicast", type: { kind: "null" } },
        { name: "multicast", type: { kind: "null" } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "networkAddress", type: {
      kind: "choice",
      root: [
        { name: "q2931Address", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Q2931Address", get: () => Q2931Address } },
        { name: "e164Address", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 128, ext: false }, bits: 4, alphabet: "#*,0123456789", indexed: true } },
        { name: "localAreaAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress } },
      ],
      additions: [
      ],
    } },
    { name: "associateConference", type: { kind: "boolean" } },
    { name: "externalReference", type: { kind: "octetString", size: { lb: 1, ub: 255, ext: false } }, optional: true },
  ],
  additions: [
    { name: "t120SetupProcedure", type: {
      kind: "choice",
      root: [
        { name: "originateCall", type: { kind: "null" } },
        { name: "waitForCall", type: { kind: "null" } },
        { name: "issueQuery", type: { kind: "null" } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.Q2931Address (line 1773) */
export type Q2931Address = {
  address: 
    | { choice: "internationalNumber"; value: string }
    | { choice: "nsapAddress"; value: Uint8Array }
    | UnknownAlternative;
  subaddress?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Q2931Address: AsnType = {
  kind: "sequence",
  root: [
    { name: "address", type: {
      kind: "choice",
      root: [
        { name: "internationalNumber", type: { kind: "charString", charset: "NumericString", size: { lb: 1, ub: 16, ext: false }, bits: 4, alphabet: " 0123456789", indexed: true } },
        { name: "nsapAddress", type: { kind: "octetString", size: { lb: 1, ub: 20, ext: false } } },
      ],
      additions: [
      ],
    } },
    { name: "subaddress", type: { kind: "octetString", size: { lb: 1, ub: 20, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.V75Parameters (line 1785) */
export type V75Parameters = {
  audioHeaderPresent: boolean;
  $unknown?: UnknownExtension[];
};
export const V75Parameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioHeaderPresent", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const DataType: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "nullData", type: { kind: "null" } },
    { name: "videoData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } },
    { name: "audioData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
    { name: "data", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } },
    { name: "encryptionData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode", get: () => EncryptionMode } },
  ],
  additions: [
    { name: "h235Control", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h235Media", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H235Media", get: () => H235Media } },
    { name: "multiplexedStream", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamParameter", get: () => MultiplexedStreamParameter } },
    { name: "redundancyEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", get: () => RedundancyEncoding } },
    { name: "multiplePayloadStream", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", get: () => MultiplePayloadStream } },
    { name: "depFec", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DepFECData", get: () => DepFECData } },
    { name: "fec", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FECData", get: () => FECData } },
  ],
};

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
export const H235Media: AsnType = {
  kind: "sequence",
  root: [
    { name: "encryptionAuthenticationAndIntegrity", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity", get: () => EncryptionAuthenticationAndIntegrity } },
    { name: "mediaType", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "videoData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } },
        { name: "audioData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
        { name: "data", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } },
      ],
      additions: [
        { name: "redundancyEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", get: () => RedundancyEncoding } },
        { name: "multiplePayloadStream", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", get: () => MultiplePayloadStream } },
        { name: "depFec", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DepFECData", get: () => DepFECData } },
        { name: "fec", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FECData", get: () => FECData } },
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamParameter (line 1828) */
export type MultiplexedStreamParameter = {
  multiplexFormat: MultiplexFormat;
  controlOnMuxStream: boolean;
  $unknown?: UnknownExtension[];
};
export const MultiplexedStreamParameter: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexFormat", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexFormat", get: () => MultiplexFormat } },
    { name: "controlOnMuxStream", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H222LogicalChannelParameters (line 1835) */
export type H222LogicalChannelParameters = {
  resourceID: number;
  subChannelID: number;
  "pcr-pid"?: number;
  programDescriptors?: Uint8Array;
  streamDescriptors?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const H222LogicalChannelParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "resourceID", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "subChannelID", type: { kind: "integer", lb: 0, ub: 8191 } },
    { name: "pcr-pid", type: { kind: "integer", lb: 0, ub: 8191 }, optional: true },
    { name: "programDescriptors", type: { kind: "octetString" }, optional: true },
    { name: "streamDescriptors", type: { kind: "octetString" }, optional: true },
  ],
  additions: [
  ],
};

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
export const H223LogicalChannelParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "adaptationLayerType", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "al1Framed", type: { kind: "null" } },
        { name: "al1NotFramed", type: { kind: "null" } },
        { name: "al2WithoutSequenceNumbers", type: { kind: "null" } },
        { name: "al2WithSequenceNumbers", type: { kind: "null" } },
        { name: "al3", type: {
          kind: "sequence",
          root: [
            { name: "controlFieldOctets", type: { kind: "integer", lb: 0, ub: 2 } },
            { name: "sendBufferSize", type: { kind: "integer", lb: 0, ub: 16777215 } },
          ],
        } },
      ],
      additions: [
        { name: "al1M", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AL1MParameters", get: () => H223AL1MParameters } },
        { name: "al2M", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AL2MParameters", get: () => H223AL2MParameters } },
        { name: "al3M", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AL3MParameters", get: () => H223AL3MParameters } },
      ],
    } },
    { name: "segmentableFlag", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const H223AL1MParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "transferMode", type: {
      kind: "choice",
      root: [
        { name: "framed", type: { kind: "null" } },
        { name: "unframed", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "headerFEC", type: {
      kind: "choice",
      root: [
        { name: "sebch16-7", type: { kind: "null" } },
        { name: "golay24-12", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "crcLength", type: {
      kind: "choice",
      root: [
        { name: "crc4bit", type: { kind: "null" } },
        { name: "crc12bit", type: { kind: "null" } },
        { name: "crc20bit", type: { kind: "null" } },
        { name: "crc28bit", type: { kind: "null" } },
      ],
      additions: [
        { name: "crc8bit", type: { kind: "null" } },
        { name: "crc16bit", type: { kind: "null" } },
        { name: "crc32bit", type: { kind: "null" } },
        { name: "crcNotUsed", type: { kind: "null" } },
      ],
    } },
    { name: "rcpcCodeRate", type: { kind: "integer", lb: 8, ub: 32 } },
    { name: "arqType", type: {
      kind: "choice",
      root: [
        { name: "noArq", type: { kind: "null" } },
        { name: "typeIArq", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", get: () => H223AnnexCArqParameters } },
        { name: "typeIIArq", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", get: () => H223AnnexCArqParameters } },
      ],
      additions: [
      ],
    } },
    { name: "alpduInterleaving", type: { kind: "boolean" } },
    { name: "alsduSplitting", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "rsCodeCorrection", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H223AL2MParameters (line 1911) */
export type H223AL2MParameters = {
  headerFEC: 
    | { choice: "sebch16-5"; value: null }
    | { choice: "golay24-12"; value: null }
    | UnknownAlternative;
  alpduInterleaving: boolean;
  $unknown?: UnknownExtension[];
};
export const H223AL2MParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "headerFEC", type: {
      kind: "choice",
      root: [
        { name: "sebch16-5", type: { kind: "null" } },
        { name: "golay24-12", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "alpduInterleaving", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const H223AL3MParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "headerFormat", type: {
      kind: "choice",
      root: [
        { name: "sebch16-7", type: { kind: "null" } },
        { name: "golay24-12", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "crcLength", type: {
      kind: "choice",
      root: [
        { name: "crc4bit", type: { kind: "null" } },
        { name: "crc12bit", type: { kind: "null" } },
        { name: "crc20bit", type: { kind: "null" } },
        { name: "crc28bit", type: { kind: "null" } },
      ],
      additions: [
        { name: "crc8bit", type: { kind: "null" } },
        { name: "crc16bit", type: { kind: "null" } },
        { name: "crc32bit", type: { kind: "null" } },
        { name: "crcNotUsed", type: { kind: "null" } },
      ],
    } },
    { name: "rcpcCodeRate", type: { kind: "integer", lb: 8, ub: 32 } },
    { name: "arqType", type: {
      kind: "choice",
      root: [
        { name: "noArq", type: { kind: "null" } },
        { name: "typeIArq", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", get: () => H223AnnexCArqParameters } },
        { name: "typeIIArq", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters", get: () => H223AnnexCArqParameters } },
      ],
      additions: [
      ],
    } },
    { name: "alpduInterleaving", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "rsCodeCorrection", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H223AnnexCArqParameters (line 1960) */
export type H223AnnexCArqParameters = {
  numberOfRetransmissions: 
    | { choice: "finite"; value: number }
    | { choice: "infinite"; value: null }
    | UnknownAlternative;
  sendBufferSize: number;
  $unknown?: UnknownExtension[];
};
export const H223AnnexCArqParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "numberOfRetransmissions", type: {
      kind: "choice",
      root: [
        { name: "finite", type: { kind: "integer", lb: 0, ub: 16 } },
        { name: "infinite", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "sendBufferSize", type: { kind: "integer", lb: 0, ub: 16777215 } },
  ],
  additions: [
  ],
};

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
export const V76LogicalChannelParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "hdlcParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V76HDLCParameters", get: () => V76HDLCParameters } },
    { name: "suspendResume", type: {
      kind: "choice",
      root: [
        { name: "noSuspendResume", type: { kind: "null" } },
        { name: "suspendResumewAddress", type: { kind: "null" } },
        { name: "suspendResumewoAddress", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "uIH", type: { kind: "boolean" } },
    { name: "mode", type: {
      kind: "choice",
      root: [
        { name: "eRM", type: {
          kind: "sequence",
          root: [
            { name: "windowSize", type: { kind: "integer", lb: 1, ub: 127 } },
            { name: "recovery", type: {
              kind: "choice",
              root: [
                { name: "rej", type: { kind: "null" } },
                { name: "sREJ", type: { kind: "null" } },
                { name: "mSREJ", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
          ],
          additions: [
          ],
        } },
        { name: "uNERM", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "v75Parameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V75Parameters", get: () => V75Parameters } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.V76HDLCParameters (line 2006) */
export type V76HDLCParameters = {
  crcLength: CRCLength;
  n401: number;
  loopbackTestProcedure: boolean;
  $unknown?: UnknownExtension[];
};
export const V76HDLCParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "crcLength", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CRCLength", get: () => CRCLength } },
    { name: "n401", type: { kind: "integer", lb: 1, ub: 4095 } },
    { name: "loopbackTestProcedure", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CRCLength (line 2015) */
export type CRCLength = 
  | { choice: "crc8bit"; value: null }
  | { choice: "crc16bit"; value: null }
  | { choice: "crc32bit"; value: null }
  | UnknownAlternative;
export const CRCLength: AsnType = {
  kind: "choice",
  root: [
    { name: "crc8bit", type: { kind: "null" } },
    { name: "crc16bit", type: { kind: "null" } },
    { name: "crc32bit", type: { kind: "null" } },
  ],
  additions: [
  ],
};

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
export const H2250LogicalChannelParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } }, optional: true },
    { name: "sessionID", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "associatedSessionID", type: { kind: "integer", lb: 1, ub: 255 }, optional: true },
    { name: "mediaChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "mediaGuaranteedDelivery", type: { kind: "boolean" }, optional: true },
    { name: "mediaControlChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "mediaControlGuaranteedDelivery", type: { kind: "boolean" }, optional: true },
    { name: "silenceSuppression", type: { kind: "boolean" }, optional: true },
    { name: "destination", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, optional: true },
    { name: "dynamicRTPPayloadType", type: { kind: "integer", lb: 96, ub: 127 }, optional: true },
    { name: "mediaPacketization", type: {
      kind: "choice",
      root: [
        { name: "h261aVideoPacketization", type: { kind: "null" } },
      ],
      additions: [
        { name: "rtpPayloadType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RTPPayloadType", get: () => RTPPayloadType } },
      ],
    }, optional: true },
  ],
  additions: [
    { name: "transportCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportCapability", get: () => TransportCapability }, optional: true },
    { name: "redundancyEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", get: () => RedundancyEncoding }, optional: true },
    { name: "source", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, optional: true },
    { name: "nominalAudioLevel", type: { kind: "integer", lb: 0, ub: 63 }, optional: true },
  ],
};

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
export const RTPPayloadType: AsnType = {
  kind: "sequence",
  root: [
    { name: "payloadDescriptor", type: {
      kind: "choice",
      root: [
        { name: "nonStandardIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "rfc-number", type: { kind: "integer", lb: 1, ub: 32768, ext: true } },
        { name: "oid", type: { kind: "objectIdentifier" } },
      ],
      additions: [
      ],
    } },
    { name: "payloadType", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
  ],
  additions: [
  ],
};

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
export const RedundancyEncoding: AsnType = {
  kind: "sequence",
  root: [
    { name: "redundancyEncodingMethod", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", get: () => RedundancyEncodingMethod } },
    { name: "secondaryEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataType", get: () => DataType }, optional: true },
  ],
  additions: [
    { name: "rtpRedundancyEncoding", type: {
      kind: "sequence",
      root: [
        { name: "primary", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingElement", get: () => RedundancyEncodingElement }, optional: true },
        { name: "secondary", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingElement", get: () => RedundancyEncodingElement } }, optional: true },
      ],
      additions: [
      ],
    }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingElement (line 2084) */
export type RedundancyEncodingElement = {
  dataType: DataType;
  payloadType?: number;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingElement: AsnType = {
  kind: "sequence",
  root: [
    { name: "dataType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataType", get: () => DataType } },
    { name: "payloadType", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream (line 2091) */
export type MultiplePayloadStream = {
  elements: Array<MultiplePayloadStreamElement>;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStream: AsnType = {
  kind: "sequence",
  root: [
    { name: "elements", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElement", get: () => MultiplePayloadStreamElement } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElement (line 2097) */
export type MultiplePayloadStreamElement = {
  dataType: DataType;
  payloadType?: number;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamElement: AsnType = {
  kind: "sequence",
  root: [
    { name: "dataType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataType", get: () => DataType } },
    { name: "payloadType", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
  ],
  additions: [
  ],
};

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
export const DepFECData: AsnType = {
  kind: "choice",
  root: [
    { name: "rfc2733", type: {
      kind: "sequence",
      root: [
        { name: "mode", type: {
          kind: "choice",
          root: [
            { name: "redundancyEncoding", type: { kind: "null" } },
            { name: "separateStream", type: {
              kind: "choice",
              root: [
                { name: "differentPort", type: {
                  kind: "sequence",
                  root: [
                    { name: "protectedSessionID", type: { kind: "integer", lb: 1, ub: 255 } },
                    { name: "protectedPayloadType", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
                  ],
                  additions: [
                  ],
                } },
                { name: "samePort", type: {
                  kind: "sequence",
                  root: [
                    { name: "protectedPayloadType", type: { kind: "integer", lb: 0, ub: 127 } },
                  ],
                  additions: [
                  ],
                } },
              ],
              additions: [
              ],
            } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
};

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
export const FECData: AsnType = {
  kind: "choice",
  root: [
    { name: "rfc2733", type: {
      kind: "sequence",
      root: [
        { name: "protectedPayloadType", type: { kind: "integer", lb: 0, ub: 127 } },
        { name: "fecScheme", type: { kind: "objectIdentifier" }, optional: true },
        { name: "pktMode", type: {
          kind: "choice",
          root: [
            { name: "rfc2198coding", type: { kind: "null" } },
            { name: "rfc2733sameport", type: {
              kind: "sequence",
              root: [
              ],
              additions: [
              ],
            } },
            { name: "rfc2733diffport", type: {
              kind: "sequence",
              root: [
                { name: "protectedChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
              ],
              additions: [
              ],
            } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TransportAddress (line 2157) */
export type TransportAddress = 
  | { choice: "unicastAddress"; value: UnicastAddress }
  | { choice: "multicastAddress"; value: MulticastAddress }
  | UnknownAlternative;
export const TransportAddress: AsnType = {
  kind: "choice",
  root: [
    { name: "unicastAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.UnicastAddress", get: () => UnicastAddress } },
    { name: "multicastAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MulticastAddress", get: () => MulticastAddress } },
  ],
  additions: [
  ],
};

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
export const UnicastAddress: AsnType = {
  kind: "choice",
  root: [
    { name: "iPAddress", type: {
      kind: "sequence",
      root: [
        { name: "network", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "tsapIdentifier", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    } },
    { name: "iPXAddress", type: {
      kind: "sequence",
      root: [
        { name: "node", type: { kind: "octetString", size: { lb: 6, ub: 6, ext: false } } },
        { name: "netnum", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "tsapIdentifier", type: { kind: "octetString", size: { lb: 2, ub: 2, ext: false } } },
      ],
      additions: [
      ],
    } },
    { name: "iP6Address", type: {
      kind: "sequence",
      root: [
        { name: "network", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
        { name: "tsapIdentifier", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    } },
    { name: "netBios", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
    { name: "iPSourceRouteAddress", type: {
      kind: "sequence",
      root: [
        { name: "routing", type: {
          kind: "choice",
          root: [
            { name: "strict", type: { kind: "null" } },
            { name: "loose", type: { kind: "null" } },
          ],
        } },
        { name: "network", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "tsapIdentifier", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "route", type: { kind: "sequenceOf", item: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "nsap", type: { kind: "octetString", size: { lb: 1, ub: 20, ext: false } } },
    { name: "nonStandardAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
  ],
};

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
export const MulticastAddress: AsnType = {
  kind: "choice",
  root: [
    { name: "iPAddress", type: {
      kind: "sequence",
      root: [
        { name: "network", type: { kind: "octetString", size: { lb: 4, ub: 4, ext: false } } },
        { name: "tsapIdentifier", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    } },
    { name: "iP6Address", type: {
      kind: "sequence",
      root: [
        { name: "network", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
        { name: "tsapIdentifier", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "nsap", type: { kind: "octetString", size: { lb: 1, ub: 20, ext: false } } },
    { name: "nonStandardAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync (line 2222) */
export type EncryptionSync = {
  nonStandard?: NonStandardParameter;
  synchFlag: number;
  h235Key: Uint8Array;
  escrowentry?: Array<EscrowData>;
  genericParameter?: GenericParameter;
  $unknown?: UnknownExtension[];
};
export const EncryptionSync: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
    { name: "synchFlag", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "h235Key", type: { kind: "octetString", size: { lb: 1, ub: 65535, ext: false } } },
    { name: "escrowentry", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EscrowData", get: () => EscrowData }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
    { name: "genericParameter", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericParameter", get: () => GenericParameter }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EscrowData (line 2236) */
export type EscrowData = {
  escrowID: string;
  escrowValue: BitString;
  $unknown?: UnknownExtension[];
};
export const EscrowData: AsnType = {
  kind: "sequence",
  root: [
    { name: "escrowID", type: { kind: "objectIdentifier" } },
    { name: "escrowValue", type: { kind: "bitString", size: { lb: 1, ub: 65535, ext: false } } },
  ],
  additions: [
  ],
};

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
export const OpenLogicalChannelAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "reverseLogicalChannelParameters", type: {
      kind: "sequence",
      root: [
        { name: "reverseLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "portNumber", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
        { name: "multiplexParameters", type: {
          kind: "choice",
          root: [
            { name: "h222LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H222LogicalChannelParameters", get: () => H222LogicalChannelParameters } },
          ],
          additions: [
            { name: "h2250LogicalChannelParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelParameters", get: () => H2250LogicalChannelParameters } },
          ],
        }, optional: true },
      ],
      additions: [
        { name: "replacementFor", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber }, optional: true },
      ],
    }, optional: true },
  ],
  additions: [
    { name: "separateStack", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NetworkAccessParameters", get: () => NetworkAccessParameters }, optional: true },
    { name: "forwardMultiplexAckParameters", type: {
      kind: "choice",
      root: [
        { name: "h2250LogicalChannelAckParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250LogicalChannelAckParameters", get: () => H2250LogicalChannelAckParameters } },
      ],
      additions: [
      ],
    }, optional: true },
    { name: "encryptionSync", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", get: () => EncryptionSync }, optional: true },
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
    { name: "dtlsSecurityCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DTLSSecurityCapability", get: () => DTLSSecurityCapability }, optional: true },
  ],
};

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
export const OpenLogicalChannelReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "unspecified", type: { kind: "null" } },
        { name: "unsuitableReverseParameters", type: { kind: "null" } },
        { name: "dataTypeNotSupported", type: { kind: "null" } },
        { name: "dataTypeNotAvailable", type: { kind: "null" } },
        { name: "unknownDataType", type: { kind: "null" } },
        { name: "dataTypeALCombinationNotSupported", type: { kind: "null" } },
      ],
      additions: [
        { name: "multicastChannelNotAllowed", type: { kind: "null" } },
        { name: "insufficientBandwidth", type: { kind: "null" } },
        { name: "separateStackEstablishmentFailed", type: { kind: "null" } },
        { name: "invalidSessionID", type: { kind: "null" } },
        { name: "masterSlaveConflict", type: { kind: "null" } },
        { name: "waitForCommunicationMode", type: { kind: "null" } },
        { name: "invalidDependentChannel", type: { kind: "null" } },
        { name: "replacementForRejected", type: { kind: "null" } },
        { name: "securityDenied", type: { kind: "null" } },
        { name: "qoSControlNotSupported", type: { kind: "null" } },
      ],
    } },
  ],
  additions: [
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.OpenLogicalChannelConfirm (line 2310) */
export type OpenLogicalChannelConfirm = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  genericInformation?: Array<GenericInformation>;
  $unknown?: UnknownExtension[];
};
export const OpenLogicalChannelConfirm: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
  ],
  additions: [
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } }, optional: true },
  ],
};

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
export const H2250LogicalChannelAckParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } }, optional: true },
    { name: "sessionID", type: { kind: "integer", lb: 1, ub: 255 }, optional: true },
    { name: "mediaChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "mediaControlChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "dynamicRTPPayloadType", type: { kind: "integer", lb: 96, ub: 127 }, optional: true },
  ],
  additions: [
    { name: "flowControlToZero", type: { kind: "boolean" } },
    { name: "portNumber", type: { kind: "integer", lb: 0, ub: 65535 }, optional: true },
    { name: "multiplePayloadStream", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", get: () => MultiplePayloadStream }, optional: true },
  ],
};

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
export const CloseLogicalChannel: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "source", type: {
      kind: "choice",
      root: [
        { name: "user", type: { kind: "null" } },
        { name: "lcse", type: { kind: "null" } },
      ],
    } },
  ],
  additions: [
    { name: "reason", type: {
      kind: "choice",
      root: [
        { name: "unknown", type: { kind: "null" } },
        { name: "reopen", type: { kind: "null" } },
        { name: "reservationFailure", type: { kind: "null" } },
      ],
      additions: [
        { name: "networkErrorCode", type: { kind: "integer", lb: 0, ub: 255 } },
      ],
    } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CloseLogicalChannelAck (line 2353) */
export type CloseLogicalChannelAck = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const CloseLogicalChannelAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
  ],
  additions: [
  ],
};

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
export const RequestChannelClose: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
  ],
  additions: [
    { name: "qosCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.QOSCapability", get: () => QOSCapability }, optional: true },
    { name: "reason", type: {
      kind: "choice",
      root: [
        { name: "unknown", type: { kind: "null" } },
        { name: "normal", type: { kind: "null" } },
        { name: "reopen", type: { kind: "null" } },
        { name: "reservationFailure", type: { kind: "null" } },
      ],
      additions: [
        { name: "networkErrorCode", type: { kind: "integer", lb: 0, ub: 255 } },
      ],
    } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseAck (line 2376) */
export type RequestChannelCloseAck = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const RequestChannelCloseAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseReject (line 2382) */
export type RequestChannelCloseReject = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  cause: 
    | { choice: "unspecified"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestChannelCloseReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "unspecified", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestChannelCloseRelease (line 2393) */
export type RequestChannelCloseRelease = {
  forwardLogicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const RequestChannelCloseRelease: AsnType = {
  kind: "sequence",
  root: [
    { name: "forwardLogicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySend (line 2403) */
export type MultiplexEntrySend = {
  sequenceNumber: SequenceNumber;
  multiplexEntryDescriptors: Array<MultiplexEntryDescriptor>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySend: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "multiplexEntryDescriptors", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryDescriptor", get: () => MultiplexEntryDescriptor }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryDescriptor (line 2410) */
export type MultiplexEntryDescriptor = {
  multiplexTableEntryNumber: MultiplexTableEntryNumber;
  elementList?: Array<MultiplexElement>;
};
export const MultiplexEntryDescriptor: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexTableEntryNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber } },
    { name: "elementList", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexElement", get: () => MultiplexElement }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexElement (line 2416) */
export type MultiplexElement = {
  type: 
    | { choice: "logicalChannelNumber"; value: number }
    | { choice: "subElementList"; value: Array<MultiplexElement> };
  repeatCount: 
    | { choice: "finite"; value: number }
    | { choice: "untilClosingFlag"; value: null };
};
export const MultiplexElement: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "logicalChannelNumber", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "subElementList", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexElement", get: () => MultiplexElement }, size: { lb: 2, ub: 255, ext: false } } },
      ],
    } },
    { name: "repeatCount", type: {
      kind: "choice",
      root: [
        { name: "finite", type: { kind: "integer", lb: 1, ub: 65535 } },
        { name: "untilClosingFlag", type: { kind: "null" } },
      ],
    } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber (line 2430) */
export type MultiplexTableEntryNumber = number;
export const MultiplexTableEntryNumber: AsnType = { kind: "integer", lb: 1, ub: 15 };

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendAck (line 2432) */
export type MultiplexEntrySendAck = {
  sequenceNumber: SequenceNumber;
  multiplexTableEntryNumber: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySendAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "multiplexTableEntryNumber", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendReject (line 2439) */
export type MultiplexEntrySendReject = {
  sequenceNumber: SequenceNumber;
  rejectionDescriptions: Array<MultiplexEntryRejectionDescriptions>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySendReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "rejectionDescriptions", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryRejectionDescriptions", get: () => MultiplexEntryRejectionDescriptions }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntryRejectionDescriptions (line 2446) */
export type MultiplexEntryRejectionDescriptions = {
  multiplexTableEntryNumber: MultiplexTableEntryNumber;
  cause: 
    | { choice: "unspecifiedCause"; value: null }
    | { choice: "descriptorTooComplex"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntryRejectionDescriptions: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexTableEntryNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "unspecifiedCause", type: { kind: "null" } },
        { name: "descriptorTooComplex", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexEntrySendRelease (line 2458) */
export type MultiplexEntrySendRelease = {
  multiplexTableEntryNumber: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const MultiplexEntrySendRelease: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexTableEntryNumber", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntry (line 2464) */
export type RequestMultiplexEntry = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntry: AsnType = {
  kind: "sequence",
  root: [
    { name: "entryNumbers", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryAck (line 2470) */
export type RequestMultiplexEntryAck = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "entryNumbers", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryReject (line 2476) */
export type RequestMultiplexEntryReject = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  rejectionDescriptions: Array<RequestMultiplexEntryRejectionDescriptions>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "entryNumbers", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber }, size: { lb: 1, ub: 15, ext: false } } },
    { name: "rejectionDescriptions", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRejectionDescriptions", get: () => RequestMultiplexEntryRejectionDescriptions }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRejectionDescriptions (line 2483) */
export type RequestMultiplexEntryRejectionDescriptions = {
  multiplexTableEntryNumber: MultiplexTableEntryNumber;
  cause: 
    | { choice: "unspecifiedCause"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryRejectionDescriptions: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexTableEntryNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "unspecifiedCause", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMultiplexEntryRelease (line 2494) */
export type RequestMultiplexEntryRelease = {
  entryNumbers: Array<MultiplexTableEntryNumber>;
  $unknown?: UnknownExtension[];
};
export const RequestMultiplexEntryRelease: AsnType = {
  kind: "sequence",
  root: [
    { name: "entryNumbers", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexTableEntryNumber", get: () => MultiplexTableEntryNumber }, size: { lb: 1, ub: 15, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestMode (line 2507) */
export type RequestMode = {
  sequenceNumber: SequenceNumber;
  requestedModes: Array<ModeDescription>;
  $unknown?: UnknownExtension[];
};
export const RequestMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "requestedModes", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ModeDescription", get: () => ModeDescription }, size: { lb: 1, ub: 256, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestModeAck (line 2514) */
export type RequestModeAck = {
  sequenceNumber: SequenceNumber;
  response: 
    | { choice: "willTransmitMostPreferredMode"; value: null }
    | { choice: "willTransmitLessPreferredMode"; value: null }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RequestModeAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "response", type: {
      kind: "choice",
      root: [
        { name: "willTransmitMostPreferredMode", type: { kind: "null" } },
        { name: "willTransmitLessPreferredMode", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const RequestModeReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "modeUnavailable", type: { kind: "null" } },
        { name: "multipointConstraint", type: { kind: "null" } },
        { name: "requestDenied", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RequestModeRelease (line 2539) */
export type RequestModeRelease = {
  $unknown?: UnknownExtension[];
};
export const RequestModeRelease: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ModeDescription (line 2548) */
export type ModeDescription = Array<ModeElement>;
export const ModeDescription: AsnType = { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ModeElement", get: () => ModeElement }, size: { lb: 1, ub: 256, ext: false } };

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
export const ModeElementType: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "videoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoMode", get: () => VideoMode } },
    { name: "audioMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioMode", get: () => AudioMode } },
    { name: "dataMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataMode", get: () => DataMode } },
    { name: "encryptionMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode", get: () => EncryptionMode } },
  ],
  additions: [
    { name: "h235Mode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H235Mode", get: () => H235Mode } },
    { name: "multiplexedStreamMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamParameter", get: () => MultiplexedStreamParameter } },
    { name: "redundancyEncodingDTMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTMode", get: () => RedundancyEncodingDTMode } },
    { name: "multiplePayloadStreamMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamMode", get: () => MultiplePayloadStreamMode } },
    { name: "depFecMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DepFECMode", get: () => DepFECMode } },
    { name: "fecMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FECMode", get: () => FECMode } },
  ],
};

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
export const ModeElement: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", get: () => ModeElementType } },
    { name: "h223ModeParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223ModeParameters", get: () => H223ModeParameters }, optional: true },
  ],
  additions: [
    { name: "v76ModeParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.V76ModeParameters", get: () => V76ModeParameters }, optional: true },
    { name: "h2250ModeParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H2250ModeParameters", get: () => H2250ModeParameters }, optional: true },
    { name: "genericModeParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability }, optional: true },
    { name: "multiplexedStreamModeParameters", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamModeParameters", get: () => MultiplexedStreamModeParameters }, optional: true },
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber }, optional: true },
  ],
};

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
export const H235Mode: AsnType = {
  kind: "sequence",
  root: [
    { name: "encryptionAuthenticationAndIntegrity", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionAuthenticationAndIntegrity", get: () => EncryptionAuthenticationAndIntegrity } },
    { name: "mediaMode", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "videoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoMode", get: () => VideoMode } },
        { name: "audioMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioMode", get: () => AudioMode } },
        { name: "dataMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataMode", get: () => DataMode } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplexedStreamModeParameters (line 2595) */
export type MultiplexedStreamModeParameters = {
  logicalChannelNumber: LogicalChannelNumber;
  $unknown?: UnknownExtension[];
};
export const MultiplexedStreamModeParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTMode (line 2601) */
export type RedundancyEncodingDTMode = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  primary: RedundancyEncodingDTModeElement;
  secondary: Array<RedundancyEncodingDTModeElement>;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingDTMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "redundancyEncodingMethod", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", get: () => RedundancyEncodingMethod } },
    { name: "primary", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTModeElement", get: () => RedundancyEncodingDTModeElement } },
    { name: "secondary", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingDTModeElement", get: () => RedundancyEncodingDTModeElement } } },
  ],
  additions: [
  ],
};

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
export const RedundancyEncodingDTModeElement: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "videoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoMode", get: () => VideoMode } },
        { name: "audioMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioMode", get: () => AudioMode } },
        { name: "dataMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataMode", get: () => DataMode } },
        { name: "encryptionMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode", get: () => EncryptionMode } },
        { name: "h235Mode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H235Mode", get: () => H235Mode } },
      ],
      additions: [
        { name: "fecMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.FECMode", get: () => FECMode } },
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamMode (line 2625) */
export type MultiplePayloadStreamMode = {
  elements: Array<MultiplePayloadStreamElementMode>;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "elements", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElementMode", get: () => MultiplePayloadStreamElementMode } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStreamElementMode (line 2631) */
export type MultiplePayloadStreamElementMode = {
  type: ModeElementType;
  $unknown?: UnknownExtension[];
};
export const MultiplePayloadStreamElementMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", get: () => ModeElementType } },
  ],
  additions: [
  ],
};

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
export const DepFECMode: AsnType = {
  kind: "choice",
  root: [
    { name: "rfc2733Mode", type: {
      kind: "sequence",
      root: [
        { name: "mode", type: {
          kind: "choice",
          root: [
            { name: "redundancyEncoding", type: { kind: "null" } },
            { name: "separateStream", type: {
              kind: "choice",
              root: [
                { name: "differentPort", type: {
                  kind: "sequence",
                  root: [
                    { name: "protectedSessionID", type: { kind: "integer", lb: 1, ub: 255 } },
                    { name: "protectedPayloadType", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
                  ],
                  additions: [
                  ],
                } },
                { name: "samePort", type: {
                  kind: "sequence",
                  root: [
                    { name: "protectedType", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", get: () => ModeElementType } },
                  ],
                  additions: [
                  ],
                } },
              ],
              additions: [
              ],
            } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const FECMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "protectedElement", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ModeElementType", get: () => ModeElementType } },
    { name: "fecScheme", type: { kind: "objectIdentifier" }, optional: true },
    { name: "rfc2733Format", type: {
      kind: "choice",
      root: [
        { name: "rfc2733rfc2198", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", get: () => MaxRedundancy } },
        { name: "rfc2733sameport", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", get: () => MaxRedundancy } },
        { name: "rfc2733diffport", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaxRedundancy", get: () => MaxRedundancy } },
      ],
    }, optional: true },
  ],
  additions: [
  ],
};

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
export const H223ModeParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "adaptationLayerType", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "al1Framed", type: { kind: "null" } },
        { name: "al1NotFramed", type: { kind: "null" } },
        { name: "al2WithoutSequenceNumbers", type: { kind: "null" } },
        { name: "al2WithSequenceNumbers", type: { kind: "null" } },
        { name: "al3", type: {
          kind: "sequence",
          root: [
            { name: "controlFieldOctets", type: { kind: "integer", lb: 0, ub: 2 } },
            { name: "sendBufferSize", type: { kind: "integer", lb: 0, ub: 16777215 } },
          ],
        } },
      ],
      additions: [
        { name: "al1M", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AL1MParameters", get: () => H223AL1MParameters } },
        { name: "al2M", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AL2MParameters", get: () => H223AL2MParameters } },
        { name: "al3M", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H223AL3MParameters", get: () => H223AL3MParameters } },
      ],
    } },
    { name: "segmentableFlag", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.V76ModeParameters (line 2703) */
export type V76ModeParameters = 
  | { choice: "suspendResumewAddress"; value: null }
  | { choice: "suspendResumewoAddress"; value: null }
  | UnknownAlternative;
export const V76ModeParameters: AsnType = {
  kind: "choice",
  root: [
    { name: "suspendResumewAddress", type: { kind: "null" } },
    { name: "suspendResumewoAddress", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H2250ModeParameters (line 2710) */
export type H2250ModeParameters = {
  redundancyEncodingMode?: RedundancyEncodingMode;
  $unknown?: UnknownExtension[];
};
export const H2250ModeParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "redundancyEncodingMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMode", get: () => RedundancyEncodingMode }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMode (line 2716) */
export type RedundancyEncodingMode = {
  redundancyEncodingMethod: RedundancyEncodingMethod;
  secondaryEncoding?: 
    | { choice: "nonStandard"; value: NonStandardParameter }
    | { choice: "audioData"; value: AudioMode }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const RedundancyEncodingMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "redundancyEncodingMethod", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncodingMethod", get: () => RedundancyEncodingMethod } },
    { name: "secondaryEncoding", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "audioData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioMode", get: () => AudioMode } },
      ],
      additions: [
      ],
    }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.VideoMode (line 2732) */
export type VideoMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h261VideoMode"; value: H261VideoMode }
  | { choice: "h262VideoMode"; value: H262VideoMode }
  | { choice: "h263VideoMode"; value: H263VideoMode }
  | { choice: "is11172VideoMode"; value: IS11172VideoMode }
  | { choice: "genericVideoMode"; value: GenericCapability }
  | UnknownAlternative;
export const VideoMode: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h261VideoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H261VideoMode", get: () => H261VideoMode } },
    { name: "h262VideoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H262VideoMode", get: () => H262VideoMode } },
    { name: "h263VideoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263VideoMode", get: () => H263VideoMode } },
    { name: "is11172VideoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IS11172VideoMode", get: () => IS11172VideoMode } },
  ],
  additions: [
    { name: "genericVideoMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H261VideoMode (line 2743) */
export type H261VideoMode = {
  resolution: 
    | { choice: "qcif"; value: null }
    | { choice: "cif"; value: null };
  bitRate: number;
  stillImageTransmission: boolean;
  $unknown?: UnknownExtension[];
};
export const H261VideoMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "resolution", type: {
      kind: "choice",
      root: [
        { name: "qcif", type: { kind: "null" } },
        { name: "cif", type: { kind: "null" } },
      ],
    } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 19200 } },
    { name: "stillImageTransmission", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

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
export const H262VideoMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "profileAndLevel", type: {
      kind: "choice",
      root: [
        { name: "profileAndLevel-SPatML", type: { kind: "null" } },
        { name: "profileAndLevel-MPatLL", type: { kind: "null" } },
        { name: "profileAndLevel-MPatML", type: { kind: "null" } },
        { name: "profileAndLevel-MPatH-14", type: { kind: "null" } },
        { name: "profileAndLevel-MPatHL", type: { kind: "null" } },
        { name: "profileAndLevel-SNRatLL", type: { kind: "null" } },
        { name: "profileAndLevel-SNRatML", type: { kind: "null" } },
        { name: "profileAndLevel-SpatialatH-14", type: { kind: "null" } },
        { name: "profileAndLevel-HPatML", type: { kind: "null" } },
        { name: "profileAndLevel-HPatH-14", type: { kind: "null" } },
        { name: "profileAndLevel-HPatHL", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "videoBitRate", type: { kind: "integer", lb: 0, ub: 1073741823 }, optional: true },
    { name: "vbvBufferSize", type: { kind: "integer", lb: 0, ub: 262143 }, optional: true },
    { name: "samplesPerLine", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "linesPerFrame", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "framesPerSecond", type: { kind: "integer", lb: 0, ub: 15 }, optional: true },
    { name: "luminanceSampleRate", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
  ],
  additions: [
  ],
};

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
export const H263VideoMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "resolution", type: {
      kind: "choice",
      root: [
        { name: "sqcif", type: { kind: "null" } },
        { name: "qcif", type: { kind: "null" } },
        { name: "cif", type: { kind: "null" } },
        { name: "cif4", type: { kind: "null" } },
        { name: "cif16", type: { kind: "null" } },
      ],
      additions: [
        { name: "custom", type: { kind: "null" } },
      ],
    } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 19200 } },
    { name: "unrestrictedVector", type: { kind: "boolean" } },
    { name: "arithmeticCoding", type: { kind: "boolean" } },
    { name: "advancedPrediction", type: { kind: "boolean" } },
    { name: "pbFrames", type: { kind: "boolean" } },
  ],
  additions: [
    { name: "errorCompensation", type: { kind: "boolean" } },
    { name: "enhancementLayerInfo", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EnhancementLayerInfo", get: () => EnhancementLayerInfo }, optional: true },
    { name: "h263Options", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.H263Options", get: () => H263Options }, optional: true },
  ],
};

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
export const IS11172VideoMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "constrainedBitstream", type: { kind: "boolean" } },
    { name: "videoBitRate", type: { kind: "integer", lb: 0, ub: 1073741823 }, optional: true },
    { name: "vbvBufferSize", type: { kind: "integer", lb: 0, ub: 262143 }, optional: true },
    { name: "samplesPerLine", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "linesPerFrame", type: { kind: "integer", lb: 0, ub: 16383 }, optional: true },
    { name: "pictureRate", type: { kind: "integer", lb: 0, ub: 15 }, optional: true },
    { name: "luminanceSampleRate", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
  ],
  additions: [
  ],
};

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
export const AudioMode: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "g711Alaw64k", type: { kind: "null" } },
    { name: "g711Alaw56k", type: { kind: "null" } },
    { name: "g711Ulaw64k", type: { kind: "null" } },
    { name: "g711Ulaw56k", type: { kind: "null" } },
    { name: "g722-64k", type: { kind: "null" } },
    { name: "g722-56k", type: { kind: "null" } },
    { name: "g722-48k", type: { kind: "null" } },
    { name: "g728", type: { kind: "null" } },
    { name: "g729", type: { kind: "null" } },
    { name: "g729AnnexA", type: { kind: "null" } },
    { name: "g7231", type: {
      kind: "choice",
      root: [
        { name: "noSilenceSuppressionLowRate", type: { kind: "null" } },
        { name: "noSilenceSuppressionHighRate", type: { kind: "null" } },
        { name: "silenceSuppressionLowRate", type: { kind: "null" } },
        { name: "silenceSuppressionHighRate", type: { kind: "null" } },
      ],
    } },
    { name: "is11172AudioMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IS11172AudioMode", get: () => IS11172AudioMode } },
    { name: "is13818AudioMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IS13818AudioMode", get: () => IS13818AudioMode } },
  ],
  additions: [
    { name: "g729wAnnexB", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g729AnnexAwAnnexB", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "g7231AnnexCMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.G7231AnnexCMode", get: () => G7231AnnexCMode } },
    { name: "gsmFullRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", get: () => GSMAudioCapability } },
    { name: "gsmHalfRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", get: () => GSMAudioCapability } },
    { name: "gsmEnhancedFullRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GSMAudioCapability", get: () => GSMAudioCapability } },
    { name: "genericAudioMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
    { name: "g729Extensions", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.G729Extensions", get: () => G729Extensions } },
    { name: "vbd", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VBDMode", get: () => VBDMode } },
  ],
};

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
export const IS11172AudioMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioLayer", type: {
      kind: "choice",
      root: [
        { name: "audioLayer1", type: { kind: "null" } },
        { name: "audioLayer2", type: { kind: "null" } },
        { name: "audioLayer3", type: { kind: "null" } },
      ],
    } },
    { name: "audioSampling", type: {
      kind: "choice",
      root: [
        { name: "audioSampling32k", type: { kind: "null" } },
        { name: "audioSampling44k1", type: { kind: "null" } },
        { name: "audioSampling48k", type: { kind: "null" } },
      ],
    } },
    { name: "multichannelType", type: {
      kind: "choice",
      root: [
        { name: "singleChannel", type: { kind: "null" } },
        { name: "twoChannelStereo", type: { kind: "null" } },
        { name: "twoChannelDual", type: { kind: "null" } },
      ],
    } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 448 } },
  ],
  additions: [
  ],
};

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
export const IS13818AudioMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "audioLayer", type: {
      kind: "choice",
      root: [
        { name: "audioLayer1", type: { kind: "null" } },
        { name: "audioLayer2", type: { kind: "null" } },
        { name: "audioLayer3", type: { kind: "null" } },
      ],
    } },
    { name: "audioSampling", type: {
      kind: "choice",
      root: [
        { name: "audioSampling16k", type: { kind: "null" } },
        { name: "audioSampling22k05", type: { kind: "null" } },
        { name: "audioSampling24k", type: { kind: "null" } },
        { name: "audioSampling32k", type: { kind: "null" } },
        { name: "audioSampling44k1", type: { kind: "null" } },
        { name: "audioSampling48k", type: { kind: "null" } },
      ],
    } },
    { name: "multichannelType", type: {
      kind: "choice",
      root: [
        { name: "singleChannel", type: { kind: "null" } },
        { name: "twoChannelStereo", type: { kind: "null" } },
        { name: "twoChannelDual", type: { kind: "null" } },
        { name: "threeChannels2-1", type: { kind: "null" } },
        { name: "threeChannels3-0", type: { kind: "null" } },
        { name: "fourChannels2-0-2-0", type: { kind: "null" } },
        { name: "fourChannels2-2", type: { kind: "null" } },
        { name: "fourChannels3-1", type: { kind: "null" } },
        { name: "fiveChannels3-0-2-0", type: { kind: "null" } },
        { name: "fiveChannels3-2", type: { kind: "null" } },
      ],
    } },
    { name: "lowFrequencyEnhancement", type: { kind: "boolean" } },
    { name: "multilingual", type: { kind: "boolean" } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 1130 } },
  ],
  additions: [
  ],
};

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
export const G7231AnnexCMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "maxAl-sduAudioFrames", type: { kind: "integer", lb: 1, ub: 256 } },
    { name: "silenceSuppression", type: { kind: "boolean" } },
    { name: "g723AnnexCAudioMode", type: {
      kind: "sequence",
      root: [
        { name: "highRateMode0", type: { kind: "integer", lb: 27, ub: 78 } },
        { name: "highRateMode1", type: { kind: "integer", lb: 27, ub: 78 } },
        { name: "lowRateMode0", type: { kind: "integer", lb: 23, ub: 66 } },
        { name: "lowRateMode1", type: { kind: "integer", lb: 23, ub: 66 } },
        { name: "sidMode0", type: { kind: "integer", lb: 6, ub: 17 } },
        { name: "sidMode1", type: { kind: "integer", lb: 6, ub: 17 } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.VBDMode (line 2945) */
export type VBDMode = {
  type: AudioMode;
  $unknown?: UnknownExtension[];
};
export const VBDMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioMode", get: () => AudioMode } },
  ],
  additions: [
  ],
};

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
export const DataMode: AsnType = {
  kind: "sequence",
  root: [
    { name: "application", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "t120", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "dsm-cc", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "userData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t84", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t434", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "h224", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "nlpid", type: {
          kind: "sequence",
          root: [
            { name: "nlpidProtocol", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
            { name: "nlpidData", type: { kind: "octetString" } },
          ],
        } },
        { name: "dsvdControl", type: { kind: "null" } },
        { name: "h222DataPartitioning", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
      ],
      additions: [
        { name: "t30fax", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t140", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
        { name: "t38fax", type: {
          kind: "sequence",
          root: [
            { name: "t38FaxProtocol", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataProtocolCapability", get: () => DataProtocolCapability } },
            { name: "t38FaxProfile", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.T38FaxProfile", get: () => T38FaxProfile } },
          ],
        } },
        { name: "genericDataMode", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericCapability", get: () => GenericCapability } },
        { name: "dataChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataChannel", get: () => DataChannel } },
      ],
    } },
    { name: "bitRate", type: { kind: "integer", lb: 0, ub: 4294967295 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionMode (line 2992) */
export type EncryptionMode = 
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "h233Encryption"; value: null }
  | UnknownAlternative;
export const EncryptionMode: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "h233Encryption", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayRequest (line 3003) */
export type RoundTripDelayRequest = {
  sequenceNumber: SequenceNumber;
  $unknown?: UnknownExtension[];
};
export const RoundTripDelayRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RoundTripDelayResponse (line 3009) */
export type RoundTripDelayResponse = {
  sequenceNumber: SequenceNumber;
  $unknown?: UnknownExtension[];
};
export const RoundTripDelayResponse: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopRequest (line 3019) */
export type MaintenanceLoopRequest = {
  type: 
    | { choice: "systemLoop"; value: null }
    | { choice: "mediaLoop"; value: LogicalChannelNumber }
    | { choice: "logicalChannelLoop"; value: LogicalChannelNumber }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "systemLoop", type: { kind: "null" } },
        { name: "mediaLoop", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "logicalChannelLoop", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopAck (line 3031) */
export type MaintenanceLoopAck = {
  type: 
    | { choice: "systemLoop"; value: null }
    | { choice: "mediaLoop"; value: LogicalChannelNumber }
    | { choice: "logicalChannelLoop"; value: LogicalChannelNumber }
    | UnknownAlternative;
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopAck: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "systemLoop", type: { kind: "null" } },
        { name: "mediaLoop", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "logicalChannelLoop", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const MaintenanceLoopReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "systemLoop", type: { kind: "null" } },
        { name: "mediaLoop", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "logicalChannelLoop", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
      ],
      additions: [
      ],
    } },
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "canNotPerformLoop", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MaintenanceLoopOffCommand (line 3060) */
export type MaintenanceLoopOffCommand = {
  $unknown?: UnknownExtension[];
};
export const MaintenanceLoopOffCommand: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeCommand (line 3069) */
export type CommunicationModeCommand = {
  communicationModeTable: Array<CommunicationModeTableEntry>;
  $unknown?: UnknownExtension[];
};
export const CommunicationModeCommand: AsnType = {
  kind: "sequence",
  root: [
    { name: "communicationModeTable", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeTableEntry", get: () => CommunicationModeTableEntry }, size: { lb: 1, ub: 256, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeRequest (line 3075) */
export type CommunicationModeRequest = {
  $unknown?: UnknownExtension[];
};
export const CommunicationModeRequest: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeResponse (line 3080) */
export type CommunicationModeResponse = 
  | { choice: "communicationModeTable"; value: Array<CommunicationModeTableEntry> }
  | UnknownAlternative;
export const CommunicationModeResponse: AsnType = {
  kind: "choice",
  root: [
    { name: "communicationModeTable", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommunicationModeTableEntry", get: () => CommunicationModeTableEntry }, size: { lb: 1, ub: 256, ext: false } } },
  ],
  additions: [
  ],
};

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
export const CommunicationModeTableEntry: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandard", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } }, optional: true },
    { name: "sessionID", type: { kind: "integer", lb: 1, ub: 255 } },
    { name: "associatedSessionID", type: { kind: "integer", lb: 1, ub: 255 }, optional: true },
    { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, optional: true },
    { name: "sessionDescription", type: { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 128, ext: false }, bits: 16, indexed: false } },
    { name: "dataType", type: {
      kind: "choice",
      root: [
        { name: "videoData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoCapability", get: () => VideoCapability } },
        { name: "audioData", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.AudioCapability", get: () => AudioCapability } },
        { name: "data", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DataApplicationCapability", get: () => DataApplicationCapability } },
      ],
      additions: [
      ],
    } },
    { name: "mediaChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "mediaGuaranteedDelivery", type: { kind: "boolean" }, optional: true },
    { name: "mediaControlChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress }, optional: true },
    { name: "mediaControlGuaranteedDelivery", type: { kind: "boolean" }, optional: true },
  ],
  additions: [
    { name: "redundancyEncoding", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RedundancyEncoding", get: () => RedundancyEncoding }, optional: true },
    { name: "sessionDependency", type: { kind: "integer", lb: 1, ub: 255 }, optional: true },
    { name: "destination", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, optional: true },
  ],
};

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
export const ConferenceRequest: AsnType = {
  kind: "choice",
  root: [
    { name: "terminalListRequest", type: { kind: "null" } },
    { name: "makeMeChair", type: { kind: "null" } },
    { name: "cancelMakeMeChair", type: { kind: "null" } },
    { name: "dropTerminal", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "requestTerminalID", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "enterH243Password", type: { kind: "null" } },
    { name: "enterH243TerminalID", type: { kind: "null" } },
    { name: "enterH243ConferenceID", type: { kind: "null" } },
  ],
  additions: [
    { name: "enterExtensionAddress", type: { kind: "null" } },
    { name: "requestChairTokenOwner", type: { kind: "null" } },
    { name: "requestTerminalCertificate", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, optional: true },
        { name: "certSelectionCriteria", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CertSelectionCriteria", get: () => CertSelectionCriteria }, optional: true },
        { name: "sRandom", type: { kind: "integer", lb: 1, ub: 4294967295 }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "broadcastMyLogicalChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "makeTerminalBroadcaster", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "sendThisSource", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "requestAllTerminalIDs", type: { kind: "null" } },
    { name: "remoteMCRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RemoteMCRequest", get: () => RemoteMCRequest } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.CertSelectionCriteria (line 3151) */
export type CertSelectionCriteria = Array<Criteria>;
export const CertSelectionCriteria: AsnType = { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Criteria", get: () => Criteria }, size: { lb: 1, ub: 16, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.Criteria (line 3153) */
export type Criteria = {
  field: string;
  value: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Criteria: AsnType = {
  kind: "sequence",
  root: [
    { name: "field", type: { kind: "objectIdentifier" } },
    { name: "value", type: { kind: "octetString", size: { lb: 1, ub: 65535, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel (line 3161) */
export type TerminalLabel = {
  mcuNumber: McuNumber;
  terminalNumber: TerminalNumber;
  $unknown?: UnknownExtension[];
};
export const TerminalLabel: AsnType = {
  kind: "sequence",
  root: [
    { name: "mcuNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.McuNumber", get: () => McuNumber } },
    { name: "terminalNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalNumber", get: () => TerminalNumber } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.McuNumber (line 3168) */
export type McuNumber = number;
export const McuNumber: AsnType = { kind: "integer", lb: 0, ub: 192 };

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalNumber (line 3169) */
export type TerminalNumber = number;
export const TerminalNumber: AsnType = { kind: "integer", lb: 0, ub: 192 };

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
export const ConferenceResponse: AsnType = {
  kind: "choice",
  root: [
    { name: "mCTerminalIDResponse", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
        { name: "terminalID", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalID", get: () => TerminalID } },
      ],
      additions: [
      ],
    } },
    { name: "terminalIDResponse", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
        { name: "terminalID", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalID", get: () => TerminalID } },
      ],
      additions: [
      ],
    } },
    { name: "conferenceIDResponse", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
        { name: "conferenceID", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConferenceID", get: () => ConferenceID } },
      ],
      additions: [
      ],
    } },
    { name: "passwordResponse", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
        { name: "password", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Password", get: () => Password } },
      ],
      additions: [
      ],
    } },
    { name: "terminalListResponse", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, size: { lb: 1, ub: 256, ext: false } } },
    { name: "videoCommandReject", type: { kind: "null" } },
    { name: "terminalDropReject", type: { kind: "null" } },
    { name: "makeMeChairResponse", type: {
      kind: "choice",
      root: [
        { name: "grantedChairToken", type: { kind: "null" } },
        { name: "deniedChairToken", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "extensionAddressResponse", type: {
      kind: "sequence",
      root: [
        { name: "extensionAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalID", get: () => TerminalID } },
      ],
      additions: [
      ],
    } },
    { name: "chairTokenOwnerResponse", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
        { name: "terminalID", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalID", get: () => TerminalID } },
      ],
      additions: [
      ],
    } },
    { name: "terminalCertificateResponse", type: {
      kind: "sequence",
      root: [
        { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel }, optional: true },
        { name: "certificateResponse", type: { kind: "octetString", size: { lb: 1, ub: 65535, ext: false } }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "broadcastMyLogicalChannelResponse", type: {
      kind: "choice",
      root: [
        { name: "grantedBroadcastMyLogicalChannel", type: { kind: "null" } },
        { name: "deniedBroadcastMyLogicalChannel", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "makeTerminalBroadcasterResponse", type: {
      kind: "choice",
      root: [
        { name: "grantedMakeTerminalBroadcaster", type: { kind: "null" } },
        { name: "deniedMakeTerminalBroadcaster", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "sendThisSourceResponse", type: {
      kind: "choice",
      root: [
        { name: "grantedSendThisSource", type: { kind: "null" } },
        { name: "deniedSendThisSource", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "requestAllTerminalIDsResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestAllTerminalIDsResponse", get: () => RequestAllTerminalIDsResponse } },
    { name: "remoteMCResponse", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RemoteMCResponse", get: () => RemoteMCResponse } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalID (line 3257) */
export type TerminalID = Uint8Array;
export const TerminalID: AsnType = { kind: "octetString", size: { lb: 1, ub: 128, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.ConferenceID (line 3258) */
export type ConferenceID = Uint8Array;
export const ConferenceID: AsnType = { kind: "octetString", size: { lb: 1, ub: 32, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.Password (line 3259) */
export type Password = Uint8Array;
export const Password: AsnType = { kind: "octetString", size: { lb: 1, ub: 32, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.RequestAllTerminalIDsResponse (line 3261) */
export type RequestAllTerminalIDsResponse = {
  terminalInformation: Array<TerminalInformation>;
  $unknown?: UnknownExtension[];
};
export const RequestAllTerminalIDsResponse: AsnType = {
  kind: "sequence",
  root: [
    { name: "terminalInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalInformation", get: () => TerminalInformation } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalInformation (line 3267) */
export type TerminalInformation = {
  terminalLabel: TerminalLabel;
  terminalID: TerminalID;
  $unknown?: UnknownExtension[];
};
export const TerminalInformation: AsnType = {
  kind: "sequence",
  root: [
    { name: "terminalLabel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "terminalID", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalID", get: () => TerminalID } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RemoteMCRequest (line 3278) */
export type RemoteMCRequest = 
  | { choice: "masterActivate"; value: null }
  | { choice: "slaveActivate"; value: null }
  | { choice: "deActivate"; value: null }
  | UnknownAlternative;
export const RemoteMCRequest: AsnType = {
  kind: "choice",
  root: [
    { name: "masterActivate", type: { kind: "null" } },
    { name: "slaveActivate", type: { kind: "null" } },
    { name: "deActivate", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.RemoteMCResponse (line 3286) */
export type RemoteMCResponse = 
  | { choice: "accept"; value: null }
  | { choice: "reject"; value: 
    | { choice: "unspecified"; value: null }
    | { choice: "functionNotSupported"; value: null }
    | UnknownAlternative }
  | UnknownAlternative;
export const RemoteMCResponse: AsnType = {
  kind: "choice",
  root: [
    { name: "accept", type: { kind: "null" } },
    { name: "reject", type: {
      kind: "choice",
      root: [
        { name: "unspecified", type: { kind: "null" } },
        { name: "functionNotSupported", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const MultilinkRequest: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "callInformation", type: {
      kind: "sequence",
      root: [
        { name: "maxNumberOfAdditionalConnections", type: { kind: "integer", lb: 1, ub: 65535 } },
      ],
      additions: [
      ],
    } },
    { name: "addConnection", type: {
      kind: "sequence",
      root: [
        { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
        { name: "dialingInformation", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DialingInformation", get: () => DialingInformation } },
      ],
      additions: [
      ],
    } },
    { name: "removeConnection", type: {
      kind: "sequence",
      root: [
        { name: "connectionIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier", get: () => ConnectionIdentifier } },
      ],
      additions: [
      ],
    } },
    { name: "maximumHeaderInterval", type: {
      kind: "sequence",
      root: [
        { name: "requestType", type: {
          kind: "choice",
          root: [
            { name: "currentIntervalInformation", type: { kind: "null" } },
            { name: "requestedInterval", type: { kind: "integer", lb: 0, ub: 65535 } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const MultilinkResponse: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "callInformation", type: {
      kind: "sequence",
      root: [
        { name: "dialingInformation", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DialingInformation", get: () => DialingInformation } },
        { name: "callAssociationNumber", type: { kind: "integer", lb: 0, ub: 4294967295 } },
      ],
      additions: [
      ],
    } },
    { name: "addConnection", type: {
      kind: "sequence",
      root: [
        { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
        { name: "responseCode", type: {
          kind: "choice",
          root: [
            { name: "accepted", type: { kind: "null" } },
            { name: "rejected", type: {
              kind: "choice",
              root: [
                { name: "connectionsNotAvailable", type: { kind: "null" } },
                { name: "userRejected", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
    { name: "removeConnection", type: {
      kind: "sequence",
      root: [
        { name: "connectionIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier", get: () => ConnectionIdentifier } },
      ],
      additions: [
      ],
    } },
    { name: "maximumHeaderInterval", type: {
      kind: "sequence",
      root: [
        { name: "currentInterval", type: { kind: "integer", lb: 0, ub: 65535 } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const MultilinkIndication: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "crcDesired", type: {
      kind: "sequence",
      root: [
      ],
      additions: [
      ],
    } },
    { name: "excessiveError", type: {
      kind: "sequence",
      root: [
        { name: "connectionIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier", get: () => ConnectionIdentifier } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.DialingInformation (line 3401) */
export type DialingInformation = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "differential"; value: Array<DialingInformationNumber> }
  | { choice: "infoNotAvailable"; value: number }
  | UnknownAlternative;
export const DialingInformation: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "differential", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNumber", get: () => DialingInformationNumber }, size: { lb: 1, ub: 65535, ext: false } } },
    { name: "infoNotAvailable", type: { kind: "integer", lb: 1, ub: 65535 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNumber (line 3415) */
export type DialingInformationNumber = {
  networkAddress: string;
  subAddress?: string;
  networkType: Array<DialingInformationNetworkType>;
  $unknown?: UnknownExtension[];
};
export const DialingInformationNumber: AsnType = {
  kind: "sequence",
  root: [
    { name: "networkAddress", type: { kind: "charString", charset: "NumericString", size: { lb: 0, ub: 40, ext: false }, bits: 4, alphabet: " 0123456789", indexed: true } },
    { name: "subAddress", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 40, ext: false }, bits: 8, indexed: false }, optional: true },
    { name: "networkType", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNetworkType", get: () => DialingInformationNetworkType }, size: { lb: 1, ub: 255, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.DialingInformationNetworkType (line 3423) */
export type DialingInformationNetworkType = 
  | { choice: "nonStandard"; value: NonStandardMessage }
  | { choice: "n-isdn"; value: null }
  | { choice: "gstn"; value: null }
  | { choice: "mobile"; value: null }
  | UnknownAlternative;
export const DialingInformationNetworkType: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardMessage", get: () => NonStandardMessage } },
    { name: "n-isdn", type: { kind: "null" } },
    { name: "gstn", type: { kind: "null" } },
  ],
  additions: [
    { name: "mobile", type: { kind: "null" } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.ConnectionIdentifier (line 3432) */
export type ConnectionIdentifier = {
  channelTag: number;
  sequenceNumber: number;
  $unknown?: UnknownExtension[];
};
export const ConnectionIdentifier: AsnType = {
  kind: "sequence",
  root: [
    { name: "channelTag", type: { kind: "integer", lb: 0, ub: 4294967295 } },
    { name: "sequenceNumber", type: { kind: "integer", lb: 0, ub: 4294967295 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate (line 3443) */
export type MaximumBitRate = number;
export const MaximumBitRate: AsnType = { kind: "integer", lb: 0, ub: 4294967295 };

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRequest (line 3445) */
export type LogicalChannelRateRequest = {
  sequenceNumber: SequenceNumber;
  logicalChannelNumber: LogicalChannelNumber;
  maximumBitRate: MaximumBitRate;
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "maximumBitRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate", get: () => MaximumBitRate } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateAcknowledge (line 3453) */
export type LogicalChannelRateAcknowledge = {
  sequenceNumber: SequenceNumber;
  logicalChannelNumber: LogicalChannelNumber;
  maximumBitRate: MaximumBitRate;
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateAcknowledge: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "maximumBitRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate", get: () => MaximumBitRate } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateReject (line 3461) */
export type LogicalChannelRateReject = {
  sequenceNumber: SequenceNumber;
  logicalChannelNumber: LogicalChannelNumber;
  rejectReason: LogicalChannelRateRejectReason;
  currentMaximumBitRate?: MaximumBitRate;
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateReject: AsnType = {
  kind: "sequence",
  root: [
    { name: "sequenceNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "rejectReason", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRejectReason", get: () => LogicalChannelRateRejectReason } },
    { name: "currentMaximumBitRate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MaximumBitRate", get: () => MaximumBitRate }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRejectReason (line 3470) */
export type LogicalChannelRateRejectReason = 
  | { choice: "undefinedReason"; value: null }
  | { choice: "insufficientResources"; value: null }
  | UnknownAlternative;
export const LogicalChannelRateRejectReason: AsnType = {
  kind: "choice",
  root: [
    { name: "undefinedReason", type: { kind: "null" } },
    { name: "insufficientResources", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelRateRelease (line 3477) */
export type LogicalChannelRateRelease = {
  $unknown?: UnknownExtension[];
};
export const LogicalChannelRateRelease: AsnType = {
  kind: "sequence",
  root: [
  ],
  additions: [
  ],
};

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
export const SendTerminalCapabilitySet: AsnType = {
  kind: "choice",
  root: [
    { name: "specificRequest", type: {
      kind: "sequence",
      root: [
        { name: "multiplexCapability", type: { kind: "boolean" } },
        { name: "capabilityTableEntryNumbers", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityTableEntryNumber", get: () => CapabilityTableEntryNumber }, size: { lb: 1, ub: 65535, ext: false } }, optional: true },
        { name: "capabilityDescriptorNumbers", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CapabilityDescriptorNumber", get: () => CapabilityDescriptorNumber }, size: { lb: 1, ub: 256, ext: false } }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "genericRequest", type: { kind: "null" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionCommand (line 3510) */
export type EncryptionCommand = 
  | { choice: "encryptionSE"; value: Uint8Array }
  | { choice: "encryptionIVRequest"; value: null }
  | { choice: "encryptionAlgorithmID"; value: {
    h233AlgorithmIdentifier: SequenceNumber;
    associatedAlgorithm: NonStandardParameter;
  } }
  | UnknownAlternative;
export const EncryptionCommand: AsnType = {
  kind: "choice",
  root: [
    { name: "encryptionSE", type: { kind: "octetString" } },
    { name: "encryptionIVRequest", type: { kind: "null" } },
    { name: "encryptionAlgorithmID", type: {
      kind: "sequence",
      root: [
        { name: "h233AlgorithmIdentifier", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SequenceNumber", get: () => SequenceNumber } },
        { name: "associatedAlgorithm", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
      ],
    } },
  ],
  additions: [
  ],
};

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
export const FlowControlCommand: AsnType = {
  kind: "sequence",
  root: [
    { name: "scope", type: {
      kind: "choice",
      root: [
        { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "resourceID", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "wholeMultiplex", type: { kind: "null" } },
      ],
    } },
    { name: "restriction", type: {
      kind: "choice",
      root: [
        { name: "maximumBitRate", type: { kind: "integer", lb: 0, ub: 16777215 } },
        { name: "noRestriction", type: { kind: "null" } },
      ],
    } },
  ],
  additions: [
  ],
};

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
export const EndSessionCommand: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "disconnect", type: { kind: "null" } },
    { name: "gstnOptions", type: {
      kind: "choice",
      root: [
        { name: "telephonyMode", type: { kind: "null" } },
        { name: "v8bis", type: { kind: "null" } },
        { name: "v34DSVD", type: { kind: "null" } },
        { name: "v34DuplexFAX", type: { kind: "null" } },
        { name: "v34H324", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "isdnOptions", type: {
      kind: "choice",
      root: [
        { name: "telephonyMode", type: { kind: "null" } },
        { name: "v140", type: { kind: "null" } },
        { name: "terminalOnHold", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } } },
  ],
};

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
export const ConferenceCommand: AsnType = {
  kind: "choice",
  root: [
    { name: "broadcastMyLogicalChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "cancelBroadcastMyLogicalChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "makeTerminalBroadcaster", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "cancelMakeTerminalBroadcaster", type: { kind: "null" } },
    { name: "sendThisSource", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "cancelSendThisSource", type: { kind: "null" } },
    { name: "dropConference", type: { kind: "null" } },
  ],
  additions: [
    { name: "substituteConferenceIDCommand", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.SubstituteConferenceIDCommand", get: () => SubstituteConferenceIDCommand } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.SubstituteConferenceIDCommand (line 3596) */
export type SubstituteConferenceIDCommand = {
  conferenceIdentifier: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const SubstituteConferenceIDCommand: AsnType = {
  kind: "sequence",
  root: [
    { name: "conferenceIdentifier", type: { kind: "octetString", size: { lb: 16, ub: 16, ext: false } } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateDirection (line 3606) */
export type EncryptionUpdateDirection = 
  | { choice: "masterToSlave"; value: null }
  | { choice: "slaveToMaster"; value: null }
  | UnknownAlternative;
export const EncryptionUpdateDirection: AsnType = {
  kind: "choice",
  root: [
    { name: "masterToSlave", type: { kind: "null" } },
    { name: "slaveToMaster", type: { kind: "null" } },
  ],
  additions: [
  ],
};

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
export const MiscellaneousCommand: AsnType = {
  kind: "sequence",
  root: [
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "equaliseDelay", type: { kind: "null" } },
        { name: "zeroDelay", type: { kind: "null" } },
        { name: "multipointModeCommand", type: { kind: "null" } },
        { name: "cancelMultipointModeCommand", type: { kind: "null" } },
        { name: "videoFreezePicture", type: { kind: "null" } },
        { name: "videoFastUpdatePicture", type: { kind: "null" } },
        { name: "videoFastUpdateGOB", type: {
          kind: "sequence",
          root: [
            { name: "firstGOB", type: { kind: "integer", lb: 0, ub: 17 } },
            { name: "numberOfGOBs", type: { kind: "integer", lb: 1, ub: 18 } },
          ],
        } },
        { name: "videoTemporalSpatialTradeOff", type: { kind: "integer", lb: 0, ub: 31 } },
        { name: "videoSendSyncEveryGOB", type: { kind: "null" } },
        { name: "videoSendSyncEveryGOBCancel", type: { kind: "null" } },
      ],
      additions: [
        { name: "videoFastUpdateMB", type: {
          kind: "sequence",
          root: [
            { name: "firstGOB", type: { kind: "integer", lb: 0, ub: 255 }, optional: true },
            { name: "firstMB", type: { kind: "integer", lb: 1, ub: 8192 }, optional: true },
            { name: "numberOfMBs", type: { kind: "integer", lb: 1, ub: 8192 } },
          ],
          additions: [
          ],
        } },
        { name: "maxH223MUXPDUsize", type: { kind: "integer", lb: 1, ub: 65535 } },
        { name: "encryptionUpdate", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", get: () => EncryptionSync } },
        { name: "encryptionUpdateRequest", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateRequest", get: () => EncryptionUpdateRequest } },
        { name: "switchReceiveMediaOff", type: { kind: "null" } },
        { name: "switchReceiveMediaOn", type: { kind: "null" } },
        { name: "progressiveRefinementStart", type: {
          kind: "sequence",
          root: [
            { name: "repeatCount", type: {
              kind: "choice",
              root: [
                { name: "doOneProgression", type: { kind: "null" } },
                { name: "doContinuousProgressions", type: { kind: "null" } },
                { name: "doOneIndependentProgression", type: { kind: "null" } },
                { name: "doContinuousIndependentProgressions", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
          ],
          additions: [
          ],
        } },
        { name: "progressiveRefinementAbortOne", type: { kind: "null" } },
        { name: "progressiveRefinementAbortContinuous", type: { kind: "null" } },
        { name: "videoBadMBs", type: {
          kind: "sequence",
          root: [
            { name: "firstMB", type: { kind: "integer", lb: 1, ub: 9216 } },
            { name: "numberOfMBs", type: { kind: "integer", lb: 1, ub: 9216 } },
            { name: "temporalReference", type: { kind: "integer", lb: 0, ub: 1023 } },
          ],
          additions: [
          ],
        } },
        { name: "lostPicture", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.PictureReference", get: () => PictureReference } } },
        { name: "lostPartialPicture", type: {
          kind: "sequence",
          root: [
            { name: "pictureReference", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.PictureReference", get: () => PictureReference } },
            { name: "firstMB", type: { kind: "integer", lb: 1, ub: 9216 } },
            { name: "numberOfMBs", type: { kind: "integer", lb: 1, ub: 9216 } },
          ],
          additions: [
          ],
        } },
        { name: "recoveryReferencePicture", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.PictureReference", get: () => PictureReference } } },
        { name: "encryptionUpdateCommand", type: {
          kind: "sequence",
          root: [
            { name: "encryptionSync", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionSync", get: () => EncryptionSync } },
            { name: "multiplePayloadStream", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.MultiplePayloadStream", get: () => MultiplePayloadStream }, optional: true },
          ],
          additions: [
          ],
        } },
        { name: "encryptionUpdateAck", type: {
          kind: "sequence",
          root: [
            { name: "synchFlag", type: { kind: "integer", lb: 0, ub: 255 } },
          ],
          additions: [
          ],
        } },
      ],
    } },
  ],
  additions: [
    { name: "direction", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateDirection", get: () => EncryptionUpdateDirection }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.KeyProtectionMethod (line 3697) */
export type KeyProtectionMethod = {
  secureChannel: boolean;
  sharedSecret: boolean;
  certProtectedKey: boolean;
  $unknown?: UnknownExtension[];
};
export const KeyProtectionMethod: AsnType = {
  kind: "sequence",
  root: [
    { name: "secureChannel", type: { kind: "boolean" } },
    { name: "sharedSecret", type: { kind: "boolean" } },
    { name: "certProtectedKey", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.EncryptionUpdateRequest (line 3705) */
export type EncryptionUpdateRequest = {
  keyProtectionMethod?: KeyProtectionMethod;
  synchFlag?: number;
  $unknown?: UnknownExtension[];
};
export const EncryptionUpdateRequest: AsnType = {
  kind: "sequence",
  root: [
    { name: "keyProtectionMethod", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.KeyProtectionMethod", get: () => KeyProtectionMethod }, optional: true },
  ],
  additions: [
    { name: "synchFlag", type: { kind: "integer", lb: 0, ub: 255 }, optional: true },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.PictureReference (line 3712) */
export type PictureReference = 
  | { choice: "pictureNumber"; value: number }
  | { choice: "longTermPictureIndex"; value: number }
  | UnknownAlternative;
export const PictureReference: AsnType = {
  kind: "choice",
  root: [
    { name: "pictureNumber", type: { kind: "integer", lb: 0, ub: 1023 } },
    { name: "longTermPictureIndex", type: { kind: "integer", lb: 0, ub: 255 } },
  ],
  additions: [
  ],
};

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
export const H223MultiplexReconfiguration: AsnType = {
  kind: "choice",
  root: [
    { name: "h223ModeChange", type: {
      kind: "choice",
      root: [
        { name: "toLevel0", type: { kind: "null" } },
        { name: "toLevel1", type: { kind: "null" } },
        { name: "toLevel2", type: { kind: "null" } },
        { name: "toLevel2withOptionalHeader", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "h223AnnexADoubleFlag", type: {
      kind: "choice",
      root: [
        { name: "start", type: { kind: "null" } },
        { name: "stop", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const NewATMVCCommand: AsnType = {
  kind: "sequence",
  root: [
    { name: "resourceID", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
    { name: "bitRateLockedToPCRClock", type: { kind: "boolean" } },
    { name: "bitRateLockedToNetworkClock", type: { kind: "boolean" } },
    { name: "aal", type: {
      kind: "choice",
      root: [
        { name: "aal1", type: {
          kind: "sequence",
          root: [
            { name: "clockRecovery", type: {
              kind: "choice",
              root: [
                { name: "nullClockRecovery", type: { kind: "null" } },
                { name: "srtsClockRecovery", type: { kind: "null" } },
                { name: "adaptiveClockRecovery", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
            { name: "errorCorrection", type: {
              kind: "choice",
              root: [
                { name: "nullErrorCorrection", type: { kind: "null" } },
                { name: "longInterleaver", type: { kind: "null" } },
                { name: "shortInterleaver", type: { kind: "null" } },
                { name: "errorCorrectionOnly", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
            { name: "structuredDataTransfer", type: { kind: "boolean" } },
            { name: "partiallyFilledCells", type: { kind: "boolean" } },
          ],
          additions: [
          ],
        } },
        { name: "aal5", type: {
          kind: "sequence",
          root: [
            { name: "forwardMaximumSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
            { name: "backwardMaximumSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
    { name: "multiplex", type: {
      kind: "choice",
      root: [
        { name: "noMultiplex", type: { kind: "null" } },
        { name: "transportStream", type: { kind: "null" } },
        { name: "programStream", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "reverseParameters", type: {
      kind: "sequence",
      root: [
        { name: "bitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
        { name: "bitRateLockedToPCRClock", type: { kind: "boolean" } },
        { name: "bitRateLockedToNetworkClock", type: { kind: "boolean" } },
        { name: "multiplex", type: {
          kind: "choice",
          root: [
            { name: "noMultiplex", type: { kind: "null" } },
            { name: "transportStream", type: { kind: "null" } },
            { name: "programStream", type: { kind: "null" } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

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
export const MobileMultilinkReconfigurationCommand: AsnType = {
  kind: "sequence",
  root: [
    { name: "sampleSize", type: { kind: "integer", lb: 1, ub: 255 } },
    { name: "samplesPerFrame", type: { kind: "integer", lb: 1, ub: 255 } },
    { name: "status", type: {
      kind: "choice",
      root: [
        { name: "synchronized", type: { kind: "null" } },
        { name: "reconfiguration", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.FunctionNotUnderstood (line 3833) */
export type FunctionNotUnderstood = 
  | { choice: "request"; value: RequestMessage }
  | { choice: "response"; value: ResponseMessage }
  | { choice: "command"; value: CommandMessage };
export const FunctionNotUnderstood: AsnType = {
  kind: "choice",
  root: [
    { name: "request", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.RequestMessage", get: () => RequestMessage } },
    { name: "response", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.ResponseMessage", get: () => ResponseMessage } },
    { name: "command", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.CommandMessage", get: () => CommandMessage } },
  ],
};

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
export const FunctionNotSupported: AsnType = {
  kind: "sequence",
  root: [
    { name: "cause", type: {
      kind: "choice",
      root: [
        { name: "syntaxError", type: { kind: "null" } },
        { name: "semanticError", type: { kind: "null" } },
        { name: "unknownFunction", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
    { name: "returnedFunction", type: { kind: "octetString" }, optional: true },
  ],
  additions: [
  ],
};

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
export const ConferenceIndication: AsnType = {
  kind: "choice",
  root: [
    { name: "sbeNumber", type: { kind: "integer", lb: 0, ub: 9 } },
    { name: "terminalNumberAssign", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "terminalJoinedConference", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "terminalLeftConference", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "seenByAtLeastOneOther", type: { kind: "null" } },
    { name: "cancelSeenByAtLeastOneOther", type: { kind: "null" } },
    { name: "seenByAll", type: { kind: "null" } },
    { name: "cancelSeenByAll", type: { kind: "null" } },
    { name: "terminalYouAreSeeing", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "requestForFloor", type: { kind: "null" } },
  ],
  additions: [
    { name: "withdrawChairToken", type: { kind: "null" } },
    { name: "floorRequested", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalLabel", get: () => TerminalLabel } },
    { name: "terminalYouAreSeeingInSubPictureNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalYouAreSeeingInSubPictureNumber", get: () => TerminalYouAreSeeingInSubPictureNumber } },
    { name: "videoIndicateCompose", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.VideoIndicateCompose", get: () => VideoIndicateCompose } },
    { name: "masterMCU", type: { kind: "null" } },
    { name: "cancelMasterMCU", type: { kind: "null" } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.TerminalYouAreSeeingInSubPictureNumber (line 3893) */
export type TerminalYouAreSeeingInSubPictureNumber = {
  terminalNumber: TerminalNumber;
  subPictureNumber: number;
  mcuNumber?: McuNumber;
  $unknown?: UnknownExtension[];
};
export const TerminalYouAreSeeingInSubPictureNumber: AsnType = {
  kind: "sequence",
  root: [
    { name: "terminalNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TerminalNumber", get: () => TerminalNumber } },
    { name: "subPictureNumber", type: { kind: "integer", lb: 0, ub: 255 } },
  ],
  additions: [
    { name: "mcuNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.McuNumber", get: () => McuNumber } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.VideoIndicateCompose (line 3901) */
export type VideoIndicateCompose = {
  compositionNumber: number;
  $unknown?: UnknownExtension[];
};
export const VideoIndicateCompose: AsnType = {
  kind: "sequence",
  root: [
    { name: "compositionNumber", type: { kind: "integer", lb: 0, ub: 255 } },
  ],
  additions: [
  ],
};

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
export const MiscellaneousIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "type", type: {
      kind: "choice",
      root: [
        { name: "logicalChannelActive", type: { kind: "null" } },
        { name: "logicalChannelInactive", type: { kind: "null" } },
        { name: "multipointConference", type: { kind: "null" } },
        { name: "cancelMultipointConference", type: { kind: "null" } },
        { name: "multipointZeroComm", type: { kind: "null" } },
        { name: "cancelMultipointZeroComm", type: { kind: "null" } },
        { name: "multipointSecondaryStatus", type: { kind: "null" } },
        { name: "cancelMultipointSecondaryStatus", type: { kind: "null" } },
        { name: "videoIndicateReadyToActivate", type: { kind: "null" } },
        { name: "videoTemporalSpatialTradeOff", type: { kind: "integer", lb: 0, ub: 31 } },
      ],
      additions: [
        { name: "videoNotDecodedMBs", type: {
          kind: "sequence",
          root: [
            { name: "firstMB", type: { kind: "integer", lb: 1, ub: 8192 } },
            { name: "numberOfMBs", type: { kind: "integer", lb: 1, ub: 8192 } },
            { name: "temporalReference", type: { kind: "integer", lb: 0, ub: 255 } },
          ],
          additions: [
          ],
        } },
        { name: "transportCapability", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportCapability", get: () => TransportCapability } },
      ],
    } },
  ],
  additions: [
  ],
};

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
export const JitterIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "scope", type: {
      kind: "choice",
      root: [
        { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "resourceID", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "wholeMultiplex", type: { kind: "null" } },
      ],
    } },
    { name: "estimatedReceivedJitterMantissa", type: { kind: "integer", lb: 0, ub: 3 } },
    { name: "estimatedReceivedJitterExponent", type: { kind: "integer", lb: 0, ub: 7 } },
    { name: "skippedFrameCount", type: { kind: "integer", lb: 0, ub: 15 }, optional: true },
    { name: "additionalDecoderBuffer", type: { kind: "integer", lb: 0, ub: 262143 }, optional: true },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H223SkewIndication (line 3969) */
export type H223SkewIndication = {
  logicalChannelNumber1: LogicalChannelNumber;
  logicalChannelNumber2: LogicalChannelNumber;
  skew: number;
  $unknown?: UnknownExtension[];
};
export const H223SkewIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "logicalChannelNumber1", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "logicalChannelNumber2", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "skew", type: { kind: "integer", lb: 0, ub: 4095 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.H2250MaximumSkewIndication (line 3981) */
export type H2250MaximumSkewIndication = {
  logicalChannelNumber1: LogicalChannelNumber;
  logicalChannelNumber2: LogicalChannelNumber;
  maximumSkew: number;
  $unknown?: UnknownExtension[];
};
export const H2250MaximumSkewIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "logicalChannelNumber1", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "logicalChannelNumber2", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
    { name: "maximumSkew", type: { kind: "integer", lb: 0, ub: 4095 } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MCLocationIndication (line 3993) */
export type MCLocationIndication = {
  signalAddress: TransportAddress;
  $unknown?: UnknownExtension[];
};
export const MCLocationIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "signalAddress", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => TransportAddress } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.VendorIdentification (line 4006) */
export type VendorIdentification = {
  vendor: NonStandardIdentifier;
  productNumber?: Uint8Array;
  versionNumber?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const VendorIdentification: AsnType = {
  kind: "sequence",
  root: [
    { name: "vendor", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardIdentifier", get: () => NonStandardIdentifier } },
    { name: "productNumber", type: { kind: "octetString", size: { lb: 1, ub: 256, ext: false } }, optional: true },
    { name: "versionNumber", type: { kind: "octetString", size: { lb: 1, ub: 256, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

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
export const NewATMVCIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "resourceID", type: { kind: "integer", lb: 0, ub: 65535 } },
    { name: "bitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
    { name: "bitRateLockedToPCRClock", type: { kind: "boolean" } },
    { name: "bitRateLockedToNetworkClock", type: { kind: "boolean" } },
    { name: "aal", type: {
      kind: "choice",
      root: [
        { name: "aal1", type: {
          kind: "sequence",
          root: [
            { name: "clockRecovery", type: {
              kind: "choice",
              root: [
                { name: "nullClockRecovery", type: { kind: "null" } },
                { name: "srtsClockRecovery", type: { kind: "null" } },
                { name: "adaptiveClockRecovery", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
            { name: "errorCorrection", type: {
              kind: "choice",
              root: [
                { name: "nullErrorCorrection", type: { kind: "null" } },
                { name: "longInterleaver", type: { kind: "null" } },
                { name: "shortInterleaver", type: { kind: "null" } },
                { name: "errorCorrectionOnly", type: { kind: "null" } },
              ],
              additions: [
              ],
            } },
            { name: "structuredDataTransfer", type: { kind: "boolean" } },
            { name: "partiallyFilledCells", type: { kind: "boolean" } },
          ],
          additions: [
          ],
        } },
        { name: "aal5", type: {
          kind: "sequence",
          root: [
            { name: "forwardMaximumSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
            { name: "backwardMaximumSDUSize", type: { kind: "integer", lb: 0, ub: 65535 } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
    { name: "multiplex", type: {
      kind: "choice",
      root: [
        { name: "noMultiplex", type: { kind: "null" } },
        { name: "transportStream", type: { kind: "null" } },
        { name: "programStream", type: { kind: "null" } },
      ],
      additions: [
      ],
    } },
  ],
  additions: [
    { name: "reverseParameters", type: {
      kind: "sequence",
      root: [
        { name: "bitRate", type: { kind: "integer", lb: 1, ub: 65535 } },
        { name: "bitRateLockedToPCRClock", type: { kind: "boolean" } },
        { name: "bitRateLockedToNetworkClock", type: { kind: "boolean" } },
        { name: "multiplex", type: {
          kind: "choice",
          root: [
            { name: "noMultiplex", type: { kind: "null" } },
            { name: "transportStream", type: { kind: "null" } },
            { name: "programStream", type: { kind: "null" } },
          ],
          additions: [
          ],
        } },
      ],
      additions: [
      ],
    } },
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.IV8 (line 4083) */
export type IV8 = Uint8Array;
export const IV8: AsnType = { kind: "octetString", size: { lb: 8, ub: 8, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.IV16 (line 4084) */
export type IV16 = Uint8Array;
export const IV16: AsnType = { kind: "octetString", size: { lb: 16, ub: 16, ext: false } };

/** MULTIMEDIA-SYSTEM-CONTROL.Params (line 4086) */
export type Params = {
  iv8?: IV8;
  iv16?: IV16;
  iv?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Params: AsnType = {
  kind: "sequence",
  root: [
    { name: "iv8", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IV8", get: () => IV8 }, optional: true },
    { name: "iv16", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.IV16", get: () => IV16 }, optional: true },
    { name: "iv", type: { kind: "octetString" }, optional: true },
  ],
  additions: [
  ],
};

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
export const UserInputIndication: AsnType = {
  kind: "choice",
  root: [
    { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
    { name: "alphanumeric", type: { kind: "generalString" } },
  ],
  additions: [
    { name: "userInputSupportIndication", type: {
      kind: "choice",
      root: [
        { name: "nonStandard", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.NonStandardParameter", get: () => NonStandardParameter } },
        { name: "basicString", type: { kind: "null" } },
        { name: "iA5String", type: { kind: "null" } },
        { name: "generalString", type: { kind: "null" } },
      ],
      additions: [
        { name: "encryptedBasicString", type: { kind: "null" } },
        { name: "encryptedIA5String", type: { kind: "null" } },
        { name: "encryptedGeneralString", type: { kind: "null" } },
      ],
    } },
    { name: "signal", type: {
      kind: "sequence",
      root: [
        { name: "signalType", type: { kind: "charString", charset: "IA5String", size: { lb: 1, ub: 1, ext: false }, bits: 8, alphabet: "!#*0123456789ABCD", indexed: false } },
        { name: "duration", type: { kind: "integer", lb: 1, ub: 65535 }, optional: true },
        { name: "rtp", type: {
          kind: "sequence",
          root: [
            { name: "timestamp", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
            { name: "expirationTime", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
            { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
          ],
          additions: [
          ],
        }, optional: true },
      ],
      additions: [
        { name: "rtpPayloadIndication", type: { kind: "null" }, optional: true },
        { name: "paramS", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Params", get: () => Params }, optional: true },
        { name: "encryptedSignalType", type: { kind: "octetString", size: { lb: 1, ub: 1, ext: false } }, optional: true },
        { name: "algorithmOID", type: { kind: "objectIdentifier" }, optional: true },
      ],
    } },
    { name: "signalUpdate", type: {
      kind: "sequence",
      root: [
        { name: "duration", type: { kind: "integer", lb: 1, ub: 65535 } },
        { name: "rtp", type: {
          kind: "sequence",
          root: [
            { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
          ],
          additions: [
          ],
        }, optional: true },
      ],
      additions: [
      ],
    } },
    { name: "extendedAlphanumeric", type: {
      kind: "sequence",
      root: [
        { name: "alphanumeric", type: { kind: "generalString" } },
        { name: "rtpPayloadIndication", type: { kind: "null" }, optional: true },
      ],
      additions: [
        { name: "encryptedAlphanumeric", type: {
          kind: "sequence",
          root: [
            { name: "algorithmOID", type: { kind: "objectIdentifier" } },
            { name: "paramS", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Params", get: () => Params }, optional: true },
            { name: "encrypted", type: { kind: "octetString" } },
          ],
          additions: [
          ],
        }, optional: true },
      ],
    } },
    { name: "encryptedAlphanumeric", type: {
      kind: "sequence",
      root: [
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.Params", get: () => Params }, optional: true },
        { name: "encrypted", type: { kind: "octetString" } },
      ],
      additions: [
      ],
    } },
    { name: "genericInformation", type: { kind: "sequenceOf", item: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.GenericInformation", get: () => GenericInformation } } },
  ],
};

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
export const FlowControlIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "scope", type: {
      kind: "choice",
      root: [
        { name: "logicalChannelNumber", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.LogicalChannelNumber", get: () => LogicalChannelNumber } },
        { name: "resourceID", type: { kind: "integer", lb: 0, ub: 65535 } },
        { name: "wholeMultiplex", type: { kind: "null" } },
      ],
    } },
    { name: "restriction", type: {
      kind: "choice",
      root: [
        { name: "maximumBitRate", type: { kind: "integer", lb: 0, ub: 16777215 } },
        { name: "noRestriction", type: { kind: "null" } },
      ],
    } },
  ],
  additions: [
  ],
};

/** MULTIMEDIA-SYSTEM-CONTROL.MobileMultilinkReconfigurationIndication (line 4191) */
export type MobileMultilinkReconfigurationIndication = {
  sampleSize: number;
  samplesPerFrame: number;
  $unknown?: UnknownExtension[];
};
export const MobileMultilinkReconfigurationIndication: AsnType = {
  kind: "sequence",
  root: [
    { name: "sampleSize", type: { kind: "integer", lb: 1, ub: 255 } },
    { name: "samplesPerFrame", type: { kind: "integer", lb: 1, ub: 255 } },
  ],
  additions: [
  ],
};
