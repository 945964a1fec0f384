import { createSocket } from "node:dgram";
import { afterEach, describe, expect, it } from "vitest";
import {
  keepOnlyH264Mode,
  rewriteContact,
  rewriteSipBody,
  type SipRelay,
  startSipRelay,
} from "./sdp-rewriting-relay.js";

const OFFER = [
  "v=0",
  "o=- 1 2 IN IP4 127.0.0.1",
  "s=-",
  "c=IN IP4 127.0.0.1",
  "t=0 0",
  "m=audio 17132 RTP/AVP 96 0 101",
  "a=rtpmap:96 opus/48000/2",
  "a=fmtp:96 stereo=1;sprop-stereo=1",
  "a=rtpmap:0 PCMU/8000",
  "m=video 17118 RTP/AVP 96 97 34",
  "a=rtpmap:96 H264/90000",
  "a=fmtp:96 packetization-mode=0;profile-level-id=42e01f",
  "a=rtpmap:97 H264/90000",
  "a=fmtp:97 packetization-mode=1;profile-level-id=42e01f",
  "a=rtcp-fb:97 nack pli",
  "a=rtpmap:34 H263/90000",
  "a=rtcp-fb:* nack pli",
  "",
].join("\r\n");

const invite = (body: string, type = "application/sdp") =>
  `INVITE sip:echo@127.0.0.1:5060 SIP/2.0\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe("keepOnlyH264Mode", () => {
  it("drops the other mode's payload type from m=video only, with its attribute lines", () => {
    const mode1 = keepOnlyH264Mode(OFFER, 1);
    expect(mode1).toContain("m=video 17118 RTP/AVP 97 34\r\n");
    expect(mode1).not.toContain("a=rtpmap:96 H264");
    expect(mode1).not.toContain("a=fmtp:96 packetization-mode=0");
    // The audio section's PT 96 (opus) is another codec and stays.
    expect(mode1).toContain("m=audio 17132 RTP/AVP 96 0 101\r\na=rtpmap:96 opus/48000/2\r\n");
    expect(mode1).toContain("a=rtcp-fb:97 nack pli\r\na=rtpmap:34 H263/90000\r\na=rtcp-fb:* nack pli\r\n");

    const mode0 = keepOnlyH264Mode(OFFER, 0);
    expect(mode0).toContain("m=video 17118 RTP/AVP 96 34\r\n");
    expect(mode0).not.toMatch(/a=(rtpmap|fmtp|rtcp-fb):97 /);
  });

  it("takes an absent packetization-mode as 0 and leaves SDP without H.264 unchanged", () => {
    const sdp = "m=video 9 RTP/AVP 96 97\na=rtpmap:96 H264/90000\na=rtpmap:97 VP8/90000\n";
    expect(keepOnlyH264Mode(sdp, 0)).toBe(sdp);
    expect(keepOnlyH264Mode(sdp, 1)).toBe("m=video 9 RTP/AVP 97\na=rtpmap:97 VP8/90000\n");
    const audioOnly = OFFER.split("m=video")[0]!;
    expect(keepOnlyH264Mode(audioOnly, 0)).toBe(audioOnly);
  });
});

describe("rewriteSipBody", () => {
  it("rewrites an SDP body and its Content-Length", () => {
    const out = rewriteSipBody(invite(OFFER), (s) => keepOnlyH264Mode(s, 0));
    const body = keepOnlyH264Mode(OFFER, 0);
    expect(out).toBe(invite(body));
    expect(body.length).toBeLessThan(OFFER.length);
  });

  it("passes messages without an SDP body through unchanged", () => {
    const bye = "BYE sip:echo@127.0.0.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n";
    expect(rewriteSipBody(bye, () => "x")).toBe(bye);
    const text = invite("hello", "text/plain");
    expect(rewriteSipBody(text, () => "x")).toBe(text);
    expect(rewriteSipBody("garbage", () => "x")).toBe("garbage");
  });
});

describe("rewriteContact", () => {
  it("points the Contact header, and only it, at the relay", () => {
    const ok =
      "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5000\r\nContact: <sip:echo-0x1@127.0.0.1:22530>\r\n" +
      "Content-Length: 12\r\n\r\nsip:127.0.0.1:22530";
    expect(rewriteContact(ok, "127.0.0.1:22530", "127.0.0.1:40000")).toBe(
      ok.replace("<sip:echo-0x1@127.0.0.1:22530>", "<sip:echo-0x1@127.0.0.1:40000>"),
    );
    expect(rewriteContact("m: <sip:a@127.0.0.1:1>", "127.0.0.1:1", "127.0.0.1:2")).toBe(
      "m: <sip:a@127.0.0.1:2>",
    );
  });
});

describe("startSipRelay on 127.0.0.1", () => {
  let relay: SipRelay | undefined;
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
  });

  it("passes requests to the peer rewritten and the peer's answers back to the caller", async () => {
    const peer = createSocket("udp4");
    const caller = createSocket("udp4");
    await Promise.all([peer, caller].map((s) => new Promise<void>((r) => s.bind(0, "127.0.0.1", () => r()))));
    try {
      relay = await startSipRelay(peer.address().port, (s) => keepOnlyH264Mode(s, 0));
      const atPeer = new Promise<string>((r) =>
        peer.once("message", (m, from) => {
          const contact = `Contact: <sip:echo@127.0.0.1:${peer.address().port}>`;
          peer.send(`SIP/2.0 200 OK\r\n${contact}\r\n\r\n`, from.port, from.address);
          r(m.toString());
        }),
      );
      const atCaller = new Promise<string>((r) => caller.once("message", (m) => r(m.toString())));
      caller.send(invite(OFFER), relay.port, "127.0.0.1");
      expect(await atPeer).toBe(invite(keepOnlyH264Mode(OFFER, 0)));
      expect(await atCaller).toBe(`SIP/2.0 200 OK\r\nContact: <sip:echo@127.0.0.1:${relay.port}>\r\n\r\n`);
      expect(relay.rewritten()).toBe(1);
    } finally {
      peer.close();
      caller.close();
    }
  });
});
