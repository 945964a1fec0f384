import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Invitation, Inviter, type Session, SessionState, UserAgent } from "sip.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import { fixedSdhFactory } from "../../../test/support/sip/fixed-sdh.js";
import { probeOptions, rawTcpClient, rawUdpClient } from "../../../test/support/sip/raw-sip-client.js";
import { sendOptions } from "../../app/options.js";
import type { ListenSpec, SipWireEvent } from "./node-sip-transport.js";
import { loadTlsCredentials, type TlsCredentials } from "./tls-certificate.js";
import { createUserAgent, type SipUserAgent } from "./user-agent.js";

type Protocol = "udp" | "tcp" | "tls";

let tlsDir: string;
let creds: TlsCredentials;
const running: SipUserAgent[] = [];

beforeAll(async () => {
  tlsDir = await mkdtemp(join(tmpdir(), "vdm-sip-tls-"));
  creds = await loadTlsCredentials({ cacheDir: tlsDir });
});
afterAll(async () => {
  await rm(tlsDir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((ua) => ua.stop()));
});

function listenSpec(protocol: Protocol, port = 0): ListenSpec {
  return protocol === "tls"
    ? { protocol, host: "127.0.0.1", port, cert: creds.cert, key: creds.key }
    : { protocol, host: "127.0.0.1", port };
}

/** A room-like UA listening on UDP, TCP and TLS at once. */
async function startRoom(extra: Partial<Parameters<typeof createUserAgent>[0]> = {}) {
  const wire: SipWireEvent[] = [];
  const sip = createUserAgent({
    uri: "sip:room@127.0.0.1",
    listen: [listenSpec("udp"), listenSpec("tcp"), listenSpec("tls")],
    loopbackOnly: true,
    onWire: (e) => wire.push(e),
    ...extra,
  });
  running.push(sip);
  const bound = await sip.start();
  const port = (p: Protocol) => bound.find((b) => b.protocol === p)!.port;
  return { sip, wire, port };
}

function startLine(text: string): string {
  return text.slice(0, text.indexOf("\r\n"));
}

