import { ParseError } from "../protocol/parse-error.js";
import { headerFieldValues } from "../protocol/sip/message-head.js";
import type { ResolutionStep } from "../protocol/sip/rfc3263.js";
import { isIpLiteral, parseSipUri, type SipUri, uriOfNameAddr, uriParam } from "../protocol/sip/sip-uri.js";
import type { Check } from "../report/model.js";
import { type CheckBase, notTested, toCheck, type Verdict } from "./check-text.js";
import { isPrivateAddress } from "./endpoint-sdp.js";
import { type Evidence, type SipMessageEvidence, whyUnavailable } from "./evidence.js";
import { endpointRequests, headerLines } from "./sip-facts.js";

type UriReading = { ok: true; uri: SipUri; text: string } | { ok: false; text: string; error: string };

function readUri(value: string): UriReading {
  let text = value;
  try {
    text = uriOfNameAddr(value);
    return { ok: true, uri: parseSipUri(text), text };
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    return { ok: false, text, error: err.message };
  }
}

/** A user part that is no name at all: "(null)" (Polycom VSX firmware), "null", "unknown". */
const BOGUS_USER = /^\(?(null|nil|undefined)\)?$/i;

const IDENTITY: CheckBase = {
  id: "uri.identity",
  title: "Identity is user@domain",
  serves: ["URI"],
  specRef: "RFC 3261 §19.1, §8.1.1.3 (From)",
};

/** The endpoint's own identity (From of its requests) is a SIP URI user@domain, not a bare IP. */
export function uriIdentityCheck(e: Evidence): Check {
  return toCheck(IDENTITY, uriIdentity(e));
}

function uriIdentity(e: Evidence): Verdict {
  const req = endpointRequests(e)[0];
  if (!req) {
    if ((e.sip ?? []).length > 0) {
      return notTested(
        "only responses from the endpoint: their From and To are set by the caller, not by the endpoint",
        "bara svar från ändpunkten: deras From och To sätts av den som ringer, inte av ändpunkten",
      );
    }
    const why = whyUnavailable(e, ["sip"], {
      en: "no SIP request from the endpoint",
      sv: "ingen SIP-förfrågan från ändpunkten",
    });
    return notTested(why.en, why.sv);
  }
  const from = headerFieldValues(req.head, "from")[0];
  const lines = headerLines(req.head, "from");
  if (from === undefined) {
    return {
      status: "fail",
      en: {
        summary: "the request has no From header",
        advice: "The endpoint must send From (RFC 3261 §8.1.1.3).",
      },
      sv: {
        summary: "förfrågan saknar From-huvud",
        advice: "Utrustningen måste skicka From (RFC 3261 §8.1.1.3).",
      },
      lines: [],
    };
  }
  return gradeAddress(readUri(from), "From", lines, false);
}

