// RFC 4475 and RFC 5118: each of the 66 torture messages sent whole to a running room over UDP,
// the answer (or the silence) checked against fixtures/sip/torture/EXPECTED.tsv, which says per
// file what INDEX.tsv says a user agent server must do. A few again over TCP, where the answer
// must come back on the connection whatever the Via says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Room } from "../../src/app/room/room.js";
import {
  collisionFreeRounds,
  eventually,
  optionsProbe,
  ROOM_HOST,
  statusOf,
  type TortureCase,
  tcpPeer,
  toLoopback,
  tortureCases,
  udpPeer,
} from "./hostile-support.js";

const PEER = "127.0.0.31";
const DOOR_REJECTIONS = [400, 405, 406, 415, 416, 420, 501, 505];

let room: Room;
const port = (protocol: "udp" | "tcp") => room.listening.find((l) => l.protocol === protocol)!.port;

function startRoom(): Promise<Room> {
  return Room.start({
    listen: [
      { protocol: "udp", host: ROOM_HOST, port: 0 },
      { protocol: "tcp", host: ROOM_HOST, port: 0 },
    ],
    publicAddress: ROOM_HOST,
    rtpPorts: { from: 43000, to: 43999 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    defences: { connectionLimits: { partialMessageTimeoutMs: 1000 } },
  });
}

beforeAll(async () => {
  room = await startRoom();
}, 60_000);

afterAll(async () => {
  await room?.stop();
});

describe("RFC 4475/5118 torture messages to a running room", () => {
  it("answers all 66 over UDP as the RFCs say", async () => {
    const cases = tortureCases();
    expect(cases).toHaveLength(66);
    const wrong: string[] = [];
    const rounds = collisionFreeRounds(cases);
    for (const [r, round] of rounds.entries()) {
      if (r > 0) {
        await room.stop();
        room = await startRoom();
      }
      wrong.push(...(await sendRound(round, r)));
    }
    expect(wrong, `${cases.length - wrong.length}/66 as the RFCs say`).toEqual([]);
  }, 300_000);

  it("answers over TCP on the connection the request came in on, whatever its Via says", async () => {
    const cases = new Map(tortureCases().map((c) => [c.file, c]));
    // lwsdisp's Via says UDP: the door's 200 must come back on this connection.
    const options = await tcpPeer(PEER, port("tcp"));
    options.socket.write(cases.get("lwsdisp.dat")!.bytes);
    expect(await eventually(() => options.state.text.startsWith("SIP/2.0 200 OK"), 5000)).toBe(true);
    // esc01 (an INVITE, Via UDP) reaches the transaction layer: its 100 Trying comes back here too.
    const invite = await tcpPeer(PEER, port("tcp"));
    invite.socket.write(
      toLoopback(cases.get("esc01.dat")!.bytes, `sip:torture@${PEER}:${invite.localPort};transport=tcp`),
    );
    expect(await eventually(() => invite.state.text.includes("SIP/2.0 100"), 5000)).toBe(true);
    for (const p of [options, invite]) p.socket.destroy();
  });

  it("closes a TCP connection whose framing is lost, or whose head never ends", async () => {
    const cases = new Map(tortureCases().map((c) => [c.file, c]));
    for (const file of ["ncl.dat", "mcl01.dat", "baddn.dat"]) {
      const peer = await tcpPeer(PEER, port("tcp"));
      peer.socket.write(cases.get(file)!.bytes);
      // ncl/mcl01: Content-Length unusable (RFC 3261 §18.3); baddn: the head never ends, and the
      // partial-message timeout (1 s here) closes it.
      expect(await eventually(() => peer.state.closed, 10_000), file).toBe(true);
    }
    const probe = await tcpPeer(PEER, port("tcp"));
    probe.socket.write(optionsProbe(PEER, probe.localPort, "after-tcp-torture", "TCP"));
    expect(await eventually(() => probe.state.text.startsWith("SIP/2.0 200 OK"), 5000)).toBe(true);
    probe.socket.destroy();
  });
});

/** Sends each case of a round from a socket of its own; returns what was not as expected. */
async function sendRound(round: readonly TortureCase[], r: number): Promise<string[]> {
  const wrong: string[] = [];
  for (const [n, c] of round.entries()) {
    const peer = await udpPeer(PEER);
    const bytes = c.expect === "call" ? toLoopback(c.bytes, `sip:torture@${PEER}:${peer.port}`) : c.bytes;
    peer.send(bytes, port("udp"));
    let got: string;
    const i = `${r}-${n}`;
    if (c.expect === "call") {
      // A call began: the INVITE passed the door and its transaction answered 100 Trying.
      const trying = await peer.waitFor((m) => statusOf(m) === 100, 5000);
      const final = await peer.waitFor((m) => (statusOf(m) ?? 0) >= 200, 5000);
      const rejected = peer.received.some((m) => DOOR_REJECTIONS.includes(statusOf(m) ?? 0));
      got = trying && !rejected ? "call" : `no call (${final?.slice(0, 40) ?? "silence"})`;
    } else {
      if (c.expect !== "none") await peer.waitFor((m) => (statusOf(m) ?? 0) >= 200, 5000);
      // A probe on the same socket: once its 200 is in, anything else the room had to say is too.
      const probeId = `torture-probe-${i}`;
      peer.send(optionsProbe(PEER, peer.port, probeId), port("udp"));
      expect(await peer.waitFor((m) => m.includes(`Call-ID: ${probeId}`), 5000), c.file).toBeDefined();
      const answers = peer.received.filter((m) => !m.includes(`Call-ID: ${probeId}`)).map(statusOf);
      got = answers.length === 0 ? "none" : answers.join("+");
    }
    if (got !== c.expect) wrong.push(`${c.file}: expected ${c.expect} (${c.why}), got ${got}`);
    await peer.close();
  }
  return wrong;
}
