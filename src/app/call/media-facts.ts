import { mainSource } from "../../conformance/wire-evidence.js";
import { FrameFamily } from "../../media/frame-code.js";
import type { MediaFacts, PresentationFacts, TimelineFacts } from "./call-report.js";
import type { CallerMedia } from "./caller-media.js";
import type { ReceivedAudio } from "./phases/received-audio.js";
import type { StreamSamples } from "./phases/stream-sampler.js";

// The media session's figures at the end of a call, read into the plain facts of its report.

export function mediaFacts(media: CallerMedia, heard: ReceivedAudio, clockOriginMs: number): MediaFacts {
  const received = media.videoReceiver;
  const probe = media.keyframeProbe;
  const firstMirrored = received?.frames.find((f) => f.family === FrameFamily.camera)?.atMs;
  return {
    video: {
      sent: media.videoSender?.stats,
      received: received?.stats,
      structure: media.videoStructure.facts(),
      keyframeProbe: { requests: probe.sentAt.length, responseMs: probe.responseMs, repeats: probe.repeats },
      depacketizer: received?.depacketizerStats,
      endpoint: media.video.counters,
      source: mainSource(media.video.counters.sources),
      rtcp: media.videoRtcp?.stats,
      receive: media.videoStats.streams(),
      ...(firstMirrored !== undefined ? { firstMirroredMs: Math.round(firstMirrored - clockOriginMs) } : {}),
    },
    audio: {
      packetsSent: heard.packetsSent,
      packetsReceived: heard.packetsReceived,
      endpoint: media.audio.counters,
      rtcp: media.audioRtcp?.stats,
      receive: media.audioStats?.streams() ?? [],
    },
  };
}

export function presentationFacts(media: CallerMedia, offered: boolean, alias: boolean): PresentationFacts {
  return {
    offered,
    alias,
    ...(media.bfcp ? { bfcp: media.bfcp } : {}),
    ...(media.slidesMedia
      ? {
          slides: {
            media: media.slidesMedia,
            sent: media.slidesSender?.stats,
            received: media.slidesReceiver?.stats,
          },
        }
      : {}),
    ...(media.floor ? { floorHistory: media.floor.history } : {}),
    link: media.bfcpLink?.stats,
    notes: media.presentationNotes,
  };
}

export function timelineFacts(media: CallerMedia, samples: StreamSamples): TimelineFacts {
  return {
    samples,
    sentFrames: media.videoSender?.sent ?? [],
    mirroredFrames: (media.videoReceiver?.frames ?? []).filter((f) => f.family === FrameFamily.camera),
  };
}
