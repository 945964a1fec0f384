// The ICE and rtcp-mux checks graded from live evidence as well as SDP: each verdict flips when
// the measured part changes.
import { describe, expect, it } from "vitest";
import { answerOffer } from "../protocol/sdp/answer-offer.js";
import { buildOffer } from "../protocol/sdp/build-offer.js";
import { defaultCapabilities } from "../protocol/sdp/capabilities.js";
import { readAnswer } from "../protocol/sdp/read-answer.js";
import { sdpEvidence } from "./endpoint-sdp.js";
import type { Evidence, IceEvidence, MediaSourceEvidence } from "./evidence.js";
import { iceCheck, rtcpMuxCheck } from "./traversal-check.js";

const ICE_OFFER = [
  "v=0",
  "o=- 1 1 IN IP4 127.0.0.1",
  "s=-",
  "c=IN IP4 127.0.0.1",
  "t=0 0",
  "a=ice-ufrag:abcd",
  "a=ice-pwd:0123456789012345678901",
  "m=audio 4000 RTP/AVP 0",
  "a=rtcp-mux",
  "a=candidate:1 1 UDP 2130706431 127.0.0.1 4000 typ host",
  "m=video 4002 RTP/AVP 96",
  "a=rtpmap:96 H264/90000",
  "a=rtcp-mux",
  "a=candidate:1 1 UDP 2130706431 127.0.0.1 4002 typ host",
  "",
].join("\r\n");

/** The room's view of a caller that offered ICE: the caller's offer and what its checks did. */
function callerOffering(ice?: IceEvidence): Evidence {
  return {
    sdp: [sdpEvidence(ICE_OFFER, "offer", "invite")],
    ...(ice ? { transport: { ice } } : {}),
  };
}

const theirChecks = (over: Partial<IceEvidence>): IceEvidence => ({
  direction: "endpoint-checked-us",
  requests: 8,
  succeeded: 8,
  nominated: ["audio 127.0.0.1:4000", "video 127.0.0.1:4002"],
  streams: 2,
  failures: [],
  addresses: ["127.0.0.1:4000", "127.0.0.1:4002"],
  ...over,
});

describe("traversal.ice with live connectivity checks (RFC 8445)", () => {
  it("SDP alone: ICE offered passes on the candidate lines", () => {
    const c = iceCheck(callerOffering());
    expect(c.status).toBe("pass");
    expect(c.summary).toMatch(/ICE offered: 2 candidates/);
  });

  it("checks run and both streams nominated: pass, with the count and the nominated pairs", () => {
    const c = iceCheck(callerOffering(theirChecks({})));
    expect(c.status).toBe("pass");
    expect(c.summary).toBe(
      "the endpoint ran ICE connectivity checks: 8 binding requests from 127.0.0.1:4000, 127.0.0.1:4002, nominated audio 127.0.0.1:4000, video 127.0.0.1:4002",
    );
    expect(c.evidence).toMatchObject({
      checks: { requests: 8, nominated: ["audio 127.0.0.1:4000", "video 127.0.0.1:4002"] },
    });
  });

  it("ICE offered but no checks arrived: warn", () => {
    const c = iceCheck(
      callerOffering(theirChecks({ requests: 0, succeeded: 0, nominated: [], addresses: [] })),
    );
    expect(c.status).toBe("warn");
    expect(c.summary).toMatch(/ran no connectivity checks/);
  });

  it("checks that never authenticate fail; checks without a nomination warn", () => {
    const bad = iceCheck(
      callerOffering(theirChecks({ succeeded: 0, nominated: [], failures: ["401 MESSAGE-INTEGRITY"] })),
    );
    expect(bad.status).toBe("fail");
    expect(bad.summary).toMatch(/none of which authenticated: 401 MESSAGE-INTEGRITY/);
    const unnominated = iceCheck(callerOffering(theirChecks({ nominated: ["audio 127.0.0.1:4000"] })));
    expect(unnominated.status).toBe("warn");
    expect(unnominated.summary).toMatch(/nominated 1 of 2 streams/);
  });

  it("our checks against an endpoint whose answer has ICE: answered passes, unanswered fails", () => {
    const ours = (over: Partial<IceEvidence>): Evidence =>
      callerOffering({ ...theirChecks({}), direction: "we-checked-endpoint", roundTripMs: 0.8, ...over });
    const ok = iceCheck(ours({}));
    expect(ok.status).toBe("pass");
    expect(ok.summary).toMatch(
      /answered our ICE connectivity checks: 8 of 8 authenticated.*first answer after 0.8 ms/,
    );
    const silent = iceCheck(
      ours({ requests: 80, succeeded: 0, nominated: [], failures: ["audio/1: no answer to 40 checks"] }),
    );
    expect(silent.status).toBe("fail");
    expect(silent.summary).toMatch(/none of our 80 connectivity checks succeeded/);
  });
});

