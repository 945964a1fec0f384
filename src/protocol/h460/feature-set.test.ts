import { describe, expect, it } from "vitest";
import { capturedRas, uuAt } from "../../../test/support/h323/h46018-capture.js";
import { rasMessage } from "../asn1/index.js";
import {
  describeFeature,
  type FeatureCarrier,
  featureSetOf,
  featuresOf,
  findFeature,
  H460_FEATURE,
  H46019_PARAMETER,
  hasParameter,
  standardFeature,
} from "./feature-set.js";

const bodyOf = (v: { value: unknown }) => v.value as FeatureCarrier;

describe("H.460.1 feature sets in the d-h46018 capture (GnuGk + H323Plus)", () => {
  it("reads the GRQ/RRQ features 18 and 23 and the GCF/RCF answer 18", () => {
    const withFeatures = capturedRas().filter(({ ras }) => featuresOf(bodyOf(ras)).length > 0);
    const grq = capturedRas().find((r) => r.frame === 1)!.ras;
    expect(featuresOf(bodyOf(grq)).map(describeFeature)).toEqual([
      "H.460.18 (supported)",
      "H.460.23 (supported)",
    ]);
    const gcf = capturedRas().find((r) => r.frame === 2)!.ras;
    expect(featuresOf(bodyOf(gcf)).map((f) => f.id)).toEqual(["18"]);
    const arq = capturedRas().find((r) => r.frame === 9)!.ras;
    // ARQ: featureSet supported 9 (QoS monitoring) and genericData 24
    expect(featuresOf(bodyOf(arq)).map(describeFeature)).toEqual([
      "H.460.9 (supported)",
      "H.460.24 (genericData)",
    ]);
    // GRQ/GCF x2, RRQ/RCF x3 (one a keep-alive), ARQ x2, SCI
    expect(withFeatures.map((r) => r.ras.choice)).toContain("serviceControlIndication");
    expect(withFeatures).toHaveLength(13);
  });

  it("reads feature 19 with its parameters from Setup's own supportedFeatures and Connect's featureSet", () => {
    const setupByErin = uuAt(14).uu["h323-uu-pdu"]["h323-message-body"];
    const f = findFeature(featuresOf(bodyOf(setupByErin)), H460_FEATURE.mediaTraversal);
    expect(f?.role).toBe("supported");
    expect(hasParameter(f, H46019_PARAMETER.supportTransmitMultiplexedMedia)).toBe(true);
    const setupByGk = uuAt(23).uu["h323-uu-pdu"]["h323-message-body"];
    expect(
      hasParameter(findFeature(featuresOf(bodyOf(setupByGk)), 19), H46019_PARAMETER.mediaTraversalServer),
    ).toBe(true);
    const connect = uuAt(28).uu["h323-uu-pdu"]["h323-message-body"];
    expect(featuresOf(bodyOf(connect)).map(describeFeature)).toEqual(["H.460.19 (supported)"]);
  });

  it("finds a feature in its strongest role; absent lists give nothing", () => {
    const body: FeatureCarrier = {
      featureSet: featureSetOf({
        supported: [standardFeature(18)],
        needed: [standardFeature(18, [{ id: 1 }])],
      }),
    };
    expect(findFeature(featuresOf(body), 18)?.role).toBe("needed");
    expect(findFeature(featuresOf(body), 19)).toBeUndefined();
    expect(featuresOf(undefined)).toEqual([]);
    expect(featuresOf({})).toEqual([]);
  });

  it("builds a FeatureSet that encodes in an RRQ and reads back the same", () => {
    const featureSet = featureSetOf({
      supported: [standardFeature(18), standardFeature(19, [{ id: 1 }])],
      desired: [standardFeature(23, [{ id: 1, content: { choice: "bool", value: true } }])],
    });
    const grq = rasMessage.decode(capturedRas().find((r) => r.frame === 1)!.bytes);
    if (grq.choice !== "gatekeeperRequest") throw new Error("frame 1 is a GRQ");
    const again = rasMessage.decode(rasMessage.encode({ ...grq, value: { ...grq.value, featureSet } }));
    expect(featuresOf(bodyOf(again)).map(describeFeature)).toEqual([
      "H.460.23 [1] (desired)",
      "H.460.18 (supported)",
      "H.460.19 [1] (supported)",
    ]);
    expect(featuresOf(bodyOf(again))[0]!.parameters[0]!.kind).toBe("bool");
  });
});
