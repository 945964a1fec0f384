import { cachedAudioPayloads } from "../../adapters/ffmpeg/audio-encoder.js";
import { type ResolvedFfmpeg, resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import { makeSnapshots } from "../../adapters/media/snapshots.js";
import { FUNCTIONS } from "../../conformance/functions/function-checks.js";
import { AUDIO_CODECS, type AudioCodec } from "../../media/audio/codecs.js";
import { renderMarkerAudio } from "../../media/audio/markers.js";
import { FrameFamily } from "../../media/frame-code.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import { parseRoutedCallTarget } from "../../protocol/sip/call-target.js";
import type { Report } from "../../report/model.js";
import { PRESENTATION_USER } from "../room/room.js";
import type { CallOptions } from "./call-options.js";
import { type CallDestination, callDestination, ourAddressFor, ourAddressForHost } from "./call-origin.js";
import { callReport } from "./call-report.js";
import { type CallProgress, CallSteps } from "./call-steps.js";
import { CallerMedia, type CallerMediaOptions } from "./caller-media.js";
import type { CallLeg, CallLine } from "./leg/call-leg.js";
import { parseGatekeeper } from "./leg/h323/h323-gatekeeper.js";
import { H323Line } from "./leg/h323/h323-line.js";
import { isH323Uri, parseH323Target } from "./leg/h323/h323-target.js";
import { SipLine } from "./leg/sip/sip-line.js";
import { mediaFacts, presentationFacts, timelineFacts } from "./media-facts.js";
import type { AliasCallContext } from "./phases/alias-calls.js";
import { type AliasPhaseInput, type AliasPhaseResult, runAliasCalls } from "./phases/alias-phase.js";
import { type CallClock, REAL_CLOCK } from "./phases/call-clock.js";
import {
  gradeCall,
  mainCallEvidence,
  type PresentationOutcome,
  presentationChecks,
} from "./phases/grade-call.js";
import { endCall } from "./phases/hang-up.js";
import { gradeMirror, gradeMusic } from "./phases/media-checks.js";
import { mediaStep, runMediaWindow, settleKeyframes } from "./phases/media-window.js";
import { planPresentation, presentSlides } from "./phases/presentation-plan.js";
import { type StreamSamples, startSampling } from "./phases/stream-sampler.js";

export type { CallCapture, CallOptions } from "./call-options.js";
export { CallSetupError } from "./call-setup-error.js";
export type { CallProgress } from "./call-steps.js";

/**
 * The far end is a vdm-test room in its own words: "vdm-test room" in SIP's Server header or in
 * H.225.0's VendorIdentifier productId.
 */
export function isVdmTestRoom(agent: string | undefined): boolean {
  return /vdm-test room/i.test(agent ?? "");
}

/** How the run opens media parties: our marker audio encoded ahead, the user's video settings. */
interface MediaMaker {
  /** Options for a party; `srtp` is the stance in force (raised after a refused offer). */
  options(extra: Partial<CallerMediaOptions>): CallerMediaOptions;
  open(extra: Partial<CallerMediaOptions>): Promise<CallerMedia>;
  srtp: SrtpPolicy;
}

type MarkerAudio = ReadonlyMap<AudioCodec, Uint8Array[]>;

/** Our outgoing marker audio, encoded for every codec we might agree on (read from the cache after the first run). */
async function markerAudio(opts: CallOptions): Promise<MarkerAudio> {
  const markerPcm = renderMarkerAudio(48000, Math.min(120, Math.max(10, opts.durationS + 4)));
  return new Map(
    await Promise.all(
      AUDIO_CODECS.map(async (c) => [c, await cachedAudioPayloads(markerPcm, 48000, c, 20)] as const),
    ),
  );
}

/** The parties we open, with our marker audio and the user's video settings. */
function mediaMaker(
  opts: CallOptions,
  localAddress: string,
  ffmpeg: ResolvedFfmpeg,
  opened: CallerMedia[],
  audioPayloads: MarkerAudio,
  base: Partial<CallerMediaOptions>,
): MediaMaker {
  const maker: MediaMaker = {
    srtp: opts.srtp,
    options: (extra) => ({
      localAddress,
      srtp: maker.srtp,
      ffmpegPath: ffmpeg.path,
      video: opts.video,
      audioPayloads: (c) => audioPayloads.get(c),
      ...(opts.capture ? { tap: opts.capture } : {}),
      ...base,
      ...extra,
    }),
    open: async (extra) => {
      const media = await CallerMedia.open(maker.options(extra));
      opened.push(media);
      return media;
    },
  };
  return maker;
}

/** Places the main call; its media party is the last one opened (a refusal opens a new one). */
async function placeMainCall(
  line: CallLine,
  opts: CallOptions,
  media: MediaMaker,
  steps: CallSteps,
): Promise<{ leg: CallLeg; media: CallerMedia }> {
  let mainMedia: CallerMedia | undefined;
  // BFCP is SIP's presentation (RFC 8855); H.323's is H.239, its token in H.245.
  const presentation =
    opts.presentation === false
      ? undefined
      : line.protocol === "sip"
        ? { transport: opts.bfcpTransport ?? "tcp" }
        : { transport: "h239" as const };
  const leg = await line.place({
    target: line.target,
    srtp: media.srtp,
    answerTimeoutS: opts.answerTimeoutS ?? 30,
    openMedia: async (srtp) => {
      media.srtp = srtp;
      mainMedia = await media.open(presentation ? { presentation } : {});
      return mainMedia;
    },
    main: { steps: steps.add },
  });
  return { leg, media: mainMedia! };
}

/**
 * Places one test call and grades it: sends the test pattern and marker audio, measures the
 * mirrored frames and the audio that comes back, grades the far end's messages, SDP and media
 * against the six requirements, and (against a vdm-test room) makes the short calls to the
 * echo, callback and presentation aliases for functions 7-9, all three at once beside the main
 * call once its mirror window is over, and returns the report.
 */
export async function runCall(opts: CallOptions, progress: CallProgress): Promise<Report> {
  const clock = REAL_CLOCK;
  const clockOriginMs = clock.now();
  const startedAt = new Date();
  const steps = new CallSteps(progress, clock, clockOriginMs);
  const ffmpeg = resolveFfmpeg();
  const protocol = callProtocol(opts);
  // Our marker audio is encoded (or read from the cache) while the room starts and the line opens.
  const audio = markerAudio(opts);
  audio.catch(() => undefined); // awaited below; a failure before that point wins
  const destination = await callDestination(opts, steps.add);
  const opened: CallerMedia[] = [];
  try {
    const mediaRef: { maker?: MediaMaker } = {};
    const { line, localAddress, user } = await openLine(protocol, opts, destination, mediaRef, steps);
    try {
      // H.323 carries no ICE and no BFCP: its media is plain RTP, its presentation H.239.
      const base: Partial<CallerMediaOptions> = protocol === "h323" ? { ice: false } : {};
      const media = mediaMaker(opts, localAddress, ffmpeg, opened, await audio, base);
      mediaRef.maker = media;
      const main = await placeMainCall(line, opts, media, steps);
      const run: CallRun = {
        opts,
        clock,
        clockOriginMs,
        startedAt,
        steps,
        line,
        media,
        ffmpeg,
        localAddress,
        ours: destination.room !== undefined,
        alias: user?.toLowerCase() === PRESENTATION_USER,
      };
      return await runPhases(run, main.leg, main.media);
    } finally {
      await line.close();
    }
  } finally {
    for (const m of opened) m.close();
    await destination.stop();
  }
}

/** The protocol of the call: as asked (`--protocol`), else H.323 for an h323: target, else SIP. */
function callProtocol(opts: CallOptions): "sip" | "h323" {
  return opts.protocol ?? (opts.target && isH323Uri(opts.target) ? "h323" : "sip");
}

/** Opens the signalling line of the run: our address, and the user part (alias) called. */
async function openLine(
  protocol: "sip" | "h323",
  opts: CallOptions,
  destination: CallDestination,
  media: { maker?: MediaMaker },
  steps: CallSteps,
): Promise<{ line: CallLine; localAddress: string; user: string | undefined }> {
  if (protocol === "h323") {
    const target = parseH323Target(destination.target);
    const gatekeeper = opts.gatekeeper !== undefined ? parseGatekeeper(opts.gatekeeper) : undefined;
    const localAddress = opts.localAddress ?? (await ourAddressForHost(gatekeeper?.host ?? target.host));
    const line = new H323Line({
      target,
      localAddress,
      mode: opts.h245Mode ?? "fastStart",
      calling: { h323Id: "vdm-test" },
      ...(gatekeeper
        ? {
            gatekeeper: {
              address: gatekeeper,
              dialAs: opts.dialAs ?? "uri",
              // Our video and G.711 audio, both directions.
              bandwidthKbps: 2 * (opts.video.bitrateKbps + 64),
            },
          }
        : {}),
      // H.235.6 media keys travel in H.245 channels: not with fast start (channels in Setup).
      ...(opts.srtp !== "off" && (opts.h245Mode ?? "fastStart") !== "fastStart"
        ? { encryption: "h235" as const }
        : {}),
      ...(opts.capture ? { onMessage: (m) => opts.capture?.h323(m) } : {}),
      ...(opts.answerCallback !== false ? { callbackMedia: () => media.maker!.options({}) } : {}),
    });
    return { line, localAddress, user: target.alias };
  }
  const target = parseRoutedCallTarget(destination.target, opts.transport, opts.proxy);
  const localAddress = opts.localAddress ?? (await ourAddressFor(target, opts.proxy));
  const line = await SipLine.open(
    {
      ...opts,
      target,
      localAddress,
      ...(destination.ca ? { ca: destination.ca } : {}),
      probe: !opts.skipOptions,
      ...(opts.capture ? { onWire: (e) => opts.capture?.sip(e) } : {}),
      callbackMedia: () => media.maker!.options({}),
    },
    steps.add,
  );
  return { line, localAddress, user: target.uri.user };
}

/** What every phase of a run may read. */
interface CallRun {
  readonly opts: CallOptions;
  readonly clock: CallClock;
  readonly clockOriginMs: number;
  readonly startedAt: Date;
  readonly steps: CallSteps;
  readonly line: CallLine;
  readonly media: MediaMaker;
  readonly ffmpeg: ResolvedFfmpeg;
  readonly localAddress: string;
  /** The far end is a room of ours (embedded or shared). */
  readonly ours: boolean;
  /** We called the presentation alias: it presents, we receive. */
  readonly alias: boolean;
}

/** What the live part of the call measured, up to the hang-up. */
interface LiveCall {
  readonly presentation: PresentationOutcome;
  readonly samples: StreamSamples;
  /** The mirrored picture as it stood at the end of the mirror window, for the report. */
  readonly mirroredGop: Uint8Array | undefined;
}

/** The phases of an answered call, in order, and its report. */
async function runPhases(run: CallRun, leg: CallLeg, media: CallerMedia): Promise<Report> {
  const foreign = !(run.ours || isVdmTestRoom(leg.remoteAgent));
  // Functions 7-9: three short calls placed at once, beside the main call once its mirror
  // window is over (their load would otherwise be measured as the mirror's jitter).
  let aliasCalls: Promise<AliasPhaseResult> | undefined;
  const startAliasCalls = (): Promise<AliasPhaseResult> =>
    (aliasCalls ??= runAliasCalls(aliasContext(run, leg), aliasInput(run, leg, foreign), run.steps.add));
  const live = await liveCall(run, leg, media, startAliasCalls);
  const pendingAliases = startAliasCalls();
  const presented = live.presentation.result;
  // The report's pictures are decoded (ffmpeg) while the audio is graded.
  const lastSent = media.videoSender?.sent.at(-1);
  const snapshots = makeSnapshots({
    ...(lastSent ? { sent: { ...run.opts.video, family: FrameFamily.camera, number: lastSent.number } } : {}),
    ...(live.mirroredGop ? { mirroredGop: live.mirroredGop } : {}),
    ...(presented?.presentationGop ? { presentationGop: presented.presentationGop } : {}),
    ffmpegPath: run.ffmpeg.path,
  });
  // What the path did to our media both ways, beside each media verdict.
  const network = media.paths({ video: true, audio: false });
  const mirror = gradeMirror(media, presented?.startedAt ?? Number.POSITIVE_INFINITY, network, run.steps.add);
  const { check: music, heard } = await gradeMusic(media, !foreign, network, run.steps.add);
  const shown = presentationChecks(live.presentation, media, run.steps.add, network);
  const evidence = mainCallEvidence(leg, media, live.presentation, shown.checks, shown.skip);
  run.opts.onEvidence?.(evidence);
  const selected = run.opts.functions ?? new Set(FUNCTIONS);
  const aliases = await pendingAliases;
  await run.line.finish?.();
  const { checks, functions } = gradeCall({ mirror, music, evidence, leg, selected, aliases });
  return callReport({
    target: run.line.target,
    startedAt: run.startedAt,
    clockOriginMs: run.clockOriginMs,
    durationMs: Math.round(run.clock.now() - run.clockOriginMs),
    steps: run.steps.list,
    checks,
    functions,
    localAddress: run.localAddress,
    remoteAgent: leg.remoteAgent,
    embeddedRoom: run.ours,
    srtpPolicy: leg.srtpPolicy,
    signalling: leg.reportFacts(),
    negotiated: leg.negotiated(),
    media: mediaFacts(media, heard, run.clockOriginMs),
    ...(aliases.echo ? { echo: aliases.echo } : {}),
    ...(aliases.callback ? { callback: aliases.callback } : {}),
    ffmpeg: { path: run.ffmpeg.path, source: run.ffmpeg.source },
    notes: media.negotiationNotes,
    presentation: presentationFacts(media, run.opts.presentation !== false, run.alias),
    ladder: run.line.ladder(run.startedAt.getTime()),
    snapshots: (await snapshots).snapshots,
    timeline: timelineFacts(media, live.samples),
  });
}

/**
 * Media flows for the mirror window (keyframe requests, a mid-call refresh), then our slides
 * replace our picture and the camera comes back, then we hang up.
 */
async function liveCall(
  run: CallRun,
  leg: CallLeg,
  media: CallerMedia,
  windowOver: () => unknown,
): Promise<LiveCall> {
  const { opts, clock } = run;
  const step = run.steps.add;
  step("media", "ok", mediaStep(leg.negotiated()));
  const sampler = startSampling(media, () => clock.now() - run.clockOriginMs);
  // Unless --duration fixed it, the window ends once the mirror's evidence is in.
  const early = opts.fixedDuration
    ? undefined
    : { enough: () => mirrorEvidenceIn(media), keyframesAnswered: () => keyframesAnswered(media) };
  const window = await runMediaWindow(leg, opts.durationS, clock, early);
  await settleKeyframes(media, step, clock, run.line.protocol === "h323" ? "videoFastUpdatePicture" : "PLI");
  windowOver();
  const mirroredGop = media.videoReceiver?.lastGop();
  const chosen = (opts.functions ?? new Set(FUNCTIONS)).has(3);
  const plan = planPresentation({ offered: opts.presentation !== false, chosen, alias: run.alias }, leg);
  const result = plan.kind === "present" ? await presentSlides(plan.channel, leg, media, step) : undefined;
  const samples = sampler.stop();
  await endCall(leg, media, step, clock);
  return {
    presentation: { plan, alias: run.alias, mediaStartedAt: window.startedAt, ...(result ? { result } : {}) },
    samples,
    mirroredGop,
  };
}

/**
 * Enough camera frames came back to grade the mirror on (MIN_MIRRORED_FRAMES), and every
 * keyframe request so far has its keyframe.
 */
function mirrorEvidenceIn(media: CallerMedia): boolean {
  if (!keyframesAnswered(media)) return false;
  const frames = media.videoReceiver?.frames ?? [];
  let camera = 0;
  for (const f of frames) if (f.family === FrameFamily.camera) camera++;
  return camera >= MIN_MIRRORED_FRAMES;
}

/** Every keyframe request so far has its keyframe. */
function keyframesAnswered(media: CallerMedia): boolean {
  const probe = media.keyframeProbe;
  return probe.responseMs.length === probe.sentAt.length && probe.responseMs.every((r) => r !== null);
}

/**
 * Camera frames back before the mirror window may end early: twice the share check's 20
 * (conformance/mirror-check.ts MIN_DELIVERED_FRAMES), so a loaded sender's 10 fps still ends it.
 */
const MIN_MIRRORED_FRAMES = 40;

function aliasInput(run: CallRun, leg: CallLeg, foreign: boolean): AliasPhaseInput {
  return {
    selected: run.opts.functions ?? new Set(FUNCTIONS),
    foreign: foreign ? { remoteAgent: leg.remoteAgent } : undefined,
    // Asked when the mirror window is over, before our own hang-up: only the far end ended it then.
    hungUpByPeer: leg.ended(),
    presentationOffered: run.opts.presentation !== false,
    calledPresentationAlias: run.alias,
    callbackUri: run.opts.callbackUri,
    callbackWaitMs: (run.opts.callbackWaitS ?? 8) * 1000,
  };
}

function aliasContext(run: CallRun, leg: CallLeg): AliasCallContext {
  return {
    line: run.line,
    openMedia: run.media.open,
    srtp: leg.srtpPolicy,
    answerTimeoutS: Math.min(10, run.opts.answerTimeoutS ?? 10),
    bfcpTransport: run.opts.bfcpTransport ?? "tcp",
  };
}
