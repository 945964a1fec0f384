// The room answers H.323 on loopback: calls from the engine's caller with our real media (ffmpeg
// test pattern, decoded on return) in each H.245 mode get the mirror and the music back; the
// called alias comes from destinationAddress; a full room refuses with ReleaseComplete; bad
// bytes and silence end only their own connection while a concurrent call keeps its media.

import { createSocket } from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaptureRecorder } from "../../src/adapters/capture/capture-recorder.js";
import {
  type H245Mode,
  H323Listener,
  type H323MessageRecord,
  H323SetupError,
  type IncomingH323Call,
  placeH323Call,
} from "../../src/adapters/h323/index.js";
import { Room, type RoomEvent, type RoomOptions } from "../../src/app/room/room.js";
import type { Report } from "../../src/report/model.js";
import { tsharkFileFields } from "../support/h323/link-capture.js";
import { placeMediaCall, until } from "../support/h323/media-caller.js";
import { fixedSdp } from "../support/sip/fixed-sdh.js";

let room: Room;
const events: RoomEvent[] = [];
const reports: Report[] = [];

beforeAll(async () => {
  room = await Room.start({
    listen: [
      { protocol: "udp", host: "127.0.0.1", port: 0 },
      { protocol: "h323", host: "127.0.0.1", port: 0 },
    ],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: 46000, to: 46999 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    maxCalls: 3,
    h323Limits: { setupTimeoutMs: 1500 },
    callback: { aliasHoldMs: 300, answerTimeoutMs: 5000, holdMs: 1000 },
    onEvent: (e) => events.push(e),
    onCallerReport: (r) => reports.push(r),
  });
}, 60_000);
afterAll(async () => {
  await room?.stop();
});

const address = () => room.h323Listening!;

