import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Inviter, SessionState, UserAgent } from "sip.js";
import { applyNegotiated } from "../../adapters/media/apply-negotiated.js";
import { AudioSender } from "../../adapters/media/audio-sender.js";
import { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import type { OfferAnswerParty } from "../../adapters/media/session-description-handler.js";
import type { PortRange } from "../../adapters/media/udp-port-pair.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import {
  type AudioCodec,
  audioCodecFromEncodingName,
  rtpTimestampIncrement,
} from "../../media/audio/codecs.js";
import { buildOffer, type LocalOffer } from "../../protocol/sdp/build-offer.js";
import { readAnswer } from "../../protocol/sdp/read-answer.js";
import type { NegotiatedSession, SrtpPolicy } from "../../protocol/sdp/sdp-types.js";

export interface RoomCallbackMediaOptions {
  readonly publicAddress: string;
  readonly bindAddress: string;
  readonly rtpPorts: PortRange;
  readonly srtp: SrtpPolicy;
  readonly music: (codec: AudioCodec) => readonly Uint8Array[] | undefined;
  /** Sees the callback's RTP/RTCP (`serve --pcap`). */
  readonly tap?: WireTap;
}

/**
 * The room's side of a callback (test-room function 8): an audio-only offer, the room's music
 * once answered, and a count of the audio that comes back (the short media check).
 */
export class RoomCallbackMedia implements OfferAnswerParty {
  session: NegotiatedSession | undefined;
  private offer: LocalOffer | undefined;
  private sender: AudioSender | undefined;
  private readonly key = randomBytes(30);
  private readonly ssrc = randomBytes(4).readUInt32BE(0);

  private constructor(
    private readonly opts: RoomCallbackMediaOptions,
    readonly audio: RtpEndpoint,
  ) {}

  static async open(opts: RoomCallbackMediaOptions): Promise<RoomCallbackMedia> {
    const audio = await RtpEndpoint.open({
      localAddress: opts.bindAddress,
      portRange: opts.rtpPorts,
      rtcpMux: false,
      now: () => performance.now(),
      latch: true,
      ...(opts.tap ? { tap: opts.tap } : {}),
    });
    return new RoomCallbackMedia(opts, audio);
  }

  async createOffer(): Promise<string> {
    this.offer = buildOffer({
      address: this.opts.publicAddress,
      audio: { port: this.audio.rtpPort, ssrc: this.ssrc },
      srtp: this.opts.srtp,
      keys: { audio: this.key },
      rtcpMux: false,
      sessionId: String(randomBytes(4).readUInt32BE(0)),
      sessionName: "Testrum vdm-test callback",
    });
    return this.offer.sdp;
  }

  async acceptAnswer(sdp: string): Promise<void> {
    if (!this.offer) throw new Error("an answer arrived before the callback's offer");
    const r = readAnswer(this.offer, sdp);
    if (!r.ok) throw new Error(r.reason);
    this.session = r.session;
    if (r.session.audio) applyNegotiated(this.audio, r.session.audio);
  }

  async acceptOffer(): Promise<void> {
    throw new Error("the callback makes the offer");
  }

  async createAnswer(): Promise<string> {
    throw new Error("the callback makes the offer");
  }

  /** Plays the music on the agreed codec. */
  start(): void {
    const am = this.session?.audio;
    const codec = am?.codec ? audioCodecFromEncodingName(am.codec.name) : undefined;
    const payloads = codec ? this.opts.music(codec) : undefined;
    if (!am?.codec || !codec || !payloads?.length || this.sender) return;
    this.sender = new AudioSender({
      endpoint: this.audio,
      payloadType: am.codec.payloadType,
      ssrc: this.ssrc,
      payloads,
      ticksPerPacket: rtpTimestampIncrement(codec, 20),
      ptimeMs: 20,
    });
    this.sender.start();
  }

  close(): void {
    this.sender?.stop();
    this.audio.close();
  }
}

export interface CallbackResult {
  /** Where the room called. */
  readonly uri: string;
  /** Any response came back (the INVITE reached a SIP endpoint). */
  readonly reached: boolean;
  /** A 2xx came back and the call got established. */
  readonly answered: boolean;
  /** The final status, or "timeout". */
  readonly status: number | "timeout" | "error";
  readonly audioPacketsReceived: number;
  readonly failure?: string;
}

/**
 * The URI to call back: `X-Vdm-Callback-Uri` when the caller gave one, else its Contact
 * (RFC 3261 §8.1.1.8: where the caller can be reached for requests in new dialogs too).
 */
export function callbackTarget(
  contact: string | undefined,
  override: string | undefined,
): string | undefined {
  const pick = (override ?? contact)?.trim();
  if (!pick) return undefined;
  const angle = /<([^>]*)>/.exec(pick);
  const uri = (angle ? angle[1]! : pick.split(";")[0]!).trim();
  return /^sips?:/i.test(uri) ? uri : undefined;
}

/** Sends the callback INVITE and keeps the call `holdMs` once answered, then says BYE. */
export async function placeCallback(
  ua: UserAgent,
  uri: string,
  media: RoomCallbackMedia,
  register: (inviter: Inviter) => void,
  opts: { answerTimeoutMs: number; holdMs: number },
): Promise<CallbackResult> {
  const target = UserAgent.makeURI(uri);
  if (!target)
    return {
      uri,
      reached: false,
      answered: false,
      status: "error",
      audioPacketsReceived: 0,
      failure: `not a SIP URI: ${uri}`,
    };
  const inviter = new Inviter(ua, target, { earlyMedia: false });
  register(inviter);
  let reached = false;
  const status = await new Promise<number | "timeout" | "error">((resolve) => {
    const timer = setTimeout(() => {
      void inviter.cancel().catch(() => {});
      resolve("timeout");
    }, opts.answerTimeoutMs);
    const done = (s: number | "error") => {
      clearTimeout(timer);
      resolve(s);
    };
    inviter
      .invite({
        requestDelegate: {
          onTrying: () => {
            reached = true;
          },
          onProgress: () => {
            reached = true;
          },
          onAccept: (r) => {
            reached = true;
            done(r.message.statusCode ?? 200);
          },
          onReject: (r) => {
            // sip.js makes a header-less 503 of a transport failure: nothing reached the callee.
            if (r.message.hasHeader("via")) reached = true;
            done(r.message.statusCode ?? 0);
          },
        },
      })
      .catch(() => done("error"));
  });
  const state = (): SessionState => inviter.state;
  for (
    let i = 0;
    i < 50 && typeof status === "number" && status < 300 && state() !== SessionState.Established;
    i++
  ) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const answered = state() === SessionState.Established;
  if (answered) {
    media.start();
    const end = performance.now() + opts.holdMs;
    while (performance.now() < end && state() === SessionState.Established)
      await new Promise((r) => setTimeout(r, 50));
    if (state() === SessionState.Established) await inviter.bye().catch(() => {});
  }
  return {
    uri,
    reached,
    answered,
    status,
    audioPacketsReceived: media.audio.counters.rtpReceived,
    ...(status === "timeout"
      ? { failure: `no answer within ${Math.round(opts.answerTimeoutMs / 1000)} s` }
      : typeof status === "number" && status >= 300
        ? { failure: `answered ${status}` }
        : status === "error"
          ? { failure: "the INVITE could not be sent" }
          : {}),
  };
}
