import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type H225, rasMessage } from "../../src/protocol/asn1/index.js";
import { type CallPdu, parseCallPdu } from "../../src/protocol/h225/call-pdu.js";
import { h225Address } from "../../src/protocol/h323/transport-address.js";
import {
  describeFeature,
  featureSetOf,
  featuresOf,
  findFeature,
  H46019_PARAMETER,
  hasParameter,
  incomingCallOf,
  serializeTraversalFacility,
  standardFeature,
} from "../../src/protocol/h460/index.js";
import { TpktFramer } from "../../src/protocol/tpkt/tpkt-framer.js";
import { rasAt } from "../support/h323/h46018-capture.js";
import { PeerProcess, waitListening } from "../support/h323/peer-process.js";
import { h323Peers, h323PeersMissing } from "../support/h323/peers.js";
import { Simph323Peer } from "../support/h323/simph323.js";

// GnuGk with H.460.18 (../shared/peers/h323/recipes/gnugk-h46018.ini) and our H.460.18 wire
// formats as the endpoint side, by hand: we register with feature 18, an H323Plus caller dials
// our alias through GnuGk, GnuGk announces the call with a ServiceControlIndication, we answer
// it, open TCP outward and send the Facility, and GnuGk sends its Setup on that connection.
// Everything on 127.0.46.x; GnuGk's broadcast and multicast listeners are off.

const GK = "127.0.46.18";
const US = "127.0.46.19";
const CALLER = "127.0.46.20";
const ALIAS = "h460probe";

const missing = h323PeersMissing;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

const INI = `[Gatekeeper::Main]
Name=TestGK
Home=${GK}
TimeToLive=300
UseMulticastListener=0
UseBroadcastListener=0
CompareAliasType=0
[RoutedMode]
GKRouted=1
H245Routed=1
AcceptUnregisteredCalls=1
EnableH46018=1
H46018NoNat=1
H46018KeepAliveInterval=19
[Proxy]
Enable=1
RTPMultiplexing=0
[Gatekeeper::Auth]
default=allow
`;

class RasPort {
  readonly received: { ras: H225.RasMessage; bytes: Uint8Array }[] = [];
  private waiters: (() => void)[] = [];
  private constructor(readonly socket: UdpSocket) {
    socket.on("message", (b) => {
      this.received.push({ ras: rasMessage.decode(new Uint8Array(b)), bytes: new Uint8Array(b) });
      for (const w of this.waiters.splice(0)) w();
    });
  }
  static async open(host: string): Promise<RasPort> {
    const s = createSocket("udp4");
    await new Promise<void>((resolve) => s.bind(0, host, () => resolve()));
    return new RasPort(s);
  }
  get port(): number {
    return this.socket.address().port;
  }
  send(ras: H225.RasMessage): void {
    this.socket.send(rasMessage.encode(ras), 1719, GK);
  }
  async next(choice: string, timeoutMs = 15_000): Promise<H225.RasMessage> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const i = this.received.findIndex((r) => r.ras.choice === choice);
      if (i >= 0) return this.received.splice(i, 1)[0]!.ras;
      if (Date.now() > end)
        throw new Error(
          `no ${choice} from GnuGk in ${timeoutMs} ms (got ${this.received.map((r) => r.ras.choice)})`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }
}

