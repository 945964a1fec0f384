import type { StreamStats } from "../../../media/rtp-stats.js";
import type { StreamSample } from "../../../report/timeline.js";

/** The receive statistics the sampler reads (the media session's). */
export interface SampledStreams {
  readonly videoStats: { streams(): readonly StreamStats[] };
  readonly audioStats?: { streams(): readonly StreamStats[] } | undefined;
}

export interface StreamSamples {
  readonly video: StreamSample[];
  readonly audio: StreamSample[];
}

/** The busiest stream's cumulative figures now, `atMs` from the run's start. */
export function sampleOf(streams: readonly StreamStats[], atMs: number): StreamSample | undefined {
  const busiest = [...streams].sort((a, b) => b.packets - a.packets)[0];
  return (
    busiest && {
      atMs,
      bytes: busiest.bytes,
      expected: busiest.expected,
      lost: busiest.lost,
      jitterMs: busiest.jitterMs,
    }
  );
}

/** One sample a second of what we receive, for the report's timelines, until stopped. */
export function startSampling(media: SampledStreams, sinceStartMs: () => number): { stop(): StreamSamples } {
  const samples: StreamSamples = { video: [], audio: [] };
  const timer = setInterval(() => {
    const video = sampleOf(media.videoStats.streams(), sinceStartMs());
    const audio = sampleOf(media.audioStats?.streams() ?? [], sinceStartMs());
    if (video) samples.video.push(video);
    if (audio) samples.audio.push(audio);
  }, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}
