import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { h323UserInformation } from "../asn1/index.js";
import { aliasAddresses, ourEndpoint, readAliases, vendorText } from "./aliases.js";

// Aliases and vendor (H.225.0 §7.6 AliasAddress, VendorIdentifier) between H.225.0 and the
// caller's and room's plain shape, through the PER codec as in a Setup.

const ia5 = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, "a"));

describe("H.323 aliases (H.225.0 §7.6)", () => {
  it("property: any alias set survives AliasAddress and PER in a Setup's sourceAddress", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            h323Id: ia5,
            urlId: ia5.map((s) => `h323:${s.replace(/\s/g, "")}@example.org`),
            emailId: ia5.map((s) => `${s.replace(/[\s@]/g, "")}@example.org`),
            dialedDigits: fc.stringMatching(/^[0-9#*,]{1,20}$/),
          },
          { requiredKeys: [] },
        ),
        (aliases) => {
          const uu = h323UserInformation.decode(
            h323UserInformation.encode({
              "h323-uu-pdu": {
                "h323-message-body": {
                  choice: "setup",
                  value: {
                    protocolIdentifier: "0.0.8.2250.0.4",
                    sourceAddress: aliasAddresses(aliases),
                    sourceInfo: ourEndpoint("vdm-test", "1.2.3"),
                    activeMC: false,
                    conferenceID: new Uint8Array(16),
                    conferenceGoal: { choice: "create", value: null },
                    callType: { choice: "pointToPoint", value: null },
                    callIdentifier: { guid: new Uint8Array(16) },
                    mediaWaitForConnect: false,
                    canOverlapSend: false,
                    multipleCalls: false,
                    maintainConnection: false,
                  },
                },
              },
            }),
          );
          const body = uu["h323-uu-pdu"]["h323-message-body"];
          if (body.choice !== "setup") throw new Error("not a setup");
          const read = readAliases(body.value.sourceAddress);
          expect(read).toEqual(
            Object.fromEntries(Object.entries(aliases).filter(([, v]) => v !== undefined)),
          );
          expect(vendorText(body.value.sourceInfo)).toBe("vdm-test 1.2.3");
        },
      ),
      { numRuns: 50 },
    );
  });

  it("keeps the first alias of a kind and leaves transport addresses out", () => {
    expect(
      readAliases([
        { choice: "h323-ID", value: "first" },
        { choice: "h323-ID", value: "second" },
        {
          choice: "transportID",
          value: { choice: "ipAddress", value: { ip: Uint8Array.of(127, 0, 0, 1), port: 1720 } },
        },
      ]),
    ).toEqual({ h323Id: "first" });
    expect(vendorText({ mc: false, undefinedNode: false })).toBeUndefined();
  });
});
