import { createServer, type Server, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import type { KindCodecs } from "../../protocol/h323/capability-set.js";
import { defaultCapabilities, type LocalCapabilities } from "../../protocol/sdp/capabilities.js";
import { ConnectionGuard, type GuardedConnection } from "../sip/connection-guard.js";
import { ENGINE_DEFAULTS, ENGINE_PRODUCT } from "./engine-defaults.js";
import type {
  H323Address,
  H323ListenerHandle,
  H323ListenerOptions,
  H323MessageRecord,
  H323RefuseReason,
  H323SetupInfo,
  IncomingH323Call,
} from "./h323-call.js";
import { type CallFlowLimits, IncomingCallFlow } from "./incoming-call-flow.js";
import { stripMapped, TpktConnection } from "./tpkt-connection.js";

// Our H.225.0 call signalling listener (H.225.0 §6.1: TCP, port 1720 by default): one call
// per connection, each an IncomingCallFlow. Connections are capped in total and per source,
// a connection dribbling a TPKT packet is closed, and a call that fails in any way ends alone:
// the listener goes on serving the others.

const DEFAULT_LIMITS: CallFlowLimits = {
  maxConnections: 64,
  maxPerSource: 8,
  setupTimeoutMs: 10_000,
  offerTimeoutMs: 10_000,
  answerTimeoutMs: 30_000,
  maxPacketLength: ENGINE_DEFAULTS.maxPacketLength,
};

/** How long a TPKT packet may take to arrive whole, and how long a call may sit without a byte. */
const PARTIAL_PACKET_MS = 10_000;
const IDLE_MS = 6 * 3600_000;

export interface H323ListenerOpenOptions extends H323ListenerOptions {
  /** What we declare we receive before the application's answer (default: vdm-test's). */
  readonly capabilities?: LocalCapabilities;
}

export class H323Listener implements H323ListenerHandle {
  readonly address: H323Address;
  private admitFn: ((info: H323SetupInfo) => H323RefuseReason | undefined) | undefined;
  private callFn: ((incoming: IncomingH323Call) => void) | undefined;
  private readonly flows = new Set<IncomingCallFlow>();
  private readonly guard: ConnectionGuard;
  private readonly sweep: NodeJS.Timeout;
  private readonly capabilities: KindCodecs[];

  private constructor(
    private readonly server: Server,
    private readonly host: string,
    private readonly limits: CallFlowLimits,
    capabilities: LocalCapabilities,
    private readonly onMessage: ((m: H323MessageRecord) => void) | undefined,
    private readonly product: string,
    private readonly h235: boolean,
  ) {
    const a = server.address() as { address: string; port: number };
    this.address = { host: stripMapped(a.address), port: a.port };
    this.guard = new ConnectionGuard({
      maxConnections: limits.maxConnections,
      maxConnectionsPerSource: limits.maxPerSource,
      silentTimeoutMs: limits.setupTimeoutMs,
      partialMessageTimeoutMs: PARTIAL_PACKET_MS,
      idleTimeoutMs: IDLE_MS,
      tlsHandshakeTimeoutMs: limits.setupTimeoutMs,
    });
    this.sweep = setInterval(() => this.guard.sweep(performance.now()), this.guard.sweepIntervalMs());
    this.sweep.unref();
    this.capabilities = capabilityCodecs(capabilities);
    server.on("connection", (socket) => this.accept(socket));
  }

  static open(opts: H323ListenerOpenOptions): Promise<H323Listener> {
    const limits: CallFlowLimits = { ...DEFAULT_LIMITS, ...opts.limits };
    const server = createServer();
    return new Promise((resolve, reject) => {
      server.once("error", (e) =>
        reject(new Error(`H.323 listener on ${opts.host}:${opts.port}: ${e.message}`)),
      );
      server.listen(opts.port, opts.host, () => {
        server.removeAllListeners("error");
        server.on("error", () => {});
        resolve(
          new H323Listener(
            server,
            opts.host,
            limits,
            opts.capabilities ?? defaultCapabilities(),
            opts.onMessage,
            opts.product ?? ENGINE_PRODUCT,
            opts.h235 === true,
          ),
        );
      });
    });
  }

  admit(fn: (setup: H323SetupInfo) => H323RefuseReason | undefined): void {
    this.admitFn = fn;
  }

  onCall(fn: (incoming: IncomingH323Call) => void): void {
    this.callFn = fn;
  }

  /** Calls in progress (one per accepted connection). */
  get activeCalls(): number {
    return this.flows.size;
  }

  private accept(socket: Socket): void {
    const host = stripMapped(socket.remoteAddress ?? "");
    if (this.guard.refusal(host) !== undefined) {
      socket.destroy();
      return;
    }
    const conn = new TpktConnection(socket, { maxPacketLength: this.limits.maxPacketLength });
    const flow = new IncomingCallFlow(conn, this.host, this.limits, {
      ...(this.admitFn ? { admit: (i) => this.admitFn?.(i) } : {}),
      offer: (call) => {
        if (!this.callFn) return false;
        this.callFn(call);
        return true;
      },
      capabilities: this.capabilities,
      // The application takes a slides line in H.264 as it takes the main video (H.239 §7.1).
      presentation: this.capabilities
        .filter((k) => k.kind === "video")
        .flatMap((k) => k.codecs)
        .filter((c) => c.name.toLowerCase() === "h264"),
      product: this.product,
      h235: this.h235,
      ...(this.onMessage ? { onMessage: this.onMessage } : {}),
    });
    const guarded: GuardedConnection = {
      host,
      openedAt: performance.now(),
      lastActivity: performance.now(),
      partialSince: undefined,
      spoke: false,
      close: (why) => flow.session.fail(41, `connection closed: ${why}`),
    };
    // The guard's clocks follow the connection: a Setup counts as speaking, bytes as activity.
    socket.on("data", () => {
      const now = performance.now();
      guarded.lastActivity = now;
      guarded.spoke ||= flow.session.log.all().length > 0;
      guarded.partialSince = conn.partial ? (guarded.partialSince ?? now) : undefined;
    });
    this.guard.add(guarded);
    this.flows.add(flow);
    void flow.session.whenEnded().then(() => {
      this.guard.remove(guarded);
      this.flows.delete(flow);
    });
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    await Promise.all(
      [...this.flows].map((f) => {
        f.session.release({ cause: 16 }, "the listener closed");
        return f.session.whenEnded();
      }),
    );
    await closing;
  }
}

/** The codecs of our capabilities, as the TerminalCapabilitySet declares them. */
function capabilityCodecs(c: LocalCapabilities): KindCodecs[] {
  const codecs = (list: LocalCapabilities["audio"]) =>
    list
      .filter((x) => !x.disabled)
      .map((x) => ({
        payloadType: x.payloadType,
        name: x.name,
        clockRate: x.clockRate,
        channels: x.channels ?? 1,
        fmtp: x.fmtp ?? {},
      }));
  return [
    { kind: "audio", codecs: codecs(c.audio) },
    { kind: "video", codecs: codecs(c.video) },
  ];
}
