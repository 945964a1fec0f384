import type { Bilingual } from "./i18n/bilingual.js";

/**
 * The one report model. Every renderer (terminal, JSON, ...) is a pure function of it,
 * and no verdict depends on the format chosen (STYLE.md rule 8).
 */
export const REPORT_SCHEMA_VERSION = 1;

export type CheckStatus = "pass" | "fail" | "warn" | "not-tested" | "inconclusive";

/** One verdict with the evidence that decided it. */
export interface Check {
  /** Stable id, e.g. "mirror.frames-returned". */
  id: string;
  title: string;
  /** The test-room function (1-9) or requirement this check serves, when it serves one. */
  serves: string[];
  status: CheckStatus;
  /** One sentence saying what was measured and why it gave this status. */
  summary: string;
  /** The figures, lines and packets that decided the verdict. */
  evidence: Record<string, unknown>;
  /** The specification implemented, e.g. "RFC 6184 §5.8". */
  specRef?: string;
  /** The exact SIP header and SDP lines that decided the verdict, for renderers to show. */
  lines?: string[];
  /** Summary and advice in Swedish and English (renderers pick one; `summary` stays English). */
  text?: CheckText;
}

/** One language's wording of a verdict: what was found, and what to do about it. */
export interface LocalText {
  summary: string;
  /** What to change; empty or absent when nothing needs doing. */
  advice?: string;
}

/** A verdict's wording in both languages (the one bilingual shape, src/report/i18n/bilingual.ts). */
export type CheckText = Bilingual<LocalText>;

/**
 * The verdict on one of the service's six requirements (H.264, encryption, URI, H.460, H.239,
 * SIP), rolled up from the checks that serve it.
 */
export interface RequirementVerdict {
  requirement: string;
  status: CheckStatus;
  /** Ids of the checks that decided it (not-tested ones left out) and of those not tested. */
  decidedBy: string[];
  notTested: string[];
  /** What was graded, when it differs from the requirement's name (H.460 for SIP equipment). */
  note?: CheckText;
}

export type StepStatus = "ok" | "failed" | "skipped";

/** One step of the live progress list (resolve, connect, ringing, ...). */
export interface Step {
  name: string;
  status: StepStatus;
  /** Milliseconds since the run started. */
  atMs: number;
  /**
   * What happened, in English. With detailSv, the stored form of a Phrase: build both with
   * stepDetailFields and read them with stepPhrase (src/report/i18n/bilingual.ts).
   */
  detail?: string;
  /** The same in Swedish, for `--lang sv` (renderers fall back to `detail`). */
  detailSv?: string;
}

/**
 * One signalling message in the report's ladder: SIP, or H.323's H.225.0 call signalling and
 * H.245. The report keeps them under `sip` (schema v1); `protocol` is absent for SIP.
 */
export interface LadderRecord {
  atMs: number;
  direction: "sent" | "received";
  transport: string;
  remote: string;
  /** SIP: the start line. H.323: the message name and what it said ("Setup: to h323-ID testrum"). */
  firstLine: string;
  /** The whole message as sent or received (SIP headers and body; H.323 a hex dump), when kept. */
  message?: string;
  /** A repeat of an earlier message: an RFC 3261 §17 retransmission, sent or received. */
  retransmission?: boolean;
  /** "h225": H.225.0 call signalling (Q.931); "h245": H.245; "ras": H.225.0 RAS. Absent: SIP. */
  protocol?: "sip" | "h225" | "h245" | "ras";
  /** An H.245 message carried in h245Control of an H.225.0 message (H.323 §8.2.1). */
  tunnelled?: boolean;
}

/** The ladder record under the name SIP-only code has always used. */
export type SipMessageRecord = LadderRecord;

/**
 * Pictures of the call as base64 PNG: the frame we sent, the mirrored frame we got back, and the
 * presentation. Absent when the run made none.
 */
export interface Snapshots {
  sent?: string;
  mirrored?: string;
  presentation?: string;
}

/** One second of a received stream; each figure absent when it was not measured that second. */
export interface TimelinePoint {
  /** Seconds since the run started. */
  second: number;
  kbps?: number;
  lossPct?: number;
  jitterMs?: number;
  /** Median round trip of the mirrored frames sent in this second. */
  mirrorLatencyMs?: number;
}

/** Per-second figures of the received media, for timelines. */
export interface Timeline {
  video?: TimelinePoint[];
  audio?: TimelinePoint[];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: "vdm-test"; version: string };
  /**
   * "check": a saved INVITE, response or SDP graded offline (`vdm-test check`).
   * "capture": a packet capture graded offline (`vdm-test analyze`).
   */
  kind: "call" | "room-caller" | "check" | "capture";
  target: string;
  startedAt: string;
  durationMs: number;
  steps: Step[];
  checks: Check[];
  /** Facts of the call that are not verdicts: negotiated codecs, addresses, figures. */
  facts: Record<string, unknown>;
  sip: SipMessageRecord[];
  outcome: CheckStatus;
  /** The six requirements rolled up from `checks`, when the report grades them. */
  requirements?: RequirementVerdict[];
  /** Pictures of the call (call reports only). */
  snapshots?: Snapshots;
  /** Per-second figures of the received media (call reports only). */
  timeline?: Timeline;
}

/** The overall outcome: any fail fails; otherwise inconclusive beats warn beats pass. */
export function overallOutcome(checks: readonly Check[]): CheckStatus {
  if (checks.length === 0) return "inconclusive";
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (checks.some((c) => c.status === "inconclusive")) return "inconclusive";
  if (checks.every((c) => c.status === "not-tested")) return "inconclusive";
  if (checks.some((c) => c.status === "warn")) return "warn";
  return "pass";
}
