import {
  type AdvertisedFeature,
  describeFeature,
  findFeature,
  H460_FEATURE,
  H46019_PARAMETER,
  hasParameter,
} from "../protocol/h460/feature-set.js";
import { auditKeepAlives, type KeepAliveAudit } from "../protocol/h460/keep-alive-timing.js";
import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import type { FeatureStatement, H460Evidence, MediaPathFacts } from "./h460-evidence.js";
import { hostPort } from "./h460-wire.js";

// The H.460 requirement as H.323 equipment shows it: what it advertised (features 18 and 19 in
// GRQ/RRQ and Setup/Connect, needed/desired/supported) and what it did when the room, as its
// gatekeeper and traversal server, relied on it: opened the call signalling outward on the
// ServiceControlIndication, kept RAS and the connection alive, sent media keep-alives, used
// multiplexing. What was not exercised is said as not observed, never passed.

/** One plain sentence each, for the report. */
export const H460_EXPLAINED = {
  h46018: {
    en: "H.460.18 lets equipment behind a firewall be called: it keeps a line open to its gatekeeper, which tells it about an incoming call so that the equipment itself opens the connection outward.",
    sv: "H.460.18 gör att utrustning bakom en brandvägg kan ringas upp: den håller en förbindelse öppen till sin gatekeeper, som talar om att ett samtal väntar så att utrustningen själv öppnar förbindelsen utåt.",
  },
  h46019: {
    en: "H.460.19 does the same for sound and video: the equipment sends small keep-alive packets out through the firewall so that the media of the call can come back the same way.",
    sv: "H.460.19 gör samma sak för ljud och bild: utrustningen skickar små keep-alive-paket ut genom brandväggen så att samtalets media kan komma tillbaka samma väg.",
  },
} as const;

const SERVES = ["H.460"];

export const H46018_CHECK: CheckBase = {
  id: "traversal.h460-18",
  title: "H.460.18 signalling traversal",
  serves: SERVES,
  specRef:
    "ITU-T H.460.18 (ServiceControlIndication, IncomingCallIndication, keep-alive); H.225.0 RRQ/RCF timeToLive",
};

export const H46019_CHECK: CheckBase = {
  id: "traversal.h460-19",
  title: "H.460.19 media traversal",
  serves: SERVES,
  specRef: "ITU-T H.460.19 (TraversalParameters, media keep-alive, multiplexed media)",
};

const ENABLE_ADVICE = {
  en: "Turn on H.460.18/H.460.19 firewall traversal in the equipment's H.323 settings; without it the local firewall must let incoming calls (TCP 1720) and their media ports in.",
  sv: "Slå på brandväggsgenomgång med H.460.18/H.460.19 i utrustningens H.323-inställningar; utan den måste den lokala brandväggen släppa in inkommande samtal (TCP 1720) och deras mediaportar.",
};

const secs = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

function statementLines(e: H460Evidence, list: readonly FeatureStatement[], who: string): string[] {
  return list.map(
    (s) =>
      `${who} ${s.message} at +${secs(s.atMs - e.startAtMs)}: ${s.features.length ? s.features.map(describeFeature).join(", ") : "no H.460 features"}`,
  );
}

/** The strongest statement of feature `id` in the endpoint's messages named in `from`. */
function stated(
  list: readonly FeatureStatement[],
  id: number,
  from: readonly string[],
): AdvertisedFeature | undefined {
  const features = list.filter((s) => from.includes(s.message)).flatMap((s) => s.features);
  return findFeature(features, id);
}

function auditLine(what: string, a: KeepAliveAudit): string {
  const late = a.late.length ? `, ${a.late.length} gaps too long (longest ${secs(a.maxGapMs)})` : "";
  return `${what}: ${a.count} in ${secs(a.windowMs)}, interval ${a.intervalS} s, longest gap ${secs(a.maxGapMs)}${late}`;
}

export function h46018Check(e: H460Evidence): Check {
  return toCheck(H46018_CHECK, h46018Verdict(e));
}

