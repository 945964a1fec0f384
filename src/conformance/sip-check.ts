import { ParseError } from "../protocol/parse-error.js";
import { headerFieldValues } from "../protocol/sip/message-head.js";
import { parseMinSe, parseSessionExpires, RFC4028_MIN_SE } from "../protocol/sip/session-timer.js";
import { parseSipUri, uriOfNameAddr, uriParam } from "../protocol/sip/sip-uri.js";
import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import { type Evidence, type SipMessageEvidence, whyUnavailable } from "./evidence.js";
import { endpointRequests, headerLines, messagesOf, startLineText, tokens, vias } from "./sip-facts.js";

/** Without these a SIP call cannot be set up and torn down (RFC 3261 §13, §15, §17). */
export const REQUIRED_METHODS = ["INVITE", "ACK", "BYE"] as const;
/** Expected of any SIP UA (RFC 3261 §9, §11); their absence degrades the call. */
export const EXPECTED_METHODS = ["CANCEL", "OPTIONS"] as const;
/** Reported for information: mid-call updates (RFC 3311) and INFO (RFC 6086, used for FECC/fast update). */
export const INFO_METHODS = ["UPDATE", "INFO", "PRACK", "REFER"] as const;
/** RFC 4028 §4: Session-Expires below this is not allowed (the Min-SE floor). */
export const MIN_SESSION_EXPIRES = RFC4028_MIN_SE;

function noSip(e: Evidence): Verdict {
  const why = whyUnavailable(e, ["sip"], {
    en: "no SIP message from the endpoint",
    sv: "inget SIP-meddelande från ändpunkten",
  });
  return notTested(why.en, why.sv);
}

/** The messages where the endpoint states its capabilities, best first. */
function capabilityMessages(e: Evidence): SipMessageEvidence[] {
  const options = messagesOf(e, "options-response");
  const invites = messagesOf(e, "invite");
  const answers = messagesOf(e, "invite-response").filter(
    (m) => m.head.startLine.kind === "response" && m.head.startLine.status < 300,
  );
  return [...options, ...invites, ...answers];
}

const METHODS: CheckBase = {
  id: "sip.methods",
  title: "SIP methods allowed",
  serves: ["SIP"],
  specRef: "RFC 3261 §20.5 (Allow)",
};

/** Allow lists INVITE, ACK, BYE (required) and CANCEL, OPTIONS (expected). */
export function sipMethodsCheck(e: Evidence): Check {
  return toCheck(METHODS, sipMethods(e));
}

function sipMethods(e: Evidence): Verdict {
  if ((e.sip ?? []).length === 0) return noSip(e);
  const m = capabilityMessages(e).find((x) => headerFieldValues(x.head, "allow").length > 0);
  if (!m) {
    return {
      status: "warn",
      en: {
        summary: "no Allow header: the endpoint does not say which SIP methods it supports",
        advice:
          "The endpoint should list its methods in Allow (RFC 3261 §20.5) in INVITE, 2xx and OPTIONS answers.",
      },
      sv: {
        summary: "inget Allow-huvud: utrustningen talar inte om vilka SIP-metoder den stöder",
        advice:
          "Utrustningen bör lista sina metoder i Allow (RFC 3261 §20.5) i INVITE, 2xx och svar på OPTIONS.",
      },
    };
  }
  const allowed = new Set(tokens(m.head, "allow"));
  const lines = headerLines(m.head, "allow");
  const missingRequired = REQUIRED_METHODS.filter((x) => !allowed.has(x));
  const missingExpected = EXPECTED_METHODS.filter((x) => !allowed.has(x));
  const extras = INFO_METHODS.filter((x) => allowed.has(x));
  const evidence = {
    allow: [...allowed],
    from: startLineText(m.head),
    missing: [...missingRequired, ...missingExpected],
    extras,
  };
  if (missingRequired.length > 0) {
    return {
      status: "fail",
      en: {
        summary: `Allow lacks ${missingRequired.join(", ")}: calls cannot be set up or ended properly`,
        advice: "Update the endpoint's SIP stack; INVITE, ACK and BYE are the core of every SIP call.",
      },
      sv: {
        summary: `Allow saknar ${missingRequired.join(", ")}: samtal kan inte kopplas upp eller avslutas korrekt`,
        advice: "Uppdatera utrustningens SIP-stack; INVITE, ACK och BYE är kärnan i varje SIP-samtal.",
      },
      evidence,
      lines,
    };
  }
  const also = extras.length ? `; also ${extras.join(", ")}` : "";
  const alsoSv = extras.length ? `; även ${extras.join(", ")}` : "";
  if (missingExpected.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `Allow has INVITE, ACK, BYE but lacks ${missingExpected.join(", ")}${also}`,
        advice:
          "Without OPTIONS the endpoint cannot be probed for reachability; without CANCEL an unanswered call cannot be withdrawn.",
      },
      sv: {
        summary: `Allow har INVITE, ACK, BYE men saknar ${missingExpected.join(", ")}${alsoSv}`,
        advice:
          "Utan OPTIONS går utrustningen inte att kontrollera; utan CANCEL kan ett obesvarat samtal inte dras tillbaka.",
      },
      evidence,
      lines,
    };
  }
  return {
    status: "pass",
    en: { summary: `Allow has INVITE, ACK, BYE, CANCEL, OPTIONS${also}` },
    sv: { summary: `Allow har INVITE, ACK, BYE, CANCEL, OPTIONS${alsoSv}` },
    evidence,
    lines,
  };
}

