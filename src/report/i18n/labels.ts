import type { CheckStatus, Report, StepStatus } from "../model.js";
import { inLanguage, stepPhrase } from "./bilingual.js";
import type { Lang } from "./lang.js";

/** The words of every report heading, table label and status, in both languages. */
export interface Labels {
  status: Record<CheckStatus, string>;
  /** Four-letter status for the terminal table. */
  statusShort: Record<CheckStatus, string>;
  stepStatus: Record<StepStatus, string>;
  kind: Record<Report["kind"], string>;
  title: string;
  target: string;
  started: string;
  duration: string;
  outcome: string;
  requirements: string;
  requirement: string;
  checks: string;
  check: string;
  status_: string;
  result: string;
  advice: string;
  spec: string;
  notTested: string;
  decidedBy: string;
  steps: string;
  step: string;
  time: string;
  detail: string;
  snapshots: string;
  snapshotSent: string;
  snapshotMirrored: string;
  snapshotPresentation: string;
  noSnapshot: string;
  timelines: string;
  noTimeline: string;
  bitrate: string;
  loss: string;
  jitter: string;
  mirrorLatency: string;
  video: string;
  audio: string;
  second: string;
  sipLadder: string;
  /** The ladder's heading when the call was H.323. */
  h323Ladder: string;
  noSip: string;
  sdps: string;
  sdpOffer: string;
  sdpAnswer: string;
  noSdp: string;
  highlighted: string;
  sipMessages: string;
  h323Messages: string;
  facts: string;
  keyFigures: string;
  figure: string;
  value: string;
  reports: string;
  us: string;
  farEnd: string;
  /** Beside a SIP message in the ladder that repeats an earlier one (RFC 3261 §17). */
  retransmission: string;
  /** Beside an H.245 message carried in H.225.0's h245Control (H.323 §8.2.1). */
  tunnelled: string;
  evidence: string;
  lines: string;
  tool: string;
}

const en: Labels = {
  status: {
    pass: "PASSED",
    fail: "FAILED",
    warn: "WARNING",
    "not-tested": "NOT TESTED",
    inconclusive: "INCONCLUSIVE",
  },
  statusShort: { pass: "PASS", fail: "FAIL", warn: "WARN", "not-tested": "N/T ", inconclusive: "??? " },
  stepStatus: { ok: "ok", failed: "failed", skipped: "skipped" },
  kind: {
    call: "test call to",
    "room-caller": "call into the test room from",
    "room-registration": "registration with the test room's gatekeeper from",
    check: "saved messages graded from",
    capture: "capture graded:",
  },
  title: "vdm-test report",
  target: "Target",
  started: "Started",
  duration: "Duration",
  outcome: "Outcome",
  requirements: "Requirements",
  requirement: "Requirement",
  checks: "Checks",
  check: "Check",
  status_: "Status",
  result: "Result",
  advice: "What to fix",
  spec: "Specification",
  notTested: "Not tested",
  decidedBy: "Decided by",
  steps: "Steps",
  step: "Step",
  time: "Time",
  detail: "Detail",
  snapshots: "Snapshots",
  snapshotSent: "The frame we sent",
  snapshotMirrored: "The mirrored frame we got back",
  snapshotPresentation: "The presentation",
  noSnapshot: "no snapshot",
  timelines: "Timelines",
  noTimeline: "no per-second figures recorded",
  bitrate: "Bitrate (kbit/s)",
  loss: "Packet loss (%)",
  jitter: "Jitter (ms)",
  mirrorLatency: "Mirror latency (ms)",
  video: "video",
  audio: "audio",
  second: "s",
  sipLadder: "SIP signalling",
  h323Ladder: "H.323 signalling (H.225.0 and H.245)",
  noSip: "no SIP messages recorded",
  sdps: "Session descriptions (SDP)",
  sdpOffer: "Offer",
  sdpAnswer: "Answer",
  noSdp: "not recorded",
  highlighted: "Highlighted lines decided a verdict.",
  sipMessages: "SIP messages",
  h323Messages: "H.225.0 and H.245 messages",
  facts: "Facts",
  keyFigures: "Key figures",
  figure: "Figure",
  value: "Value",
  reports: "Reports",
  us: "vdm-test",
  farEnd: "far end",
  retransmission: "(retransmission)",
  tunnelled: "(tunnelled)",
  evidence: "Evidence",
  lines: "Deciding lines",
  tool: "Made by",
};

