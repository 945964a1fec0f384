import { mediaLossCheck, notTestableFunctionChecks, sipDialogCheck } from "../../analysis/capture-checks.js";
import { captureEvidence, signallingMissing } from "../../analysis/capture-evidence.js";
import { dialogStreams } from "../../analysis/dialog-streams.js";
import type { Side } from "../../analysis/graded-side.js";
import type { H323RegistrationFacts } from "../../analysis/h323-call-facts.js";
import type { MediaStreamFacts } from "../../analysis/media-stream.js";
import type { SipDialog } from "../../analysis/sip-dialogs.js";
import type { Evidence } from "../../conformance/evidence.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { gradeAll } from "../../conformance/grade-all.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import { captureTimeMicros } from "../../protocol/pcap/capture-time.js";
import {
  type Check,
  type CheckStatus,
  REPORT_SCHEMA_VERSION,
  type Report,
  type SipMessageRecord,
} from "../../report/model.js";
import { VERSION } from "../../version.js";
import type { FileAnalysis } from "./analyze-file.js";
import { type H323CallSummary, h323CallSummaries, h323CaptureReport } from "./h323-capture-report.js";

/** One line per dialog of the capture, for the summary printed before the graded reports. */
export interface DialogSummary {
  readonly callId: string;
  readonly from?: string;
  readonly to?: string;
  readonly carrier?: string;
  readonly messages: number;
  readonly firstLine: string;
  readonly finalStatus?: number;
  readonly streams: number;
  /** Graded: the dialog has an INVITE (an OPTIONS ping or REGISTER is listed, not graded). */
  readonly graded: boolean;
}

export interface CaptureReports {
  readonly dialogs: readonly DialogSummary[];
  /** The H.323 calls of the capture (each graded below) and the RAS registrations seen. */
  readonly h323Calls: readonly H323CallSummary[];
  readonly registrations: readonly H323RegistrationFacts[];
  readonly reports: readonly Report[];
}

export class UnknownCallIdError extends Error {
  override readonly name = "UnknownCallIdError";
}

export interface CaptureReportOptions {
  /** Grade only this dialog, or this H.323 call (its key or callIdentifier in hex). */
  readonly callId?: string;
  /** Grade this party of each dialog (default: the one that is not vdm-test, else the callee). */
  readonly side?: Side;
}

/**
 * Builds the reports of an analysed file: with `callId`, that dialog's or H.323 call's; otherwise
 * one per dialog with an INVITE and one per H.323 call, or, when the capture holds neither (SIP
 * over TLS, signalling not captured), one for the media found by heuristics.
 */
export function buildCaptureReports(fa: FileAnalysis, opts: CaptureReportOptions = {}): CaptureReports {
  const a = fa.analysis;
  const dialogs = a.dialogs.map(
    (d): DialogSummary => ({
      callId: d.callId,
      ...(d.from ? { from: d.from } : {}),
      ...(d.to ? { to: d.to } : {}),
      ...(d.carrier ? { carrier: d.carrier } : {}),
      messages: d.messageCount,
      firstLine: d.messages[0]?.firstLine ?? "",
      ...(d.inviteFinal !== undefined ? { finalStatus: d.inviteFinal } : {}),
      streams: dialogStreams(a, d).filter((s) => s.packets > 0).length,
      graded: d.invites > 0,
    }),
  );
  const h323 = a.h323.calls;
  const listed = { dialogs, h323Calls: h323CallSummaries(fa), registrations: a.h323.registrations };
  const side = opts.side ? { side: opts.side } : {};
  if (opts.callId !== undefined) {
    const d = a.dialogs.find((x) => x.callId === opts.callId);
    if (d) return { ...listed, reports: [captureReport(fa, d, opts)] };
    const call = h323.find((c) => c.key === opts.callId || c.callIdentifier === opts.callId);
    if (call) return { ...listed, reports: [h323CaptureReport(fa, call, side)] };
    throw new UnknownCallIdError(
      `no dialog with Call-ID ${opts.callId} in ${fa.path} (${a.dialogs.length} dialogs, ${h323.length} H.323 calls)`,
    );
  }
  const graded = a.dialogs.filter((d) => d.invites > 0);
  const orphanMedia = dialogStreams(a, undefined).some((s) => s.packets > 0);
  const reports = [
    ...graded.map((d) => captureReport(fa, d, opts)),
    ...h323.map((c) => h323CaptureReport(fa, c, side)),
  ];
  if ((graded.length === 0 && h323.length === 0) || orphanMedia)
    reports.push(captureReport(fa, undefined, opts));
  return { ...listed, reports };
}

