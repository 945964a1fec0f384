// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module MEDIA-TRAVERSAL

import type { AsnType, UnknownExtension } from "../descriptor.js";
import { f, int, ref, seq } from "../descriptor-builders.js";
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
export const TraversalParameters: AsnType = seq([
  f("multiplexedMediaChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => MultimediaSystemControl.TransportAddress), true),
  f("multiplexedMediaControlChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => MultimediaSystemControl.TransportAddress), true),
  f("multiplexID", int(0, 4294967295), true),
  f("keepAliveChannel", ref("MULTIMEDIA-SYSTEM-CONTROL.TransportAddress", () => MultimediaSystemControl.TransportAddress), true),
  f("keepAlivePayloadType", int(0, 127), true),
  f("keepAliveInterval", ref("H323-MESSAGES.TimeToLive", () => H323Messages.TimeToLive), true),
], []);
