import type { Phrase } from "../../report/i18n/bilingual.js";
import type { Check, CheckStatus } from "../../report/model.js";
import { type CheckBase, notTested, toCheck, type Verdict } from "../check-text.js";

// The nine functions of the national test room (SERVICE.md "Testrum Sjunet"): 1-6 are what the
// national room tests, 7-9 what it cannot. Each verdict here rests on a measurement made
// elsewhere (a check, or the figures of a short call to a room alias); none is assumed.

/** Test-room function numbers, 1-9. */
export const FUNCTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type FunctionNumber = (typeof FUNCTIONS)[number];

const BASES: Record<FunctionNumber, CheckBase> = {
  1: base(1, "others-see-you", "Others see you", "Testrum Sjunet: digital mirror"),
  2: base(2, "you-see-others", "You see others", "Testrum Sjunet: digital mirror"),
  3: base(3, "others-see-presentation", "Others see your presentation", "RFC 8855; RFC 4796"),
  4: base(4, "you-hear-others", "You hear others", "Testrum Sjunet: music in the room"),
  5: base(5, "reach-room", "Calling in works (you reach the room)", "RFC 3261 §13; RFC 3263"),
  6: base(6, "reach-room-outward", "Calling out works (you reach the room from here)", "RFC 3261 §13"),
  7: base(7, "others-hear-you", "Others hear you (echo alias)", "RFC 3550; Testrum vdm-test echo alias"),
  8: base(8, "others-can-call-you", "Others can call you (callback alias)", "RFC 3261 §13.3"),
  9: base(9, "receive-presentation", "You receive others' presentations", "RFC 8855 §13.5; RFC 4796"),
};

function base(n: number, slug: string, title: string, specRef: string): CheckBase {
  return { id: `function-${n}.${slug}`, title, serves: [`function-${n}`], specRef };
}

/** The path a call took to the room, as seen from where vdm-test ran. */
export interface ReachEvidence {
  /** The call was answered (2xx) and media was set up. */
  readonly answered: boolean;
  readonly target: string;
  readonly transport: string;
  /** Our address and port for SIP. */
  readonly local: string;
  /** Where the far end's SIP came from. */
  readonly remote?: string;
  /** What the far end saw as our source (Via received/rport), when it said. */
  readonly seenAs?: string;
  /** True when the far end saw another address or port than ours: a NAT on the path. */
  readonly natSeen?: boolean;
  readonly failure?: string;
}

/** The echo alias: our marker audio looped back. */
export interface EchoCallEvidence {
  readonly answered: boolean;
  readonly codec?: string;
  readonly packetsSent: number;
  readonly packetsReceived: number;
  readonly markersFound: number;
  readonly roundTripMs?: { readonly p50: number; readonly max: number };
  readonly failure?: string;
}

/** The callback alias: the room hung up and called us back. */
export interface CallbackEvidence {
  /** Our call to the alias was answered. */
  readonly aliasAnswered: boolean;
  /** An INVITE came back to us (our Contact or --callback-uri). */
  readonly arrived: boolean;
  /** We (or the endpoint under test) answered it with 200 and an SDP answer. */
  readonly answered: boolean;
  /** Milliseconds from the room's hang-up to the callback INVITE. */
  readonly arrivalMs?: number;
  readonly from?: string;
  /** Where the callback was sent (the Contact or --callback-uri). */
  readonly calledUri?: string;
  /** Audio packets that arrived on the callback call (the short media check). */
  readonly audioPacketsReceived?: number;
  readonly failure?: string;
}

/** What the functions are graded from. Anything missing makes its function "not tested". */
export interface FunctionsInput {
  /** Functions asked for (`--functions`); the rest are "not tested". */
  readonly selected: ReadonlySet<FunctionNumber>;
  /** The checks of the main call (mirror, music, presentation) and of the presentation alias. */
  readonly checks: readonly Check[];
  readonly reach?: ReachEvidence;
  readonly echo?: EchoCallEvidence;
  readonly callback?: CallbackEvidence;
  /** Functions the far end cannot test (a foreign room), with the reason. */
  readonly unsupported?: ReadonlyMap<FunctionNumber, Phrase>;
}

