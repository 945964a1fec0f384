import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type H245, multimediaSystemControlMessage } from "../asn1/index.js";
import { H241Level, H241ProfileBit } from "../h245/terminal-capabilities.js";
import { answerOffer } from "../sdp/answer-offer.js";
import { buildOffer } from "../sdp/build-offer.js";
import { defaultCapabilities } from "../sdp/capabilities.js";
import { formatProfileLevelId, parseProfileLevelId } from "../sdp/h264.js";
import { readSdp } from "../sdp/media-section.js";
import { readAnswer } from "../sdp/read-answer.js";
import { capabilitySetOf, readCapabilitySet } from "./capability-set.js";
import { acceptsChannel, answerFromChannels, offerFromChannels, planChannels } from "./channel-bridge.js";
import { h241LevelOf, profileLevelOf } from "./h264-h241.js";
import { readLocalMedia, streamsOf } from "./local-media.js";
import { readChannel } from "./logical-channel.js";
import { describeDataType } from "./media-codec.js";

// SDP through H.245 capability exchange and logical channels (H.245 §8.3-8.4): each end's TCS
// from its SDP, each end's OLCs from its SDP and the other's TCS, and the SDP each end's
// application reads, checked with the real offer/answer code. Messages go through the PER
// codec both ways, as on the wire.

const wire = (m: H245.MultimediaSystemControlMessage) =>
  multimediaSystemControlMessage.decode(multimediaSystemControlMessage.encode(m));

function tcsOnWire(sdp: string): H245.TerminalCapabilitySet {
  const m = wire({
    choice: "request",
    value: {
      choice: "terminalCapabilitySet",
      value: { sequenceNumber: 0, ...capabilitySetOf(streamsOf(readLocalMedia(sdp))) },
    },
  });
  if (m.choice !== "request" || m.value.choice !== "terminalCapabilitySet") throw new Error("not a TCS");
  return m.value.value;
}

function olcOnWire(r: ReturnType<typeof planChannels>[number]["request"]): H245.OpenLogicalChannel {
  const m = wire({
    choice: "request",
    value: {
      choice: "openLogicalChannel",
      value: {
        forwardLogicalChannelNumber: r.number,
        forwardLogicalChannelParameters: {
          dataType: r.dataType,
          multiplexParameters: {
            choice: "h2250LogicalChannelParameters",
            value: {
              sessionID: r.sessionID,
              mediaControlChannel: r.mediaControlChannel,
              ...(r.dynamicRTPPayloadType !== undefined
                ? { dynamicRTPPayloadType: r.dynamicRTPPayloadType }
                : {}),
              ...(r.mediaPacketization ? { mediaPacketization: r.mediaPacketization } : {}),
            },
          },
        },
      },
    },
  });
  if (m.choice !== "request" || m.value.choice !== "openLogicalChannel") throw new Error("not an OLC");
  return m.value.value;
}

