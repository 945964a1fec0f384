import { ParseError } from "../protocol/parse-error.js";
import { candidatesOf } from "../protocol/sdp/ice-sdp.js";
import { type MediaSection, readSdp } from "../protocol/sdp/media-section.js";
import { headerFieldValues } from "../protocol/sip/message-head.js";
import { isIpLiteral, parseSipUri, uriOfNameAddr } from "../protocol/sip/sip-uri.js";
import { viaParam } from "../protocol/sip/via.js";
import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import {
  activeRtpSections,
  answerCannotShow,
  isPrivateAddress,
  ourOffer,
  readableSdps,
  sdpMissingReason,
} from "./endpoint-sdp.js";
import { type Evidence, type IceEvidence, whyUnavailable } from "./evidence.js";
import { endpointRequests, endpointResponses, headerLines, vias } from "./sip-facts.js";

/** Said wherever the H.460 requirement is graded for SIP equipment. */
export const H460_NOTE = {
  en: "H.460.18/19 is the H.323 firewall-traversal mechanism; SIP equipment has none, so its SIP analogues were graded instead: rport (RFC 3581), NAT seen in addresses, ICE, rtcp-mux and symmetric RTP.",
  sv: "H.460.18/19 är brandväggsgenomgången i H.323; SIP-utrustning har ingen sådan, så motsvarigheterna i SIP bedömdes i stället: rport (RFC 3581), NAT synlig i adresser, ICE, rtcp-mux och symmetrisk RTP.",
};

const SERVES = ["H.460"] as const;

const RPORT: CheckBase = {
  id: "traversal.rport",
  title: "rport (RFC 3581)",
  serves: SERVES,
  specRef: "RFC 3581 §3, §4",
};

/**
 * Requests: the endpoint asks for rport in its own (bottom) Via. Responses: the endpoint filled in
 * the rport that the caller asked for in the top Via.
 */
export function rportCheck(e: Evidence): Check {
  return toCheck(RPORT, rport(e));
}

function rport(e: Evidence): Verdict {
  const live = e.transport?.ourViaInResponse;
  if (live && e.transport?.weAskedRport) {
    const filled = live.rport !== undefined && /^\d+$/.test(live.rport);
    // The evidence: what the endpoint wrote into our Via, and its response's Via lines.
    const resp = endpointResponses(e)[0];
    const lines = resp ? headerLines(resp.head, "via") : [];
    const evidence = { weAskedRport: true, rport: live.rport ?? null, received: live.received ?? null };
    return { ...(filled ? honoured(`rport=${live.rport}`, lines) : notHonoured(lines)), evidence };
  }
  const req = endpointRequests(e)[0];
  if (req) {
    const all = vias(req.head);
    const own = all.at(-1);
    const lines = headerLines(req.head, "via");
    if (!own?.via) {
      return {
        status: "inconclusive",
        en: { summary: `the endpoint's Via could not be read${own?.error ? `: ${own.error}` : ""}` },
        sv: { summary: `ändpunktens Via gick inte att läsa${own?.error ? `: ${own.error}` : ""}` },
        lines,
      };
    }
    const asked = viaParam(own.via, "rport") !== undefined;
    const evidence = { via: own.text, transport: own.via.transport };
    if (asked) {
      return {
        status: "pass",
        en: {
          summary: `the endpoint asks for rport in its Via (${own.via.transport}): responses find their way back through NAT`,
        },
        sv: {
          summary: `ändpunkten begär rport i sin Via (${own.via.transport}): svar hittar tillbaka genom NAT`,
        },
        evidence,
        lines,
      };
    }
    const udp = own.via.transport === "UDP";
    return {
      status: "warn",
      en: {
        summary: `no rport in the endpoint's Via (${own.via.transport})${udp ? ": behind NAT, responses go to the private address and are lost" : ""}`,
        advice:
          "Enable rport / NAT keep-alive (RFC 3581) in the endpoint's SIP settings, or use SIP over TCP/TLS.",
      },
      sv: {
        summary: `ingen rport i ändpunktens Via (${own.via.transport})${udp ? ": bakom NAT skickas svar till den privata adressen och försvinner" : ""}`,
        advice:
          "Slå på rport / NAT keep-alive (RFC 3581) i utrustningens SIP-inställningar, eller använd SIP över TCP/TLS.",
      },
      evidence,
      lines,
    };
  }
  const resp = endpointResponses(e)[0];
  if (resp) {
    const top = vias(resp.head)[0];
    const value = top?.via ? viaParam(top.via, "rport") : undefined;
    const lines = headerLines(resp.head, "via");
    if (value === undefined) {
      return notTested(
        "the caller's Via did not ask for rport, so the endpoint had nothing to honour",
        "den som ringde bad inte om rport i sin Via, så ändpunkten hade inget att uppfylla",
      );
    }
    return /^\d+$/.test(value) ? honoured(`rport=${value}`, lines) : notHonoured(lines);
  }
  const why = whyUnavailable(e, ["sip"], {
    en: "no SIP message from the endpoint",
    sv: "inget SIP-meddelande från ändpunkten",
  });
  return notTested(why.en, why.sv);
}

