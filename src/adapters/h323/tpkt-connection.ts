import { connect as netConnect, type Socket } from "node:net";
import { ParseError } from "../../protocol/parse-error.js";
import { serializeTpkt } from "../../protocol/tpkt/tpkt.js";
import { TpktFramer } from "../../protocol/tpkt/tpkt-framer.js";
import type { H323Address } from "./h323-call.js";

// One TCP connection carrying TPKT packets (RFC 1006 §6): H.225.0 call signalling or a
// separate H.245 connection. Reads are cut into whole payloads by the pure framer with a cap
// on the packet length, so a peer can make us hold at most one packet; a broken header ends
// the connection with the framer's one-line reason. Writes are bounded too: a peer that does
// not read is dropped rather than buffered for without end.

export interface TpktConnectionOptions {
  /** The largest TPKT packet accepted, header included. */
  readonly maxPacketLength: number;
  /** Unsent bytes held for a slow reader before the connection is dropped (default 1 MiB). */
  readonly maxWriteBuffer?: number;
}

export class TpktConnection {
  readonly local: H323Address;
  readonly remote: H323Address;
  private readonly framer: TpktFramer;
  private packetHandler: (payload: Uint8Array) => void = () => {};
  private closeHandler: (reason: string) => void = () => {};
  private closed = false;
  private closeReason = "closed";
  /** Bytes of an unfinished packet are waiting (for the guard's partial-message clock). */
  partial = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: TpktConnectionOptions,
  ) {
    this.framer = new TpktFramer({ maxPacketLength: options.maxPacketLength });
    this.local = { host: socket.localAddress ?? "", port: socket.localPort ?? 0 };
    this.remote = { host: stripMapped(socket.remoteAddress ?? ""), port: socket.remotePort ?? 0 };
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (e) => this.fail(`TCP: ${e.message}`));
    socket.on("end", () => this.fail("the far end closed the connection"));
    socket.on("close", () => this.finish());
  }

  /** Connects to `remote` from `localHost`, bounded by `timeoutMs`. */
  static connect(
    remote: H323Address,
    localHost: string,
    timeoutMs: number,
    options: TpktConnectionOptions,
  ): Promise<TpktConnection> {
    return new Promise((resolve, reject) => {
      const socket = netConnect({ host: remote.host, port: remote.port, localAddress: localHost });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no TCP connection to ${remote.host}:${remote.port} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once("error", (e) => {
        clearTimeout(timer);
        reject(new Error(`TCP connection to ${remote.host}:${remote.port} failed: ${e.message}`));
      });
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.removeAllListeners("error");
        resolve(new TpktConnection(socket, options));
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onPacket(fn: (payload: Uint8Array) => void): void {
    this.packetHandler = fn;
  }

  /** Called once, when the connection is gone, with why. */
  onClose(fn: (reason: string) => void): void {
    this.closeHandler = fn;
  }

  /** Writes one TPKT packet as given (already framed). */
  sendFramed(bytes: Uint8Array): void {
    if (this.closed || this.socket.destroyed) return;
    if (this.socket.writableLength + bytes.length > (this.options.maxWriteBuffer ?? 1 << 20)) {
      this.fail("the far end does not read: write buffer full");
      return;
    }
    this.socket.write(bytes);
  }

  /** Frames `payload` in TPKT and writes it. */
  send(payload: Uint8Array): void {
    this.sendFramed(serializeTpkt(payload));
  }

  /** Ends the connection after what was written has gone out (at most `lingerMs`). */
  close(reason = "closed here", lingerMs = 1000): void {
    if (this.closed) return;
    this.closeReason = reason;
    this.socket.end();
    const t = setTimeout(() => this.socket.destroy(), lingerMs);
    t.unref();
  }

  /** Drops the connection at once. */
  destroy(reason: string): void {
    this.fail(reason);
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    this.framer.push(chunk);
    try {
      for (let p = this.framer.next(); p !== undefined; p = this.framer.next()) {
        this.packetHandler(p);
        if (this.closed) return;
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.fail(e.message);
      return;
    }
    this.partial = this.framer.buffered > 0;
  }

  private fail(reason: string): void {
    if (this.closed) return;
    this.closeReason = reason;
    this.socket.destroy();
    this.finish();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.closeHandler(this.closeReason);
  }
}

/** "::ffff:127.0.0.1" as "127.0.0.1". */
export function stripMapped(host: string): string {
  return host.startsWith("::ffff:") ? host.slice(7) : host;
}
