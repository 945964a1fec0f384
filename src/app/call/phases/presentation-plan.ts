import type { PresentationSkip } from "../../../conformance/presentation-check.js";
import type { Phrase } from "../../../report/i18n/bilingual.js";
import type { CallLeg, PresentationChannel, StepSink } from "../leg/call-leg.js";
import {
  type PresentationPhaseResult,
  type PresentingMedia,
  runPresentationPhase,
} from "./presentation-phase.js";

// Whether the call tests presentation, and how: we present (function 3), the presentation alias
// presents to us (function 9, graded from what arrives), or it is skipped with the reason.

export const NO_PRESENTATION_FLAG: Phrase = {
  en: "skipped with --no-presentation",
  sv: "hoppades över med --no-presentation",
};

export type PresentationPlan =
  | { readonly kind: "present"; readonly channel: PresentationChannel }
  | { readonly kind: "receive" }
  | { readonly kind: "skip"; readonly skip: PresentationSkip };

export interface PresentationChoice {
  /** We offered a presentation channel (not `--no-presentation`). */
  readonly offered: boolean;
  /** Function 3 was chosen with `--functions`. */
  readonly chosen: boolean;
  /** We called the presentation alias: it presents, we receive. */
  readonly alias: boolean;
}

/** Decides from what we offered, what was chosen and what the leg agreed. */
export function planPresentation(choice: PresentationChoice, leg: CallLeg): PresentationPlan {
  const skip = (reason: Phrase): PresentationPlan => ({ kind: "skip", skip: { skipped: true, reason } });
  if (!choice.offered) return skip(NO_PRESENTATION_FLAG);
  if (!choice.chosen && !choice.alias)
    return skip({ en: "function 3 not chosen with --functions", sv: "funktion 3 inte vald med --functions" });
  const channel = leg.presentation();
  if ("unavailable" in channel) return skip(channel.unavailable);
  return choice.alias ? { kind: "receive" } : { kind: "present", channel };
}

const FLOOR_OUTCOME_SV: Record<string, string> = {
  denied: "avslaget",
  revoked: "återkallat",
  failed: "misslyckades",
  timeout: "kom inte i tid",
  "not-requested": "begärdes inte",
};

/**
 * Presents our slides over the agreed channel unless the call has ended, and writes the
 * "presentation" step; undefined when the call had ended.
 */
export async function presentSlides(
  channel: PresentationChannel,
  leg: CallLeg,
  media: PresentingMedia,
  steps: StepSink,
): Promise<PresentationPhaseResult | undefined> {
  if (leg.ended()) return undefined;
  const result = await runPresentationPhase(channel.floor, media, () => leg.ended());
  const floor = result.floor;
  const shown = result.mirror;
  steps(
    "presentation",
    floor.outcome === "granted" && shown.slidesFrames > 0 ? "ok" : "failed",
    floor.outcome === "granted"
      ? {
          en: `floor granted in ${floor.requestToGrantMs} ms, slides shown after ${shown.grantToFirstSlidesFrameMs ?? "—"} ms, camera back after ${shown.releaseToCameraMs ?? "—"} ms`,
          sv: `ordet beviljat efter ${floor.requestToGrantMs} ms, presentationen visad efter ${shown.grantToFirstSlidesFrameMs ?? "—"} ms, kameran tillbaka efter ${shown.releaseToCameraMs ?? "—"} ms`,
        }
      : {
          en: `floor ${floor.outcome}${floor.reason ? `: ${floor.reason}` : ""}`,
          sv: `ordet ${FLOOR_OUTCOME_SV[floor.outcome] ?? floor.outcome}${floor.reason ? `: ${floor.reason}` : ""}`,
        },
  );
  return result;
}
