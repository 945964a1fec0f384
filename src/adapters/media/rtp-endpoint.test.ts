// Two endpoints on loopback: RTP/RTCP demultiplexing on one port (RFC 5761 §4), the switch to
// multiplexed RTCP after the answer (RFC 5761 §5.1.1), and STUN told apart by its first octet (RFC 7983).
import { afterEach, describe, expect, it } from "vitest";
import { RtpEndpoint } from "./rtp-endpoint.js";

const RANGE = { from: 52000, to: 52999 };
const open: RtpEndpoint[] = [];

async function endpoint(rtcpMux = false): Promise<RtpEndpoint> {
  const e = await RtpEndpoint.open({
    localAddress: "127.0.0.1",
    portRange: RANGE,
    rtcpMux,
    now: () => 0,
    latch: false,
  });
  open.push(e);
  return e;
}

afterEach(() => {
  for (const e of open.splice(0)) e.close();
});

/** An RTCP receiver report with no report blocks (RFC 3550 §6.4.2): V=2, PT=201, length 1. */
const RR = Uint8Array.from([0x80, 201, 0, 1, 0, 0, 0, 42]);
/** RTP, PT 96, no marker. */
const RTP = Uint8Array.from([0x80, 96, 0, 1, 0, 0, 0, 1, 0, 0, 0, 7, 0xaa]);
/** A STUN Binding request header (RFC 8489 §5): type 0x0001, length 0, magic cookie, transaction id. */
const STUN = Uint8Array.from([0, 1, 0, 0, 0x21, 0x12, 0xa4, 0x42, ...new Array(12).fill(7)]);

const settle = () => new Promise((r) => setTimeout(r, 60));

function pair(a: RtpEndpoint, b: RtpEndpoint): void {
  a.setRemote({ address: "127.0.0.1", rtpPort: b.rtpPort, rtcpPort: b.rtcpPort });
  b.setRemote({ address: "127.0.0.1", rtpPort: a.rtpPort, rtcpPort: a.rtcpPort });
}

describe("RtpEndpoint", () => {
  it("sends RTCP to the separate port until mux is agreed, then from and to the RTP port (RFC 5761 §5.1.1)", async () => {
    const a = await endpoint();
    const b = await endpoint();
    const seen: number[] = [];
    b.onRtcp = (_p, info) => seen.push(info.port);
    pair(a, b);
    expect(b.rtcpPort).toBe(b.rtpPort + 1);
    a.sendRtcp(RR);
    await settle();
    expect(b.counters.rtcpReceived).toBe(1);
    expect(b.counters.rtcpOnRtpPort).toBe(0);
    expect(seen).toEqual([a.rtpPort + 1]);

    a.setRtcpMux(true);
    b.setRtcpMux(true);
    expect(b.rtcpPort).toBe(b.rtpPort);
    pair(a, b);
    a.sendRtcp(RR);
    a.sendRtp(RTP);
    await settle();
    expect(b.counters.rtcpReceived).toBe(2);
    expect(b.counters.rtcpOnRtpPort).toBe(1);
    expect(b.counters.rtpReceived).toBe(1);
    // The muxed RTCP left from a's RTP port.
    expect(seen).toEqual([a.rtpPort + 1, a.rtpPort]);
  });

  it("takes RTCP arriving on the RTP port as RTCP even before mux is agreed, never as RTP", async () => {
    const a = await endpoint(true);
    const b = await endpoint();
    b.setRemote({ address: "127.0.0.1", rtpPort: a.rtpPort, rtcpPort: a.rtpPort });
    let rtp = 0;
    a.onRtp = () => rtp++;
    b.sendRtcp(RR);
    // b is not muxed: its RTCP goes to what the remote says, here a's (only) port.
    await settle();
    expect(a.counters.rtcpReceived).toBe(1);
    expect(a.counters.rtcpOnRtpPort).toBe(1);
    expect(rtp).toBe(0);
  });

  it("an endpoint bound to one port is multiplexed from the start and stays so", async () => {
    const a = await endpoint(true);
    const b = await endpoint();
    expect(a.rtcpMuxed).toBe(true);
    a.setRtcpMux(false);
    expect(a.rtcpMuxed).toBe(true);
    expect(a.rtcpPort).toBe(a.rtpPort);
    a.setRemote({ address: "127.0.0.1", rtpPort: b.rtpPort, rtcpPort: b.rtpPort });
    a.sendRtcp(RR);
    await settle();
    expect(b.counters.rtcpOnRtpPort).toBe(1);
  });

  it("hands STUN (first octet 0-3, RFC 7983) to onStun and not to RTP or RTCP", async () => {
    const a = await endpoint();
    const b = await endpoint();
    const stun: { port: number; length: number; component: number }[] = [];
    b.onStun = (p, from, component) => stun.push({ port: from.port, length: p.length, component });
    a.sendStun(STUN, { address: "127.0.0.1", port: b.rtpPort });
    await settle();
    // The RTCP component's socket too (ICE checks each component, RFC 8445 §6.1.2.6).
    a.sendStun(STUN, { address: "127.0.0.1", port: b.rtpPort + 1 }, 2);
    await settle();
    expect(stun).toEqual([
      { port: a.rtpPort, length: 20, component: 1 },
      { port: a.rtpPort + 1, length: 20, component: 2 },
    ]);
    expect(b.counters).toMatchObject({ stunReceived: 2, rtpReceived: 0, rtcpReceived: 0, malformed: 0 });
  });
});

describe("RtpEndpoint latching (no hijack)", () => {
  it("latches once to the caller; a stranger's RTP is dropped, counted and never answered", async () => {
    const room = await RtpEndpoint.open({
      localAddress: "127.0.0.1",
      portRange: RANGE,
      rtcpMux: true,
      now: () => 0,
      latch: true,
    });
    open.push(room);
    const callerEnd = await endpoint(true);
    const strangerEnd = await RtpEndpoint.open({
      localAddress: "127.0.0.2",
      portRange: RANGE,
      rtcpMux: true,
      now: () => 0,
      latch: false,
    });
    open.push(strangerEnd);
    room.setRemote({ address: "127.0.0.1", rtpPort: callerEnd.rtpPort, rtcpPort: callerEnd.rtpPort });
    callerEnd.setRemote({ address: "127.0.0.1", rtpPort: room.rtpPort, rtcpPort: room.rtpPort });
    strangerEnd.setRemote({ address: "127.0.0.1", rtpPort: room.rtpPort, rtcpPort: room.rtpPort });
    const taken: string[] = [];
    room.onRtp = (_p, info) => taken.push(`${info.address}:${info.port}`);
    callerEnd.sendRtp(RTP);
    await settle();
    for (let i = 0; i < 5; i++) strangerEnd.sendRtp(RTP);
    strangerEnd.sendRtcp(RR);
    await settle();
    room.sendRtp(RTP);
    room.sendRtp(RTP);
    await settle();
    expect(taken).toEqual([`127.0.0.1:${callerEnd.rtpPort}`]);
    expect(room.counters.strangerPackets).toBe(6);
    expect(room.counters.strangerSources).toEqual([`127.0.0.2:${strangerEnd.rtpPort}`]);
    expect(callerEnd.counters.rtpReceived).toBe(2);
    expect(strangerEnd.counters.rtpReceived).toBe(0);
  });
});