function honoured(what: string, lines: string[]): Verdict {
  return {
    status: "pass",
    en: { summary: `the endpoint honours rport (${what} in its response)` },
    sv: { summary: `ändpunkten uppfyller rport (${what} i dess svar)` },
    lines,
  };
}

function notHonoured(lines: string[]): Verdict {
  return {
    status: "fail",
    en: {
      summary: "the caller asked for rport but the endpoint's response leaves it empty (RFC 3581 §4)",
      advice: "Update the endpoint's firmware: it must fill in rport so responses reach callers behind NAT.",
    },
    sv: {
      summary: "den som ringde bad om rport men ändpunktens svar lämnar det tomt (RFC 3581 §4)",
      advice:
        "Uppdatera utrustningens programvara: den måste fylla i rport så att svar når den som ringer bakom NAT.",
    },
    lines,
  };
}

const NAT: CheckBase = {
  id: "traversal.nat",
  title: "NAT seen and handled",
  serves: SERVES,
  specRef: "RFC 3261 §18.2.1 (received); RFC 3581; RFC 8445",
};

function hostOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseSipUri(uriOfNameAddr(value)).host.replace(/^\[|\]$/g, "");
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    return undefined;
  }
}

/** Addresses the endpoint declares (Via sent-by, Contact, SDP c=) against where its packets came from. */
export function natCheck(e: Evidence): Check {
  return toCheck(NAT, nat(e));
}

