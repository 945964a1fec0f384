import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import type { H323Evidence } from "./h323-evidence.js";
import type { H239Evidence, H239ExchangeLine } from "./h323-h239.js";

// The presentation requirement of an H.323 call, graded from H.239 as the endpoint did it on
// the wire: its capabilities (H.239 §7.1), the presentation video's codec, and the token
// exchange with its presentation channel (H.239 §8.5, §9, §11.2). The ids are the SIP ones
// (BFCP there), so each requirement keeps one line per check whatever the protocol.

const SIGNALLED: CheckBase = {
  id: "presentation.bfcp-signalled",
  title: "H.239 presentation declared",
  serves: ["H.239"],
  specRef: "ITU-T H.239 §7.1 (H.239 control and extended video capabilities), Appendix I",
};

const H264: CheckBase = {
  id: "presentation.slides-h264",
  title: "Presentation video in H.264",
  serves: ["H.239", "H.264"],
  specRef: "ITU-T H.239 §7.1 (extended video capability); H.241 §8.3",
};

const EXCHANGE: CheckBase = {
  id: "presentation.floor-and-slides",
  title: "H.239 token and presentation channel",
  serves: ["H.239"],
  specRef: "ITU-T H.239 §8.5 (presentation token messages), §9 (OpenLogicalChannel), §11.2",
};

const NO_H245 = notTested(
  "the endpoint sent no H.245 capability set (fast start only): H.239 cannot be read",
  "ändpunkten skickade ingen H.245-förmågeuppsättning (bara snabbstart): H.239 går inte att läsa",
);

const lineOf = (x: H239ExchangeLine) => `${x.by}: ${x.line}`;

function evidenceOf(h: H239Evidence): Record<string, unknown> {
  return { control: h.control, presentation: h.presentation, exchange: h.exchange.map(lineOf) };
}

const OUR_FAST_START = notTested(
  "our call used fast start, which offers no presentation: call with --h245 tunnel or separate to grade H.239",
  "vårt samtal använde snabbstart, som inte erbjuder någon presentation: ring med --h245 tunnel eller separate för att bedöma H.239",
);

export function h323H239SignalledCheck(e: H323Evidence): Check {
  // A fast start call of ours offers no presentation line, so the far end need not declare H.239.
  const declared = e.h239?.control || (e.h239?.presentation.length ?? 0) > 0;
  if (!declared && e.h245?.mode === "fastStart" && e.endpointRole === "callee")
    return toCheck(SIGNALLED, OUR_FAST_START);
  return toCheck(SIGNALLED, signalled(e.h239));
}

function signalled(h: H239Evidence | undefined): Verdict {
  if (!h?.capabilitiesSeen) return NO_H245;
  const lines = [
    `H.239 control capability: ${h.control ? "yes" : "no"}`,
    ...h.presentation.map((p) => `presentation video: ${p}`),
  ];
  if (h.control && h.presentation.length > 0)
    return {
      status: "pass",
      en: {
        summary: `H.239 control and presentation video (${listOf(h.presentation)}) in the capability set`,
      },
      sv: { summary: `H.239-kontroll och presentationsvideo (${listOf(h.presentation)}) bland förmågorna` },
      evidence: evidenceOf(h),
      lines,
    };
  const advice = {
    en: "Enable H.239 (dual video / content) for H.323 calls: both the H.239 control capability and an extended video capability in the presentation role are needed (H.239 §7.1).",
    sv: "Slå på H.239 (dual video / innehåll) för H.323-samtal: både H.239-kontrollförmågan och en utökad videoförmåga i presentationsrollen behövs (H.239 §7.1).",
  };
  const [en, sv] = h.control
    ? [
        "the H.239 control capability without any presentation video",
        "H.239-kontrollförmågan utan någon presentationsvideo",
      ]
    : h.presentation.length > 0
      ? [
          "presentation video without the H.239 control capability",
          "presentationsvideo utan H.239-kontrollförmågan",
        ]
      : [
          "no H.239 in the capability set: the endpoint offers no standards-based presentation over H.323",
          "inget H.239 bland förmågorna: ändpunkten erbjuder ingen standardiserad presentation över H.323",
        ];
  return {
    status: "fail",
    en: { summary: en!, advice: advice.en },
    sv: { summary: sv!, advice: advice.sv },
    evidence: evidenceOf(h),
    lines,
  };
}

