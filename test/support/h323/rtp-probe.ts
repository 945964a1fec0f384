import { createSocket, type Socket } from "node:dgram";
import { serializeRtpPacket, tryParseRtpPacket } from "../../../src/protocol/rtp/rtp-packet.js";
import type { PayloadType, RtpTimestamp, SequenceNumber, Ssrc } from "../../../src/protocol/rtp/types.js";

// One RTP port of a test call: counts the RTP packets that arrive (and where from) and sends
// 20 ms G.711 packets of silence to the far end, so both directions of a call's media can be
// counted against a real peer.

export class RtpProbe {
  received = 0;
  readonly sources = new Set<string>();
  readonly payloadTypes = new Set<number>();
  private sender: NodeJS.Timeout | undefined;
  sent = 0;

  private constructor(
    private readonly socket: Socket,
    readonly host: string,
    readonly port: number,
  ) {
    socket.on("message", (msg, rinfo) => {
      const p = tryParseRtpPacket(msg);
      if (!p) return;
      this.received++;
      this.sources.add(`${rinfo.address}:${rinfo.port}`);
      this.payloadTypes.add(p.payloadType);
    });
  }

  static async bind(host: string, port: number): Promise<RtpProbe> {
    const socket = createSocket("udp4");
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(port, host, () => resolve());
    });
    return new RtpProbe(socket, host, socket.address().port);
  }

  /** Sends one 20 ms packet of G.711 silence every 20 ms to host:port with this payload type. */
  startSending(host: string, port: number, payloadType: number, silence = 0xff): void {
    const ssrc = 0x5eed0001 as Ssrc;
    this.sender = setInterval(() => {
      const bytes = serializeRtpPacket({
        marker: this.sent === 0,
        payloadType: payloadType as PayloadType,
        sequenceNumber: (this.sent & 0xffff) as SequenceNumber,
        timestamp: ((this.sent * 160) >>> 0) as RtpTimestamp,
        ssrc,
        csrcs: [],
        payload: new Uint8Array(160).fill(silence),
        paddingLength: 0,
      });
      this.socket.send(bytes, port, host);
      this.sent++;
    }, 20);
  }

  stopSending(): void {
    if (this.sender) clearInterval(this.sender);
    this.sender = undefined;
  }

  /** Resolves once `n` packets have arrived; rejects after `timeoutMs`. */
  async waitForPackets(n: number, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.received < n) {
      if (Date.now() > until)
        throw new Error(
          `RTP probe ${this.host}:${this.port}: ${this.received} of ${n} packets within ${timeoutMs} ms`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): Promise<void> {
    this.stopSending();
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}
