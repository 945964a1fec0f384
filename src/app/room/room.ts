import { join } from "node:path";
import { Invitation, type Inviter, type Session, SessionState } from "sip.js";
import { encodeAudioPayloads } from "../../adapters/ffmpeg/audio-encoder.js";
import { resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import { OfferAnswerHandler } from "../../adapters/media/session-description-handler.js";
import type { PortRange } from "../../adapters/media/udp-port-pair.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import type { ConnectionLimits } from "../../adapters/sip/connection-guard.js";
import type { BoundListener, SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import {
  acceptHeaders,
  DialogSessionTimer,
  type SessionTimerFacts,
  sendReinvite,
  timerRequestOf,
} from "../../adapters/sip/session-timer.js";
import { loadTlsCredentials, type TlsCredentials } from "../../adapters/sip/tls-certificate.js";
import { createUserAgent, type SipUserAgent } from "../../adapters/sip/user-agent.js";
import type { SipTransportName } from "../../conformance/evidence.js";
import { functionChecks } from "../../conformance/functions/function-checks.js";
import { AUDIO_CODECS, type AudioCodec } from "../../media/audio/codecs.js";
import { renderMusic } from "../../media/audio/music.js";
import type { FloorPolicy } from "../../protocol/bfcp/floor-server.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import type { FrontDoorRates } from "../../protocol/sip/front-door-gate.js";
import { callIdInText } from "../../protocol/sip/header-readers.js";
import { DIALED_URI_HEADER } from "../../protocol/sip/room-request-uri.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import {
  RECOMMENDED_SESSION_EXPIRES,
  type Refresher,
  RFC4028_MIN_SE,
  type UasTimerPolicy,
  uasTimerDecision,
} from "../../protocol/sip/session-timer.js";
import type { Report } from "../../report/model.js";
import type { EncodedPicture } from "../../room/video-payload-loop.js";
import { callerEvidence } from "./caller-evidence.js";
import { callerReport } from "./caller-report.js";
import { type OptionsProbeResult, probeOptions } from "./options-probe.js";
import { CALLBACK_URI_HEADER, CALLBACK_USER, ECHO_USER } from "./room-aliases.js";
import { answerAsRoom, type RoomCallFacts, RoomCallMedia } from "./room-call-media.js";
import { type CallbackResult, callbackTarget, placeCallback, RoomCallbackMedia } from "./room-callback.js";
import { RoomRegistration, type RoomRegistrationOptions } from "./room-registration.js";
import { encodeRoomSlides } from "./room-slides.js";

export const ROOM_USER = "testrum";
/** The alias on which the room presents to the caller (RFC 4796 slides under BFCP floor control). */
export const PRESENTATION_USER = "presentation";

export interface RoomListen {
  protocol: SipTransportProtocol;
  host: string;
  port: number;
}

export interface RoomOptions {
  listen: RoomListen[];
  /** Address written in SDP and Contact (default: the first listen host, or 127.0.0.1 for 0.0.0.0). */
  publicAddress?: string;
  rtpPorts: PortRange;
  srtp: SrtpPolicy;
  mirror: boolean;
  tls?: { certFile?: string; keyFile?: string; cacheDir: string };
  /** Refuse to send SIP anywhere but loopback (the embedded room). */
  loopbackOnly?: boolean;
  /** Decision on every BFCP FloorRequest; "deny" (`serve --deny-floor`) shows the presentation check failing. Default grant. */
  floorPolicy?: FloorPolicy;
  /** Accept callers' a=rtcp-mux (RFC 5761); default true. */
  rtcpMux?: boolean;
  /** Answer callers' ICE as an ICE-lite agent (RFC 8445 §2.5); default true. */
  iceLite?: boolean;
  /** How long the OPTIONS probe of each caller waits for an answer (default 3000 ms). */
  optionsProbeTimeoutMs?: number;
  onEvent?: (e: RoomEvent) => void;
  /** Called with the room's report about each caller (kind "room-caller") when its call ends. */
  onCallerReport?: (report: Report) => void;
  /** Digest credentials (RFC 3261 §22) for a registrar's challenge (`serve --user/--password`). */
  credentials?: { username: string; password: string };
  /** The callback alias: how long it keeps the first call (default 1000 ms), waits for an answer (10 s) and keeps the callback (2000 ms). */
  callback?: { aliasHoldMs?: number; answerTimeoutMs?: number; holdMs?: number };
  /** Records the room's SIP, RTP/RTCP and BFCP traffic as it crosses its sockets (`serve --pcap`). */
  capture?: WireTap & { sip(event: SipWireEvent): void };
  /**
   * Session timers (RFC 4028 §9): the interval the room asks for (default 1800 s), the smallest
   * it accepts (its Min-SE; default and floor 90 s, RFC 4028 §4; lower only for tests), and who
   * refreshes when a caller that supports timers leaves it open (default "uac", the caller).
   * `false` turns them off.
   */
  sessionTimer?: false | { intervalS?: number; minSeS?: number; refresher?: Refresher };
  /** Per-source rates of the room's SIP front door and caps/timeouts of its TCP/TLS connections. */
  defences?: RoomDefences;
}

export interface RoomDefences {
  frontDoorRates?: Partial<FrontDoorRates>;
  connectionLimits?: Partial<ConnectionLimits>;
}

export interface RoomEvent {
  atMs: number;
  callId: string;
  kind: "incoming" | "answered" | "rejected" | "expired" | "ended" | "error";
  from: string;
  detail: string;
  facts?: RoomCallFacts;
}

interface ActiveCall {
  session: Session;
  media?: RoomCallMedia;
  from: string;
  startedAt: number;
  dialled: string;
  /** The callback alias's call back to the caller, once placed. */
  callback?: Promise<CallbackResult | undefined>;
  /** The room's OPTIONS to the caller's Contact, sent once the call is up. */
  options?: Promise<OptionsProbeResult>;
  /** The call's session timer (RFC 4028), once established with one. */
  timer?: DialogSessionTimer;
}

/** Messages kept per call for its report: a flood of re-INVITEs cannot grow it without bound. */
const MAX_WIRE_PER_CALL = 200;

/**
 * The hosted test room: answers every INVITE, mirrors the caller's video, plays music. Many
 * calls at once, each with its own RTP ports; music is encoded once per codec at start.
 */
export class Room {
  private readonly calls = new Map<string, ActiveCall>();
  private readonly mediaBySession = new WeakMap<Session, RoomCallMedia>();
  private readonly callbackMedia = new WeakMap<Session, RoomCallbackMedia>();
  private readonly wire = new Map<string, SipWireEvent[]>();
  private readonly pendingReports = new Set<Promise<void>>();
  /** SIP messages of the OPTIONS probes, by the probe's Call-ID. */
  private readonly probeWire = new Map<string, SipWireEvent[]>();
  private readonly registrations = new Set<RoomRegistration>();

  private constructor(
    private readonly opts: RoomOptions,
    private readonly ua: SipUserAgent,
    readonly listening: BoundListener[],
    readonly certificate: TlsCredentials | undefined,
    private readonly publicAddress: string,
    private readonly music: Map<AudioCodec, Uint8Array[]>,
  ) {}

  static async start(opts: RoomOptions): Promise<Room> {
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
    const needsTls = opts.listen.some((l) => l.protocol === "tls");
    const certificate =
      needsTls && opts.tls
        ? await loadTlsCredentials({
            ...(opts.tls.certFile ? { certFile: opts.tls.certFile } : {}),
            ...(opts.tls.keyFile ? { keyFile: opts.tls.keyFile } : {}),
            cacheDir: opts.tls.cacheDir,
            hostnames: opts.publicAddress ? [opts.publicAddress] : [],
          })
        : undefined;
    const first = opts.listen[0];
    if (!first) throw new Error("the room needs at least one --listen address");
    const publicAddress =
      opts.publicAddress ?? (first.host === "0.0.0.0" || first.host === "::" ? "127.0.0.1" : first.host);
    let room: Room | undefined;
    const ua = createUserAgent({
      uri: `sip:${ROOM_USER}@${publicAddress}`,
      displayName: "Testrum vdm-test",
      listen: opts.listen.map((l) => ({
        ...l,
        ...(l.protocol === "tls" && certificate ? { cert: certificate.cert, key: certificate.key } : {}),
      })),
      advertiseHost: publicAddress,
      roomUser: ROOM_USER,
      symmetricResponses: true,
      ...(opts.defences?.frontDoorRates ? { frontDoorRates: opts.defences.frontDoorRates } : {}),
      ...(opts.defences?.connectionLimits ? { connectionLimits: opts.defences.connectionLimits } : {}),
      userAgentString: "vdm-test room",
      ...(opts.sessionTimer !== false ? { supported: ["timer"] } : {}),
      ...(opts.credentials
        ? { username: opts.credentials.username, password: opts.credentials.password }
        : {}),
      ...(opts.loopbackOnly ? { loopbackOnly: true } : {}),
      onWire: (e) => {
        room?.recordWire(e);
        opts.capture?.sip(e);
      },
      sessionDescriptionHandlerFactory: (session) => {
        const callback = room?.callbackMedia.get(session);
        if (callback) return new OfferAnswerHandler(callback);
        const media = new RoomCallMedia({
          floorPolicy: opts.floorPolicy ?? "grant",
          presentationAlias: dialledUser(session) === PRESENTATION_USER,
          echo: dialledUser(session) === ECHO_USER,
          slides: () => slides,
          publicAddress,
          bindAddress: opts.listen.find((l) => l.protocol === "udp")?.host ?? first.host,
          rtpPorts: opts.rtpPorts,
          srtp: opts.srtp,
          mirror: opts.mirror,
          ...(opts.rtcpMux === false ? { rtcpMux: false } : {}),
          ...(opts.iceLite === false ? { iceLite: false } : {}),
          music: (codec) => music.get(codec),
          ...(opts.capture ? { tap: opts.capture } : {}),
        });
        room?.mediaBySession.set(session, media);
        return new OfferAnswerHandler(media);
      },
      delegate: { onInvite: (inv) => room?.onInvite(inv) },
    });
    const listening = await ua.start();
    room = new Room(opts, ua, listening, certificate, publicAddress, music);
    return room;
  }

  get activeCalls(): number {
    return this.calls.size;
  }

  /**
   * Registers the room at a registrar under an address of record (RFC 3261 §10), refreshed until
   * stop(), so a proxy routes calls for that user@domain here.
   */
  register(options: RoomRegistrationOptions): RoomRegistration {
    const registration = new RoomRegistration(this.ua, options);
    this.registrations.add(registration);
    return registration;
  }

  /** Removes any registration, hangs up every call (BYE, or 480 to calls not yet answered) and closes every socket. */
  async stop(): Promise<void> {
    await Promise.all([...this.registrations].map((r) => r.stop()));
    const endings = [...this.calls.values()].map(async (c) => {
      try {
        // Wait for the BYE's answer (or the race below to time out): closing the transport at
        // once would drop the BYE before it reached the wire.
        if (c.session.state === SessionState.Established) {
          await new Promise<void>((resolve, reject) => {
            c.session
              .bye({ requestDelegate: { onAccept: () => resolve(), onReject: () => resolve() } })
              .catch(reject);
          });
        } else if (c.session.state === SessionState.Initial || c.session.state === SessionState.Establishing)
          await (c.session as Invitation).reject({ statusCode: 480 });
      } catch (e) {
        // The call may already be ending; say so rather than hide it.
        this.emit({
          callId: c.session.id,
          kind: "error",
          from: c.from,
          detail: `could not hang up: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    });
    await Promise.race([Promise.all(endings), new Promise((r) => setTimeout(r, 1500))]);
    for (const c of this.calls.values()) this.mediaBySession.get(c.session)?.close();
    await Promise.race([Promise.all(this.pendingReports), new Promise((r) => setTimeout(r, 3000))]);
    await this.ua.stop();
  }

  /** Keeps each call's SIP messages (by Call-ID) for the report about its caller. */
  private recordWire(e: SipWireEvent): void {
    const id = callIdInText(e.text);
    if (!id) return;
    const probe = this.probeWire.get(id);
    if (probe) {
      if (probe.length < 8) probe.push(e);
      return;
    }
    const list = this.wire.get(id);
    if (list) {
      if (list.length < MAX_WIRE_PER_CALL) list.push(e);
    } else if (e.direction === "in" && /^INVITE /.test(e.text)) this.wire.set(id, [e]);
  }

  private emit(e: Omit<RoomEvent, "atMs">): void {
    this.opts.onEvent?.({ atMs: Date.now(), ...e });
  }

  private onInvite(invitation: Invitation): void {
    const callId = invitation.request.callId;
    const from = invitation.request.from.uri.toString();
    const dialled =
      invitation.request.getHeader(DIALED_URI_HEADER) ?? invitation.request.ruri?.toString() ?? "?";
    this.emit({ callId, kind: "incoming", from, detail: `dialled ${dialled}` });
    const body = invitation.body;
    if (!body) {
      // A delayed offer (INVITE without SDP) would need the room to offer first.
      void invitation
        .reject({
          statusCode: 488,
          extraHeaders: [`Warning: 399 ${this.publicAddress} "INVITE without SDP offer"`],
        })
        .catch(() => {});
      this.emit({ callId, kind: "rejected", from, detail: "488: INVITE without an SDP offer" });
      return;
    }
    const check = answerAsRoom(
      body,
      { ...this.mediaOptions() },
      { audio: 9, video: 9 },
      { audio: new Uint8Array(30), video: new Uint8Array(30) },
      "0",
    );
    if (!check.ok) {
      void invitation
        .reject({ statusCode: 488, extraHeaders: [`Warning: ${check.warning}`] })
        .catch(() => {});
      this.emit({ callId, kind: "rejected", from, detail: `488: ${check.reason}` });
      return;
    }
    // RFC 4028 §9: the interval and refresher, or 422 with Min-SE for an interval too small.
    const timerPolicy = this.timerPolicy();
    const timerRequest = timerRequestOf(invitation.request);
    const timer = timerPolicy ? uasTimerDecision(timerRequest, timerPolicy) : undefined;
    if (timer?.kind === "reject") {
      void invitation.reject({ statusCode: 422, extraHeaders: [`Min-SE: ${timer.minSeS}`] }).catch(() => {});
      this.emit({
        callId,
        kind: "rejected",
        from,
        detail: `422: Session-Expires ${timerRequest.sessionExpires?.deltaSeconds} s is below Min-SE ${timer.minSeS} s`,
      });
      return;
    }
    const call: ActiveCall = { session: invitation, from, startedAt: Date.now(), dialled };
    this.calls.set(callId, call);
    const user = dialledUser(invitation);
    invitation.stateChange.addListener((state) => {
      if (state === SessionState.Established) {
        const media = this.mediaBySession.get(invitation);
        const f = media?.facts;
        this.emit({
          callId,
          kind: "answered",
          from,
          detail: `audio ${f?.audioCodec ?? "none"}, video ${f?.videoCodec ?? "none"}, srtp ${f?.srtp.video ?? f?.srtp.audio ?? "off"}${f?.presentation?.bfcp ? `, BFCP ${f.presentation.bfcp.transport} port ${f.presentation.bfcp.port}` : ""}${user === ECHO_USER ? ", echo" : ""}${user === CALLBACK_USER ? ", will call back" : ""}`,
          ...(f ? { facts: f } : {}),
        });
        if (timer && timerPolicy) {
          call.timer = new DialogSessionTimer(invitation, {
            intervalS: timer.intervalS,
            weRefresh: timer.refresher === "uas",
            peerSupportsTimer: timerRequest.uacSupportsTimer,
            policy: timerPolicy,
            // The room only answers: its refresh carries no offer, the caller offers in the 2xx.
            send: (headers) => sendReinvite(invitation, headers, { withoutSdp: true }),
            onExpire: (t) =>
              this.emit({ callId, kind: "expired", from, detail: t.expired ?? "session expired" }),
          }).start();
        }
        if (user === CALLBACK_USER) call.callback = this.callBack(invitation, call);
        if (this.opts.onCallerReport) {
          call.options = probeOptions(
            this.ua.userAgent,
            callbackTarget(invitation.request.getHeader("contact"), undefined),
            this.opts.optionsProbeTimeoutMs ?? 3000,
            (id) => this.probeWire.set(id, []),
          );
        }
      } else if (state === SessionState.Terminated) {
        const media = this.mediaBySession.get(invitation);
        media?.close();
        this.calls.delete(callId);
        const secs = ((Date.now() - call.startedAt) / 1000).toFixed(1);
        const f = media?.facts;
        this.emit({
          callId,
          kind: "ended",
          from,
          detail: f
            ? `after ${secs} s: video in ${f.videoPacketsIn}, mirrored ${f.videoPacketsMirrored}, audio in ${f.audioPacketsIn}, ${f.audioPacketsEchoed !== undefined ? `echoed ${f.audioPacketsEchoed}` : `music out ${media?.musicPacketsSent ?? 0}`}`
            : `after ${secs} s`,
          ...(f ? { facts: f } : {}),
        });
        if (this.opts.onCallerReport) {
          const p = this.reportCaller(invitation, call, media)
            .catch((e: unknown) =>
              this.emit({
                callId,
                kind: "error",
                from,
                detail: `could not grade the caller: ${e instanceof Error ? e.message : String(e)}`,
              }),
            )
            .finally(() => this.pendingReports.delete(p));
          this.pendingReports.add(p);
        } else this.wire.delete(callId);
      }
    });
    invitation.accept(timer ? { extraHeaders: acceptHeaders(timer) } : undefined).catch((e: unknown) => {
      this.emit({
        callId,
        kind: "error",
        from,
        detail: `could not answer: ${e instanceof Error ? e.message : String(e)}`,
      });
    });
  }

  /**
   * The callback alias (test-room function 8): keeps the call a moment, hangs up, then calls the
   * caller back at X-Vdm-Callback-Uri or its Contact and keeps that call briefly when answered.
   */
  private async callBack(invitation: Invitation, call: ActiveCall): Promise<CallbackResult | undefined> {
    const cb = this.opts.callback ?? {};
    const uri = callbackTarget(
      invitation.request.getHeader("contact"),
      invitation.request.getHeader(CALLBACK_URI_HEADER),
    );
    await new Promise((r) => setTimeout(r, cb.aliasHoldMs ?? 1000));
    if (invitation.state === SessionState.Established) {
      await new Promise<void>((resolve) => {
        invitation
          .bye({ requestDelegate: { onAccept: () => resolve(), onReject: () => resolve() } })
          .catch(() => resolve());
        setTimeout(resolve, 2000);
      });
    }
    if (!uri) {
      this.emit({
        callId: invitation.request.callId,
        kind: "error",
        from: call.from,
        detail: "callback: no Contact to call back",
      });
      return undefined;
    }
    const media = await RoomCallbackMedia.open({
      publicAddress: this.publicAddress,
      bindAddress: this.opts.listen.find((l) => l.protocol === "udp")?.host ?? this.publicAddress,
      rtpPorts: this.opts.rtpPorts,
      srtp: this.opts.srtp,
      music: (c) => this.music.get(c),
      ...(this.opts.capture ? { tap: this.opts.capture } : {}),
    });
    try {
      const result = await placeCallback(
        this.ua.userAgent,
        uri,
        media,
        (inviter: Inviter) => this.callbackMedia.set(inviter, media),
        { answerTimeoutMs: cb.answerTimeoutMs ?? 10_000, holdMs: cb.holdMs ?? 2000 },
      );
      this.emit({
        callId: invitation.request.callId,
        kind: "ended",
        from: call.from,
        detail: `callback to ${uri}: ${result.answered ? "answered" : `not answered (${result.failure ?? result.status})`}, audio back ${result.audioPacketsReceived}`,
      });
      return result;
    } finally {
      media.close();
    }
  }

  /** Grades the caller of one ended call and hands the report on. */
  private async reportCaller(
    invitation: Invitation,
    call: ActiveCall,
    media: RoomCallMedia | undefined,
  ): Promise<void> {
    const callId = invitation.request.callId;
    const callback = call.callback ? await call.callback.catch(() => undefined) : undefined;
    const probe = call.options ? await call.options : undefined;
    const probeWire = probe?.callId ? (this.probeWire.get(probe.callId) ?? []) : [];
    if (probe?.callId) this.probeWire.delete(probe.callId);
    const wire = this.wire.get(callId) ?? [];
    this.wire.delete(callId);
    const invite = wire.find((e) => e.direction === "in");
    const evidence = callerEvidence({
      wire,
      sipTransport: (invite?.transport ?? "udp") as SipTransportName,
      tls: this.ua.transport.tlsFacts(),
      ...(media?.session ? { negotiated: media.session } : {}),
      endpoints: media?.endpoints ?? {},
      video: media?.videoStructure.facts() ?? {
        packets: 0,
        invalidHeaders: 0,
        spsCount: 0,
        ppsCount: 0,
        idrCount: 0,
        accessUnits: 0,
      },
      keyframeRequests: media?.keyframeRequests ?? [],
      ...(media?.facts.presentation ? { presentation: media.facts.presentation } : {}),
      ...(media?.facts.ice ? { ice: media.facts.ice } : {}),
      ...(probe ? { optionsProbe: { ...probe, wire: probeWire } } : {}),
    });
    const extraChecks =
      dialledUser(invitation) === CALLBACK_USER
        ? functionChecks({
            selected: new Set([8]),
            checks: [],
            callback: callback
              ? {
                  aliasAnswered: true,
                  arrived: callback.reached,
                  answered: callback.answered,
                  calledUri: callback.uri,
                  audioPacketsReceived: callback.audioPacketsReceived,
                  ...(callback.failure ? { failure: callback.failure } : {}),
                }
              : {
                  aliasAnswered: true,
                  arrived: false,
                  answered: false,
                  failure: "the room had no Contact to call back",
                },
          }).filter((c) => c.serves.includes("function-8"))
        : [];
    const report = callerReport({
      from: call.from,
      dialled: call.dialled,
      callId,
      startedAt: new Date(call.startedAt),
      durationMs: Date.now() - call.startedAt,
      wire,
      evidence,
      extraChecks,
      facts: {
        media: media?.facts,
        videoStructure: media?.videoStructure.facts(),
        keyframeRequests: media?.keyframeRequests.map((k) => k.responseMs),
        endpoints: {
          audio: media?.endpoints.audio?.counters,
          video: media?.endpoints.video?.counters,
        },
        callback,
        ...(call.timer ? { sessionTimer: sessionTimerFacts(call.timer.summary) } : {}),
      },
    });
    this.opts.onCallerReport?.(report);
  }

  /** The room's session timer wishes (RFC 4028 §9), or undefined when they are off. */
  private timerPolicy(): UasTimerPolicy | undefined {
    const t = this.opts.sessionTimer;
    if (t === false) return undefined;
    const minSeS = Math.max(1, t?.minSeS ?? RFC4028_MIN_SE);
    return {
      minSeS,
      intervalS: Math.max(minSeS, t?.intervalS ?? RECOMMENDED_SESSION_EXPIRES),
      refresher: t?.refresher ?? "uac",
    };
  }

  private mediaOptions() {
    return {
      publicAddress: this.publicAddress,
      bindAddress: this.publicAddress,
      rtpPorts: this.opts.rtpPorts,
      srtp: this.opts.srtp,
      mirror: this.opts.mirror,
      music: () => undefined,
    };
  }
}

/** The session timer as the caller report keeps it: who refreshed, how often, and any expiry. */
function sessionTimerFacts(t: SessionTimerFacts) {
  return {
    intervalS: t.intervalS,
    refresher: t.refresher === "us" ? "room" : "caller",
    refreshesSent: t.refreshesSent,
    refreshesReceived: t.refreshesReceived,
    ...(t.expired ? { expired: t.expired, expiredAfterS: t.expiredAfterS } : {}),
    events: t.events,
  };
}

/** The user part the caller dialled (kept in X-Vdm-Dialed-Uri when the room rewrote it). */
function dialledUser(session: Session): string {
  if (!(session instanceof Invitation)) return ROOM_USER;
  const dialled = session.request.getHeader(DIALED_URI_HEADER);
  const m = dialled ? /^sips?:([^@;?]+)@/i.exec(dialled.trim().replace(/^<|>$/g, "")) : null;
  return m ? decodeURIComponent(m[1]!).toLowerCase() : ROOM_USER;
}

/** The room's music, encoded once per codec (48 kHz source; each encoder resamples). */
async function encodeMusic(): Promise<Map<AudioCodec, Uint8Array[]>> {
  const pcm = renderMusic(48000);
  const entries = await Promise.all(
    AUDIO_CODECS.map(async (c) => [c, await encodeAudioPayloads(pcm, 48000, c, 20)] as const),
  );
  return new Map(entries);
}

export function defaultTlsCacheDir(): string {
  return join(process.cwd(), ".vdm-test", "tls");
}
