import type {
  CallbackEvidence,
  EchoCallEvidence,
  FunctionNumber,
} from "../../../conformance/functions/function-checks.js";
import type { Phrase } from "../../../report/i18n/bilingual.js";
import type { Check } from "../../../report/model.js";
import { PRESENTATION_USER } from "../../room/room.js";
import { CALLBACK_USER, ECHO_USER } from "../../room/room-aliases.js";
import { stepStatusOf, summaryOf } from "../call-steps.js";
import type { StepSink } from "../leg/call-leg.js";
import { type AliasCallContext, callbackCall, echoCall, presentationAliasCall } from "./alias-calls.js";
import { NO_PRESENTATION_FLAG } from "./presentation-plan.js";

// Functions 7-9: short calls to the room's aliases (a vdm-test room has them), placed at once,
// alongside each other and beside the main call from its answer on.

export interface AliasPhaseInput {
  readonly selected: ReadonlySet<FunctionNumber>;
  /** The far end is not a vdm-test room, in its own words (undefined: it said nothing). */
  readonly foreign: { readonly remoteAgent: string | undefined } | undefined;
  /** The far end ended the main call before the alias calls began: it is not called again. */
  readonly hungUpByPeer: boolean;
  readonly presentationOffered: boolean;
  /** The main call went to the presentation alias already. */
  readonly calledPresentationAlias: boolean;
  readonly callbackUri: string | undefined;
  readonly callbackWaitMs: number;
}

export interface AliasPhaseResult {
  readonly echo?: EchoCallEvidence;
  readonly callback?: CallbackEvidence;
  /** Function 9's check, from the presentation alias call. */
  readonly slidesAlias?: Check;
  /** Functions the far end cannot test here, with the reason. */
  readonly unsupported: ReadonlyMap<FunctionNumber, Phrase>;
}

const ALIAS_FUNCTIONS = [7, 8, 9] as const;

/** Calls the aliases of the chosen functions, or says why they cannot be tested. */
export async function runAliasCalls(
  ctx: AliasCallContext,
  input: AliasPhaseInput,
  steps: StepSink,
): Promise<AliasPhaseResult> {
  const unsupported = new Map<FunctionNumber, Phrase>();
  if (input.foreign) {
    const agent = input.foreign.remoteAgent;
    const why = {
      en: `the far end (${agent ?? "no User-Agent/Server header"}) is not a vdm-test room: it has no echo, callback or presentation alias`,
      sv: `motparten (${agent ?? "inget User-Agent/Server-huvud"}) är inte ett vdm-test-rum: den har inget eko-, återuppringnings- eller presentationsalias`,
    };
    for (const n of ALIAS_FUNCTIONS) unsupported.set(n, why);
    return { unsupported };
  }
  if (input.hungUpByPeer) {
    // A room that ended our call (shut down, or timed us out) is not called again.
    for (const n of ALIAS_FUNCTIONS)
      unsupported.set(n, {
        en: "not tried: the far end ended the main call",
        sv: "inte prövat: motparten avslutade huvudsamtalet",
      });
    return { unsupported };
  }
  // What the line's protocol cannot reach (an H.323 line: the callback, H.239 slides).
  const limits = ctx.line.aliasLimits;
  for (const [n, why] of limits) if (input.selected.has(n)) unsupported.set(n, why);
  const run = (n: FunctionNumber) => input.selected.has(n) && !limits.has(n);
  const [echo, callback, slidesAlias] = await Promise.all([
    run(7) ? echoStep(ctx, ctx.line.aliasTarget(ECHO_USER), steps) : undefined,
    run(8) ? callbackStep(ctx, ctx.line.aliasTarget(CALLBACK_USER), input, steps) : undefined,
    run(9) ? slidesStep(ctx, input, unsupported, steps) : undefined,
  ]);
  return {
    ...(echo ? { echo } : {}),
    ...(callback ? { callback } : {}),
    ...(slidesAlias ? { slidesAlias } : {}),
    unsupported,
  };
}

/** Function 9 from the presentation alias, unless the main call was that alias or offered no BFCP. */
async function slidesStep(
  ctx: AliasCallContext,
  input: AliasPhaseInput,
  unsupported: Map<FunctionNumber, Phrase>,
  steps: StepSink,
): Promise<Check | undefined> {
  if (!input.selected.has(9) || input.calledPresentationAlias) return undefined;
  if (!input.presentationOffered) {
    unsupported.set(9, NO_PRESENTATION_FLAG);
    return undefined;
  }
  const check = await presentationAliasCall(ctx, ctx.line.aliasTarget(PRESENTATION_USER));
  steps("slides", stepStatusOf(check), summaryOf(check));
  return check;
}

async function echoStep(ctx: AliasCallContext, uri: string, steps: StepSink): Promise<EchoCallEvidence> {
  const echo = await echoCall(ctx, uri);
  const roundTrip = echo.roundTripMs;
  const failure = echo.failure ? `: ${echo.failure}` : "";
  steps("echo", echo.markersFound >= 3 ? "ok" : "failed", {
    en: `${echo.markersFound} markers back${roundTrip ? `, round trip ${roundTrip.p50} ms` : ""}${failure}`,
    sv: `${echo.markersFound} markörer tillbaka${roundTrip ? `, tur och retur ${roundTrip.p50} ms` : ""}${failure}`,
  });
  return echo;
}

async function callbackStep(
  ctx: AliasCallContext,
  uri: string,
  input: AliasPhaseInput,
  steps: StepSink,
): Promise<CallbackEvidence> {
  const callback = await callbackCall(ctx, uri, input.callbackUri, input.callbackWaitMs);
  steps(
    "callback",
    callback.answered ? "ok" : "failed",
    callback.arrived
      ? {
          en: `arrived after ${callback.arrivalMs} ms, ${callback.answered ? "answered" : "not answered"}`,
          sv: `kom efter ${callback.arrivalMs} ms, ${callback.answered ? "besvarad" : "inte besvarad"}`,
        }
      : callback.failure
        ? { en: callback.failure, sv: callback.failure }
        : { en: "no callback", sv: "ingen återuppringning" },
  );
  return callback;
}
