import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { applyNegotiated } from "../../adapters/media/apply-negotiated.js";
import { AudioSender } from "../../adapters/media/audio-sender.js";
import { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
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
import type { CallbackOfferer, RoomCallHandle } from "./room-front.js";

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
export class RoomCallbackMedia implements CallbackOfferer {
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
  /** The final status (SIP), "connected" (H.323 Connect), or "timeout" / "error". */
  readonly status: number | "connected" | "timeout" | "error";
  readonly audioPacketsReceived: number;
  readonly failure?: string;
}

/** How long the callback alias keeps the first call, waits for an answer and keeps the callback. */
export interface CallbackTiming {
  readonly aliasHoldMs: number;
  readonly answerTimeoutMs: number;
  readonly holdMs: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The callback alias (test-room function 8): keeps the call a moment, hangs up, then calls the
 * caller back (the front calls the address the call came from) and keeps that call `holdMs`
 * once answered, playing the music and counting the audio that comes back.
 */
export async function callBackCaller(
  handle: RoomCallHandle,
  openMedia: () => Promise<RoomCallbackMedia>,
  timing: CallbackTiming,
): Promise<CallbackResult> {
  await sleep(timing.aliasHoldMs);
  await Promise.race([handle.hangUp(), sleep(2000)]);
  const media = await openMedia();
  try {
    const call = await handle.callBack(media, timing.answerTimeoutMs);
    if (call.answered) {
      media.start();
      const end = performance.now() + timing.holdMs;
      while (performance.now() < end && call.isUp()) await sleep(50);
      if (call.isUp()) await call.hangUp();
    }
    return {
      uri: call.uri,
      reached: call.reached,
      answered: call.answered,
      status: call.status,
      audioPacketsReceived: media.audio.counters.rtpReceived,
      ...(call.failure ? { failure: call.failure } : {}),
    };
  } finally {
    media.close();
  }
}
