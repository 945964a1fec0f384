import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { captureSegments } from "../../../test/support/h323/capture-segments.js";
import { parseCallPdu } from "../h225/call-pdu.js";
import { parseTpkt } from "../tpkt/tpkt.js";
import { serializeTraversalFacility, traversalFacilityCallId } from "./traversal-facility.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const CALL_ID = new Uint8Array(Buffer.from("6c11d5239bf0f11198bff98a9fa708a0", "hex"));

// d-h46018.pcapng frame 21: dave's first message on the TCP connection it opened to GnuGk
// after the ServiceControlIndication.
function daveFacility(): Uint8Array {
  const s = captureSegments().find((x) => x.capture === "d-h46018.pcapng" && x.frame === 21);
  if (!s) throw new Error("frame 21 missing from fixtures/h323/tcp-segments.tsv");
  return s.payload;
}

describe("H.460.18 Facility on the endpoint's outward connection", () => {
  it("writes what H323Plus wrote (H.225.0 v7, tunnelling on): same Q.931, same value, v8 extension bitmap", () => {
    const ours = parseCallPdu(
      parseTpkt(serializeTraversalFacility(CALL_ID, { protocolIdentifier: "0.0.8.2250.0.7" })),
    );
    const theirs = parseCallPdu(parseTpkt(daveFacility()));
    expect(ours.uu).toEqual(theirs.uu);
    expect({ ...ours.message, userInformation: undefined }).toEqual({
      ...theirs.message,
      userInformation: undefined,
    });
    // H323Plus's ASN.1 predates H.225.0 v8: its extension bitmap is shorter; ours is the oracle's.
    const golden = loadGoldenPdus().find(
      (p) => p.capture === "d-h46018" && p.frame === 21 && p.type === "H323-UserInformation",
    )!;
    expect(hex(ours.message.userInformation!)).toBe(hex(golden.oracleReencoded));
  });

  it("recognises the captured Facility and gives its call, and refuses other messages", () => {
    expect(hex(traversalFacilityCallId(parseCallPdu(parseTpkt(daveFacility())))!)).toBe(hex(CALL_ID));
    const ours = parseCallPdu(parseTpkt(serializeTraversalFacility(CALL_ID)));
    expect(traversalFacilityCallId(ours)).toEqual(CALL_ID);
    const setup = captureSegments().find((x) => x.capture === "d-h46018.pcapng" && x.frame === 23)!;
    expect(traversalFacilityCallId(parseCallPdu(parseTpkt(setup.payload)))).toBeUndefined();
  });

  it("refuses a call identifier that is not 16 octets", () => {
    expect(() => serializeTraversalFacility(new Uint8Array(15))).toThrow("is 15 octets, expected 16");
  });
});
