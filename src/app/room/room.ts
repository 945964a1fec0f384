import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { EventLoopLag } from "../../adapters/clock/event-loop-lag.js";
import { resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import { H323Listener, type H323MessageRecord, placeH323Call } from "../../adapters/h323/index.js";
import type { BoundListener } from "../../adapters/sip/node-sip-transport.js";
import { loadTlsCredentials, type TlsCredentials } from "../../adapters/sip/tls-certificate.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import {
  RECOMMENDED_SESSION_EXPIRES,
  RFC4028_MIN_SE,
  type UasTimerPolicy,
} from "../../protocol/sip/session-timer.js";
import { DEFAULT_LOAD_PRESSURE, LoadPressure } from "../../room/load-pressure.js";
import type { EncodedPicture } from "../../room/video-payload-loop.js";
import type { H323Engine } from "./h323/h323-engine.js";
import { H323Front } from "./h323/h323-front.js";
import { type GatekeeperStart, startRoomGatekeeper } from "./h323/room-gatekeeper.js";
import { ECHO_USER, PRESENTATION_USER } from "./room-aliases.js";
import { RoomCallMedia } from "./room-call-media.js";
import { RoomCallbackMedia } from "./room-callback.js";
import { DRAIN_RETRY_AFTER_S, RoomCalls } from "./room-calls.js";
import type { IncomingRoomCall } from "./room-front.js";
import { encodeMusic, type RoomMusic } from "./room-music.js";
import {
  DEFAULT_MAX_CALLS,
  DEFAULT_MEDIA_TIMEOUT_MS,
  type RoomListen,
  type RoomOptions,
} from "./room-options.js";
import { encodeRoomSlides } from "./room-slides.js";
import type { RoomRegistration, RoomRegistrationOptions } from "./sip/room-registration.js";
import { SipFront } from "./sip/sip-front.js";

export { PRESENTATION_USER, ROOM_USER } from "./room-aliases.js";
export type { RoomDefences, RoomEvent, RoomListen, RoomOptions } from "./room-options.js";

/**
 * The hosted test room: answers every call, mirrors the caller's video, plays music, grades the
 * caller. Many calls at once (up to `maxCalls`), each with its own RTP ports; music and slides
 * are encoded once at start. The room's calls know no signalling; the SIP front brings them.
 */
export class Room {
  private constructor(
    private readonly calls: RoomCalls,
    private readonly front: SipFront | undefined,
    private readonly h323: H323Start | undefined,
    private readonly ras: GatekeeperStart | undefined,
    readonly certificate: TlsCredentials | undefined,
    private readonly lag: EventLoopLag | undefined,
  ) {}

