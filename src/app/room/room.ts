import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { EventLoopLag } from "../../adapters/clock/event-loop-lag.js";
import { resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import type { BoundListener } from "../../adapters/sip/node-sip-transport.js";
import { loadTlsCredentials, type TlsCredentials } from "../../adapters/sip/tls-certificate.js";
import {
  RECOMMENDED_SESSION_EXPIRES,
  RFC4028_MIN_SE,
  type UasTimerPolicy,
} from "../../protocol/sip/session-timer.js";
import { DEFAULT_LOAD_PRESSURE, LoadPressure } from "../../room/load-pressure.js";
import type { EncodedPicture } from "../../room/video-payload-loop.js";
import { ECHO_USER, PRESENTATION_USER } from "./room-aliases.js";
import { RoomCallMedia } from "./room-call-media.js";
import { RoomCallbackMedia } from "./room-callback.js";
import { RoomCalls } from "./room-calls.js";
import type { IncomingRoomCall } from "./room-front.js";
import { encodeMusic, type RoomMusic } from "./room-music.js";
import { DEFAULT_MAX_CALLS, DEFAULT_MEDIA_TIMEOUT_MS, type RoomOptions } from "./room-options.js";
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
    private readonly front: SipFront,
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
    const front = await SipFront.start(
      {
        listen: opts.listen.map((l) => ({
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
    const lag = pressure ? new EventLoopLag() : undefined;
    lag?.start((now, lagMs) => pressure?.sample(now, lagMs));
    return new Room(calls, front, certificate, lag);
  }

  get activeCalls(): number {
    return this.calls.size;
  }

  get listening(): BoundListener[] {
    return this.front.listening;
  }

  /** How many Call-IDs the SIP front holds messages for (bounded memory). */
  get recordSizes(): { pending: number; calls: number; probes: number } {
    return this.front.recordSizes;
  }

  /**
   * Registers the room at a registrar under an address of record (RFC 3261 §10), refreshed until
   * stop(), so a proxy routes calls for that user@domain here.
   */
  register(options: RoomRegistrationOptions): RoomRegistration {
    return this.front.register(options);
  }

  /** Removes any registration, hangs up every call (BYE, or 480 to calls not yet answered) and closes every socket. */
  async stop(): Promise<void> {
    this.lag?.stop();
    await this.front.unregister();
    await this.calls.hangUpAll();
    await this.front.stop();
  }
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
