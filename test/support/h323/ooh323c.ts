import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type PeerExit, PeerProcess, waitListening } from "./peer-process.js";
import { h323Peers } from "./peers.js";

// ooh323c's sample endpoint (`ooh323c-simple`, README of ../shared/peers/h323): an H.323
// terminal without a gatekeeper, listening on one loopback address, dialling on stdin ("c DEST",
// "h" hang up, "q" quit). Its console says when a call comes in, when each channel starts and
// how the call ended; its trace (simple.log, -t -t -t) names every message. It signals media but
// sends no RTP (its media library needs an OSS sound device).

export interface Ooh323cOptions {
  /** Its own address: 127.x.y.z, not 127.0.0.1 (ooh323c refuses that one). */
  readonly host: string;
  readonly port?: number;
  readonly h323Id?: string;
  /** Wait for calls (always, when `call` is not given); with autoAnswer it answers each at once. */
  readonly listen?: boolean;
  readonly autoAnswer?: boolean;
  /** Default true; false: no fastStart in Setup / Connect. */
  readonly fastStart?: boolean;
  /** Default true; false: no H.245 tunnelling, a separate H.245 TCP connection. */
  readonly tunnelling?: boolean;
  /** Calls this at start: "IP[:PORT]" or "ALIAS@IP[:PORT]" (or an alias, with a gatekeeper). */
  readonly call?: string;
  /** Registers with this gatekeeper ("IP:PORT"); without it ooh323c uses none. */
  readonly gatekeeper?: string;
  /** Its E.164 number (registered as dialedDigits). */
  readonly e164?: string;
}

export interface Ooh323cChannel {
  readonly direction: "receive" | "transmit";
  /** Receive: its own RTP address; transmit: where it sends RTP. */
  readonly host: string;
  readonly port: number;
}

const READY = /Listening for Calls At: \S+/;
const INCOMING = /--->Incoming call from"([^"]*)"\(([^)]*)\)/;
const ENDED = /--->Call (\S+) Ended - (\S+)/;
const CHANNEL = /--->Starting (Receive|transmit) channel (?:at|to) ([\d.]+):(\d+)/g;

export class Ooh323cPeer {
  private constructor(
    readonly options: Ooh323cOptions,
    readonly process: PeerProcess,
  ) {}

  /** Starts it and resolves once it is configured (and listening, with `listen`). */
  static async start(options: Ooh323cOptions): Promise<Ooh323cPeer> {
    const port = options.port ?? 1720;
    const args = [
      // Without a destination it must listen (it keeps listening after a call it made).
      ...(options.listen || !options.call ? ["--listen"] : []),
      ...(options.autoAnswer ? ["--auto-answer"] : []),
      ...(options.fastStart === false ? ["--no-faststart"] : []),
      ...(options.tunnelling === false ? ["--no-tunneling"] : []),
      "--h323id",
      options.h323Id ?? "ooh323c",
      "--use-ip",
      options.host,
      "--use-port",
      String(port),
      ...(options.gatekeeper ? ["--gk", options.gatekeeper] : []),
      ...(options.e164 ? ["--e164", options.e164] : []),
      "-t",
      "-t",
      "-t",
      ...(options.call ? [options.call] : []),
    ];
    const label = `ooh323c ${options.h323Id ?? ""}@${options.host}:${port}`;
    const p = await PeerProcess.start({
      label,
      bin: h323Peers().ooh323cSimple,
      args,
      traceFiles: ["simple.log"],
    });
    const peer = new Ooh323cPeer(options, p);
    try {
      await p.waitFor(READY, 15_000);
      // It prints its configuration before its listener is bound.
      if (options.listen || !options.call) await waitListening(options.host, port, 15_000);
    } catch (err) {
      await p.stop(["q"]);
      throw err;
    }
    return peer;
  }

  get address(): string {
    return `${this.options.host}:${this.options.port ?? 1720}`;
  }

  /** Dials "IP[:PORT]" or "ALIAS@IP[:PORT]". */
  call(dest: string): void {
    this.process.send(`c ${dest}`);
  }

  /** Hangs up the current call. */
  hangUp(): void {
    this.process.send("h");
  }

  /** The caller's display name and number, once a call has come in. */
  async incomingCall(timeoutMs: number): Promise<{ name: string; number: string }> {
    const m = await this.process.waitFor(INCOMING, timeoutMs);
    return { name: m[1]!, number: m[2]! };
  }

  /** Waits until `count` channels have started (both directions of audio and video: 4). */
  async channelsStarted(count: number, timeoutMs: number): Promise<Ooh323cChannel[]> {
    await this.process.waitFor(new RegExp(`(?:${CHANNEL.source}[\\s\\S]*?){${count}}`), timeoutMs);
    return this.channels();
  }

  /** Waits until it starts sending to host:port (its transmit channel of our media). */
  async transmitsTo(host: string, port: number, timeoutMs: number): Promise<void> {
    const at = `${host}:${port}`.replace(/\./g, "\\.");
    await this.process.waitFor(new RegExp(`--->Starting transmit channel to ${at}\\b`), timeoutMs);
  }

  /** Every channel started so far. */
  channels(): Ooh323cChannel[] {
    return [...this.process.text().matchAll(CHANNEL)].map((m) => ({
      direction: m[1] === "Receive" ? "receive" : "transmit",
      host: m[2]!,
      port: Number(m[3]),
    }));
  }

  /** How the call ended: ooh323c's reason, e.g. "OO_REASON_REMOTE_CLEARED". */
  async ended(timeoutMs: number): Promise<{ token: string; reason: string }> {
    const m = await this.process.waitFor(ENDED, timeoutMs);
    return { token: m[1]!, reason: m[2]! };
  }

  /** Its trace so far (simple.log, -t -t -t): every message it sent and received, decoded. */
  trace(): Promise<string> {
    return readFile(join(this.process.dir, "simple.log"), "utf8").catch(() => "");
  }

  /** The trace's tail (as last read) and console, for a failing test's message. */
  log(): string {
    return this.process.log();
  }

  /** Quits ("h", "q"), killing it if it lingers; removes its folder. */
  stop(): Promise<PeerExit> {
    return this.process.stop(["h", "q"]);
  }
}
