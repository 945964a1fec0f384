import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { BfcpLink, BfcpLinkStats } from "../../adapters/bfcp/bfcp-link.js";
import { ROOM_PEER, RoomFloorControl } from "../../adapters/bfcp/room-floor-control.js";
import { applyNegotiated } from "../../adapters/media/apply-negotiated.js";
import { RtcpSession } from "../../adapters/media/rtcp-session.js";
import { ROOM_RETRANSMISSION_HISTORY, RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import type { PortRange } from "../../adapters/media/udp-port-pair.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import { NackTracker } from "../../media/nack-tracker.js";
import { createReceiveStats } from "../../media/rtp-stats.js";
import type { FloorPolicy, FloorServerEvent } from "../../protocol/bfcp/floor-server.js";
import { ParseError } from "../../protocol/parse-error.js";
import { rtpHeaderLength } from "../../protocol/rtp/rtp-packet.js";
import { type BfcpNegotiation, readBfcpOffer } from "../../protocol/sdp/bfcp-sdp.js";
import type { MediaHandler } from "../../protocol/sdp/media-handler.js";
import { readSdp } from "../../protocol/sdp/media-section.js";
import { retransmissionAgreed } from "../../protocol/sdp/rtcp-feedback.js";
import type { NegotiatedMedia, NegotiatedSession } from "../../protocol/sdp/sdp-types.js";
import { startsKeyframe } from "../../room/keyframe-start.js";
import { bfcpServerHandler, negotiatedBfcp, slidesVideoHandler } from "../../room/presentation-sdp.js";
import { PresentationSwitch, type SwitchEffect } from "../../room/presentation-switch.js";
import type { EncodedPicture } from "../../room/video-payload-loop.js";
import type { PresentationToken } from "./room-front.js";
import { SlidesLoopSender } from "./room-slides.js";

/** The floor id the room hands out (a=floorid) and the user id of its own floor requests. */
const ROOM_FLOOR_ID = 1;
const ROOM_USER_ID = 1;

export interface RoomPresentationOptions {
  bindAddress: string;
  rtpPorts: PortRange;
  floorPolicy: FloorPolicy;
  presentationAlias: boolean;
  slides: () => readonly EncodedPicture[] | undefined;
  /** Hands a slides packet to the main mirror (the switch decided it is shown). */
  mirrorInput: (packet: Uint8Array, at: number) => void;
  /** Asks the caller's camera sender for a keyframe (switching back). */
  requestCameraKeyframe: (at: number) => void;
  /** Sees the BFCP and slides traffic of our sockets (`serve --pcap`). */
  tap?: WireTap;
  /** Accept a=rtcp-mux on the slides line as on the main lines (default true). */
  rtcpMux?: boolean;
  /**
   * The presentation token comes with the signalling (H.323: H.239) rather than BFCP: the room's
   * slides wait for its token and channel (useToken) before they are sent.
   */
  tokenBySignalling?: boolean;
}

export interface RoomPresentationFacts {
  /** Negotiated BFCP (RFC 8856) as the room answered it. */
  bfcp?: {
    transport: string;
    setup: string | undefined;
    version: number;
    confId: number;
    userId: number;
    floorId: number;
    label: string;
    port: number;
  };
  bfcpNotes: string[];
  bfcpRejected?: string;
  slidesCodec?: string;
  slidesSrtp?: string;
  /** Milliseconds since the call's media was set up. */
  floorEvents: { atMs: number; type: string; userId: number }[];
  switches: { atMs: number; to: string; how: string }[];
  slidesPacketsIn: number;
  slidesPacketsMirrored: number;
  slidesPacketsSent: number;
  roomHoldsFloor: boolean;
  link?: BfcpLinkStats;
  /** BFCP messages the floor server could not take (kept, the room goes on). */
  floorErrors?: string[];
  /** The signalling's token (H.239) in place of BFCP: the caller's faults, the room's own try. */
  token?: { warnings: string[]; roomPresentation?: string; roomRequestToGrantMs?: number };
}

/**
 * One call's presentation in the room: the BFCP floor control server (RFC 8855), the slides
 * stream (RFC 4796), and the switch that shows the caller's slides in the mirror while it holds
 * the floor. On the presentation alias the room takes the floor and sends its own slides.
 */
export class RoomPresentation {
  readonly facts: RoomPresentationFacts = {
    bfcpNotes: [],
    floorEvents: [],
    switches: [],
    slidesPacketsIn: 0,
    slidesPacketsMirrored: 0,
    slidesPacketsSent: 0,
    roomHoldsFloor: false,
  };
  private link: BfcpLink | undefined;
  private slidesEndpoint: RtpEndpoint | undefined;
  private floor: RoomFloorControl | undefined;
  private slidesMedia: NegotiatedMedia | undefined;
  private slidesRtcp: RtcpSession | undefined;
  private sender: SlidesLoopSender | undefined;
  private timer: NodeJS.Timeout | undefined;
  private callerSlidesSsrc: number | undefined;
  private readonly sw = new PresentationSwitch();
  private readonly t0 = performance.now();
  private readonly slidesKey = randomBytes(30);
  private readonly slidesSsrc = randomBytes(4).readUInt32BE(0);
  private readonly confId = randomBytes(4).readUInt32BE(0) >>> 1 || 1;
  private readonly userId = 2 + (randomBytes(2).readUInt16BE(0) % 60000);
  private pendingBfcp: BfcpNegotiation | undefined;
  private token: PresentationToken | undefined;
  private closed = false;

  constructor(private readonly opts: RoomPresentationOptions) {}

  /** Opens the BFCP socket and the slides RTP ports the first time an offer asks for them. */
  async prepare(offerSdp: string): Promise<void> {
    if (this.closed) return;
    const bfcp = readBfcpOffer(offerSdp).media;
    if (bfcp && bfcp.port !== 0 && !this.link) {
      this.link = await RoomFloorControl.openLink(bfcp.transport, this.opts.bindAddress, this.opts.tap);
      this.facts.link = this.link.stats;
    }
    let wantsSlides = false;
    try {
      wantsSlides = readSdp(offerSdp).media.some((m) => m.kind === "slides" && m.port !== 0);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e; // the answer reports the bad SDP
    }
    if (wantsSlides && !this.slidesEndpoint) {
      this.slidesEndpoint = await RtpEndpoint.open({
        localAddress: this.opts.bindAddress,
        portRange: this.opts.rtpPorts,
        rtcpMux: false,
        now: () => performance.now(),
        latch: true,
        ...(this.opts.tap ? { tap: this.opts.tap } : {}),
      });
    }
  }

  /** answerOffer handlers for what prepare() opened. */
  handlers(): MediaHandler[] {
    const out: MediaHandler[] = [];
    if (this.link)
      out.push(
        bfcpServerHandler({
          port: this.link.localPort,
          confId: this.confId,
          userId: this.userId,
          floorId: ROOM_FLOOR_ID,
        }),
      );
    if (this.slidesEndpoint)
      out.push(
        slidesVideoHandler({
          port: this.slidesEndpoint.rtpPort,
          key: this.slidesKey,
          ssrc: this.slidesSsrc,
          rtcpMux: this.opts.rtcpMux ?? true,
        }),
      );
    return out;
  }

  /** Takes in what the answer agreed (called after every offer/answer). */
  negotiated(session: NegotiatedSession): void {
    const bfcpLine = session.media.find((m) => m.kind === "bfcp");
    const b = negotiatedBfcp(bfcpLine);
    if (b && !this.facts.bfcp) {
      const n = b.bfcp;
      this.facts.bfcp = {
        transport: n.transport,
        setup: n.setup,
        version: n.version,
        confId: n.confId,
        userId: n.userId,
        floorId: n.floorId,
        label: n.label,
        port: bfcpLine!.localPort,
      };
      this.facts.bfcpNotes = [...b.notes];
      this.pendingBfcp = n;
    } else if (bfcpLine && !bfcpLine.accepted) this.facts.bfcpRejected = bfcpLine.rejectReason;
    const slides = session.media.find((m) => m.kind === "slides" && m.accepted);
    if (slides && this.slidesEndpoint) {
      applyNegotiated(this.slidesEndpoint, slides, this.slidesMedia);
      this.slidesMedia = slides;
      this.facts.slidesCodec = slides.codec?.name;
      if (slides.srtp) this.facts.slidesSrtp = slides.srtp.suite;
    }
  }

  /** Starts what the last answer added: floor control, slides reception, the alias's slides. */
  start(): void {
    if (this.closed) return;
    if (this.pendingBfcp && this.link && !this.floor) {
      this.floor = RoomFloorControl.start(this.link, {
        negotiated: this.pendingBfcp,
        policy: this.opts.floorPolicy,
        roomUserId: ROOM_USER_ID,
        onEvent: (e, at) => this.onFloorEvent(e, at),
      });
    }
    if (this.slidesMedia && this.slidesEndpoint && !this.slidesRtcp) this.startSlides();
    if (this.opts.presentationAlias && this.floor && !this.facts.roomHoldsFloor) {
      this.floor.grantToSelf();
      this.facts.roomHoldsFloor = this.floor.server.floor(ROOM_FLOOR_ID)?.name === "granted";
    }
    if (this.floor) this.tick();
  }

  private tick(): void {
    this.timer ??= setInterval(() => {
      this.sw.handleTimeout(performance.now());
      this.drain();
    }, 100);
  }

  /**
   * The call's presentation token from the signalling (H.323: H.239 §11) in place of BFCP: the
   * caller's presentation switches the mirror to its slides exactly as a BFCP grant does; on
   * the presentation alias the room takes the token and sends its slides on its channel.
   */
  useToken(token: PresentationToken): void {
    if (this.closed || this.token) return;
    this.token = token;
    this.facts.token = { warnings: [] };
    token.setPolicy(this.opts.floorPolicy);
    token.onRemote((e) => {
      const at = performance.now();
      this.facts.floorEvents.push({
        atMs: Math.round(at - this.t0),
        type: e.type === "started" ? "token-presentation-started" : "token-presentation-stopped",
        userId: e.channel,
      });
      if (e.type === "started") this.sw.floorGranted(at);
      else this.sw.floorReleased(at);
      this.drain();
    });
    this.tick();
    if (this.opts.presentationAlias) void this.presentWithToken(token);
  }

  private async presentWithToken(token: PresentationToken): Promise<void> {
    const r = await token.present();
    const facts = this.facts.token!;
    if (this.closed) return;
    if (!r.ok) {
      facts.roomPresentation = r.reason;
      return;
    }
    facts.roomPresentation = "presenting";
    facts.roomRequestToGrantMs = r.requestToGrantMs;
    this.facts.roomHoldsFloor = true;
    this.facts.floorEvents.push({
      atMs: Math.round(performance.now() - this.t0),
      type: "token-room-presenting",
      userId: 0,
    });
    this.slidesEndpoint?.setRemote({
      address: r.rtp.host,
      rtpPort: r.rtp.port,
      rtcpPort: r.rtcp?.port ?? r.rtp.port + 1,
    });
    this.sender?.start();
  }

  /** The facts with the live counters filled in. */
  snapshot(): RoomPresentationFacts {
    this.facts.slidesPacketsSent = this.sender?.packetsSent ?? 0;
    if (this.floor?.machineErrors.length) this.facts.floorErrors = [...this.floor.machineErrors];
    if (this.token && this.facts.token) this.facts.token.warnings = [...this.token.warnings];
    return this.facts;
  }

  get showingSlides(): boolean {
    return this.sw.source === "slides";
  }

  /** True when this camera packet is to feed the mirror (not while the presentation is shown). */
  feedCamera(packet: Uint8Array, at: number): boolean {
    if (!this.floor && !this.token) return true;
    const fed = this.sw.packet(at, "camera", keyframeStart(packet));
    this.drain();
    return fed;
  }

  requestSlidesKeyframe(at: number): void {
    this.slidesRtcp?.requestKeyframe(this.callerSlidesSsrc, at);
    this.token?.requestKeyframe();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.sender?.stop();
    this.slidesRtcp?.stop();
    this.floor?.close();
    this.link?.close();
    this.slidesEndpoint?.close();
  }

  private startSlides(): void {
    const endpoint = this.slidesEndpoint!;
    const media = this.slidesMedia!;
    const stats = createReceiveStats({ clockRate: () => 90000 });
    const pictures = this.opts.presentationAlias ? this.opts.slides() : undefined;
    if (pictures && media.codec) {
      this.sender = new SlidesLoopSender(endpoint, pictures, media.codec.payloadType, this.slidesSsrc);
    }
    const sender = this.sender;
    // RFC 4585 §6.2.1: the slides loop answers the caller's NACKs when nack was agreed.
    if (retransmissionAgreed(media)) endpoint.keepHistory(ROOM_RETRANSMISSION_HISTORY);
    this.slidesRtcp = new RtcpSession(
      endpoint,
      {
        ssrc: this.slidesSsrc,
        sending: () =>
          sender
            ? {
                rtpTimestamp: sender.rtpTimestampAt(performance.now()),
                packets: sender.packetsSent,
                octets: sender.octetsSent,
              }
            : undefined,
      },
      "testrum@vdm-test",
      stats,
    );
    this.slidesRtcp.onKeyframeRequest = () => sender?.requestKeyframe();
    const nack = retransmissionAgreed(media) ? new NackTracker() : undefined;
    const rtcp = this.slidesRtcp;
    endpoint.onRtp = (buf, info) => {
      this.facts.slidesPacketsIn++;
      if (nack && buf.length >= 12)
        rtcp.sendNack(this.callerSlidesSsrc, nack.onPacket((buf[2]! << 8) | buf[3]!, info.at));
      stats.recordBytes(buf, info.at);
      if (buf.length >= 12) this.callerSlidesSsrc = new DataView(buf.buffer, buf.byteOffset).getUint32(8);
      if (this.sw.packet(info.at, "slides", keyframeStart(buf))) {
        this.opts.mirrorInput(buf, info.at);
        this.facts.slidesPacketsMirrored++;
      }
      this.drain();
    };
    this.slidesRtcp.start();
    // With a signalling token the slides go once the room holds it (presentWithToken).
    if (!this.opts.tokenBySignalling) sender?.start();
  }

  private onFloorEvent(e: FloorServerEvent, at: number): void {
    this.facts.floorEvents.push({ atMs: Math.round(at - this.t0), type: e.type, userId: e.userId });
    if (e.peer === ROOM_PEER) return;
    if (e.type === "floor-granted") this.sw.floorGranted(at);
    else if (e.type === "floor-released" || e.type === "floor-revoked") this.sw.floorReleased(at);
    this.drain();
  }

  private drain(): void {
    for (let e: SwitchEffect | undefined = this.sw.pollEffect(); e; e = this.sw.pollEffect()) {
      if (e.type === "switched") {
        this.facts.switches.push({ atMs: Math.round(e.at - this.t0), to: e.to, how: e.how });
      } else if (e.source === "slides") this.requestSlidesKeyframe(e.at);
      else this.opts.requestCameraKeyframe(e.at);
    }
  }
}

function keyframeStart(packet: Uint8Array): boolean {
  try {
    return startsKeyframe(packet.subarray(rtpHeaderLength(packet)));
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return false;
  }
}
