import { type Phrase, stepDetailFields } from "../../report/i18n/bilingual.js";
import type { Check, Step, StepStatus } from "../../report/model.js";
import type { StepSink } from "./leg/call-leg.js";
import type { CallClock } from "./phases/call-clock.js";

/** Where the live progress goes (the terminal, or nowhere). */
export interface CallProgress {
  step(step: Step): void;
  info(line: string): void;
}

/** The report's ladder of steps, each timed from the start of the run and shown as it happens. */
export class CallSteps {
  readonly list: Step[] = [];

  constructor(
    private readonly progress: CallProgress,
    private readonly clock: CallClock,
    private readonly originMs: number,
  ) {}

  readonly add: StepSink = (name: string, status: StepStatus, detail?: string | Phrase) => {
    const step: Step = {
      name,
      status,
      atMs: Math.round(this.clock.now() - this.originMs),
      ...stepDetailFields(detail),
    };
    this.list.push(step);
    this.progress.step(step);
  };
}

/** A check's summary in both languages, for a step. */
export function summaryOf(check: Check): Phrase {
  return { en: check.summary, sv: check.text?.sv.summary ?? check.summary };
}

/** "ok" for a passing check, else "failed". */
export function stepStatusOf(check: Check): StepStatus {
  return check.status === "pass" ? "ok" : "failed";
}
