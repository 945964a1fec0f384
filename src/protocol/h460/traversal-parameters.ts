import { type H245, H46019, traversalParameters } from "../asn1/index.js";
import { type HostPort, h245Address, readH245Address } from "../h323/transport-address.js";
import { ParseError } from "../parse-error.js";
import { decodeWhole } from "./whole-octets.js";

// H.460.19 media traversal, per logical channel: an OpenLogicalChannel / OpenLogicalChannelAck
// carries genericInformation with messageIdentifier standard 0.0.8.460.19.0.1. Without
// messageContent it says "this channel takes part in H.460.19"; with parameter 1 (an
// octetString) it carries the PER-encoded TraversalParameters (MEDIA-TRAVERSAL ASN.1 module):
//
//   TraversalParameters ::= SEQUENCE {
//     multiplexedMediaChannel         TransportAddress OPTIONAL,  -- H.245 TransportAddress
//     multiplexedMediaControlChannel  TransportAddress OPTIONAL,
//     multiplexID                     INTEGER(0..4294967295) OPTIONAL,
//     keepAliveChannel                TransportAddress OPTIONAL,
//     keepAlivePayloadType            INTEGER(0..127) OPTIONAL,
//     keepAliveInterval               TimeToLive OPTIONAL,        -- seconds, 1..4294967295
//     ... }
//
// The media traversal server puts keepAliveChannel and keepAliveInterval in the OLC it sends;
// the client names the payload type of its keep-alive RTP in its OLCAck (keepAlivePayloadType),
// then sends keep-alives to keepAliveChannel so the pinhole opens and stays open. Multiplexed
// media: multiplexedMediaChannel / ...ControlChannel and the multiplexID to prefix packets with.

/** genericInformation messageIdentifier of H.460.19 in OLC and OLCAck. */
export const MEDIA_TRAVERSAL_OID = "0.0.8.460.19.0.1";
/** messageContent parameter 1: the TraversalParameters octets. */
export const TRAVERSAL_PARAMETERS_PARAMETER = 1;

const FORMAT = "H.460.19";

/** TraversalParameters with IPv4 addresses as host and port. */
export interface MediaTraversal {
  readonly multiplexedMediaChannel?: HostPort;
  readonly multiplexedMediaControlChannel?: HostPort;
  readonly multiplexID?: number;
  readonly keepAliveChannel?: HostPort;
  readonly keepAlivePayloadType?: number;
  /** Seconds between keep-alives. */
  readonly keepAliveInterval?: number;
}

const ADDRESS_FIELDS = [
  "multiplexedMediaChannel",
  "multiplexedMediaControlChannel",
  "keepAliveChannel",
] as const;

/** Reads the octets of parameter 1; throws ParseError naming the field. */
export function parseTraversalParameters(raw: Uint8Array): MediaTraversal {
  const v = decodeWhole<H46019.TraversalParameters>(
    H46019.TraversalParameters,
    raw,
    `PER ${traversalParameters.name}`,
    "TraversalParameters",
  );
  const out: Record<string, unknown> = {};
  for (const field of ADDRESS_FIELDS) {
    const a = v[field];
    if (a === undefined) continue;
    const hp = readH245Address(a);
    if (!hp)
      throw new ParseError(FORMAT, `TraversalParameters.${field}`, -1, "is not an IPv4 unicast address");
    out[field] = hp;
  }
  if (v.multiplexID !== undefined) out["multiplexID"] = v.multiplexID;
  if (v.keepAlivePayloadType !== undefined) out["keepAlivePayloadType"] = v.keepAlivePayloadType;
  if (v.keepAliveInterval !== undefined) out["keepAliveInterval"] = v.keepAliveInterval;
  return out as MediaTraversal;
}

/** The octets of parameter 1; AsnEncodeError / ParseError name a value that does not fit. */
export function serializeTraversalParameters(t: MediaTraversal): Uint8Array {
  const v: H46019.TraversalParameters = {};
  for (const field of ADDRESS_FIELDS) {
    const a = t[field];
    if (a !== undefined) v[field] = h245Address(a);
  }
  if (t.multiplexID !== undefined) v.multiplexID = t.multiplexID;
  if (t.keepAlivePayloadType !== undefined) v.keepAlivePayloadType = t.keepAlivePayloadType;
  if (t.keepAliveInterval !== undefined) v.keepAliveInterval = t.keepAliveInterval;
  return traversalParameters.encode(v);
}

/** H.460.19 genericInformation: with TraversalParameters, or the bare "supported" marker. */
export function mediaTraversalInformation(t?: MediaTraversal): H245.GenericInformation {
  return {
    messageIdentifier: { choice: "standard", value: MEDIA_TRAVERSAL_OID },
    ...(t
      ? {
          messageContent: [
            {
              parameterIdentifier: { choice: "standard", value: TRAVERSAL_PARAMETERS_PARAMETER },
              parameterValue: { choice: "octetString", value: serializeTraversalParameters(t) },
            },
          ],
        }
      : {}),
  };
}

/** What an OLC or OLCAck says about H.460.19 for its channel. */
export interface ChannelTraversal {
  /** At least one genericInformation 0.0.8.460.19.0.1 was present. */
  readonly marked: boolean;
  /** The TraversalParameters of every entry that carried them, in order. */
  readonly parameters: readonly MediaTraversal[];
}

/** Reads the H.460.19 entries of an OLC's / OLCAck's genericInformation; throws ParseError on bad octets. */
export function channelTraversalOf(info: readonly H245.GenericInformation[] | undefined): ChannelTraversal {
  const entries = (info ?? []).filter(
    (g) => g.messageIdentifier.choice === "standard" && g.messageIdentifier.value === MEDIA_TRAVERSAL_OID,
  );
  const parameters: MediaTraversal[] = [];
  for (const e of entries) {
    for (const p of e.messageContent ?? []) {
      if (
        p.parameterIdentifier.choice !== "standard" ||
        p.parameterIdentifier.value !== TRAVERSAL_PARAMETERS_PARAMETER
      )
        continue;
      if (p.parameterValue.choice !== "octetString") {
        throw new ParseError(
          FORMAT,
          "genericInformation.messageContent[1]",
          -1,
          `is ${p.parameterValue.choice}, expected octetString`,
        );
      }
      parameters.push(parseTraversalParameters(p.parameterValue.value));
    }
  }
  return { marked: entries.length > 0, parameters };
}

/** All TraversalParameters of a channel merged, later entries filling what earlier ones left out. */
export function mergedTraversal(c: ChannelTraversal): MediaTraversal {
  return Object.assign({}, ...[...c.parameters].reverse()) as MediaTraversal;
}
