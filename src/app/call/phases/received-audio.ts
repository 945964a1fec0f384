import { decodeAudioPayloads } from "../../../adapters/ffmpeg/audio-decoder.js";
import { type AudioClassification, classifyAudio } from "../../../media/audio/analysis.js";
import { analyzeEcho, type EchoAnalysis } from "../../../media/audio/echo-analysis.js";
import { findMarkers } from "../../../media/audio/markers.js";
import type { CallerMedia } from "../caller-media.js";

export interface ReceivedAudio {
  readonly codec: string | undefined;
  readonly packetsReceived: number;
  readonly packetsSent: number;
  readonly classification?: AudioClassification;
  /** Our markers found in what came back, and the audio round trip they give. */
  readonly echo?: EchoAnalysis;
  readonly decodeError?: string;
}

/** Decodes the audio that arrived and looks for music and for our own markers (an echo). */
export async function analyseReceivedAudio(media: CallerMedia): Promise<ReceivedAudio> {
  const codec = media.audioCodec;
  const ar = media.audioReceiver;
  const base = {
    codec: media.session?.audio?.codec?.name,
    packetsReceived: ar?.packets ?? 0,
    packetsSent: media.audioSender?.packetsSent ?? 0,
  };
  if (!codec || !ar || ar.packets === 0) return base;
  try {
    const decoded = await decodeAudioPayloads(codec, ar.payloads());
    const found = findMarkers(decoded.pcm, decoded.sampleRate);
    return {
      ...base,
      classification: classifyAudio(decoded.pcm, decoded.sampleRate),
      echo: analyzeEcho(
        found,
        decoded.sampleRate,
        media.audioSender?.startedAt ?? 0,
        ar.firstArrivalMs() ?? 0,
      ),
    };
  } catch (e) {
    return { ...base, decodeError: e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e) };
  }
}