function nat(e: Evidence): Verdict {
  const declared: { what: string; address: string }[] = [];
  const observed: { what: string; address: string; against: string }[] = [];
  const lines: string[] = [];
  const req = endpointRequests(e)[0];
  const msg = req ?? endpointResponses(e)[0];
  if (req) {
    const own = vias(req.head).at(-1);
    if (own?.via) {
      const sentBy = own.via.host.replace(/^\[|\]$/g, "");
      declared.push({ what: "Via sent-by", address: sentBy });
      const received = viaParam(own.via, "received");
      if (received) observed.push({ what: "Via received", address: received, against: sentBy });
      lines.push(`Via: ${own.text}`);
    }
  }
  if (msg) {
    const contactHost = hostOf(headerFieldValues(msg.head, "contact")[0]);
    if (contactHost && isIpLiteral(contactHost)) {
      declared.push({ what: "Contact", address: contactHost });
      lines.push(...headerLines(msg.head, "contact"));
    }
  }
  const sdpAddresses = readableSdps(e).flatMap(({ reading }) =>
    activeRtpSections(reading).flatMap((m) =>
      m.address ? [{ address: m.address, line: m.connectionLine! }] : [],
    ),
  );
  for (const s of sdpAddresses) {
    declared.push({ what: "SDP c=", address: s.address });
    lines.push(s.line);
  }
  const src = e.transport?.signallingSource;
  if (src) {
    for (const d of declared.filter((x) => x.what !== "SDP c=")) {
      observed.push({ what: "SIP packet source", address: src.address, against: d.address });
    }
  }
  for (const m of e.transport?.mediaSources ?? []) {
    if (m.source)
      observed.push({ what: `${m.kind} packet source`, address: m.source.address, against: m.sdpAddress });
  }
  const privateDeclared = [
    ...new Set(declared.filter((d) => isPrivateAddress(d.address)).map((d) => d.address)),
  ];
  const evidence: Record<string, unknown> = { declared, observed, privateAddresses: privateDeclared };
  if (observed.length === 0) {
    const priv = privateDeclared.length ? `; private addresses declared: ${privateDeclared.join(", ")}` : "";
    const privSv = privateDeclared.length ? `; privata adresser angivna: ${privateDeclared.join(", ")}` : "";
    return {
      ...notTested(
        `no packet source known, so NAT could not be seen${priv}`,
        `ingen paketkälla känd, så NAT kunde inte ses${privSv}`,
        evidence,
      ),
      lines,
    };
  }
  const translated = observed.filter((o) => o.address !== o.against);
  if (translated.length === 0) {
    return {
      status: "pass",
      en: {
        summary: `no NAT: packets came from the addresses the endpoint declares (${listOf([...new Set(observed.map((o) => o.address))])})`,
      },
      sv: {
        summary: `ingen NAT: paketen kom från de adresser utrustningen anger (${listOf([...new Set(observed.map((o) => o.address))])})`,
      },
      evidence,
      lines,
    };
  }
  const seen = translated.map((t) => `${t.against} -> ${t.address} (${t.what})`);
  evidence["translations"] = seen;
  const iceOffered = readableSdps(e).some(({ reading }) =>
    reading.media.some((m) => candidatesOf(m.lines).lines.length > 0),
  );
  const sdpPrivate = sdpAddresses.filter((s) => isPrivateAddress(s.address));
  const latched = (e.transport?.mediaSources ?? []).some((m) => m.latched);
  if (sdpPrivate.length > 0 && !iceOffered) {
    return {
      status: "warn",
      en: {
        summary: `NAT seen (${listOf(seen, 3)}) and the SDP still names a private address (${sdpPrivate[0]!.address}) without ICE${latched ? "; media flowed only after latching" : ""}`,
        advice:
          "Put the endpoint behind a SIP-aware traversal server (e.g. an SBC/Expressway), or enable ICE/STUN/TURN, or configure its public NAT address.",
      },
      sv: {
        summary: `NAT syns (${listOf(seen, 3)}) och SDP anger ändå en privat adress (${sdpPrivate[0]!.address}) utan ICE${latched ? "; media gick bara efter latchning" : ""}`,
        advice:
          "Placera utrustningen bakom en SIP-medveten traverseringsserver (t.ex. SBC/Expressway), slå på ICE/STUN/TURN, eller ange dess publika NAT-adress.",
      },
      evidence,
      lines,
    };
  }
  const how = iceOffered
    ? "ICE is offered"
    : "the SDP names a public address (media anchored by a proxy or SBC)";
  const howSv = iceOffered
    ? "ICE erbjuds"
    : "SDP anger en publik adress (media förankrad av proxy eller SBC)";
  return {
    status: "pass",
    en: { summary: `NAT seen (${listOf(seen, 3)}), and ${how}` },
    sv: { summary: `NAT syns (${listOf(seen, 3)}), och ${howSv}` },
    evidence,
    lines,
  };
}

const ICE: CheckBase = {
  id: "traversal.ice",
  title: "ICE offered",
  serves: SERVES,
  specRef: "RFC 8445; RFC 8839 (a=candidate, a=ice-ufrag)",
};

/** The endpoint's SDP carries ICE (ice-ufrag and candidates). */
export function iceCheck(e: Evidence): Check {
  return toCheck(ICE, ice(e));
}