/**
 * One dialog's report (kind "capture"): the conformance engine's checks on the evidence the
 * capture gives about the graded party, the requirement verdicts rolled up from them (as `call`
 * and `check` do), the checks only a capture makes, and the nine test-room functions marked
 * "not testable from a capture".
 */
export function captureReport(
  fa: FileAnalysis,
  dialog: SipDialog | undefined,
  opts: CaptureReportOptions = {},
): Report {
  const a = fa.analysis;
  const ce = captureEvidence(a, dialog, {
    ...(opts.side ? { side: opts.side } : {}),
    ...(!dialog && fa.sdp ? { sdpFile: fa.sdp.text } : {}),
  });
  const streams = dialogStreams(a, dialog);
  const checks: Check[] = [
    ...fileChecks(fa),
    sipDialogCheck(dialog, signallingMissing(a)),
    ...gradeAll(ce.evidence),
    mediaLossCheck(streams),
    ...notTestableFunctionChecks(),
  ];
  const requirements = requirementVerdicts(checks);
  const gated = gate({ checks, requirements, profile: "vdm", required: [] }).outcome;
  const startMicros = a.firstTime ? captureTimeMicros(a.firstTime) : 0;
  const fromGraded = new Set(ce.fromEndpoint);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "vdm-test", version: VERSION },
    kind: "capture",
    target: dialog?.callId ?? (fa.input === "sdp" ? "sdp" : "media"),
    startedAt: new Date(Math.floor((startMicros + (dialog?.firstMs ?? 0) * 1000) / 1000)).toISOString(),
    durationMs: Math.round(dialog ? dialog.lastMs - dialog.firstMs : a.durationMs),
    steps: [],
    checks,
    facts: {
      file: fa.path,
      input: fa.input,
      bytes: fa.bytes,
      ...(fa.capture ? { capture: fa.capture } : {}),
      graded: ce.graded ?? { side: null, why: "no SIP dialog was read: the media found is graded" },
      evidence: evidenceSummary(ce.evidence),
      ...(dialog ? { dialog: dialogFacts(dialog) } : { dialog: null }),
      streams: streams.map((s) => ({ ...streamFacts(s), fromGraded: fromGraded.has(s) })),
      ...(ce.slidesStream ? { slidesStream: ce.slidesStream } : {}),
      ...(a.tls.length ? { tls: a.tls } : {}),
      ...(a.bfcp.get(dialog?.callId ?? "") ? { bfcp: a.bfcp.get(dialog?.callId ?? "") } : {}),
      sipMessages: a.sipMessages,
      sipMalformed: a.sipMalformed,
      notes: a.notes,
    },
    sip: (dialog?.messages ?? []).map((m): SipMessageRecord => {
      // As in a live report: "received" is what the graded party sent.
      const fromOther = ce.graded?.other !== undefined && m.src === ce.graded.other;
      return {
        atMs: Math.round(m.timeMs - dialog!.firstMs),
        direction: fromOther ? "sent" : "received",
        transport: m.carrier,
        remote: fromOther ? m.dst : m.src,
        firstLine: m.firstLine,
      };
    }),
    outcome: worst([gated, ...checks.filter((c) => c.serves.length === 0).map((c) => c.status)]),
    requirements,
  };
}

const SEVERITY: readonly CheckStatus[] = ["fail", "inconclusive", "warn", "pass"];

/** The most severe tested status; capture-only checks (unreadable file, loss) can only worsen the gate's. */
export function worst(statuses: readonly CheckStatus[]): CheckStatus {
  return SEVERITY.find((s) => statuses.includes(s)) ?? "inconclusive";
}

