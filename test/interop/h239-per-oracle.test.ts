import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type H245, multimediaSystemControlMessage } from "../../src/protocol/asn1/index.js";
import { type H239Message, h239ToH245 } from "../../src/protocol/h245/h239-messages.js";
import { capabilitySetOf } from "../../src/protocol/h323/capability-set.js";
import { readLocalMedia, streamsOf } from "../../src/protocol/h323/local-media.js";
import { presentationDataTypeOfCodec } from "../../src/protocol/h323/media-codec.js";
import { oracleUnavailable, PerOracle } from "../support/asn1-oracle/oracle-client.js";

// What we send for H.239 (the token messages, a capability set with the H.239 capabilities,
// the presentation channel's OpenLogicalChannel with the role label) decodes in the Erlang asn1
// oracle and re-encodes to our bytes (X.691 aligned PER, H.245's ASN.1).

const missing = oracleUnavailable();
if (missing) console.warn(`skipping the H.239 PER oracle test: ${missing}`);

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

const SDP = [
  "v=0",
  "o=- 1 1 IN IP4 127.0.0.1",
  "s=-",
  "c=IN IP4 127.0.0.1",
  "t=0 0",
  "m=audio 5000 RTP/AVP 0",
  "a=rtpmap:0 PCMU/8000",
  "m=video 5002 RTP/AVP 96",
  "a=rtpmap:96 H264/90000",
  "a=fmtp:96 profile-level-id=42e01f;packetization-mode=1",
  "m=video 5004 RTP/AVP 97",
  "a=rtpmap:97 H264/90000",
  "a=fmtp:97 profile-level-id=42e01f;packetization-mode=1",
  "a=content:slides",
  "",
].join("\r\n");

function ours(): H245.MultimediaSystemControlMessage[] {
  const tokens: H239Message[] = [
    { type: "presentationTokenRequest", terminalLabel: 0, channelId: 100, symmetryBreaking: 77 },
    { type: "presentationTokenResponse", result: "acknowledge", terminalLabel: 0, channelId: 100 },
    { type: "presentationTokenResponse", result: "reject", terminalLabel: 0, channelId: 100 },
    { type: "presentationTokenIndicateOwner", terminalLabel: 0, channelId: 100 },
    { type: "presentationTokenRelease", terminalLabel: 0, channelId: 100 },
    { type: "flowControlReleaseResponse", result: "reject", channelId: 100 },
  ];
  const local = readLocalMedia(SDP);
  const set = capabilitySetOf(streamsOf(local), local.presentation!.codecs);
  const dataType = presentationDataTypeOfCodec(local.presentation!.codecs[0]!)!;
  return [
    ...tokens.map(h239ToH245),
    { choice: "request", value: { choice: "terminalCapabilitySet", value: { sequenceNumber: 1, ...set } } },
    {
      choice: "request",
      value: {
        choice: "openLogicalChannel",
        value: {
          forwardLogicalChannelNumber: 100,
          forwardLogicalChannelParameters: {
            dataType,
            multiplexParameters: {
              choice: "h2250LogicalChannelParameters",
              value: {
                sessionID: 0,
                dynamicRTPPayloadType: 97,
                mediaControlChannel: {
                  choice: "unicastAddress",
                  value: {
                    choice: "iPAddress",
                    value: { network: Uint8Array.of(127, 0, 0, 1), tsapIdentifier: 5005 },
                  },
                },
              },
            },
          },
        },
      },
    },
  ];
}

describe.skipIf(missing !== undefined)(
  "H.239 messages we send, in the Erlang asn1 oracle (X.691 PER)",
  () => {
    let oracle: PerOracle;
    beforeAll(async () => {
      oracle = new PerOracle();
    }, 600_000);
    afterAll(() => oracle?.close());

    it("every one decodes and re-encodes to our bytes", async () => {
      for (const m of ours()) {
        const bytes = multimediaSystemControlMessage.encode(m);
        expect(await oracle.request("roundtrip", "MultimediaSystemControlMessage", hex(bytes))).toBe("same");
      }
    }, 600_000);
  },
);
