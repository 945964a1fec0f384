import type { Check } from "../report/model.js";
import { keyExchangeCheck, srtpOnWireCheck, srtpSignalledCheck } from "./encryption-check.js";
import type { Evidence } from "./evidence.js";
import { bfcpSignalledCheck, presentationLiveCheck, slidesCodecCheck } from "./h239-check.js";
import { h264KeyframeCheck, h264LevelCheck, h264MediaCheck, h264SignalledCheck } from "./h264-check.js";
import { asH323Check, h460Checks } from "./h323-grading.js";
import { optionsCheck, sessionTimerCheck, sipMethodsCheck, sipTransportCheck } from "./sip-check.js";
import { iceCheck, natCheck, rportCheck, rtcpMuxCheck, symmetricRtpCheck } from "./traversal-check.js";
import { uriContactCheck, uriIdentityCheck, uriResolutionCheck } from "./uri-check.js";

/** Every requirement check, in report order (grouped by requirement). */
export const REQUIREMENT_CHECKS: readonly ((e: Evidence) => Check)[] = [
  h264SignalledCheck,
  h264LevelCheck,
  h264MediaCheck,
  h264KeyframeCheck,
  srtpSignalledCheck,
  keyExchangeCheck,
  srtpOnWireCheck,
  uriIdentityCheck,
  uriContactCheck,
  uriResolutionCheck,
  rportCheck,
  natCheck,
  iceCheck,
  rtcpMuxCheck,
  symmetricRtpCheck,
  bfcpSignalledCheck,
  slidesCodecCheck,
  presentationLiveCheck,
  sipTransportCheck,
  sipMethodsCheck,
  sessionTimerCheck,
  optionsCheck,
];

/**
 * Grades the six requirements from whatever evidence there is, SIP or H.323. Pure: the same evidence always
 * gives the same checks. The presentation checks in `evidence.presentation.checks` (made
 * elsewhere) follow, unchanged.
 */
export function gradeAll(evidence: Evidence): Check[] {
  const h323 = evidence.h323;
  const graded = REQUIREMENT_CHECKS.map((check) => check(evidence));
  // An H.323 call: the same checks in the same order, graded from H.245 and the aliases where
  // H.323 has the evidence, else not tested with the reason (h323-grading.ts).
  const checks = h323 ? graded.map((c) => asH323Check(c, h323)) : graded;
  // H.323 equipment is graded on H.460.18/.19 itself, right after the SIP analogues.
  if (h323)
    checks.splice(checks.findIndex((c) => c.id === "traversal.symmetric-rtp") + 1, 0, ...h460Checks(h323));
  return [...checks, ...(evidence.presentation?.checks ?? [])];
}