const TIMER: CheckBase = {
  id: "sip.session-timer",
  title: "Session timers",
  serves: ["SIP"],
  specRef: "RFC 4028 §4, §9",
};

/**
 * Supported: timer or Session-Expires (RFC 4028), so a call whose far end vanished gets cleared.
 * A Session-Expires or Min-SE below 90 s (§4, §5), a Session-Expires below the Min-SE beside it
 * (§4, §9), or one that does not parse, is a protocol error: FAIL.
 */
export function sessionTimerCheck(e: Evidence): Check {
  return toCheck(TIMER, sessionTimer(e));
}

interface TimerFault {
  readonly line: string;
  readonly en: string;
  readonly sv: string;
}

/** The RFC 4028 faults in one message's Session-Expires and Min-SE. */
function timerFaults(m: SipMessageEvidence): TimerFault[] {
  const faults: TimerFault[] = [];
  let minSe: number | undefined;
  for (const line of headerLines(m.head, "min-se")) {
    const value = line.slice(line.indexOf(":") + 1);
    try {
      minSe = parseMinSe(value).deltaSeconds;
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      faults.push({ line, en: `unreadable Min-SE (${err.message})`, sv: `oläsbar Min-SE (${err.message})` });
      continue;
    }
    if (minSe < MIN_SESSION_EXPIRES)
      faults.push({
        line,
        en: `Min-SE ${minSe} s is below the ${MIN_SESSION_EXPIRES} s floor of RFC 4028 §5`,
        sv: `Min-SE ${minSe} s är under golvet ${MIN_SESSION_EXPIRES} s i RFC 4028 §5`,
      });
  }
  for (const line of headerLines(m.head, "session-expires")) {
    const value = line.slice(line.indexOf(":") + 1);
    let seconds: number;
    try {
      seconds = parseSessionExpires(value).deltaSeconds;
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      faults.push({
        line,
        en: `unreadable Session-Expires (${err.message})`,
        sv: `oläsbar Session-Expires (${err.message})`,
      });
      continue;
    }
    if (seconds < MIN_SESSION_EXPIRES)
      faults.push({
        line,
        en: `Session-Expires ${seconds} s is below the ${MIN_SESSION_EXPIRES} s minimum of RFC 4028 §4`,
        sv: `Session-Expires ${seconds} s är under minimum ${MIN_SESSION_EXPIRES} s i RFC 4028 §4`,
      });
    else if (minSe !== undefined && seconds < minSe)
      faults.push({
        line,
        en: `Session-Expires ${seconds} s is below the message's own Min-SE ${minSe} s (RFC 4028 §4)`,
        sv: `Session-Expires ${seconds} s är under meddelandets egen Min-SE ${minSe} s (RFC 4028 §4)`,
      });
  }
  return faults;
}

