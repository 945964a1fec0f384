import { performance } from "node:perf_hooks";
import type {
  FloorEvidence,
  ReceiveSlidesEvidence,
  SlidesInMirrorEvidence,
} from "../../../conformance/presentation-check.js";
import { FrameFamily } from "../../../media/frame-code.js";
import type { CallerMedia } from "../caller-media.js";
import type { FloorControl } from "../leg/call-leg.js";

// The presentation step of a call, after the mirror window: FloorRequest (RFC 8855 §10.1), our
// slides on the content stream while granted, the main video watched for our slides in place of
// our camera, FloorRelease (§10.2), and the camera watched coming back.

export interface PresentationTimings {
  /** Waits for the grant, for the slides to show, for the camera to come back. */
  readonly grantTimeoutMs: number;
  readonly showTimeoutMs: number;
  /** How long the slides stay on after the first one came back, at most (SLIDES_SHOWN end it sooner). */
  readonly holdMs: number;
  readonly returnTimeoutMs: number;
}

export const DEFAULT_PRESENTATION_TIMINGS: PresentationTimings = {
  grantTimeoutMs: 5000,
  showTimeoutMs: 6000,
  holdMs: 1200,
  returnTimeoutMs: 5000,
};

export interface PresentationPhaseResult {
  readonly floor: FloorEvidence;
  readonly mirror: SlidesInMirrorEvidence;
  /** performance.now() when the floor was requested: the mirror window ends here. */
  readonly startedAt: number;
  /** The main video's last GOP while our slides were shown (for the report's snapshot). */
  readonly presentationGop?: Uint8Array;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Slides frames back on the main video that end the hold: at 5 fps, 0.6 s of slides shown. */
const SLIDES_SHOWN = 4;

/** Waits until `probe` returns a value or `timeoutMs` passes, looking every 40 ms. */
async function until<T>(
  probe: () => T | undefined,
  timeoutMs: number,
  stop: () => boolean,
): Promise<T | undefined> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined || performance.now() >= end || stop()) return v;
    await sleep(40);
  }
}

/** What of the media session the presentation uses: our slides out, the main video back. */
export type PresentingMedia = Pick<
  CallerMedia,
  "videoReceiver" | "startSlides" | "stopSlides" | "slidesSender"
>;

export async function runPresentationPhase(
  floor: FloorControl,
  media: PresentingMedia,
  ended: () => boolean,
  timings: PresentationTimings = DEFAULT_PRESENTATION_TIMINGS,
): Promise<PresentationPhaseResult> {
  const startedAt = performance.now();
  const frames = () => media.videoReceiver?.frames ?? [];
  const noMirror: SlidesInMirrorEvidence = {
    slidesFrames: 0,
    slidesFramesSent: 0,
    cameraFramesWhilePresenting: 0,
  };

  // Hello/HelloAck first (RFC 8855 §5.3.11); the participant sent Hello when media started.
  const hello = await floor.waitFor(["connected"], timings.grantTimeoutMs);
  if (hello?.state.name !== "connected") {
    const state = floor.state;
    return {
      startedAt,
      floor: {
        outcome: state.name === "failed" ? "failed" : "timeout",
        reason: state.name === "failed" ? state.reason : "no HelloAck from the floor control server",
      },
      mirror: noMirror,
    };
  }
  const requestedAt = performance.now();
  floor.requestFloor();
  const answer = await floor.waitFor(["granted", "denied", "revoked", "released"], timings.grantTimeoutMs);
  if (answer?.state.name !== "granted") {
    const state = answer?.state ?? floor.state;
    const info = floor.errors.at(-1)?.info;
    return {
      startedAt,
      floor: {
        outcome:
          state.name === "denied"
            ? "denied"
            : state.name === "revoked"
              ? "revoked"
              : state.name === "failed"
                ? "failed"
                : "timeout",
        ...(state.name === "failed" ? { reason: state.reason } : info ? { reason: info } : {}),
      },
      mirror: noMirror,
    };
  }
  const grantedAt = answer.at;
  media.startSlides();
  const firstSlides = await until(
    () => frames().find((f) => f.family === FrameFamily.slides && f.atMs > grantedAt),
    timings.showTimeoutMs,
    ended,
  );
  // The slides stay on until SLIDES_SHOWN of them came back (the first proves the switch, the
  // rest that it holds), or holdMs at most.
  if (firstSlides)
    await until(
      () =>
        frames().filter((f) => f.family === FrameFamily.slides && f.atMs > grantedAt).length >= SLIDES_SHOWN
          ? true
          : undefined,
      timings.holdMs,
      ended,
    );
  const presentationGop = firstSlides ? media.videoReceiver?.lastGop() : undefined;
  const releasedAskedAt = performance.now();
  floor.releaseFloor();
  const released = await floor.waitFor(["released", "revoked"], timings.grantTimeoutMs);
  await media.stopSlides();
  const releaseAt = released?.at ?? releasedAskedAt;
  const cameraBack = await until(
    () => frames().find((f) => f.family === FrameFamily.camera && f.atMs > releaseAt),
    timings.returnTimeoutMs,
    ended,
  );
  const presenting = frames().filter((f) => f.atMs > grantedAt && f.atMs <= releaseAt);
  const releaseState = released?.state ?? floor.state;
  return {
    startedAt,
    ...(presentationGop ? { presentationGop } : {}),
    floor: {
      outcome: "granted",
      requestToGrantMs: Math.round(grantedAt - requestedAt),
      release: released
        ? releaseState.name === "released"
          ? "released"
          : releaseState.name === "revoked"
            ? "revoked"
            : "failed"
        : "timeout",
      ...(released ? { releaseMs: Math.round(released.at - releasedAskedAt) } : {}),
    },
    mirror: {
      ...(firstSlides ? { grantToFirstSlidesFrameMs: Math.round(firstSlides.atMs - grantedAt) } : {}),
      slidesFrames: presenting.filter((f) => f.family === FrameFamily.slides).length,
      slidesFramesSent: media.slidesSender?.stats.framesEncoded ?? 0,
      cameraFramesWhilePresenting: firstSlides
        ? presenting.filter((f) => f.family === FrameFamily.camera && f.atMs > firstSlides.atMs).length
        : 0,
      ...(cameraBack ? { releaseToCameraMs: Math.round(cameraBack.atMs - releaseAt) } : {}),
    },
  };
}

/** What came in on the content stream (the presentation alias's slides). */
export function receiveSlidesEvidence(
  media: Pick<CallerMedia, "slidesReceiver" | "slidesStats">,
  mediaStart: number,
): ReceiveSlidesEvidence {
  const r = media.slidesReceiver;
  const first = r?.frames.find((f) => f.family === FrameFamily.slides);
  return {
    packets: media.slidesStats.streams().reduce((n, s) => n + s.packets, 0),
    framesDecoded: r?.stats.framesDecoded ?? 0,
    slidesFrames: r?.frames.filter((f) => f.family === FrameFamily.slides).length ?? 0,
    ...(first ? { firstSlidesFrameMs: Math.round(first.atMs - mediaStart) } : {}),
    decodeErrors: r?.stats.decodeErrors.slice(0, 3) ?? [],
  };
}
