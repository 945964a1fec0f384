// A real H.323 caller for room tests: our call media (ffmpeg test pattern out, decoded frames
// and audio in) over the engine's placeH323Call, in any H.245 mode, on loopback.

import { encodeAudioPayloads } from "../../../src/adapters/ffmpeg/audio-encoder.js";
import { resolveFfmpeg } from "../../../src/adapters/ffmpeg/resolve.js";
import {
  type H245Mode,
  type H323Address,
  type H323Aliases,
  type H323Call,
  placeH323Call,
} from "../../../src/adapters/h323/index.js";
import { CallerMedia } from "../../../src/app/call/caller-media.js";
import { AUDIO_CODECS, type AudioCodec } from "../../../src/media/audio/codecs.js";
import { renderMarkerAudio } from "../../../src/media/audio/markers.js";
import { FrameFamily } from "../../../src/media/frame-code.js";

export interface MediaCall {
  readonly call: H323Call;
  readonly media: CallerMedia;
  readonly sdpAnswer: string;
  /** Decoded pictures that came back with our camera frame code (the room's mirror). */
  mirroredFrames(): number;
  /** RTP audio packets received from the room (its music, or our echo). */
  audioPacketsIn(): number;
  /** Hangs up (endSessionCommand + ReleaseComplete) and closes the media. */
  end(): Promise<void>;
}

let payloads: Promise<Map<AudioCodec, Uint8Array[]>> | undefined;

/** Our marker audio for every codec, encoded once per test file. */
function audioPayloads(): Promise<Map<AudioCodec, Uint8Array[]>> {
  const pcm = renderMarkerAudio(48000, 20);
  payloads ??= Promise.all(
    AUDIO_CODECS.map(async (c) => [c, await encodeAudioPayloads(pcm, 48000, c, 20)] as const),
  ).then((entries) => new Map(entries));
  return payloads;
}

/** Calls `room` in `mode` with our media (plain RTP: H.323 here has no H.235 media security). */
export async function placeMediaCall(
  room: H323Address,
  mode: H245Mode,
  called: H323Aliases,
  calling: H323Aliases = { h323Id: "vdm-test-caller" },
): Promise<MediaCall> {
  const audio = await audioPayloads();
  const media = await CallerMedia.open({
    localAddress: "127.0.0.1",
    srtp: "off",
    ffmpegPath: resolveFfmpeg().path,
    video: { width: 320, height: 180, fps: 15, bitrateKbps: 300 },
    audioPayloads: (c) => audio.get(c),
    ice: false,
  });
  try {
    const offer = await media.createOffer();
    const { call, sdpAnswer } = await placeH323Call({
      local: { host: "127.0.0.1" },
      remote: room,
      called,
      calling,
      mode,
      sdpOffer: offer,
      answerTimeoutMs: 15_000,
    });
    await media.acceptAnswer(sdpAnswer);
    media.startMedia();
    // The room's mirror asks for a keyframe in H.245 too; our sender makes one.
    call.onKeyframeRequest(() => media.videoSender?.requestKeyframe());
    return {
      call,
      media,
      sdpAnswer,
      mirroredFrames: () =>
        media.videoReceiver?.frames.filter((f) => f.family === FrameFamily.camera).length ?? 0,
      audioPacketsIn: () => media.audio.counters.rtpReceived,
      end: async () => {
        await call.hangUp().catch(() => {});
        await media.stopSending();
        await media.closeReceivers();
        media.close();
      },
    };
  } catch (e) {
    media.close();
    throw e;
  }
}

/** Polls `what` every 50 ms until it holds or `ms` pass; the last value either way. */
export async function until<T>(what: () => T, ok: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = what();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}
