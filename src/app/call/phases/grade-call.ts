import { slidesPaths } from "../../../adapters/media/path-figures.js";
import type { Evidence, PresentationEvidence } from "../../../conformance/evidence.js";
import {
  type CallbackEvidence,
  type EchoCallEvidence,
  type FunctionNumber,
  functionChecks,
} from "../../../conformance/functions/function-checks.js";
import { gradeAll } from "../../../conformance/grade-all.js";
import { type PathFigures, underNetwork } from "../../../conformance/network-bounds.js";
import {
  floorCheck,
  type PresentationSkip,
  receiveSlidesCheck,
  skippedPresentationChecks,
  slidesReplaceMirrorCheck,
} from "../../../conformance/presentation-check.js";
import type { Check } from "../../../report/model.js";
import { callEvidence } from "../call-evidence.js";
import { stepStatusOf, summaryOf } from "../call-steps.js";
import type { CallerMedia } from "../caller-media.js";
import type { CallLeg, StepSink } from "../leg/call-leg.js";
import type { AliasPhaseResult } from "./alias-phase.js";
import type { PresentationPhaseResult } from "./presentation-phase.js";
import { receiveSlidesEvidence } from "./presentation-phase.js";
import type { PresentationPlan } from "./presentation-plan.js";

/** How the presentation went: the plan, and what presenting measured when we did. */
export interface PresentationOutcome {
  readonly plan: PresentationPlan;
  /** We called the presentation alias. */
  readonly alias: boolean;
  readonly result?: PresentationPhaseResult;
  /** When media began (run clock): the slides received are timed from here. */
  readonly mediaStartedAt: number;
}

/**
 * The presentation's checks: skipped with the reason, the alias's slides received, or ours shown.
 * Each is graded under the path that carried its evidence: the floor's BFCP runs over TCP (RFC
 * 8856), which repairs loss itself, so media loss never decides it; our slides come back on the
 * main video (`network`), so its loss and jitter bound that check.
 */
export function presentationChecks(
  outcome: PresentationOutcome,
  media: CallerMedia,
  steps: StepSink,
  network: readonly PathFigures[],
): { readonly checks: Check[]; readonly skip?: PresentationSkip } {
  const { plan, result } = outcome;
  if (plan.kind === "skip")
    return { checks: skippedPresentationChecks(plan.skip, outcome.alias), skip: plan.skip };
  if (plan.kind === "receive") {
    const check = underNetwork(
      receiveSlidesCheck(receiveSlidesEvidence(media, outcome.mediaStartedAt)),
      slidesPaths(media),
    );
    steps("slides", stepStatusOf(check), summaryOf(check));
    return { checks: [check] };
  }
  if (!result) return { checks: [] };
  const mainVideo = network.filter((p) => p.stream === "video");
  const floor = floorCheck(result.floor);
  const slides = slidesReplaceMirrorCheck(result.floor.outcome === "granted", result.mirror);
  return {
    checks: [
      media.bfcp?.proto.startsWith("UDP") ? underNetwork(floor, mainVideo) : floor,
      underNetwork(slides, mainVideo),
    ],
  };
}

/** Everything we know of the far end of the main call, for the requirements' checks. */
export function mainCallEvidence(
  leg: CallLeg,
  media: CallerMedia,
  presentation: PresentationOutcome,
  checks: readonly Check[],
  skip: PresentationSkip | undefined,
): Evidence {
  const result = presentation.result;
  const presentationEvidence: PresentationEvidence | undefined =
    checks.length > 0
      ? {
          ...(result
            ? {
                floorGranted: result.floor.outcome === "granted",
                ...(result.floor.requestToGrantMs !== undefined
                  ? { grantMs: result.floor.requestToGrantMs }
                  : {}),
              }
            : {}),
          ...(media.slidesMedia?.codec ? { slidesCodec: media.slidesMedia.codec.name } : {}),
          checks: [...checks],
        }
      : undefined;
  return callEvidence({
    signalling: leg.evidence(),
    media,
    ourSrtp: leg.srtpPolicy,
    ...(presentationEvidence ? { presentation: presentationEvidence } : {}),
    ...(skip ? { presentationUnavailable: skip.reason } : {}),
  });
}

/** The call's checks in report order and the functions graded from them. */
export function gradeCall(input: {
  readonly mirror: Check;
  readonly music: Check;
  readonly evidence: Evidence;
  readonly leg: CallLeg;
  readonly selected: ReadonlySet<FunctionNumber>;
  readonly aliases: AliasPhaseResult;
}): { readonly checks: Check[]; readonly functions: Check[] } {
  const { aliases } = input;
  // The presentation checks in the evidence were graded under their paths (presentationChecks);
  // presentation.floor-and-slides is the worst of them.
  const checks = [
    input.mirror,
    input.music,
    ...gradeAll(input.evidence),
    ...(aliases.slidesAlias ? [aliases.slidesAlias] : []),
  ];
  const echo: EchoCallEvidence | undefined = aliases.echo;
  const callback: CallbackEvidence | undefined = aliases.callback;
  const functions = functionChecks({
    selected: input.selected,
    checks,
    reach: input.leg.evidence().path,
    ...(echo ? { echo } : {}),
    ...(callback ? { callback } : {}),
    unsupported: aliases.unsupported,
  });
  return { checks, functions };
}
