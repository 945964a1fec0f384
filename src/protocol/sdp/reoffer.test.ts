import { describe, expect, it } from "vitest";
import { answerOffer } from "./answer-offer.js";
import { buildOffer } from "./build-offer.js";
import { defaultCapabilities } from "./capabilities.js";
import { readAnswer } from "./read-answer.js";
import { capabilitiesForReoffer } from "./reoffer.js";

describe("capabilitiesForReoffer (RFC 3264 §8)", () => {
  it("re-offers only the agreed codecs with their payload types", () => {
    // The far end prefers H.264 packetization-mode 0 and G.722.
    const peer = {
      ...defaultCapabilities(),
      audio: defaultCapabilities().audio.filter((c) => c.name === "G722"),
      video: defaultCapabilities().video.filter((c) => c.fmtp?.["packetization-mode"] === "0"),
    };
    const offer = buildOffer({
      address: "127.0.0.1",
      audio: { port: 4000 },
      video: { port: 4002 },
      srtp: "off",
      sessionId: "1",
    });
    const answer = answerOffer(offer.sdp, peer, {
      address: "127.0.0.1",
      ports: { audio: 5000, video: 5002 },
      srtp: "off",
    });
    if (!answer.ok) throw new Error(answer.reason);
    const read = readAnswer(offer, answer.sdp);
    if (!read.ok) throw new Error(read.reason);
    const reoffer = buildOffer({
      capabilities: capabilitiesForReoffer(read.session, defaultCapabilities()),
      address: "127.0.0.1",
      audio: { port: 4000 },
      video: { port: 4002 },
      srtp: "off",
      sessionId: "1",
      sessionVersion: 2,
    });
    expect(reoffer.sdp).toMatch(/m=audio 4000 RTP\/AVP 9 101\r\n/);
    expect(reoffer.sdp).toMatch(/m=video 4002 RTP\/AVP 97\r\n/);
    expect(reoffer.sdp).toContain("packetization-mode=0");
    expect(reoffer.sdp).not.toContain("opus");
  });
});
