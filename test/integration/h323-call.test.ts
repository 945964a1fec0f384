import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeAudioPayloads } from "../../src/adapters/ffmpeg/audio-encoder.js";
import { resolveFfmpeg } from "../../src/adapters/ffmpeg/resolve.js";
import type { H245Mode } from "../../src/adapters/h323/index.js";
import { CallSetupError } from "../../src/app/call/call-setup-error.js";
import { CallerMedia, type CallerMediaOptions } from "../../src/app/call/caller-media.js";
import type { StepSink } from "../../src/app/call/leg/call-leg.js";
import { H323Line } from "../../src/app/call/leg/h323/h323-line.js";
import { parseH323Target } from "../../src/app/call/leg/h323/h323-target.js";
import { AUDIO_CODECS, type AudioCodec } from "../../src/media/audio/codecs.js";
import { renderMarkerAudio } from "../../src/media/audio/markers.js";
import { AnsweringEndpoint } from "../support/h323/answering-endpoint.js";
import { closedTcpPort } from "../support/loopback-ports.js";

// Our H.323 leg against the engine's listener on loopback, answered by a media party of our own
// (test/support/h323/answering-endpoint.ts), in each H.245 mode: the call is set up, H.264 and
// audio flow both ways, a keyframe asked for with H.245 videoFastUpdatePicture arrives, the
// call ends with ReleaseComplete, and the evidence is read from the call's own bytes.

let endpoint: AnsweringEndpoint;
let options: CallerMediaOptions;
const opened: CallerMedia[] = [];

beforeAll(async () => {
  endpoint = await AnsweringEndpoint.open();
  const pcm = renderMarkerAudio(48000, 20);
  const payloads = new Map<AudioCodec, Uint8Array[]>(
    await Promise.all(
      AUDIO_CODECS.map(async (c) => [c, await encodeAudioPayloads(pcm, 48000, c, 20)] as const),
    ),
  );
  options = {
    localAddress: "127.0.0.1",
    srtp: "off",
    ice: false,
    ffmpegPath: resolveFfmpeg().path,
    video: { width: 640, height: 360, fps: 15, bitrateKbps: 600 },
    audioPayloads: (c) => payloads.get(c),
  };
}, 60_000);

afterAll(async () => {
  for (const m of opened) m.close();
  await endpoint?.close();
});

async function openMedia(): Promise<CallerMedia> {
  const m = await CallerMedia.open(options);
  opened.push(m);
  return m;
}

const until = async (what: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!what() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return what();
};

describe.each<H245Mode>(["fastStart", "tunnelling", "separate"])("an H.323 call, H.245 %s", (mode) => {
  it("is set up, carries H.264 and audio both ways, answers a keyframe request and hangs up", async () => {
    const target = parseH323Target(`h323:testrum@${endpoint.address.host}:${endpoint.address.port}`);
    const line = new H323Line({ target, localAddress: "127.0.0.1", mode, calling: { h323Id: "vdm-test" } });
    const steps: string[] = [];
    const sink: StepSink = (name, status) => steps.push(`${name} ${status}`);
    let media: CallerMedia | undefined;
    const leg = await line.place({
      target: target.text,
      srtp: "off",
      answerTimeoutS: 20,
      openMedia: async () => {
        media = await openMedia();
        return media;
      },
      main: { steps: sink },
    });
    expect(steps).toContain("answered ok");
    expect(leg.negotiated()?.video?.codec?.name).toMatch(/^H264$/i);
    expect(leg.negotiated()?.audio?.codec).toBeDefined();
    expect(await until(() => (media!.videoReceiver?.stats.framesDecoded ?? 0) > 5, 20_000)).toBe(true);
    expect(media!.audio.counters.rtpReceived).toBeGreaterThan(0);
    const far = endpoint.calls.at(-1)!;
    expect(await until(() => (far.media.videoReceiver?.stats.framesDecoded ?? 0) > 5, 20_000)).toBe(true);

    expect(leg.requestKeyframe(performance.now())).toBe(true);
    await until(() => media!.keyframeProbe.responseMs.length > 0, 10_000);
    expect(far.keyframeRequests).toBe(1);
    expect(media!.keyframeProbe.responseMs[0]).toBeTypeOf("number");

    const refreshed = await leg.refresh();
    expect(refreshed.status).toBe("error");
    expect(steps).toContain("refresh skipped");
    expect(leg.presentation()).toHaveProperty("unavailable");

    const { byPeer, how } = await leg.hangUp();
    expect({ byPeer, how }).toEqual({ byPeer: false, how: "ReleaseComplete" });
    expect(await until(() => leg.ended(), 10_000)).toBe(true);
    const end = await far.call.whenEnded();
    expect(end.byPeer).toBe(true);

    const evidence = leg.evidence();
    expect(evidence.h323?.h245.mode).toBe(mode);
    expect(evidence.h323?.h245.fastStart).toBe(mode === "fastStart");
    expect(evidence.h323?.h245.separate).toBe(mode === "separate");
    expect(evidence.h323?.capabilities?.some((c) => c.name === "H.264")).toBe(true);
    expect(evidence.h323?.channels.some((c) => c.name === "H.264")).toBe(true);
    const ladder = line.ladder(0);
    expect(ladder[0]?.firstLine).toMatch(/^Setup/);
    expect(ladder.some((r) => /ReleaseComplete/.test(r.firstLine))).toBe(true);
    await line.close();
  }, 90_000);
});

it("a closed port is unreachable, with one line and no stack", async () => {
  const port = await closedTcpPort();
  const target = parseH323Target(`h323:testrum@127.0.0.1:${port}`);
  const line = new H323Line({ target, localAddress: "127.0.0.1", mode: "fastStart", calling: {} });
  const error = await line
    .place({ target: target.text, srtp: "off", answerTimeoutS: 5, openMedia })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CallSetupError);
  expect((error as CallSetupError).kind).toBe("unreachable");
  expect((error as Error).message).not.toMatch(/\n/);
}, 30_000);