  static async start(opts: RoomOptions): Promise<Room> {
    const first = opts.listen[0];
    if (!first) throw new Error("the room needs at least one --listen address");
    // The presentation alias's slides are encoded once, beside the music; a failure only
    // leaves that alias without slides.
    let slides: EncodedPicture[] | undefined;
    const [music] = await Promise.all([
      encodeMusic(),
      encodeRoomSlides(resolveFfmpeg().path).then(
        (s) => {
          slides = s;
        },
        () => {},
      ),
    ]);
    const certificate = await roomCertificate(opts);
    const publicAddress =
      opts.publicAddress ?? (first.host === "0.0.0.0" || first.host === "::" ? "127.0.0.1" : first.host);
    const bindAddress = opts.listen.find((l) => l.protocol === "udp")?.host ?? first.host;
    const maxCalls = opts.maxCalls ?? DEFAULT_MAX_CALLS;
    const load = opts.defences?.load;
    const pressure = load ? new LoadPressure({ ...DEFAULT_LOAD_PRESSURE, ...load }) : undefined;
    const calls = new RoomCalls({
      ...(pressure ? { pressure } : {}),
      maxCalls,
      openMedia: (call) => callMedia(opts, call, { publicAddress, bindAddress, music, slides: () => slides }),
      openCallbackMedia: () =>
        RoomCallbackMedia.open({
          publicAddress,
          bindAddress,
          rtpPorts: opts.rtpPorts,
          srtp: opts.srtp,
          music: (c) => music.get(c),
          ...(opts.capture ? { tap: opts.capture } : {}),
        }),
      probeTimeoutMs: opts.onCallerReport ? (opts.optionsProbeTimeoutMs ?? 3000) : undefined,
      callback: {
        aliasHoldMs: opts.callback?.aliasHoldMs ?? 1000,
        answerTimeoutMs: opts.callback?.answerTimeoutMs ?? 10_000,
        holdMs: opts.callback?.holdMs ?? 2000,
      },
      mediaTimeoutMs: opts.mediaTimeoutMs ?? DEFAULT_MEDIA_TIMEOUT_MS,
      now: Date.now,
      monotonic: () => performance.now(),
      ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
      ...(opts.onCallerReport ? { onCallerReport: opts.onCallerReport } : {}),
    });
    const sipListen = opts.listen.flatMap((l) =>
      l.protocol === "h323" || l.protocol === "ras" ? [] : [{ ...l, protocol: l.protocol }],
    );
    const h323Listen = opts.listen.find((l) => l.protocol === "h323");
    const rasListen = opts.listen.find((l) => l.protocol === "ras");
    // The gatekeeper starts after the H.323 front (it admits calls to the front's port); the
    // front's callbacks look registrations up through this.
    let ras: GatekeeperStart | undefined;
    const front =
      sipListen.length === 0
        ? undefined
        : await sipFront(opts, sipListen, { publicAddress, maxCalls, certificate }, calls);
    // H.323 comes up beside SIP: a port it cannot bind (1720 in use, or privileged) leaves the
    // room answering SIP, and says why.
    const h323 = h323Listen
      ? await H323Front.start(
          {
            listen: h323Listen,
            publicAddress,
            ...(opts.h323Limits ? { limits: opts.h323Limits } : {}),
            ...(opts.capture ? { onMessage: (m: H323MessageRecord) => opts.capture?.h323(m) } : {}),
            registered: (aliases) => ras?.gatekeeper?.registeredEndpoint(aliases),
          },
          calls,
          H323_ENGINE,
        ).then(
          (f): H323Start => ({ front: f }),
          (e: unknown): H323Start => ({ failed: { listen: h323Listen, ...listenError(e) } }),
        )
      : undefined;
    ras = rasListen
      ? await startRoomGatekeeper(rasListen, h323?.front?.address, {
          publicAddress,
          ...(opts.gatekeeper?.id ? { gatekeeperId: opts.gatekeeper.id } : {}),
          ...(opts.gatekeeper?.limits ? { limits: opts.gatekeeper.limits } : {}),
          ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
          ...(opts.onCallerReport ? { onReport: opts.onCallerReport } : {}),
          ...(opts.capture ? { onMessage: (m: H323MessageRecord) => opts.capture?.h323(m) } : {}),
        })
      : undefined;
    const lag = pressure ? new EventLoopLag() : undefined;
    lag?.start((now, lagMs) => pressure?.sample(now, lagMs));
    return new Room(calls, front, h323, ras, certificate, lag);
  }

  get activeCalls(): number {
    return this.calls.size;
  }

  get listening(): BoundListener[] {
    return this.front?.listening ?? [];
  }

  /** Where the room answers H.323 (undefined: not asked for, or it could not listen: see `h323Failure`). */
  get h323Listening(): { host: string; port: number } | undefined {
    return this.h323?.front?.address;
  }

  /** Why the room does not answer H.323 although asked to: the listener's error, one line. */
  get h323Failure(): { listen: RoomListen; error: string; code?: string } | undefined {
    return this.h323?.failed;
  }

  /** Where the room's gatekeeper answers RAS (undefined: not asked for, or failed: see `gatekeeperFailure`). */
  get gatekeeperListening(): { host: string; port: number } | undefined {
    return this.ras?.gatekeeper?.address;
  }

  /** Why the room's gatekeeper is not running although asked for, one line. */
  get gatekeeperFailure(): GatekeeperStart["failed"] {
    return this.ras?.failed;
  }

  /** The room's gatekeeper (its registrations, `registeredEndpoint`), when it runs. */
  get gatekeeper() {
    return this.ras?.gatekeeper;
  }

  /** How many Call-IDs the SIP front holds messages for (bounded memory). */
  get recordSizes(): { pending: number; calls: number; probes: number } {
    return this.front?.recordSizes ?? { pending: 0, calls: 0, probes: 0 };
  }

  /**
   * Registers the room at a registrar under an address of record (RFC 3261 §10), refreshed until
   * stop(), so a proxy routes calls for that user@domain here.
   */
  register(options: RoomRegistrationOptions): RoomRegistration {
    if (!this.front) throw new Error("registration needs a SIP listener");
    return this.front.register(options);
  }

  /**
   * Drains the room before a stop: any registration is removed, new calls and OPTIONS probes get
   * 503 with Retry-After (so a dispatcher marks the room down and sends calls elsewhere), and the
   * promise resolves once the running calls have ended and their callers are graded.
   */
  async drain(): Promise<void> {
    this.front?.drain(DRAIN_RETRY_AFTER_S);
    const ended = this.calls.drain();
    await this.front?.unregister();
    await ended;
  }

