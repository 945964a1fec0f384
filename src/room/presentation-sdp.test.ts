import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpus } from "../../test/support/corpora.js";
import { ParseError } from "../protocol/parse-error.js";
import { answerOffer } from "../protocol/sdp/answer-offer.js";
import { buildBfcpOffer, negotiateBfcpAnswer, readBfcpOffer } from "../protocol/sdp/bfcp-sdp.js";
import { defaultCapabilities } from "../protocol/sdp/capabilities.js";
import { bfcpServerHandler, negotiatedBfcp, slidesVideoHandler } from "./presentation-sdp.js";

const KEY = new Uint8Array(30).fill(7);

function offer(bfcp: string[], slidesExtra: string[] = ["a=content:slides", "a=label:3"]): string {
  return [
    "v=0",
    "o=caller 1 1 IN IP4 127.0.0.1",
    "s=-",
    "c=IN IP4 127.0.0.1",
    "t=0 0",
    "m=audio 30000 RTP/AVP 0",
    "a=rtpmap:0 PCMU/8000",
    "m=video 30002 RTP/AVP 96",
    "a=rtpmap:96 H264/90000",
    "a=fmtp:96 packetization-mode=1",
    ...bfcp,
    "m=video 30004 RTP/AVP 96",
    "a=rtpmap:96 H264/90000",
    "a=fmtp:96 packetization-mode=1",
    ...slidesExtra,
    "",
  ].join("\r\n");
}

function answer(sdp: string, srtp: "off" | "optional" = "optional") {
  return answerOffer(sdp, defaultCapabilities(), {
    address: "127.0.0.1",
    ports: { audio: 40000, video: 40002 },
    srtp,
    keys: { audio: KEY, video: KEY },
    sessionId: "1",
    handlers: [
      bfcpServerHandler({ port: 40010, confId: 7, userId: 8, floorId: 2 }),
      slidesVideoHandler({ port: 40004, key: KEY, ssrc: 1234 }),
    ],
  });
}

describe("the room answers presentation offers (RFC 8856, RFC 4796, RFC 4574)", () => {
  it("TCP/BFCP c-s actpass: s-only, passive on our port, slides accepted with label and content", () => {
    const o = buildBfcpOffer({ transport: "tcp", role: "c-s", port: 30010 });
    const r = answer(offer(o.lines));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sdp).toContain("m=application 40010 TCP/BFCP *");
    expect(r.sdp).toContain("a=floorctrl:s-only");
    expect(r.sdp).toContain("a=setup:passive");
    expect(r.sdp).toContain("a=floorid:2 mstrm:3");
    expect(r.sdp.slice(r.sdp.indexOf("m=video 40004 RTP/AVP 96"))).toMatch(/a=content:slides\r\na=label:3/);
    const slides = r.session.media[3]!;
    expect(slides).toMatchObject({ kind: "slides", accepted: true, localPort: 40004, label: "3" });
    expect(slides.codec?.name).toBe("H264");
    expect(negotiatedBfcp(r.session.media[2])?.bfcp).toMatchObject({
      transport: "tcp",
      setup: "passive",
      confId: 7,
      userId: 8,
      floorId: 2,
    });
    // And the caller reads our answer back with the participant's negotiation.
    const back = negotiateBfcpAnswer(
      { transport: "tcp", role: "c-s", port: 30010 },
      readBfcpOffer(r.sdp).media!,
    );
    expect(back).toMatchObject({ ok: true, negotiated: { setup: "active", floorId: 2, label: "3" } });
  });

  it("UDP/BFCP: no setup, version 2", () => {
    const r = answer(offer(buildBfcpOffer({ transport: "udp", port: 30010 }).lines));
    expect(r.ok && r.sdp).toContain("m=application 40010 UDP/BFCP *");
    expect(r.ok && r.sdp).not.toContain("a=setup");
    expect(r.ok && negotiatedBfcp(r.session.media[2])?.bfcp.version).toBe(2);
  });

  it("an offerer that wants to listen (a=setup:passive) makes us active with port 9", () => {
    const r = answer(offer(buildBfcpOffer({ transport: "tcp", port: 30010, setup: "passive" }).lines));
    expect(r.ok && r.sdp).toContain("m=application 9 TCP/BFCP *");
    expect(r.ok && r.sdp).toContain("a=setup:active");
  });

  it("SRTP offered on the slides line gets our own slides key", () => {
    const line = `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${Buffer.from(new Uint8Array(30).fill(1)).toString("base64")}`;
    const r = answer(
      offer(buildBfcpOffer({ transport: "tcp", port: 30010 }).lines, ["a=content:slides", "a=label:3", line]),
    );
    expect(r.ok && r.session.media[3]!.srtp?.localKey).toEqual(KEY);
  });

  it("an offerer that wants to be the server only is declined with the reason; the call stays", () => {
    const r = answer(offer(["m=application 30010 TCP/BFCP *", "a=floorctrl:s-only", "a=setup:actpass"]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sdp).toContain("m=application 0 TCP/BFCP *");
    expect(r.session.media[2]!.rejectReason).toMatch(/server/);
    expect(r.session.video?.index).toBe(1);
  });

  it("BFCP over TLS is declined with the reason, not answered as plain TCP", () => {
    const r = answer(offer(["m=application 30010 TCP/TLS/BFCP *", "a=floorctrl:c-only", "a=setup:actpass"]));
    expect(r.ok && r.sdp).toContain("m=application 0 TCP/TLS/BFCP *");
    expect(r.ok && r.session.media[2]!.rejectReason).toMatch(/TLS/);
  });

  it("an offer without BFCP negotiates as before", () => {
    const sdp = offer([]).replace(/m=video 30004[\s\S]*$/, "");
    const r = answer(sdp);
    expect(r.ok && r.session.media.length).toBe(2);
  });

  it("real room systems' BFCP offers never throw and each answer keeps every m-line", () => {
    const dir = corpus("sip-samples");
    let answered = 0;
    for (const f of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${f}`, "utf8");
      if (!/BFCP/i.test(text) || !/^INVITE |\.sdp$/.test(text.startsWith("INVITE") ? "INVITE " : f)) continue;
      const body = text.slice(Math.max(0, text.indexOf("v=0")));
      try {
        const r = answer(body);
        if (r.ok) {
          answered++;
          expect(r.session.media.length).toBe(r.sdp.split("\r\n").filter((l) => l.startsWith("m=")).length);
        }
      } catch (e) {
        expect(e).toBeInstanceOf(ParseError);
      }
    }
    expect(answered).toBeGreaterThan(3);
  });
});
