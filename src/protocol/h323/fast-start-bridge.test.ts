import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callSignallingFlows } from "../../../test/support/h323/capture-segments.js";
import type { H225 } from "../asn1/index.js";
import { parseCallPdu } from "../h225/call-pdu.js";
import { ParseError } from "../parse-error.js";
import { answerOffer } from "../sdp/answer-offer.js";
import { buildOffer } from "../sdp/build-offer.js";
import { defaultCapabilities } from "../sdp/capabilities.js";
import { readSdp } from "../sdp/media-section.js";
import { readAnswer } from "../sdp/read-answer.js";
import { TpktFramer } from "../tpkt/tpkt-framer.js";
import {
  fastStartAnswer,
  fastStartOffer,
  readFastStartAnswer,
  readFastStartOffer,
} from "./fast-start-bridge.js";
import { readLocalMedia } from "./local-media.js";

// Fast start (H.323 §8.1.7) through the SDP our caller and room really write and read: the
// caller's offer becomes proposals, the callee reads them as an SDP offer, the room's SDP
// answer becomes the Connect's elements, and the caller reads those as the SDP answer to its
// offer, with the real offer/answer code on both ends.

function callerOffer(host = "127.0.0.1", audio = 5000, video = 5002) {
  return buildOffer({
    address: host,
    audio: { port: audio, rtcpPort: audio + 1 },
    video: { port: video, rtcpPort: video + 1 },
    srtp: "off",
    rtcpMux: false,
    sessionId: "11",
  });
}

