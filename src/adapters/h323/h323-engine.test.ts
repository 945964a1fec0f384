import { afterEach, describe, expect, it } from "vitest";
import {
  CALLER_PORTS,
  callPair,
  type EnginePair,
  ROOM_PORTS,
  recordedConnections,
} from "../../../test/support/h323/engine-pair.js";
import { connectionsCapture, haveTshark, tsharkFields } from "../../../test/support/h323/link-capture.js";
import { readSdp } from "../../protocol/sdp/media-section.js";
import { readAnswer } from "../../protocol/sdp/read-answer.js";
import type { H245Mode } from "./h323-call.js";

// Our caller against our listener on loopback, in each way H.245 runs (H.323 §8.1.7 fast
// start, §8.2.1 tunnelling, §8.2 separate connection): the media each side's application reads
// as SDP, keyframe requests both ways, hang-up from either side, and every byte both sides
// sent checked by tshark.

const open: EnginePair[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) {
    await p.caller.hangUp();
    await p.listener.close();
  }
});

async function pair(mode: H245Mode): Promise<EnginePair> {
  const p = await callPair(mode);
  open.push(p);
  return p;
}

const names = (p: EnginePair, side: "caller" | "callee", direction: "sent" | "received") =>
  (side === "caller" ? p.caller : p.callee)
    .messages()
    .filter((m) => m.direction === direction)
    .map((m) => m.name);

describe.each<[H245Mode]>([["fastStart"], ["tunnelling"], ["separate"]])(
  "H.323 call on loopback, %s",
  (mode) => {
    it("agrees the media both ways, with each side's real addresses", async () => {
      const p = await pair(mode);
      // The callee's application sees the caller's addresses in its offer.
      const offer = readSdp(p.incoming.sdpOffer);
      expect(offer.media.map((m) => [m.kind, m.address, m.port, m.rtcpPort])).toEqual([
        ["audio", "127.0.0.1", CALLER_PORTS.audio, CALLER_PORTS.audio + 1],
        ["video", "127.0.0.1", CALLER_PORTS.video, CALLER_PORTS.video + 1],
      ]);
      expect(p.incoming.calledAliases).toEqual({ h323Id: "testrum" });
      expect(p.incoming.callingAliases).toEqual({ h323Id: "vdm-test", urlId: "h323:vdm-test@127.0.0.1" });
      expect(p.incoming.vendor).toBe("vdm-test 0.1.0");
      // The caller reads the room's addresses and codecs in its answer.
      const n = readAnswer(p.offer, p.sdpAnswer);
      expect(n.ok).toBe(true);
      if (!n.ok) return;
      expect(n.session.audio?.remote).toEqual({
        address: "127.0.0.1",
        rtpPort: ROOM_PORTS.audio,
        rtcpAddress: "127.0.0.1",
        rtcpPort: ROOM_PORTS.audio + 1,
      });
      expect(n.session.video?.remote?.rtpPort).toBe(ROOM_PORTS.video);
      expect(n.session.video?.codec).toMatchObject({ name: "H264", payloadType: 96 });
      expect(n.session.audio?.codec?.name).toBe(readSdp(p.roomAnswer).media[0]!.codecs[0]!.name);

      const f = p.caller.facts();
      expect(f.mode).toBe(mode);
      expect(f.fastStartAccepted).toBe(mode === "fastStart");
      expect(f.separateH245).toBe(mode === "separate");
      expect(f.vendor).toBe("vdm-test 0.1.0");
      expect(p.callee.facts().calledAliases.h323Id).toBe("testrum");
      expect(names(p, "caller", "sent")[0]).toBe("Setup");
      expect(names(p, "caller", "received")).toContain("Connect");
    });

    it("sends keyframe requests both ways (videoFastUpdatePicture)", async () => {
      const p = await pair(mode);
      const atCallee = new Promise<void>((resolve) => p.callee.onKeyframeRequest(resolve));
      const atCaller = new Promise<void>((resolve) => p.caller.onKeyframeRequest(resolve));
      // H.245 may still be starting after fast start: ask until it carries.
      await until(() => p.caller.requestKeyframe());
      await atCallee;
      await until(() => p.callee.requestKeyframe());
      await atCaller;
      expect(names(p, "caller", "sent")).toContain("VideoFastUpdatePicture");
      expect(names(p, "callee", "received")).toContain("VideoFastUpdatePicture");
    });

    it("the caller hangs up: endSessionCommand both ways, ReleaseComplete, both ends see it", async () => {
      const p = await pair(mode);
      await until(() => p.caller.facts().capabilities !== undefined);
      const calleeEnd = p.callee.whenEnded();
      await p.caller.hangUp();
      expect(await p.caller.whenEnded()).toMatchObject({ byPeer: false });
      expect(await calleeEnd).toMatchObject({ byPeer: true });
      expect(names(p, "caller", "sent")).toEqual(
        expect.arrayContaining(["EndSessionCommand", "ReleaseComplete"]),
      );
      expect(names(p, "callee", "sent")).toContain("EndSessionCommand");
    });

    it("the callee hangs up: the caller sees the far end end the call", async () => {
      const p = await pair(mode);
      await until(() => p.callee.facts().capabilities !== undefined);
      const callerEnd = p.caller.whenEnded();
      await p.callee.hangUp();
      expect(await callerEnd).toMatchObject({ byPeer: true });
      expect(p.caller.facts().q850Cause).toBe(16);
    });

    it.skipIf(!haveTshark)(
      "every message both sides sent decodes in tshark without a malformed flag",
      async () => {
        const p = await pair(mode);
        await until(() => p.caller.requestKeyframe());
        await until(() => p.callee.requestKeyframe());
        await p.caller.hangUp();
        await p.callee.whenEnded();
        const capture = connectionsCapture(recordedConnections(p.caller.messages()));
        expect(
          tsharkFields(capture, "_ws.malformed || _ws.expert.severity >= error", ["frame.number"]),
        ).toEqual([]);
        const q931 = tsharkFields(capture, "q931", ["q931.message_type"]).length;
        expect(q931).toBeGreaterThanOrEqual(4);
        const h245 = tsharkFields(capture, "h245", ["h245.pdu_type"]).length;
        expect(h245).toBeGreaterThan(mode === "fastStart" ? 4 : 8);
      },
    );
  },
);

/** Polls a condition on real time (bounded by the test's timeout), for what happens over sockets. */
async function until(f: () => boolean): Promise<void> {
  while (!f()) await new Promise((r) => setTimeout(r, 20));
}
