import { describe, expect, it } from "vitest";
import { type H245, H245 as H245Types, openLogicalChannel, perCodec } from "../asn1/index.js";
import { OID_AES128_CBC } from "./h235-oids.js";
import {
  channelAlgorithms,
  plainDataType,
  securedCapabilities,
  securedDataType,
  withSecurityCapabilities,
} from "./h245-security.js";

const tcs = perCodec<H245.TerminalCapabilitySet>("TerminalCapabilitySet", H245Types.TerminalCapabilitySet);
const audio: H245.DataType = { choice: "audioData", value: { choice: "g711Ulaw64k", value: 20 } };

describe("H.235 in H.245: h235SecurityCapability and h235Media", () => {
  it("wraps and unwraps a channel's dataType, naming AES-128", () => {
    const s = securedDataType(audio);
    expect(s.choice).toBe("h235Media");
    expect(channelAlgorithms(s)).toEqual([OID_AES128_CBC]);
    expect(plainDataType(s)).toEqual(audio);
    expect(channelAlgorithms(audio)).toBeUndefined();
    const olc: H245.OpenLogicalChannel = {
      forwardLogicalChannelNumber: 1,
      forwardLogicalChannelParameters: {
        dataType: s,
        multiplexParameters: { choice: "h2250LogicalChannelParameters", value: { sessionID: 1 } },
      },
    };
    const back = openLogicalChannel.decode(openLogicalChannel.encode(olc));
    expect(plainDataType(back.forwardLogicalChannelParameters.dataType)).toEqual(audio);
  });

  it("adds a security capability per media capability, in the same alternatives, through PER", () => {
    const set = withSecurityCapabilities({
      sequenceNumber: 1,
      protocolIdentifier: "0.0.8.245.0.13",
      capabilityTable: [
        {
          capabilityTableEntryNumber: 1,
          capability: { choice: "receiveAudioCapability", value: { choice: "g711Ulaw64k", value: 20 } },
        },
      ],
      capabilityDescriptors: [{ capabilityDescriptorNumber: 0, simultaneousCapabilities: [[1]] }],
    });
    const back = tcs.decode(tcs.encode(set));
    expect(securedCapabilities(back)).toEqual([1]);
    expect(back.capabilityDescriptors![0]!.simultaneousCapabilities).toEqual([[1, 2]]);
  });
});
