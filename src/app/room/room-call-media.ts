import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { applyNegotiated } from "../../adapters/media/apply-negotiated.js";
import { AudioSender } from "../../adapters/media/audio-sender.js";
import { RtcpSession } from "../../adapters/media/rtcp-session.js";
import { ROOM_RETRANSMISSION_HISTORY, RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import type { PortRange } from "../../adapters/media/udp-port-pair.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import { H264Observer } from "../../analysis/h264-observer.js";
import {
  type AudioCodec,
  audioCodecFromEncodingName,
  rtpTimestampIncrement,
} from "../../media/audio/codecs.js";
import { NackTracker } from "../../media/nack-tracker.js";
import { createReceiveStats, type ReceiveStats } from "../../media/rtp-stats.js";
import type { FloorPolicy } from "../../protocol/bfcp/floor-server.js";
import { ParseError } from "../../protocol/parse-error.js";
import { tryParseRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { type AnswerResult, answerOffer } from "../../protocol/sdp/answer-offer.js";
import { defaultCapabilities } from "../../protocol/sdp/capabilities.js";
import { type IceCredentials, iceCredentials, pairable, readIce } from "../../protocol/sdp/ice-sdp.js";
import type { MediaHandler } from "../../protocol/sdp/media-handler.js";
import { readSdp } from "../../protocol/sdp/media-section.js";
import { retransmissionAgreed } from "../../protocol/sdp/rtcp-feedback.js";
import type { NegotiatedSession, SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import { answerCheck, type ReceivedCheck } from "../../protocol/stun/ice-checks.js";
import { startsKeyframe } from "../../room/keyframe-start.js";
import { createMirror, type Mirror } from "../../room/mirror.js";
import type { EncodedPicture } from "../../room/video-payload-loop.js";
import type { MediaTransforms, PresentationToken } from "./room-front.js";
import { RoomPresentation, type RoomPresentationFacts } from "./room-presentation.js";

export interface RoomCallOptions {
  publicAddress: string;
  bindAddress: string;
  rtpPorts: PortRange;
  srtp: SrtpPolicy;
  /** Reflect the caller's video back (the mirror). Off only to show that the check fails. */
  mirror: boolean;
  music: (codec: AudioCodec) => readonly Uint8Array[] | undefined;
  /** Decision on every FloorRequest (RFC 8855 §13.1); "deny" with `serve --deny-floor`. Default grant. */
  floorPolicy?: FloorPolicy;
  /** The presentation alias was dialled: the room takes the floor and sends its slides. */
  presentationAlias?: boolean;
  /** The room's slides, pre-encoded once (undefined while still encoding or when it failed). */
  slides?: () => readonly EncodedPicture[] | undefined;
  /** The echo alias: loop the caller's audio back (new SSRC, continuous seq/ts) instead of music. */
  echo?: boolean;
  /** Accept a caller's a=rtcp-mux (RFC 5761); default true. False shows the rtcp-mux check warning. */
  rtcpMux?: boolean;
  /** Answer a caller's ICE as an ICE-lite agent (RFC 8445 §2.5); default true. */
  iceLite?: boolean;
  /** Sees the call's RTP/RTCP, BFCP and slides traffic (`serve --pcap`). */
  tap?: WireTap;
  /** The presentation token comes with the signalling (H.323's H.239), not BFCP. */
  tokenBySignalling?: boolean;
}

export interface RoomCallFacts {
  audioCodec?: string;
  videoCodec?: string;
  srtp: { audio?: string; video?: string };
  videoPacketsIn: number;
  videoPacketsMirrored: number;
  audioPacketsIn: number;
  /** Caller audio packets looped back (the echo alias). */
  audioPacketsEchoed?: number;
  musicPacketsOut: number;
  keyframeRequestsForwarded: number;
  /** BFCP and the slides stream, when the caller offered them. */
  presentation?: RoomPresentationFacts;
  /** ICE, when the caller offered it: the room answered as ICE-lite and took its checks. */
  ice?: RoomIceFacts;
}

/** The connectivity checks a caller ran against the room's host candidates (RFC 8445 §7.3). */
export interface RoomIceFacts {
  /** Streams whose offer carried ICE: each should see checks and a nomination. */
  streams: number;
  /** Binding requests answered (any status). */
  requests: number;
  succeeded: number;
  /** USE-CANDIDATE on a successful check: the pair the caller nominated, per stream ("audio 127.0.0.1:5000"). */
  nominated: string[];
  /** The first checks, as received. */
  checks: (ReceivedCheck & { kind: "audio" | "video" })[];
  /** STUN that was not a check we could answer (bad FINGERPRINT, not a Binding request). */
  ignored: number;
}

/** Answers an offer the way answerOffer does, as the room; throws nothing for a bad offer. */
function answerAsRoom(
  sdp: string,
  opts: RoomCallOptions,
  ports: { audio: number; video: number },
  keys: { audio: Uint8Array; video: Uint8Array },
  sessionId: string,
  previous?: NegotiatedSession,
  handlers?: readonly MediaHandler[],
  iceLite?: IceCredentials,
): AnswerResult {
  try {
    return answerOffer(
      sdp,
      { ...defaultCapabilities(), rtcpMux: opts.rtcpMux ?? true },
      {
        address: opts.publicAddress,
        ports: { audio: ports.audio, video: ports.video },
        srtp: opts.srtp,
        keys,
        sessionId,
        warnAgent: opts.publicAddress,
        sessionName: "Testrum vdm-test",
        ...(previous ? { previous } : {}),
        ...(handlers ? { handlers } : {}),
        ...(iceLite ? { iceLite } : {}),
      },
    );
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const reason = `malformed SDP: ${e.message}`;
    return {
      ok: false,
      status: 488,
      warning: `399 ${opts.publicAddress} "${reason.replace(/"/g, "'")}"`,
      reason,
      rejected: [],
    };
  }
}

/**
 * The room's side of one call: answers the caller's offer, mirrors its video back (new SSRC,
 * continuous sequence numbers and timestamps, re-protected with the room's keys), and plays the
 * music pre-encoded for the agreed codec. No decoding or encoding per call.
 */
export class RoomCallMedia {
  session: NegotiatedSession | undefined;
  readonly facts: RoomCallFacts = {
    srtp: {},
    videoPacketsIn: 0,
    videoPacketsMirrored: 0,
    audioPacketsIn: 0,
    musicPacketsOut: 0,
    keyframeRequestsForwarded: 0,
  };
  /** What the caller sent us (RFC 3550 statistics), the evidence for grading the caller. */
  readonly videoStats: ReceiveStats = createReceiveStats({ clockRate: () => 90000 });
  audioStats: ReceiveStats | undefined;
  /** The caller's H.264 structure (SPS size, IDRs, frame rate) from RTP, without decoding. */
  readonly videoStructure = new H264Observer();
  /** Our keyframe requests to the caller and how long each took to answer (null: never). */
  readonly keyframeRequests: { sentAt: number; responseMs: number | null }[] = [];
  private audio: RtpEndpoint | undefined;
  private video: RtpEndpoint | undefined;
  private readonly keys = { audio: randomBytes(30), video: randomBytes(30) };
  private readonly sessionId = String(randomBytes(4).readUInt32BE(0));
  private readonly ice = iceCredentials(randomBytes(30));
  private readonly mirrorSsrc = randomBytes(4).readUInt32BE(0);
  private readonly audioSsrc = randomBytes(4).readUInt32BE(0);
  /** Called each time the room asks the caller for a keyframe in RTCP: the front may ask in its signalling too. */
  onKeyframeAsked: (() => void) | undefined;
  private mirror: Mirror | undefined;
  private music: AudioSender | undefined;
  private videoRtcp: RtcpSession | undefined;
  private audioRtcp: RtcpSession | undefined;
  private callerVideoSsrc: number | undefined;
  private pendingAnswer: string | undefined;
  private started = false;
  private closed = false;
  private readonly presentation: RoomPresentation;

  constructor(private readonly opts: RoomCallOptions) {
    this.presentation = new RoomPresentation({
      bindAddress: opts.bindAddress,
      rtpPorts: opts.rtpPorts,
      floorPolicy: opts.floorPolicy ?? "grant",
      presentationAlias: opts.presentationAlias ?? false,
      slides: opts.slides ?? (() => undefined),
      mirrorInput: (buf, at) => this.mirrorSlides(buf, at),
      requestCameraKeyframe: (at) => this.videoRtcp?.requestKeyframe(this.callerVideoSsrc, at),
      ...(opts.tap ? { tap: opts.tap } : {}),
      rtcpMux: opts.rtcpMux ?? true,
      ...(opts.tokenBySignalling ? { tokenBySignalling: true } : {}),
    });
  }

  /** The signalling's presentation token (H.239), once the call is up. */
  useToken(token: PresentationToken): void {
    this.presentation.useToken(token);
  }

  /** An offer the room cannot take: throws why (sip.js answers a re-INVITE's with 488). */
  async acceptOffer(sdp: string): Promise<void> {
    const r = await this.negotiate(sdp);
    if (!r.ok) throw new Error(r.reason);
  }

  /**
   * Negotiates one offer (the first, or a later one in the call), once: opens the call's sockets
   * on the first, keeps the answer for createAnswer(), or says why the offer cannot be taken.
   */
  async negotiate(sdp: string): Promise<AnswerResult> {
    await this.openEndpoints();
    // BFCP and slides sockets are opened when first offered (first INVITE or a re-INVITE).
    await this.presentation.prepare(sdp);
    const r = answerAsRoom(
      sdp,
      this.opts,
      { audio: this.audio!.rtpPort, video: this.video!.rtpPort },
      this.keys,
      this.sessionId,
      this.session,
      this.presentation.handlers(),
      this.opts.iceLite === false ? undefined : this.ice,
    );
    if (!r.ok) return r;
    const previous = this.session;
    this.session = r.session;
    this.pendingAnswer = r.sdp;
    if (r.session.audio) applyNegotiated(this.audio!, r.session.audio, previous?.audio);
    if (r.session.video) applyNegotiated(this.video!, r.session.video, previous?.video);
    this.presentation.negotiated(r.session);
    this.facts.presentation = this.presentation.facts;
    this.facts.audioCodec = r.session.audio?.codec?.name;
    this.facts.videoCodec = r.session.video?.codec?.name;
    this.facts.srtp = { audio: r.session.audio?.srtp?.suite, video: r.session.video?.srtp?.suite };
    if (/^a=ice-lite/m.test(r.sdp)) this.takeIceChecks(sdp);
    return r;
  }

  /** RFC 8445 §2.5: as the lite side the room only answers checks; it records them as evidence. */
  private takeIceChecks(offer: string): void {
    if (this.facts.ice) return;
    const facts: RoomIceFacts = {
      streams: 0,
      requests: 0,
      succeeded: 0,
      nominated: [],
      checks: [],
      ignored: 0,
    };
    this.facts.ice = facts;
    const reading = readSdp(offer);
    for (const kind of ["audio", "video"] as const) {
      const endpoint = this[kind];
      const m = this.session?.[kind];
      if (!endpoint || !m || !readIce(reading, reading.media[m.index]!)) continue;
      facts.streams++;
      endpoint.onStun = (packet, from, component) => {
        const a = pairable(endpoint.localAddress, from.address)
          ? answerCheck(packet, from, component, this.ice, performance.now())
          : ({
              kind: "ignored",
              reason: `source ${from.address} is not reachable from ${endpoint.localAddress}`,
            } as const);
        if (a.kind === "ignored") {
          facts.ignored++;
          return;
        }
        endpoint.sendStun(a.response, from, component);
        facts.requests++;
        if (a.check.status === 200) facts.succeeded++;
        if (facts.checks.length < 20) facts.checks.push({ ...a.check, kind });
        const pair = `${kind} ${from.address}:${from.port}`;
        if (a.check.status === 200 && a.check.useCandidate && !facts.nominated.includes(pair))
          facts.nominated.push(pair);
        // RFC 8445 §7.3.1.5: a nominated pair is ICE-verified: media latches to it for good.
        if (a.check.status === 200 && a.check.useCandidate) endpoint.latchTo(from, component);
      };
    }
  }

  async createAnswer(): Promise<string> {
    if (!this.pendingAnswer) throw new Error("no offer to answer");
    this.startMedia();
    if (!this.closed) this.presentation.start();
    return this.pendingAnswer;
  }

  /** Media encrypted by the signalling's means (H.323: H.235.6): the transforms take SRTP's place. */
  secureWith(t: MediaTransforms): void {
    this.audio?.setSrtp(t.audio);
    this.video?.setSrtp(t.video);
  }

  close(): void {
    this.facts.musicPacketsOut = this.music?.packetsSent ?? 0;
    if (this.closed) return;
    this.closed = true;
    this.music?.stop();
    this.facts.presentation = this.presentation.snapshot();
    this.presentation.close();
    this.videoRtcp?.sendBye();
    this.videoRtcp?.stop();
    this.audioRtcp?.stop();
    this.audio?.close();
    this.video?.close();
  }

  private async openEndpoints(): Promise<void> {
    if (this.audio && this.video) return;
    const common = {
      localAddress: this.opts.bindAddress,
      portRange: this.opts.rtpPorts,
      rtcpMux: false,
      now: () => performance.now(),
      // Symmetric RTP (RFC 4961): answer to where the caller's media really comes from, so
      // callers behind NAT still get their picture back.
      latch: true,
      ...(this.opts.tap ? { tap: this.opts.tap } : {}),
    };
    this.audio = await RtpEndpoint.open(common);
    this.video = await RtpEndpoint.open(common).catch((e) => {
      this.audio?.close();
      throw e;
    });
  }

  private startMedia(): void {
    if (this.started || !this.session || this.closed) return;
    this.started = true;
    const s = this.session;
    const video = this.video!;
    const audio = this.audio!;
    const vm = s.video;
    if (vm?.codec) {
      this.mirror = createMirror({
        ssrc: this.mirrorSsrc,
        initialSeq: randomBytes(2).readUInt16BE(0),
        initialTs: randomBytes(4).readUInt32BE(0),
        payloadType: vm.codec.payloadType,
      });
      const mirror = this.mirror;
      this.videoRtcp = new RtcpSession(
        video,
        {
          ssrc: this.mirrorSsrc,
          sending: () => {
            const st = mirror.state();
            return st.lastTs === undefined
              ? undefined
              : { rtpTimestamp: st.lastTs, packets: st.packets, octets: 0 };
          },
        },
        "testrum@vdm-test",
        this.videoStats,
      );
      const rtcp = this.videoRtcp;
      rtcp.onKeyframeRequest = () => this.keyframeRequested();
      const h264 = /^h264$/i.test(vm.codec.name);
      // RFC 4585 §6.2.1: with nack agreed the room asks the caller again for what it lost, so
      // the mirror returns whole frames, and answers the caller's NACKs from what it sent.
      const nack = retransmissionAgreed(vm) ? new NackTracker() : undefined;
      if (nack) video.keepHistory(ROOM_RETRANSMISSION_HISTORY);
      video.onRtp = (buf, info) => {
        this.facts.videoPacketsIn++;
        if (nack && buf.length >= 12)
          rtcp.sendNack(this.callerVideoSsrc, nack.onPacket((buf[2]! << 8) | buf[3]!, info.at));
        // Parsed once: the statistics, the H.264 structure and the first SSRC all read it.
        const p = tryParseRtpPacket(buf);
        if (!p) return;
        this.videoStats.record(
          {
            ssrc: p.ssrc,
            sequenceNumber: p.sequenceNumber,
            timestamp: p.timestamp,
            payloadType: p.payloadType,
            size: buf.length,
            marker: p.marker,
          },
          info.at,
        );
        if (h264) this.observeVideo(p.payload, p.timestamp, info.at);
        if (this.callerVideoSsrc === undefined) {
          this.callerVideoSsrc = p.ssrc;
          // A fresh mirror starts with a keyframe so the caller sees itself at once.
          this.askKeyframe(rtcp, info.at);
        }
        if (!this.opts.mirror) return;
        if (!this.presentation.feedCamera(buf, info.at)) return;
        const out = mirror.rewrite(buf, info.at, "camera");
        if (out) {
          // The packet came from the socket and is read no more: SRTP may protect it in place.
          video.sendRtp(out, true);
          this.facts.videoPacketsMirrored++;
        }
      };
      rtcp.start();
    }
    const am = s.audio;
    const codec: AudioCodec | undefined = am?.codec ? audioCodecFromEncodingName(am.codec.name) : undefined;
    if (am?.codec && codec) {
      const clock = am.codec.clockRate;
      this.audioStats = createReceiveStats({ clockRate: () => clock });
      const audioStats = this.audioStats;
      const payloads = this.opts.echo ? undefined : this.opts.music(codec);
      if (payloads && payloads.length > 0) {
        this.music = new AudioSender({
          endpoint: audio,
          payloadType: am.codec.payloadType,
          ssrc: this.audioSsrc,
          payloads,
          ticksPerPacket: rtpTimestampIncrement(codec, 20),
          ptimeMs: 20,
        });
        this.music.start();
      }
      const music = this.music;
      // The echo alias reflects the caller's audio like the mirror reflects video (RFC 3550 §5.1:
      // our own SSRC, sequence numbers and timestamps continuous across the caller's).
      const echo = this.opts.echo
        ? createMirror({
            ssrc: this.audioSsrc,
            initialSeq: randomBytes(2).readUInt16BE(0),
            initialTs: randomBytes(4).readUInt32BE(0),
            payloadType: am.codec.payloadType,
            clockRate: clock,
          })
        : undefined;
      this.audioRtcp = new RtcpSession(
        audio,
        {
          ssrc: this.audioSsrc,
          sending: () =>
            echo
              ? echo.state().lastTs === undefined
                ? undefined
                : { rtpTimestamp: echo.state().lastTs!, packets: echo.state().packets, octets: 0 }
              : music
                ? {
                    rtpTimestamp: music.rtpTimestampAt(performance.now()),
                    packets: music.packetsSent,
                    octets: music.octetsSent,
                  }
                : undefined,
        },
        "testrum@vdm-test",
        audioStats,
      );
      this.audioRtcp.start();
      audio.onRtp = (buf, info) => {
        this.facts.audioPacketsIn++;
        audioStats.recordBytes(buf, info.at);
        if (!echo) return;
        // recordBytes has read the packet; the rewrite may now change it in place.
        const out = echo.rewrite(buf, info.at, "caller");
        if (out) {
          audio.sendRtp(out);
          this.facts.audioPacketsEchoed = (this.facts.audioPacketsEchoed ?? 0) + 1;
        }
      };
    }
  }

  /**
   * The caller's receiver asks the mirror for a keyframe (RTCP PLI/FIR, or the signalling's own
   * request): only the caller's own sender can make one, so the request is passed back to it.
   */
  keyframeRequested(): void {
    const rtcp = this.videoRtcp;
    if (!rtcp) return;
    this.facts.keyframeRequestsForwarded++;
    // While the presentation is shown, the picture comes from the caller's slides sender.
    if (this.presentation.showingSlides) this.presentation.requestSlidesKeyframe(performance.now());
    else this.askKeyframe(rtcp, performance.now());
  }

  /** Feeds the caller's H.264 structure and times the keyframe that answers our request. */
  private observeVideo(payload: Uint8Array, timestamp: number, at: number): void {
    this.videoStructure.observe(payload, timestamp, at);
    if (!startsKeyframe(payload)) return;
    for (const k of this.keyframeRequests)
      if (k.responseMs === null && at >= k.sentAt) k.responseMs = Math.round(at - k.sentAt);
  }

  /** A slides packet the presentation switch lets through to the mirror. */
  private mirrorSlides(buf: Uint8Array, at: number): void {
    if (!this.opts.mirror || !this.mirror || !this.video) return;
    const out = this.mirror.rewrite(buf, at, "slides");
    if (out) {
      this.video.sendRtp(out);
      this.facts.videoPacketsMirrored++;
    }
  }

  /** The audio and video RTP endpoints (counters: packets, auth failures, sources), once open. */
  get endpoints(): { audio?: RtpEndpoint; video?: RtpEndpoint } {
    return { ...(this.audio ? { audio: this.audio } : {}), ...(this.video ? { video: this.video } : {}) };
  }

  /** Asks the caller for a keyframe (PLI + FIR) and remembers when, to time its answer. */
  private askKeyframe(rtcp: RtcpSession, at: number): void {
    const before = rtcp.stats.pliSent;
    rtcp.requestKeyframe(this.callerVideoSsrc, at);
    if (rtcp.stats.pliSent === before) return;
    this.onKeyframeAsked?.();
    if (this.keyframeRequests.length < 50) this.keyframeRequests.push({ sentAt: at, responseMs: null });
  }

  /**
   * Packets the caller's media sent so far, RTP and RTCP of every stream (slides included): while
   * it grows the call's media is alive.
   */
  get packetsFromCaller(): number {
    let n = this.facts.presentation?.slidesPacketsIn ?? 0;
    for (const e of [this.audio, this.video]) if (e) n += e.counters.rtpReceived + e.counters.rtcpReceived;
    return n;
  }

  get musicPacketsSent(): number {
    return this.music?.packetsSent ?? 0;
  }
}
