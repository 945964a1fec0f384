import { decodeAudioPayloads } from "../../../adapters/ffmpeg/audio-decoder.js";
import { type AudioClassification, classifyAudio } from "../../../media/audio/analysis.js";
import { analyzeEcho, type EchoAnalysis } from "../../../media/audio/echo-analysis.js";
import { findMarkers } from "../../../media/audio/markers.js";
import { PacketTimes } from "../../../media/audio/packet-times.js";
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
  const sender = media.audioSender;
  const base = {
    codec: media.session?.audio?.codec?.name,
    packetsReceived: ar?.packets ?? 0,
    packetsSent: sender?.packetsSent ?? 0,
  };
  if (!codec || !ar || ar.packets === 0) return base;
  try {
    const placed = ar.placed();
    const decoded = await decodeAudioPayloads(codec, placed.payloads);
    // When each packet that came back arrived, by where its audio lies in the decoded stream.
    const received = new PacketTimes();
    placed.arrivals.forEach((at, i) => {
      const start = decoded.packetStarts[i];
      if (at !== undefined && start !== undefined) received.record((start / decoded.sampleRate) * 1000, at);
    });
    const found = findMarkers(decoded.pcm, decoded.sampleRate);
    return {
      ...base,
      classification: classifyAudio(decoded.pcm, decoded.sampleRate),
      echo: analyzeEcho(
        found,
        decoded.sampleRate,
        sender?.sentTimes ? { times: sender.sentTimes, loopMs: sender.loopMs } : undefined,
        received,
      ),
    };
  } catch (e) {
    return { ...base, decodeError: e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e) };
  }
}
