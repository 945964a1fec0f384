import { type CheckBase, toCheck, type Verdict } from "../conformance/check-text.js";
import type { H323Evidence } from "../conformance/h323-evidence.js";
import type { Phrase } from "../report/i18n/bilingual.js";
import type { Check, CheckStatus } from "../report/model.js";
import type { H323LegFacts } from "./h323-call-facts.js";

// A check only a capture makes for an H.323 call, as sip.dialog does for SIP: the call as the
// wire shows it on the graded leg (H.225.0 §8.1: Setup answered by Connect, §8.5: released by
// ReleaseComplete). It serves no requirement: a call that did not connect worsens the outcome.

const CALL: CheckBase = {
  id: "h323.call",
  title: "H.323 call complete: Setup answered by Connect, ReleaseComplete",
  serves: [],
  specRef: "ITU-T H.323 §8.1, §8.5; H.225.0 §7.3",
};

function verdict(status: CheckStatus, t: Phrase, evidence: Record<string, unknown>): Verdict {
  return { status, en: { summary: t.en }, sv: { summary: t.sv }, evidence };
}

/** `release`: how the graded party's ReleaseComplete ended the call (H323Evidence.release). */
export function h323CallCheck(leg: H323LegFacts, release: H323Evidence["release"]): Check {
  const q931 = leg.messages.filter((m) => m.channel === "q931").map((m) => m.name);
  const setupAt = leg.messages.find((m) => m.name === "Setup")?.timeMs;
  const connectAt = leg.messages.find((m) => m.name === "Connect")?.timeMs;
  const released = q931.includes("ReleaseComplete");
  const reason = [
    release?.reason,
    release?.q850Cause !== undefined ? `cause ${release.q850Cause}` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
  const evidence = { messages: q931, mode: leg.mode, released, ...(release ? { release } : {}) };
  if (setupAt === undefined)
    return toCheck(
      CALL,
      verdict(
        "not-tested",
        { en: "the capture starts after the Setup", sv: "inspelningen börjar efter Setup" },
        evidence,
      ),
    );
  if (connectAt === undefined)
    return toCheck(
      CALL,
      verdict(
        "fail",
        released
          ? {
              en: `the Setup was not answered by Connect: ReleaseComplete${reason ? ` (${reason})` : ""}`,
              sv: `Setup besvarades inte med Connect: ReleaseComplete${reason ? ` (${reason})` : ""}`,
            }
          : {
              en: "no Connect answered the Setup in the capture",
              sv: "ingen Connect besvarade Setup i inspelningen",
            },
        evidence,
      ),
    );
  const ms = Math.round(connectAt - setupAt);
  return toCheck(
    CALL,
    verdict(
      "pass",
      released
        ? {
            en: `Connect ${ms} ms after Setup, H.245 ${leg.mode}; released${reason ? ` (${reason})` : ""}`,
            sv: `Connect ${ms} ms efter Setup, H.245 ${leg.mode}; avslutat${reason ? ` (${reason})` : ""}`,
          }
        : {
            en: `Connect ${ms} ms after Setup, H.245 ${leg.mode}; the capture ends before ReleaseComplete`,
            sv: `Connect ${ms} ms efter Setup, H.245 ${leg.mode}; inspelningen slutar före ReleaseComplete`,
          },
      { ...evidence, connectMs: ms },
    ),
  );
}
