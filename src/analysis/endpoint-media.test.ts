import { describe, expect, it } from "vitest";
import { srtpOnWireCheck } from "../conformance/encryption-check.js";
import type { Evidence } from "../conformance/evidence.js";
import { h264KeyframeCheck, h264MediaCheck } from "../conformance/h264-check.js";
import { symmetricRtpCheck } from "../conformance/traversal-check.js";
import { readSdp } from "../protocol/sdp/media-section.js";
import { endpointMedia, keyframeResponse, splitFlows } from "./endpoint-media.js";
import type { H264Facts } from "./h264-observer.js";
import type { MediaStreamFacts } from "./media-stream.js";
import type { StreamBinding } from "./stream-binding.js";

// The graded party receives video on 10.0.0.2:30000 (RTCP 30001); the other party on 10.0.0.1:20000.
const ENDPOINT_SDP = readSdp(
  "v=0\r\no=- 1 1 IN IP4 10.0.0.2\r\ns=-\r\nc=IN IP4 10.0.0.2\r\nt=0 0\r\nm=video 30000 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 profile-level-id=42e01f;packetization-mode=1\r\n",
);

const H264: H264Facts = {
  packets: 100,
  invalidHeaders: 0,
  spsCount: 2,
  ppsCount: 2,
  idrCount: 2,
  accessUnits: 60,
  frameRate: 30,
  width: 320,
  height: 240,
};

function binding(over: Partial<StreamBinding> = {}): StreamBinding {
  return {
    callId: "c",
    mediaIndex: 0,
    kind: "video",
    protocol: "RTP/AVP",
    codecs: new Map([[96, { name: "H264", clockRate: 90_000 }]]),
    receiverAddress: "10.0.0.1",
    receiverPort: 20000,
    senderAddress: "10.0.0.2",
    senderPort: 30000,
    srtpNegotiated: false,
    rtcpMux: false,
    rtcp: false,
    ...over,
  };
}

function flow(src: string, dst: string, over: Partial<MediaStreamFacts> = {}): MediaStreamFacts {
  return {
    src,
    dst,
    foundBy: "sdp",
    binding: binding(),
    firstFrame: 1,
    packets: 100,
    nonRtp: 0,
    rtcp: { packets: 0, senderReports: 0, receiverReports: 0, byes: 0, feedback: 0 },
    ssrcs: [],
    ssrcChanges: 0,
    codec: "H264",
    h264: H264,
    protection: {
      authenticated: 0,
      authFailures: 0,
      unchecked: 0,
      rtcpAuthenticated: 0,
      rtcpAuthFailures: 0,
    },
    lastMs: 10_000,
    idrTimesMs: [0, 2050],
    keyframeRequestsMs: [],
    rtcpUnread: 0,
    ...over,
  };
}

/** The other party's RTCP to the graded party's video, carrying PLI/FIR at these times. */
const rtcpTo = (requests: number[], over: Partial<MediaStreamFacts> = {}) =>
  flow("10.0.0.1:20001", "10.0.0.2:30001", {
    packets: 0,
    binding: binding({ rtcp: true, receiverAddress: "10.0.0.2", receiverPort: 30001 }),
    keyframeRequestsMs: requests,
    ...over,
  });

const evidenceOf = (streams: MediaStreamFacts[]): Evidence => {
  const m = endpointMedia(streams, [ENDPOINT_SDP]);
  return {
    ...(m.media ? { media: m.media } : {}),
    transport: { mediaSources: m.mediaSources },
    unavailable: m.unavailable,
  };
};

describe("flows told apart by the graded party's SDP", () => {
  it("what is sent to its SDP address (RTP or RTCP) is to it; the rest is from it", () => {
    const video = flow("10.0.0.2:30000", "10.0.0.1:20000");
    const back = flow("10.0.0.1:20000", "10.0.0.2:30000");
    const { fromEndpoint, toEndpoint } = splitFlows([video, back, rtcpTo([])], [ENDPOINT_SDP]);
    expect(fromEndpoint).toEqual([video]);
    expect(toEndpoint.map((s) => s.dst)).toEqual(["10.0.0.2:30000", "10.0.0.2:30001"]);
  });

  it("without a dialog every flow found is the graded one's", () => {
    const s = flow("10.0.0.2:30000", "10.0.0.1:20000", { binding: undefined, foundBy: "heuristic" });
    expect(splitFlows([s], undefined).fromEndpoint).toEqual([s]);
  });
});