function sessionTimer(e: Evidence): Verdict {
  const msgs = capabilityMessages(e);
  if (msgs.length === 0)
    return (e.sip ?? []).length === 0
      ? noSip(e)
      : notTested(
          "no INVITE, 2xx or OPTIONS answer from the endpoint",
          "ingen INVITE, 2xx eller OPTIONS-svar från ändpunkten",
        );
  const supported = [...new Set(msgs.flatMap((m) => tokens(m.head, "supported")))];
  const required = [...new Set(msgs.flatMap((m) => tokens(m.head, "require")))];
  const expiresLine = msgs.flatMap((m) => headerLines(m.head, "session-expires"))[0];
  const minSeLine = msgs.flatMap((m) => headerLines(m.head, "min-se"))[0];
  const faults = msgs.flatMap((m) => timerFaults(m).map((f) => ({ ...f, from: startLineText(m.head) })));
  const lines = [
    ...msgs.flatMap((m) => headerLines(m.head, "supported")).slice(0, 3),
    ...msgs.flatMap((m) => headerLines(m.head, "require")).slice(0, 1),
    ...(expiresLine ? [expiresLine] : []),
    ...(minSeLine ? [minSeLine] : []),
    ...faults.map((f) => `${f.from}: ${f.line}`).filter((l, i, all) => all.indexOf(l) === i),
  ];
  const seconds = expiresLine ? Number(/:\s*(\d+)/.exec(expiresLine)?.[1]) : undefined;
  const minSe = minSeLine ? Number(/:\s*(\d+)/.exec(minSeLine)?.[1]) : undefined;
  const replaces = supported.includes("replaces");
  const evidence = {
    supported,
    require: required,
    sessionExpires: Number.isFinite(seconds) ? seconds : undefined,
    ...(minSe !== undefined && Number.isFinite(minSe) ? { minSe } : {}),
    replaces,
    ...(faults.length ? { faults: faults.map((f) => `${f.from}: ${f.en}`) } : {}),
  };
  const timer = supported.includes("timer") || required.includes("timer") || expiresLine !== undefined;
  const rep = replaces ? "; Replaces supported" : "; no Replaces (RFC 3891)";
  const repSv = replaces ? "; Replaces stöds" : "; ingen Replaces (RFC 3891)";
  const fault = faults[0];
  if (fault) {
    return {
      status: "fail",
      en: {
        summary: `${fault.line}: ${fault.en}${faults.length > 1 ? ` (and ${faults.length - 1} more)` : ""}`,
        advice: `Set the session interval (Session-Expires) and Min-SE to ${MIN_SESSION_EXPIRES} s or more, with Session-Expires at least Min-SE; 1800 s is the recommended interval (RFC 4028 §4).`,
      },
      sv: {
        summary: `${fault.line}: ${fault.sv}${faults.length > 1 ? ` (och ${faults.length - 1} till)` : ""}`,
        advice: `Sätt sessionsintervallet (Session-Expires) och Min-SE till ${MIN_SESSION_EXPIRES} s eller mer, med Session-Expires minst lika med Min-SE; 1800 s är det rekommenderade intervallet (RFC 4028 §4).`,
      },
      evidence,
      lines,
    };
  }
  if (!timer) {
    return {
      status: "warn",
      en: {
        summary: `no session timer (no Supported: timer, no Session-Expires)${rep}`,
        advice:
          "Enable SIP session timers (RFC 4028) so calls whose far end disappears are cleared instead of hanging.",
      },
      sv: {
        summary: `ingen sessionstimer (ingen Supported: timer, ingen Session-Expires)${repSv}`,
        advice:
          "Slå på SIP-sessionstimers (RFC 4028) så att samtal där motparten försvunnit kopplas ned i stället för att hänga kvar.",
      },
      evidence,
      lines,
    };
  }
  const how = seconds !== undefined ? `Session-Expires ${seconds} s` : "Supported: timer";
  return {
    status: "pass",
    en: { summary: `session timers (${how})${rep}` },
    sv: { summary: `sessionstimers (${how})${repSv}` },
    evidence,
    lines,
  };
}

const TRANSPORT: CheckBase = {
  id: "sip.transport",
  title: "SIP transports",
  serves: ["SIP"],
  specRef: "RFC 3261 §18; RFC 5630 (SIPS)",
};

function contactTransport(m: SipMessageEvidence): string | undefined {
  const c = headerFieldValues(m.head, "contact")[0];
  if (!c) return undefined;
  try {
    return uriParam(parseSipUri(uriOfNameAddr(c)), "transport")?.toUpperCase();
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    return undefined;
  }
}

