import { performance } from "node:perf_hooks";
import { Inviter, type Session, SessionState, UserAgent } from "sip.js";
import { OfferAnswerHandler } from "../src/adapters/media/session-description-handler.js";
import { createUserAgent, type SipUserAgent } from "../src/adapters/sip/user-agent.js";
import { BenchCallMedia } from "./bench-call-media.js";
import { CallReplayer, type ReplayCounters } from "./call-replayer.js";
import { type ClipOptions, encodeClip, type MediaClip } from "./media-clip.js";
import { quantile } from "./mirror-latency.js";

export interface LoadGeneratorOptions {
  /**
   * Authenticate and decrypt every n-th mirrored packet (default 1: all). Higher values save the
   * generator's CPU; loss and latency come from the RTP header either way (see SampledSrtp).
   */
  verifyEvery?: number;
}

export interface ClipSummary {
  frames: number;
  seconds: number;
  videoKbps: number;
  packetsPerSecond: number;
  audioPackets: number;
  encodeMs: number;
}

export interface SetupResult {
  requested: number;
  established: number;
  /** One line per call that did not get established. */
  failures: string[];
  setupMs: number;
}

export interface StepLoadResult extends ReplayCounters {
  calls: number;
  /** From beginWindow() to the end of sending. */
  windowMs: number;
  /** What the calls sent into the room during the window (RTP + SRTP tag octets), bit/s. */
  windowBitsPerSecond: number;
  /** This process's CPU time (user + system) during the window, ms. */
  cpuMs: number;
  lostBySequence: number;
  /** Unique mirrored packets received (duplicates removed). */
  videoPacketsUnique: number;
  latencyMs: { p50: number | undefined; p99: number | undefined; samples: number };
  /** How late frames left against their schedule, p99 (ms). */
  latenessP99Ms: number | undefined;
  mismatches: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const SETUP_CONCURRENCY = 8;
const CALL_SETUP_TIMEOUT_MS = 10_000;
/** Mirrored packets still on their way when sending stops. */
const TAIL_MS = 400;

interface LiveCall {
  inviter: Inviter;
  media: BenchCallMedia;
}

/**
 * The load: real SIP calls (sip.js over our UDP transport, SDP with SRTP mandatory) to the room,
 * each replaying the pre-encoded clip and counting what the mirror sends back. One step at a
 * time: setup → beginWindow → finish.
 */
export class LoadGenerator {
  private clip: MediaClip | undefined;
  private readonly mediaBySession = new WeakMap<Session, BenchCallMedia>();
  private live: LiveCall[] = [];
  private replayer: CallReplayer | undefined;
  private window: { at: number; cpu: NodeJS.CpuUsage; bytes: number } | undefined;

  private constructor(
    private readonly sip: SipUserAgent,
    private readonly opts: LoadGeneratorOptions,
  ) {}

  static async start(opts: LoadGeneratorOptions = {}): Promise<LoadGenerator> {
    const box: { gen?: LoadGenerator } = {};
    const sip = createUserAgent({
      uri: "sip:vdm-bench@127.0.0.1",
      displayName: "vdm-test bench",
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      loopbackOnly: true,
      userAgentString: "vdm-test bench",
      sessionDescriptionHandlerFactory: (session) => {
        const media = box.gen?.mediaBySession.get(session);
        if (!media) throw new Error("a session without bench media");
        return new OfferAnswerHandler(media);
      },
    });
    await sip.start();
    box.gen = new LoadGenerator(sip, opts);
    return box.gen;
  }

  /** Encodes the clip every call replays (once per generator). */
  async prepare(opts: ClipOptions = {}): Promise<ClipSummary> {
    const t0 = performance.now();
    const clip = await encodeClip(opts);
    this.clip = clip;
    const packets = clip.frames.reduce((n, f) => n + f.payloads.length, 0);
    const seconds = clip.frames.length / clip.fps;
    return {
      frames: clip.frames.length,
      seconds,
      videoKbps: Math.round(clip.videoKbps),
      packetsPerSecond: Math.round(packets / seconds),
      audioPackets: clip.audio.length,
      encodeMs: Math.round(performance.now() - t0),
    };
  }

