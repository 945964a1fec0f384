// Two endpoints on loopback answer NACKs (RFC 4585 §6.2.1): the sender keeps what it sent, the
// receiver's RtcpSession asks for a packet it never got and the very packet comes again.
import { afterEach, describe, expect, it } from "vitest";
import { serializeRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../protocol/rtp/types.js";
import { RtcpSession } from "./rtcp-session.js";
import { RtpEndpoint } from "./rtp-endpoint.js";

const open: { close(): void; stop?(): void }[] = [];

async function endpoint(): Promise<RtpEndpoint> {
  const e = await RtpEndpoint.open({
    localAddress: "127.0.0.1",
    portRange: { from: 53000, to: 53999 },
    rtcpMux: true,
    now: () => 0,
    latch: false,
  });
  open.push(e);
  return e;
}

afterEach(() => {
  for (const e of open.splice(0)) e.close();
});

const packet = (seq: number) =>
  serializeRtpPacket({
    marker: false,
    payloadType: asPayloadType(96),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(1000),
    ssrc: asSsrc(0x1234),
    csrcs: [],
    payload: Uint8Array.from([seq & 0xff]),
    paddingLength: 0,
  });

const until = async (what: () => boolean) => {
  for (let i = 0; i < 100 && !what(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe("retransmission on NACK (RFC 4585 §6.2.1)", () => {
  it("a NACKed packet still in the history is sent again as it was; one no longer in it is counted", async () => {
    const sender = await endpoint();
    const receiver = await endpoint();
    sender.setRemote({ address: "127.0.0.1", rtpPort: receiver.rtpPort, rtcpPort: receiver.rtpPort });
    receiver.setRemote({ address: "127.0.0.1", rtpPort: sender.rtpPort, rtcpPort: sender.rtpPort });
    const senderRtcp = new RtcpSession(sender, { ssrc: 0x1234, sending: () => undefined }, "s");
    const receiverRtcp = new RtcpSession(receiver, { ssrc: 0x9999, sending: () => undefined }, "r");
    const got: number[] = [];
    receiver.onRtp = (p) => got.push((p[2]! << 8) | p[3]!);
    sender.keepHistory(4);
    for (let s = 10; s < 16; s++) sender.sendRtp(packet(s));
    await until(() => got.length === 6);
    // 14 and 15 are in the 4-packet history; 10 was overwritten by 14.
    receiverRtcp.sendNack(0x1234, [14, 10]);
    await until(() => senderRtcp.stats.nackReceived === 1 && got.length === 7);
    expect(senderRtcp.stats.nackReceived).toBe(1);
    expect(senderRtcp.stats.nackedSequences).toBe(2);
    expect(sender.retransmission).toEqual({ resent: 1, notInHistory: 1 });
    expect(got).toEqual([10, 11, 12, 13, 14, 15, 14]);
    expect(receiverRtcp.stats.nackSent).toBe(1);
  });

  it("a NACK about another SSRC is not ours to answer", async () => {
    const sender = await endpoint();
    const receiver = await endpoint();
    sender.setRemote({ address: "127.0.0.1", rtpPort: receiver.rtpPort, rtcpPort: receiver.rtpPort });
    receiver.setRemote({ address: "127.0.0.1", rtpPort: sender.rtpPort, rtcpPort: sender.rtpPort });
    const senderRtcp = new RtcpSession(sender, { ssrc: 0x1234, sending: () => undefined }, "s");
    const receiverRtcp = new RtcpSession(receiver, { ssrc: 0x9999, sending: () => undefined }, "r");
    sender.keepHistory(8);
    sender.sendRtp(packet(1));
    receiverRtcp.sendNack(0x4321, [1]);
    await until(() => senderRtcp.stats.received === 1);
    expect(senderRtcp.stats.received).toBe(1);
    expect(senderRtcp.stats.nackReceived).toBe(0);
    expect(sender.retransmission.resent).toBe(0);
  });
});