/** The endpoint speaks SIP, and on which transports (all tried ones when a transport matrix ran). */
export function sipTransportCheck(e: Evidence): Check {
  return toCheck(TRANSPORT, sipTransport(e));
}

function sipTransport(e: Evidence): Verdict {
  const attempts = e.transport?.attempts ?? [];
  if (attempts.length > 0) {
    const ok = attempts.filter((a) => a.ok);
    const label = (a: (typeof attempts)[number]) =>
      `${a.transport.toUpperCase()}${a.srtp ? `/SRTP ${a.srtp}` : ""}`;
    const failed = attempts.filter((a) => !a.ok).map((a) => `${label(a)}${a.detail ? ` (${a.detail})` : ""}`);
    const evidence = { attempts };
    if (ok.length === 0) {
      return {
        status: "fail",
        en: {
          summary: `no call worked on any transport tried: ${listOf(failed)}`,
          advice: "Check that the endpoint accepts SIP calls and that the firewall lets SIP through.",
        },
        sv: {
          summary: `inget samtal fungerade på någon provad transport: ${listOf(failed)}`,
          advice: "Kontrollera att utrustningen tar emot SIP-samtal och att brandväggen släpper igenom SIP.",
        },
        evidence,
      };
    }
    const worked = listOf(ok.map(label));
    if (failed.length > 0) {
      return {
        status: "warn",
        en: {
          summary: `calls worked over ${worked}; failed over ${listOf(failed)}`,
          advice: "Enable SIP over TLS (and TCP) on the endpoint; TLS protects the SRTP keys.",
        },
        sv: {
          summary: `samtal fungerade över ${worked}; misslyckades över ${listOf(failed)}`,
          advice: "Slå på SIP över TLS (och TCP) i utrustningen; TLS skyddar SRTP-nycklarna.",
        },
        evidence,
      };
    }
    return {
      status: "pass",
      en: { summary: `calls worked over ${worked}` },
      sv: { summary: `samtal fungerade över ${worked}` },
      evidence,
    };
  }
  const msgs = e.sip ?? [];
  if (msgs.length === 0) return noSip(e);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const m of msgs) {
    if (m.transport) seen.add(m.transport.toUpperCase());
    const ct = contactTransport(m);
    if (ct) seen.add(ct);
    lines.push(startLineText(m.head));
  }
  for (const req of endpointRequests(e)) {
    const own = vias(req.head).at(-1);
    if (own?.via) {
      seen.add(own.via.transport);
      lines.push(`Via: ${own.text}`);
    }
  }
  const transports = [...seen];
  const list = transports.length ? ` over ${transports.join(", ")}` : "";
  const listSv = transports.length ? ` över ${transports.join(", ")}` : "";
  return {
    status: "pass",
    en: {
      summary: `the endpoint speaks SIP (${msgs.length} message${msgs.length > 1 ? "s" : ""} read${list})`,
    },
    sv: {
      summary: `utrustningen talar SIP (${msgs.length} meddelande${msgs.length > 1 ? "n" : ""} lästa${listSv})`,
    },
    evidence: { messages: msgs.map((m) => startLineText(m.head)), transports },
    lines,
  };
}

/** RFC 3261 §11.2: what a 200 to OPTIONS should list in Allow, at the least, for a UA that takes calls. */
const CORE_METHODS = ["INVITE", "ACK", "BYE"] as const;

const OPTIONS: CheckBase = {
  id: "sip.options",
  title: "Answers OPTIONS",
  serves: ["SIP"],
  specRef: "RFC 3261 §11.2",
};

/**
 * The endpoint answers OPTIONS with a final response (2xx, or the code an INVITE would get), and
 * a 200 carries what RFC 3261 §11.2 says it SHOULD: Allow (with INVITE, ACK and BYE) and Supported.
 * An OPTIONS we sent that got no answer within the bound is graded too.
 */
