import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  h323UserInformation,
  incomingCallIndication,
  rasMessage,
  traversalParameters,
} from "../../src/protocol/asn1/index.js";
import {
  featureSetOf,
  serializeIncomingCallIndication,
  serializeTraversalParameters,
  serviceControlIndicationFor,
  standardFeature,
  traversalFacilityUu,
} from "../../src/protocol/h460/index.js";
import { oracleUnavailable, PerOracle } from "../support/asn1-oracle/oracle-client.js";

// What src/protocol/h460 writes, read by an independent decoder: Erlang/OTP's asn1 compiled from
// the same H.225.0 / SIGNALLING-TRAVERSAL / MEDIA-TRAVERSAL modules (test/support/asn1-oracle).

const missing = oracleUnavailable();
if (missing) console.warn(`skipping the H.460 oracle tests: ${missing}`);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const CALL_ID = new Uint8Array(Buffer.from("00112233445566778899aabbccddeeff", "hex"));
const CALL = { callSignallingAddress: { host: "127.0.0.9", port: 11720 }, callId: CALL_ID };

describe.skipIf(missing !== undefined)("H.460.18/.19 values decode in the Erlang asn1 oracle", () => {
  let oracle: PerOracle;
  beforeAll(async () => {
    oracle = new PerOracle();
    await oracle.request(
      "encode",
      "MultimediaSystemControlMessage",
      "{indication,{userInput,{alphanumeric,[]}}}",
    );
  }, 600_000);
  afterAll(() => oracle?.close());

  const json = async (type: string, bytes: Uint8Array) =>
    JSON.parse(await oracle.request("decode-json", type, hex(bytes)));

  it("IncomingCallIndication", async () => {
    expect(
      await json("SIGNALLING-TRAVERSAL:IncomingCallIndication", serializeIncomingCallIndication(CALL)),
    ).toEqual({
      callSignallingAddress: { ipAddress: { ip: "7f000009", port: 11720 } },
      callID: { guid: hex(CALL_ID) },
    });
    expect(
      await oracle.request(
        "roundtrip",
        incomingCallIndication.name,
        hex(serializeIncomingCallIndication(CALL)),
      ),
    ).toBe("same");
  });

  it("the ServiceControlIndication that carries it", async () => {
    const sci = await json("RasMessage", rasMessage.encode(serviceControlIndicationFor(77, CALL, "ep1")));
    expect(sci.serviceControlIndication.requestSeqNum).toBe(77);
    expect(sci.serviceControlIndication.endpointIdentifier).toBe("ep1");
    const g = sci.serviceControlIndication.genericData[0];
    expect(g.id).toEqual({ standard: 18 });
    expect(g.parameters[0].content.raw).toBe(hex(serializeIncomingCallIndication(CALL)));
  });

  it("TraversalParameters, server's and client's", async () => {
    const server = serializeTraversalParameters({
      keepAliveChannel: { host: "127.0.0.9", port: 40000 },
      keepAliveInterval: 19,
      multiplexedMediaChannel: { host: "127.0.0.9", port: 3000 },
      multiplexID: 4_000_000_000,
    });
    expect(await json("TraversalParameters", server)).toEqual({
      keepAliveChannel: { unicastAddress: { iPAddress: { network: "7f000009", tsapIdentifier: 40000 } } },
      keepAliveInterval: 19,
      multiplexedMediaChannel: {
        unicastAddress: { iPAddress: { network: "7f000009", tsapIdentifier: 3000 } },
      },
      multiplexID: 4_000_000_000,
    });
    expect(await oracle.request("roundtrip", traversalParameters.name, hex(server))).toBe("same");
    expect(
      await json("TraversalParameters", serializeTraversalParameters({ keepAlivePayloadType: 127 })),
    ).toEqual({
      keepAlivePayloadType: 127,
    });
  });

  it("the Facility the endpoint sends on its outward connection, and a feature set in RRQ terms", async () => {
    const uu = h323UserInformation.encode(traversalFacilityUu(CALL_ID));
    const v = await json("H323-UserInformation", uu);
    expect(v["h323-uu-pdu"]["h323-message-body"].facility.reason).toEqual({ undefinedReason: null });
    expect(v["h323-uu-pdu"]["h323-message-body"].facility.callIdentifier.guid).toBe(hex(CALL_ID));
    expect(await oracle.request("roundtrip", "H323-UserInformation", hex(uu))).toBe("same");
    const fs = featureSetOf({ supported: [standardFeature(18), standardFeature(19, [{ id: 1 }])] });
    const { perCodec, H225 } = await import("../../src/protocol/asn1/index.js");
    const bytes = perCodec("FeatureSet", H225.FeatureSet).encode(fs);
    expect(await json("FeatureSet", bytes)).toEqual({
      replacementFeatureSet: false,
      supportedFeatures: [
        { id: { standard: 18 } },
        { id: { standard: 19 }, parameters: [{ id: { standard: 1 } }] },
      ],
    });
  });
});
