import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { RtpEndpoint } from "../src/adapters/media/rtp-endpoint.js";
import type { OfferAnswerParty } from "../src/adapters/media/session-description-handler.js";
import type { PortRange } from "../src/adapters/media/udp-port-pair.js";
import { ParseError } from "../src/protocol/parse-error.js";
import { buildOffer, type LocalOffer } from "../src/protocol/sdp/build-offer.js";
import { readAnswer } from "../src/protocol/sdp/read-answer.js";
import type { NegotiatedMedia, NegotiatedSession } from "../src/protocol/sdp/sdp-types.js";
import { SampledSrtp } from "./sampled-srtp.js";

export const GENERATOR_PORTS: PortRange = { from: 20000, to: 29999 };

/**
 * The load generator's side of one call's offer/answer: offers audio + video with SRTP
 * mandatory (RTP/SAVP, RFC 4568 keys), reads the room's answer and points the two RTP endpoints
 * at it. Media is sent by the replayer, not here.
 */
export class BenchCallMedia implements OfferAnswerParty {
  session: NegotiatedSession | undefined;
  /** Set by the replayer: true while every mirrored packet must be decrypted (see SampledSrtp). */
  videoMustVerify: () => boolean = () => false;
  readonly ssrcs = { audio: randomBytes(4).readUInt32BE(0), video: randomBytes(4).readUInt32BE(0) };
  private offer: LocalOffer | undefined;
  private readonly keys = { audio: randomBytes(30), video: randomBytes(30) };
  private readonly sessionId = String(randomBytes(4).readUInt32BE(0));
  private closed = false;

  private constructor(
    readonly audio: RtpEndpoint,
    readonly video: RtpEndpoint,
    private readonly verifyEvery: number,
  ) {}

  /** `verifyEvery`: authenticate and decrypt every n-th packet coming back (1 = all). */
  static async open(verifyEvery = 1, portRange: PortRange = GENERATOR_PORTS): Promise<BenchCallMedia> {
    const common = {
      localAddress: "127.0.0.1",
      portRange,
      rtcpMux: false,
      now: () => performance.now(),
      latch: false,
    };
    const audio = await RtpEndpoint.open(common);
    const video = await RtpEndpoint.open(common).catch((e) => {
      audio.close();
      throw e;
    });
    return new BenchCallMedia(audio, video, verifyEvery);
  }

  async createOffer(): Promise<string> {
    this.offer = buildOffer({
      address: "127.0.0.1",
      audio: { port: this.audio.rtpPort, ssrc: this.ssrcs.audio },
      video: { port: this.video.rtpPort, ssrc: this.ssrcs.video },
      srtp: "mandatory",
      keys: this.keys,
      rtcpMux: false,
      sessionId: this.sessionId,
      username: "vdm-bench",
    });
    return this.offer.sdp;
  }

  async acceptAnswer(sdp: string): Promise<void> {
    if (!this.offer) throw new Error("an answer arrived before the offer");
    let r: ReturnType<typeof readAnswer>;
    try {
      r = readAnswer(this.offer, sdp);
    } catch (e) {
      if (e instanceof ParseError) throw new Error(`the room's answer is malformed: ${e.message}`);
      throw e;
    }
    if (!r.ok) throw new Error(r.reason);
    if (!r.session.video?.codec || !r.session.video.srtp)
      throw new Error("the room did not accept SRTP H.264 video");
    this.session = r.session;
    if (r.session.audio) this.apply(this.audio, r.session.audio, () => false);
    this.apply(this.video, r.session.video, () => this.videoMustVerify());
  }

  /** As applyNegotiated does, with the generator's sampled SRTP instead of a full context. */
  private apply(endpoint: RtpEndpoint, media: NegotiatedMedia, mustVerify: () => boolean): void {
    if (media.remote) {
      endpoint.setRemote({
        address: media.remote.address,
        rtpPort: media.remote.rtpPort,
        rtcpPort: media.remote.rtcpPort,
      });
    }
    endpoint.setSrtp(media.srtp ? new SampledSrtp(media.srtp, this.verifyEvery, mustVerify) : undefined);
  }

  async acceptOffer(): Promise<void> {
    throw new Error("the load generator does not answer re-INVITEs");
  }

  async createAnswer(): Promise<string> {
    throw new Error("the load generator does not answer re-INVITEs");
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.audio.close();
    this.video.close();
  }
}
