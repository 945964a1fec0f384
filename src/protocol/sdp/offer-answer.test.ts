import { describe, expect, it } from "vitest";
import { serializeRtpPacket } from "../rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../rtp/types.js";
import { createSrtpContext } from "../srtp/srtp-context.js";
import { type AnswerOptions, answerOffer } from "./answer-offer.js";
import { buildOffer, type OfferOptions } from "./build-offer.js";
import { defaultCapabilities } from "./capabilities.js";
import type { MediaHandler } from "./media-handler.js";
import { readSdp } from "./media-section.js";
import { readAnswer } from "./read-answer.js";
import type { SrtpPolicy } from "./sdp-types.js";

const local = defaultCapabilities();
const key = (n: number) => Uint8Array.from({ length: 30 }, (_, i) => (i * 13 + n) & 0xff);

function offer(srtp: SrtpPolicy, extra: Partial<OfferOptions> = {}) {
  return buildOffer({
    address: "127.0.0.1",
    sessionId: "4242",
    audio: { port: 30000, ssrc: 0x1111 },
    video: { port: 30002, ssrc: 0x2222 },
    srtp,
    keys: { audio: key(1), video: key(2) },
    ...extra,
  });
}

const roomOptions = (srtp: SrtpPolicy, extra: Partial<AnswerOptions> = {}): AnswerOptions => ({
  address: "127.0.0.1",
  ports: { audio: 40000, video: 40002 },
  srtp,
  keys: { audio: key(3), video: key(4) },
  ssrcs: { audio: 0xaaaa, video: 0xbbbb },
  sessionId: "777",
  ...extra,
});

function answer(sdp: string, srtp: SrtpPolicy, extra: Partial<AnswerOptions> = {}) {
  const r = answerOffer(sdp, local, roomOptions(srtp, extra));
  if (!r.ok) throw new Error(r.reason);
  return r;
}

/** A minimal offer in the style of a room system. */
function roomSystemOffer(media: string, session = "c=IN IP4 127.0.0.1\r\n"): string {
  return `v=0\r\no=rs 1 1 IN IP4 127.0.0.1\r\ns=-\r\n${session}t=0 0\r\n${media}`;
}

describe("buildOffer (RFC 3264 §5)", () => {
  it("srtp off: RTP/AVP, no crypto, our codecs and PTs, 127.0.0.1 advertised", () => {
    const o = offer("off");
    const read = readSdp(o.sdp);
    expect(read.media.map((m) => m.protocol)).toEqual(["RTP/AVP", "RTP/AVP"]);
    expect(o.sdp).not.toMatch(/a=crypto/);
    expect(o.sdp).toMatch(/^o=vdm-test 4242 1 IN IP4 127\.0\.0\.1\r$/m);
    expect(o.sdp).toMatch(/^c=IN IP4 127\.0\.0\.1\r$/m);
    expect(read.media[0]?.codecs.map((c) => `${c.name}/${c.clockRate}/${c.channels}`)).toEqual([
      "opus/48000/2",
      "G722/8000/1",
      "PCMA/8000/1",
      "PCMU/8000/1",
      "telephone-event/8000/1",
      "telephone-event/48000/1",
    ]);
    expect(read.media[1]?.codecs.map((c) => c.fmtp["packetization-mode"])).toEqual(["1", "0"]);
    expect(o.sdp).toMatch(/a=rtcp-fb:96 nack\r\na=rtcp-fb:96 nack pli\r\na=rtcp-fb:96 ccm fir/);
    expect(o.sdp).not.toMatch(/VP8/);
  });

  it("srtp optional: RTP/AVP with a=crypto for both suites (best-effort SRTP)", () => {
    const read = readSdp(offer("optional").sdp);
    expect(read.media[0]?.protocol).toBe("RTP/AVP");
    expect(read.media[0]?.crypto.map((c) => `${c.attribute.tag} ${c.attribute.suite}`)).toEqual([
      "1 AES_CM_128_HMAC_SHA1_80",
      "2 AES_CM_128_HMAC_SHA1_32",
    ]);
    expect(read.media[0]?.crypto[0]?.attribute.keys[0]?.keySalt).toEqual(key(1));
  });

  it("srtp mandatory: RTP/SAVP, and RTP/SAVPF for video when avpf is asked", () => {
    expect(readSdp(offer("mandatory").sdp).media.map((m) => m.protocol)).toEqual(["RTP/SAVP", "RTP/SAVP"]);
    expect(readSdp(offer("mandatory", { avpf: true }).sdp).media.map((m) => m.protocol)).toEqual([
      "RTP/SAVP",
      "RTP/SAVPF",
    ]);
  });

  it("refuses to offer SRTP without key material", () => {
    expect(() =>
      buildOffer({ address: "127.0.0.1", sessionId: "1", audio: { port: 1 }, srtp: "mandatory" }),
    ).toThrow(RangeError);
  });
});