  /** Removes any registration, hangs up every call (BYE, or 480 to calls not yet answered) and closes every socket. */
  async stop(): Promise<void> {
    this.lag?.stop();
    await this.front?.unregister();
    await this.calls.hangUpAll();
    await Promise.all([this.h323?.front?.stop(), this.ras?.gatekeeper?.stop(), this.front?.stop()]);
  }
}

/** The H.323 engine's listener and caller. */
const H323_ENGINE: H323Engine = { listen: (o) => H323Listener.open(o), place: (o) => placeH323Call(o) };

interface H323Start {
  readonly front?: H323Front;
  readonly failed?: { listen: RoomListen; error: string; code?: string };
}

/** A listener's error as one line, with its errno code when it has one (EADDRINUSE, EACCES). */
function listenError(e: unknown): { error: string; code?: string } {
  // The errno code, kept by the error or named in its message ("listen EADDRINUSE: ...").
  const code =
    (e as NodeJS.ErrnoException | undefined)?.code ??
    /\b(E[A-Z]{3,})\b/.exec(e instanceof Error ? e.message : "")?.[1];
  return { error: e instanceof Error ? e.message : String(e), ...(code ? { code } : {}) };
}

/** The SIP front on the room's SIP listeners. */
function sipFront(
  opts: RoomOptions,
  listen: readonly (RoomListen & { protocol: SipTransportProtocol })[],
  shared: { publicAddress: string; maxCalls: number; certificate: TlsCredentials | undefined },
  calls: RoomCalls,
): Promise<SipFront> {
  const { publicAddress, maxCalls, certificate } = shared;
  return SipFront.start(
    {
      listen: listen.map((l) => ({
        ...l,
        ...(l.protocol === "tls" && certificate ? { cert: certificate.cert, key: certificate.key } : {}),
      })),
      publicAddress,
      timerPolicy: timerPolicy(opts),
      maxCalls,
      ...(opts.credentials ? { credentials: opts.credentials } : {}),
      ...(opts.loopbackOnly ? { loopbackOnly: true } : {}),
      ...(opts.capture ? { onWire: (e) => opts.capture?.sip(e) } : {}),
      ...(opts.defences ? { defences: opts.defences } : {}),
    },
    calls,
  );
}

/** The room's TLS certificate, when it listens on TLS (loaded, or made and cached). */
async function roomCertificate(opts: RoomOptions): Promise<TlsCredentials | undefined> {
  if (!opts.tls || !opts.listen.some((l) => l.protocol === "tls")) return undefined;
  return loadTlsCredentials({
    ...(opts.tls.certFile ? { certFile: opts.tls.certFile } : {}),
    ...(opts.tls.keyFile ? { keyFile: opts.tls.keyFile } : {}),
    cacheDir: opts.tls.cacheDir,
    hostnames: opts.publicAddress ? [opts.publicAddress] : [],
  });
}

/** The media side of one call, with the alias's behaviour (echo, presentation). */
function callMedia(
  opts: RoomOptions,
  call: IncomingRoomCall,
  shared: {
    publicAddress: string;
    bindAddress: string;
    music: RoomMusic;
    slides: () => EncodedPicture[] | undefined;
  },
): RoomCallMedia {
  return new RoomCallMedia({
    floorPolicy: opts.floorPolicy ?? "grant",
    presentationAlias: call.alias === PRESENTATION_USER,
    // H.323 carries its presentation token in H.245 (H.239), not in BFCP.
    ...(call.source.transport === "h225" ? { tokenBySignalling: true } : {}),
    echo: call.alias === ECHO_USER,
    slides: shared.slides,
    publicAddress: shared.publicAddress,
    bindAddress: shared.bindAddress,
    rtpPorts: opts.rtpPorts,
    srtp: opts.srtp,
    mirror: opts.mirror,
    ...(opts.rtcpMux === false ? { rtcpMux: false } : {}),
    ...(opts.iceLite === false ? { iceLite: false } : {}),
    music: (codec) => shared.music.get(codec),
    ...(opts.capture ? { tap: opts.capture } : {}),
  });
}

/** The room's session timer wishes (RFC 4028 §9), or undefined when they are off. */
function timerPolicy(opts: RoomOptions): UasTimerPolicy | undefined {
  const t = opts.sessionTimer;
  if (t === false) return undefined;
  const minSeS = Math.max(1, t?.minSeS ?? RFC4028_MIN_SE);
  return {
    minSeS,
    intervalS: Math.max(minSeS, t?.intervalS ?? RECOMMENDED_SESSION_EXPIRES),
    refresher: t?.refresher ?? "uac",
  };
}

export function defaultTlsCacheDir(): string {
  return join(process.cwd(), ".vdm-test", "tls");
}