function header(text: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:\\s*(.*)$`, "im").exec(text.slice(0, text.indexOf("\r\n\r\n")));
  return m?.[1];
}

describe("NodeSipTransport: OPTIONS between two sip.js user agents", () => {
  for (const protocol of ["udp", "tcp", "tls"] as const) {
    it(`answers OPTIONS over ${protocol.toUpperCase()} on the transport it came in on`, async () => {
      const room = await startRoom();
      const result = await sendOptions({
        target: `sip:room@127.0.0.1:${room.port(protocol)};transport=${protocol}`,
        ...(protocol === "tls" ? { ca: creds.cert } : {}),
        loopbackOnly: true,
      });
      expect(result.status).toBe(200);
      expect(result.allow).toContain("INVITE");
      expect(result.userAgent).toBe("vdm-test");
      expect(result.resolution.some((s) => s.kind === "decision" && s.text.includes("no DNS"))).toBe(true);
      const request = result.wire.find((w) => w.direction === "out")!;
      expect(request.transport).toBe(protocol);
      // Via: our real sent-by (the TCP caller's listener; the UDP socket; the TLS connection's port)
      const via = header(request.text, "Via")!;
      expect(via).toMatch(
        new RegExp(`^SIP/2\\.0/${protocol.toUpperCase()} 127\\.0\\.0\\.1:\\d+;branch=z9hG4bK\\w+;rport$`),
      );
      if (protocol !== "tcp") expect(via).toContain(`127.0.0.1:${request.local.port};`);
      // the room saw it on the same transport and answered there
      const inbound = room.wire.filter((w) => w.direction === "in");
      expect(inbound.map((w) => w.transport)).toEqual([protocol]);
      const answer = room.wire.find((w) => w.direction === "out")!;
      expect(answer.transport).toBe(protocol);
      expect(header(answer.text, "Via")).toContain(`received=127.0.0.1`);
      expect(header(answer.text, "Via")).toContain(`rport=${inbound[0]!.remote.port}`);
      if (protocol === "tls") {
        expect(result.tls).toHaveLength(1);
        const facts = result.tls[0]!;
        expect(facts.peerVerified).toBe(true);
        expect(facts.protocol).toMatch(/^TLSv1\.[23]$/);
        expect(facts.cipher).toBeTruthy();
        expect(facts.peerCertificate?.selfSigned).toBe(true);
        expect(facts.peerCertificate?.subjectAltName).toContain("IP Address:127.0.0.1");
        expect(room.sip.transport.tlsFacts()[0]?.role).toBe("server");
      }
    });
  }

  it("TLS: refuses an unverifiable certificate unless insecure", async () => {
    const room = await startRoom();
    const target = `sips:room@127.0.0.1:${room.port("tls")}`;
    await expect(sendOptions({ target, loopbackOnly: true })).rejects.toMatchObject({
      name: "SipTargetError",
      kind: "tls",
    });
    const result = await sendOptions({
      target: `sip:room@127.0.0.1:${room.port("tls")};transport=tls`,
      insecure: true,
    });
    expect(result.status).toBe(200);
    expect(result.tls[0]?.peerVerified).toBe(false);
    expect(result.tls[0]?.verifyError).toMatch(/SELF_SIGNED|self.signed/i);
  });

  it("TLS server: refuses TLS 1.1 clients (minVersion TLSv1.2)", async () => {
    const room = await startRoom();
    const { connect } = await import("node:tls");
    const error = await new Promise<Error>((resolve) => {
      const s = connect({
        host: "127.0.0.1",
        port: room.port("tls"),
        maxVersion: "TLSv1.1",
        minVersion: "TLSv1",
        rejectUnauthorized: false,
      });
      s.once("error", resolve);
      s.once("secureConnect", () => resolve(new Error("connected")));
    });
    expect(error.message).not.toBe("connected");
  });
});

describe("NodeSipTransport: INVITE / 200 / ACK / BYE between two sip.js user agents", () => {
  for (const protocol of ["udp", "tcp", "tls"] as const) {
    for (const hangup of ["caller", "callee"] as const) {
      it(`${protocol.toUpperCase()}: call set up and torn down by the ${hangup}`, async () => {
        let incoming: Invitation | undefined;
        const roomSdh = fixedSdhFactory(40000);
        const room = await startRoom({
          sessionDescriptionHandlerFactory: roomSdh,
          delegate: {
            onInvite: (invitation) => {
              incoming = invitation;
              void invitation.accept();
            },
          },
        });
        const callerWire: SipWireEvent[] = [];
        const caller = createUserAgent({
          uri: "sip:alice@127.0.0.1",
          // a TLS caller has no certificate: connect-only, Contact carries the connection's port
          listen: [{ protocol, host: "127.0.0.1", port: 0 }],
          tls: { ca: creds.cert },
          sessionDescriptionHandlerFactory: fixedSdhFactory(50000),
          loopbackOnly: true,
          onWire: (e) => callerWire.push(e),
        });
        running.push(caller);
        await caller.start();
        const target = UserAgent.makeURI(`sip:room@127.0.0.1:${room.port(protocol)};transport=${protocol}`)!;
        const inviter = new Inviter(caller.userAgent, target);
        const established = reach(inviter, SessionState.Established);
        await inviter.invite();
        await established;
        await until(() => incoming?.state === SessionState.Established);
        const callerEnded = reach(inviter, SessionState.Terminated);
        const calleeEnded = reach(incoming!, SessionState.Terminated);
        if (hangup === "caller") await inviter.bye();
        else await incoming!.bye();
        await Promise.all([callerEnded, calleeEnded]);

        const sent = callerWire.filter((w) => w.direction === "out").map((w) => startLine(w.text));
        const got = callerWire.filter((w) => w.direction === "in").map((w) => startLine(w.text));
        const target0 = `sip:room@127.0.0.1:${room.port(protocol)};transport=${protocol}`;
        expect(sent[0]).toBe(`INVITE ${target0} SIP/2.0`);
        expect(got).toContain("SIP/2.0 200 OK");
        expect(sent.some((l) => l.startsWith("ACK "))).toBe(true);
        expect([...sent, ...got].some((l) => l.startsWith("BYE "))).toBe(true);
        expect(callerWire.every((w) => w.transport === protocol)).toBe(true);
        // Contact on the wire carries our real address, port and transport
        const invite = callerWire.find((w) => w.direction === "out")!;
        const callerPort = protocol === "tcp" ? caller.transport.listening()[0]!.port : invite.local.port;
        expect(header(invite.text, "Contact")).toBe(
          `<sip:alice@127.0.0.1:${callerPort};transport=${protocol}>`,
        );
        expect(header(invite.text, "Via")).toMatch(
          new RegExp(
            `^SIP/2\\.0/${protocol.toUpperCase()} 127\\.0\\.0\\.1:${callerPort};branch=z9hG4bK\\w+;rport$`,
          ),
        );
        const ok = room.wire.find(
          (w) => w.direction === "out" && w.text.startsWith("SIP/2.0 200") && w.text.includes("INVITE"),
        )!;
        expect(header(ok.text, "Contact")).toBe(
          `<sip:room@127.0.0.1:${room.port(protocol)};transport=${protocol}>`,
        );
        expect(roomSdh.handlers[0]?.remote[0]).toContain("m=audio 50000");
        if (protocol !== "udp") {
          // everything went over one connection each way, including the room's in-dialog BYE
          expect(new Set(room.wire.map((w) => w.remote.port)).size).toBe(1);
        }
      });
    }
  }
});

describe("NodeSipTransport: hostile input", () => {
  const dir = corpus("torture");

  it("survives every RFC 4475/5118 torture message over UDP and still answers OPTIONS", async () => {
    const room = await startRoom({ symmetricResponses: true });
    const client = await rawUdpClient();
    const port = room.port("udp");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".dat")).sort();
    expect(files.length).toBeGreaterThan(50);
    for (const [i, file] of files.entries()) {
      await client.send(await readFile(join(dir, file)), port);
      const callId = `probe-udp-${i}`;
      await client.send(
        probeOptions({
          target: `sip:room@127.0.0.1:${port}`,
          transport: "UDP",
          localPort: client.port,
          callId,
        }),
        port,
      );
      const answer = await client.waitFor(`Call-ID: ${callId}`);
      expect(startLine(answer), file).toBe("SIP/2.0 200 OK");
    }
    // RFC 3261 §18.3 (RFC 4475 §3.1.2.2 clerr): Content-Length beyond the datagram -> 400
    expect(client.received.some((m) => m.startsWith("SIP/2.0 400") && m.includes("clerr."))).toBe(true);
    await client.close();
  });

  it("survives every torture message over TCP, closing connections whose framing is lost", async () => {
    const room = await startRoom({ symmetricResponses: true });
    const port = room.port("tcp");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".dat")).sort();
    const closedOn: string[] = [];
    for (const [i, file] of files.entries()) {
      const bad = await rawTcpClient(port);
      bad.write(await readFile(join(dir, file)));
      const probe = await rawTcpClient(port);
      const callId = `probe-tcp-${i}`;
      probe.write(
        probeOptions({
          target: `sip:room@127.0.0.1:${port};transport=tcp`,
          transport: "TCP",
          localPort: probe.localPort,
          callId,
        }),
      );
      const answer = await probe.waitFor(`Call-ID: ${callId}`);
      expect(
        startLine(answer.slice(answer.lastIndexOf("SIP/2.0 ", answer.indexOf(`Call-ID: ${callId}`)))),
        file,
      ).toBe("SIP/2.0 200 OK");
      if (bad.state.closed) closedOn.push(file);
      bad.close();
      probe.close();
    }
    // RFC 4475 §3.1.2.3 ncl (negative) and §3.3.9 mcl01 (two Content-Lengths): framing lost
    await until(() => room.sip.transport.listening().length === 3);
    expect(closedOn).toEqual(expect.arrayContaining(["mcl01.dat", "ncl.dat"]));
  });

  it("drops binary, oversized and STUN datagrams, answers a double-CRLF ping with CRLF", async () => {
    const room = await startRoom({ symmetricResponses: true });
    const client = await rawUdpClient();
    const port = room.port("udp");
    const stun = Uint8Array.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42, ...new Array(12).fill(7)]);
    await client.send(stun, port);
    await client.send(
      new Uint8Array(1200).map((_, i) => (i * 37) & 0xff),
      port,
    );
    await client.send(`OPTIONS ${"x".repeat(60_000)}`, port);
    await client.send("\r\n\r\n", port);
    await client.send(
      probeOptions({
        target: `sip:room@127.0.0.1:${port}`,
        transport: "UDP",
        localPort: client.port,
        callId: "after-junk",
      }),
      port,
    );
    expect(startLine(await client.waitFor("Call-ID: after-junk"))).toBe("SIP/2.0 200 OK");
    await client.close();

    const tcp = await rawTcpClient(room.port("tcp"));
    tcp.write("\r\n\r\n");
    await until(() => tcp.received() === "\r\n");
    tcp.write("GARBAGE WITHOUT CONTENT LENGTH\r\nX: y\r\n\r\n");
    expect(await tcp.waitClosed()).toBe(true);
  });
});

function reach(session: Session, state: SessionState): Promise<void> {
  return new Promise((resolve) => {
    if (session.state === state) resolve();
    const listener = (s: SessionState) => {
      if (s === state) {
        session.stateChange.removeListener(listener);
        resolve();
      }
    };
    session.stateChange.addListener(listener);
  });
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error("condition not reached");
    await new Promise((r) => setImmediate(r));
  }
}