describe("offer → answer → readAnswer agree (RFC 3264 §6, §7)", () => {
  it.each(["optional", "mandatory"] as const)(
    "srtp %s: same codecs, swapped keys, working SRTP both ways",
    (policy) => {
      const o = offer(policy);
      const a = answer(o.sdp, policy);
      const read = readAnswer(o, a.sdp);
      if (!read.ok) throw new Error(read.reason);
      const caller = read.session;
      const room = a.session;
      expect(caller.audio?.codec?.name).toBe("opus");
      expect(room.audio?.codec).toEqual(caller.audio?.codec);
      expect(caller.audio?.telephoneEvent?.clockRate).toBe(48000);
      expect(caller.video?.codec?.payloadType).toBe(96);
      expect(caller.video?.rtcpFb).toEqual(["nack", "nack pli", "ccm fir"]);
      expect(caller.audio?.remote).toEqual({
        address: "127.0.0.1",
        rtpPort: 40000,
        rtcpAddress: "127.0.0.1",
        rtcpPort: 40000,
      });
      expect(room.audio?.remote).toEqual({
        address: "127.0.0.1",
        rtpPort: 30000,
        rtcpAddress: "127.0.0.1",
        rtcpPort: 30000,
      });
      expect(caller.audio?.rtcpMux).toBe(true);
      expect(caller.audio?.srtp?.suite).toBe("AES_CM_128_HMAC_SHA1_80");
      expect(caller.audio?.srtp?.localKey).toEqual(room.audio?.srtp?.remoteKey);
      expect(caller.audio?.srtp?.remoteKey).toEqual(room.audio?.srtp?.localKey);
      // The keys really work: a packet protected by the caller is read by the room.
      const s = caller.video!.srtp!;
      const r = room.video!.srtp!;
      const tx = createSrtpContext({ suite: s.suite, localKey: s.localKey, remoteKey: s.remoteKey });
      const rx = createSrtpContext({ suite: r.suite, localKey: r.localKey, remoteKey: r.remoteKey });
      const packet = serializeRtpPacket({
        marker: true,
        payloadType: asPayloadType(caller.video!.codec!.payloadType),
        sequenceNumber: asSequenceNumber(1),
        timestamp: asRtpTimestamp(90000),
        ssrc: asSsrc(0x2222),
        csrcs: [],
        payload: Uint8Array.of(0x65, 1, 2, 3),
        paddingLength: 0,
      });
      expect(rx.unprotectRtp(tx.protectRtp(packet))).toEqual(packet);
      expect(caller.audio?.lines.crypto).toMatch(/^a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:/);
    },
  );

  it("srtp off on both sides: plain RTP, no crypto in the answer", () => {
    const o = offer("off");
    const a = answer(o.sdp, "off");
    expect(a.sdp).not.toMatch(/a=crypto/);
    const read = readAnswer(o, a.sdp);
    expect(read.ok && read.session.audio?.srtp).toBeUndefined();
  });

  it("keeps the raw lines that decided each thing", () => {
    const a = answer(offer("optional").sdp, "optional");
    const v = a.session.video!;
    expect(v.lines.media).toBe("m=video 30002 RTP/AVP 96 97");
    expect(v.lines.codec).toEqual([
      "a=rtpmap:96 H264/90000",
      "a=fmtp:96 profile-level-id=42e01f;packetization-mode=1",
    ]);
    expect(v.lines.rtcp).toEqual(["a=rtcp-mux"]);
    expect(v.lines.connection).toBe("c=IN IP4 127.0.0.1");
    expect(v.lines.direction).toBe("a=sendrecv");
    expect(v.lines.rtcpFb).toEqual(["a=rtcp-fb:96 nack", "a=rtcp-fb:96 nack pli", "a=rtcp-fb:96 ccm fir"]);
  });

  it("readAnswer refuses an answer with a different number of m-lines", () => {
    const o = offer("off");
    const a = answer(o.sdp, "off");
    const cut = a.sdp.slice(0, a.sdp.indexOf("m=video"));
    const r = readAnswer(o, cut);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/1 m= lines, the offer had 2/);
  });

  it("readAnswer refuses a crypto answer with a tag we never offered", () => {
    const o = offer("mandatory");
    const a = answer(o.sdp, "mandatory").sdp.replace(/a=crypto:1 /g, "a=crypto:9 ");
    const r = readAnswer(o, a);
    expect(r.ok).toBe(false);
    expect(r.session?.media[0]?.rejectReason).toMatch(/tag 9/);
  });
});

