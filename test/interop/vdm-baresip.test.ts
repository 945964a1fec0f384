import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import type { SrtpPolicy } from "../../src/protocol/sdp/sdp-types.js";
import type { Check, Report } from "../../src/report/model.js";
import {
  type BaresipResult,
  type BaresipSrtp,
  hasBaresip,
  keepOnlyH264Mode,
  makeTestVideo,
  type SipRelay,
  startBaresip,
  startSipRelay,
  stopAllBaresips,
  waitForNoDescendants,
} from "../support/baresip/index.js";

const SUITE = "AES_CM_128_HMAC_SHA1_80";
/** Media time of a baresip → room call: past baresip's first RTCP report (about 5 s). */
const ROOM_CALL_MS = 5_500;
/**
 * A moving 352x288 test pattern comes back at well over 100 kbit/s; a still picture is a few
 * kbit/s of skipped macroblocks. The threshold sits between them (as in baresip-harness.test.ts).
 */
const MOVING_PICTURE_KBPS = 30;
const VIDEO = { width: 1280, height: 720, fps: 30, bitrateKbps: 1500 };
const silentProgress: CallProgress = { step: () => {}, info: () => {} };

/** The SRTP policy of our caller that matches a baresip `;mediaenc=` setting. */
const CALLER_SRTP: Record<"off" | "mandatory", SrtpPolicy> = { off: "off", mandatory: "mandatory" };

function check(report: Report, id: string): Check {
  const c = report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`the report has no check ${id}: ${report.checks.map((x) => x.id).join(", ")}`);
  return c;
}

function evidence<T = number>(c: Check, key: string): T {
  return c.evidence[key] as T;
}

interface NegotiatedFacts {
  audio?: { codec?: string; payloadType?: number; srtp: string | null };
  video?: { codec?: string; payloadType?: number; fmtp?: Record<string, string>; srtp: string | null };
}

/** One line of measurements per call, so a CI log shows what the peer really did. */
function note(line: string): void {
  console.info(`[vdm-baresip] ${line}`);
}

