import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { readRelayMedia, rewriteRelaySdp } from "./relay-sdp.js";

const OFFER = [
  "v=0",
  "o=- 1 1 IN IP4 10.0.0.5",
  "s=-",
  "c=IN IP4 10.0.0.5",
  "t=0 0",
  "a=ice-ufrag:abcd",
  "m=audio 30000 RTP/SAVP 111",
  "a=rtcp:30001",
  "a=rtcp-mux",
  "a=candidate:1 1 UDP 2130706431 10.0.0.5 30000 typ host",
  "a=candidate:1 2 UDP 2130706430 10.0.0.5 30001 typ host",
  "a=candidate:2 1 UDP 1694498815 192.0.2.7 41000 typ srflx raddr 10.0.0.5 rport 30000",
  "m=video 30010 RTP/AVPF 96",
  "c=IN IP4 10.0.0.6",
  "a=rtcp-fb:* nack pli",
  "a=remote-candidates:1 10.0.0.9 4000",
  "m=application 5070 TCP/BFCP *",
  "a=setup:actpass",
  "m=video 0 RTP/AVP 96",
  "",
].join("\r\n");

describe("relay SDP (RFC 4566 c=/m=, RFC 3605 a=rtcp, RFC 8839 a=candidate)", () => {
  it("reads where each m-section receives, and which the relay stands in", () => {
    expect(readRelayMedia(OFFER)).toEqual([
      {
        index: 0,
        media: "audio",
        proto: "RTP/SAVP",
        address: "10.0.0.5",
        rtpPort: 30000,
        rtcpPort: 30001,
        relayed: true,
      },
      {
        index: 1,
        media: "video",
        proto: "RTP/AVPF",
        address: "10.0.0.6",
        rtpPort: 30010,
        rtcpPort: 30011,
        relayed: true,
      },
      {
        index: 2,
        media: "application",
        proto: "TCP/BFCP",
        address: "10.0.0.5",
        rtpPort: 5070,
        rtcpPort: 5071,
        relayed: false,
      },
      {
        index: 3,
        media: "video",
        proto: "RTP/AVP",
        address: "10.0.0.5",
        rtpPort: 0,
        rtcpPort: 1,
        relayed: false,
      },
    ]);
  });

  it("points c=, m=, a=rtcp and one candidate per component at the relay; BFCP keeps its address", () => {
    const out = rewriteRelaySdp(OFFER, (i) => ({
      address: "127.0.0.1",
      rtpPort: 50000 + 10 * i,
      rtcpPort: 50001 + 10 * i,
    }));
    const lines = out.split("\r\n");
    expect(lines).toContain("c=IN IP4 127.0.0.1");
    expect(lines).toContain("m=audio 50000 RTP/SAVP 111");
    expect(lines).toContain("a=rtcp:50001");
    expect(lines).toContain("a=rtcp-mux");
    expect(lines.filter((l) => l.startsWith("a=candidate:"))).toEqual([
      "a=candidate:1 1 UDP 2130706431 127.0.0.1 50000 typ host",
      "a=candidate:1 2 UDP 2130706430 127.0.0.1 50001 typ host",
    ]);
    expect(lines).toContain("m=video 50010 RTP/AVPF 96");
    expect(lines.some((l) => l.startsWith("a=remote-candidates"))).toBe(false);
    expect(out).not.toContain("10.0.0.6");
    const bfcp = lines.indexOf("m=application 5070 TCP/BFCP *");
    expect(lines[bfcp + 1]).toBe("c=IN IP4 10.0.0.5");
    expect(lines).toContain("m=video 0 RTP/AVP 96");
    expect(
      readRelayMedia(out)
        .filter((m) => m.relayed)
        .map((m) => m.address),
    ).toEqual(["127.0.0.1", "127.0.0.1"]);
  });

  it("leaves SDP alone where the relay stands in no section", () => {
    expect(rewriteRelaySdp(OFFER, () => undefined)).toBe(OFFER);
  });

  it("names the field of a bad port or a missing address", () => {
    expect(() => readRelayMedia("v=0\r\nm=audio 7x RTP/AVP 0\r\n")).toThrow(ParseError);
    expect(() => readRelayMedia("v=0\r\nm=audio 7x RTP/AVP 0\r\n")).toThrow(/m= port/);
    expect(() => readRelayMedia("v=0\r\nm=audio 4000 RTP/AVP 0\r\n")).toThrow(/no connection address/);
    expect(() => readRelayMedia("v=0\r\nc=IN IP4\r\nm=audio 4000 RTP/AVP 0\r\n")).toThrow(/c=/);
  });

  it("property: any text either reads or throws ParseError; every truncated prefix of the offer too", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          readRelayMedia(s);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
    for (let n = 0; n <= OFFER.length; n++) {
      try {
        rewriteRelaySdp(OFFER.slice(0, n), () => ({ address: "127.0.0.1", rtpPort: 2, rtcpPort: 3 }));
      } catch (e) {
        expect(e).toBeInstanceOf(ParseError);
      }
    }
  });
});
