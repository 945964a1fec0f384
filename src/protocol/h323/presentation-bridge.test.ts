import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { type H245, multimediaSystemControlMessage } from "../asn1/index.js";
import { answerOffer } from "../sdp/answer-offer.js";
import { defaultCapabilities } from "../sdp/capabilities.js";
import { readSdp } from "../sdp/media-section.js";
import { capabilitySetOf, readCapabilitySet } from "./capability-set.js";
import { offerFromChannels } from "./channel-bridge.js";
import { PRESENTATION_SESSION_ID, readLocalMedia, streamsOf } from "./local-media.js";
import { readChannel } from "./logical-channel.js";
import { describeDataType } from "./media-codec.js";
import { acceptsPresentation, planPresentationChannel, presentationStream } from "./presentation-bridge.js";
import { remoteOfferSdp } from "./remote-sdp.js";

// The H.239 presentation between SDP (a second m=video with a=content:slides, RFC 4796) and
// H.245 (H.239 §7.1 capabilities, §9 the presentation channel), through the PER codec, and the
// presentation channel H323Plus opened in capture f-h323plus-video read as one.

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

const wire = (m: H245.MultimediaSystemControlMessage) =>
  multimediaSystemControlMessage.decode(multimediaSystemControlMessage.encode(m));

function tcsOnWire(sdp: string): H245.TerminalCapabilitySet {
  const local = readLocalMedia(sdp);
  const set = capabilitySetOf(streamsOf(local), local.presentation?.codecs ?? []);
  const m = wire({
    choice: "request",
    value: { choice: "terminalCapabilitySet", value: { sequenceNumber: 1, ...set } },
  });
  return (m.value as { value: H245.TerminalCapabilitySet }).value;
}

describe("H.239 presentation bridged to SDP", () => {
  it("reads the slides line as the presentation, apart from the main video", () => {
    const local = readLocalMedia(SDP);
    expect(streamsOf(local).map((s) => [s.kind, s.rtp.port])).toEqual([
      ["audio", 5000],
      ["video", 5002],
    ]);
    expect(local.presentation).toMatchObject({
      index: 2,
      kind: "video",
      sessionID: PRESENTATION_SESSION_ID,
      rtp: { port: 5004 },
      rtcp: { port: 5005 },
    });
  });

  it("declares H.239 from the slides line and reads it back (H.239 §7.1)", () => {
    const read = readCapabilitySet(tcsOnWire(SDP));
    expect(read.h239Control).toBe(true);
    expect(read.presentation.map((c) => [c.name, c.fmtp["packetization-mode"] ?? "0"])).toEqual([
      ["H264", "1"],
      ["H264", "0"],
    ]);
    // The presentation is not main video: the main receive list is unchanged.
    expect(read.receive.find((k) => k.kind === "video")!.codecs).toHaveLength(2);
    expect(read.names).toEqual(
      expect.arrayContaining(["H.239 presentation H.264 Baseline level 3.1 receive"]),
    );
    // Without a slides line, no H.239.
    const plain = readCapabilitySet(tcsOnWire(SDP.replace(/m=video 5004[\s\S]*$/, "")));
    expect([plain.h239Control, plain.presentation]).toEqual([false, []]);
  });

  it("a capability set with the presentation codec but no H.239 control gives no presentation", () => {
    const set = tcsOnWire(SDP);
    const without = {
      ...set,
      capabilityTable: set.capabilityTable!.filter(
        (e) => e.capability?.choice !== "genericControlCapability",
      ),
    };
    expect(readCapabilitySet(without).presentation).toEqual([]);
  });

  it("plans the presentation channel with the role label, read back as a presentation", () => {
    const local = readLocalMedia(SDP);
    const far = readCapabilitySet(tcsOnWire(SDP));
    const plan = planPresentationChannel(local, far, 10, 0)!;
    expect(plan.request).toMatchObject({ number: 10, sessionID: 0, dynamicRTPPayloadType: 97 });
    expect(describeDataType(plan.request.dataType)).toBe("H.239 presentation H.264 Baseline level 3.1");
    const olc = wire({
      choice: "request",
      value: {
        choice: "openLogicalChannel",
        value: {
          forwardLogicalChannelNumber: 10,
          forwardLogicalChannelParameters: {
            dataType: plan.request.dataType,
            multiplexParameters: {
              choice: "h2250LogicalChannelParameters",
              value: {
                sessionID: 0,
                mediaControlChannel: plan.request.mediaControlChannel,
                dynamicRTPPayloadType: 97,
                mediaPacketization: plan.request.mediaPacketization,
              },
            },
          },
        },
      },
    });
    const channel = readChannel((olc.value as { value: H245.OpenLogicalChannel }).value)!;
    expect(channel).toMatchObject({
      presentation: true,
      kind: "video",
      codec: { name: "H264", payloadType: 97 },
    });
    expect(acceptsPresentation(local, channel)).toBe(true);
    expect(planPresentationChannel(local, { ...far, h239Control: false }, 10, 0)).toBeUndefined();
  });

  it("capture f frame 381: H323Plus's presentation channel 103 is a presentation, never the main video", () => {
    const bytes = loadGoldenPdus().filter(
      (p) =>
        p.capture === "f-h323plus-video" && p.frame === 381 && p.type === "MultimediaSystemControlMessage",
    );
    const olc = bytes
      .map((p) => multimediaSystemControlMessage.decode(p.bytes))
      .find((m) => m.choice === "request" && m.value.choice === "openLogicalChannel")!;
    const channel = readChannel((olc.value as { value: H245.OpenLogicalChannel }).value)!;
    expect(channel).toMatchObject({
      number: 103,
      presentation: true,
      sessionID: 0,
      codec: { name: "H264", payloadType: 98 },
      mediaControlChannel: { host: "127.0.0.1", port: 5005 },
    });
    // The room takes its slides in packetization mode 1; H323Plus sends mode 0 (single NAL).
    expect(acceptsPresentation(readLocalMedia(SDP), channel)).toBe(false);
    expect(acceptsPresentation(readLocalMedia(SDP.replace(/;packetization-mode=1/g, "")), channel)).toBe(
      true,
    );
  });

  it("the far end's presentation is a slides line the room's SDP answer takes", () => {
    const far = readCapabilitySet(tcsOnWire(SDP));
    const slides = presentationStream(far)!;
    const offer = offerFromChannels(far.receive, [], "7", new Map(), slides);
    const reading = readSdp(offer);
    expect(reading.media.map((m) => m.kind)).toEqual(["slides"]);
    const both = remoteOfferSdp(
      [
        {
          kind: "audio",
          rtp: { host: "127.0.0.1", port: 6000 },
          codecs: far.receive[0]!.codecs,
          direction: "sendrecv",
        },
        slides,
      ],
      "7",
    );
    const r = answerOffer(both, defaultCapabilities(), {
      address: "127.0.0.1",
      ports: { audio: 7000, video: 7002 },
      srtp: "off",
      keys: { audio: new Uint8Array(30), video: new Uint8Array(30) },
      sessionId: "1",
    });
    expect(readSdp(both).media.map((m) => [m.kind, m.content])).toEqual([
      ["audio", undefined],
      ["slides", "slides"],
    ]);
    expect(r.ok).toBe(true);
    expect(presentationStream({ ...far, h239Control: false, presentation: [] })).toBeUndefined();
  });
});