describe("SRTP policy matrix of the answerer", () => {
  const plain = offer("off").sdp;
  const bestEffort = offer("optional").sdp;
  const savp = offer("mandatory").sdp;
  it.each([
    ["off", plain, "plain"],
    ["off", bestEffort, "plain"],
    ["off", savp, 488],
    ["optional", plain, "plain"],
    ["optional", bestEffort, "srtp"],
    ["optional", savp, "srtp"],
    ["mandatory", plain, 488],
    ["mandatory", bestEffort, "srtp"],
    ["mandatory", savp, "srtp"],
  ] as const)("policy %s", (policy, sdp, expected) => {
    const r = answerOffer(sdp, local, roomOptions(policy));
    if (expected === 488) {
      expect(r.ok).toBe(false);
      expect(!r.ok && r.status).toBe(488);
      expect(!r.ok && r.warning).toMatch(/^399 127\.0\.0\.1 "no usable audio or video stream: .*SRTP/);
      return;
    }
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.audio?.srtp ? "srtp" : "plain").toBe(expected);
  });

  it("RTP/SAVP with only unsupported crypto is rejected with port 0", () => {
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/SAVP 0\r\na=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4=\r\n" +
        "m=video 5002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 packetization-mode=1\r\n",
    );
    const r = answer(sdp, "optional");
    expect(readSdp(r.sdp).media[0]?.port).toBe(0);
    expect(r.rejected[0]?.reason).toMatch(/AES_256_CM_HMAC_SHA1_80/);
    expect(r.session.video?.accepted).toBe(true);
  });

  it("accepts the 32-bit tag suite when it is the only one offered", () => {
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/SAVP 9\r\na=rtpmap:9 G722/8000\r\na=crypto:5 AES_CM_128_HMAC_SHA1_32 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20\r\n",
    );
    const r = answer(sdp, "mandatory");
    expect(r.session.audio?.srtp).toMatchObject({ suite: "AES_CM_128_HMAC_SHA1_32", tag: 5 });
    expect(r.sdp).toMatch(/^a=crypto:5 AES_CM_128_HMAC_SHA1_32 inline:/m);
  });
});

