import type { H225 } from "../asn1/index.js";

// ITU-T H.460.1, the generic extensibility framework: a feature is a GenericData whose id names
// it (a standard number, an OID or a GUID) and whose parameters carry its values. The
// FeatureSet of H.225.0's ASN.1 sorts an endpoint's features into needed, desired and
// supported; it rides in the RAS messages and in CallProceeding/Alerting/Connect/Facility, and
// the Setup-UUIE carries the three lists as fields of its own. genericData carries features'
// data outside a FeatureSet: H.460.18's IncomingCallIndication rides there.

/** The standard H.460 features this project reads, by their H.460.1 standard identifier. */
export const H460_FEATURE = {
  /** H.460.9: QoS monitoring reports. */
  qosMonitoring: 9,
  /** H.460.17: RAS tunnelled over the call signalling TCP connection. */
  tunnelledRas: 17,
  /** H.460.18: signalling traversal (the traversal server reaches the endpoint by SCI). */
  signallingTraversal: 18,
  /** H.460.19: media traversal (keep-alives, multiplexed media). */
  mediaTraversal: 19,
  /** H.460.23: NAT type detection in RAS. */
  natDetection: 23,
  /** H.460.24: point-to-point media through NAT. */
  p2pMediaNat: 24,
  /** H.460.26: media tunnelled over TCP. */
  mediaOverTcp: 26,
} as const;

/** H.460.19 feature 19 parameters in Setup/CallProceeding/Alerting/Connect (H.460.19, feature 19). */
export const H46019_PARAMETER = {
  /** The endpoint can send multiplexed media (multiplexID-prefixed RTP/RTCP). */
  supportTransmitMultiplexedMedia: 1,
  /** The sender acts as media traversal server. */
  mediaTraversalServer: 2,
} as const;

/** Whether a feature is needed, desired or supported (H.225.0 FeatureSet), or sent as genericData. */
export type FeatureRole = "needed" | "desired" | "supported" | "genericData";

/** A feature's identifier as text: "18" for standard 18, the OID or "guid:HEX" otherwise. */
export type FeatureId = string;

export interface FeatureParameter {
  readonly id: FeatureId;
  /** The content's kind ("raw", "bool", "number8", ...); absent when the parameter has no content. */
  readonly kind?: string;
  readonly content?: H225.Content;
}

/** One feature as an endpoint stated it. */
export interface AdvertisedFeature {
  readonly id: FeatureId;
  readonly role: FeatureRole;
  readonly parameters: readonly FeatureParameter[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** H.460.1 GenericIdentifier as text. */
export function featureIdOf(id: H225.GenericIdentifier): FeatureId {
  switch (id.choice) {
    case "standard":
      return String(id.value);
    case "oid":
      return id.value;
    case "nonStandard":
      return `guid:${hex(id.value)}`;
    default:
      return "unknown";
  }
}

function read(g: H225.GenericData, role: FeatureRole): AdvertisedFeature {
  return {
    id: featureIdOf(g.id),
    role,
    parameters: (g.parameters ?? []).map((p) => ({
      id: featureIdOf(p.id),
      ...(p.content ? { kind: p.content.choice, content: p.content } : {}),
    })),
  };
}

/** The lists a message body may carry features in (FeatureSet fields, Setup's own, genericData). */
export interface FeatureCarrier {
  readonly featureSet?: H225.FeatureSet;
  readonly neededFeatures?: readonly H225.GenericData[];
  readonly desiredFeatures?: readonly H225.GenericData[];
  readonly supportedFeatures?: readonly H225.GenericData[];
  readonly genericData?: readonly H225.GenericData[];
}

/** Every feature a RAS message or UUIE body carries, in the order of its lists. */
export function featuresOf(body: FeatureCarrier | null | undefined): AdvertisedFeature[] {
  if (!body || typeof body !== "object") return [];
  const lists: [readonly H225.GenericData[] | undefined, FeatureRole][] = [
    [body.featureSet?.neededFeatures, "needed"],
    [body.featureSet?.desiredFeatures, "desired"],
    [body.featureSet?.supportedFeatures, "supported"],
    [body.neededFeatures, "needed"],
    [body.desiredFeatures, "desired"],
    [body.supportedFeatures, "supported"],
    [body.genericData, "genericData"],
  ];
  return lists.flatMap(([list, role]) => (list ?? []).map((g) => read(g, role)));
}

/** The feature with this standard number, in the strongest role it was stated in. */
export function findFeature(
  features: readonly AdvertisedFeature[],
  standard: number,
): AdvertisedFeature | undefined {
  const id = String(standard);
  const order: FeatureRole[] = ["needed", "desired", "supported", "genericData"];
  return features.filter((f) => f.id === id).sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))[0];
}

/** Whether the feature carries the standard parameter `parameter`. */
export function hasParameter(feature: AdvertisedFeature | undefined, parameter: number): boolean {
  return feature?.parameters.some((p) => p.id === String(parameter)) ?? false;
}

/** A standard feature as GenericData, with parameters that are flags or carry content. */
export function standardFeature(
  id: number,
  parameters: readonly { readonly id: number; readonly content?: H225.Content }[] = [],
): H225.GenericData {
  return {
    id: { choice: "standard", value: id },
    ...(parameters.length > 0
      ? {
          parameters: parameters.map((p) => ({
            id: { choice: "standard", value: p.id },
            ...(p.content ? { content: p.content } : {}),
          })),
        }
      : {}),
  };
}

/** An H.225.0 FeatureSet with the given features; replacementFeatureSet false (H.460.1: adds to what was said before). */
export function featureSetOf(sets: {
  readonly needed?: readonly H225.GenericData[];
  readonly desired?: readonly H225.GenericData[];
  readonly supported?: readonly H225.GenericData[];
}): H225.FeatureSet {
  return {
    replacementFeatureSet: false,
    ...(sets.needed?.length ? { neededFeatures: [...sets.needed] } : {}),
    ...(sets.desired?.length ? { desiredFeatures: [...sets.desired] } : {}),
    ...(sets.supported?.length ? { supportedFeatures: [...sets.supported] } : {}),
  };
}

/** "H.460.18 (supported), H.460.19 [1] (supported)" for summaries. */
export function describeFeature(f: AdvertisedFeature): string {
  const name = /^\d+$/.test(f.id) ? `H.460.${f.id}` : f.id;
  const params = f.parameters.length ? ` [${f.parameters.map((p) => p.id).join(",")}]` : "";
  return `${name}${params} (${f.role})`;
}