/** A room of its own for one test: H.323 only unless `listen` says otherwise, media ports from `rtpFrom`. */
function otherRoom(rtpFrom: number, extra: Partial<RoomOptions> = {}): Promise<Room> {
  return Room.start({
    listen: [{ protocol: "h323", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: rtpFrom, to: rtpFrom + 99 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    ...extra,
  });
}

/** The room's report of `callId`, once the call's end has been graded. */
function reportOf(callId: string): Promise<Report | undefined> {
  return until(
    () => reports.find((r) => r.facts["callId"] === callId),
    (r) => r !== undefined,
    10_000,
  );
}

describe("the room answers H.323 callers with the mirror and the music", () => {
  it.each(["fastStart", "tunnelling", "separate"] as H245Mode[])(
    "%s: our test pattern comes back decoded, the music arrives, and the room grades the caller",
    async (mode) => {
      const c = await placeMediaCall(address(), mode, { h323Id: "testrum" });
      try {
        const frames = await until(c.mirroredFrames, (n) => n >= 15, 20_000);
        const audio = await until(c.audioPacketsIn, (n) => n >= 50, 10_000);
        expect(frames, "mirrored frames decoded with our camera frame code").toBeGreaterThanOrEqual(15);
        expect(audio, "music packets").toBeGreaterThanOrEqual(50);
        // The mirrored pictures carry frame numbers we drew and sent: our own stream came back.
        const sent = c.media.videoSender!.stats.framesEncoded;
        const numbers = new Set(c.media.videoReceiver!.frames.map((f) => f.number));
        expect(numbers.size).toBeGreaterThanOrEqual(15);
        expect(Math.max(...numbers)).toBeLessThan(sent);
        expect(c.call.facts().mode).toBe(mode);
      } finally {
        await c.end();
      }
      const report = await reportOf(c.call.callId);
      expect(report, "the room's report about the caller").toBeDefined();
      expect(report!.kind).toBe("room-caller");
      expect(report!.target).toBe("h323:vdm-test-caller@127.0.0.1");
      expect(report!.facts["dialled"]).toBe("h323-ID testrum");
      // What the room saw of the caller's media, measured: its H.264 and its audio.
      const media = report!.facts["media"] as { videoPacketsIn: number; videoPacketsMirrored: number };
      expect(media.videoPacketsIn).toBeGreaterThan(0);
      expect(media.videoPacketsMirrored).toBeGreaterThan(0);
      expect(report!.sip.length, "the ladder holds the call's H.225.0/H.245 messages").toBeGreaterThan(2);
      // Graded as an H.323 caller: H.264 from its capability set, channel and media; SIP not tested.
      const requirement = (id: string) => report!.requirements!.find((r) => r.requirement === id)!.status;
      expect(requirement("H.264")).toBe("pass");
      expect(requirement("SIP")).toBe("not-tested");
      expect(report!.sip.map((m) => m.firstLine).join("\n")).toMatch(/Setup/);
    },
    60_000,
  );
});

/** A call with a fixed audio-only offer and no media: enough to hold a place in the room. */
function signallingCall(
  port: number,
  mode: H245Mode,
  called: Parameters<typeof placeH323Call>[0]["called"],
  room = address(),
) {
  return placeH323Call({
    local: { host: "127.0.0.1" },
    remote: room,
    called,
    calling: { h323Id: "holder" },
    mode,
    sdpOffer: fixedSdp(port),
    answerTimeoutMs: 10_000,
  });
}

describe("the called alias comes from the Setup's destinationAddress", () => {
  it.each([
    ["h323-ID", { h323Id: "echo" }],
    ["url-ID", { urlId: "h323:echo@127.0.0.1" }],
    ["dialedDigits", { dialedDigits: "101" }],
  ] as const)(
    "%s naming the echo alias: our own audio comes back instead of the music",
    async (_kind, called) => {
      const before = events.length;
      const c = await placeMediaCall(address(), "fastStart", called);
      try {
        await until(c.audioPacketsIn, (n) => n >= 50, 15_000);
      } finally {
        await c.end();
      }
      const ended = await until(
        () => events.slice(before).find((e) => e.callId === c.call.callId && e.kind === "ended" && e.facts),
        (e) => e !== undefined,
        10_000,
      );
      expect(ended?.facts?.audioPacketsEchoed ?? 0, "caller audio looped back").toBeGreaterThan(0);
      expect(ended?.facts?.musicPacketsOut).toBe(0);
    },
    60_000,
  );

  it("a name the room does not know reaches the room itself (music, not echo)", async () => {
    const before = events.length;
    const { call } = await signallingCall(40000, "fastStart", { h323Id: "someone-else" });
    const answered = events.slice(before).find((e) => e.callId === call.callId && e.kind === "answered");
    await call.hangUp();
    expect(answered?.detail).not.toMatch(/echo|call back/);
    const incoming = events.slice(before).find((e) => e.callId === call.callId && e.kind === "incoming");
    expect(incoming?.detail).toMatch(/dialled h323-ID someone-else/);
  }, 30_000);
});

describe("a full room refuses H.323 calls with ReleaseComplete", () => {
  it.each(["fastStart", "separate"] as H245Mode[])(
    "%s: past --max-calls the Setup gets noBandwidth, Q.850 cause 34, and the call in the room goes on",
    async (mode) => {
      const small = await otherRoom(47000, { maxCalls: 1 });
      try {
        const held = await signallingCall(40010, "fastStart", { h323Id: "testrum" }, small.h323Listening!);
        const refused = await signallingCall(40020, mode, { h323Id: "testrum" }, small.h323Listening!).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(refused).toBeInstanceOf(H323SetupError);
        const err = refused as H323SetupError;
        expect(err.q850Cause).toBe(34);
        expect(err.releaseReason).toBe("noBandwidth");
        expect(small.activeCalls).toBe(1);
        await held.call.hangUp();
      } finally {
        await small.stop();
      }
    },
    30_000,
  );
});

/** Opens a TCP connection to the room's H.323 port, writes `bytes` (if any), and resolves when the room closes it. */
function rawConnection(bytes: Uint8Array | undefined): Promise<{ socket: Socket; closed: Promise<Buffer> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port: address().port }, () => {
      const chunks: Buffer[] = [];
      socket.on("data", (d: Buffer) => chunks.push(d));
      const closed = new Promise<Buffer>((r) => socket.once("close", () => r(Buffer.concat(chunks))));
      if (bytes) socket.write(bytes);
      resolve({ socket, closed });
    });
    socket.once("error", reject);
  });
}