/** Which parts of the evidence the capture filled, and why the others are missing. */
export function evidenceSummary(e: Evidence) {
  const v = e.media?.video;
  const filled = [
    e.sip?.length ? `sip: ${e.sip.map((m) => m.role).join(", ")}` : undefined,
    e.sdp?.length ? `sdp: ${e.sdp.map((s) => `${s.role} (${s.origin})`).join(", ")}` : undefined,
    e.answeredOffer ? "the offer the graded party answered" : undefined,
    e.transport?.sipTransport ? `sip transport ${e.transport.sipTransport}` : undefined,
    e.transport?.signallingSource ? "signalling source" : undefined,
    e.transport?.mediaSources?.length ? `media sources (${e.transport.mediaSources.length})` : undefined,
    v ? `video (${v.codec ?? "codec unknown"}, ${v.packetsReceived} packets)` : undefined,
    v?.keyframe ? `keyframe response (${v.keyframe.requests} requests)` : undefined,
    e.media?.audio ? `audio (${e.media.audio.codec ?? "codec unknown"})` : undefined,
    e.media?.srtp ? "srtp on the wire" : undefined,
    e.presentation ? "presentation (BFCP floor, slides)" : undefined,
  ].filter((x): x is string => x !== undefined);
  return { filled, unavailable: e.unavailable ?? [] };
}

export function fileChecks(fa: FileAnalysis): Check[] {
  const c = fa.capture;
  if (!c) return [];
  const failed = c.failure !== undefined;
  const malformed = c.stats.malformed;
  return [
    {
      id: "capture.readable",
      title: "Capture read",
      serves: [],
      status: failed ? "warn" : "pass",
      summary: failed
        ? `partial analysis: reading stopped early (${c.failure}) after ${c.stats.packets} packets`
        : `${c.stats.packets} packets read${malformed ? `, ${malformed} malformed skipped` : ""}`,
      evidence: { packets: c.stats.packets, malformed, warnings: c.warnings.slice(0, 10) },
    },
  ];
}

function dialogFacts(d: SipDialog) {
  return {
    callId: d.callId,
    from: d.from ?? null,
    to: d.to ?? null,
    caller: d.caller ?? null,
    callee: d.callee ?? null,
    carrier: d.carrier ?? null,
    userAgent: d.userAgent ?? null,
    server: d.server ?? null,
    messages: d.messageCount,
    inviteFinal: d.inviteFinal ?? null,
    sdp: d.sdps.map((s) => ({
      role: s.role,
      carriedBy: s.carriedBy,
      frame: s.number,
      ...(s.error ? { error: s.error } : {}),
    })),
  };
}

export function streamFacts(s: MediaStreamFacts) {
  const b = s.binding;
  return {
    src: s.src,
    dst: s.dst,
    foundBy: s.foundBy,
    kind: b?.kind ?? null,
    rtcpOnly: s.packets === 0,
    codec: s.codec ?? null,
    srtpNegotiated: b?.srtpNegotiated ?? null,
    packets: s.packets,
    nonRtp: s.nonRtp,
    rtcp: s.rtcp,
    ssrcChanges: s.ssrcChanges,
    symmetric: s.symmetric ?? null,
    announcedSource: b?.senderAddress ? `${b.senderAddress}:${b.senderPort}` : null,
    ssrcs: s.ssrcs.map((x) => ({
      ssrc: x.ssrc,
      payloadType: x.payloadType,
      packets: x.packets,
      expected: x.expected,
      lost: x.lost,
      lossPct: Math.round(x.lossFraction * 10000) / 100,
      duplicates: x.duplicates,
      reordered: x.reordered,
      sequenceRestarts: x.sequenceRestarts,
      jitterMs: round(x.jitterMs),
      maxJitterMs: round(x.maxJitterMs),
      wiresharkMaxJitterMs: round(x.wiresharkMaxJitterMs),
      payloadTypeChanges: x.payloadTypeChanges.length,
      kbpsPerSecond: x.perSecond.map((p) => Math.round(p.bitsPerSecond / 100) / 10),
    })),
    h264: s.h264 ?? null,
    protection: s.protection,
  };
}

function round(n: number | undefined): number | null {
  return n === undefined ? null : Math.round(n * 1000) / 1000;
}
