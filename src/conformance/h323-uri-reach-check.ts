import { isIpLiteral } from "../protocol/sip/sip-uri.js";
import type { Check } from "../report/model.js";
import { type CheckBase, notTested, toCheck, type Verdict } from "./check-text.js";
import { userAtHost } from "./h323-alias-check.js";
import type { H323Alias, H323Evidence } from "./h323-evidence.js";

// "Reachable as user@domain" for H.323: the endpoint was dialled by a URI (url-ID or email-ID,
// H.225.0 §7.6; H.323 Annex O) through a gatekeeper, the gatekeeper admitted the call (ARQ/ACF,
// H.225.0 RAS) and the endpoint answered it (Connect). The ARQ, its answer and the Connect are
// the evidence.

const REACH: CheckBase = {
  id: "uri.resolution",
  title: "Reachable as user@domain",
  serves: ["URI", "function-5"],
  specRef: "ITU-T H.225.0 RAS (AdmissionRequest destinationInfo, AdmissionConfirm); H.323 Annex O",
};

const show = (a: H323Alias) => `${a.kind} ${a.value}`;

export function h323UriReachCheck(h: H323Evidence): Check {
  return toCheck(REACH, reachVerdict(h));
}

function reachVerdict(h: H323Evidence): Verdict {
  const a = h.ras?.admission;
  if (!a) {
    return notTested(
      "not tested: H.323 call to a transport address, no gatekeeper asked (call with --gatekeeper to dial by URI)",
      "inte testat: H.323-samtal till en transportadress, ingen gatekeeper tillfrågad (ring med --gatekeeper för att ringa med URI)",
    );
  }
  const answered = h.messages.some((m) => m.channel === "h225" && m.name === "Connect");
  const lines = [...a.lines, ...(answered ? ["Connect from the endpoint"] : [])];
  const dialled = a.dialled.map(show).join(", ");
  const evidence = { dialled: a.dialled.map(show), admitted: a.admitted, answered };
  const uri = a.dialled.find((x) => (x.kind === "url-ID" || x.kind === "email-ID") && userAtHost(x.value));
  if (!a.admitted || !answered) {
    const why = a.admitted
      ? "the gatekeeper admitted the call but the endpoint did not answer"
      : `the gatekeeper refused it (ARJ ${a.reason ?? "?"})`;
    const whySv = a.admitted
      ? "gatekeepern godkände samtalet men ändpunkten svarade inte"
      : `gatekeepern nekade det (ARJ ${a.reason ?? "?"})`;
    return {
      status: "fail",
      en: {
        summary: `not reached as ${dialled}: ${why}`,
        advice:
          "Register the endpoint with its URI alias (url-ID h323:name@domain) at the gatekeeper the domain's calls go to.",
      },
      sv: {
        summary: `nåddes inte som ${dialled}: ${whySv}`,
        advice:
          "Registrera utrustningen med sitt URI-alias (url-ID h323:namn@domän) hos den gatekeeper som domänens samtal går till.",
      },
      evidence,
      lines,
    };
  }
  if (!uri) {
    return {
      status: "warn",
      en: {
        summary: `reached by alias (${dialled}), not by URI`,
        advice: "Dial the endpoint by its URI (h323:name@domain, --dial-as uri) to test URI dialling.",
      },
      sv: {
        summary: `nåddes med alias (${dialled}), inte med URI`,
        advice:
          "Ring utrustningen med dess URI (h323:namn@domän, --dial-as uri) för att pröva URI-uppringning.",
      },
      evidence,
      lines,
    };
  }
  if (isIpLiteral(userAtHost(uri.value)!.host)) {
    return {
      status: "warn",
      en: {
        summary: `reached by a URI with an IP address (${show(uri)}), not by user@domain`,
        advice: "Dial the endpoint by its URI with a domain (h323:name@domain).",
      },
      sv: {
        summary: `nåddes med en URI med IP-adress (${show(uri)}), inte med användare@domän`,
        advice: "Ring utrustningen med dess URI med domän (h323:namn@domän).",
      },
      evidence,
      lines,
    };
  }
  return {
    status: "pass",
    en: {
      summary: `reached as ${show(uri)}: the gatekeeper admitted it (ACF) and the endpoint answered (Connect)`,
    },
    sv: {
      summary: `nåddes som ${show(uri)}: gatekeepern godkände samtalet (ACF) och ändpunkten svarade (Connect)`,
    },
    evidence,
    lines,
  };
}