describe("keyframe after PLI/FIR (RFC 4585 §6.3.1, RFC 5104 §4.3.1)", () => {
  const video = flow("10.0.0.2:30000", "10.0.0.1:20000");

  it("each request is answered by the next IDR; one with none after it for 3 s is unanswered", () => {
    expect(keyframeResponse(video, [rtcpTo([2000, 6000])]).measurement).toEqual({
      requests: 2,
      responseMs: [50, null],
    });
  });

  it("a request too close to the end of the capture is not judged", () => {
    expect(keyframeResponse(video, [rtcpTo([2000, 9000])]).measurement).toEqual({
      requests: 1,
      responseMs: [50],
    });
    expect(keyframeResponse(video, [rtcpTo([9000])]).why.en).toMatch(/capture ends before a keyframe/);
  });

  it("no request, or only SRTCP without its key, says why", () => {
    expect(keyframeResponse(video, [rtcpTo([])]).why.en).toMatch(/no PLI\/FIR was sent/);
    expect(keyframeResponse(video, [rtcpTo([], { rtcpUnread: 3 })]).why.en).toMatch(
      /3 RTCP packets unreadable/,
    );
    expect(keyframeResponse(video, [rtcpTo([], { rtcpUnread: 3 })]).why.sv).toMatch(/3 RTCP-paket oläsliga/);
  });

  it("the engine grades it: removing the IDR after the request flips pass to fail", () => {
    const answered = evidenceOf([video, rtcpTo([2000])]);
    expect(h264KeyframeCheck(answered).status).toBe("pass");
    const late = evidenceOf([flow("10.0.0.2:30000", "10.0.0.1:20000", { idrTimesMs: [0] }), rtcpTo([2000])]);
    expect(h264KeyframeCheck(late).status).toBe("fail");
  });
});

describe("the graded party's media as the engine reads it", () => {
  it("H.264 structure stands for decoded frames, with the profile-level-id of its SDP", () => {
    const e = evidenceOf([
      flow("10.0.0.2:30000", "10.0.0.1:20000", { ssrcs: [{ payloadType: 96 } as never] }),
    ]);
    expect(e.media?.video).toMatchObject({
      codec: "H264",
      framesDecoded: 60,
      width: 320,
      height: 240,
      frameRate: 30,
      profileLevelId: "42e01f",
    });
    expect(h264MediaCheck(e).status).toBe("pass");
    // No IDR: nothing a decoder could start from.
    const noIdr = evidenceOf([flow("10.0.0.2:30000", "10.0.0.1:20000", { h264: { ...H264, idrCount: 0 } })]);
    expect(h264MediaCheck(noIdr).status).toBe("fail");
  });

  it("SRTP: plain-agreed fails, authenticated passes, agreed without its key is not tested", () => {
    const plain = evidenceOf([flow("10.0.0.2:30000", "10.0.0.1:20000")]);
    expect(srtpOnWireCheck(plain).status).toBe("fail");
    const key = { suite: "AES_CM_128_HMAC_SHA1_80", keySalt: new Uint8Array(30), mkiLength: 0 };
    const srtp = binding({ srtpNegotiated: true, protocol: "RTP/SAVP", senderKey: key });
    const authenticated = evidenceOf([
      flow("10.0.0.2:30000", "10.0.0.1:20000", {
        binding: srtp,
        protection: {
          authenticated: 100,
          authFailures: 0,
          unchecked: 0,
          rtcpAuthenticated: 0,
          rtcpAuthFailures: 0,
        },
      }),
    ]);
    expect(srtpOnWireCheck(authenticated).status).toBe("pass");
    const { senderKey: _, ...keyless } = srtp;
    const opaque = evidenceOf([
      flow("10.0.0.2:30000", "10.0.0.1:20000", { binding: keyless, h264: { ...H264, invalidHeaders: 60 } }),
    ]);
    expect(opaque.media?.video).toBeUndefined();
    expect(srtpOnWireCheck(opaque).status).toBe("not-tested");
    expect(srtpOnWireCheck(opaque).summary).toMatch(/keys are not in the capture/);
    expect(h264MediaCheck(opaque).summary).toMatch(/its H\.264 cannot be read/);
    // Readable H.264 on a stream agreed as SRTP was sent in the clear.
    const clear = evidenceOf([flow("10.0.0.2:30000", "10.0.0.1:20000", { binding: keyless })]);
    expect(srtpOnWireCheck(clear)).toMatchObject({ status: "fail", evidence: { plainPackets: 100 } });
  });

  it("symmetric RTP: its packets' source against its SDP port", () => {
    expect(symmetricRtpCheck(evidenceOf([flow("10.0.0.2:30000", "10.0.0.1:20000")])).status).toBe("pass");
    expect(symmetricRtpCheck(evidenceOf([flow("10.0.0.2:31000", "10.0.0.1:20000")])).status).toBe("warn");
    // Its SDP names a stream that never came: nothing to judge.
    expect(symmetricRtpCheck(evidenceOf([])).status).toBe("inconclusive");
  });
});
