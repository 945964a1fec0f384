import { sdpEvidence } from "../conformance/endpoint-sdp.js";
import type {
  Evidence,
  SipMessageEvidence,
  SipTransportName,
  TransportEvidence,
  Unavailable,
} from "../conformance/evidence.js";
import { vias } from "../conformance/sip-facts.js";
import type { SessionReading } from "../protocol/sdp/media-section.js";
import { viaParam } from "../protocol/sip/via.js";
import type { Phrase } from "../report/i18n/bilingual.js";
import type { CaptureAnalysis } from "./capture-analyzer.js";
import { capturePresentation } from "./capture-presentation.js";
import { dialogStreams } from "./dialog-streams.js";
import { endpointMedia } from "./endpoint-media.js";
import { endpointSip } from "./endpoint-sip.js";
import { type GradedSide, gradedSide, type Side } from "./graded-side.js";
import type { MediaStreamFacts } from "./media-stream.js";
import type { SipDialog } from "./sip-dialogs.js";

/** Said of whatever needs vdm-test itself on one end of the call. */
export const NOT_TESTABLE = {
  en: "not testable from a capture",
  sv: "går inte att pröva från en inspelning",
} as const;

/**
 * Evidence about the graded party of one captured dialog (or, with no readable dialog, about the
 * media found by heuristics), in the shape a live call fills, so that `analyze`, `check` and
 * `call` are graded by one engine. What a capture cannot show is declared unavailable with the
 * reason.
 */
export interface CaptureEvidence {
  readonly evidence: Evidence;
  /** The graded party; undefined when no dialog was read. */
  readonly graded?: GradedSide;
  /** The flows the graded party sent and those sent to it. */
  readonly fromEndpoint: readonly MediaStreamFacts[];
  readonly toEndpoint: readonly MediaStreamFacts[];
  readonly slidesStream?: string;
}

export interface CaptureEvidenceOptions {
  /** Grade this party instead of the one chosen by User-Agent (see graded-side.ts). */
  readonly side?: Side;
  /** A bare SDP file analysed on its own: graded as the endpoint's offer (as `vdm-test check` does). */
  readonly sdpFile?: string;
}

/** Why the signalling is missing: SIP over TLS named by its flows, or simply not captured. */
export function signallingMissing(a: CaptureAnalysis): Phrase {
  if (a.tls.length === 0)
    return { en: "no SIP dialog in the capture", sv: "ingen SIP-dialog i inspelningen" };
  const flows = a.tls
    .slice(0, 2)
    .map((t) => `${t.src} → ${t.dst}`)
    .join(", ");
  return {
    en: `SIP over TLS (${flows}) cannot be read from a capture`,
    sv: `SIP över TLS (${flows}) går inte att läsa i en inspelning`,
  };
}

/**
 * RFC 3581 §4, as a live call records it: did the caller's INVITE ask for rport in its top Via,
 * and what did the graded callee write into that Via of its answer (received, rport).
 */
function callerViaSeen(
  d: SipDialog,
  sip: readonly SipMessageEvidence[],
): Pick<TransportEvidence, "ourViaInResponse" | "weAskedRport"> | undefined {
  const invite = d.kept.find((m) => m.head.startLine.kind === "request");
  const response = sip.find((m) => m.role === "invite-response");
  const asked = invite ? vias(invite.head)[0]?.via : undefined;
  const answered = response ? vias(response.head)[0]?.via : undefined;
  if (!asked || !answered) return undefined;
  const received = viaParam(answered, "received");
  const rport = viaParam(answered, "rport");
  return {
    weAskedRport: viaParam(asked, "rport") !== undefined,
    ourViaInResponse: {
      ...(received !== undefined ? { received } : {}),
      ...(rport !== undefined ? { rport } : {}),
    },
  };
}

