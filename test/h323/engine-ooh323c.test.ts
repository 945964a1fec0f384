import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  type H245Mode,
  type H323Call,
  H323Listener,
  type H323MessageRecord,
  type IncomingH323Call,
  placeH323Call,
} from "../../src/adapters/h323/index.js";
import { answerOffer } from "../../src/protocol/sdp/answer-offer.js";
import { buildOffer, type LocalOffer } from "../../src/protocol/sdp/build-offer.js";
import { defaultCapabilities } from "../../src/protocol/sdp/capabilities.js";
import { readSdp } from "../../src/protocol/sdp/media-section.js";
import { readAnswer } from "../../src/protocol/sdp/read-answer.js";
import { descendantProcesses } from "../support/baresip/child-processes.js";
import { sentMessageProblems, tsharkMessageLog } from "../support/h323/message-log-tshark.js";
import { type Ooh323cOptions, Ooh323cPeer } from "../support/h323/ooh323c.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";
import { RtpProbe } from "../support/h323/rtp-probe.js";
import { Simph323Peer } from "../support/h323/simph323.js";

// The H.323 engine (src/adapters/h323) against real H.323 endpoints on loopback: ooh323c
// calls our listener and we call ooh323c, in each way it runs H.245 (fast start with tunnelling,
// tunnelling without fast start, a separate H.245 connection), and we call H323Plus's simph323,
// which sends real G.711 RTP, to count media both ways. Every message we sent is checked by
// tshark. ooh323c signals media but sends no RTP (it needs a sound device).

const AUDIO_PORT = 7000;
const VIDEO_PORT = 7002;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
});
const later = (c: () => Promise<unknown>) => cleanups.push(c);

const OOH323C_MODES: [H245Mode, Pick<Ooh323cOptions, "fastStart" | "tunnelling">][] = [
  ["fastStart", {}],
  ["tunnelling", { fastStart: false }],
  ["separate", { fastStart: false, tunnelling: false }],
];

function offer(host: string): LocalOffer {
  return buildOffer({
    address: host,
    audio: { port: AUDIO_PORT, rtcpPort: AUDIO_PORT + 1 },
    video: { port: VIDEO_PORT, rtcpPort: VIDEO_PORT + 1 },
    srtp: "off",
    rtcpMux: false,
    sessionId: "4242",
  });
}

/** Places our call from `host` to alias@peerHost:1720; the answer must read as RFC 3264 allows. */
async function callPeer(host: string, peerHost: string, alias: string, mode: H245Mode) {
  const ours = offer(host);
  const placed = await placeH323Call({
    local: { host },
    remote: { host: peerHost, port: 1720 },
    called: { h323Id: alias },
    calling: { h323Id: "vdm-test" },
    mode,
    sdpOffer: ours.sdp,
    answerTimeoutMs: 20_000,
  });
  later(() => placed.call.hangUp());
  const n = readAnswer(ours, placed.sdpAnswer);
  if (!n.ok) throw new Error(`our offer's answer does not read: ${n.reason}\n${placed.sdpAnswer}`);
  return { placed, n };
}

/** Every message we sent decodes in tshark, well formed and named as we named it. */
function expectTsharkClean(call: { messages(): readonly H323MessageRecord[] }) {
  const log = call.messages();
  expect(log.filter((m) => m.direction === "sent").length).toBeGreaterThan(2);
  expect(sentMessageProblems(log, tsharkMessageLog(log))).toEqual([]);
}

/** ooh323c's trace says nothing of a message it could not decode or did not expect. */
async function expectOoh323cContent(peer: Ooh323cPeer) {
  const trace = await peer.trace();
  expect(trace).not.toMatch(/(Failed to decode|decode error|Invalid .*message|unexpected .*message)/i);
}