/** Shared rules for From and Contact: SIP URI, a user part, a domain rather than an IP address. */
function gradeAddress(r: UriReading, header: string, lines: string[], contact: boolean): Verdict {
  if (!r.ok) {
    return {
      status: /^tel:/i.test(r.text) ? "warn" : "fail",
      en: {
        summary: `${header} is not a SIP URI: ${r.text} (${r.error})`,
        advice: "Give the endpoint a SIP URI of the form user@domain (e.g. rum123@region.example.se).",
      },
      sv: {
        summary: `${header} är ingen SIP-URI: ${r.text} (${r.error})`,
        advice: "Ge utrustningen en SIP-URI på formen användare@domän (t.ex. rum123@region.example.se).",
      },
      evidence: { uri: r.text },
      lines,
    };
  }
  const { uri, text } = r;
  const evidence: Record<string, unknown> = { uri: text, user: uri.user, host: uri.host };
  const gruu = contact && (uriParam(uri, "gr") !== undefined || uriParam(uri, "gruu") !== undefined);
  if (uri.user !== undefined && BOGUS_USER.test(uri.user)) {
    return {
      status: "warn",
      en: {
        summary: `${header} has the user part "${uri.user}": ${text}`,
        advice: "Set the endpoint's SIP user name (a firmware bug leaves it empty); update the firmware.",
      },
      sv: {
        summary: `${header} har användardelen "${uri.user}": ${text}`,
        advice:
          "Ange utrustningens SIP-användarnamn (ett programfel lämnar det tomt); uppdatera programvaran.",
      },
      evidence,
      lines,
    };
  }
  if (isIpLiteral(uri.host) && !gruu) {
    const where = isPrivateAddress(uri.host) ? " (a private address)" : "";
    const whereSv = isPrivateAddress(uri.host) ? " (en privat adress)" : "";
    return {
      status: "warn",
      en: {
        summary: `${header} is a bare IP address${where}: ${text}; the endpoint cannot be reached as user@domain this way`,
        advice:
          "Register the endpoint with a SIP registrar under a URI user@domain so others, including Internet callers, can dial it by URI.",
      },
      sv: {
        summary: `${header} är en ren IP-adress${whereSv}: ${text}; så kan utrustningen inte nås som användare@domän`,
        advice:
          "Registrera utrustningen hos en SIP-registrar med en URI användare@domän så att andra, även från Internet, kan ringa den med URI.",
      },
      evidence,
      lines,
    };
  }
  if (uri.user === undefined && !gruu) {
    return {
      status: "warn",
      en: {
        summary: `${header} has no user part: ${text}`,
        advice: "Use a URI with a user part (user@domain) so the endpoint can be dialled by name.",
      },
      sv: {
        summary: `${header} saknar användardel: ${text}`,
        advice: "Använd en URI med användardel (användare@domän) så att utrustningen kan ringas med namn.",
      },
      evidence,
      lines,
    };
  }
  const what = gruu ? "a GRUU" : `${uri.user}@${uri.host}`;
  return {
    status: "pass",
    en: { summary: `${header} is a SIP URI with a domain (${what})` },
    sv: { summary: `${header} är en SIP-URI med domän (${what})` },
    evidence,
    lines,
  };
}

const CONTACT: CheckBase = {
  id: "uri.contact",
  title: "Contact is a SIP URI with a domain",
  serves: ["URI"],
  specRef: "RFC 3261 §8.1.1.8, §12.1.1 (Contact); RFC 5627 (GRUU)",
};

/** The Contact of the endpoint's INVITE or 2xx answer: a SIP URI, by domain or GRUU rather than bare IP. */
export function uriContactCheck(e: Evidence): Check {
  return toCheck(CONTACT, uriContact(e));
}

function dialogMessages(e: Evidence): SipMessageEvidence[] {
  return (e.sip ?? []).filter(
    (m) =>
      m.role === "invite" ||
      (m.role === "invite-response" && m.head.startLine.kind === "response" && m.head.startLine.status < 300),
  );
}

function uriContact(e: Evidence): Verdict {
  const m = dialogMessages(e)[0];
  if (!m) {
    const why = whyUnavailable(e, ["sip"], {
      en: "no INVITE or 2xx answer from the endpoint",
      sv: "ingen INVITE eller 2xx-svar från ändpunkten",
    });
    return notTested(why.en, why.sv);
  }
  const contact = headerFieldValues(m.head, "contact")[0];
  if (contact === undefined) {
    return {
      status: "fail",
      en: {
        summary: "no Contact header: the far end has nowhere to send requests in the dialog",
        advice: "The endpoint must send Contact in INVITE and 2xx (RFC 3261 §8.1.1.8, §12.1.1).",
      },
      sv: {
        summary: "inget Contact-huvud: motparten har ingenstans att skicka förfrågningar i dialogen",
        advice: "Utrustningen måste skicka Contact i INVITE och 2xx (RFC 3261 §8.1.1.8, §12.1.1).",
      },
    };
  }
  return gradeAddress(readUri(contact), "Contact", headerLines(m.head, "contact"), true);
}

