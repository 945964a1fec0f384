import { FUNCTIONS, type FunctionNumber, functionChecks } from "../conformance/functions/function-checks.js";
import type { Check, CheckStatus } from "../report/model.js";
import { NOT_TESTABLE } from "./capture-evidence.js";
import type { MediaStreamFacts } from "./media-stream.js";
import type { SipDialog } from "./sip-dialogs.js";

/**
 * The checks only a capture makes, for which the conformance engine has no rule: the SIP dialog
 * as the wire shows it (INVITE answered, ACK, BYE: the engine grades Allow, not the exchange),
 * and packet loss as captured. Everything else is graded by the engine (src/conformance) from the
 * evidence in capture-evidence.ts; the nine test-room functions are "not testable from a capture".
 */

function check(
  id: string,
  title: string,
  serves: string[],
  status: CheckStatus,
  summary: string,
  evidence: Record<string, unknown>,
  specRef: string,
): Check {
  return { id, title, serves, status, summary, evidence, specRef };
}

const DIALOG = { id: "sip.dialog", title: "SIP dialog complete: INVITE answered, ACK, BYE" };
const DIALOG_SPEC = "RFC 3261 §13.2.2.4, §13.3.1.4, §15";

/** INVITE answered with 2xx, the 2xx acknowledged, the call ended by an answered BYE. */
export function sipDialogCheck(d: SipDialog | undefined, missing: string): Check {
  const base = (status: CheckStatus, summary: string, evidence: Record<string, unknown> = {}) =>
    check(DIALOG.id, DIALOG.title, ["SIP"], status, summary, evidence, DIALOG_SPEC);
  if (!d || d.invites === 0) return base("not-tested", d ? "the dialog has no INVITE" : missing);
  const evidence = {
    provisional: d.provisional,
    finalStatus: d.inviteFinal ?? null,
    ackSeen: d.ackSeen,
    byeSeen: d.byeSeen,
    byeFinal: d.byeFinal ?? null,
    cancelSeen: d.cancelSeen,
  };
  const final = d.inviteFinal;
  if (final === undefined)
    return base(
      "fail",
      `no final response to the INVITE in the capture (provisional: ${d.provisional.join(", ") || "none"})`,
      evidence,
    );
  if (final >= 300)
    return d.cancelSeen && final === 487
      ? base("warn", "the caller cancelled the INVITE (CANCEL, 487): the call was not established", evidence)
      : base("fail", `the INVITE was answered ${final}`, evidence);
  if (!d.ackSeen)
    return base("fail", `the INVITE was answered ${final}, but the 2xx was never acknowledged`, evidence);
  if (!d.byeSeen)
    return base(
      "warn",
      `answered ${final} and acknowledged; no BYE in the capture: the call had not ended when the capture stopped, or it was dropped`,
      evidence,
    );
  if (d.byeFinal === undefined || d.byeFinal >= 300)
    return base(
      "warn",
      `answered ${final}, acknowledged, BYE ${d.byeFinal === undefined ? "without an answer in the capture" : `answered ${d.byeFinal}`}`,
      evidence,
    );
  return base("pass", `answered ${final}, acknowledged, ended by BYE (answered ${d.byeFinal})`, evidence);
}

/** RFC 3550 A.3 loss per RTP source as captured: a fact of the path to the capture point. */
export function mediaLossCheck(media: readonly MediaStreamFacts[]): Check {
  const spec = "RFC 3550 A.3";
  const title = "Packet loss as captured";
  const per = media
    .filter((s) => s.packets > 0)
    .flatMap((s) =>
      s.ssrcs.map((x) => ({
        stream: `${s.src} → ${s.dst}`,
        ssrc: x.ssrc,
        packets: x.packets,
        lost: x.lost,
        lossPct: Math.round(x.lossFraction * 10000) / 100,
        jitterMs: x.jitterMs ?? null,
      })),
    );
  if (per.length === 0)
    return check("media.loss", title, [], "not-tested", "no RTP in the capture", {}, spec);
  const worst = per.reduce((w, p) => (p.lossPct > w.lossPct ? p : w));
  const status: CheckStatus = worst.lossPct > 5 ? "fail" : worst.lossPct > 1 ? "warn" : "pass";
  return check(
    "media.loss",
    title,
    [],
    status,
    `worst loss ${worst.lossPct}% (${worst.stream}); ${per.length} RTP source(s)`,
    { streams: per },
    spec,
  );
}

const WHY: Record<FunctionNumber, string> = {
  1: "the mirror (your video coming back) needs a live call with the test room",
  2: "the mirror (the room's picture of you) needs a live call with the test room",
  3: "seeing your presentation replace your picture needs a live call with the test room",
  4: "hearing the room's music needs a live call with the test room",
  5: "reaching the room from where you are needs a call placed from there",
  6: "reaching the room from where you are needs a call placed from there",
  7: "whether others hear you needs a live call to the room's echo alias",
  8: "whether others can call you needs the room's callback alias",
  9: "receiving others' presentations needs a live call to the room's presentation alias",
};

/** The nine test-room functions, each "not testable from a capture" with the reason. */
export function notTestableFunctionChecks(): Check[] {
  const unsupported = new Map(FUNCTIONS.map((n) => [n, `${NOT_TESTABLE}: ${WHY[n]}`] as const));
  return functionChecks({ selected: new Set(FUNCTIONS), checks: [], unsupported });
}