describe("codec choice", () => {
  it("first supported codec in the offer's order, keeping the offerer's dynamic PT", () => {
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/AVP 18 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n",
    );
    const r = answer(sdp, "off");
    expect(r.session.audio?.codec).toMatchObject({ payloadType: 0, name: "PCMU", clockRate: 8000 });
    expect(r.session.audio?.telephoneEvent?.payloadType).toBe(101);
    expect(readSdp(r.sdp).media[0]?.mLine).toBe("m=audio 40000 RTP/AVP 0 101");
    expect(r.sdp).toMatch(/a=fmtp:101 0-15/);
  });

  it("Opus: matches opus/48000/2 under any PT and answers our fmtp", () => {
    const r = answer(roomSystemOffer("m=audio 5000 RTP/AVP 120\r\na=rtpmap:120 OPUS/48000/2\r\n"), "off");
    expect(r.session.audio?.codec).toMatchObject({ payloadType: 120, name: "OPUS", channels: 2 });
    expect(r.sdp).toMatch(/a=fmtp:120 minptime=10;useinbandfec=1/);
  });

  it("H.264: packetization-mode must match; level answered as the lower of offered and ours", () => {
    const sdp = roomSystemOffer(
      "m=video 5002 RTP/AVP 126 97\r\na=rtpmap:126 H264/90000\r\na=fmtp:126 profile-level-id=640033;packetization-mode=2\r\n" +
        "a=rtpmap:97 H264/90000\r\na=fmtp:97 profile-level-id=640033;packetization-mode=1\r\n",
    );
    const r = answer(sdp, "off");
    expect(r.session.video?.codec?.payloadType).toBe(97);
    expect(r.session.video?.codec?.fmtp).toEqual({ "profile-level-id": "640028", "packetization-mode": "1" });
  });

  it("H.264 without fmtp is Baseline level 1, packetization-mode 0 (RFC 6184 defaults)", () => {
    const r = answer(roomSystemOffer("m=video 5002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"), "off");
    expect(r.session.video?.codec?.fmtp).toEqual({ "profile-level-id": "42000a", "packetization-mode": "0" });
  });

  it("VP8-only video is understood and rejected with a reason naming it", () => {
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/AVP 0\r\nm=video 5002 RTP/AVP 100\r\na=rtpmap:100 VP8/90000\r\na=rtcp-fb:100 nack pli\r\n",
    );
    const r = answer(sdp, "off");
    expect(r.session.video).toBeUndefined();
    expect(r.rejected).toEqual([
      {
        index: 1,
        kind: "video",
        reason: "only VP8 offered, which we recognise but do not accept (H.264 required)",
      },
    ]);
    expect(readSdp(r.sdp).media[1]?.mLine).toBe("m=video 0 RTP/AVP 100");
  });

  it("DTLS-SRTP (UDP/TLS/RTP/SAVPF) is rejected, not failed", () => {
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/AVP 0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=rtpmap:96 H264/90000\r\n",
    );
    const r = answer(sdp, "optional");
    expect(r.rejected[0]?.reason).toMatch(/DTLS-SRTP/);
  });

  it("no usable stream at all: 488 with a Warning", () => {
    const r = answerOffer(
      roomSystemOffer("m=audio 5000 RTP/AVP 18\r\n"),
      local,
      roomOptions("off", { warnAgent: "room.test" }),
    );
    expect(r).toMatchObject({ ok: false, status: 488 });
    expect(!r.ok && r.warning).toBe(
      '399 room.test "no usable audio or video stream: m-line 0 (audio): no supported audio codec among G729"',
    );
  });
});