/** The checks that decide functions 1-4 and 9, in the order they are looked for. */
const DECIDED_BY: Partial<Record<FunctionNumber, readonly string[]>> = {
  1: ["mirror.see-yourself"],
  2: ["mirror.see-yourself"],
  3: ["presentation.slides-replace-mirror"],
  4: ["audio.hear-far-end"],
  9: ["presentation.receive-slides"],
};

const WHY: Partial<Record<FunctionNumber, { en: string; sv: string }>> = {
  1: {
    en: "the room received your picture and sent it back",
    sv: "rummet tog emot din bild och skickade tillbaka den",
  },
  2: {
    en: "you decoded the picture the room sent you",
    sv: "du kunde avkoda bilden som rummet skickade dig",
  },
  3: {
    en: "your presentation replaced your picture in the room",
    sv: "din presentation ersatte din bild i rummet",
  },
  4: { en: "you heard the room's audio", sv: "du hörde rummets ljud" },
  9: { en: "you received the room's presentation", sv: "du tog emot rummets presentation" },
};

/** One check per test-room function (function-1 … function-9), in order. Pure. */
export function functionChecks(input: FunctionsInput): Check[] {
  return FUNCTIONS.map((n) => toCheck(BASES[n], verdictFor(n, input)));
}

function verdictFor(n: FunctionNumber, input: FunctionsInput): Verdict {
  if (!input.selected.has(n)) {
    return notTested("not chosen with --functions", "inte vald med --functions");
  }
  const unsupported = input.unsupported?.get(n);
  if (unsupported) return notTested(unsupported.en, unsupported.sv);
  if (n === 5 || n === 6) return reach(n, input.reach);
  if (n === 7) return echo(input.echo);
  if (n === 8) return callback(input.callback);
  return fromCheck(n, input.checks);
}

function fromCheck(n: FunctionNumber, checks: readonly Check[]): Verdict {
  const ids = DECIDED_BY[n] ?? [];
  const c = checks.find((x) => ids.includes(x.id));
  const why = WHY[n]!;
  if (!c)
    return notTested(
      `not measured (no ${ids.join(" or ")} check)`,
      `inte mätt (ingen ${ids.join(" eller ")})`,
    );
  const evidence = { decidedBy: c.id, status: c.status, measured: c.evidence };
  if (c.status === "not-tested") {
    return notTested(`not measured: ${c.summary}`, `inte mätt: ${c.text?.sv.summary ?? c.summary}`, evidence);
  }
  const verb = verbOf(c.status);
  return {
    status: c.status,
    en: {
      summary: `${verb.en}: ${why.en} — ${c.summary}`,
      ...(c.text?.en.advice ? { advice: c.text.en.advice } : {}),
    },
    sv: {
      summary: `${verb.sv}: ${why.sv} — ${c.text?.sv.summary ?? c.summary}`,
      ...(c.text?.sv.advice ? { advice: c.text.sv.advice } : {}),
    },
    evidence,
  };
}

function verbOf(s: CheckStatus): { en: string; sv: string } {
  if (s === "pass") return { en: "works", sv: "fungerar" };
  if (s === "warn") return { en: "works with remarks", sv: "fungerar med anmärkning" };
  if (s === "fail") return { en: "does not work", sv: "fungerar inte" };
  return { en: "could not be decided", sv: "kunde inte avgöras" };
}