function ice(e: Evidence): Verdict {
  const missing = sdpMissingReason(e);
  if (missing) return notTested(missing.en, missing.sv);
  const sdps = readableSdps(e);
  const sections = sdps.flatMap(({ reading }) =>
    activeRtpSections(reading).map((m) => ({ m, session: reading.sessionLines })),
  );
  const written = sections.map(({ m }) => candidatesOf(m.lines));
  const candidates = written.flatMap((c) => c.lines);
  const ufrag = sections.some(
    ({ m, session }) =>
      m.lines.some((l) => l.startsWith("a=ice-ufrag:")) || session.some((l) => l.startsWith("a=ice-ufrag:")),
  );
  const types = [...new Set(written.flatMap((c) => c.parsed.map((p) => p.type)))];
  const evidence = { candidates: candidates.length, types, iceUfrag: ufrag };
  const live = e.transport?.ice;
  if (candidates.length > 0 && ufrag && live) return liveIce(live, evidence, candidates);
  if (candidates.length > 0 && ufrag) {
    return {
      status: "pass",
      en: {
        summary: `ICE offered: ${candidates.length} candidates (${types.join(", ") || "types not stated"})`,
      },
      sv: {
        summary: `ICE erbjuds: ${candidates.length} kandidater (${types.join(", ") || "typ ej angiven"})`,
      },
      evidence,
      lines: candidates.slice(0, 4),
    };
  }
  if (answerCannotShow(e, /^a=ice-ufrag:/m)) {
    return notTested(
      "no ICE in the answer, but an answer carries ICE only when the offer did, and the offer had none or is not in the evidence",
      "ingen ICE i svaret, men ett svar har ICE bara om erbjudandet hade det, och erbjudandet hade inget eller finns inte med",
      evidence,
    );
  }
  if (candidates.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `${candidates.length} candidates without a=ice-ufrag (pre-standard ICE)`,
        advice: "Enable standard ICE (RFC 8445) on the endpoint.",
      },
      sv: {
        summary: `${candidates.length} kandidater utan a=ice-ufrag (ICE före standarden)`,
        advice: "Slå på standard-ICE (RFC 8445) i utrustningen.",
      },
      evidence,
      lines: candidates.slice(0, 2),
    };
  }
  return {
    status: "warn",
    en: {
      summary: "no ICE: traversal is left to the firewall or a traversal server",
      advice:
        "Enable ICE (with STUN/TURN) on the endpoint, or register it behind a traversal server (SBC/Expressway) so no extra firewall ports need opening.",
    },
    sv: {
      summary: "ingen ICE: genomgången lämnas åt brandväggen eller en traverseringsserver",
      advice:
        "Slå på ICE (med STUN/TURN) i utrustningen, eller registrera den bakom en traverseringsserver (SBC/Expressway) så att inga extra portar behöver öppnas i brandväggen.",
    },
    evidence,
    lines: sections.map(({ m }) => m.mLine),
  };
}

/**
 * RFC 8445 §7: ICE in the SDP is a promise; the checks are the proof. A full agent facing our
 * ICE-lite answer must check and nominate (§8.1.1: the controlling agent nominates); an endpoint
 * whose answer carries ICE must answer our checks with its password's MESSAGE-INTEGRITY (§7.3).
 */
