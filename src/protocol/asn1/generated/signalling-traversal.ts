// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module SIGNALLING-TRAVERSAL

import type { AsnType, UnknownExtension } from "../descriptor.js";
import { f, ref, seq } from "../descriptor-builders.js";
import * as H323Messages from "./h323-messages.js";

/** SIGNALLING-TRAVERSAL.IncomingCallIndication (line 9) */
export type IncomingCallIndication = {
  callSignallingAddress: H323Messages.TransportAddress;
  callID: H323Messages.CallIdentifier;
  $unknown?: UnknownExtension[];
};
export const IncomingCallIndication: AsnType = seq([
  f("callSignallingAddress", ref("H323-MESSAGES.TransportAddress", () => H323Messages.TransportAddress)),
  f("callID", ref("H323-MESSAGES.CallIdentifier", () => H323Messages.CallIdentifier)),
], []);

/** SIGNALLING-TRAVERSAL.LRQKeepAliveData (line 16) */
export type LRQKeepAliveData = {
  lrqKeepAliveInterval: H323Messages.TimeToLive;
  $unknown?: UnknownExtension[];
};
export const LRQKeepAliveData: AsnType = seq([
  f("lrqKeepAliveInterval", ref("H323-MESSAGES.TimeToLive", () => H323Messages.TimeToLive)),
], []);