function reach(n: 5 | 6, r: ReachEvidence | undefined): Verdict {
  if (!r) return notTested("no call was placed", "inget samtal ringdes");
  const evidence = {
    target: r.target,
    transport: r.transport,
    local: r.local,
    remote: r.remote,
    seenAs: r.seenAs,
    natSeen: r.natSeen ?? null,
    ...(r.failure ? { failure: r.failure } : {}),
  };
  // vdm-test knows the path only from its own end: it says where it called from, never which
  // network (Sjunet or the Internet) the packets crossed.
  const network =
    n === 5
      ? {
          en: "whether this path is Sjunet is not known to vdm-test",
          sv: "om vägen gick över Sjunet vet vdm-test inte",
        }
      : {
          en: "whether this path crossed the Internet is not known to vdm-test",
          sv: "om vägen gick över Internet vet vdm-test inte",
        };
  const nat =
    r.natSeen === undefined
      ? { en: "NAT not seen either way", sv: "NAT kunde inte ses" }
      : r.natSeen
        ? { en: `NAT seen (the room saw us as ${r.seenAs})`, sv: `NAT syns (rummet såg oss som ${r.seenAs})` }
        : { en: "no NAT seen", sv: "ingen NAT syns" };
  if (!r.answered) {
    return {
      status: "fail",
      en: {
        summary: `the room was not reached from ${r.local} over ${r.transport.toUpperCase()}: ${r.failure ?? "no answer"}`,
        advice: "Check the route, firewall and SIP settings (proxy, transport) from this place to the room.",
      },
      sv: {
        summary: `rummet nåddes inte från ${r.local} över ${r.transport.toUpperCase()}: ${r.failure ?? "inget svar"}`,
        advice:
          "Kontrollera vägval, brandvägg och SIP-inställningar (proxy, transport) härifrån till rummet.",
      },
      evidence,
    };
  }
  return {
    status: "pass",
    en: {
      summary: `reached the room from ${r.local} over ${r.transport.toUpperCase()} (${nat.en}); ${network.en}`,
    },
    sv: {
      summary: `nådde rummet från ${r.local} över ${r.transport.toUpperCase()} (${nat.sv}); ${network.sv}`,
    },
    evidence,
  };
}

/** Markers needed to call it our audio: one could be chance, three are not. */
export const MIN_ECHO_MARKERS = 3;

function echo(e: EchoCallEvidence | undefined): Verdict {
  if (!e) return notTested("the echo alias was not called", "ekoaliaset ringdes inte");
  const evidence = {
    answered: e.answered,
    codec: e.codec,
    packetsSent: e.packetsSent,
    packetsReceived: e.packetsReceived,
    markersFound: e.markersFound,
    roundTripMs: e.roundTripMs,
    ...(e.failure ? { failure: e.failure } : {}),
  };
  if (!e.answered) {
    return {
      status: "inconclusive",
      en: { summary: `the echo alias did not answer: ${e.failure ?? "no answer"}` },
      sv: { summary: `ekoaliaset svarade inte: ${e.failure ?? "inget svar"}` },
      evidence,
    };
  }
  if (e.packetsSent === 0) {
    return {
      status: "fail",
      en: {
        summary: `no audio was sent to the room${e.codec ? ` (${e.codec})` : " (no audio codec agreed)"}`,
        advice: "Check that the microphone is on and an audio codec both sides support is enabled.",
      },
      sv: {
        summary: `inget ljud skickades till rummet${e.codec ? ` (${e.codec})` : " (ingen ljudcodec överenskom)"}`,
        advice: "Kontrollera att mikrofonen är på och att en ljudcodec som båda sidor stöder är påslagen.",
      },
      evidence,
    };
  }
  if (e.markersFound >= MIN_ECHO_MARKERS && e.roundTripMs) {
    return {
      status: "pass",
      en: {
        summary: `the room heard you: ${e.markersFound} of our audio markers came back (${e.codec}), audio round trip ${e.roundTripMs.p50} ms (max ${e.roundTripMs.max} ms)`,
      },
      sv: {
        summary: `rummet hörde dig: ${e.markersFound} av våra ljudmarkörer kom tillbaka (${e.codec}), ljudets tur och retur ${e.roundTripMs.p50} ms (högst ${e.roundTripMs.max} ms)`,
      },
      evidence,
    };
  }
  return {
    status: "fail",
    en: {
      summary: `${e.packetsSent} audio packets sent, ${e.packetsReceived} came back, but only ${e.markersFound} of our markers were heard in them`,
      advice: "Others will not hear you: check the audio path (codec, firewall for RTP, muted microphone).",
    },
    sv: {
      summary: `${e.packetsSent} ljudpaket skickade, ${e.packetsReceived} kom tillbaka, men bara ${e.markersFound} av våra markörer hördes i dem`,
      advice: "Andra hör dig inte: kontrollera ljudvägen (codec, brandvägg för RTP, avstängd mikrofon).",
    },
    evidence,
  };
}