describe("SDP through H.245 capabilities and logical channels (H.245 §8.3, §8.4)", () => {
  it("a call without fast start: both TCS, both ends' channels, the SDP each application reads", () => {
    const offer = buildOffer({
      address: "127.0.0.1",
      audio: { port: 5000, rtcpPort: 5001 },
      video: { port: 5002, rtcpPort: 5003 },
      srtp: "off",
      rtcpMux: false,
      sessionId: "1",
    });
    const callerLocal = readLocalMedia(offer.sdp);
    const callerTcs = readCapabilitySet(tcsOnWire(offer.sdp));
    expect(callerTcs.names).toEqual([
      "G.722 receive",
      "G.711 A-law receive",
      "G.711 µ-law receive",
      "H.264 Baseline level 3.1 receive",
    ]);
    // The callee declares what the room receives before it has an answer (defaults).
    const calleeTcsSdp = buildOffer({
      address: "127.0.0.2",
      audio: { port: 9 },
      video: { port: 9 },
      srtp: "off",
      sessionId: "0",
    }).sdp;
    const calleeTcs = readCapabilitySet(tcsOnWire(calleeTcsSdp));

    const callerChannels = planChannels(callerLocal, calleeTcs.receive);
    expect(callerChannels.map((c) => `${c.request.number} ${c.kind} ${c.codec.name}`)).toEqual([
      "1 audio G722",
      "2 video H264",
    ]);
    const incomingAtCallee = callerChannels.map((c) => readChannel(olcOnWire(c.request))!);
    const calleeOffer = offerFromChannels(callerTcs.receive, incomingAtCallee, "5");
    const seen = readSdp(calleeOffer);
    // The caller's RTP port is not in its OLC: the offer says RTCP's port - 1 until the Ack to our channel tells.
    expect(seen.media.map((m) => [m.kind, m.port, m.rtcpPort, m.codecs[0]!.name])).toEqual([
      ["audio", 5000, 5001, "G722"],
      ["video", 5002, 5003, "H264"],
    ]);

    const answer = answerOffer(calleeOffer, defaultCapabilities(), {
      address: "127.0.0.2",
      ports: { audio: 6000, video: 6002 },
      srtp: "off",
    });
    if (!answer.ok) throw new Error(answer.reason);
    const calleeLocal = readLocalMedia(answer.sdp);
    expect(incomingAtCallee.every((c) => acceptsChannel(calleeLocal, c))).toBe(true);
    const calleeChannels = planChannels(calleeLocal, callerTcs.receive);
    expect(calleeChannels.map((c) => c.codec.name)).toEqual(["G722", "H264"]);

    // The callee acks the caller's channels with its RTP/RTCP (from its answer).
    const opened = callerChannels.map((planned) => {
      const s = streamsOf(calleeLocal).find((x) => x.kind === planned.kind)!;
      return { planned, rtp: s.rtp, rtcp: s.rtcp };
    });
    const incomingAtCaller = calleeChannels.map((c) => readChannel(olcOnWire(c.request))!);
    const negotiated = readAnswer(offer, answerFromChannels(callerLocal, opened, incomingAtCaller, "6"));
    expect(negotiated.ok).toBe(true);
    if (!negotiated.ok) return;
    expect(negotiated.session.audio?.remote).toEqual({
      address: "127.0.0.2",
      rtpPort: 6000,
      rtcpAddress: "127.0.0.2",
      rtcpPort: 6001,
    });
    expect(negotiated.session.video?.codec).toMatchObject({ name: "H264", payloadType: 96 });
    expect(negotiated.session.video?.remoteDirection).toBe("sendrecv");
  });

  it("no channel for a medium the far end does not receive", () => {
    const audioOnly = buildOffer({
      address: "127.0.0.2",
      audio: { port: 9 },
      srtp: "off",
      sessionId: "0",
    }).sdp;
    const local = readLocalMedia(
      buildOffer({
        address: "127.0.0.1",
        audio: { port: 5000 },
        video: { port: 5002 },
        srtp: "off",
        sessionId: "1",
      }).sdp,
    );
    expect(planChannels(local, readCapabilitySet(tcsOnWire(audioOnly)).receive).map((c) => c.kind)).toEqual([
      "audio",
    ]);
  });

  it("H.264 packetization: single NAL unit mode towards a far end that names no other (H.241 §8.3)", () => {
    const local = readLocalMedia(
      buildOffer({ address: "127.0.0.1", video: { port: 5002 }, srtp: "off", sessionId: "1" }).sdp,
    );
    const modeZeroOnly = tcsOnWire(
      "v=0\r\no=- 1 1 IN IP4 127.0.0.2\r\ns=-\r\nc=IN IP4 127.0.0.2\r\nt=0 0\r\nm=video 9 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 profile-level-id=42e00d\r\n",
    );
    const [video] = planChannels(local, readCapabilitySet(modeZeroOnly).receive);
    expect(video?.codec).toMatchObject({ payloadType: 97, fmtp: { "packetization-mode": "0" } });
    // The channel says so (mediaPacketization), and reads back as the same format.
    const read = readChannel(olcOnWire(video!.request))!;
    expect(read.codec).toMatchObject({
      name: "H264",
      payloadType: 97,
      fmtp: { "profile-level-id": "42e00d" },
    });
    const withBoth = readCapabilitySet(
      tcsOnWire(buildOffer({ address: "127.0.0.2", video: { port: 9 }, srtp: "off", sessionId: "0" }).sdp),
    );
    const [mode1] = planChannels(local, withBoth.receive);
    expect(mode1?.codec).toMatchObject({ payloadType: 96, fmtp: { "packetization-mode": "1" } });
    expect(readChannel(olcOnWire(mode1!.request))!.codec?.fmtp["packetization-mode"]).toBe("1");
  });

  it("sends the codec the far end sends when it can; an answer names both when they differ", () => {
    const offer = buildOffer({
      address: "127.0.0.1",
      audio: { port: 5000 },
      srtp: "off",
      rtcpMux: false,
      sessionId: "1",
    });
    const local = readLocalMedia(offer.sdp);
    const farEnd = readCapabilitySet(tcsOnWire(offer.sdp.replace("127.0.0.1", "127.0.0.2")));
    const pcma = { payloadType: 8, name: "PCMA", clockRate: 8000, channels: 1, fmtp: {} };
    expect(planChannels(local, farEnd.receive)[0]?.codec.name).toBe("G722");
    const [audio] = planChannels(local, farEnd.receive, 1, [pcma]);
    expect(audio?.codec.name).toBe("PCMA");
    // Had we sent G.722 while it sends PCMA, the answer says both, ours first.
    const g722 = planChannels(local, farEnd.receive)[0]!;
    const theirs = readChannel(
      olcOnWire({ ...audio!.request, mediaControlChannel: g722.request.mediaControlChannel }),
    )!;
    const answer = readSdp(
      answerFromChannels(local, [{ planned: g722, rtp: { host: "127.0.0.2", port: 6000 } }], [theirs], "1"),
    );
    expect(answer.media[0]!.codecs.map((c) => c.name)).toEqual(["G722", "PCMA"]);
  });

  it("H.264 goes at the lower of the two levels (H.241 §8.3.2.2)", () => {
    const sdpAt = (plid: string) =>
      `v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=video 5002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 profile-level-id=${plid};packetization-mode=1\r\n`;
    const ours = readLocalMedia(sdpAt("42e01f"));
    const theirs = readCapabilitySet(tcsOnWire(sdpAt("42e00d"))).receive;
    const [video] = planChannels(ours, theirs);
    expect(describeDataType(video!.request.dataType)).toBe("H.264 Baseline level 1.3");
  });
});