  /** Places `calls` calls to `target`; each starts replaying as soon as it is established. */
  async setup(target: string, calls: number): Promise<SetupResult> {
    const clip = this.clip;
    if (!clip) throw new Error("prepare() the clip first");
    if (this.replayer) throw new Error("finish() the previous step first");
    const uri = UserAgent.makeURI(target);
    if (!uri) throw new Error(`not a SIP URI: ${target}`);
    const t0 = performance.now();
    const replayer = new CallReplayer(clip);
    this.replayer = replayer;
    replayer.start();
    const failures: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < calls) {
        next++;
        const call = await this.placeCall(uri).catch((e: unknown) => {
          failures.push(e instanceof Error ? e.message : String(e));
          return undefined;
        });
        if (call) {
          this.live.push(call);
          replayer.add(call.media, performance.now());
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(SETUP_CONCURRENCY, calls) }, worker));
    return {
      requested: calls,
      established: this.live.length,
      failures,
      setupMs: Math.round(performance.now() - t0),
    };
  }

  /** Marks the start of the measured window (CPU is counted from here). */
  beginWindow(): void {
    this.replayer?.beginWindow();
    this.window = { at: performance.now(), cpu: process.cpuUsage(), bytes: this.replayer?.bytesSent() ?? 0 };
  }

  /** Stops sending, waits for the mirror's tail, hangs every call up and returns the step's numbers. */
  async finish(): Promise<StepLoadResult> {
    const replayer = this.replayer;
    if (!replayer) throw new Error("no step is running");
    const window = this.window ?? { at: performance.now(), cpu: process.cpuUsage(), bytes: 0 };
    replayer.stopSending();
    const windowMs = performance.now() - window.at;
    const windowBytes = replayer.bytesSent() - window.bytes;
    const cpu = process.cpuUsage(window.cpu);
    await sleep(TAIL_MS);
    const r = replayer.result();
    await this.hangUpAll();
    this.replayer = undefined;
    this.window = undefined;
    return {
      ...r.counters,
      calls: r.callCount,
      windowMs: Math.round(windowMs),
      windowBitsPerSecond: windowMs > 0 ? Math.round((windowBytes * 8000) / windowMs) : 0,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      lostBySequence: r.lostBySequence,
      videoPacketsUnique: r.uniqueReceived,
      latencyMs: {
        p50: round2(quantile(r.latencies, 0.5)),
        p99: round2(quantile(r.latencies, 0.99)),
        samples: r.latencies.length,
      },
      latenessP99Ms: round2(quantile(r.lateness, 0.99)),
      mismatches: r.mismatches,
    };
  }

  async stop(): Promise<void> {
    this.replayer?.stopSending();
    await this.hangUpAll();
    await this.sip.stop();
  }

  private async placeCall(uri: NonNullable<ReturnType<typeof UserAgent.makeURI>>): Promise<LiveCall> {
    const media = await BenchCallMedia.open(this.opts.verifyEvery ?? 1);
    const inviter = new Inviter(this.sip.userAgent, uri, { earlyMedia: false });
    this.mediaBySession.set(inviter, media);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no answer within 10 s")), CALL_SETUP_TIMEOUT_MS);
        inviter.stateChange.addListener((s) => {
          if (s === SessionState.Established) {
            clearTimeout(timer);
            resolve();
          } else if (s === SessionState.Terminated) {
            clearTimeout(timer);
            reject(new Error("the call ended before it was established"));
          }
        });
        inviter
          .invite({
            requestDelegate: {
              onReject: (r) => {
                clearTimeout(timer);
                reject(new Error(`rejected: ${r.message.statusCode} ${r.message.reasonPhrase}`));
              },
            },
          })
          .catch((e: unknown) => {
            clearTimeout(timer);
            reject(e instanceof Error ? e : new Error(String(e)));
          });
      });
    } catch (e) {
      media.close();
      if (inviter.state === SessionState.Establishing) await inviter.cancel().catch(() => {});
      throw e;
    }
    return { inviter, media };
  }

  private async hangUpAll(): Promise<void> {
    const calls = this.live;
    this.live = [];
    await Promise.all(
      calls.map(async (c) => {
        if (c.inviter.state === SessionState.Established) await c.inviter.bye().catch(() => {});
        for (let i = 0; i < 50 && c.inviter.state !== SessionState.Terminated; i++) await sleep(20);
        c.media.close();
      }),
    );
  }
}

function round2(v: number | undefined): number | undefined {
  return v === undefined ? undefined : Math.round(v * 100) / 100;
}