function liveIce(live: IceEvidence, sdp: Record<string, unknown>, candidates: readonly string[]): Verdict {
  const evidence = { ...sdp, checks: live };
  const lines = candidates.slice(0, 4);
  const theirs = live.direction === "endpoint-checked-us";
  // In a fixed order (audio before video), whichever stream's nomination arrived first.
  const byName = [...live.nominated].sort();
  const nominated = byName.length ? `, nominated ${listOf(byName, 4)}` : "";
  const nominatedSv = byName.length ? `, nominerade ${listOf(byName, 4)}` : "";
  const failures = live.failures.length ? `: ${listOf(live.failures, 3)}` : "";
  if (live.requests === 0) {
    return {
      status: theirs ? "warn" : "inconclusive",
      en: {
        summary: theirs
          ? "ICE offered, but the endpoint ran no connectivity checks against our ICE-lite candidates: media rests on the default addresses"
          : `ICE in the answer, but no connectivity check was sent${failures}`,
        ...(theirs
          ? { advice: "The endpoint's ICE agent must check and nominate a pair (RFC 8445 §7.2, §8.1)." }
          : {}),
      },
      sv: {
        summary: theirs
          ? "ICE erbjuds, men ändpunkten gjorde inga anslutningskontroller mot våra ICE-lite-kandidater: media vilar på standardadresserna"
          : `ICE finns i svaret, men ingen anslutningskontroll skickades${failures}`,
        ...(theirs
          ? {
              advice: "Utrustningens ICE-agent måste kontrollera och nominera ett par (RFC 8445 §7.2, §8.1).",
            }
          : {}),
      },
      evidence,
      lines,
    };
  }
  if (live.succeeded === 0) {
    return {
      status: "fail",
      en: {
        summary: theirs
          ? `the endpoint sent ${live.requests} ICE checks, none of which authenticated${failures}`
          : `the endpoint's answer carries ICE, but none of our ${live.requests} connectivity checks succeeded${failures}`,
        advice:
          "ICE checks must carry USERNAME and MESSAGE-INTEGRITY made with the SDP's ice-pwd (RFC 8445 §7.2.2, §7.3).",
      },
      sv: {
        summary: theirs
          ? `ändpunkten skickade ${live.requests} ICE-kontroller, ingen av dem autentiserades${failures}`
          : `ändpunktens svar har ICE, men ingen av våra ${live.requests} anslutningskontroller lyckades${failures}`,
        advice:
          "ICE-kontroller måste ha USERNAME och MESSAGE-INTEGRITY gjord med SDP:ns ice-pwd (RFC 8445 §7.2.2, §7.3).",
      },
      evidence,
      lines,
    };
  }
  if (theirs && live.nominated.length < live.streams) {
    return {
      status: "warn",
      en: {
        summary: `the endpoint ran ICE checks (${live.succeeded} of ${live.requests} succeeded) but nominated ${live.nominated.length} of ${live.streams} streams${nominated}`,
        advice:
          "As the controlling agent the endpoint must nominate a pair per stream with USE-CANDIDATE (RFC 8445 §8.1.1).",
      },
      sv: {
        summary: `ändpunkten gjorde ICE-kontroller (${live.succeeded} av ${live.requests} lyckades) men nominerade ${live.nominated.length} av ${live.streams} strömmar${nominatedSv}`,
        advice:
          "Som kontrollerande agent måste utrustningen nominera ett par per ström med USE-CANDIDATE (RFC 8445 §8.1.1).",
      },
      evidence,
      lines,
    };
  }
  if (!theirs && live.failures.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `the endpoint answered ${live.succeeded} of our ICE checks, but some pairs failed${failures}`,
        advice: "Every component the SDP names needs a candidate that answers checks (RFC 8445 §7.3).",
      },
      sv: {
        summary: `ändpunkten svarade på ${live.succeeded} av våra ICE-kontroller, men några par misslyckades${failures}`,
        advice: "Varje komponent som SDP anger behöver en kandidat som svarar på kontroller (RFC 8445 §7.3).",
      },
      evidence,
      lines,
    };
  }
  const resent = live.packetsSent !== undefined && live.packetsSent > live.requests;
  const sent = resent ? ` (${live.packetsSent} requests with retransmissions)` : "";
  const sentSv = resent ? ` (${live.packetsSent} förfrågningar med omsändningar)` : "";
  const rtt = live.roundTripMs !== undefined ? `, first answer after ${live.roundTripMs} ms` : "";
  const rttSv = live.roundTripMs !== undefined ? `, första svaret efter ${live.roundTripMs} ms` : "";
  return {
    status: "pass",
    en: {
      summary: theirs
        ? `the endpoint ran ICE connectivity checks: ${live.requests} binding requests from ${listOf([...live.addresses], 3)}${nominated}`
        : `the endpoint answered our ICE connectivity checks: ${live.succeeded} of ${live.requests} authenticated${sent}${nominated}${rtt}`,
    },
    sv: {
      summary: theirs
        ? `ändpunkten gjorde ICE-anslutningskontroller: ${live.requests} bindningsförfrågningar från ${listOf([...live.addresses], 3)}${nominatedSv}`
        : `ändpunkten svarade på våra ICE-anslutningskontroller: ${live.succeeded} av ${live.requests} autentiserade${sentSv}${nominatedSv}${rttSv}`,
    },
    evidence,
    lines,
  };
}

const MUX: CheckBase = {
  id: "traversal.rtcp-mux",
  title: "RTP and RTCP on one port",
  serves: SERVES,
  specRef: "RFC 5761 §5.1.1",
};

