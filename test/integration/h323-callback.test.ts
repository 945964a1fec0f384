import { createServer } from "node:net";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { placeH323Call } from "../../src/adapters/h323/index.js";
import { CallerMedia, type CallerMediaOptions } from "../../src/app/call/caller-media.js";
import { H323CallbackAnswerer } from "../../src/app/call/leg/h323/h323-callback-answerer.js";
import { closedTcpPort } from "../support/loopback-ports.js";

// Function 8 over H.323: while armed, our caller listens where the room calls back (the host
// its call came from) and answers the first Setup with audio; the room's side here is the
// engine's placeH323Call with a media party of ours. Audio only: no encoder runs.

const audioOnly = (host: string): CallerMediaOptions => ({
  localAddress: host,
  srtp: "off",
  ice: false,
  audioOnly: true,
  ffmpegPath: "ffmpeg",
  video: { width: 320, height: 240, fps: 10, bitrateKbps: 200 },
  audioPayloads: () => [new Uint8Array(160)],
});

describe("the H.323 callback receiver (test-room function 8)", () => {
  it("answers the room's Setup, takes its audio and releases the call", async () => {
    const port = await closedTcpPort();
    const cb = new H323CallbackAnswerer({
      host: "127.0.0.9",
      port,
      media: () => audioOnly("127.0.0.9"),
      maxCallMs: 1500,
    });
    cb.arm();
    const since = performance.now();
    const room = await CallerMedia.open(audioOnly("127.0.0.1"));
    try {
      // The listener opens as arm() returns; the room calls back a moment later.
      await new Promise((r) => setTimeout(r, 200));
      const placed = await placeH323Call({
        local: { host: "127.0.0.1" },
        remote: { host: "127.0.0.9", port },
        called: { h323Id: "vdm-test" },
        calling: { h323Id: "testrum" },
        mode: "fastStart",
        sdpOffer: await room.createOffer(),
        answerTimeoutMs: 5000,
      });
      await room.acceptAnswer(placed.sdpAnswer);
      room.startMedia();
      const out = await cb.outcome(since, 5000, undefined);
      expect(out).toMatchObject({ aliasAnswered: true, arrived: true, answered: true, from: "testrum" });
      expect(out.audioPacketsReceived).toBeGreaterThan(10);
      expect(out.failure).toBeUndefined();
      expect((await placed.call.whenEnded()).byPeer).toBe(true);
    } finally {
      room.close();
    }
  }, 30_000);

  it("says no Setup came within the wait", async () => {
    const port = await closedTcpPort();
    const cb = new H323CallbackAnswerer({ host: "127.0.0.9", port, media: () => audioOnly("127.0.0.9") });
    cb.arm();
    const out = await cb.outcome(performance.now(), 300, undefined);
    expect(out).toMatchObject({ arrived: false, answered: false });
    expect(out.failure).toBe(`no Setup on 127.0.0.9:${port} within 0 s`);
  });

  it("says why when the port cannot be bound", async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, "127.0.0.9", r));
    const port = (busy.address() as { port: number }).port;
    try {
      const cb = new H323CallbackAnswerer({ host: "127.0.0.9", port, media: () => audioOnly("127.0.0.9") });
      cb.arm();
      const out = await cb.outcome(performance.now(), 300, undefined);
      expect(out.arrived).toBe(false);
      expect(out.failure).toMatch(/^cannot take the callback: .*EADDRINUSE/);
    } finally {
      busy.close();
    }
  });
});