describe("H.264 profile and level between SDP and H.241 (RFC 6184 §8.1, H.241 §8.3.2)", () => {
  it("maps the levels of H.241 Table 8-4 and the profiles of Table 8-3", () => {
    const pl = (t: string) => parseProfileLevelId(t)!;
    expect(h241LevelOf(pl("42e01f"))).toBe(H241Level["3.1"]);
    expect(h241LevelOf(pl("42f00b"))).toBe(H241Level["1b"]);
    expect(h241LevelOf(pl("42e00b"))).toBe(H241Level["1.1"]);
    expect(h241LevelOf(pl("640028"))).toBe(H241Level["4"]);
    expect(
      formatProfileLevelId(profileLevelOf({ profile: H241ProfileBit.high, level: H241Level["4"]! })),
    ).toBe("640028");
    expect(
      formatProfileLevelId(profileLevelOf({ profile: H241ProfileBit.baseline, level: H241Level["1.3"]! })),
    ).toBe("42e00d");
    // An unlisted Level value (between 3.1 and 3.2) is read as the level below.
    expect(formatProfileLevelId(profileLevelOf({ profile: H241ProfileBit.main, level: 75 }))).toBe("4d001f");
  });

  it("property: every H.241 level and profile survives H.241 -> SDP -> H.241", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(H241Level)),
        fc.constantFrom(...Object.values(H241ProfileBit)),
        (level, profile) => {
          const pl = profileLevelOf({ profile, level });
          expect(h241LevelOf(pl)).toBe(level);
        },
      ),
    );
  });
});
