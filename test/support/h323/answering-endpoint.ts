import { encodeAudioPayloads } from "../../../src/adapters/ffmpeg/audio-encoder.js";
import { resolveFfmpeg } from "../../../src/adapters/ffmpeg/resolve.js";
import { type H323Call, H323Listener } from "../../../src/adapters/h323/index.js";
import { CallerMedia } from "../../../src/app/call/caller-media.js";
import { AUDIO_CODECS, type AudioCodec } from "../../../src/media/audio/codecs.js";
import { renderMarkerAudio } from "../../../src/media/audio/markers.js";

// An H.323 endpoint that answers every call on the engine's listener with a media party of our
// own caller (its test pattern and marker audio, plain RTP): a far end for testing the H.323
// leg without the room. It asks nothing of the call; it answers the far end's keyframe requests
// (H.245 videoFastUpdatePicture) with a keyframe, and hangs up when told to.

export interface AnsweredCall {
  readonly call: H323Call;
  readonly media: CallerMedia;
  /** The far end's videoFastUpdatePicture commands so far. */
  keyframeRequests: number;
}

export class AnsweringEndpoint {
  readonly calls: AnsweredCall[] = [];
  readonly failures: string[] = [];

  private constructor(
    private readonly listener: H323Listener,
    private readonly mediaOptions: Parameters<typeof CallerMedia.open>[0],
  ) {
    listener.onCall((incoming) => {
      void this.answer(incoming).catch((e: unknown) => {
        this.failures.push(e instanceof Error ? e.message : String(e));
      });
    });
  }

  static async open(host = "127.0.0.1"): Promise<AnsweringEndpoint> {
    const pcm = renderMarkerAudio(48000, 20);
    const payloads = new Map<AudioCodec, Uint8Array[]>(
      await Promise.all(
        AUDIO_CODECS.map(async (c) => [c, await encodeAudioPayloads(pcm, 48000, c, 20)] as const),
      ),
    );
    const listener = await H323Listener.open({ host, port: 0 });
    return new AnsweringEndpoint(listener, {
      localAddress: host,
      srtp: "off",
      ice: false,
      ffmpegPath: resolveFfmpeg().path,
      video: { width: 640, height: 360, fps: 15, bitrateKbps: 600 },
      audioPayloads: (c) => payloads.get(c),
    });
  }

  get address(): { host: string; port: number } {
    return this.listener.address;
  }

  private async answer(incoming: Parameters<Parameters<H323Listener["onCall"]>[0]>[0]): Promise<void> {
    const media = await CallerMedia.open(this.mediaOptions);
    try {
      await media.acceptOffer(incoming.sdpOffer);
      const call = await incoming.answer(await media.createAnswer());
      const answered: AnsweredCall = { call, media, keyframeRequests: 0 };
      call.onKeyframeRequest(() => {
        answered.keyframeRequests++;
        media.videoSender?.requestKeyframe();
      });
      this.calls.push(answered);
      media.startMedia();
      void call.whenEnded().then(() => media.close());
    } catch (e) {
      media.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.calls.map((c) => c.call.hangUp().catch(() => {})));
    for (const c of this.calls) c.media.close();
    await this.listener.close();
  }
}