describe.skipIf(skipH323Interop)("the H.323 engine with real endpoints", () => {
  afterAll(async () => {
    const left = (await descendantProcesses()).filter((p) => /ooh323c|simph323|timeout/.test(p.name));
    expect(left).toEqual([]);
  });

  describe.each(OOH323C_MODES)("ooh323c calls our listener, %s", (mode, ooMode) => {
    it("the offer carries ooh323c's media and aliases; answered, channels open both ways; its hang-up reaches us", async () => {
      const host = h323LoopbackHost();
      const listener = await H323Listener.open({ host, port: 1720 });
      later(() => listener.close());
      const incoming = new Promise<IncomingH323Call>((resolve) => listener.onCall(resolve));
      const oo = await Ooh323cPeer.start({ ...ooMode, host: h323LoopbackHost(), h323Id: "oo-caller" });
      later(() => oo.stop());
      oo.call(`testrum@${host}:1720`);
      const call = await incoming;
      expect(call.mode).toBe(mode);
      expect(call.calledAliases.h323Id).toBe("testrum");
      expect(call.callingAliases.h323Id).toBe("oo-caller");
      expect(call.vendor).toMatch(/objsys/);
      const sdp = readSdp(call.sdpOffer);
      const audio = sdp.media.find((m) => m.kind === "audio");
      expect(audio?.codecs.map((c) => c.name.toUpperCase())).toContain("PCMU");
      if (mode === "fastStart") expect(audio?.address).toBe(oo.options.host);

      const answer = answerOffer(call.sdpOffer, defaultCapabilities(), {
        address: host,
        ports: { audio: AUDIO_PORT, video: VIDEO_PORT },
        srtp: "off",
      });
      expect(answer.ok).toBe(true);
      if (!answer.ok) return;
      const callee: H323Call = await call.answer(answer.sdp);
      // ooh323c sends to our address and port, and receives on its own.
      await oo.transmitsTo(host, AUDIO_PORT, 20_000);
      const channels = oo.channels();
      expect(channels.filter((c) => c.direction === "receive").every((c) => c.host === oo.options.host)).toBe(
        true,
      );
      const facts = callee.facts();
      expect(facts.mode).toBe(mode);
      expect(facts.separateH245).toBe(mode === "separate");
      expect(facts.tunnelling).toBe(mode !== "separate");

      oo.hangUp();
      const end = await callee.whenEnded();
      expect(end.byPeer).toBe(true);
      expect((await oo.ended(15_000)).reason).toBe("OO_REASON_LOCAL_CLEARED");
      expectTsharkClean(callee);
      await expectOoh323cContent(oo);
    }, 90_000);
  });

  describe.each(OOH323C_MODES)("we call ooh323c, %s", (mode, ooMode) => {
    it("ooh323c answers, channels open to each side's addresses, and our hang-up clears its call", async () => {
      const host = h323LoopbackHost();
      const oo = await Ooh323cPeer.start({
        ...ooMode,
        host: h323LoopbackHost(),
        h323Id: "oo-callee",
        listen: true,
        autoAnswer: true,
      });
      later(() => oo.stop());
      const { placed, n } = await callPeer(host, oo.options.host, "oo-callee", mode);
      expect(n.session.audio?.remote?.address).toBe(oo.options.host);
      expect(n.session.audio?.codec?.name.toUpperCase()).toMatch(/^PCM[UA]$/);
      await oo.transmitsTo(host, AUDIO_PORT, 20_000);
      expect(oo.channels().filter((c) => c.direction === "receive").length).toBeGreaterThan(0);
      const facts = placed.call.facts();
      expect(facts.vendor).toMatch(/objsys/);
      expect(facts.separateH245).toBe(mode === "separate");
      expect(facts.fastStartAccepted).toBe(mode === "fastStart");

      await placed.call.hangUp();
      expect((await placed.call.whenEnded()).byPeer).toBe(false);
      expect((await oo.ended(15_000)).reason).toBe("OO_REASON_REMOTE_CLEARED");
      expectTsharkClean(placed.call);
      await expectOoh323cContent(oo);
    }, 90_000);
  });

  it("we call simph323: its G.711 RTP reaches our port, counted at both ends, and the call clears", async () => {
    const host = h323LoopbackHost();
    const peer = await Simph323Peer.start({
      host: h323LoopbackHost(),
      alias: "h3",
      listen: true,
      autoAnswer: true,
    });
    later(() => peer.stop());
    const probe = await RtpProbe.bind(host, AUDIO_PORT);
    later(() => probe.close());
    const { placed, n } = await callPeer(host, peer.options.host, "h3", "tunnelling");
    const audio = n.session.audio!;
    expect(audio.remote?.address).toBe(peer.options.host);
    probe.startSending(audio.remote!.address, audio.remote!.rtpPort, audio.codec!.payloadType);
    await probe.waitForPackets(100, 30_000);
    probe.stopSending();
    expect([...probe.sources].every((s) => s.startsWith(`${peer.options.host}:`))).toBe(true);
    // H.323 channels are one-way (H.245 §8.4.1): simph323 sends whichever of our receive
    // capabilities it prefers (G.711 A-law), not necessarily the codec we send (the answer's).
    const offered = readSdp(n.session.localSdp).media[0]!.codecs.map((c) => c.payloadType);
    expect(offered).toEqual(expect.arrayContaining([...probe.payloadTypes]));
    await placed.call.hangUp();
    await peer.ended(15_000);
    // simph323's own statistics agree with what reached us from it.
    const { rtp } = await peer.stop();
    const session1 = rtp.find((s) => s.session === 1);
    expect(session1?.packetsSent).toBeGreaterThanOrEqual(probe.received);
    expectTsharkClean(placed.call);
  }, 90_000);
});
