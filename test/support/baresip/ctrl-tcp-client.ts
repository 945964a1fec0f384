import { connect, type Socket } from "node:net";
import { encodeNetstring, NetstringReader } from "./netstring.js";

/**
 * An event baresip's ctrl_tcp module pushes, e.g.
 * {"event":true,"class":"call","type":"CALL_ESTABLISHED","accountaor":"sip:dial@127.0.0.1:5060",
 *  "direction":"outgoing","peeruri":"sip:echo@127.0.0.1:5062","id":"...","param":"sip:echo@..."}
 */
export interface BaresipEvent {
  readonly type: string;
  readonly class?: string;
  readonly param?: string;
  readonly [key: string]: unknown;
}

/** The answer to one command: {"response":true,"ok":true,"data":"...","token":"..."}. */
export interface BaresipResponse {
  readonly ok: boolean;
  readonly data: string;
}

/**
 * Client of baresip's ctrl_tcp socket: JSON commands in netstring frames, responses matched by token,
 * events delivered to `onEvent`.
 */
export class CtrlTcpClient {
  private readonly reader = new NetstringReader();
  private readonly pending = new Map<string, (r: BaresipResponse) => void>();
  private nextToken = 1;

  private constructor(
    private readonly socket: Socket,
    private readonly onEvent: (e: BaresipEvent) => void,
  ) {
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      for (const resolve of this.pending.values()) resolve({ ok: false, data: "ctrl_tcp connection closed" });
      this.pending.clear();
    });
  }

  /** Connects once; rejects if nothing listens on 127.0.0.1:`port`. */
  static connect(port: number, onEvent: (e: BaresipEvent) => void): Promise<CtrlTcpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.removeListener("error", reject);
        resolve(new CtrlTcpClient(socket, onEvent));
      });
      socket.once("error", reject);
    });
  }

  /** Runs a long command (e.g. "dial", "sip:x@127.0.0.1:5060"); rejects after `timeoutMs`. */
  command(command: string, params?: string, timeoutMs = 5_000): Promise<BaresipResponse> {
    const token = String(this.nextToken++);
    const body = JSON.stringify(params === undefined ? { command, token } : { command, params, token });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(new Error(`baresip: no answer to ctrl_tcp command "${command}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(token, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.socket.write(encodeNetstring(new TextEncoder().encode(body)));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    let frames: Uint8Array[];
    try {
      frames = this.reader.push(chunk);
    } catch {
      // A broken frame means the stream can no longer be trusted; the process log still has it all.
      this.socket.destroy();
      return;
    }
    for (const frame of frames) {
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(new TextDecoder().decode(frame)) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (msg["response"] === true) {
        const token = typeof msg["token"] === "string" ? msg["token"] : "";
        const resolve = this.pending.get(token);
        this.pending.delete(token);
        resolve?.({ ok: msg["ok"] === true, data: typeof msg["data"] === "string" ? msg["data"] : "" });
      } else if (msg["event"] === true && typeof msg["type"] === "string") {
        this.onEvent(msg as BaresipEvent);
      }
    }
  }
}
