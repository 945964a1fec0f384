import { functionChecks } from "../../conformance/functions/function-checks.js";
import type { Report, Step } from "../../report/model.js";
import { callerEvidence } from "./caller-evidence.js";
import { callerReport } from "./caller-report.js";
import type { RoomAlias } from "./room-aliases.js";
import type { RoomCallMedia } from "./room-call-media.js";
import type { CallbackResult } from "./room-callback.js";
import type { CallerSignalling } from "./room-front.js";

/** Why the room itself ended a call, for the caller's report. */
export interface RoomHangUp {
  readonly atMs: number;
  readonly reason: "media-timeout";
  readonly en: string;
  readonly sv: string;
}

export interface CallerGradingInput {
  readonly callId: string;
  readonly from: string;
  readonly dialled: string;
  readonly alias: RoomAlias;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly endedAt: number;
  readonly signalling: CallerSignalling;
  readonly media: RoomCallMedia | undefined;
  /** The callback alias's call back, when it was dialled (undefined: none could be placed). */
  readonly callback?: CallbackResult | undefined;
  readonly hungUp?: RoomHangUp;
}

const NO_VIDEO = { packets: 0, invalidHeaders: 0, spsCount: 0, ppsCount: 0, idrCount: 0, accessUnits: 0 };

/** The room's report about the caller of one ended call: the signalling and media halves graded together. */
export function gradeCaller(input: CallerGradingInput): Report {
  const { media, callback } = input;
  const evidence = callerEvidence(input.signalling, {
    ...(media?.session ? { negotiated: media.session } : {}),
    endpoints: media?.endpoints ?? {},
    video: media?.videoStructure.facts() ?? NO_VIDEO,
    keyframeRequests: media?.keyframeRequests ?? [],
    ...(media?.facts.presentation ? { presentation: media.facts.presentation } : {}),
    ...(media?.facts.ice ? { ice: media.facts.ice } : {}),
  });
  const steps: Step[] = input.hungUp
    ? [
        {
          name: "hang-up",
          status: "failed",
          atMs: input.hungUp.atMs,
          detail: input.hungUp.en,
          detailSv: input.hungUp.sv,
        },
      ]
    : [];
  return callerReport({
    from: input.from,
    dialled: input.dialled,
    callId: input.callId,
    startedAt: new Date(input.startedAt),
    durationMs: input.endedAt - input.startedAt,
    ladder: input.signalling.ladder,
    steps,
    evidence,
    extraChecks: input.alias === "callback" ? callbackChecks(callback) : [],
    facts: {
      media: media?.facts,
      videoStructure: media?.videoStructure.facts(),
      keyframeRequests: media?.keyframeRequests.map((k) => k.responseMs),
      endpoints: { audio: media?.endpoints.audio?.counters, video: media?.endpoints.video?.counters },
      callback,
      ...input.signalling.facts,
      ...(input.hungUp ? { roomHungUp: { reason: input.hungUp.reason, detail: input.hungUp.en } } : {}),
    },
  });
}

/** Test-room function 8 from the callback the alias placed (or could not place). */
function callbackChecks(callback: CallbackResult | undefined) {
  return functionChecks({
    selected: new Set([8]),
    checks: [],
    callback: callback
      ? {
          aliasAnswered: true,
          arrived: callback.reached,
          answered: callback.answered,
          calledUri: callback.uri,
          audioPacketsReceived: callback.audioPacketsReceived,
          ...(callback.failure ? { failure: callback.failure } : {}),
        }
      : {
          aliasAnswered: true,
          arrived: false,
          answered: false,
          failure: "the room had no Contact to call back",
        },
  }).filter((c) => c.serves.includes("function-8"));
}