function callback(c: CallbackEvidence | undefined): Verdict {
  if (!c) return notTested("the callback alias was not called", "återuppringningsaliaset ringdes inte");
  const evidence = {
    aliasAnswered: c.aliasAnswered,
    arrived: c.arrived,
    answered: c.answered,
    arrivalMs: c.arrivalMs,
    from: c.from,
    calledUri: c.calledUri,
    audioPacketsReceived: c.audioPacketsReceived,
    ...(c.failure ? { failure: c.failure } : {}),
  };
  if (!c.aliasAnswered) {
    return {
      status: "inconclusive",
      en: { summary: `the callback alias did not answer: ${c.failure ?? "no answer"}` },
      sv: { summary: `återuppringningsaliaset svarade inte: ${c.failure ?? "inget svar"}` },
      evidence,
    };
  }
  if (!c.arrived) {
    return {
      status: "fail",
      en: {
        summary: `the room called back${c.calledUri ? ` ${c.calledUri}` : ""} but the INVITE got nowhere: it did not arrive or nothing answered it${c.failure ? ` (${c.failure})` : ""}`,
        advice:
          "Others cannot call you: make the endpoint reachable at its Contact (registration, firewall, NAT keep-alive) or give the address others dial.",
      },
      sv: {
        summary: `rummet ringde tillbaka${c.calledUri ? ` ${c.calledUri}` : ""} men INVITE nådde inte fram eller besvarades inte alls${c.failure ? ` (${c.failure})` : ""}`,
        advice:
          "Andra kan inte ringa dig: gör utrustningen nåbar på sin Contact (registrering, brandvägg, NAT keep-alive) eller ange adressen andra ringer.",
      },
      evidence,
    };
  }
  if (!c.answered) {
    return {
      status: "fail",
      en: {
        summary: `the callback arrived but was not answered${c.failure ? ` (${c.failure})` : ""}`,
        advice: "Enable auto-answer for the test or answer the incoming call.",
      },
      sv: {
        summary: `återuppringningen kom fram men besvarades inte${c.failure ? ` (${c.failure})` : ""}`,
        advice: "Slå på autosvar för testet eller svara på det inkommande samtalet.",
      },
      evidence,
    };
  }
  const media =
    c.audioPacketsReceived === undefined
      ? { en: "", sv: "" }
      : {
          en: `, ${c.audioPacketsReceived} audio packets received on it`,
          sv: `, ${c.audioPacketsReceived} ljudpaket mottagna`,
        };
  if (c.audioPacketsReceived === 0) {
    return {
      status: "warn",
      en: {
        summary: `the callback arrived and was answered, but no audio arrived on it`,
        advice: "Incoming calls connect but carry no media: check the firewall for RTP on incoming calls.",
      },
      sv: {
        summary: "återuppringningen kom fram och besvarades, men inget ljud kom på den",
        advice:
          "Inkommande samtal kopplas upp men utan media: kontrollera brandväggen för RTP vid inkommande samtal.",
      },
      evidence,
    };
  }
  return {
    status: "pass",
    en: {
      summary: `the room called back${c.arrivalMs !== undefined ? ` after ${c.arrivalMs} ms` : ""} and the call was answered${media.en}`,
    },
    sv: {
      summary: `rummet ringde tillbaka${c.arrivalMs !== undefined ? ` efter ${c.arrivalMs} ms` : ""} och samtalet besvarades${media.sv}`,
    },
    evidence,
  };
}

/** "1,2,7" → {1,2,7}; "all" or undefined → all nine. Returns a reason for anything else. */
export function parseFunctions(
  text: string | undefined,
): { ok: true; selected: ReadonlySet<FunctionNumber> } | { ok: false; reason: string } {
  if (text === undefined || text.trim().toLowerCase() === "all")
    return { ok: true, selected: new Set(FUNCTIONS) };
  const out = new Set<FunctionNumber>();
  for (const part of text.split(",")) {
    const t = part.trim();
    if (t === "") continue;
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 9) {
      return { ok: false, reason: `--functions: "${t}" is not a test-room function (1-9)` };
    }
    out.add(n as FunctionNumber);
  }
  if (out.size === 0) return { ok: false, reason: "--functions: no function given (1-9, or all)" };
  return { ok: true, selected: out };
}
