import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answeringListener, callerOffer } from "../../../test/support/h323/engine-pair.js";
import { RawH225Client, setupBytes } from "../../../test/support/h323/raw-h225-client.js";
import { multimediaSystemControlMessage } from "../../protocol/asn1/index.js";
import { Q850Cause } from "../../protocol/q931/cause.js";
import { serializeTpkt } from "../../protocol/tpkt/tpkt.js";
import { H323SetupError } from "./h323-call.js";
import type { H323Listener } from "./h323-listener.js";
import { placeH323Call } from "./place-h323-call.js";

// What a hostile or broken peer sends (issue: "Bad input"): a broken TPKT header or length, a
// truncated or invalid PER message, H.245 out of order, or nothing at all. Each ends in
// ReleaseComplete or a closed connection within a bound; the listener keeps serving other
// calls, and nothing becomes an unhandled rejection (vitest fails the run on one).

const LIMITS = { setupTimeoutMs: 800, offerTimeoutMs: 1500, answerTimeoutMs: 5000 };
let listener: H323Listener | undefined;

afterEach(async () => {
  await listener?.close();
  listener = undefined;
});

async function open() {
  const l = await answeringListener(LIMITS);
  listener = l.listener;
  return l;
}

/** A normal fast start call still gets through. */
async function stillServes(l: H323Listener): Promise<void> {
  const offer = callerOffer();
  const placed = await placeH323Call({
    local: { host: "127.0.0.1" },
    remote: l.address,
    called: { h323Id: "testrum" },
    calling: { h323Id: "after-bad-input" },
    mode: "fastStart",
    sdpOffer: offer.sdp,
    answerTimeoutMs: 10_000,
  });
  expect(placed.sdpAnswer).toMatch(/^m=audio 7000 /m);
  await placed.call.hangUp();
}

describe("the H.323 listener against bad input", () => {
  it("a header that is not TPKT closes the connection at once; the listener goes on", async () => {
    const { listener: l } = await open();
    const c = await RawH225Client.open(l.address.port);
    c.write(new TextEncoder().encode("GET / HTTP/1.0\r\n\r\n"));
    await c.closed;
    expect(c.received).toEqual([]);
    await stillServes(l);
  });

  it("a TPKT length above the cap closes the connection without waiting for the bytes", async () => {
    const { listener: l } = await open();
    const c = await RawH225Client.open(l.address.port);
    c.write(Uint8Array.of(3, 0, 0xff, 0xff, 0x08));
    await c.closed;
    await stillServes(l);
  });

  it("a truncated Setup (PER cut short) ends the connection; no call is offered", async () => {
    const { listener: l, calls } = await open();
    let offered = false;
    void calls.then(() => {
      offered = true;
    });
    const c = await RawH225Client.open(l.address.port);
    const { setup } = setupBytes();
    const payload = setup.subarray(4, setup.length - 12);
    c.write(serializeTpkt(payload));
    await c.closed;
    expect(offered).toBe(false);
    await stillServes(l);
  });

  it("after a good Setup, an unparseable message gets ReleaseComplete with cause 95 (Q.931 §5.8)", async () => {
    const { listener: l } = await open();
    const c = await RawH225Client.open(l.address.port);
    c.write(setupBytes().setup);
    await c.until((x) => x.types().includes("connect"));
    c.write(serializeTpkt(Uint8Array.of(0x08, 0x02, 0x00, 77, 0x62, 0x7e, 0x00, 0x03, 0x05, 0xff, 0xff)));
    await c.until((x) => x.types().includes("releaseComplete"));
    const rc = c.received.find((p) => p.message.type === "releaseComplete")!;
    expect(rc.message.cause?.value).toBe(Q850Cause.invalidMessage);
    await c.closed;
  });

  it("H.245 out of order and unparseable: ignored or answered FunctionNotSupported; no OLC -> ReleaseComplete", async () => {
    const { listener: l } = await open();
    const c = await RawH225Client.open(l.address.port);
    // An Ack for a channel never opened (H.245 §C.4.4: ignored), tunnelled in Setup.
    const ack = multimediaSystemControlMessage.encode({
      choice: "response",
      value: { choice: "openLogicalChannelAck", value: { forwardLogicalChannelNumber: 9 } },
    });
    const { setup, machine } = setupBytes([ack]);
    c.write(setup);
    await c.until((x) => x.types().includes("connect"));
    // Garbage where an H.245 message should be, tunnelled in a Facility.
    machine.sendH245(2, [Uint8Array.of(0xff, 0xfe, 0xfd)]);
    for (let o = machine.pollOutput(); o.kind === "transmit"; o = machine.pollOutput())
      c.write(o.transmit.bytes);
    await c.until((x) => x.tunnelledH245().includes("indication.functionNotSupported"));
    // It sent its TCS and MSD and waits for our channels; none come: released within the bound.
    expect(c.tunnelledH245()).toEqual(
      expect.arrayContaining(["request.terminalCapabilitySet", "request.masterSlaveDetermination"]),
    );
    await c.until((x) => x.types().includes("releaseComplete"));
    const rc = c.received.find((p) => p.message.type === "releaseComplete")!;
    expect(rc.message.cause?.value).toBe(Q850Cause.recoveryOnTimerExpiry);
    await c.closed;
    await stillServes(l);
  });

  it("a connection that says nothing is closed after the Setup wait, while other calls go on", async () => {
    const { listener: l } = await open();
    const silent = await RawH225Client.open(l.address.port);
    await stillServes(l);
    await silent.closed;
    expect(silent.received).toEqual([]);
  });
});

describe("our caller against a broken callee", () => {
  async function server(onConnection: (s: import("node:net").Socket) => void) {
    const s = createServer(onConnection);
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
    return {
      port: (s.address() as { port: number }).port,
      close: () => new Promise<void>((r) => s.close(() => r())),
    };
  }

  async function call(port: number, answerTimeoutMs = 3000) {
    return placeH323Call({
      local: { host: "127.0.0.1" },
      remote: { host: "127.0.0.1", port },
      called: { h323Id: "x" },
      calling: { h323Id: "vdm-test" },
      mode: "fastStart",
      sdpOffer: callerOffer().sdp,
      answerTimeoutMs,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
  }

  it("a callee answering garbage: H323SetupError in one line, the connection closed", async () => {
    const srv = await server((s) => s.once("data", () => s.write("HTTP/1.1 400 Bad Request\r\n\r\n")));
    const e = await call(srv.port);
    expect(e).toBeInstanceOf(H323SetupError);
    expect((e as Error).message).not.toContain("\n");
    expect((e as Error).message).toMatch(/TPKT/);
    await srv.close();
  });

  it("a callee that never answers: released within the answer bound (ReleaseComplete sent)", async () => {
    const got: Buffer[] = [];
    const srv = await server((s) => s.on("data", (d) => got.push(d)));
    const e = await call(srv.port, 1500);
    expect(e).toBeInstanceOf(H323SetupError);
    expect((e as H323SetupError).messages.map((m) => m.name)).toEqual(["Setup", "ReleaseComplete"]);
    await srv.close();
  });

  it("nobody listening: H323SetupError naming the address", async () => {
    const srv = await server(() => {});
    const port = srv.port;
    await srv.close();
    const e = await call(port);
    expect(e).toBeInstanceOf(H323SetupError);
    expect((e as Error).message).toContain(`127.0.0.1:${port}`);
  });
});