describe("bad input ends that connection, and the room keeps serving the call it has", () => {
  it("a broken TPKT, a Setup with garbage PER and a silent connection are closed; a concurrent call keeps its mirror", async () => {
    const c = await placeMediaCall(address(), "tunnelling", { h323Id: "testrum" });
    try {
      await until(c.mirroredFrames, (n) => n >= 5, 20_000);
      const before = c.mirroredFrames();
      // RFC 1006 §6: version 3, then a length of 2, shorter than the header itself.
      const brokenTpkt = Uint8Array.of(0x03, 0x00, 0x00, 0x02, 0xde, 0xad);
      // A Q.931 Setup (Q.931 §4: discriminator 8, call reference 1, type 5) whose user-user
      // element (0x7e, H.225.0 §7.2.2.1: protocol discriminator 5) holds no valid PER.
      const q931 = [0x08, 0x02, 0x00, 0x01, 0x05, 0x7e, 0x00, 0x06, 0x05, 0xff, 0xff, 0xff, 0xff, 0xff];
      const garbagePer = Uint8Array.of(0x03, 0x00, 0x00, 4 + q931.length, ...q931);
      const conns = await Promise.all([
        rawConnection(brokenTpkt),
        rawConnection(garbagePer),
        rawConnection(undefined),
      ]);
      const bound = new Promise<"open">((r) => setTimeout(() => r("open"), 15_000).unref());
      const outcomes = await Promise.all(
        conns.map((x) => Promise.race([x.closed.then(() => "closed" as const), bound])),
      );
      for (const x of conns) x.socket.destroy();
      expect(outcomes).toEqual(["closed", "closed", "closed"]);
      // The call already in the room kept its media all along.
      const after = await until(c.mirroredFrames, (n) => n >= before + 10, 15_000);
      expect(after).toBeGreaterThanOrEqual(before + 10);
      expect(c.call.facts().releaseReason).toBeUndefined();
    } finally {
      await c.end();
    }
    // And the room still takes a new call.
    const again = await signallingCall(40030, "fastStart", { h323Id: "testrum" });
    await again.call.hangUp();
  }, 90_000);
});

/** The room's media address in an SDP offer (c= and the audio m= port). */
function audioTarget(sdp: string): { host: string; port: number } {
  const host = /^c=IN IP4 (\S+)/m.exec(sdp)![1]!;
  const port = Number(/^m=audio (\d+)/m.exec(sdp)![1]);
  return { host, port };
}