describe.skipIf(!hasBaresip)(
  "vdm-test against a real baresip on 127.0.0.1 (skipped when /usr/bin/baresip is not installed)",
  () => {
    let dir: string;
    let video: string;
    let room: Room | undefined;
    let relay: SipRelay | undefined;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "vdm-interop-video-"));
      video = join(dir, "testsrc.avi");
      await makeTestVideo(video, 2);
    });
    afterEach(async () => {
      await stopAllBaresips();
      await room?.stop();
      room = undefined;
      await relay?.close();
      relay = undefined;
      // Every baresip and every ffmpeg (our encoder, decoder, audio codecs) is gone after a test.
      expect(await waitForNoDescendants(/baresip|ffmpeg/, 3_000)).toEqual([]);
    });
    afterAll(async () => {
      await stopAllBaresips();
      await rm(dir, { recursive: true, force: true });
    });

    async function startRoom(srtp: SrtpPolicy, events: RoomEvent[]): Promise<string> {
      room = await Room.start({
        listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
        publicAddress: "127.0.0.1",
        rtpPorts: { from: 40000, to: 49999 },
        srtp,
        mirror: true,
        loopbackOnly: true,
        onEvent: (e) => events.push(e),
      });
      return `sip:testrum@127.0.0.1:${room.listening[0]!.port}`;
    }

    async function roomEvent(events: RoomEvent[], kind: RoomEvent["kind"], timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const e = events.find((x) => x.kind === kind);
        if (e) return e;
        if (Date.now() >= deadline) {
          throw new Error(`no "${kind}" room event within ${timeoutMs} ms: ${JSON.stringify(events)}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    describe("baresip dials the vdm-test room", () => {
      it.each(["off", "mandatory"] as const)(
        "sees its own moving H.264 picture mirrored and hears the music, baresip SRTP %s",
        async (srtp: BaresipSrtp) => {
          const events: RoomEvent[] = [];
          const uri = await startRoom("optional", events);
          const caller = await startBaresip({ role: "dial", srtp, videoFile: video, durationS: 20 });
          expect((await caller.dial(uri)).ok).toBe(true);
          await caller.waitForEstablished(5_000);
          await new Promise((r) => setTimeout(r, ROOM_CALL_MS));
          await caller.hangup();
          const ended = await roomEvent(events, "ended", 3_000);
          const r: BaresipResult = await caller.stop();

          // The room's side: answered, then ended with the caller's video mirrored.
          expect(events.map((e) => e.kind)).toEqual(["incoming", "answered", "ended"]);
          expect(events[0]!.detail).toBe(`dialled ${uri}`);
          const srtpOn = srtp === "mandatory";
          expect(events[1]!.detail).toBe(`audio opus, video H264, srtp ${srtpOn ? SUITE : "off"}`);
          const f = ended.facts!;
          expect(f.videoCodec).toBe("H264");
          expect(f.audioCodec).toBe("opus");
          expect(f.srtp).toEqual(srtpOn ? { audio: SUITE, video: SUITE } : {});
          expect(f.videoPacketsIn).toBeGreaterThan(100);
          expect(f.videoPacketsMirrored).toBe(f.videoPacketsIn);
          expect(f.audioPacketsIn).toBeGreaterThan(200);
          const musicOut = Number(/music out (\d+)/.exec(ended.detail)?.[1]);
          expect(musicOut).toBeGreaterThan(200);

          // baresip's side: its own moving picture came back, and the room's music arrived.
          expect(r.established).toBe(true);
          expect(r.srtp).toBe(srtpOn);
          if (srtpOn) {
            expect(r.audio.srtpSuite).toBe(SUITE);
            expect(r.video.srtpSuite).toBe(SUITE);
          }
          const v = r.video.stats!;
          const a = r.audio.stats!;
          expect(v.rx.packets).toBeGreaterThan(100);
          expect(v.rx.avgBitrateKbps).toBeGreaterThan(MOVING_PICTURE_KBPS);
          // The mirror reflects packets as they are: nearly all baresip sent came back.
          expect(v.rx.packets / v.tx.packets).toBeGreaterThanOrEqual(0.9);
          expect(v.rx.errors).toBe(0);
          expect(a.rx.packets).toBeGreaterThan(200);
          expect(a.rx.errors).toBe(0);
          expect(r.audio.decoder?.name).toBe("opus");

          // baresip offers H.264 packetization-mode 0 first (PT 96) and mode 1 second (PT 97); the
          // room takes the first it supports, and the mirror reflects mode-0 packets as they are.
          const offer = r.sdp.sent[0] ?? "";
          expect(offer).toMatch(/^m=video \d+ RTP\/S?AVP 96 97 /m);
          expect(offer).toContain("a=fmtp:96 packetization-mode=0;profile-level-id=42e01f");
          expect(offer).toContain("a=fmtp:97 packetization-mode=1;profile-level-id=42e01f");
          const answer = r.sdp.received[0] ?? "";
          expect(answer).toMatch(srtpOn ? /^m=video \d+ RTP\/SAVP 96$/m : /^m=video \d+ RTP\/AVP 96$/m);
          expect(answer).toContain("a=fmtp:96 profile-level-id=42e01f;packetization-mode=0");
          expect(answer.includes("a=crypto:")).toBe(srtpOn);
          expect(r.video.encoder).toEqual({ name: "H264", params: "packetization-mode=0" });
          expect(r.video.decoder).toEqual({ name: "H264", params: "packetization-mode=0" });
          note(
            `baresip→room SRTP ${srtp}: video rx ${v.rx.packets} pkts ${v.rx.avgBitrateKbps} kbit/s ` +
              `(tx ${v.tx.packets} pkts ${v.tx.avgBitrateKbps} kbit/s), audio rx ${a.rx.packets} pkts ` +
              `${a.rx.avgBitrateKbps} kbit/s; room: video in ${f.videoPacketsIn}, mirrored ` +
              `${f.videoPacketsMirrored}, audio in ${f.audioPacketsIn}, music out ${musicOut}`,
          );
        },
        25_000,
      );

      it("a room that requires SRTP refuses baresip's plain RTP offer with 488", async () => {
        const events: RoomEvent[] = [];
        const uri = await startRoom("mandatory", events);
        const caller = await startBaresip({ role: "dial", srtp: "off", durationS: 10 });
        await caller.dial(uri);
        await expect(caller.waitForEstablished(5_000)).rejects.toThrow(
          /call closed: 488 Not Acceptable Here/,
        );
        const r = await caller.stop();
        expect(r.established).toBe(false);
        expect(r.statusCode).toBe(488);
        expect(events.map((e) => e.kind)).toEqual(["incoming", "rejected"]);
        expect(events[1]!.detail).toMatch(/^488: /);
      }, 20_000);
    });

    describe("vdm-test calls baresip", () => {
      it.each(["off", "mandatory"] as const)(
        "an echo baresip decodes and re-encodes our picture and audio: frame codes and markers come back, SRTP %s",
        async (srtp) => {
          const peer = await startBaresip({ role: "echo", srtp, durationS: 20 });
          const report = await runCall(
            {
              target: peer.sipUri,
              srtp: CALLER_SRTP[srtp],
              durationS: 4,
              video: VIDEO,
              localAddress: "127.0.0.1",
            },
            silentProgress,
          );
          const r = await peer.stop();

          const neg = report.facts.negotiated as NegotiatedFacts;
          const srtpOn = srtp === "mandatory";
          expect(neg.audio?.codec).toBe("opus");
          expect(neg.audio?.srtp).toBe(srtpOn ? SUITE : null);
          expect(neg.video?.srtp).toBe(srtpOn ? SUITE : null);
          // We offer mode 1 (PT 96) before mode 0 (PT 97); baresip answers in our order.
          expect(neg.video?.codec).toBe("H264");
          expect(neg.video?.payloadType).toBe(96);
          expect(neg.video?.fmtp?.["packetization-mode"]).toBe("1");
          expect(r.video.encoder).toEqual({ name: "H264", params: "packetization-mode=1" });
          expect(r.established).toBe(true);
          expect(r.srtp).toBe(srtpOn);
          expect(report.steps.find((s) => s.name === "hang-up")?.status).toBe("ok");

          // The mirror: our frame codes survive baresip's decode and re-encode.
          const mirror = check(report, "mirror.see-yourself");
          const inWindow = evidence(mirror, "framesInWindow");
          const returned = evidence(mirror, "framesReturned");
          expect(inWindow).toBeGreaterThan(60);
          expect(returned / inWindow).toBeGreaterThanOrEqual(0.5);
          expect(["pass", "warn"]).toContain(mirror.status);
          expect(evidence(mirror, "foreignCodes")).toBe(0);

          // The audio: our own markers came back through baresip's opus decode and re-encode.
          const audio = check(report, "audio.hear-far-end");
          expect(audio.status).toBe("pass");
          expect(evidence(audio, "echoMarkers")).toBeGreaterThanOrEqual(3);
          expect(audio.summary).toMatch(/^our own audio came back/);

          const received = (
            report.facts.video as { received?: { codedWidth?: number; codedHeight?: number } }
          ).received;
          const rtt = evidence<{ p50: number } | undefined>(audio, "echoRoundTripMs");
          const lat = evidence<{ p50: number } | undefined>(mirror, "latencyMs");
          note(
            `vdm-test→baresip echo SRTP ${srtp}: mirror ${mirror.status} ${evidence(mirror, "returnedSharePct")}% ` +
              `(${returned}/${inWindow} frames, video rtt p50 ${Math.round(lat?.p50 ?? -1)} ms, back at ` +
              `${received?.codedWidth}x${received?.codedHeight}), baresip video tx ` +
              `${r.video.stats?.tx.packets} pkts ${r.video.stats?.tx.avgBitrateKbps} kbit/s; audio ` +
              `${evidence(audio, "echoMarkers")} markers, rtt p50 ${rtt?.p50} ms`,
          );
        },
        25_000,
      );

      it("an echo baresip shown only H.264 packetization-mode 0 gets single NAL units from our sliced encoder, and mirrors them", async () => {
        const peer = await startBaresip({ role: "echo", durationS: 20 });
        // The relay strips mode 1 (our PT 96) from our offers (a session refresh too), so baresip
        // answers mode 0 (PT 97).
        relay = await startSipRelay(peer.sipPort, (sdp) => keepOnlyH264Mode(sdp, 0));
        const report = await runCall(
          {
            target: `sip:echo@127.0.0.1:${relay.port}`,
            srtp: "off",
            durationS: 4,
            video: VIDEO,
            localAddress: "127.0.0.1",
          },
          silentProgress,
        );
        const r = await peer.stop();

        expect(relay.rewritten()).toBeGreaterThanOrEqual(1);
        for (const offerSeen of r.sdp.received) {
          expect(offerSeen).toMatch(/^m=video \d+ RTP\/AVP 97$/m);
          expect(offerSeen).not.toContain("packetization-mode=1");
        }
        const neg = report.facts.negotiated as NegotiatedFacts;
        expect(neg.video?.payloadType).toBe(97);
        expect(neg.video?.fmtp?.["packetization-mode"]).toBe("0");
        expect(r.video.encoder).toEqual({ name: "H264", params: "packetization-mode=0" });
        expect(r.video.decoder).toEqual({ name: "H264", params: "packetization-mode=0" });
        // baresip decoded every packet we sent (a mode-0 decoder drops FU-A/STAP-A fragments).
        expect(r.video.stats?.rx.errors).toBe(0);
        const sent = (
          report.facts.video as {
            sent?: { packetsSent?: number; framesEncoded?: number; encodeErrors?: string[] };
          }
        ).sent;
        // x264 slices each picture so every NAL fits one packet (a too-large NAL is an encode error).
        expect(sent?.encodeErrors).toEqual([]);
        expect(sent?.packetsSent).toBeGreaterThan(sent?.framesEncoded ?? 0);

        const mirror = check(report, "mirror.see-yourself");
        const inWindow = evidence(mirror, "framesInWindow");
        const returned = evidence(mirror, "framesReturned");
        expect(inWindow).toBeGreaterThan(60);
        expect(returned / inWindow).toBeGreaterThanOrEqual(0.5);
        expect(check(report, "audio.hear-far-end").status).toBe("pass");
        note(
          `vdm-test→baresip echo in mode 0: ${sent?.packetsSent} packets for ${sent?.framesEncoded} frames; ` +
            `mirror ${mirror.status} ${evidence(mirror, "returnedSharePct")}% (${returned}/${inWindow}); baresip ` +
            `video rx ${r.video.stats?.rx.packets} pkts ${r.video.stats?.rx.avgBitrateKbps} kbit/s`,
        );
      }, 25_000);

      it("a plain answering baresip sends its own picture and tone: the call completes and the mirror check fails", async () => {
        const peer = await startBaresip({ role: "answer", srtp: "mandatory", toneHz: 440, durationS: 20 });
        const report = await runCall(
          { target: peer.sipUri, srtp: "mandatory", durationS: 4, video: VIDEO, localAddress: "127.0.0.1" },
          silentProgress,
        );
        const r = await peer.stop();

        expect(r.established).toBe(true);
        expect(report.steps.find((s) => s.name === "answered")?.status).toBe("ok");
        expect(report.steps.find((s) => s.name === "hang-up")?.status).toBe("ok");
        expect(report.facts.remoteAgent).toMatch(/^baresip v1\.0\.0/);

        // Video came back, but it is baresip's fakevideo picture, not ours.
        const mirror = check(report, "mirror.see-yourself");
        expect(mirror.status).toBe("fail");
        expect(evidence(mirror, "videoPacketsReceived")).toBeGreaterThan(50);
        expect(evidence(mirror, "framesReturned")).toBe(0);
        expect(mirror.summary).toMatch(/^video came back \(\d+ packets\) but none of our \d+ frames/);
        const received = (
          report.facts.video as { received?: { framesDecoded?: number; codedWidth?: number } }
        ).received;
        expect(received?.framesDecoded).toBeGreaterThan(50);
        expect(received?.codedWidth).toBe(352);
        expect(report.outcome).toBe("fail");

        // The audio: baresip's steady 440 Hz sine is heard, recognised as a tone, not as our echo.
        const audio = check(report, "audio.hear-far-end");
        expect(evidence(audio, "packetsReceived")).toBeGreaterThan(150);
        expect(evidence<string>(audio, "kind")).toBe("tone");
        expect(evidence(audio, "echoMarkers")).toBe(0);
        expect(evidence(audio, "pitchClasses")).toBe(1);
        expect(audio.status).toBe("pass");
        expect(audio.summary).toMatch(/^audio heard \(tone, /);
        note(
          `vdm-test→baresip answer: mirror ${mirror.status} "${mirror.summary}"; audio ${audio.status} ` +
            `"${audio.summary}" (${evidence(audio, "packetsReceived")} pkts)`,
        );
      }, 25_000);
    });
  },
);