function roomAnswer(offerSdp: string, host = "127.0.0.2", audio = 6000, video = 6002) {
  const r = answerOffer(offerSdp, defaultCapabilities(), {
    address: host,
    ports: { audio, video },
    srtp: "off",
    sessionId: "22",
  });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe("SDP through fast start (H.323 §8.1.7)", () => {
  it("our offer proposes a transmit and a receive channel per codec H.245 carries", () => {
    const local = readLocalMedia(callerOffer().sdp);
    const offer = fastStartOffer(local);
    // G.722, PCMA, PCMU and H.264 in packetization modes 1 and 0 (H.241 mediaPacketization): 5 x 2.
    expect(offer.elements.length).toBe(10);
    expect(offer.proposals.map((p) => `${p.number}${p.direction[0]} ${p.codec.name}`)).toEqual([
      "1f G722",
      "2r G722",
      "3f PCMA",
      "4r PCMA",
      "5f PCMU",
      "6r PCMU",
      "7f H264",
      "8r H264",
      "9f H264",
      "10r H264",
    ]);
  });

  it("caller offer -> callee SDP offer -> room answer -> Connect -> caller SDP answer, addresses intact", () => {
    const offer = callerOffer();
    const local = readLocalMedia(offer.sdp);
    const proposals = fastStartOffer(local);
    const atCallee = readFastStartOffer(proposals.elements, "7");
    const seen = readSdp(atCallee.sdp);
    expect(seen.media.map((m) => [m.kind, m.address, m.port, m.rtcpPort])).toEqual([
      ["audio", "127.0.0.1", 5000, 5001],
      ["video", "127.0.0.1", 5002, 5003],
    ]);
    expect(seen.media[1]!.codecs[0]).toMatchObject({ name: "H264", payloadType: 96 });
    expect(seen.media[1]!.codecs[0]!.fmtp).toEqual({
      "profile-level-id": "42e01f",
      "packetization-mode": "1",
    });
    expect(seen.media[1]!.codecs[1]).toMatchObject({
      name: "H264",
      payloadType: 97,
      fmtp: { "profile-level-id": "42e01f" },
    });

    const answer = roomAnswer(atCallee.sdp);
    const connect = fastStartAnswer(atCallee.proposals, readLocalMedia(answer.sdp));
    expect(connect.elements.length).toBe(4);

    const read = readFastStartAnswer(local, proposals, connect.elements, "8");
    const negotiated = readAnswer(offer, read.sdp);
    expect(negotiated.ok).toBe(true);
    if (!negotiated.ok) return;
    const { audio, video } = negotiated.session;
    expect(audio?.remote).toEqual({
      address: "127.0.0.2",
      rtpPort: 6000,
      rtcpAddress: "127.0.0.2",
      rtcpPort: 6001,
    });
    expect(video?.remote).toEqual({
      address: "127.0.0.2",
      rtpPort: 6002,
      rtcpAddress: "127.0.0.2",
      rtcpPort: 6003,
    });
    expect(audio?.codec?.name).toBe(answer.session.audio?.codec?.name);
    expect(video?.codec).toMatchObject({ name: "H264", payloadType: 96 });
    expect(audio?.remoteDirection).toBe("sendrecv");
  });

  it("a callee that sends no video answers only the video channel the caller sends on", () => {
    const offer = callerOffer();
    const local = readLocalMedia(offer.sdp);
    const proposals = fastStartOffer(local);
    const atCallee = readFastStartOffer(proposals.elements, "7");
    const answer = answerOffer(atCallee.sdp, defaultCapabilities(), {
      address: "127.0.0.2",
      ports: { audio: 6000, video: 6002 },
      srtp: "off",
      direction: { audio: "sendrecv", video: "recvonly" },
    });
    if (!answer.ok) throw new Error(answer.reason);
    const connect = fastStartAnswer(atCallee.proposals, readLocalMedia(answer.sdp));
    expect(connect.channels.map((c) => `${c.kind} ${c.direction}`)).toEqual([
      "audio forward",
      "audio reverse",
      "video forward",
    ]);
    const negotiated = readAnswer(offer, readFastStartAnswer(local, proposals, connect.elements, "8").sdp);
    expect(negotiated.ok && negotiated.session.video?.remoteDirection).toBe("recvonly");
  });

  it("property: any ports and loopback addresses survive the round trip both ways", () => {
    const port = fc.integer({ min: 1024, max: 65000 }).map((p) => p & ~1);
    const host = fc.integer({ min: 1, max: 254 }).map((n) => `127.0.${n}.1`);
    fc.assert(
      fc.property(host, port, port, host, port, port, (ch, ca, cv, rh, ra, rv) => {
        fc.pre(ca !== cv && ra !== rv);
        const offer = callerOffer(ch, ca, cv);
        const local = readLocalMedia(offer.sdp);
        const proposals = fastStartOffer(local);
        const atCallee = readFastStartOffer(proposals.elements, "1");
        const seen = readSdp(atCallee.sdp);
        expect(seen.media.map((m) => [m.address, m.port, m.rtcpPort])).toEqual([
          [ch, ca, ca + 1],
          [ch, cv, cv + 1],
        ]);
        const answer = roomAnswer(atCallee.sdp, rh, ra, rv);
        const connect = fastStartAnswer(atCallee.proposals, readLocalMedia(answer.sdp));
        const n = readAnswer(offer, readFastStartAnswer(local, proposals, connect.elements, "2").sdp);
        expect(n.ok).toBe(true);
        if (!n.ok) return;
        expect(n.session.audio?.remote).toEqual({
          address: rh,
          rtpPort: ra,
          rtcpAddress: rh,
          rtcpPort: ra + 1,
        });
        expect(n.session.video?.remote).toEqual({
          address: rh,
          rtpPort: rv,
          rtcpAddress: rh,
          rtcpPort: rv + 1,
        });
      }),
      { numRuns: 60 },
    );
  });

  it("reads ooh323c's captured Setup proposals as an SDP offer with its receive addresses", () => {
    let setupFastStart: Uint8Array[] | undefined;
    for (const flow of callSignallingFlows().filter((f) => f.key.startsWith("a-direct-faststart"))) {
      const framer = new TpktFramer();
      framer.push(flow.bytes);
      for (let p = framer.next(); p !== undefined; p = framer.next()) {
        const body = parseCallPdu(p).uu["h323-uu-pdu"]["h323-message-body"];
        if (body.choice === "setup") setupFastStart = (body.value as H225.SetupUUIE).fastStart;
      }
    }
    expect(setupFastStart?.length).toBeGreaterThan(0);
    const atCallee = readFastStartOffer(setupFastStart!, "1");
    const seen = readSdp(atCallee.sdp);
    expect(seen.media.map((m) => m.kind)).toEqual(["audio", "video"]);
    for (const m of seen.media) {
      expect(m.address).toMatch(/^127\./);
      expect(m.port).toBeGreaterThan(0);
      expect(m.direction).toBe("sendrecv");
    }
    expect(seen.media[1]!.codecs[0]!.name).toBe("H264");
    // And the room answers it, so a fast start answer goes back.
    const answer = roomAnswer(atCallee.sdp);
    expect(fastStartAnswer(atCallee.proposals, readLocalMedia(answer.sdp)).elements.length).toBe(4);
  });

  it("a fastStart element that is not an OpenLogicalChannel is a ParseError naming fastStart[i]", () => {
    const good = fastStartOffer(readLocalMedia(callerOffer().sdp)).elements;
    const e = (() => {
      try {
        readFastStartOffer([good[0]!, Uint8Array.of(0xff, 0x01)], "1");
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ParseError);
    expect((e as ParseError).field).toBe("fastStart[1]");
  });

  it("property: random and truncated elements give a ParseError or an offer, nothing else", () => {
    const good = fastStartOffer(readLocalMedia(callerOffer().sdp)).elements;
    const element = fc.oneof(
      fc.uint8Array({ maxLength: 60 }),
      fc.tuple(fc.constantFrom(...good), fc.nat()).map(([g, n]) => g.subarray(0, n % (g.length + 1))),
    );
    fc.assert(
      fc.property(fc.array(element, { maxLength: 4 }), (elements) => {
        try {
          expect(readFastStartOffer(elements, "1").sdp).toMatch(/^v=0/);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });

  it("an SDP with nothing H.245 carries is a ParseError, not an empty proposal", () => {
    const sdp =
      "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 5000 RTP/AVP 111\r\na=rtpmap:111 opus/48000/2\r\n";
    expect(() => readLocalMedia(sdp)).toThrow(ParseError);
  });
});