function h46018Verdict(e: H460Evidence): Verdict {
  const lines = [...statementLines(e, e.advertised, "endpoint"), ...statementLines(e, e.confirmed, "room")];
  if (e.registrationRequests === 0) {
    return notTested(
      "the endpoint did not register to the room's gatekeeper (no GRQ/RRQ): H.460.18 works only through a gatekeeper",
      "ändpunkten registrerade sig inte i rummets gatekeeper (ingen GRQ/RRQ): H.460.18 fungerar bara via en gatekeeper",
      { registered: false },
    );
  }
  const f18 = stated(e.advertised, H460_FEATURE.signallingTraversal, ["GRQ", "RRQ"]);
  const evidence: Record<string, unknown> = { advertised: f18?.role ?? null };
  if (!f18) {
    return {
      status: "fail",
      en: {
        summary: "the endpoint registered without H.460.18 (no feature 18 in its GRQ/RRQ)",
        advice: ENABLE_ADVICE.en,
      },
      sv: {
        summary: "ändpunkten registrerade sig utan H.460.18 (ingen funktion 18 i GRQ/RRQ)",
        advice: ENABLE_ADVICE.sv,
      },
      evidence,
      lines,
    };
  }
  const offered = stated(e.confirmed, H460_FEATURE.signallingTraversal, ["GCF", "RCF"]);
  if (!offered) {
    return notTested(
      `the endpoint advertised H.460.18 (${f18.role}), but the gatekeeper did not confirm it in GCF/RCF, so it was not used`,
      `ändpunkten angav H.460.18 (${f18.role}), men gatekeepern bekräftade det inte i GCF/RCF, så det användes inte`,
      evidence,
    );
  }
  const problems: { en: string; sv: string }[] = [];
  const notObserved: { en: string; sv: string }[] = [];
  const done: string[] = [];
  // RAS keep-alive against the timeToLive granted in RCF
  const reg = e.registration;
  if (reg?.timeToLiveS !== undefined) {
    const a = auditKeepAlives(reg.keepAliveRrqAtMs, reg.firstRcfAtMs, e.endAtMs, reg.timeToLiveS);
    evidence["rasKeepAlive"] = {
      outcome: a.outcome,
      count: a.count,
      intervalS: a.intervalS,
      maxGapMs: a.maxGapMs,
    };
    lines.push(auditLine("keep-alive RRQs", a));
    if (a.outcome === "late" || a.outcome === "none")
      problems.push({
        en: `its keep-alive RRQs did not come within the ${a.intervalS} s timeToLive (${a.count} in ${secs(a.windowMs)}, longest gap ${secs(a.maxGapMs)})`,
        sv: `dess keep-alive-RRQ kom inte inom timeToLive ${a.intervalS} s (${a.count} på ${secs(a.windowMs)}, längsta uppehåll ${secs(a.maxGapMs)})`,
      });
    else if (a.outcome === "too-short")
      notObserved.push({
        en: `a keep-alive RRQ (the ${secs(a.windowMs)} observed were shorter than the ${a.intervalS} s timeToLive)`,
        sv: `en keep-alive-RRQ (de ${secs(a.windowMs)} som observerades var kortare än timeToLive ${a.intervalS} s)`,
      });
    else
      done.push(`kept its registration alive (${a.count} keep-alive RRQs, longest gap ${secs(a.maxGapMs)})`);
  }
  // Incoming calls by ServiceControlIndication
  evidence["incomingCalls"] = e.incomingCalls.length;
  for (const c of e.incomingCalls) {
    const at = (t: number | undefined) => (t === undefined ? "not seen" : `+${secs(t - c.sciAtMs)}`);
    lines.push(
      `room SCI #${c.requestSeqNum} (call ${c.callIdHex.slice(0, 8)}…, connect to ${hostPort(c.address)}) at +${secs(c.sciAtMs - e.startAtMs)}: SCR ${at(c.scrAtMs)}, Facility on its own TCP connection ${at(c.facilityAtMs)}${c.facilityFrom ? ` from ${hostPort(c.facilityFrom)}` : ""}, our Setup ${at(c.setupAtMs)}`,
    );
    if (c.facilityAtMs === undefined)
      problems.push({
        en: `it did not open the call outward on the ServiceControlIndication (no Facility for call ${c.callIdHex.slice(0, 8)}… on a connection to ${hostPort(c.address)})`,
        sv: `den öppnade inte samtalet utåt efter ServiceControlIndication (ingen Facility för samtal ${c.callIdHex.slice(0, 8)}… på en förbindelse till ${hostPort(c.address)})`,
      });
    else done.push(`opened the call outward on the SCI (Facility after ${secs(c.facilityAtMs - c.sciAtMs)})`);
  }
  if (e.incomingCalls.length === 0)
    notObserved.push({
      en: "an incoming call by ServiceControlIndication (the room did not call the endpoint; dial the callback alias to test it)",
      sv: "ett inkommande samtal via ServiceControlIndication (rummet ringde inte ändpunkten; ring callback-aliaset för att testa det)",
    });
  const missingScr = e.incomingCalls.filter((c) => c.facilityAtMs !== undefined && c.scrAtMs === undefined);
  // Call signalling keep-alive: the empty TPKT, on connections the endpoint opened outward
  const interval = reg?.timeToLiveS;
  const outward = e.incomingCalls.flatMap((c) => (c.facilityFrom ? [hostPort(c.facilityFrom)] : []));
  const tcpAudits = e.signallingKeepAlives
    .filter((k) => outward.some((o) => k.connection.endsWith(`-${o}`)))
    .flatMap((k) => (interval ? [auditKeepAlives(k.keepAlivesAtMs, k.firstAtMs, k.lastAtMs, interval)] : []));
  for (const a of tcpAudits) lines.push(auditLine("empty TPKT keep-alives on its outward connection", a));
  const tcpSilent = tcpAudits.some((a) => a.outcome === "none" || a.outcome === "late");
  evidence["signallingKeepAlive"] = tcpAudits.map((a) => a.outcome);
  return h46018Outcome(f18, problems, notObserved, done, missingScr.length > 0, tcpSilent, evidence, lines);
}

