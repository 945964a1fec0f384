import type { NegotiatedSession } from "../../../protocol/sdp/sdp-types.js";
import type { Phrase } from "../../../report/i18n/bilingual.js";
import type { CallLeg, RefreshOutcome, StepSink } from "../leg/call-leg.js";
import { type CallClock, endedOrAfter } from "./call-clock.js";

// The mirror window: media flows for the call's duration while we ask for keyframes on purpose
// (RFC 4585 PLI + RFC 5104 FIR, at 30% and 80%) and refresh the session once at half time (RFC
// 4028 §10), away from the keyframe requests.

/** Fractions of the window at which we ask for a keyframe. */
const KEYFRAME_AT = [0.3, 0.8] as const;

/**
 * A window that ends once its evidence suffices asks for its keyframes and refreshes at these
 * times from media start (ms), after the mirror's start-up second, and runs at least
 * MIN_WINDOW_MS: two seconds and more of mirror after that second, so a frozen picture longer
 * than the mirror's 1 s bound (conformance/mirror-check.ts MAX_GAP_MS) still shows, and 20 frames
 * and more come back even at 10 fps.
 */
const EARLY_KEYFRAME_AT_MS = [1200, 2400] as const;
const EARLY_REFRESH_AT_MS = 1800;
export const MIN_WINDOW_MS = 3500;
/** A keyframe request that could not go out (no video yet) is tried again this often, this long. */
const KEYFRAME_RETRY_MS = 100;
const KEYFRAME_GIVE_UP_MS = 1000;

export interface MediaWindowResult {
  /** When media began (run clock). */
  readonly startedAt: number;
  /** The mid-call refresh, unless the call ended before half time. */
  readonly refreshed?: RefreshOutcome;
  /** The call ended before the window did. */
  readonly endedEarly: boolean;
}

/** The "media" step: what was agreed, in a line. */
export function mediaStep(session: NegotiatedSession | undefined): Phrase {
  const audio = session?.audio?.codec?.name;
  const video = session?.video?.codec?.name;
  const suite = (session?.video?.srtp ?? session?.audio?.srtp)?.suite;
  return {
    en: [
      audio ? `audio ${audio}` : "no audio",
      video ? `video ${video}` : "no video",
      suite ? `SRTP ${suite}` : "plain RTP",
    ].join(", "),
    sv: [
      audio ? `ljud ${audio}` : "inget ljud",
      video ? `video ${video}` : "ingen video",
      suite ? `SRTP ${suite}` : "okrypterad RTP",
    ].join(", "),
  };
}

/** How often a window that may end early looks at its evidence. */
const ENOUGH_LOOK_MS = 100;
/**
 * A window that may end early holds its second keyframe request while the first is unanswered,
 * up to this long after the first: the spacing of the 6 s window's 30 % and 80 %, so a slow
 * encoder's answer is timed, not cut short by the next request.
 */
const KEYFRAME_SPACING_MS = 3000;

/** What lets a window end before its bound: the evidence, and the first keyframe's answer. */
export interface EarlyEnd {
  /** The rest of the evidence is in (enough mirrored frames, every keyframe answered). */
  enough(): boolean;
  /** Every keyframe request so far has its keyframe. */
  keyframesAnswered(): boolean;
}

/**
 * Runs the window; returns early when the call ends. With `early`, the window is at most
 * `durationS` long and ends sooner, once MIN_WINDOW_MS have passed, the refresh is done, both
 * keyframe requests are out and `early.enough()` says the rest of the evidence is in.
 */