/** Builds the evidence. Pure. */
export function captureEvidence(
  a: CaptureAnalysis,
  dialog: SipDialog | undefined,
  opts: CaptureEvidenceOptions = {},
): CaptureEvidence {
  const unavailable: Unavailable[] = [
    {
      part: "resolution",
      reason: {
        en: `${NOT_TESTABLE.en}: only a call vdm-test places resolves the URI (RFC 3263)`,
        sv: `${NOT_TESTABLE.sv}: bara ett samtal som vdm-test ringer slår upp URI:n (RFC 3263)`,
      },
    },
  ];
  if (a.tls.length > 0) unavailable.push({ part: "tls", reason: signallingMissing(a) });
  const streams = dialogStreams(a, dialog);
  if (!dialog || dialog.invites === 0) {
    const why: Phrase = dialog
      ? { en: "the dialog has no INVITE", sv: "dialogen har ingen INVITE" }
      : opts.sdpFile !== undefined
        ? { en: "the file holds SDP only, no SIP message", sv: "filen har bara SDP, inget SIP-meddelande" }
        : signallingMissing(a);
    const sdp = opts.sdpFile !== undefined ? [sdpEvidence(opts.sdpFile, "offer", "file")] : [];
    unavailable.push(
      { part: "sip", reason: why },
      ...(sdp.length ? [] : [{ part: "sdp" as const, reason: why }]),
      { part: "options", reason: why },
    );
    const m = endpointMedia(streams, undefined);
    unavailable.push(...m.unavailable);
    // BFCP that no SDP announced is still decoded (RFC 8855 common header), its slides are not named.
    const p = capturePresentation(dialog ? a.bfcp.get(dialog.callId) : a.bfcp.get(""), m, false);
    // A granted floor alone does not grade the presentation: without SDP no stream is named slides.
    const granted = p.presentation?.floorGranted === true;
    if (p.unavailable) unavailable.push(p.unavailable);
    else if (granted)
      unavailable.push({
        part: "presentation",
        reason: {
          en: "the floor was granted, but no SDP in the capture names the slides stream",
          sv: "ordet beviljades, men ingen SDP i inspelningen anger presentationsströmmen",
        },
      });
    return {
      evidence: {
        ...(sdp.length ? { sdp } : {}),
        ...(m.media ? { media: m.media } : {}),
        ...(p.presentation && !granted ? { presentation: p.presentation } : {}),
        unavailable,
      },
      fromEndpoint: m.fromEndpoint,
      toEndpoint: m.toEndpoint,
    };
  }
  const graded = gradedSide(dialog, opts.side);
  const sip = endpointSip(dialog, graded, a.dialogs);
  if (!sip.sip.some((m) => m.role === "options-response"))
    unavailable.push({
      part: "options",
      reason: {
        en: "the capture holds no answer of the graded party to OPTIONS",
        sv: "inspelningen har inget svar på OPTIONS från den bedömda parten",
      },
    });
  if (sip.sdp.length === 0)
    unavailable.push({
      part: "sdp",
      reason: {
        en: `no SDP from the ${graded.side} in the capture`,
        sv: `ingen SDP från ${graded.side === "caller" ? "den som ringde" : "den som svarade"} i inspelningen`,
      },
    });
  const readings = sip.sdp.flatMap((s): SessionReading[] => (s.reading ? [s.reading] : []));
  const m = endpointMedia(streams, readings);
  unavailable.push(...m.unavailable);
  const agreed = readings.some((r) => r.media.some((x) => x.kind === "bfcp" && x.port !== 0));
  const p = capturePresentation(a.bfcp.get(dialog.callId), m, agreed);
  if (p.unavailable) unavailable.push(p.unavailable);
  const carrier: SipTransportName | undefined = dialog.carrier === "file" ? undefined : dialog.carrier;
  const signallingSource = sip.sip.find((x) => x.source)?.source;
  const rport = graded.side === "callee" ? callerViaSeen(dialog, sip.sip) : undefined;
  const transport: TransportEvidence = {
    ...(carrier ? { sipTransport: carrier } : {}),
    ...(signallingSource ? { signallingSource } : {}),
    ...(rport ?? {}),
    mediaSources: m.mediaSources,
  };
  if (!carrier)
    unavailable.push({
      part: "transport",
      reason: {
        en: "a text file does not say how SIP was carried",
        sv: "en textfil säger inte hur SIP fördes",
      },
    });
  return {
    evidence: {
      sip: sip.sip,
      sdp: sip.sdp,
      ...(sip.answeredOffer ? { answeredOffer: sip.answeredOffer } : {}),
      transport,
      ...(m.media ? { media: m.media } : {}),
      ...(p.presentation ? { presentation: p.presentation } : {}),
      unavailable,
    },
    graded,
    fromEndpoint: m.fromEndpoint,
    toEndpoint: m.toEndpoint,
    ...(p.slidesStream ? { slidesStream: p.slidesStream } : {}),
  };
}
