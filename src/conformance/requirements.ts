import type { Check, CheckStatus, CheckText, RequirementVerdict } from "../report/model.js";
import { H460_EXPLAINED } from "./h460-check.js";
import { H460_NOTE } from "./traversal-check.js";

/** The six requirements on local equipment, in the order the service lists them. */
export const REQUIREMENTS = ["H.264", "encryption", "URI", "H.460", "H.239", "SIP"] as const;
export type RequirementId = (typeof REQUIREMENTS)[number];

const NOTES: Partial<Record<RequirementId, CheckText>> = {
  "H.460": { en: { summary: H460_NOTE.en }, sv: { summary: H460_NOTE.sv } },
  "H.239": {
    en: {
      summary:
        "H.239 is H.323's presentation channel; for SIP, BFCP with a slides video (RFC 8855/8856, RFC 4796) was graded.",
    },
    sv: {
      summary:
        "H.239 är presentationskanalen i H.323; för SIP bedömdes BFCP med en presentationsvideo (RFC 8855/8856, RFC 4796).",
    },
  },
};

/** The notes of an H.323 call: what was not tested and why, per requirement. */
const H323_NOTES: Partial<Record<RequirementId, CheckText>> = {
  "H.460": {
    en: { summary: `${H460_EXPLAINED.h46018.en} ${H460_EXPLAINED.h46019.en}` },
    sv: { summary: `${H460_EXPLAINED.h46018.sv} ${H460_EXPLAINED.h46019.sv}` },
  },
  "H.239": {
    en: { summary: "H.239 was not tested: vdm-test does not support H.239 presentation yet." },
    sv: { summary: "H.239 testades inte: vdm-test stöder inte presentation med H.239 än." },
  },
  SIP: {
    en: { summary: "The endpoint was called over H.323, so its SIP was not tested." },
    sv: { summary: "Ändpunkten ringdes över H.323, så dess SIP testades inte." },
  },
};

/**
 * Rolls the checks up into one verdict per requirement: any fail fails it; otherwise an
 * inconclusive check makes it inconclusive (a pass must not rest on a check that could not
 * decide), then warn, then pass. Checks not tested are listed but do not count; when every check
 * of a requirement is not tested, so is the requirement.
 */
export function requirementVerdicts(
  checks: readonly Check[],
  signalling: "sip" | "h323" = "sip",
): RequirementVerdict[] {
  const notes = signalling === "h323" ? H323_NOTES : NOTES;
  return REQUIREMENTS.map((requirement) => {
    const mine = checks.filter((c) => c.serves.includes(requirement));
    const tested = mine.filter((c) => c.status !== "not-tested");
    const notTested = mine.filter((c) => c.status === "not-tested").map((c) => c.id);
    const status = rollUp(tested.map((c) => c.status));
    const note = notes[requirement];
    return {
      requirement,
      status,
      decidedBy: own(
        tested.filter((c) => c.status === status),
        requirement,
      ).map((c) => c.id),
      notTested,
      ...(note ? { note } : {}),
    };
  });
}

/**
 * The checks that serve only this requirement first (h264.media for H.264), then those that also
 * serve others (the mirror serves functions 1-2 and H.264): renderers headline the first.
 */
function own(checks: readonly Check[], requirement: string): Check[] {
  const only = (c: Check) => c.serves.every((s) => s === requirement);
  return [...checks.filter(only), ...checks.filter((c) => !only(c))];
}

function rollUp(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.length === 0) return "not-tested";
  for (const s of ["fail", "inconclusive", "warn"] as const) if (statuses.includes(s)) return s;
  return "pass";
}

/**
 * One outcome from the requirement verdicts: fail when one fails; inconclusive when none could
 * be graded; warn when one warns or could not decide; pass otherwise.
 */
export function requirementsOutcome(verdicts: readonly RequirementVerdict[]): CheckStatus {
  if (verdicts.some((v) => v.status === "fail")) return "fail";
  if (verdicts.every((v) => v.status === "not-tested" || v.status === "inconclusive")) return "inconclusive";
  if (verdicts.some((v) => v.status === "warn" || v.status === "inconclusive")) return "warn";
  return "pass";
}