describe("the callback alias calls an H.323 caller back", () => {
  it("hangs up, sends a Setup to port 1720 of the caller's address, and counts the audio that comes back", async () => {
    // Our endpoint at its own loopback address, listening on the H.225.0 port as an endpoint does.
    const host = "127.0.23.17";
    const endpoint = await H323Listener.open({ host, port: 1720 });
    const rtp = createSocket("udp4");
    await new Promise<void>((r) => rtp.bind(0, host, r));
    const callbacks: IncomingH323Call[] = [];
    endpoint.onCall((incoming) => {
      callbacks.push(incoming);
      const answer = fixedSdp(rtp.address().port).replace(/127\.0\.0\.1/g, host);
      void incoming.answer(answer).then(async () => {
        // 50 packets of G.711 µ-law silence, 20 ms apart (RFC 3551 §4.5.14), to the room's audio.
        const to = audioTarget(incoming.sdpOffer);
        for (let i = 0; i < 50; i++) {
          const packet = Buffer.alloc(12 + 160, 0xff);
          packet.writeUInt16BE(0x8000, 0);
          packet.writeUInt16BE(i, 2);
          packet.writeUInt32BE(i * 160, 4);
          packet.writeUInt32BE(0x1234abcd, 8);
          rtp.send(packet, to.port, to.host);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
    });
    try {
      const { call } = await placeH323Call({
        local: { host },
        remote: address(),
        called: { h323Id: "callback" },
        calling: { h323Id: "ward-7", urlId: "h323:ward-7@example.org" },
        mode: "fastStart",
        sdpOffer: fixedSdp(40040),
        answerTimeoutMs: 10_000,
      });
      const end = await call.whenEnded();
      expect(end.byPeer, "the room hung up the first call").toBe(true);
      const report = await until(
        () => reports.find((r) => r.facts["callId"] === call.callId),
        (r) => r !== undefined,
        20_000,
      );
      expect(callbacks).toHaveLength(1);
      expect(callbacks[0]!.calledAliases).toEqual({ h323Id: "ward-7", urlId: "h323:ward-7@example.org" });
      expect(callbacks[0]!.callingAliases.h323Id).toBe("testrum");
      const fn8 = report!.checks.find((c) => c.serves.includes("function-8"))!;
      expect(fn8.status, fn8.summary).toBe("pass");
      expect(fn8.evidence).toMatchObject({ arrived: true, answered: true });
      expect((fn8.evidence as { audioPacketsReceived: number }).audioPacketsReceived).toBeGreaterThan(0);
    } finally {
      rtp.close();
      await endpoint.close();
    }
  }, 60_000);
});

describe("serve --pcap records H.323 calls so Wireshark decodes them", () => {
  it("the room's capture of a call with a separate H.245 connection: every H.225.0 and H.245 message, none malformed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vdm-room-h323-pcap-"));
    const file = join(dir, "room.pcapng");
    const recorder = CaptureRecorder.open(file);
    const recorded = await otherRoom(47100, { capture: recorder });
    let messages: readonly H323MessageRecord[] = [];
    try {
      const { call } = await signallingCall(
        40050,
        "separate",
        { h323Id: "testrum" },
        recorded.h323Listening!,
      );
      await call.hangUp();
      messages = call.messages();
    } finally {
      await recorded.stop();
      recorder.finish();
    }
    const q931 = tsharkFileFields(file, "q931", ["q931.message_type"]);
    const h245 = tsharkFileFields(file, "h245", ["frame.number"]);
    const malformed = tsharkFileFields(file, "_ws.malformed || _ws.expert.severity == error", [
      "frame.number",
    ]);
    rmSync(dir, { recursive: true, force: true });
    // What the caller's side logged on the two connections, the room's capture holds (and the
    // room's own ReleaseComplete, which the caller, gone, did not log): Setup, Call Proceeding,
    // Connect, Release Complete (Q.931 §4.3 message types 05, 02, 07, 5a).
    expect(q931.length).toBeGreaterThanOrEqual(messages.filter((m) => m.channel === "q931").length);
    expect(new Set(q931.map((r) => r[0]))).toEqual(new Set(["0x05", "0x02", "0x07", "0x5a"]));
    expect(h245.length).toBe(messages.filter((m) => m.channel === "h245" && !m.tunnelled).length);
    expect(h245.length).toBeGreaterThanOrEqual(8);
    expect(malformed).toEqual([]);
  }, 30_000);
});

describe("an H.323 port the room cannot bind leaves SIP answering", () => {
  it("the room starts with SIP, says why H.323 is off, and answers SIP OPTIONS", async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
    const port = (busy.address() as { port: number }).port;
    const r = await otherRoom(47200, {
      listen: [
        { protocol: "udp", host: "127.0.0.1", port: 0 },
        { protocol: "h323", host: "127.0.0.1", port },
      ],
    });
    try {
      expect(r.h323Listening).toBeUndefined();
      expect(r.h323Failure).toMatchObject({ code: "EADDRINUSE", listen: { protocol: "h323", port } });
      // SIP still answers: an OPTIONS gets its 200 from the room's front door.
      const sip = createSocket("udp4");
      await new Promise<void>((res) => sip.bind(0, "127.0.0.1", res));
      const answer = new Promise<string>((res) => sip.once("message", (m) => res(m.toString())));
      const me = sip.address().port;
      const options = [
        `OPTIONS sip:testrum@127.0.0.1:${r.listening[0]!.port} SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${me};branch=z9hG4bK-h323-off;rport`,
        "Max-Forwards: 70",
        "From: <sip:probe@127.0.0.1>;tag=h323off",
        `To: <sip:testrum@127.0.0.1:${r.listening[0]!.port}>`,
        "Call-ID: h323-off-options",
        "CSeq: 1 OPTIONS",
        "Content-Length: 0",
        "",
        "",
      ].join("\r\n");
      sip.send(options, r.listening[0]!.port, "127.0.0.1");
      expect(await answer).toMatch(/^SIP\/2\.0 200/);
      sip.close();
    } finally {
      await r.stop();
      busy.close();
    }
  }, 30_000);
});