/** a=rtcp-mux on every active RTP line: one port per stream through the firewall instead of two. */
export function rtcpMuxCheck(e: Evidence): Check {
  return toCheck(MUX, rtcpMux(e));
}

function rtcpMux(e: Evidence): Verdict {
  const missing = sdpMissingReason(e);
  if (missing) return notTested(missing.en, missing.sv);
  const all = readableSdps(e).flatMap(({ reading }) => activeRtpSections(reading));
  // An answer's line can only mux where our offer's did (RFC 5761 §5.1.1): grade those.
  const offered = muxOfferedIn(e);
  const sections = offered ? all.filter(offered) : all;
  if (all.length === 0) {
    return {
      status: "inconclusive",
      en: { summary: "no active RTP line to grade" },
      sv: { summary: "ingen aktiv RTP-rad att bedöma" },
    };
  }
  const muxed = sections.filter((m) => m.rtcpMux);
  const live = liveRtcp(e);
  const evidence = {
    streams: sections.length,
    muxed: muxed.length,
    ...(all.length > sections.length ? { notOffered: all.length - sections.length } : {}),
    ...(live.length ? { rtcpArrived: live } : {}),
  };
  // Agreed in SDP but sent to the separate port: the SDP line promises what the wire does not do.
  const astray = live.filter((l) => l.agreed && l.onRtpPort === 0 && l.onRtcpPort > 0);
  if (muxed.length > 0 && astray.length > 0) {
    const what = astray.map((l) => `${l.kind}: ${l.onRtcpPort} on the RTCP port`);
    return {
      status: "warn",
      en: {
        summary: `rtcp-mux agreed, but the endpoint sent its RTCP to the separate port (${listOf(what)})`,
        advice:
          "With rtcp-mux agreed, RTCP must go to the RTP port (RFC 5761 §5.1.3); the separate port may be closed.",
      },
      sv: {
        summary: `rtcp-mux överenskommet, men ändpunkten skickade sin RTCP till den separata porten (${listOf(what)})`,
        advice:
          "Med rtcp-mux överenskommet ska RTCP gå till RTP-porten (RFC 5761 §5.1.3); den separata porten kan vara stängd.",
      },
      evidence,
      lines: muxed.map((m) => m.rtcpMuxLine!),
    };
  }
  if (sections.length > 0 && muxed.length === sections.length) {
    const seen = live.filter((l) => l.agreed && l.onRtpPort > 0);
    const onWire = seen.length
      ? `; RTCP arrived on the RTP port (${listOf(seen.map((l) => `${l.kind} ${l.onRtpPort}`))})`
      : "";
    const onWireSv = seen.length
      ? `; RTCP kom på RTP-porten (${listOf(seen.map((l) => `${l.kind} ${l.onRtpPort}`))})`
      : "";
    return {
      status: "pass",
      en: { summary: `rtcp-mux on all ${sections.length} RTP lines${onWire}` },
      sv: { summary: `rtcp-mux på alla ${sections.length} RTP-rader${onWireSv}` },
      evidence,
      lines: muxed.map((m) => m.rtcpMuxLine!),
    };
  }
  if (muxed.length === 0 && (sections.length === 0 || answerCannotShow(e, /^a=rtcp-mux/m))) {
    return notTested(
      "no rtcp-mux in the answer, but an answer carries it only when the offer did, and the offer had none or is not in the evidence",
      "ingen rtcp-mux i svaret, men ett svar har det bara om erbjudandet hade det, och erbjudandet hade inget eller finns inte med",
      evidence,
    );
  }
  return {
    status: "warn",
    en: {
      summary: `rtcp-mux on ${muxed.length} of ${sections.length} RTP lines: RTCP needs a second port per stream`,
      advice: "Enable rtcp-mux (RFC 5761) so each stream needs one firewall pinhole instead of two.",
    },
    sv: {
      summary: `rtcp-mux på ${muxed.length} av ${sections.length} RTP-rader: RTCP kräver en andra port per ström`,
      advice:
        "Slå på rtcp-mux (RFC 5761) så att varje ström bara behöver ett hål i brandväggen i stället för två.",
    },
    evidence,
    lines: sections.filter((m) => !m.rtcpMux).map((m) => m.mLine),
  };
}

