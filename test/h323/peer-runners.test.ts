import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { CallEvent } from "../../src/protocol/h225/call-events.js";
import { readFastStart } from "../../src/protocol/h245/fast-start.js";
import { descendantProcesses } from "../support/baresip/child-processes.js";
import { Ooh323cPeer } from "../support/h323/ooh323c.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";
import { SignallingRecorder } from "../support/h323/signalling-recorder.js";
import { Simph323Peer } from "../support/h323/simph323.js";

// The real H.323 peers as the interop tests run them: started on their own 127.x addresses,
// calling each other, and calling a bare listener where our H.225.0 callee machine decodes
// their Setup and refuses the call. Each peer is stopped (and killed if it lingers) after each
// test. Skipped with a message when the peers are not built (../shared/peers/h323/build.sh).

const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((s) => s()));
});
function started<T extends { stop(): Promise<unknown> }>(peer: T): T {
  stops.push(() => peer.stop());
  return peer;
}

const setupOf = (e: CallEvent) => (e.type === "setup" ? e : undefined);
const releasedOf = (e: CallEvent) => (e.type === "released" ? e.release : undefined);

describe.skipIf(skipH323Interop)("H.323 peer runners (ooh323c-simple, simph323)", () => {
  afterAll(async () => {
    // Every peer (and the timeout wrapping it) is gone once its test has stopped it.
    const left = (await descendantProcesses()).filter((p) => /ooh323c|simph323|timeout/.test(p.name));
    expect(left).toEqual([]);
  });

  it("two ooh323c endpoints: fast start opens four channels, the caller hangs up, the callee sees it", async () => {
    const callee = started(
      await Ooh323cPeer.start({ host: h323LoopbackHost(), h323Id: "callee", listen: true, autoAnswer: true }),
    );
    const caller = started(await Ooh323cPeer.start({ host: h323LoopbackHost(), h323Id: "caller" }));
    caller.call(callee.address);
    const channels = await callee.channelsStarted(4, 20_000);
    expect(channels.filter((c) => c.direction === "receive").map((c) => c.host)).toEqual([
      callee.options.host,
      callee.options.host,
    ]);
    expect(channels.filter((c) => c.direction === "transmit").map((c) => c.host)).toEqual([
      caller.options.host,
      caller.options.host,
    ]);
    caller.hangUp();
    expect((await caller.ended(15_000)).reason).toBe("OO_REASON_LOCAL_CLEARED");
    expect((await callee.ended(15_000)).reason).toBe("OO_REASON_REMOTE_CLEARED");
  }, 60_000);

  it("two ooh323c endpoints without fast start or tunnelling: channels open over a separate H.245", async () => {
    const opts = { fastStart: false, tunnelling: false } as const;
    const callee = started(
      await Ooh323cPeer.start({
        ...opts,
        host: h323LoopbackHost(),
        h323Id: "callee",
        listen: true,
        autoAnswer: true,
      }),
    );
    const caller = started(await Ooh323cPeer.start({ ...opts, host: h323LoopbackHost(), h323Id: "caller" }));
    caller.call(callee.address);
    const channels = await callee.channelsStarted(2, 20_000);
    expect(new Set(channels.map((c) => c.direction))).toEqual(new Set(["receive", "transmit"]));
    expect(await callee.trace()).toMatch(/H245 Tunneling - disabled[\s\S]*H\.245 connection established/);
    caller.hangUp();
    expect((await callee.ended(15_000)).reason).toBe("OO_REASON_REMOTE_CLEARED");
  }, 60_000);

  it("ooh323c's Setup reaches our callee machine on a real socket, decodes, and our refusal ends its call", async () => {
    const recorder = await SignallingRecorder.listen(h323LoopbackHost());
    stops.push(() => recorder.close());
    const caller = started(await Ooh323cPeer.start({ host: h323LoopbackHost(), h323Id: "oo-caller" }));
    caller.call(`testrum@${recorder.host}:${recorder.port}`);
    const call = await recorder.call(0, 15_000);
    const { setup, message } = await call.event(setupOf, 15_000);
    expect(message.type).toBe("setup");
    expect(setup.sourceAddress).toEqual([{ choice: "h323-ID", value: "oo-caller" }]);
    expect(setup.destinationAddress).toEqual([{ choice: "h323-ID", value: "testrum" }]);
    expect(Buffer.from(setup.sourceInfo.vendor?.productId ?? []).toString()).toBe("objsys");
    // Fast start: G.711 µ-law and H.264 proposed both ways, to and from ooh323c's address.
    const proposals = readFastStart(setup.fastStart ?? []);
    expect(proposals.map((p) => `${p.direction} ${p.dataType.choice}`).sort()).toEqual([
      "forward audioData",
      "forward videoData",
      "reverse audioData",
      "reverse videoData",
    ]);
    const ip = Buffer.from(caller.options.host.split(".").map(Number)).toString("hex");
    for (const p of proposals) {
      const a = p.mediaControlChannel ?? p.mediaChannel;
      expect(a?.choice === "unicastAddress" && a.value.choice === "iPAddress").toBe(true);
      if (a?.choice === "unicastAddress" && a.value.choice === "iPAddress") {
        expect(Buffer.from(a.value.value.network).toString("hex")).toBe(ip);
      }
    }
    call.driver.input((now) => call.machine.reject(now, { reason: "destinationRejection" }));
    expect(call.sent.map((t) => t.message)).toEqual(["releaseComplete"]);
    const end = await caller.ended(15_000);
    expect(end.reason).toMatch(/^OO_REASON_REMOTE_/);
    await call.closed;
  }, 60_000);

  it("simph323's Setup (slow start, tunnelled H.245) decodes in our callee machine, and our refusal ends it", async () => {
    const recorder = await SignallingRecorder.listen(h323LoopbackHost());
    stops.push(() => recorder.close());
    const caller = started(
      await Simph323Peer.start({
        host: h323LoopbackHost(),
        alias: "h3",
        call: `room@${recorder.host}:${recorder.port}`,
      }),
    );
    const call = await recorder.call(0, 20_000);
    const { setup } = await call.event(setupOf, 20_000);
    expect(setup.sourceAddress).toContainEqual({ choice: "h323-ID", value: "h3" });
    expect(setup.destinationAddress).toContainEqual({ choice: "h323-ID", value: "room" });
    expect(setup.fastStart).toBeUndefined();
    expect(setup.sourceInfo.vendor?.productId).toBeDefined();
    call.driver.input((now) => call.machine.reject(now, { reason: "destinationRejection" }));
    await caller.ended(15_000);
    expect((await call.event(releasedOf, 1000)).by).toBe("local");
  }, 60_000);

  it("two simph323 endpoints: G.711 channels start both ways and the call clears", async () => {
    const callee = started(
      await Simph323Peer.start({ host: h323LoopbackHost(), alias: "callee", listen: true, autoAnswer: true }),
    );
    const caller = started(
      await Simph323Peer.start({
        host: h323LoopbackHost(),
        alias: "caller",
        call: `callee@${callee.options.host}:1720`,
      }),
    );
    const channels = await caller.channelsStarted(2, 20_000);
    expect(channels.map((c) => c.direction).sort()).toEqual(["receiving", "sending"]);
    expect(channels.every((c) => /G\.711/.test(c.codec))).toBe(true);
    caller.hangUp();
    await callee.ended(15_000);
  }, 60_000);
});
