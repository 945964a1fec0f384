import { describe, expect, it } from "vitest";
import type { MachineOutput } from "../machine.js";
import { answerCheck, bindingRequest, readCheckResponse } from "../stun/ice-checks.js";
import { signStunMessage } from "../stun/stun-integrity.js";
import { parseStunMessage, STUN_ATTR, STUN_BINDING, stunAttribute } from "../stun/stun-message.js";
import {
  ICE_MAX_ATTEMPTS,
  ICE_PACING_MS,
  IceChecker,
  type IceCheckerEvent,
  type IceTransmit,
} from "./ice-checker.js";

// The far end: a full agent with its own credentials, answering our checks with the same pure
// answerCheck the room uses, so every byte crossing the simulated link is real STUN.
const FAR = { ufrag: "FaRe", pwd: "farendpasswordfarendpas" };
const AUDIO_PORT = 40000;
const VIDEO_PORT = 40010;

/** Deterministic octets: a counter, so two checkers built alike send the same bytes. */
function counterRandom(): (n: number) => Uint8Array {
  let next = 0;
  return (n) => Uint8Array.from({ length: n }, () => next++ & 0xff);
}

function answerSdp(opts: { videoMux: boolean; lite?: boolean; videoAddress?: string }): string {
  const video = opts.videoAddress ?? "127.0.0.1";
  return [
    "v=0",
    "o=- 1 1 IN IP4 127.0.0.1",
    "s=-",
    "c=IN IP4 127.0.0.1",
    "t=0 0",
    ...(opts.lite ? ["a=ice-lite"] : []),
    `a=ice-ufrag:${FAR.ufrag}`,
    `a=ice-pwd:${FAR.pwd}`,
    `m=audio ${AUDIO_PORT} RTP/AVP 0`,
    "a=rtcp-mux",
    `a=candidate:1 1 UDP 2130706431 127.0.0.1 ${AUDIO_PORT} typ host`,
    `a=candidate:2 1 UDP 1694498815 127.0.0.1 ${AUDIO_PORT + 100} typ srflx raddr 127.0.0.1 rport ${AUDIO_PORT}`,
    "a=candidate:3 1 TCP 2130706430 127.0.0.1 9 typ host",
    `m=video ${VIDEO_PORT} RTP/AVP 96`,
    ...(opts.videoMux ? ["a=rtcp-mux"] : []),
    `a=candidate:1 1 UDP 2130706431 ${video} ${VIDEO_PORT} typ host`,
    `a=candidate:1 2 UDP 2130706430 ${video} ${VIDEO_PORT + 1} typ host`,
    "",
  ].join("\r\n");
}

const streams = (videoMux: boolean) => ({
  audio: { index: 0, rtcpMux: true },
  video: { index: 1, rtcpMux: videoMux },
});

function checker() {
  return new IceChecker({ local: { audio: "127.0.0.1", video: "127.0.0.1" }, random: counterRandom() });
}

function drain(m: { pollOutput(): MachineOutput<IceTransmit, IceCheckerEvent> }) {
  const transmits: IceTransmit[] = [];
  const events: IceCheckerEvent[] = [];
  for (;;) {
    const o = m.pollOutput();
    if (o.kind === "transmit") transmits.push(o.transmit);
    else if (o.kind === "event") events.push(o.event);
    else return { transmits, events, wakeAt: o.at };
  }
}

const useCandidate = (bytes: Uint8Array) =>
  stunAttribute(parseStunMessage(bytes), STUN_ATTR.USE_CANDIDATE) !== undefined;

/** The far end answers one of our checks; `from` is where our check came from. */
function farAnswer(t: IceTransmit): Uint8Array {
  const a = answerCheck(t.bytes, { address: "127.0.0.1", port: 50000 }, t.component, FAR, 0);
  if (a.kind !== "answer") throw new Error(`far end ignored the check: ${a.reason}`);
  return a.response;
}