/** For an answer to our own offer: which of its lines our offer muxed (undefined: grade them all). */
function muxOfferedIn(e: Evidence): ((m: MediaSection) => boolean) | undefined {
  const ours = ourOffer(e);
  const sdps = readableSdps(e);
  if (!ours || sdps.length === 0 || !sdps.every(({ sdp }) => sdp.role === "answer")) return undefined;
  let reading: ReturnType<typeof readSdp>;
  try {
    reading = readSdp(ours);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    return undefined;
  }
  return (m) => reading.media[m.index]?.rtcpMux ?? false;
}

/** Per stream: where the endpoint's RTCP arrived, and whether offer/answer agreed to mux it. */
function liveRtcp(e: Evidence): { kind: string; agreed: boolean; onRtpPort: number; onRtcpPort: number }[] {
  return (e.transport?.mediaSources ?? []).flatMap((s) =>
    s.rtcp
      ? [
          {
            kind: s.kind,
            agreed: e.negotiated?.media.some((m) => m.accepted && m.kind === s.kind && m.rtcpMux) ?? false,
            ...s.rtcp,
          },
        ]
      : [],
  );
}

const SYMMETRIC: CheckBase = {
  id: "traversal.symmetric-rtp",
  title: "Symmetric RTP",
  serves: SERVES,
  specRef: "RFC 4961",
};

/** Media arrives from the address and port the endpoint's SDP names (or only after we latched). */
export function symmetricRtpCheck(e: Evidence): Check {
  const streams = e.transport?.mediaSources;
  if (!streams || streams.length === 0) {
    const why = whyUnavailable(e, ["media"], {
      en: "no media packets were observed",
      sv: "inga mediepaket sågs",
    });
    return toCheck(SYMMETRIC, notTested(`not measured (${why.en})`, `inte mätt (${why.sv})`));
  }
  const arrived = streams.filter((s) => s.source);
  const evidence = {
    streams: streams.map((s) => ({
      kind: s.kind,
      sdp: `${s.sdpAddress}:${s.sdpPort}`,
      source: s.source ? `${s.source.address}:${s.source.port}` : null,
      latched: s.latched ?? false,
    })),
  };
  if (arrived.length === 0) {
    return toCheck(SYMMETRIC, {
      status: "inconclusive",
      en: { summary: "no media packet arrived, so symmetry could not be seen" },
      sv: { summary: "inga mediapaket kom, så symmetrin kunde inte ses" },
      evidence,
    });
  }
  const asymmetric = arrived.filter((s) => s.source!.port !== s.sdpPort || s.latched);
  if (asymmetric.length > 0) {
    const what = asymmetric.map(
      (s) => `${s.kind} from ${s.source!.address}:${s.source!.port}, SDP ${s.sdpAddress}:${s.sdpPort}`,
    );
    return toCheck(SYMMETRIC, {
      status: "warn",
      en: {
        summary: `media arrived from elsewhere than the SDP says (${listOf(what, 3)})${asymmetric.some((s) => s.latched) ? "; it worked only after latching" : ""}`,
        advice:
          "Send RTP from the port the endpoint receives on (symmetric RTP, RFC 4961) so NATs and firewalls pass the return media.",
      },
      sv: {
        summary: `media kom från annat håll än SDP anger (${listOf(what, 3)})${asymmetric.some((s) => s.latched) ? "; det fungerade bara efter latchning" : ""}`,
        advice:
          "Skicka RTP från samma port som utrustningen tar emot på (symmetrisk RTP, RFC 4961) så att NAT och brandväggar släpper igenom returmedia.",
      },
      evidence,
    });
  }
  return toCheck(SYMMETRIC, {
    status: "pass",
    en: { summary: `all ${arrived.length} streams came from the port their SDP names (symmetric RTP)` },
    sv: { summary: `alla ${arrived.length} strömmar kom från porten som deras SDP anger (symmetrisk RTP)` },
    evidence,
  });
}
