import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import { parseBfcpMessage } from "../../protocol/bfcp/message.js";
import { BfcpStreamFramer } from "../../protocol/bfcp/stream-framer.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { WireAddress, WireTap } from "../net/wire-tap.js";
import { type BfcpLink, emptyLinkStats } from "./bfcp-link.js";

/**
 * BFCP over TCP (RFC 8855 §6.1, RFC 4145 roles): always listens (a passive or actpass side needs a
 * port in its SDP) and connects when the negotiation made us active. Each connection is a peer
 * with its own framer; a connection whose bytes stop being BFCP is closed alone, the others go on.
 */
export class TcpBfcpLink implements BfcpLink {
  readonly transport = "tcp" as const;
  readonly stats = emptyLinkStats();
  onMessage: BfcpLink["onMessage"] = () => {};
  private readonly conns = new Map<string, Socket>();
  /** Both ends of each connected socket, for the tap. */
  private readonly ends = new WeakMap<Socket, { local: WireAddress; remote: WireAddress }>();
  /** The connection unknown peer keys send to: the latest one that delivered BFCP or was made by us. */
  private primary: string | undefined;
  private readonly queued: Uint8Array[] = [];
  private next = 1;
  private closed = false;

  private constructor(
    private readonly server: Server,
    readonly localPort: number,
    private readonly tap: WireTap | undefined,
  ) {
    server.on("connection", (s) => this.adopt(s, false));
    server.on("error", () => {});
  }

  /** `tap` sees each connection and the bytes written and read on it (`--pcap`). */
  static async listen(host: string, tap?: WireTap): Promise<TcpBfcpLink> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const addr = server.address();
    if (!addr || typeof addr === "string") throw new Error("BFCP TCP listener has no port");
    return new TcpBfcpLink(server, addr.port, tap);
  }

  /** RFC 4145 a=setup:active: we open the connection to the peer's port. */
  connect(host: string, port: number): void {
    if (this.closed) return;
    this.adopt(tcpConnect({ host, port }), true);
  }

  send(peer: string, bytes: Uint8Array): void {
    const key = this.conns.has(peer) ? peer : this.primary;
    const s = key ? this.conns.get(key) : undefined;
    if (!s || s.connecting) {
      if (this.queued.length < 64) this.queued.push(bytes);
      return;
    }
    s.write(bytes);
    const ends = this.ends.get(s);
    if (ends) this.tap?.stream("out", ends.local, ends.remote, bytes);
    this.stats.messagesOut++;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.conns.values()) s.destroy();
    this.conns.clear();
    this.server.close();
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  private adopt(socket: Socket, outgoing: boolean): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    const key = `tcp#${this.next++}`;
    this.conns.set(key, socket);
    this.stats.connections++;
    if (outgoing) this.primary = key;
    socket.setNoDelay(true);
    const framer = new BfcpStreamFramer();
    const opened = () => {
      if (!this.tap || !socket.remoteAddress) return;
      const ends = {
        local: { host: socket.localAddress ?? "", port: socket.localPort ?? 0 },
        remote: { host: socket.remoteAddress, port: socket.remotePort ?? 0 },
      };
      this.ends.set(socket, ends);
      this.tap.streamOpened?.(ends.local, ends.remote, outgoing ? "local" : "remote");
    };
    if (!outgoing) opened();
    socket.on("connect", () => {
      opened();
      this.flush(key);
    });
    socket.on("data", (chunk: Buffer) => {
      const ends = this.ends.get(socket);
      if (ends) this.tap?.stream("in", ends.local, ends.remote, chunk);
      this.receive(key, socket, framer, chunk);
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      const ends = this.ends.get(socket);
      if (ends) this.tap?.streamClosed?.(ends.local, ends.remote);
      this.conns.delete(key);
      if (this.primary === key) this.primary = undefined;
    });
    if (!outgoing && this.primary === undefined) {
      this.primary = key;
      this.flush(key); // a passive participant said Hello before the peer connected
    }
  }

  private flush(key: string): void {
    if (this.primary !== key) return;
    for (const b of this.queued.splice(0)) this.send(key, b);
  }

  private receive(key: string, socket: Socket, framer: BfcpStreamFramer, chunk: Buffer): void {
    framer.push(chunk);
    for (;;) {
      let frame: Uint8Array | undefined;
      try {
        frame = framer.next();
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        // Not BFCP: the stream has no message boundaries left to trust (RFC 8855 §6.1).
        this.stats.malformed++;
        this.stats.closedForMalformed++;
        socket.destroy();
        return;
      }
      if (!frame) return;
      try {
        const msg = parseBfcpMessage(frame);
        this.stats.messagesIn++;
        this.primary = key;
        this.onMessage(msg, key);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.stats.malformed++; // framed but unparseable: skip this message, keep the stream
      }
    }
  }
}
