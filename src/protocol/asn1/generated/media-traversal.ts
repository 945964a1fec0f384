// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module MEDIA-TRAVERSAL

import type { AsnType, UnknownExtension } from "../descriptor.js";
import * as H323Messages from "./h323-messages.js";
import * as MultimediaSystemControl from "./multimedia-system-control.js";

/** MEDIA-TRAVERSAL.TraversalParameters (line 14) */
export type TraversalParameters = {
  multiplexedMediaChannel?: MultimediaSystemControl.TransportAddress;
  multiplexedMediaControlChannel?: MultimediaSystemControl.TransportAddress;
  multiplexID?: number;
  keepAliveChannel?: MultimediaSystemControl.TransportAddress;
  keepAlivePayloadType?: number;
  keepAliveInterval?: H323Messages.TimeToLive;
  $unknown?: UnknownExtension[];
};
export const TraversalParameters: AsnType = {
  kind: "sequence",
  root: [
    { name: "multiplexedMediaChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => MultimediaSystemControl.TransportAddress }, optional: true },
    { name: "multiplexedMediaControlChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => MultimediaSystemControl.TransportAddress }, optional: true },
    { name: "multiplexID", type: { kind: "integer", lb: 0, ub: 4294967295 }, optional: true },
    { name: "keepAliveChannel", type: { kind: "ref", name: "MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", get: () => MultimediaSystemControl.TransportAddress }, optional: true },
    { name: "keepAlivePayloadType", type: { kind: "integer", lb: 0, ub: 127 }, optional: true },
    { name: "keepAliveInterval", type: { kind: "ref", name: "H323-MESSAGES.TimeToLive", get: () => H323Messages.TimeToLive }, optional: true },
  ],
  additions: [
  ],
};