describe("transport: rtcp-mux, a=rtcp, connection", () => {
  it("RFC 3605 a=rtcp gives the remote RTCP port and address; without rtcp-mux ours is port + 1", () => {
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/AVP 0\r\nc=IN IP4 127.0.0.2\r\na=rtcp:6001 IN IP4 127.0.0.3\r\n",
    );
    const r = answer(sdp, "off");
    expect(r.session.audio?.remote).toEqual({
      address: "127.0.0.2",
      rtpPort: 5000,
      rtcpAddress: "127.0.0.3",
      rtcpPort: 6001,
    });
    expect(r.session.audio?.localRtcpPort).toBe(40001);
    expect(r.session.audio?.rtcpMux).toBe(false);
    expect(r.session.audio?.lines.rtcp).toEqual(["a=rtcp:6001 IN IP4 127.0.0.3"]);
  });

  it("RFC 5761 §5.1.1 / RFC 8035 §5: our offer names the fallback RTCP port beside a=rtcp-mux; an answerer without mux gets RTCP there", () => {
    const o = offer("off", {
      audio: { port: 30000, rtcpPort: 30001 },
      video: { port: 30002, rtcpPort: 30003 },
      rtcpMux: true,
    });
    expect(o.sdp).toMatch(/m=audio 30000 [^\r]*\r\n(?:a=[^\r]*\r\n)*a=rtcp:30001\r\na=rtcp-mux\r\n/);
    const muxed = readAnswer(o, answer(o.sdp, "off").sdp);
    expect(muxed.ok && muxed.session.audio?.rtcpMux).toBe(true);
    expect(muxed.ok && muxed.session.audio?.remote?.rtcpPort).toBe(40000);
    const plain = answerOffer(o.sdp, { ...local, rtcpMux: false }, roomOptions("off"));
    expect(plain.ok && plain.sdp).not.toMatch(/a=rtcp-mux/);
    const read = readAnswer(o, plain.ok ? plain.sdp : "");
    expect(read.ok && read.session.audio?.rtcpMux).toBe(false);
    expect(read.ok && read.session.audio?.remote?.rtcpPort).toBe(40001);
    // Without mux offered there is no a=rtcp line (port + 1 is the default, RFC 3550 §11).
    expect(offer("off", { rtcpMux: false }).sdp).not.toMatch(/a=rtcp(?::|-mux)/);
  });

  it("RFC 8445 §2.5 / RFC 8839: an offer with ICE gets an ICE-lite answer with host candidates; one without gets none", () => {
    const lite = { ufrag: "room", pwd: "roompasswordroompasswd" };
    const withIce = offer("off", {
      iceSession: ["a=ice-ufrag:abcd", "a=ice-pwd:0123456789012345678901"],
      audio: { port: 30000, ice: ["a=candidate:1 1 UDP 2130706431 127.0.0.1 30000 typ host"] },
      rtcpMux: true,
    });
    const r = answerOffer(withIce.sdp, local, roomOptions("off", { iceLite: lite }));
    expect(r.ok).toBe(true);
    const sdp = r.ok ? r.sdp : "";
    expect(sdp).toMatch(
      /\r\nt=0 0\r\na=ice-lite\r\na=ice-ufrag:room\r\na=ice-pwd:roompasswordroompasswd\r\n/,
    );
    // Both streams are muxed: one component each, on the RTP port.
    expect(sdp).toMatch(/m=audio 40000 [\s\S]*a=candidate:1 1 UDP 2130706431 127\.0\.0\.1 40000 typ host/);
    expect(sdp).not.toMatch(/a=candidate:1 2 /);
    const plain = answerOffer(offer("off").sdp, local, roomOptions("off", { iceLite: lite }));
    expect(plain.ok && plain.sdp).not.toMatch(/a=ice-|a=candidate/);
  });

  it("a stream without any c= line is rejected", () => {
    const r = answerOffer(roomSystemOffer("m=audio 5000 RTP/AVP 0\r\n", ""), local, roomOptions("off"));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/no connection address/);
  });
});