describe.skipIf(missing !== undefined)("H.460.18 against GnuGk (H.460.18 on) and an H323Plus caller", () => {
  let dir: string;
  let gnugk: PeerProcess;
  let ras: RasPort;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "vdm-h46018-"));
    await writeFile(join(dir, "gnugk.ini"), INI);
    gnugk = await PeerProcess.start({
      label: "gnugk h46018",
      bin: h323Peers().gnugk,
      args: ["-c", join(dir, "gnugk.ini"), "-ttt", "-o", "gnugk.log"],
      traceFiles: ["gnugk.log"],
      maxLifetimeS: 90,
    });
    await waitListening(GK, 1720, 20_000);
    ras = await RasPort.open(US);
  }, 60_000);
  afterAll(async () => {
    ras?.socket.close();
    await gnugk?.stop([]);
    await rm(dir, { recursive: true, force: true });
  });

  it("confirms feature 18, announces the call by SCI, and sends Setup on the connection we open", async () => {
    const grq = rasMessage.decode(rasAt(1).bytes);
    const rrq = rasMessage.decode(rasAt(3).bytes);
    if (grq.choice !== "gatekeeperRequest" || rrq.choice !== "registrationRequest")
      throw new Error("capture frames 1/3");
    const features = featureSetOf({ supported: [standardFeature(18)] });
    const alias: H225.AliasAddress = { choice: "h323-ID", value: ALIAS };
    ras.send({
      ...grq,
      value: {
        ...grq.value,
        rasAddress: h225Address({ host: US, port: ras.port }),
        endpointAlias: [alias],
        featureSet: features,
      },
    });
    const gcf = await ras.next("gatekeeperConfirm");
    expect(featuresOf(gcf.value as never).map(describeFeature)).toContain("H.460.18 (supported)");
    ras.send({
      ...rrq,
      value: {
        ...rrq.value,
        callSignalAddress: [h225Address({ host: US, port: 1720 })],
        rasAddress: [h225Address({ host: US, port: ras.port })],
        terminalAlias: [alias],
        featureSet: features,
      },
    });
    const rcf = await ras.next("registrationConfirm");
    if (rcf.choice !== "registrationConfirm") throw new Error("unreachable");
    expect(findFeature(featuresOf(rcf.value), 18)).toBeDefined();
    expect(rcf.value.timeToLive).toBe(19);

    const caller = await Simph323Peer.start({
      host: CALLER,
      alias: "erin46",
      gatekeeper: `${GK}:1719`,
      call: ALIAS,
    });
    try {
      const sci = await ras.next("serviceControlIndication", 20_000);
      const call = incomingCallOf(sci);
      expect(call?.callSignallingAddress).toEqual({ host: GK, port: 1720 });
      if (sci.choice !== "serviceControlIndication" || !call) throw new Error("unreachable");
      ras.send({ choice: "serviceControlResponse", value: { requestSeqNum: sci.value.requestSeqNum } });

      // Open the call signalling connection outward and say which call it is for.
      const received: CallPdu[] = [];
      const framer = new TpktFramer();
      const socket = connect({ host: GK, port: 1720, localAddress: US });
      socket.on("data", (chunk) => {
        framer.push(chunk);
        for (let p = framer.next(); p !== undefined; p = framer.next())
          if (p.length > 0) received.push(parseCallPdu(p));
      });
      await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
      socket.write(serializeTraversalFacility(call.callId));
      const end = Date.now() + 15_000;
      while (
        !received.some((p) => p.uu["h323-uu-pdu"]["h323-message-body"].choice === "setup") &&
        Date.now() < end
      )
        await new Promise((r) => setTimeout(r, 100));
      socket.destroy();
      const setup = received.find((p) => p.uu["h323-uu-pdu"]["h323-message-body"].choice === "setup");
      expect(
        setup,
        `GnuGk sent ${received.map((p) => p.message.type)}\n${gnugk.log().slice(-3000)}`,
      ).toBeDefined();
      const body = setup!.uu["h323-uu-pdu"]["h323-message-body"];
      if (body.choice !== "setup") throw new Error("unreachable");
      expect(hex(body.value.callIdentifier?.guid ?? new Uint8Array(0))).toBe(hex(call.callId));
      expect(body.value.destinationAddress).toEqual([alias]);
      // H.460.19: GnuGk is the media traversal server of this call
      expect(
        hasParameter(findFeature(featuresOf(body.value), 19), H46019_PARAMETER.mediaTraversalServer),
      ).toBe(true);
    } finally {
      await caller.stop();
    }
  }, 90_000);
});
