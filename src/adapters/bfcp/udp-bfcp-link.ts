import { createSocket, type Socket } from "node:dgram";
import { performance } from "node:perf_hooks";
import { BfcpReassembler } from "../../protocol/bfcp/fragments.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { WireTap } from "../net/wire-tap.js";
import { type BfcpLink, emptyLinkStats } from "./bfcp-link.js";

/**
 * BFCP over UDP (RFC 8855 §6.2): one socket; peers are "udp:address:port" of where datagrams came
 * from; fragments are reassembled (§6.2.3). Datagrams that are not BFCP are counted and dropped.
 */
export class UdpBfcpLink implements BfcpLink {
  readonly transport = "udp" as const;
  readonly stats = emptyLinkStats();
  onMessage: BfcpLink["onMessage"] = () => {};
  private remote: { address: string; port: number } | undefined;
  private readonly reassembler = new BfcpReassembler();
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    readonly localPort: number,
    private readonly tap: WireTap | undefined,
  ) {
    socket.on("message", (msg, rinfo) => {
      this.tap?.datagram("in", this.local, { host: rinfo.address, port: rinfo.port }, msg);
      this.receive(msg, `udp:${rinfo.address}:${rinfo.port}`);
    });
    socket.on("error", () => {});
  }

  /** `tap` sees every datagram sent or received (`--pcap`). */
  static async open(host: string, tap?: WireTap): Promise<UdpBfcpLink> {
    const socket = createSocket(host.includes(":") ? "udp6" : "udp4");
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(0, host, () => {
        socket.off("error", reject);
        resolve();
      });
    });
    return new UdpBfcpLink(socket, socket.address().port, tap);
  }

  /** Where messages for an unknown peer key go (the address and port in the peer's SDP). */
  setRemote(address: string, port: number): void {
    this.remote = { address, port };
  }

  send(peer: string, bytes: Uint8Array): void {
    if (this.closed) return;
    const m = /^udp:(.+):(\d+)$/.exec(peer);
    const to = m ? { address: m[1]!, port: Number(m[2]) } : this.remote;
    if (!to || to.port === 0) return;
    this.socket.send(bytes, to.port, to.address);
    this.tap?.datagram("out", this.local, { host: to.address, port: to.port }, bytes);
    this.stats.messagesOut++;
  }

  private get local(): { host: string; port: number } {
    return { host: this.socket.address().address, port: this.localPort };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close();
  }

  private receive(datagram: Buffer, peer: string): void {
    try {
      const msg = this.reassembler.push(performance.now(), datagram, peer);
      if (!msg) return;
      this.stats.messagesIn++;
      this.onMessage(msg, peer);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.stats.malformed++;
    }
  }
}