function h46018Outcome(
  f18: AdvertisedFeature,
  problems: readonly { en: string; sv: string }[],
  notObserved: readonly { en: string; sv: string }[],
  done: readonly string[],
  missingScr: boolean,
  tcpSilent: boolean,
  evidence: Record<string, unknown>,
  lines: string[],
): Verdict {
  const unseen = (l: "en" | "sv") =>
    notObserved.length
      ? `; ${l === "en" ? "not observed" : "inte observerat"}: ${notObserved.map((n) => n[l]).join("; ")}`
      : "";
  if (problems.length > 0) {
    return {
      status: "fail",
      en: {
        summary: `advertised H.460.18 (${f18.role}) but ${problems.map((p) => p.en).join("; ")}`,
        advice:
          "Check the equipment's H.460.18 firmware and settings: it must open the call signalling connection to the gatekeeper when told to, and send keep-alives within the interval the gatekeeper grants.",
      },
      sv: {
        summary: `angav H.460.18 (${f18.role}) men ${problems.map((p) => p.sv).join("; ")}`,
        advice:
          "Kontrollera utrustningens H.460.18-stöd (firmware och inställningar): den måste öppna samtalsförbindelsen till gatekeepern när den blir ombedd, och skicka keep-alive inom det intervall gatekeepern anger.",
      },
      evidence,
      lines,
    };
  }
  const exercised = done.some((d) => d.startsWith("opened the call outward"));
  if (!exercised) {
    return {
      status: "inconclusive",
      en: {
        summary: `advertised H.460.18 (${f18.role})${done.length ? `, ${done.join(", ")}` : ""}${unseen("en")}`,
      },
      sv: {
        summary: `angav H.460.18 (${f18.role})${done.length ? `, ${done.length} keep-alive-kontroller godkända` : ""}${unseen("sv")}`,
      },
      evidence,
      lines,
    };
  }
  const minor = [
    ...(missingScr ? ["no ServiceControlResponse to the SCI (H.225.0 expects one)"] : []),
    ...(tcpSilent ? ["no empty-TPKT keep-alive on the call signalling connection within the interval"] : []),
  ];
  const minorSv = [
    ...(missingScr ? ["inget ServiceControlResponse på SCI (H.225.0 kräver ett)"] : []),
    ...(tcpSilent ? ["ingen keep-alive (tom TPKT) på samtalsförbindelsen inom intervallet"] : []),
  ];
  if (minor.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `H.460.18 works (${done.join(", ")}), but ${minor.join("; ")}`,
        advice: "Update the equipment's firmware; behind a firewall an idle connection may be cut.",
      },
      sv: {
        summary: `H.460.18 fungerar, men ${minorSv.join("; ")}`,
        advice: "Uppdatera utrustningens firmware; bakom en brandvägg kan en tyst förbindelse brytas.",
      },
      evidence,
      lines,
    };
  }
  return {
    status: "pass",
    en: { summary: `H.460.18 works: advertised (${f18.role}), ${done.join(", ")}${unseen("en")}` },
    sv: { summary: `H.460.18 fungerar: angivet (${f18.role}), öppnade samtalet utåt på SCI${unseen("sv")}` },
    evidence,
    lines,
  };
}

