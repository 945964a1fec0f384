import type { Check, CheckStatus, RequirementVerdict } from "../../report/model.js";
import { isCheckId } from "../check-registry.js";
import { REQUIREMENTS, requirementsOutcome } from "../requirements.js";

/**
 * How strictly a run is judged. `vdm`: the six requirements as the service states them and the
 * functions tested (a warning is reported but does not fail). `strict`: a warning fails too.
 */
export const PROFILES = ["vdm", "strict"] as const;
export type Profile = (typeof PROFILES)[number];

export interface GateInput {
  readonly checks: readonly Check[];
  readonly requirements: readonly RequirementVerdict[];
  readonly profile: Profile;
  /** Check ids, requirement ids ("encryption") or function ids ("function-7") that must pass. */
  readonly required: readonly string[];
}

export interface RequiredResult {
  readonly id: string;
  /** The status it had; "missing" when nothing in the report has that id. */
  readonly status: CheckStatus | "missing";
}

export interface GateResult {
  /** The run's outcome under the profile and the required items. */
  readonly outcome: CheckStatus;
  readonly profile: Profile;
  readonly required: readonly RequiredResult[];
  /** Why the outcome is what it is, one line each (for the report facts and the terminal). */
  readonly reasons: readonly string[];
}

const isFunction = (c: Check) =>
  c.serves.some((s) => /^function-\d$/.test(s)) && c.id.startsWith("function-");

/**
 * The outcome of a run from its requirement verdicts, its function checks and the required items.
 * Pure. Order of severity: fail, then inconclusive, then warn, then pass. A required item must
 * pass: fail or warn fails the run, not tested or inconclusive makes it inconclusive.
 */
export function gate(input: GateInput): GateResult {
  const reasons: string[] = [];
  const statuses: CheckStatus[] = [];
  if (input.requirements.length > 0) statuses.push(requirementsOutcome(input.requirements));
  for (const r of input.requirements) {
    if (r.status === "fail") reasons.push(`requirement ${r.requirement} failed`);
    else if (r.status === "warn") reasons.push(`requirement ${r.requirement} has a warning`);
  }
  for (const c of input.checks.filter(isFunction)) {
    if (c.status === "not-tested") continue;
    statuses.push(c.status);
    if (c.status !== "pass") reasons.push(`${c.serves[0]} ${c.status}`);
  }
  // Checks that serve neither a requirement nor a function (none today) still count.
  const required = input.required.map((id) => requiredStatus(id, input));
  for (const r of required) {
    if (r.status === "pass") continue;
    if (r.status === "fail" || r.status === "warn") {
      statuses.push("fail");
      reasons.push(`required ${r.id} is ${r.status}`);
    } else {
      statuses.push("inconclusive");
      reasons.push(`required ${r.id} is ${r.status === "missing" ? "not in this report" : r.status}`);
    }
  }
  let outcome = worst(statuses);
  if (input.profile === "strict" && outcome === "warn") {
    outcome = "fail";
    reasons.push("profile strict: warnings fail");
  }
  return { outcome, profile: input.profile, required, reasons };
}

function requiredStatus(id: string, input: GateInput): RequiredResult {
  const want = id.trim();
  const req = input.requirements.find((r) => r.requirement.toLowerCase() === want.toLowerCase());
  if (req) return { id: want, status: req.status };
  const check = input.checks.find((c) => c.id === want);
  if (check) return { id: want, status: check.status };
  const fn = input.checks.find((c) => isFunction(c) && c.serves.includes(want.toLowerCase()));
  if (fn) return { id: want, status: fn.status };
  return { id: want, status: "missing" };
}

function worst(statuses: readonly CheckStatus[]): CheckStatus {
  const tested = statuses.filter((s) => s !== "not-tested");
  if (tested.length === 0) return "inconclusive";
  for (const s of ["fail", "inconclusive", "warn"] as const) if (tested.includes(s)) return s;
  return "pass";
}

/** "a,b, c" → ["a","b","c"] (empty parts dropped). */
export function parseRequired(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The items of --require that name nothing vdm-test grades: not a requirement (H.264, ...), not a
 * function (function-1 … function-9) and not a check id. A typo must not pass as "missing".
 */
export function unknownRequired(ids: readonly string[]): string[] {
  const requirements = REQUIREMENTS.map((r) => r.toLowerCase());
  return ids.filter(
    (id) => !requirements.includes(id.toLowerCase()) && !/^function-[1-9]$/i.test(id) && !isCheckId(id),
  );
}