export async function runMediaWindow(
  leg: CallLeg,
  durationS: number,
  clock: CallClock,
  earlyEnd?: EarlyEnd,
): Promise<MediaWindowResult> {
  const startedAt = clock.now();
  const windowMs = durationS * 1000;
  const deadline = startedAt + windowMs;
  const early = earlyEnd !== undefined && windowMs > MIN_WINDOW_MS;
  let firstKeyframeAt: number | undefined;
  const refreshAt = startedAt + (early ? EARLY_REFRESH_AT_MS : windowMs / 2);
  const keyframeAt = early
    ? EARLY_KEYFRAME_AT_MS.map((ms) => startedAt + ms)
    : KEYFRAME_AT.map((f) => startedAt + windowMs * f);
  const ended = leg.whenEnded();
  let refreshed: RefreshOutcome | undefined;
  for (;;) {
    if (leg.ended()) return { startedAt, endedEarly: true, ...(refreshed ? { refreshed } : {}) };
    const now = clock.now();
    const sufficed =
      early && now >= startedAt + MIN_WINDOW_MS && refreshed && keyframeAt.length === 0 && earlyEnd.enough();
    if (now >= deadline || sufficed)
      return { startedAt, endedEarly: false, ...(refreshed ? { refreshed } : {}) };
    const due = keyframeAt[0];
    const held =
      early &&
      firstKeyframeAt !== undefined &&
      now < firstKeyframeAt + KEYFRAME_SPACING_MS &&
      !earlyEnd.keyframesAnswered();
    if (due !== undefined && now >= due && !held) {
      const sent = leg.requestKeyframe(now);
      if (sent) firstKeyframeAt ??= now;
      if (sent || now >= due + KEYFRAME_GIVE_UP_MS) keyframeAt.shift();
    }
    if (!refreshed && now >= refreshAt) {
      refreshed = await leg.refresh();
      continue;
    }
    const nextKeyframe = keyframeAt[0];
    const wakeAt = Math.min(
      deadline,
      early ? Math.max(now + ENOUGH_LOOK_MS, startedAt + MIN_WINDOW_MS) : Number.POSITIVE_INFINITY,
      refreshed ? Number.POSITIVE_INFINITY : refreshAt,
      nextKeyframe === undefined
        ? Number.POSITIVE_INFINITY
        : now >= nextKeyframe
          ? now + KEYFRAME_RETRY_MS
          : nextKeyframe,
    );
    await endedOrAfter(ended, wakeAt - now, clock);
  }
}

/** The keyframe requests' answers as the media session measured them. */
export interface KeyframeAnswers {
  readonly keyframeProbe: {
    readonly sentAt: readonly number[];
    readonly responseMs: readonly (number | null)[];
    /** Copies of each request sent again while unanswered. */
    readonly repeats?: readonly number[];
  };
  /** Resolves once every request so far has its keyframe. */
  allKeyframesAnswered(): Promise<void>;
  /** A request still waiting counts as unanswered from here on. */
  endKeyframeProbe(): void;
}

/** A keyframe may still be on its way when the window ends: the bound a pass allows. */
const KEYFRAME_LATE_MS = 1000;

/** Waits for keyframes still on their way, closes the probe and writes the "keyframe" step. */
export async function settleKeyframes(
  media: KeyframeAnswers,
  steps: StepSink,
  clock: CallClock,
  /** How the request went out: RTCP "PLI", or H.245 "videoFastUpdatePicture" over H.323. */
  request = "PLI",
): Promise<void> {
  const probe = media.keyframeProbe;
  if (probe.sentAt.length === 0) return;
  await endedOrAfter(media.allKeyframesAnswered(), KEYFRAME_LATE_MS, clock);
  media.endKeyframeProbe();
  const answers = probe.responseMs.map((ms) => (ms === null ? "—" : `${ms} ms`)).join(", ");
  const repeated = (probe.repeats ?? []).reduce((a, b) => a + b, 0);
  steps("keyframe", probe.responseMs.every((ms) => ms !== null) ? "ok" : "failed", {
    en: `${request} answered in ${answers}${repeated > 0 ? ` (${repeated} sent again unanswered, timed from the first)` : ""}`,
    sv: `${request} besvarad efter ${answers}${repeated > 0 ? ` (${repeated} skickade igen obesvarade, räknat från den första)` : ""}`,
  });
}
