import { isIpLiteral } from "../protocol/sip/sip-uri.js";
import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import type { H323Alias, H323Evidence } from "./h323-evidence.js";

// The URI requirement of an H.323 endpoint: the aliases it states for itself. A url-ID
// (H.225.0 §7.6; "h323:user@domain", H.323 Annex O) or an email-ID makes it dialable as
// user@domain; an h323-ID or dialedDigits alone only through a gatekeeper that knows it.

export const IDENTITY: CheckBase = {
  id: "uri.identity",
  title: "Alias is a URI (url-ID or email-ID)",
  serves: ["URI"],
  specRef: "ITU-T H.225.0 §7.6 (AliasAddress); H.323 Annex O (H.323 URLs)",
};

/** "h323:room@region.example.se" or "room@region.example.se" -> user and host; undefined otherwise. */
function userAtHost(value: string): { user: string; host: string } | undefined {
  const m = /^(?:h323:|mailto:)?([^@\s;]+)@([^@\s;:>]+)/i.exec(value);
  return m ? { user: m[1]!, host: m[2]! } : undefined;
}

const show = (a: H323Alias) => `${a.kind} ${a.value}`;

export function h323AliasCheck(h: Pick<H323Evidence, "aliases" | "aliasesFrom" | "endpointRole">): Check {
  return toCheck(IDENTITY, aliasVerdict(h));
}

function aliasVerdict(h: Pick<H323Evidence, "aliases" | "aliasesFrom" | "endpointRole">): Verdict {
  const aliases = h.aliases ?? [];
  const lines = aliases.map((a) => `${h.aliasesFrom}: ${show(a)}`);
  const evidence = { from: h.aliasesFrom, aliases: aliases.map(show) };
  if (aliases.length === 0) {
    if (h.endpointRole === "callee") {
      return notTested(
        `the endpoint's ${h.aliasesFrom} was empty: it did not state its aliases when it answered`,
        `ändpunktens ${h.aliasesFrom} var tomt: den angav inga alias när den svarade`,
        evidence,
      );
    }
    return {
      status: "fail",
      en: {
        summary: "the endpoint's Setup carries no alias (sourceAddress): it cannot be called back by name",
        advice:
          "Give the endpoint an H.323 URL alias (url-ID h323:name@domain, H.323 Annex O) and an h323-ID.",
      },
      sv: {
        summary: "ändpunktens Setup saknar alias (sourceAddress): den kan inte ringas upp med namn",
        advice:
          "Ge utrustningen ett H.323-URL-alias (url-ID h323:namn@domän, H.323 Annex O) och ett h323-ID.",
      },
      evidence,
      lines,
    };
  }
  const uris = aliases.filter((a) => (a.kind === "url-ID" || a.kind === "email-ID") && userAtHost(a.value));
  const byName = uris.find((a) => !isIpLiteral(userAtHost(a.value)!.host));
  if (byName) {
    return {
      status: "pass",
      en: { summary: `the endpoint is dialable as a URI: ${show(byName)}` },
      sv: { summary: `ändpunkten kan ringas som URI: ${show(byName)}` },
      evidence,
      lines,
    };
  }
  if (uris.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `the endpoint's URI alias is a bare IP address: ${listOf(uris.map(show))}`,
        advice: "Use a domain in the URL alias (h323:name@domain) so it can be dialled by name.",
      },
      sv: {
        summary: `ändpunktens URI-alias är en ren IP-adress: ${listOf(uris.map(show))}`,
        advice: "Använd en domän i URL-aliaset (h323:namn@domän) så att den kan ringas med namn.",
      },
      evidence,
      lines,
    };
  }
  const uriLike = aliases.find((a) => a.kind === "h323-ID" && userAtHost(a.value));
  if (uriLike) {
    return {
      status: "warn",
      en: {
        summary: `only an h323-ID in URI form (${show(uriLike)}), no url-ID or email-ID`,
        advice: "Announce the same name as a url-ID (h323:name@domain, H.323 Annex O) as well.",
      },
      sv: {
        summary: `bara ett h323-ID på URI-form (${show(uriLike)}), inget url-ID eller email-ID`,
        advice: "Ange samma namn som url-ID också (h323:namn@domän, H.323 Annex O).",
      },
      evidence,
      lines,
    };
  }
  return {
    status: "fail",
    en: {
      summary: `no URI alias, only ${listOf(aliases.map(show))}: the endpoint cannot be dialled as user@domain`,
      advice:
        "Give the endpoint an H.323 URL alias (url-ID h323:name@domain, H.323 Annex O) or an email-ID so others can dial it by URI.",
    },
    sv: {
      summary: `inget URI-alias, bara ${listOf(aliases.map(show))}: ändpunkten kan inte ringas som användare@domän`,
      advice:
        "Ge utrustningen ett H.323-URL-alias (url-ID h323:namn@domän, H.323 Annex O) eller ett email-ID så att andra kan ringa den med URI.",
    },
    evidence,
    lines,
  };
}
