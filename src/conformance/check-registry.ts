/**
 * Every check id a report can carry, grouped by what makes it. Plain data: the checks themselves
 * live beside their rules. test/conformance/every-check-can-pass-and-fail.test.ts holds each id
 * here to a passing and a failing input, and fails when code makes a check id missing here.
 */
export const CHECK_REGISTRY = {
  /** gradeAll over Evidence (grade-all.ts), in report order: the six requirements. */
  requirements: [
    "h264.signalled",
    "h264.level",
    "h264.media",
    "h264.keyframe-on-request",
    "encryption.srtp-signalled",
    "encryption.key-exchange",
    "encryption.srtp-on-the-wire",
    "uri.identity",
    "uri.contact",
    "uri.resolution",
    "traversal.rport",
    "traversal.nat",
    "traversal.ice",
    "traversal.rtcp-mux",
    "traversal.symmetric-rtp",
    "presentation.bfcp-signalled",
    "presentation.slides-h264",
    "presentation.floor-and-slides",
    "sip.transport",
    "sip.methods",
    "sip.session-timer",
    "sip.options",
  ],
  /** Graded only for H.323 equipment, after the SIP analogues of the same requirement (h323-grading.ts). */
  h323: ["traversal.h460-18", "traversal.h460-19"],
  /** The nine test-room functions (functions/function-checks.ts), in order. */
  functions: [
    "function-1.others-see-you",
    "function-2.you-see-others",
    "function-3.others-see-presentation",
    "function-4.you-hear-others",
    "function-5.reach-room",
    "function-6.reach-room-outward",
    "function-7.others-hear-you",
    "function-8.others-can-call-you",
    "function-9.receive-presentation",
  ],
  /** Measured on a live call: mirror, music, presentation (mirror-, hear-far-end-, presentation-check.ts). */
  live: [
    "mirror.see-yourself",
    "audio.hear-far-end",
    "presentation.floor-granted",
    "presentation.slides-replace-mirror",
    "presentation.receive-slides",
  ],
  /** Only a capture shows these (src/analysis/capture-checks.ts, h323-call-check.ts, src/app/analyze/capture-report.ts). */
  capture: ["sip.dialog", "h323.call", "media.loss", "capture.readable"],
  /** A registration with the room's gatekeeper (h323-registration-checks.ts). */
  registration: ["ras.keep-alive"],
} as const;

export type CheckId = (typeof CHECK_REGISTRY)[keyof typeof CHECK_REGISTRY][number];

export const CHECK_IDS: readonly CheckId[] = Object.values(CHECK_REGISTRY).flat();

export function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id);
}
