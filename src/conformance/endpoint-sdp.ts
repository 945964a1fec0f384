import { ParseError } from "../protocol/parse-error.js";
import { readBfcpOffer } from "../protocol/sdp/bfcp-sdp.js";
import { type MediaSection, readSdp } from "../protocol/sdp/media-section.js";
import { type Evidence, type SdpEvidence, unavailableReason } from "./evidence.js";

/** Reads one SDP body of the endpoint into evidence; a body that does not parse keeps its error. */
export function sdpEvidence(
  text: string,
  role: SdpEvidence["role"],
  origin: SdpEvidence["origin"],
): SdpEvidence {
  try {
    return { role, origin, text, reading: readSdp(text), bfcp: readBfcpOffer(text) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { role, origin, text, error: e.message };
  }
}

/**
 * The endpoint's SDP bodies to grade: those in the evidence, else the remote SDP of the
 * negotiated session (an answer when we offered, an offer when the endpoint called us).
 */
export function endpointSdps(e: Evidence): readonly SdpEvidence[] {
  if (e.sdp && e.sdp.length > 0) return e.sdp;
  if (e.negotiated) {
    const role = e.negotiated.role === "offerer" ? "answer" : "offer";
    return [sdpEvidence(e.negotiated.remoteSdp, role, role === "answer" ? "response" : "invite")];
  }
  return [];
}

export interface ReadSdp {
  readonly sdp: SdpEvidence;
  readonly reading: NonNullable<SdpEvidence["reading"]>;
}

/** The endpoint's SDP bodies that parsed. */
export function readableSdps(e: Evidence): readonly ReadSdp[] {
  return endpointSdps(e).flatMap((sdp) => (sdp.reading ? [{ sdp, reading: sdp.reading }] : []));
}

/** Why SDP-based checks cannot run, or undefined when some SDP is readable. */
export function sdpMissingReason(e: Evidence): { en: string; sv: string } | undefined {
  const all = endpointSdps(e);
  if (all.some((s) => s.reading)) return undefined;
  const broken = all.find((s) => s.error);
  if (broken) {
    return {
      en: `the endpoint's SDP could not be read: ${broken.error}`,
      sv: `ändpunktens SDP gick inte att läsa: ${broken.error}`,
    };
  }
  const declared = unavailableReason(e, "sdp");
  return {
    en: `no SDP from the endpoint${declared ? ` (${declared.en})` : ""}`,
    sv: `ingen SDP från ändpunkten${declared ? ` (${declared.sv})` : ""}`,
  };
}

/** Our own offer, when we offered (a call we placed): what the endpoint's answer could carry. */
export function ourOffer(e: Evidence): string | undefined {
  // A live call we placed knows its own offer; a capture knows the offer the endpoint answered.
  return e.negotiated?.role === "offerer" ? e.negotiated.localSdp : e.answeredOffer;
}

/**
 * True when all the endpoint's SDP is an answer to an offer that is unknown (a saved 200 OK) or
 * that had no line matching `offered`: an answer carries ICE, rtcp-mux, a=crypto or BFCP only
 * when the offer did (RFC 3264 §6), so their absence there proves nothing about the endpoint.
 */
export function answerCannotShow(e: Evidence, offered: RegExp): boolean {
  const sdps = readableSdps(e);
  if (sdps.length === 0 || !sdps.every(({ sdp }) => sdp.role === "answer")) return false;
  const ours = ourOffer(e);
  return ours === undefined || !offered.test(ours);
}

/** RTP media sections carrying audio, main video or slides, with a non-zero port. */
export function activeRtpSections(reading: NonNullable<SdpEvidence["reading"]>): readonly MediaSection[] {
  return reading.media.filter(
    (m) => m.port !== 0 && /RTP/i.test(m.protocol) && ["audio", "video", "slides"].includes(m.kind),
  );
}

/** The connection line that applies to a section (media level, else session level). */
export function connectionLineOf(m: MediaSection): string | undefined {
  return m.connectionLine;
}

/** RFC 1918 / RFC 6598 / loopback / link-local and IPv6 ULA: addresses that do not route publicly. */
export function isPrivateAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, "");
  const m = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(a);
  if (m) {
    const x = Number(m[1]);
    const y = Number(m[2]);
    return (
      x === 10 ||
      x === 127 ||
      (x === 172 && y >= 16 && y <= 31) ||
      (x === 192 && y === 168) ||
      (x === 169 && y === 254) ||
      (x === 100 && y >= 64 && y <= 127)
    );
  }
  return /^f[cd][0-9a-f]{2}:/.test(a) || a.startsWith("fe80:") || a === "::1";
}