const sv: Labels = {
  status: {
    pass: "GODKÄND",
    fail: "UNDERKÄND",
    warn: "VARNING",
    "not-tested": "EJ TESTAD",
    inconclusive: "OAVGJORD",
  },
  statusShort: { pass: "OK  ", fail: "FEL ", warn: "VARN", "not-tested": "EJ T", inconclusive: "??? " },
  stepStatus: { ok: "klart", failed: "misslyckades", skipped: "hoppades över" },
  kind: {
    call: "testsamtal till",
    "room-caller": "samtal till testrummet från",
    "room-registration": "registrering hos testrummets gatekeeper från",
    check: "sparade meddelanden bedömda från",
    capture: "inspelning bedömd:",
  },
  title: "vdm-test-rapport",
  target: "Mål",
  started: "Startad",
  duration: "Längd",
  outcome: "Resultat",
  requirements: "Krav",
  requirement: "Krav",
  checks: "Kontroller",
  check: "Kontroll",
  status_: "Status",
  result: "Utfall",
  advice: "Att åtgärda",
  spec: "Specifikation",
  notTested: "Ej testade",
  decidedBy: "Avgjordes av",
  steps: "Steg",
  step: "Steg",
  time: "Tid",
  detail: "Detalj",
  snapshots: "Bilder",
  snapshotSent: "Bilden vi skickade",
  snapshotMirrored: "Den speglade bilden vi fick tillbaka",
  snapshotPresentation: "Presentationen",
  noSnapshot: "ingen bild",
  timelines: "Tidslinjer",
  noTimeline: "inga värden per sekund registrerades",
  bitrate: "Bithastighet (kbit/s)",
  loss: "Paketförlust (%)",
  jitter: "Jitter (ms)",
  mirrorLatency: "Spegelns fördröjning (ms)",
  video: "video",
  audio: "ljud",
  second: "s",
  sipLadder: "SIP-signalering",
  h323Ladder: "H.323-signalering (H.225.0 och H.245)",
  noSip: "inga SIP-meddelanden registrerades",
  sdps: "Sessionsbeskrivningar (SDP)",
  sdpOffer: "Erbjudande",
  sdpAnswer: "Svar",
  noSdp: "inte registrerad",
  highlighted: "Markerade rader avgjorde en bedömning.",
  sipMessages: "SIP-meddelanden",
  h323Messages: "H.225.0- och H.245-meddelanden",
  facts: "Fakta",
  keyFigures: "Nyckeltal",
  figure: "Nyckeltal",
  value: "Värde",
  reports: "Rapporter",
  us: "vdm-test",
  farEnd: "motpart",
  retransmission: "(omsändning)",
  tunnelled: "(tunnlad)",
  evidence: "Underlag",
  lines: "Avgörande rader",
  tool: "Skapad av",
};

export const LABELS: Record<Lang, Labels> = { en, sv };

/** Step names of the live progress list, in Swedish (English names are the ids themselves). */
const STEP_SV: Record<string, string> = {
  room: "testrum",
  resolve: "namnuppslag",
  connect: "anslutning",
  ringing: "ringer",
  answered: "svarade",
  media: "media",
  mirror: "spegel",
  music: "musik",
  presentation: "presentation",
  echo: "eko",
  callback: "återuppringning",
  "hang-up": "lägg på",
  "re-invite": "om-INVITE",
  refresh: "förnyelse",
  "session-timer": "sessionstimer",
  read: "läsning",
  options: "OPTIONS",
  keyframe: "nyckelbild",
  slides: "presentationsbilder",
  capture: "inspelning",
};

export function stepName(name: string, lang: Lang): string {
  return lang === "sv" ? (STEP_SV[name] ?? name) : name;
}

/** A step's detail in the reader's language (English when no Swedish was recorded). */
export function stepDetail(step: { detail?: string; detailSv?: string }, lang: Lang): string {
  const text = stepPhrase(step);
  return text ? inLanguage(text, lang) : "";
}

const REQUIREMENT_SV: Record<string, string> = {
  encryption: "kryptering",
  presentation: "presentation",
};

/** A requirement or function id as a reader sees it: "function-3" → "function 3" / "funktion 3". */
export function servesName(id: string, lang: Lang): string {
  const fn = /^function-(\d+)$/.exec(id);
  if (fn) return `${lang === "sv" ? "funktion" : "function"} ${fn[1]}`;
  return lang === "sv" ? (REQUIREMENT_SV[id] ?? id) : id;
}
