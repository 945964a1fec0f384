import type { Check } from "../report/model.js";
import { keyExchangeCheck, srtpOnWireCheck, srtpSignalledCheck } from "./encryption-check.js";
import type { Evidence } from "./evidence.js";
import { bfcpSignalledCheck, presentationLiveCheck, slidesCodecCheck } from "./h239-check.js";
import { h264KeyframeCheck, h264LevelCheck, h264MediaCheck, h264SignalledCheck } from "./h264-check.js";
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
 * Grades the six requirements from whatever evidence there is. Pure: the same evidence always
 * gives the same checks. The presentation checks in `evidence.presentation.checks` (made
 * elsewhere) follow, unchanged.
 */
export function gradeAll(evidence: Evidence): Check[] {
  return [...REQUIREMENT_CHECKS.map((check) => check(evidence)), ...(evidence.presentation?.checks ?? [])];
}
