import { randomBytes } from "node:crypto";
import { createSocket } from "node:dgram";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { h46018Check } from "../../src/conformance/h460-check.js";
import type { H460WireMessage } from "../../src/conformance/h460-evidence.js";
import { readH460Evidence } from "../../src/conformance/h460-wire.js";
import { type H225, rasMessage } from "../../src/protocol/asn1/index.js";
import { type CallPdu, parseCallPdu, serializeCallPdu } from "../../src/protocol/h225/call-pdu.js";
import { type HostPort, h225Address } from "../../src/protocol/h323/transport-address.js";
import { featureSetOf, standardFeature, TraversalServer } from "../../src/protocol/h460/index.js";
import { Gatekeeper } from "../../src/protocol/ras/gatekeeper/gatekeeper.js";
import { parseTpkt } from "../../src/protocol/tpkt/tpkt.js";
import { TpktFramer } from "../../src/protocol/tpkt/tpkt-framer.js";
import { captureSegments } from "../support/h323/capture-segments.js";
import { uuAt } from "../support/h323/h46018-capture.js";
import { h323PeersMissing } from "../support/h323/peers.js";
import { Simph323Peer } from "../support/h323/simph323.js";

// Our traversal server half against a real H.460.18 endpoint: H323Plus (simph323) registers to
// the room's gatekeeper machine, here made to confirm feature 18 in GCF/RCF (the room itself
// does not offer it yet); TraversalServer announces a call by ServiceControlIndication;
// H323Plus answers SCR, opens TCP to us and sends the Facility; we send the Setup on that
// connection and H323Plus answers the call. The RAS and call signalling, recorded as the room
// would, are graded by the H.460.18 verdict. Loopback 127.0.46.30 (us), 127.0.46.31 (H323Plus).

const US = "127.0.46.30";
const EP = "127.0.46.31";
const ALIAS = "dave46";
const missing = h323PeersMissing;

/** GCF/RCF of the room's gatekeeper with H.460.18 confirmed, as a traversal server answers. */
function withFeature18(bytes: Uint8Array): Uint8Array {
  const ras = rasMessage.decode(bytes);
  if (ras.choice !== "gatekeeperConfirm" && ras.choice !== "registrationConfirm") return bytes;
  const featureSet = featureSetOf({ supported: [standardFeature(18)] });
  return rasMessage.encode({ ...ras, value: { ...ras.value, featureSet } } as H225.RasMessage);
}

/** GnuGk's Setup to dave in d-h46018.pcapng (frame 23), for this call. */
function setupFor(callId: Uint8Array, from: HostPort, to: HostPort): Uint8Array {
  const q931 = parseCallPdu(
    parseTpkt(captureSegments().find((s) => s.capture === "d-h46018.pcapng" && s.frame === 23)!.payload),
  );
  const uu = uuAt(23).uu;
  const body = uu["h323-uu-pdu"]["h323-message-body"];
  if (body.choice !== "setup") throw new Error("frame 23 is a Setup");
  const { userInformation: _u, ...message } = q931.message;
  return serializeCallPdu(message, {
    ...uu,
    "h323-uu-pdu": {
      ...uu["h323-uu-pdu"],
      "h323-message-body": {
        choice: "setup",
        value: {
          ...body.value,
          destinationAddress: [{ choice: "h323-ID", value: ALIAS }],
          destCallSignalAddress: h225Address(to),
          sourceCallSignalAddress: h225Address(from),
          callIdentifier: { guid: callId },
        },
      },
    },
  });
}

