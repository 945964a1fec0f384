// The transaction layer in NodeSipTransport, on real loopback sockets with a raw peer and short
// timers (T1 40 ms, T2 160 ms, T4 200 ms): what sip.js hands over once is retransmitted over UDP
// and never over TCP, repeats from the peer are kept from sip.js and answered again, and wire
// events mark every repeat.
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { rawUdpClient } from "../../../test/support/sip/raw-sip-client.js";
import { NodeSipTransport, SIPJS_PLACEHOLDER_HOST, type SipWireEvent } from "./node-sip-transport.js";

const TIMERS = { t1: 40, t2: 160, t4: 200 };
const open: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function transport(protocol: "udp" | "tcp") {
  const wire: SipWireEvent[] = [];
  const delivered: string[] = [];
  const t = new NodeSipTransport(undefined, {
    listen: [{ protocol, host: "127.0.0.1", port: 0 }],
    loopbackOnly: true,
    transactions: { timers: TIMERS },
    onWire: (e) => wire.push(e),
  });
  t.onMessage = (m) => delivered.push(m);
  await t.connect();
  open.push(() => t.dispose());
  return { t, wire, delivered };
}

function options(target: string, protocol: "UDP" | "TCP", branch: string): string {
  return [
    `OPTIONS ${target} SIP/2.0`,
    `Via: SIP/2.0/${protocol} ${SIPJS_PLACEHOLDER_HOST};branch=${branch}`,
    "Max-Forwards: 70",
    "From: <sip:us@127.0.0.1>;tag=a",
    `To: <${target}>`,
    "Call-ID: shell-test",
    "CSeq: 1 OPTIONS",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

/** The 200 a peer builds from a request it got: the same Via, From, To (tagged), Call-ID, CSeq. */
function okFor(request: string): string {
  const keep = request
    .split("\r\n")
    .filter((l) => /^(Via|From|To|Call-ID|CSeq):/i.test(l))
    .map((l) => (/^To:/i.test(l) ? `${l};tag=b` : l));
  return ["SIP/2.0 200 OK", ...keep, "Content-Length: 0", "", ""].join("\r\n");
}

describe("RFC 3261 §17 in NodeSipTransport", () => {
  it("UDP: retransmits our request (Timer E) until the response, which sip.js then sees once", async () => {
    const { t, wire, delivered } = await transport("udp");
    const peer = await rawUdpClient();
    open.push(() => peer.close());
    await t.send(options(`sip:peer@127.0.0.1:${peer.port}`, "UDP", "z9hG4bK-e1"));
    while (peer.received.length < 4) await sleep(10);
    const ok = okFor(peer.received[0]!);
    await peer.send(ok, t.listening()[0]!.port);
    await peer.send(ok, t.listening()[0]!.port); // a retransmitted 200
    await sleep(400); // ten T1s
    const copies = peer.received.length;
    await sleep(400);
    expect(peer.received.length).toBe(copies); // stopped on the 200
    expect(new Set(peer.received).size).toBe(1); // the same bytes each time
    const sent = wire.filter((w) => w.direction === "out");
    expect(sent.map((w) => w.retransmission ?? false)).toEqual([false, ...Array(copies - 1).fill(true)]);
    // (The schedule itself, 40, 80, 160, 160 ms here, is asserted on simulated time in
    // src/protocol/sip/transaction; wall-clock gaps on a loaded machine are not.)
    expect(delivered.filter((m) => m.startsWith("SIP/2.0 200"))).toHaveLength(1);
    const received = wire.filter((w) => w.direction === "in");
    expect(received.map((w) => w.retransmission ?? false)).toEqual([false, true]);
    expect(t.retransmissions()).toEqual({ sent: { OPTIONS: copies - 1 }, received: { "200 OPTIONS": 1 } });
  });

  it("UDP: a repeated request is kept from sip.js and answered with the response sip.js gave", async () => {
    const { t, delivered } = await transport("udp");
    const peer = await rawUdpClient();
    open.push(() => peer.close());
    const port = t.listening()[0]!.port;
    const request = options(`sip:room@127.0.0.1:${port}`, "UDP", "z9hG4bK-in1").replace(
      `${SIPJS_PLACEHOLDER_HOST}`,
      `127.0.0.1:${peer.port}`,
    );
    await peer.send(request, port);
    while (delivered.length < 1) await sleep(5);
    await peer.send(request, port); // before any answer: discarded (§17.2.2 Trying)
    await sleep(50);
    expect(delivered).toHaveLength(1);
    expect(peer.received).toHaveLength(0);
    await t.send(okFor(delivered[0]!)); // what sip.js would answer
    await peer.waitFor("SIP/2.0 200");
    await peer.send(request, port); // after: the 200 again
    while (peer.received.length < 2) await sleep(5);
    expect(peer.received[1]).toBe(peer.received[0]);
    expect(delivered).toHaveLength(1);
    expect(t.retransmissions()).toEqual({ sent: { "200 OPTIONS": 1 }, received: { OPTIONS: 2 } });
  });

  it("TCP: sends a request once and never retransmits it (§17.1.2.2: Timer E is for unreliable transports)", async () => {
    const { t, wire } = await transport("tcp");
    let text = "";
    const server: Server = createServer((s: Socket) => s.on("data", (d) => (text += d.toString())));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    open.push(() => new Promise((r) => server.close(r)));
    const port = (server.address() as { port: number }).port;
    await t.send(options(`sip:peer@127.0.0.1:${port};transport=tcp`, "TCP", "z9hG4bK-t1"));
    await sleep(600); // fifteen T1s
    expect(text.match(/^OPTIONS /gm)).toHaveLength(1);
    expect(wire.filter((w) => w.direction === "out")).toHaveLength(1);
    expect(t.retransmissions()).toEqual({ sent: {}, received: {} });
  });

  it("stops retransmitting when the transport is disposed (no timer outlives the sockets)", async () => {
    const { t, wire } = await transport("udp");
    const peer = await rawUdpClient();
    open.push(() => peer.close());
    await t.send(options(`sip:peer@127.0.0.1:${peer.port}`, "UDP", "z9hG4bK-gone"));
    await t.dispose();
    await sleep(400); // ten T1s
    expect(peer.received).toHaveLength(1);
    expect(wire.filter((w) => w.direction === "out")).toHaveLength(1);
  });

  it("can be turned off: each message is sent once", async () => {
    const wire: SipWireEvent[] = [];
    const t = new NodeSipTransport(undefined, {
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      loopbackOnly: true,
      transactions: false,
      onWire: (e) => wire.push(e),
    });
    await t.connect();
    open.push(() => t.dispose());
    const peer = await rawUdpClient();
    open.push(() => peer.close());
    await t.send(options(`sip:peer@127.0.0.1:${peer.port}`, "UDP", "z9hG4bK-off"));
    await sleep(300);
    expect(peer.received).toHaveLength(1);
  });
});
