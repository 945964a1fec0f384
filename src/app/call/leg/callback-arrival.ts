import type { CallbackEvidence } from "../../../conformance/functions/function-checks.js";

/** The room's callback as our line received it (SIP INVITE or H.225.0 Setup), whatever carried it. */
export interface CallbackArrival {
  /** performance.now() when the call came in. */
  readonly at: number;
  readonly from: string;
  answered: boolean;
  failure?: string;
  audioPacketsReceived?: number;
  /** Settles once the short callback call is over. */
  done: Promise<void>;
}

/**
 * The evidence of function 8 from what arrived: `since` is when the room hung up the alias call
 * (performance.now()), `missing` says what never came ("no INVITE within 8 s").
 */
export function callbackEvidence(
  a: CallbackArrival | undefined,
  since: number,
  calledUri: string | undefined,
  missing: string,
): CallbackEvidence {
  if (!a)
    return {
      aliasAnswered: true,
      arrived: false,
      answered: false,
      ...(calledUri ? { calledUri } : {}),
      failure: missing,
    };
  return {
    aliasAnswered: true,
    arrived: true,
    answered: a.answered,
    arrivalMs: Math.max(0, Math.round(a.at - since)),
    from: a.from,
    ...(calledUri ? { calledUri } : {}),
    ...(a.audioPacketsReceived !== undefined ? { audioPacketsReceived: a.audioPacketsReceived } : {}),
    ...(a.failure ? { failure: a.failure } : {}),
  };
}
