import { type PeerExit, PeerProcess, waitListening } from "./peer-process.js";
import { h323Peers } from "./peers.js";

// H323Plus's sample endpoint (`simph323`, README of ../shared/peers/h323), without a gatekeeper
// (-n): listens on one loopback address, or dials at start. Unlike ooh323c it sends media: G.711
// silence from PTLib's "Null Audio" and, with video "FakeVideo", H.264/H.261 test patterns.
// stdin: "H" hang up, "X" exit.

export interface Simph323Options {
  /** The listener's address (outgoing TCP still comes from 127.0.0.1). */
  readonly host: string;
  readonly port?: number;
  readonly alias?: string;
  readonly listen?: boolean;
  readonly autoAnswer?: boolean;
  /** Off by default in simph323. */
  readonly fastStart?: boolean;
  /** Default true; false: a separate H.245 connection. */
  readonly tunnelling?: boolean;
  /** Default "none". */
  readonly video?: "none" | "FakeVideo";
  /** Capabilities to prefer, in order, e.g. "G.711-uLaw-64k", "H.264-CIF". */
  readonly prefer?: readonly string[];
  /** Calls this at start: "IP[:PORT]" or "ALIAS@IP[:PORT]". */
  readonly call?: string;
  /** Register to this gatekeeper ("IP:PORT") instead of running without one (-n). */
  readonly gatekeeper?: string;
}

/** H323Plus's RTP "Final statistics" of one session, from its trace, as the call ended. */
export interface Simph323RtpStatistics {
  readonly session: number;
  readonly packetsSent: number;
  readonly packetsReceived: number;
}

const TRACE = "trace.txt";

/** Reads the "Final statistics: Session N" blocks of an H323Plus trace (level 2 and up). */
export function rtpStatistics(trace: string): Simph323RtpStatistics[] {
  return [
    ...trace.matchAll(
      /Final statistics: Session (\d+)\s+packetsSent\s+= (\d+)[\s\S]*?packetsReceived\s+= (\d+)/g,
    ),
  ].map((m) => ({ session: Number(m[1]), packetsSent: Number(m[2]), packetsReceived: Number(m[3]) }));
}

const READY = /Waiting for incoming calls for|Initiating call to/;
const CHANNEL = /Started logical channel: (sending|receiving) (.+?) <\d+>/g;
const ENDED = /has cleared the call|completed, duration/;

export class Simph323Peer {
  private constructor(
    readonly options: Simph323Options,
    readonly process: PeerProcess,
  ) {}

  static async start(options: Simph323Options): Promise<Simph323Peer> {
    const args = [
      ...(options.gatekeeper ? ["-g", options.gatekeeper] : ["-n"]),
      ...(options.listen ? ["-l"] : []),
      ...(options.autoAnswer ? ["-a"] : []),
      ...(options.fastStart ? ["-f"] : []),
      ...(options.tunnelling === false ? ["-T"] : []),
      "-u",
      options.alias ?? "simph323",
      "-i",
      options.host,
      "-x",
      String(options.port ?? 1720),
      "-v",
      options.video ?? "none",
      ...(options.prefer ?? []).flatMap((c) => ["-P", c]),
      // Trace level 2 gives the RTP statistics of each session when the call ends.
      ...["-t", "-t", "-o", TRACE],
      ...(options.call ? [options.call] : []),
    ];
    const p = await PeerProcess.start({
      label: `simph323 ${options.alias ?? ""}@${options.host}:${options.port ?? 1720}`,
      bin: h323Peers().simph323,
      args,
      traceFiles: [TRACE],
    });
    try {
      await p.waitFor(READY, 20_000);
      if (options.listen) await waitListening(options.host, options.port ?? 1720, 20_000);
    } catch (err) {
      await p.stop(["X"]);
      throw err;
    }
    return new Simph323Peer(options, p);
  }

  /** Waits until `count` logical channels have started; returns them all. */
  async channelsStarted(count: number, timeoutMs: number) {
    await this.process.waitFor(new RegExp(`(?:${CHANNEL.source}[\\s\\S]*?){${count}}`), timeoutMs);
    return this.channels();
  }

  /** "sending G.711-ALaw-64k", ... as its console says. */
  channels(): { direction: "sending" | "receiving"; codec: string }[] {
    return [...this.process.text().matchAll(CHANNEL)].map((m) => ({
      direction: m[1] as "sending" | "receiving",
      codec: m[2]!,
    }));
  }

  async ended(timeoutMs: number): Promise<string> {
    return (await this.process.waitFor(ENDED, timeoutMs))[0];
  }

  hangUp(): void {
    this.process.send("H");
  }

  log(): string {
    return this.process.log();
  }

  /** Hangs up and exits (killed if it lingers); its RTP statistics come from its trace. */
  async stop(): Promise<PeerExit & { rtp: Simph323RtpStatistics[] }> {
    const exit = await this.process.stop(["H", "X"]);
    return { ...exit, rtp: rtpStatistics(exit.traces[TRACE] ?? "") };
  }
}