export function optionsCheck(e: Evidence): Check {
  const m = messagesOf(e, "options-response")[0];
  const probe = e.optionsProbe;
  if (m?.head.startLine.kind !== "response" && probe) {
    const why = probe.error ?? `no final response within ${probe.timeoutMs} ms`;
    return toCheck(OPTIONS, {
      status: "warn",
      en: {
        summary: `OPTIONS to ${probe.target || "the caller"} was not answered: ${why}`,
        advice:
          "The endpoint should answer OPTIONS at its Contact (RFC 3261 §11.2): proxies, SBCs and monitoring use it to see that the endpoint is alive.",
      },
      sv: {
        summary: `OPTIONS till ${probe.target || "den som ringde"} besvarades inte: ${why}`,
        advice:
          "Utrustningen bör svara på OPTIONS på sin Contact-adress (RFC 3261 §11.2): proxyer, SBC:er och övervakning använder det för att se att den lever.",
      },
      evidence: { probe },
    });
  }
  if (m?.head.startLine.kind !== "response") {
    const why = whyUnavailable(e, ["options"], {
      en: "no OPTIONS answer in the evidence",
      sv: "inget svar på OPTIONS finns med",
    });
    return toCheck(OPTIONS, notTested(why.en, why.sv));
  }
  const status = m.head.startLine.status;
  const allow = tokens(m.head, "allow");
  const supported = tokens(m.head, "supported");
  const accept = headerFieldValues(m.head, "accept");
  const timing = probe?.answeredMs !== undefined ? { roundTripMs: probe.answeredMs } : {};
  const evidence = { status, allow, supported, accept, ...timing };
  const lines = [
    startLineText(m.head),
    ...headerLines(m.head, "allow"),
    ...headerLines(m.head, "supported"),
    ...headerLines(m.head, "accept"),
  ];
  const after = probe?.answeredMs !== undefined ? ` after ${probe.answeredMs} ms` : "";
  const afterSv = probe?.answeredMs !== undefined ? ` efter ${probe.answeredMs} ms` : "";
  if (status >= 200 && status < 300) {
    const missing = [
      ...(headerLines(m.head, "allow").length ? [] : ["Allow"]),
      ...(headerLines(m.head, "supported").length ? [] : ["Supported"]),
    ];
    const core = allow.length ? CORE_METHODS.filter((x) => !allow.includes(x)) : [];
    if (missing.length > 0 || core.length > 0) {
      const what = [
        ...(missing.length ? [`no ${missing.join(" or ")}`] : []),
        ...(core.length ? [`Allow lacks ${core.join(", ")}`] : []),
      ].join("; ");
      const whatSv = [
        ...(missing.length ? [`inget ${missing.join(" eller ")}`] : []),
        ...(core.length ? [`Allow saknar ${core.join(", ")}`] : []),
      ].join("; ");
      return toCheck(OPTIONS, {
        status: "warn",
        en: {
          summary: `OPTIONS answered ${status}${after}, but ${what}`,
          advice:
            "A 200 to OPTIONS SHOULD list Allow and Supported (RFC 3261 §11.2), and Allow should name INVITE, ACK and BYE.",
        },
        sv: {
          summary: `OPTIONS besvarades med ${status}${afterSv}, men ${whatSv}`,
          advice:
            "Ett 200-svar på OPTIONS BÖR ha Allow och Supported (RFC 3261 §11.2), och Allow bör nämna INVITE, ACK och BYE.",
        },
        evidence,
        lines,
      });
    }
    return toCheck(OPTIONS, {
      status: "pass",
      en: {
        summary: `OPTIONS answered ${status}${after} with Allow ${listOf(allow)} and Supported ${listOf(supported) || "(empty)"}`,
      },
      sv: {
        summary: `OPTIONS besvarades med ${status}${afterSv} med Allow ${listOf(allow)} och Supported ${listOf(supported) || "(tomt)"}`,
      },
      evidence,
      lines,
    });
  }
  return toCheck(OPTIONS, {
    status: status === 405 || status === 501 ? "fail" : "warn",
    en: {
      summary: `OPTIONS answered ${status} ${m.head.startLine.reason}`,
      advice: "The endpoint should answer OPTIONS with 200 and its capabilities (RFC 3261 §11.2).",
    },
    sv: {
      summary: `OPTIONS besvarades med ${status} ${m.head.startLine.reason}`,
      advice: "Utrustningen bör svara på OPTIONS med 200 och sina förmågor (RFC 3261 §11.2).",
    },
    evidence,
    lines,
  });
}