describe("IceChecker: our controlling ICE agent on simulated time (RFC 8445 §7.2, §8.1)", () => {
  it("checks the best UDP candidate of each component, then nominates it with USE-CANDIDATE", () => {
    const c = checker();
    c.startChecks(1000, answerSdp({ videoMux: false }), streams(false));
    const first = drain(c);
    // audio RTP (muxed), video RTP and RTCP: the highest-priority reachable UDP candidate each.
    expect(first.transmits.map((t) => [t.kind, t.component, t.to.port])).toEqual([
      ["audio", 1, AUDIO_PORT],
      ["video", 1, VIDEO_PORT],
      ["video", 2, VIDEO_PORT + 1],
    ]);
    expect(first.transmits.every((t) => !useCandidate(t.bytes))).toBe(true);
    expect(first.wakeAt).toBe(1000 + ICE_PACING_MS);
    expect(first.events).toEqual([]);

    // Answers arrive 12 ms later; each success starts the nomination at once.
    for (const t of first.transmits) c.handleStun(1012, t.kind, farAnswer(t), t.to, t.component);
    const nominations = drain(c);
    expect(nominations.transmits).toHaveLength(3);
    expect(nominations.transmits.every((t) => useCandidate(t.bytes))).toBe(true);
    expect(nominations.events).toEqual([]);

    for (const t of nominations.transmits) c.handleStun(1020, t.kind, farAnswer(t), t.to, t.component);
    const end = drain(c);
    expect(end.events).toEqual([{ type: "done" }]);
    expect(end.wakeAt).toBeUndefined();
    expect(c.facts.answered).toBe(true);
    expect(c.facts.lite).toBe(false);
    expect(c.facts.pairs).toEqual(
      [
        ["audio", 1, AUDIO_PORT],
        ["video", 1, VIDEO_PORT],
        ["video", 2, VIDEO_PORT + 1],
      ].map(([kind, component, port]) => ({
        kind,
        component,
        remote: `127.0.0.1:${port} host`,
        checks: 2,
        requests: 2,
        succeeded: 2,
        failures: [],
        roundTripMs: 12,
        nominated: true,
      })),
    );
  });

  it("retransmits every Ta and gives up after the last unanswered check", () => {
    const c = checker();
    c.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    let sent = drain(c).transmits.length;
    expect(sent).toBe(2);
    let now = 0;
    let events: IceCheckerEvent[] = [];
    for (;;) {
      const d = drain(c);
      sent += d.transmits.length;
      events = [...events, ...d.events];
      if (d.wakeAt === undefined) break;
      expect(d.wakeAt).toBe(now + ICE_PACING_MS);
      now = d.wakeAt;
      c.handleTimeout(now);
    }
    expect(now).toBe(ICE_MAX_ATTEMPTS * ICE_PACING_MS);
    expect(sent).toBe(2 * ICE_MAX_ATTEMPTS);
    expect(events).toEqual([{ type: "done" }]);
    for (const p of c.facts.pairs) {
      expect(p).toMatchObject({ checks: 1, requests: ICE_MAX_ATTEMPTS, succeeded: 0, nominated: false });
      expect(p.failures).toEqual([`no answer to ${ICE_MAX_ATTEMPTS} checks`]);
    }
  });

  it("a timeout before the pacing interval sends nothing", () => {
    const c = checker();
    c.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    drain(c);
    c.handleTimeout(ICE_PACING_MS - 1);
    expect(drain(c)).toEqual({ transmits: [], events: [], wakeAt: ICE_PACING_MS });
  });

  it("an error response or a success signed with the wrong password fails the pair, with no nomination", () => {
    const c = checker();
    c.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    const [audio, video] = drain(c).transmits as [IceTransmit, IceTransmit];
    // A 401 to the audio check (its USERNAME names another ufrag).
    const wrongUser = bindingRequest({
      transactionId: parseStunMessage(audio.bytes).transactionId,
      localUfrag: "nope",
      remote: { ufrag: "xxxx", pwd: FAR.pwd },
      priority: 1,
      tieBreaker: 1n,
      nominate: false,
    });
    c.handleStun(5, "audio", farAnswer({ ...audio, bytes: wrongUser }), audio.to, 1);
    // A success for the video check, signed with a password that is not the far end's.
    const forged = signStunMessage(
      {
        method: STUN_BINDING,
        cls: "success",
        transactionId: parseStunMessage(video.bytes).transactionId,
        attributes: [],
      },
      new TextEncoder().encode("anotherpasswordanother"),
      true,
    );
    c.handleStun(6, "video", forged, video.to, 1);
    const d = drain(c);
    expect(d.transmits).toEqual([]);
    expect(d.events).toEqual([{ type: "done" }]);
    expect(c.facts.pairs.map((p) => [p.kind, p.nominated, p.succeeded, p.failures])).toEqual([
      ["audio", false, 0, ["401 Unauthorized"]],
      ["video", false, 0, ["success without valid MESSAGE-INTEGRITY (mismatch)"]],
    ]);
  });

  it("answers the far end's own checks with our credentials, and only from a pairable address", () => {
    const c = checker();
    const theirCheck = bindingRequest({
      transactionId: Uint8Array.from({ length: 12 }, (_, i) => 200 + i),
      localUfrag: FAR.ufrag,
      remote: c.credentials,
      priority: 1,
      tieBreaker: 2n,
      nominate: true,
    });
    const from = { address: "127.0.0.1", port: 40000 };
    c.handleStun(0, "audio", theirCheck, from, 1);
    c.handleStun(0, "video", theirCheck, { address: "192.0.2.1", port: 40000 }, 1);
    const d = drain(c);
    expect(d.transmits).toHaveLength(1);
    expect(d.transmits[0]).toMatchObject({ kind: "audio", component: 1, to: from });
    const tid = Uint8Array.from({ length: 12 }, (_, i) => 200 + i);
    expect(readCheckResponse(d.transmits[0]!.bytes, tid, c.credentials.pwd)).toMatchObject({
      kind: "success",
      integrity: "ok",
      mapped: from,
    });
    expect(c.facts.checksReceived).toBe(1);
  });

  it("records a component with no reachable UDP candidate, an ICE-lite answer, and an answer without ICE", () => {
    const c = checker();
    c.startChecks(0, answerSdp({ videoMux: true, lite: true, videoAddress: "192.0.2.7" }), streams(true));
    const d = drain(c);
    expect(d.transmits.map((t) => t.kind)).toEqual(["audio"]);
    expect(c.facts.lite).toBe(true);
    expect(c.facts.pairs[1]).toEqual({
      kind: "video",
      component: 1,
      remote: "none",
      checks: 0,
      requests: 0,
      succeeded: 0,
      failures: ["no UDP candidate of component 1 reachable from 127.0.0.1"],
      nominated: false,
    });

    const plain = checker();
    plain.startChecks(0, "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 4 RTP/AVP 0\r\n", {
      audio: { index: 0, rtcpMux: false },
    });
    expect(drain(plain)).toEqual({ transmits: [], events: [{ type: "done" }], wakeAt: undefined });
    expect(plain.facts).toEqual({ answered: false, lite: false, pairs: [], checksReceived: 0 });
  });

  it("close() stops every check and says done once; later input is ignored", () => {
    const c = checker();
    c.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    const sent = drain(c).transmits;
    c.close();
    c.handleTimeout(10_000);
    c.handleStun(10, "audio", farAnswer(sent[0]!), sent[0]!.to, 1);
    expect(drain(c)).toEqual({ transmits: [], events: [{ type: "done" }], wakeAt: undefined });
    c.close();
    expect(drain(c).events).toEqual([]);
  });

  it("takes its randomness as input: the same octets give the same credentials and checks", () => {
    const a = checker();
    const b = checker();
    expect(a.credentials).toEqual(b.credentials);
    a.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    b.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    expect(drain(a).transmits).toEqual(drain(b).transmits);
  });

  it("ignores a response to a transaction it no longer waits for", () => {
    const c = checker();
    c.startChecks(0, answerSdp({ videoMux: true }), streams(true));
    const [audio] = drain(c).transmits as [IceTransmit];
    const answer = farAnswer(audio);
    c.handleStun(3, "audio", answer, audio.to, 1);
    const nomination = drain(c).transmits;
    expect(nomination).toHaveLength(1);
    // The first check's answer again (a retransmitted response): not the nomination's transaction.
    c.handleStun(4, "audio", answer, audio.to, 1);
    expect(drain(c).transmits).toEqual([]);
    expect(c.facts.pairs[0]).toMatchObject({ succeeded: 1, nominated: false });
    // A response that is no Binding at all is left alone too.
    const other = signStunMessage(
      { method: STUN_BINDING + 1, cls: "success", transactionId: new Uint8Array(12), attributes: [] },
      new TextEncoder().encode(FAR.pwd),
      true,
    );
    c.handleStun(5, "audio", other, audio.to, 1);
    expect(c.facts.pairs[0]!.failures).toEqual([]);
  });
});
