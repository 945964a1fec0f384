import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { BfcpLink } from "../../adapters/bfcp/bfcp-link.js";
import { ParticipantFloorControl } from "../../adapters/bfcp/participant-floor-control.js";
import { applyNegotiated } from "../../adapters/media/apply-negotiated.js";
import { AudioReceiver } from "../../adapters/media/audio-receiver.js";
import { AudioSender } from "../../adapters/media/audio-sender.js";
import { KeyframeProbe } from "../../adapters/media/keyframe-probe.js";
import { mediaPaths } from "../../adapters/media/path-figures.js";
import { RtcpSession } from "../../adapters/media/rtcp-session.js";
import { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import type { OfferAnswerParty } from "../../adapters/media/session-description-handler.js";
import { VideoReceiver } from "../../adapters/media/video-receiver.js";
import { VideoSender } from "../../adapters/media/video-sender.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import { H264Observer } from "../../analysis/h264-observer.js";
import type { PathFigures } from "../../conformance/network-bounds.js";
import {
  type AudioCodec,
  audioCodecFromEncodingName,
  rtpTimestampIncrement,
} from "../../media/audio/codecs.js";
import { FrameFamily } from "../../media/frame-code.js";
import { createReceiveStats, type ReceiveStats } from "../../media/rtp-stats.js";
import { ParseError } from "../../protocol/parse-error.js";
import { tryParseRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { answerOffer } from "../../protocol/sdp/answer-offer.js";
import type { BfcpNegotiation } from "../../protocol/sdp/bfcp-sdp.js";
import { buildOffer, type LocalOffer } from "../../protocol/sdp/build-offer.js";
import { defaultCapabilities } from "../../protocol/sdp/capabilities.js";
import { packetizationMode } from "../../protocol/sdp/h264.js";
import { readAnswer } from "../../protocol/sdp/read-answer.js";
import { capabilitiesForReoffer } from "../../protocol/sdp/reoffer.js";
import { retransmissionAgreed } from "../../protocol/sdp/rtcp-feedback.js";
import type { NegotiatedMedia, NegotiatedSession, SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import { startsKeyframe } from "../../room/keyframe-start.js";
import { CallerIce } from "./caller-ice.js";
import {
  buildPresentationOffer,
  buildSlidesOnlyOffer,
  type PresentationOffer,
  readPresentationAnswer,
} from "./presentation-offer.js";

export interface CallerMediaOptions {
  localAddress: string;
  srtp: SrtpPolicy;
  ffmpegPath: string;
  video: { width: number; height: number; fps: number; bitrateKbps: number };
  /** Our outgoing audio (markers), encoded per codec ahead of the call. */
  audioPayloads: (codec: AudioCodec) => readonly Uint8Array[] | undefined;
  /** Offer BFCP (RFC 8856) over this transport and a slides video (RFC 4796); undefined offers neither. */
  presentation?: { transport: "tcp" | "udp" | "h239" };
  /** Offer audio only (the short calls to the echo alias): no video m-line, no ffmpeg video. */
  audioOnly?: boolean;
  /** Sees every RTP/RTCP/BFCP datagram and BFCP stream byte on our sockets (`--pcap`). */
  tap?: WireTap;
  /** Offer ICE and run connectivity checks as the controlling agent (RFC 8445); default true. */
  ice?: boolean;
}

/** Our slides pattern: frame-code family 1 at 1280x720, 5 fps. */
export const CALLER_SLIDES = { width: 1280, height: 720, fps: 5, bitrateKbps: 800 } as const;

/** Thrown when the far end's SDP cannot be used; the call reports it and hangs up. */
export class MediaNegotiationError extends Error {
  override readonly name = "MediaNegotiationError";
}

const PORTS = { from: 30000, to: 39999 };

/**
 * Our side of a test call's media: makes the offer, reads the answer, then sends the test
 * pattern and marker audio and receives what comes back. Also answers re-INVITEs (hold/resume,
 * refresh) without interrupting media.
 */
export class CallerMedia implements OfferAnswerParty {
  session: NegotiatedSession | undefined;
  offer: LocalOffer | undefined;
  readonly negotiationNotes: string[] = [];
  videoSender: VideoSender | undefined;
  audioSender: AudioSender | undefined;
  videoReceiver: VideoReceiver | undefined;
  audioReceiver: AudioReceiver | undefined;
  videoRtcp: RtcpSession | undefined;
  audioRtcp: RtcpSession | undefined;
  audioCodec: AudioCodec | undefined;
  /** The first video RTP packet from the far end (performance.now()). */
  firstVideoAt: number | undefined;
  firstAudioAt: number | undefined;
  remoteVideoSsrc: number | undefined;
  /** RFC 3550 receive statistics per stream (loss, jitter, bitrate). */
  readonly videoStats: ReceiveStats = createReceiveStats({ clockRate: () => 90000 });
  audioStats: ReceiveStats | undefined;
  private readonly ssrcs = { audio: randomBytes(4).readUInt32BE(0), video: randomBytes(4).readUInt32BE(0) };
  private readonly keys = { audio: randomBytes(30), video: randomBytes(30) };
  private readonly sessionId = String(randomBytes(4).readUInt32BE(0));
  private pendingAnswer: string | undefined;
  private offerVersion = 0;
  /** Offers we made: 1 for the INVITE, more for each re-INVITE. */
  get offersMade(): number {
    return this.offerVersion;
  }
  private started = false;

  /** Negotiated BFCP, when the answer accepted it. */
  bfcp: BfcpNegotiation | undefined;
  /** The slides m-line as negotiated, when accepted. */
  slidesMedia: NegotiatedMedia | undefined;
  /** Why BFCP or slides were not agreed, and what was odd in the far end's SDP. */
  readonly presentationNotes: string[] = [];
  floor: ParticipantFloorControl | undefined;
  slidesSender: VideoSender | undefined;
  /** What arrives on the content stream (the presentation alias's slides). */
  slidesReceiver: VideoReceiver | undefined;
  slidesRtcp: RtcpSession | undefined;
  readonly slidesStats: ReceiveStats = createReceiveStats({ clockRate: () => 90000 });
  private presentationOffer: PresentationOffer | undefined;
  private remoteSlidesSsrc: number | undefined;
  private readonly slidesSsrc = randomBytes(4).readUInt32BE(0);
  private readonly slidesKey = randomBytes(30);
  /** Our deliberate keyframe requests (RFC 4585 PLI with FIR) and when the next keyframe began to arrive. */
  readonly keyframeProbe = new KeyframeProbe((now, repeat) => this.sendKeyframeRequest(now, repeat));
  /** How the probe asks when the signalling carries keyframe requests (H.323); else RTCP. */
  private signalledKeyframe: (() => boolean) | undefined;
  /** H.264 structure of the far end's main video (SPS size, IDRs, frame rate), without decoding. */
  readonly videoStructure = new H264Observer();
  /** Our ICE agent, unless ICE is off; its facts are the evidence for the far end's ICE. */
  readonly ice: CallerIce | undefined;
  private iceChecks: Promise<void> | undefined;

  private constructor(
    private readonly opts: CallerMediaOptions,
    readonly audio: RtpEndpoint,
    readonly video: RtpEndpoint,
    readonly bfcpLink: BfcpLink | undefined,
    readonly slides: RtpEndpoint | undefined,
  ) {
    this.ice = opts.ice === false ? undefined : new CallerIce({ audio, video });
  }

  static async open(opts: CallerMediaOptions): Promise<CallerMedia> {
    const common = {
      localAddress: opts.localAddress,
      portRange: PORTS,
      rtcpMux: false,
      now: () => performance.now(),
      ...(opts.tap ? { tap: opts.tap } : {}),
    };
    const opened: { close(): void }[] = [];
    try {
      const audio = await RtpEndpoint.open({ ...common, latch: false });
      opened.push(audio);
      const video = await RtpEndpoint.open({ ...common, latch: false });
      opened.push(video);
      let link: BfcpLink | undefined;
      let slides: RtpEndpoint | undefined;
      const transport = opts.presentation?.transport;
      if (opts.presentation) {
        // H.239 (H.323) carries its token in H.245: a slides line, no BFCP socket.
        if (transport !== "h239") {
          link = await ParticipantFloorControl.openLink(transport!, opts.localAddress, opts.tap);
          opened.push(link);
        }
        slides = await RtpEndpoint.open({ ...common, latch: false });
      }
      return new CallerMedia(opts, audio, video, link, slides);
    } catch (e) {
      for (const o of opened) o.close();
      throw e;
    }
  }

  /**
   * Our offer. A re-INVITE (RFC 3264 §8) keeps ports, SSRCs, keys and the o= session id and
   * raises the o= version, so the far end sees a refresh, not a new session.
   */
  async createOffer(): Promise<string> {
    this.offerVersion++;
    const transport = this.opts.presentation?.transport;
    if (transport === "h239" && this.slides) {
      this.presentationOffer = buildSlidesOnlyOffer({
        slidesPort: this.slides.rtpPort,
        address: this.opts.localAddress,
        srtp: this.opts.srtp,
        slidesKey: this.slidesKey,
        slidesSsrc: this.slidesSsrc,
        sessionId: this.sessionId,
      });
    } else if (this.bfcpLink && this.slides && transport && transport !== "h239") {
      this.presentationOffer = buildPresentationOffer({
        transport,
        bfcpPort: this.bfcpLink.localPort,
        slidesPort: this.slides.rtpPort,
        address: this.opts.localAddress,
        srtp: this.opts.srtp,
        slidesKey: this.slidesKey,
        slidesSsrc: this.slidesSsrc,
        sessionId: this.sessionId,
        // A refresh says the BFCP connection stays (RFC 8856 §8, RFC 4145 a=connection:existing).
        existing: this.bfcp !== undefined,
      });
    }
    this.offer = buildOffer({
      ...(this.session ? { capabilities: capabilitiesForReoffer(this.session, defaultCapabilities()) } : {}),
      ...(this.presentationOffer ? { extraMedia: this.presentationOffer.extraMedia } : {}),
      sessionVersion: this.offerVersion,
      address: this.opts.localAddress,
      audio: {
        port: this.audio.rtpPort,
        ssrc: this.ssrcs.audio,
        rtcpPort: this.audio.rtpPort + 1,
        ...(this.ice ? { ice: this.ice.mediaLines(this.audio) } : {}),
      },
      ...(this.opts.audioOnly
        ? {}
        : {
            video: {
              port: this.video.rtpPort,
              ssrc: this.ssrcs.video,
              rtcpPort: this.video.rtpPort + 1,
              ...(this.ice ? { ice: this.ice.mediaLines(this.video) } : {}),
            },
          }),
      ...(this.ice ? { iceSession: this.ice.sessionLines() } : {}),
      srtp: this.opts.srtp,
      keys: { audio: this.keys.audio, video: this.keys.video },
      // RFC 5761: offered with a fallback port; both sockets stay bound until the answer decides.
      rtcpMux: true,
      sessionId: this.sessionId,
    });
    return this.offer.sdp;
  }

  async acceptAnswer(sdp: string): Promise<void> {
    if (!this.offer) throw new MediaNegotiationError("an answer arrived before we made an offer");
    let r: ReturnType<typeof readAnswer>;
    try {
      r = readAnswer(this.offer, sdp);
    } catch (e) {
      if (e instanceof ParseError)
        throw new MediaNegotiationError(`the answer's SDP is malformed: ${e.message}`);
      throw e;
    }
    if (!r.ok) throw new MediaNegotiationError(r.reason);
    this.configure(r.session);
    // RFC 8445 §8.1: the controlling agent checks and nominates once, after the first answer.
    if (this.ice && !this.iceChecks) this.iceChecks = this.ice.check(sdp, r.session);
    if (this.presentationOffer) this.takePresentationAnswer(this.presentationOffer, sdp);
  }

  private takePresentationAnswer(offer: PresentationOffer, sdp: string): void {
    const p = readPresentationAnswer(
      offer,
      sdp,
      offer.bfcp
        ? this.offer!.media.findIndex((m) => m.kind === "bfcp")
        : this.offer!.media.findIndex((m) => m.kind === "slides") - 1,
    );
    for (const n of p.notes) if (!this.presentationNotes.includes(n)) this.presentationNotes.push(n);
    if (p.bfcp) this.bfcp ??= p.bfcp;
    if (p.slides && this.slides) {
      applyNegotiated(this.slides, p.slides, this.slidesMedia);
      this.slidesMedia = p.slides;
    }
  }

  async acceptOffer(sdp: string): Promise<void> {
    const r = answerOffer(sdp, defaultCapabilities(), {
      address: this.opts.localAddress,
      ports: { audio: this.audio.rtpPort, video: this.video.rtpPort },
      srtp: this.opts.srtp,
      keys: { audio: this.keys.audio, video: this.keys.video },
      ssrcs: { audio: this.ssrcs.audio, video: this.ssrcs.video },
      sessionId: this.sessionId,
      ...(this.session ? { previous: this.session } : {}),
    });
    if (!r.ok) throw new MediaNegotiationError(r.reason);
    this.pendingAnswer = r.sdp;
    this.configure(r.session);
  }

  async createAnswer(): Promise<string> {
    if (!this.pendingAnswer) throw new MediaNegotiationError("no offer to answer");
    return this.pendingAnswer;
  }

  /** Starts sending and receiving once the call is answered. */
  startMedia(): void {
    if (this.started || !this.session) return;
    this.started = true;
    const session = this.session;
    if (session.video?.codec && /^h264$/i.test(session.video.codec.name)) this.startVideo(session.video);
    else if (session.video?.codec) {
      this.negotiationNotes.push(
        `video codec ${session.video.codec.name} is not H.264: no test pattern sent`,
      );
    }
    this.startPresentation();
    const audio = session.audio;
    const codec = audio?.codec ? audioCodecFromEncodingName(audio.codec.name) : undefined;
    if (audio && codec) this.startAudio(audio, codec);
  }

  /** Our test pattern out, the far end's video in (H.264), with RTCP and keyframe requests both ways. */
  private startVideo(negotiated: NegotiatedMedia): void {
    const codec = negotiated.codec!;
    // RFC 4585 §6.2.1: with nack agreed, we keep what we sent for the far end's NACKs and NACK
    // our own gaps after a short hold (reordering is not loss).
    const nack = retransmissionAgreed(negotiated);
    if (nack) this.video.keepHistory(RETRANSMISSION_HISTORY);
    this.videoReceiver = new VideoReceiver(this.opts.ffmpegPath, {
      ...(nack
        ? { holdMs: NACK_HOLD_MS, nack: (seqs) => this.videoRtcp?.sendNack(this.remoteVideoSsrc, seqs) }
        : {}),
      onKeyframe: () => this.videoRtcp?.keyframeArrived(),
    });
    const sender = new VideoSender({
      endpoint: this.video,
      payloadType: codec.payloadType,
      ssrc: this.ssrcs.video,
      ...this.opts.video,
      family: FrameFamily.camera,
      packetizationMode: packetizationMode(codec.fmtp) === 0 ? 0 : 1,
      ffmpegPath: this.opts.ffmpegPath,
    });
    this.videoSender = sender;
    const rtcp = new RtcpSession(
      this.video,
      {
        ssrc: this.ssrcs.video,
        sending: () => ({
          rtpTimestamp: 0,
          packets: sender.stats.packetsSent,
          octets: sender.stats.bytesSent,
        }),
      },
      "vdm-test",
      this.videoStats,
    );
    this.videoRtcp = rtcp;
    rtcp.onKeyframeRequest = () => sender.requestKeyframe();
    this.videoReceiver.onKeyframeNeeded = () => rtcp.recoverPicture(this.remoteVideoSsrc, performance.now());
    this.video.onRtp = (buf, info) => this.onVideoRtp(buf, info.at);
    sender.start();
    rtcp.start();
  }

  /** Our marker audio out (when encoded for the agreed codec), the far end's audio in, with RTCP. */
  private startAudio(negotiated: NegotiatedMedia, codec: AudioCodec): void {
    const format = negotiated.codec!;
    this.audioCodec = codec;
    const clockRate = format.clockRate;
    this.audioReceiver = new AudioReceiver(format.payloadType, clockRate);
    this.audioStats = createReceiveStats({ clockRate: () => clockRate });
    const payloads = this.opts.audioPayloads(codec);
    if (payloads && payloads.length > 0) {
      this.audioSender = new AudioSender({
        endpoint: this.audio,
        payloadType: format.payloadType,
        ssrc: this.ssrcs.audio,
        payloads,
        ticksPerPacket: rtpTimestampIncrement(codec, MARKER_PTIME_MS),
        ptimeMs: MARKER_PTIME_MS,
        keepTimes: true,
        // A marker takes ten packets: after a stall of our timer up to half a second, what is
        // late still goes out (each packet timed as it went), rather than holes in the markers.
        maxBurst: 25,
      });
      this.audioSender.start();
    }
    const audioSender = this.audioSender;
    this.audioRtcp = new RtcpSession(
      this.audio,
      {
        ssrc: this.ssrcs.audio,
        sending: () =>
          audioSender ? { rtpTimestamp: 0, packets: audioSender.packetsSent, octets: 0 } : undefined,
      },
      "vdm-test",
      this.audioStats,
    );
    this.audioRtcp.start();
    this.audio.onRtp = (buf, info) => {
      const packet = tryParseRtpPacket(buf);
      if (!packet) return;
      this.firstAudioAt ??= info.at;
      this.audioStats?.record({ ...packet, size: buf.length }, info.at);
      this.audioReceiver?.push(packet, info.at);
    };
  }

  /** Starts the floor participant (Hello) and the content stream's RTCP and receiver. */
  private startPresentation(): void {
    if (this.bfcp && this.bfcpLink && !this.floor) {
      this.floor = ParticipantFloorControl.start(this.bfcpLink, this.bfcp);
    }
    const slides = this.slides;
    if (!slides || !this.slidesMedia?.codec || this.slidesRtcp) return;
    this.slidesRtcp = new RtcpSession(
      slides,
      {
        ssrc: this.slidesSsrc,
        sending: () => {
          const s = this.slidesSender;
          return s ? { rtpTimestamp: 0, packets: s.stats.packetsSent, octets: s.stats.bytesSent } : undefined;
        },
      },
      "vdm-test",
      this.slidesStats,
    );
    const rtcp = this.slidesRtcp;
    rtcp.onKeyframeRequest = () => this.slidesSender?.requestKeyframe();
    slides.onRtp = (buf, info) => {
      const p = tryParseRtpPacket(buf);
      if (!p) return;
      this.slidesStats.record({ ...p, size: buf.length }, info.at);
      this.remoteSlidesSsrc = p.ssrc;
      // The decoder starts with the first slides packet: most calls never receive any.
      if (!this.slidesReceiver) {
        const nack = this.slidesMedia && retransmissionAgreed(this.slidesMedia);
        this.slidesReceiver = new VideoReceiver(this.opts.ffmpegPath, {
          ...(nack
            ? { holdMs: NACK_HOLD_MS, nack: (seqs) => rtcp.sendNack(this.remoteSlidesSsrc, seqs) }
            : {}),
          onKeyframe: () => rtcp.keyframeArrived(),
        });
        this.slidesReceiver.onKeyframeNeeded = () =>
          rtcp.recoverPicture(this.remoteSlidesSsrc, performance.now());
      }
      this.slidesReceiver.push(p, info.at);
    };
    rtcp.start();
  }

  /** Sends our slides pattern (family 1) on the content stream; false when none was agreed. */
  startSlides(): boolean {
    const m = this.slidesMedia;
    if (!m?.codec || !this.slides || this.slidesSender) return false;
    if (retransmissionAgreed(m)) this.slides.keepHistory(RETRANSMISSION_HISTORY);
    this.slidesSender = new VideoSender({
      endpoint: this.slides,
      payloadType: m.codec.payloadType,
      ssrc: this.slidesSsrc,
      ...CALLER_SLIDES,
      family: FrameFamily.slides,
      packetizationMode: packetizationMode(m.codec.fmtp) === 0 ? 0 : 1,
      ffmpegPath: this.opts.ffmpegPath,
    });
    this.slidesSender.start();
    return true;
  }

  async stopSlides(): Promise<void> {
    await this.slidesSender?.stop();
  }

  /** Stops sending; receiving goes on until close() so late packets still count. */
  async stopSending(): Promise<void> {
    this.audioSender?.stop();
    await Promise.all([this.videoSender?.stop(), this.slidesSender?.stop()]);
  }

  /** True once the last camera picture we sent has come back (or none was sent). */
  tailReturned(): boolean {
    const last = this.videoSender?.sent.at(-1);
    if (!last) return true;
    const frames = this.videoReceiver?.frames ?? [];
    for (let i = frames.length - 1; i >= 0 && i >= frames.length - 8; i--) {
      const f = frames[i]!;
      if (f.family === FrameFamily.camera && f.number >= last.number) return true;
    }
    return false;
  }

  async closeReceivers(): Promise<void> {
    this.videoRtcp?.sendBye();
    this.audioRtcp?.sendBye();
    this.slidesRtcp?.sendBye();
    this.videoRtcp?.stop();
    this.audioRtcp?.stop();
    this.slidesRtcp?.stop();
    await Promise.all([this.videoReceiver?.close(), this.slidesReceiver?.close(), this.floor?.close()]);
  }

  close(): void {
    this.keyframeProbe.end();
    this.audioSender?.stop();
    void this.videoSender?.stop();
    void this.slidesSender?.stop();
    this.videoRtcp?.stop();
    this.audioRtcp?.stop();
    this.slidesRtcp?.stop();
    void this.videoReceiver?.close();
    void this.slidesReceiver?.close();
    void this.floor?.close(0);
    this.ice?.close();
    this.bfcpLink?.close();
    this.audio.close();
    this.video.close();
    this.slides?.close();
  }

  private configure(session: NegotiatedSession): void {
    const previous = this.session;
    this.session = session;
    if (session.audio) applyNegotiated(this.audio, session.audio, previous?.audio);
    if (session.video) applyNegotiated(this.video, session.video, previous?.video);
  }

  /**
   * Sends one PLI (with FIR) on purpose and times the next keyframe (SPS, PPS or IDR start) from
   * the far end (RFC 4585 §6.3.1, RFC 5104 §4.3.1), sending it again while unanswered
   * (keyframe-probe.ts). False when nothing was sent: no video yet, or a request went out less
   * than 300 ms ago. A request still unanswered counts as null. `signalled` asks through the
   * signalling instead (H.245 videoFastUpdatePicture for H.323), its copies too; false when it
   * could not go out.
   */
  probeKeyframe(now = performance.now(), signalled?: () => boolean): boolean {
    this.signalledKeyframe = signalled;
    return this.keyframeProbe.request(now);
  }

  /**
   * What the path did to our media both ways (loss, jitter, reordering), for the streams the far
   * end loops back (`loopedBack`: the mirror's video, the echo's audio).
   */
  paths(loopedBack: { video: boolean; audio: boolean }): PathFigures[] {
    return mediaPaths({ ...this, audioClockRate: this.session?.audio?.codec?.clockRate }, loopedBack);
  }

  /** Resolves once every keyframe request so far has been answered (or closed as unanswered). */
  allKeyframesAnswered(): Promise<void> {
    return this.keyframeProbe.allAnswered();
  }

  /** Closes the probe: a request still waiting is recorded as unanswered. */
  endKeyframeProbe(): void {
    this.keyframeProbe.end();
  }

  private sendKeyframeRequest(now: number, repeat: boolean): boolean {
    const rtcp = this.videoRtcp;
    if (!rtcp || this.remoteVideoSsrc === undefined) return false;
    if (this.signalledKeyframe) return this.signalledKeyframe();
    const before = rtcp.stats.pliSent;
    rtcp.requestKeyframe(this.remoteVideoSsrc, now, repeat);
    return rtcp.stats.pliSent !== before;
  }

  private onVideoRtp(buf: Uint8Array, at: number): void {
    const p = tryParseRtpPacket(buf);
    if (!p) return;
    if (startsKeyframe(p.payload)) this.keyframeProbe.keyframeArrived(at);
    this.firstVideoAt ??= at;
    this.videoStructure.observe(p.payload, p.timestamp, at);
    this.videoStats.record({ ...p, size: buf.length }, at);
    this.remoteVideoSsrc = p.ssrc;
    this.videoReceiver?.push(p, at);
  }
}

/** Packet time of our marker audio (ms). */
export const MARKER_PTIME_MS = 20;

/** RTP packets of our video kept for NACKs: about 2 s of our 640x360 stream. */
const RETRANSMISSION_HISTORY = 1024;
/**
 * How long a lost video packet holds back the rest while its retransmission is on the way: one
 * NACK round trip through a path of 50 ± 50 ms each way (the worst this tool grades, see
 * conformance/network-bounds.ts) with a retry, before the frame is given up.
 */
const NACK_HOLD_MS = 450;
