import { cachedAudioPayloads } from "../../adapters/ffmpeg/audio-encoder.js";
import { AUDIO_CODECS, type AudioCodec } from "../../media/audio/codecs.js";
import { renderMusic } from "../../media/audio/music.js";

/** The room's music, per codec: RTP payloads of 20 ms each. */
export type RoomMusic = ReadonlyMap<AudioCodec, Uint8Array[]>;

/** The room's music, encoded once per codec (48 kHz source; each encoder resamples). */
export async function encodeMusic(): Promise<RoomMusic> {
  const pcm = renderMusic(48000);
  const entries = await Promise.all(
    AUDIO_CODECS.map(async (c) => [c, await cachedAudioPayloads(pcm, 48000, c, 20)] as const),
  );
  return new Map(entries);
}
