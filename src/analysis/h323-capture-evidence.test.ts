import { describe, expect, it } from "vitest";
import { analyzePcap, peerSegments, segmentsPcap } from "../../test/support/h323/segment-capture.js";
import { parseCallPdu, serializeCallPdu } from "../protocol/h225/call-pdu.js";
import { TPKT_HEADER_LENGTH } from "../protocol/tpkt/tpkt.js";
import type { H323CallFacts, H323CapturedMessage } from "./h323-call-facts.js";
import { h323GradedParty } from "./h323-capture-evidence.js";

// Which party of a captured H.323 call is graded: the one asked for, else the one that is not
// vdm-test by the vendor it names in H.225.0 (Setup sourceInfo, Connect destinationInfo), else
// the callee; read from the parties' own bytes.

const call = analyzePcap(segmentsPcap(peerSegments("a-direct-faststart.pcapng"))).analysis.h323.calls[0]!;

/** The call with the Connect's destinationInfo vendor renamed, re-encoded as on the wire. */
function withCalleeProduct(c: H323CallFacts, product: string): H323CallFacts {
  const rename = (m: H323CapturedMessage): H323CapturedMessage => {
    if (m.name !== "Connect") return m;
    const pdu = parseCallPdu(m.bytes);
    const body = pdu.uu["h323-uu-pdu"]["h323-message-body"];
    if (body.choice !== "connect") throw new Error("not a Connect");
    const vendor = body.value.destinationInfo.vendor!;
    const renamed = { ...vendor, productId: new TextEncoder().encode(product) };
    const uu = {
      ...pdu.uu,
      "h323-uu-pdu": {
        ...pdu.uu["h323-uu-pdu"],
        "h323-message-body": {
          choice: "connect" as const,
          value: { ...body.value, destinationInfo: { ...body.value.destinationInfo, vendor: renamed } },
        },
      },
    };
    const { userInformation: _, ...message } = pdu.message;
    return { ...m, bytes: serializeCallPdu(message, uu).subarray(TPKT_HEADER_LENGTH) };
  };
  return { ...c, legs: c.legs.map((l) => ({ ...l, messages: l.messages.map(rename) })) };
}

describe("h323GradedParty", () => {
  it("grades the callee when neither party is vdm-test", () => {
    expect(h323GradedParty(call)).toMatchObject({
      side: "callee",
      address: "127.0.0.2:1720",
      vendor: "objsys v0.9.4",
      why: "the callee (neither party is vdm-test)",
    });
  });

  it("grades the caller when the callee names itself vdm-test (a capture of our room)", () => {
    const g = h323GradedParty(withCalleeProduct(call, "vdm-test room"));
    expect(g).toMatchObject({ side: "caller", why: "the caller: the callee is vdm-test" });
    expect(g.address).toMatch(/^127\.0\.0\.3:/);
  });

  it("--side wins over the vendors", () => {
    const g = h323GradedParty(withCalleeProduct(call, "vdm-test room"), "callee");
    expect(g).toMatchObject({ side: "callee", vendor: "vdm-test room v0.9.4", why: "--side callee" });
  });
});