const RESOLUTION: CheckBase = {
  id: "uri.resolution",
  title: "Reachable as user@domain",
  serves: ["URI", "function-5"],
  specRef: "RFC 3263 §4 (NAPTR, SRV, A/AAAA)",
};

function stepText(s: ResolutionStep): string {
  if (s.kind === "decision") return s.text;
  if (s.kind === "error") return `${s.type} ${s.name}: ${s.error}`;
  return `${s.type} ${s.name} -> ${s.answers.length ? s.answers.join(", ") : "(none)"}`;
}

/** The URI we dialled resolved by RFC 3263 and a request reached the endpoint that way. */
export function uriResolutionCheck(e: Evidence): Check {
  const r = e.transport?.resolution;
  if (!r) {
    const why = whyUnavailable(e, ["resolution"], {
      en: "no URI was resolved (the endpoint was not dialled by us)",
      sv: "ingen URI slogs upp (vi ringde inte ändpunkten)",
    });
    return toCheck(RESOLUTION, notTested(why.en, why.sv));
  }
  // RFC 3261 §8.1.2: through an outbound proxy we resolve the proxy, and the proxy routes the
  // Request-URI; the record says so rather than pass the proxy's resolution off as the URI's.
  const proxy = r.outboundProxy;
  const requestUri = r.requestUri ?? r.uri;
  const lines = [
    ...(proxy
      ? [`outbound proxy ${proxy} (RFC 3261 §8.1.2); Request-URI ${requestUri}`, `resolving ${proxy}:`]
      : []),
    ...r.steps.map(stepText),
  ];
  const evidence = {
    uri: r.uri,
    targets: r.targets,
    reached: r.reached,
    ...(proxy ? { outboundProxy: proxy, requestUri } : {}),
  };
  let host: string | undefined;
  try {
    host = parseSipUri(requestUri).host;
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
  if (!r.reached) {
    const what =
      r.targets === 0
        ? `${r.uri} did not resolve to any address`
        : `${r.uri} resolved to ${r.targets} target(s) but none answered`;
    const whatSv =
      r.targets === 0 ? `${r.uri} gav ingen adress` : `${r.uri} gav ${r.targets} mål men inget svarade`;
    return toCheck(RESOLUTION, {
      status: "fail",
      en: {
        summary: what,
        advice:
          "Publish SRV records (_sips._tcp, _sip._tcp) for the domain and make the SIP server answer on them.",
      },
      sv: {
        summary: whatSv,
        advice:
          "Publicera SRV-poster (_sips._tcp, _sip._tcp) för domänen och se till att SIP-servern svarar på dem.",
      },
      evidence,
      lines,
    });
  }
  if (host !== undefined && isIpLiteral(host)) {
    return toCheck(RESOLUTION, {
      status: "warn",
      en: {
        summary: `reached by IP address (${r.uri}), not by user@domain`,
        advice: "Dial the endpoint by its URI user@domain to test URI dialling.",
      },
      sv: {
        summary: `nåddes med IP-adress (${r.uri}), inte med användare@domän`,
        advice: "Ring utrustningen med dess URI användare@domän för att pröva URI-uppringning.",
      },
      evidence,
      lines,
    });
  }
  if (proxy) {
    return toCheck(RESOLUTION, {
      status: "pass",
      en: { summary: `${r.uri} reached through the outbound proxy ${proxy} (Request-URI ${requestUri})` },
      sv: { summary: `${r.uri} nåddes genom utgående proxy ${proxy} (Request-URI ${requestUri})` },
      evidence,
      lines,
    });
  }
  return toCheck(RESOLUTION, {
    status: "pass",
    en: { summary: `${r.uri} resolved (${r.steps.length} steps) and answered` },
    sv: { summary: `${r.uri} slogs upp (${r.steps.length} steg) och svarade` },
    evidence,
    lines,
  });
}