/** Our call's view of an answer: our offer (mux offered on audio and video), the answer, and RTCP as measured. */
function answered(
  roomMux: boolean,
  rtcp?: { audio: MediaSourceEvidence["rtcp"]; video: MediaSourceEvidence["rtcp"] },
): Evidence {
  const offer = buildOffer({
    address: "127.0.0.1",
    sessionId: "1",
    audio: { port: 30000, rtcpPort: 30001 },
    video: { port: 30002, rtcpPort: 30003 },
    srtp: "off",
    rtcpMux: true,
  });
  const a = answerOffer(
    offer.sdp,
    { ...defaultCapabilities(), rtcpMux: roomMux },
    {
      address: "127.0.0.1",
      ports: { audio: 40000, video: 40002 },
      srtp: "off",
    },
  );
  if (!a.ok) throw new Error(a.reason);
  const r = readAnswer(offer, a.sdp);
  if (!r.ok) throw new Error(r.reason);
  const source = (kind: "audio" | "video", port: number): MediaSourceEvidence => ({
    kind,
    sdpAddress: "127.0.0.1",
    sdpPort: port,
    ...(rtcp?.[kind] ? { rtcp: rtcp[kind] } : {}),
  });
  return {
    negotiated: r.session,
    transport: { mediaSources: [source("audio", 40000), source("video", 40002)] },
  };
}

describe("traversal.rtcp-mux with RTCP as it arrived (RFC 5761)", () => {
  it("mux agreed and RTCP on the RTP port: pass, naming the packets", () => {
    const c = rtcpMuxCheck(
      answered(true, { audio: { onRtpPort: 3, onRtcpPort: 0 }, video: { onRtpPort: 4, onRtcpPort: 0 } }),
    );
    expect(c.status).toBe("pass");
    expect(c.summary).toBe("rtcp-mux on all 2 RTP lines; RTCP arrived on the RTP port (audio 3, video 4)");
    expect(c.lines).toContain("a=rtcp-mux");
  });

  it("mux agreed but RTCP sent to the separate port: warn", () => {
    const c = rtcpMuxCheck(
      answered(true, { audio: { onRtpPort: 0, onRtcpPort: 3 }, video: { onRtpPort: 4, onRtcpPort: 0 } }),
    );
    expect(c.status).toBe("warn");
    expect(c.summary).toMatch(/sent its RTCP to the separate port \(audio: 3 on the RTCP port\)/);
  });

  it("the answer refuses mux: warn with the m-lines, even though RTCP flowed on the separate port", () => {
    const c = rtcpMuxCheck(
      answered(false, { audio: { onRtpPort: 0, onRtcpPort: 3 }, video: { onRtpPort: 0, onRtcpPort: 3 } }),
    );
    expect(c.status).toBe("warn");
    expect(c.evidence).toMatchObject({ streams: 2, muxed: 0 });
    expect(c.lines!.every((l) => l.startsWith("m="))).toBe(true);
  });
});