export function h46019Check(e: H460Evidence): Check {
  return toCheck(H46019_CHECK, h46019Verdict(e));
}

function pathLine(e: H460Evidence, p: MediaPathFacts): string {
  return `media from the endpoint to ${p.to}: ${p.rtp} RTP, ${p.rtcp} RTCP, ${p.keepAlives} keep-alives, ${p.multiplexed} multiplexed, +${secs(p.firstAtMs - e.startAtMs)} to +${secs(p.lastAtMs - e.startAtMs)} from ${listOf([...p.sources], 3)}`;
}

function h46019Verdict(e: H460Evidence): Verdict {
  if (!e.call) {
    return notTested(
      "no call was made between the endpoint and the room through H.460.18: media traversal not observed",
      "inget samtal gick mellan ändpunkten och rummet via H.460.18: mediagenomgång observerades inte",
      { call: false },
    );
  }
  const f18 = stated(e.confirmed, H460_FEATURE.signallingTraversal, ["GCF", "RCF"]);
  if (e.registrationRequests === 0 || !f18) {
    return notTested(
      "the call did not run under H.460.18 (no registration with it to the room's gatekeeper): H.460.19 is used only then",
      "samtalet gick inte under H.460.18 (ingen registrering med det i rummets gatekeeper): H.460.19 används bara då",
      { h46018: false },
    );
  }
  const callMessages = ["Setup", "CallProceeding", "Alerting", "Connect", "Facility"];
  const f19 = stated(e.advertised, H460_FEATURE.mediaTraversal, callMessages);
  const lines = statementLines(
    e,
    e.advertised.filter((s) => callMessages.includes(s.message)),
    "endpoint",
  );
  const evidence: Record<string, unknown> = { advertised: f19?.role ?? null };
  if (!f19) {
    return {
      status: "fail",
      en: {
        summary:
          "the endpoint did not declare H.460.19 in its call messages (no feature 19 in Setup/Connect)",
        advice: ENABLE_ADVICE.en,
      },
      sv: {
        summary: "ändpunkten angav inte H.460.19 i samtalsmeddelandena (ingen funktion 19 i Setup/Connect)",
        advice: ENABLE_ADVICE.sv,
      },
      evidence,
      lines,
    };
  }
  const served = e.channels.filter((c) => c.server?.keepAliveChannel);
  for (const c of e.channels) {
    const s = c.server;
    const k = c.client?.keepAlivePayloadType;
    lines.push(
      `channel ${c.number}: room ${s?.keepAliveChannel ? `keepAliveChannel ${hostPort(s.keepAliveChannel)} every ${s.keepAliveInterval ?? "?"} s` : "no TraversalParameters"}${s?.multiplexedMediaChannel ? `, multiplexedMediaChannel ${hostPort(s.multiplexedMediaChannel)}` : ""}; endpoint ${c.clientMarked ? "marked it H.460.19" : "did not mark it"}${k !== undefined ? `, keepAlivePayloadType ${k}` : ""}`,
    );
  }
  for (const p of e.media) lines.push(pathLine(e, p));
  if (served.length === 0) {
    return notTested(
      `the endpoint declared H.460.19 (${f19.role}), but no channel carried the room's keepAliveChannel, so its keep-alives were not asked for`,
      `ändpunkten angav H.460.19 (${f19.role}), men ingen kanal bar rummets keepAliveChannel, så dess keep-alive efterfrågades inte`,
      evidence,
    );
  }
  const problems: { en: string; sv: string }[] = [];
  const done: string[] = [];
  let explicit = 0;
  for (const c of served) {
    const target = hostPort(c.server!.keepAliveChannel!);
    const p = e.media.find((m) => m.to === target);
    const intervalS = c.server!.keepAliveInterval ?? 19;
    if (!p) {
      problems.push({
        en: `nothing arrived at keepAliveChannel ${target} of channel ${c.number}: the media path through the firewall was never opened`,
        sv: `inget kom till keepAliveChannel ${target} för kanal ${c.number}: mediavägen genom brandväggen öppnades aldrig`,
      });
      continue;
    }
    explicit += p.keepAlives;
    const a = auditKeepAlives(p.atMs, p.firstAtMs, e.endAtMs, intervalS);
    lines.push(auditLine(`packets to ${target} (keep-alives and media)`, a));
    if (a.outcome === "late")
      problems.push({
        en: `the path to ${target} went quiet for ${secs(a.maxGapMs)}, longer than its ${intervalS} s keep-alive interval`,
        sv: `vägen till ${target} var tyst i ${secs(a.maxGapMs)}, längre än keep-alive-intervallet ${intervalS} s`,
      });
    else done.push(`opened ${target} (${p.keepAlives} keep-alives, ${p.rtp} RTP, ${p.rtcp} RTCP)`);
  }
  evidence["keepAlives"] = explicit;
  const offeredMux = e.channels.some((c) => c.server?.multiplexedMediaChannel);
  const muxUsed = e.media.some((m) => m.multiplexed > 0);
  const canMux = hasParameter(f19, H46019_PARAMETER.supportTransmitMultiplexedMedia);
  evidence["multiplexing"] = { declared: canMux, offered: offeredMux, used: muxUsed };
  const mux = offeredMux
    ? muxUsed
      ? "used multiplexed media"
      : "did not use the multiplexed media offered"
    : `multiplexing ${canMux ? "declared but not offered by the room" : "not declared"}`;
  const muxSv = offeredMux
    ? muxUsed
      ? "använde multiplexad media"
      : "använde inte den multiplexade media som erbjöds"
    : "multiplexering inte testad";
  if (problems.length > 0) {
    return {
      status: "fail",
      en: {
        summary: `declared H.460.19 (${f19.role}) but ${problems.map((p) => p.en).join("; ")}`,
        advice:
          "Check the equipment's H.460.19 support: it must send RTP/RTCP keep-alives to the keepAliveChannel the gatekeeper names, at least once per keepAliveInterval.",
      },
      sv: {
        summary: `angav H.460.19 (${f19.role}) men ${problems.map((p) => p.sv).join("; ")}`,
        advice:
          "Kontrollera utrustningens H.460.19-stöd: den måste skicka RTP/RTCP-keep-alive till den keepAliveChannel gatekeepern anger, minst en gång per keepAliveInterval.",
      },
      evidence,
      lines,
    };
  }
  const noKeepAlive = explicit === 0;
  return {
    status: noKeepAlive || (offeredMux && !muxUsed) ? "warn" : "pass",
    en: {
      summary: `H.460.19: ${done.join("; ")}; ${mux}${noKeepAlive ? "; no keep-alive packet observed (media held the path; a silent stream may lose it)" : ""}`,
      ...(noKeepAlive
        ? {
            advice:
              "Make sure the equipment sends H.460.19 keep-alives even while it sends media; otherwise a muted call can lose its media path.",
          }
        : {}),
    },
    sv: {
      summary: `H.460.19: mediavägen öppnades utåt; ${muxSv}${noKeepAlive ? "; inga keep-alive-paket observerades (media höll vägen öppen; en tyst ström kan tappa den)" : ""}`,
      ...(noKeepAlive
        ? {
            advice:
              "Se till att utrustningen skickar H.460.19-keep-alive även när den skickar media; annars kan ett tystat samtal tappa mediavägen.",
          }
        : {}),
    },
    evidence,
    lines,
  };
}