describe("hold, resume and re-INVITE (RFC 3264 §8)", () => {
  const base = "m=audio 5000 RTP/AVP 9\r\na=rtpmap:9 G722/8000\r\n";
  const initial = roomSystemOffer(`${base}a=sendrecv\r\n`);

  it("sendonly offer → recvonly answer; recvonly → sendonly; inactive → inactive", () => {
    for (const [offered, answered] of [
      ["sendonly", "recvonly"],
      ["recvonly", "sendonly"],
      ["inactive", "inactive"],
      ["sendrecv", "sendrecv"],
    ] as const) {
      const r = answer(roomSystemOffer(`${base}a=${offered}\r\n`), "off");
      expect(r.session.audio?.direction).toBe(answered);
      expect(r.session.audio?.remoteHold).toBe(offered === "sendonly" || offered === "inactive");
      expect(r.sdp).toMatch(new RegExp(`^a=${answered}\\r$`, "m"));
    }
  });

  it("old-style hold: c=0.0.0.0 means the peer will not receive", () => {
    const r = answer(roomSystemOffer(base, "c=IN IP4 0.0.0.0\r\n"), "off");
    expect(r.session.audio?.remoteDirection).toBe("sendonly");
    expect(r.session.audio?.direction).toBe("recvonly");
    expect(r.session.audio?.remoteHold).toBe(true);
  });

  it("the session-level direction applies when the media has none", () => {
    const r = answer(roomSystemOffer(base, "c=IN IP4 127.0.0.1\r\na=sendonly\r\n"), "off");
    expect(r.session.audio?.direction).toBe("recvonly");
  });

  it("re-INVITE keeps ports, SSRCs, keys and o= id; the version goes up only when the SDP changed", () => {
    const sdes = "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR\r\n";
    const first = answer(roomSystemOffer(`${base}${sdes}a=sendrecv\r\n`), "optional");
    expect(first.session.localOrigin).toMatchObject({ sessionId: "777", sessionVersion: 1 });
    const other = { ports: { audio: 50000 }, keys: { audio: key(9) }, ssrcs: { audio: 5 }, sessionId: "999" };

    const same = answer(roomSystemOffer(`${base}${sdes}a=sendrecv\r\n`), "optional", {
      previous: first.session,
      ...other,
    });
    expect(same.session.localOrigin.sessionVersion).toBe(1);
    expect(same.sdp).toBe(first.sdp);

    const hold = answer(roomSystemOffer(`${base}${sdes}a=sendonly\r\n`), "optional", {
      previous: same.session,
      ...other,
    });
    expect(hold.session.localOrigin).toMatchObject({ sessionId: "777", sessionVersion: 2 });
    expect(hold.session.audio?.direction).toBe("recvonly");
    expect(hold.session.audio?.localPort).toBe(40000);
    expect(hold.session.audio?.localSsrc).toBe(0xaaaa);
    expect(hold.session.audio?.srtp?.localKey).toEqual(key(3));

    const resume = answer(roomSystemOffer(`${base}${sdes}a=sendrecv\r\n`), "optional", {
      previous: hold.session,
      ...other,
    });
    expect(resume.session.localOrigin.sessionVersion).toBe(3);
    expect(resume.session.audio?.direction).toBe("sendrecv");
    expect(resume.sdp.replace(/^o=.*$/m, "")).toBe(first.sdp.replace(/^o=.*$/m, ""));
  });

  it("an offer that answers nothing changes nothing (initial offer from a real initial)", () => {
    expect(answer(initial, "off").session.localOrigin.sessionVersion).toBe(1);
  });
});

describe("extension point for BFCP and slides", () => {
  it("a handler answers the m=application line instead of rejecting it", () => {
    const bfcp: MediaHandler = {
      name: "bfcp-test",
      matches: (s) => s.kind === "bfcp",
      answer: (s) => ({
        accepted: true,
        lines: ["m=application 50000 TCP/BFCP *", "a=floorctrl:s-only", "a=setup:passive"],
        media: {
          index: s.index,
          kind: "bfcp",
          mediaType: "application",
          protocol: s.protocol,
          accepted: true,
          localPort: 50000,
          localRtcpPort: 50000,
          rtcpMux: false,
          rtcpFb: [],
          direction: "sendrecv",
          remoteDirection: "sendrecv",
          remoteHold: false,
          lines: { media: s.mLine, codec: [], telephoneEvent: [], rtcp: [], rtcpFb: [] },
          localSection: [],
          remoteSection: s.lines,
          extension: { floorctrl: "s-only" },
        },
      }),
    };
    const sdp = roomSystemOffer(
      "m=audio 5000 RTP/AVP 0\r\nm=application 5070 TCP/BFCP *\r\na=floorctrl:c-s\r\n",
    );
    const r = answer(sdp, "off", { handlers: [bfcp] });
    expect(r.sdp).toMatch(/m=application 50000 TCP\/BFCP \*\r\na=floorctrl:s-only/);
    expect(r.session.media[1]?.extension).toEqual({ floorctrl: "s-only" });
    const without = answer(sdp, "off");
    expect(without.sdp).toMatch(/m=application 0 TCP\/BFCP \*/);
  });
});
