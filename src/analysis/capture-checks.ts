import { type CheckBase, toCheck, type Verdict } from "../conformance/check-text.js";
import { FUNCTIONS, type FunctionNumber, functionChecks } from "../conformance/functions/function-checks.js";
import type { Phrase } from "../report/i18n/bilingual.js";
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

function verdict(status: CheckStatus, t: Phrase, evidence: Record<string, unknown> = {}): Verdict {
  return { status, en: { summary: t.en }, sv: { summary: t.sv }, evidence };
}

const DIALOG: CheckBase = {
  id: "sip.dialog",
  title: "SIP dialog complete: INVITE answered, ACK, BYE",
  serves: ["SIP"],
  specRef: "RFC 3261 §13.2.2.4, §13.3.1.4, §15",
};

/** INVITE answered with 2xx, the 2xx acknowledged, the call ended by an answered BYE. */
export function sipDialogCheck(d: SipDialog | undefined, missing: Phrase): Check {
  return toCheck(DIALOG, sipDialog(d, missing));
}

function sipDialog(d: SipDialog | undefined, missing: Phrase): Verdict {
  if (!d || d.invites === 0) {
    const why = d ? { en: "the dialog has no INVITE", sv: "dialogen har ingen INVITE" } : missing;
    return verdict("not-tested", why);
  }
  const evidence = {
    provisional: d.provisional,
    finalStatus: d.inviteFinal ?? null,
    ackSeen: d.ackSeen,
    byeSeen: d.byeSeen,
    byeFinal: d.byeFinal ?? null,
    cancelSeen: d.cancelSeen,
  };
  const final = d.inviteFinal;
  if (final === undefined) {
    const p = d.provisional.join(", ");
    return verdict(
      "fail",
      {
        en: `no final response to the INVITE in the capture (provisional: ${p || "none"})`,
        sv: `inget slutgiltigt svar på INVITE i inspelningen (preliminära: ${p || "inga"})`,
      },
      evidence,
    );
  }
  if (final >= 300 && d.cancelSeen && final === 487)
    return verdict(
      "warn",
      {
        en: "the caller cancelled the INVITE (CANCEL, 487): the call was not established",
        sv: "den som ringde avbröt INVITE (CANCEL, 487): samtalet kopplades inte upp",
      },
      evidence,
    );
  if (final >= 300)
    return verdict(
      "fail",
      { en: `the INVITE was answered ${final}`, sv: `INVITE besvarades med ${final}` },
      evidence,
    );
  if (!d.ackSeen)
    return verdict(
      "fail",
      {
        en: `the INVITE was answered ${final}, but the 2xx was never acknowledged`,
        sv: `INVITE besvarades med ${final}, men 2xx-svaret kvitterades aldrig (ingen ACK)`,
      },
      evidence,
    );
  if (!d.byeSeen)
    return verdict(
      "warn",
      {
        en: `answered ${final} and acknowledged; no BYE in the capture: the call had not ended when the capture stopped, or it was dropped`,
        sv: `besvarad med ${final} och kvitterad; ingen BYE i inspelningen: samtalet pågick när inspelningen slutade, eller bröts`,
      },
      evidence,
    );
  if (d.byeFinal === undefined || d.byeFinal >= 300) {
    const bye = d.byeFinal === undefined ? "without an answer in the capture" : `answered ${d.byeFinal}`;
    const byeSv = d.byeFinal === undefined ? "utan svar i inspelningen" : `besvarad med ${d.byeFinal}`;
    return verdict(
      "warn",
      {
        en: `answered ${final}, acknowledged, BYE ${bye}`,
        sv: `besvarad med ${final}, kvitterad, BYE ${byeSv}`,
      },
      evidence,
    );
  }
  return verdict(
    "pass",
    {
      en: `answered ${final}, acknowledged, ended by BYE (answered ${d.byeFinal})`,
      sv: `besvarad med ${final}, kvitterad, avslutad med BYE (besvarad med ${d.byeFinal})`,
    },
    evidence,
  );
}

const LOSS: CheckBase = {
  id: "media.loss",
  title: "Packet loss as captured",
  serves: [],
  specRef: "RFC 3550 A.3",
};

/** RFC 3550 A.3 loss per RTP source as captured: a fact of the path to the capture point. */
export function mediaLossCheck(media: readonly MediaStreamFacts[]): Check {
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
    return toCheck(
      LOSS,
      verdict("not-tested", { en: "no RTP in the capture", sv: "ingen RTP i inspelningen" }),
    );
  const worst = per.reduce((w, p) => (p.lossPct > w.lossPct ? p : w));
  const status: CheckStatus = worst.lossPct > 5 ? "fail" : worst.lossPct > 1 ? "warn" : "pass";
  return toCheck(
    LOSS,
    verdict(
      status,
      {
        en: `worst loss ${worst.lossPct}% (${worst.stream}); ${per.length} RTP source(s)`,
        sv: `störst förlust ${worst.lossPct} % (${worst.stream}); ${per.length} RTP-källa/-källor`,
      },
      { streams: per },
    ),
  );
}

const LIVE_CALL = {
  en: "reaching the room from where you are needs a call placed from there",
  sv: "att nå rummet där du är kräver ett samtal som rings därifrån",
};
const WHY: Record<FunctionNumber, Phrase> = {
  1: {
    en: "the mirror (your video coming back) needs a live call with the test room",
    sv: "spegeln (din video tillbaka) kräver ett riktigt samtal med testrummet",
  },
  2: {
    en: "the mirror (the room's picture of you) needs a live call with the test room",
    sv: "spegeln (rummets bild av dig) kräver ett riktigt samtal med testrummet",
  },
  3: {
    en: "seeing your presentation replace your picture needs a live call with the test room",
    sv: "att se din presentation ersätta din bild kräver ett riktigt samtal med testrummet",
  },
  4: {
    en: "hearing the room's music needs a live call with the test room",
    sv: "att höra rummets musik kräver ett riktigt samtal med testrummet",
  },
  5: LIVE_CALL,
  6: LIVE_CALL,
  7: {
    en: "whether others hear you needs a live call to the room's echo alias",
    sv: "om andra hör dig kräver ett riktigt samtal till rummets eko-alias",
  },
  8: {
    en: "whether others can call you needs the room's callback alias",
    sv: "om andra kan ringa dig kräver rummets återuppringningsalias",
  },
  9: {
    en: "receiving others' presentations needs a live call to the room's presentation alias",
    sv: "att ta emot andras presentationer kräver ett riktigt samtal till rummets presentationsalias",
  },
};

/** The nine test-room functions, each "not testable from a capture" with the reason. */
export function notTestableFunctionChecks(): Check[] {
  const unsupported = new Map(
    FUNCTIONS.map(
      (n) => [n, { en: `${NOT_TESTABLE.en}: ${WHY[n].en}`, sv: `${NOT_TESTABLE.sv}: ${WHY[n].sv}` }] as const,
    ),
  );
  return functionChecks({ selected: new Set(FUNCTIONS), checks: [], unsupported });
}