export function h323H239H264Check(e: H323Evidence): Check {
  const h = e.h239;
  if (!h?.capabilitiesSeen) return toCheck(H264, NO_H245);
  if (h.presentation.length === 0)
    return toCheck(
      H264,
      notTested(
        "the endpoint declared no H.239 presentation video",
        "ändpunkten angav ingen H.239-presentationsvideo",
        evidenceOf(h),
      ),
    );
  const h264 = h.presentation.filter((p) => p.startsWith("H.264"));
  const lines = h.presentation.map((p) => `presentation video: ${p}`);
  return toCheck(
    H264,
    h264.length > 0
      ? {
          status: "pass",
          en: { summary: `presentation video in ${listOf(h264)}` },
          sv: { summary: `presentationsvideo i ${listOf(h264)}` },
          evidence: evidenceOf(h),
          lines,
        }
      : {
          status: "fail",
          en: {
            summary: `presentation video only in ${listOf(h.presentation)}, not H.264`,
            advice: "Offer H.264 for the H.239 presentation channel.",
          },
          sv: {
            summary: `presentationsvideo bara i ${listOf(h.presentation)}, inte H.264`,
            advice: "Erbjud H.264 för H.239-presentationskanalen.",
          },
          evidence: evidenceOf(h),
          lines,
        },
  );
}

export function h323H239ExchangeCheck(e: H323Evidence): Check {
  return toCheck(EXCHANGE, exchange(e.h239));
}

/** What the token messages say, in order: who asked, what the endpoint answered, its channel. */
function exchange(h: H239Evidence | undefined): Verdict {
  if (!h?.capabilitiesSeen) return NO_H245;
  const ex = h.exchange;
  const lines = ex.map(lineOf);
  const evidence = evidenceOf(h);
  if (ex.length === 0)
    return notTested(
      "no presentation in this call: neither side asked for the H.239 token",
      "ingen presentation i samtalet: ingen sida bad om H.239-token",
      evidence,
    );
  const fail = (en: string, sv: string): Verdict => ({
    status: "fail",
    en: { summary: en },
    sv: { summary: sv },
    evidence,
    lines,
  });
  if (h.errors.length > 0)
    return fail(
      `malformed H.239 messages from the endpoint: ${listOf(h.errors, 2)}`,
      `felaktiga H.239-meddelanden från ändpunkten: ${listOf(h.errors, 2)}`,
    );
  const by = (who: H239ExchangeLine["by"], prefix: string) =>
    ex.findIndex((x) => x.by === who && x.line.startsWith(prefix));
  const ourRequest = by("vdm-test", "presentationTokenRequest");
  const answer = ex.findIndex(
    (x, i) => i > ourRequest && x.by === "endpoint" && x.line.startsWith("presentationTokenResponse"),
  );
  const theirRequest = by("endpoint", "presentationTokenRequest");
  const theirOwner = by("endpoint", "presentationTokenIndicateOwner");
  const theirChannel = by("endpoint", "openLogicalChannel ");
  const ok: string[] = [];
  const okSv: string[] = [];
  if (ourRequest >= 0) {
    if (answer < 0)
      return fail(
        "the endpoint never answered our presentationTokenRequest",
        "ändpunkten svarade aldrig på vår presentationTokenRequest",
      );
    if (!ex[answer]!.line.includes("acknowledge"))
      return fail(
        "the endpoint rejected our presentationTokenRequest: nobody else can present to it",
        "ändpunkten avslog vår presentationTokenRequest: ingen annan kan presentera för den",
      );
    const ack = ex.findIndex(
      (x, i) => i > ourRequest && x.by === "endpoint" && x.line.startsWith("openLogicalChannelAck"),
    );
    ok.push(`granted our token${ack >= 0 ? " and took our presentation channel" : ""}`);
    okSv.push(`beviljade vår token${ack >= 0 ? " och tog emot vår presentationskanal" : ""}`);
  }
  if (theirChannel >= 0) {
    const withToken =
      (theirRequest >= 0 && theirRequest < theirChannel) || (theirOwner >= 0 && theirOwner < theirChannel);
    if (!withToken)
      return fail(
        "the endpoint opened its presentation channel without the H.239 token (H.239 §11.2)",
        "ändpunkten öppnade sin presentationskanal utan H.239-token (H.239 §11.2)",
      );
    ok.push("presented with the token");
    okSv.push("presenterade med token");
  } else if (theirRequest >= 0) {
    ok.push("asked for the token");
    okSv.push("bad om token");
  }
  if (ok.length === 0)
    return notTested(
      "H.239 messages were exchanged, but no token request of either side",
      "H.239-meddelanden utväxlades, men ingen sida bad om token",
      evidence,
    );
  return {
    status: "pass",
    en: { summary: `the endpoint ${ok.join("; ")}` },
    sv: { summary: `ändpunkten ${okSv.join("; ")}` },
    evidence,
    lines,
  };
}