describe.skipIf(missing !== undefined)("H.460.18 traversal server against H323Plus", () => {
  const udp = createSocket("udp4");
  let tcp: Server;
  let signalling: HostPort;
  let rasAddress: HostPort;
  const wire: H460WireMessage[] = [];
  const pdus: CallPdu[] = [];
  let connection: Socket | undefined;
  beforeAll(async () => {
    await new Promise<void>((resolve) => udp.bind(0, US, () => resolve()));
    rasAddress = { host: US, port: udp.address().port };
    tcp = createServer();
    await new Promise<void>((resolve) => tcp.listen(0, US, () => resolve()));
    const a = tcp.address();
    if (!a || typeof a === "string") throw new Error("no TCP address");
    signalling = { host: US, port: a.port };
  });
  afterAll(async () => {
    connection?.destroy();
    udp.close();
    await new Promise((r) => tcp.close(r));
  });

  it("reaches the registered endpoint by SCI; it opens the connection outward and takes the call", async () => {
    const gk = new Gatekeeper({
      gatekeeperId: "vdm-test",
      rasAddress,
      callSignalAddress: signalling,
      isRoomAlias: () => false,
      supportsFeature: (id) => id.choice === "standard" && id.value === 18,
    });
    const traversal = new TraversalServer({ signallingAddress: signalling, openTimeoutMs: 15_000 });
    const events: string[] = [];
    const pump = (now: number) => {
      for (let o = gk.pollOutput(); o.kind !== "timeout"; o = gk.pollOutput()) {
        if (o.kind !== "transmit") continue;
        const bytes = withFeature18(o.transmit.bytes);
        udp.send(bytes, o.transmit.to.port, o.transmit.to.host);
        wire.push({
          atMs: now,
          direction: "sent",
          channel: "ras",
          bytes,
          local: rasAddress,
          remote: o.transmit.to,
        });
      }
      for (let o = traversal.pollOutput(); o.kind !== "timeout"; o = traversal.pollOutput()) {
        if (o.kind === "transmit") {
          udp.send(o.transmit.bytes, o.transmit.to.port, o.transmit.to.host);
          wire.push({
            atMs: now,
            direction: "sent",
            channel: "ras",
            bytes: o.transmit.bytes,
            local: rasAddress,
            remote: o.transmit.to,
          });
        } else events.push(o.event.kind);
      }
    };
    udp.on("message", (b, rinfo) => {
      const now = Date.now();
      const from = { host: rinfo.address, port: rinfo.port };
      const bytes = new Uint8Array(b);
      wire.push({ atMs: now, direction: "received", channel: "ras", bytes, local: rasAddress, remote: from });
      gk.handleDatagram(now, bytes, from);
      traversal.handleRas(now, rasMessage.decode(bytes), from);
      pump(now);
    });
    const timer = setInterval(() => {
      traversal.handleTimeout(Date.now());
      pump(Date.now());
    }, 200);
    const callId = new Uint8Array(randomBytes(16));
    tcp.on("connection", (s) => {
      connection = s;
      const framer = new TpktFramer();
      const remote = { host: s.remoteAddress!.replace(/^::ffff:/, ""), port: s.remotePort! };
      s.on("data", (chunk) => {
        framer.push(chunk);
        for (let p = framer.next(); p !== undefined; p = framer.next()) {
          const now = Date.now();
          wire.push({
            atMs: now,
            direction: "received",
            channel: "q931",
            bytes: p,
            local: signalling,
            remote,
          });
          if (p.length === 0) continue;
          const pdu = parseCallPdu(p);
          pdus.push(pdu);
          if (pdus.length === 1 && traversal.handleFirstPdu(now, "tcp#1", pdu)) {
            pump(now);
            const setup = setupFor(callId, signalling, remote);
            s.write(setup);
            wire.push({
              atMs: now,
              direction: "sent",
              channel: "q931",
              bytes: parseTpkt(setup),
              local: signalling,
              remote,
            });
          }
        }
      });
      s.on("error", () => {});
    });
    const ep = await Simph323Peer.start({
      host: EP,
      alias: ALIAS,
      gatekeeper: `${US}:${rasAddress.port}`,
      listen: true,
      autoAnswer: true,
    });
    try {
      const until = async (what: string, f: () => boolean, ms: number) => {
        const end = Date.now() + ms;
        while (!f()) {
          if (Date.now() > end) throw new Error(`${what} not seen in ${ms} ms\n${ep.log().slice(-3000)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await until("registration", () => gk.registrations().length === 1, 20_000);
      const reg = gk.registrations()[0]!;
      traversal.announce(Date.now(), {
        callId,
        endpointRas: reg.source,
        endpointIdentifier: reg.endpointIdentifier,
      });
      pump(Date.now());
      await until("the endpoint's Facility", () => events.includes("connected"), 15_000);
      await until("Connect", () => pdus.some((p) => p.message.type === "connect"), 20_000);
      expect(events).toContain("acknowledged");
      const first = pdus[0]!.uu["h323-uu-pdu"]["h323-message-body"];
      expect(first.choice).toBe("facility");
      // graded from what was recorded, as the room would grade it
      const c = h46018Check(readH460Evidence({ messages: wire, media: [], endAtMs: Date.now() }));
      expect(c.status, c.summary).toBe("pass");
      expect(c.summary).toMatch(/opened the call outward on the SCI/);
    } finally {
      clearInterval(timer);
      await ep.stop();
    }
  }, 90_000);
});
