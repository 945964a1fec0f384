import { ParseError } from "../../protocol/parse-error.js";
import {
  type BfcpNegotiation,
  type BfcpOfferOptions,
  buildBfcpOffer,
  negotiateBfcpAnswer,
  readBfcpOffer,
} from "../../protocol/sdp/bfcp-sdp.js";
import { buildOffer, type LocalOffer } from "../../protocol/sdp/build-offer.js";
import { defaultCapabilities } from "../../protocol/sdp/capabilities.js";
import { sameCodecName } from "../../protocol/sdp/codec.js";
import { readSdp } from "../../protocol/sdp/media-section.js";
import { readAnswer } from "../../protocol/sdp/read-answer.js";
import type { MediaKind, NegotiatedMedia, SrtpPolicy } from "../../protocol/sdp/sdp-types.js";

// The caller's presentation offer: a BFCP stream (RFC 8856, we are floor participant, c-only,
// a=setup:actpass over TCP) and a slides m=video (RFC 4796 a=content:slides, RFC 4574 a=label)
// written like the main video line with its own port, SSRC and key. Pure.

export const SLIDES_LABEL = "3";

export interface PresentationOfferOptions {
  readonly transport: "tcp" | "udp";
  readonly bfcpPort: number;
  readonly slidesPort: number;
  readonly address: string;
  readonly srtp: SrtpPolicy;
  readonly slidesKey: Uint8Array;
  readonly slidesSsrc: number;
  readonly sessionId: string;
  /** A re-offer keeps the TCP connection: a=connection:existing (RFC 4145 §5). */
  readonly existing?: boolean;
}

export interface PresentationOffer {
  /** For buildOffer's extraMedia: the BFCP section (none for H.239), then the slides section. */
  readonly extraMedia: readonly { readonly kind: MediaKind; readonly lines: readonly string[] }[];
  /** Absent when the floor is the signalling's own (H.323: H.239 in H.245). */
  readonly bfcp?: BfcpOfferOptions;
  /** The slides line as a one-line offer of its own, to read its answer with readAnswer. */
  readonly slides: LocalOffer;
}

function slidesOffer(o: Omit<PresentationOfferOptions, "transport" | "bfcpPort">): LocalOffer {
  const caps = defaultCapabilities();
  return buildOffer({
    capabilities: { ...caps, video: caps.video.filter((c) => sameCodecName(c.name, "H264")) },
    address: o.address,
    video: { port: o.slidesPort, ssrc: o.slidesSsrc, rtcpPort: o.slidesPort + 1 },
    srtp: o.srtp,
    ...(o.srtp !== "off" ? { keys: { video: o.slidesKey } } : {}),
    // RFC 5761 like the main lines: muxed when the answer agrees, else RTCP on the next port.
    rtcpMux: true,
    sessionId: o.sessionId,
  });
}

/**
 * The slides line alone (RFC 4796 a=content:slides), for a protocol whose floor is in its own
 * signalling: H.323 maps it to the H.239 presentation (H.239 §7.1, §9).
 */
export function buildSlidesOnlyOffer(
  o: Omit<PresentationOfferOptions, "transport" | "bfcpPort">,
): PresentationOffer {
  const slides = slidesOffer(o);
  return { extraMedia: [{ kind: "slides", lines: [...slides.media[0]!.lines, "a=content:slides"] }], slides };
}

export function buildPresentationOffer(o: PresentationOfferOptions): PresentationOffer {
  const bfcp: BfcpOfferOptions = {
    transport: o.transport,
    role: "c-only",
    port: o.bfcpPort,
    slidesLabel: SLIDES_LABEL,
    ...(o.transport === "tcp" ? { setup: "actpass" as const } : {}),
  };
  const b = buildBfcpOffer(bfcp);
  const slides = slidesOffer(o);
  const bfcpLines = o.existing
    ? b.lines.map((l) => (l === "a=connection:new" ? "a=connection:existing" : l))
    : b.lines;
  return {
    extraMedia: [
      { kind: "bfcp", lines: bfcpLines },
      { kind: "slides", lines: [...slides.media[0]!.lines, ...b.slidesLines] },
    ],
    bfcp,
    slides,
  };
}

export interface PresentationAnswer {
  readonly bfcp?: BfcpNegotiation;
  readonly slides?: NegotiatedMedia;
  /** Why BFCP or the slides were not agreed, and what the far end's SDP did oddly. */
  readonly notes: readonly string[];
}

/** Reads the answer's BFCP line (at `bfcpIndex`) and slides line (the next one) against our offer. */
export function readPresentationAnswer(
  offer: PresentationOffer,
  answerSdp: string,
  bfcpIndex: number,
): PresentationAnswer {
  const notes: string[] = [];
  let bfcp: BfcpNegotiation | undefined;
  let slides: NegotiatedMedia | undefined;
  let reading: ReturnType<typeof readSdp>;
  try {
    reading = readSdp(answerSdp);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { notes: [`the answer's SDP is malformed: ${e.message}`] };
  }
  const bfcpSection = offer.bfcp ? reading.media[bfcpIndex] : undefined;
  if (!offer.bfcp) {
    // H.239: no BFCP line; the slides line is the first after the main ones.
  } else if (!bfcpSection || bfcpSection.port === 0) {
    notes.push("the far end declined BFCP (port 0 on the BFCP m-line)");
  } else {
    const r = readBfcpOffer(answerSdp);
    if (!r.media) notes.push("the answer has no BFCP m-line where we offered one");
    else {
      const n = negotiateBfcpAnswer(offer.bfcp!, r.media);
      notes.push(...r.notes, ...n.notes);
      if (n.ok) bfcp = n.negotiated;
      else notes.push(`BFCP not agreed: ${n.reason}`);
    }
  }
  const slidesSection = reading.media[bfcpIndex + 1];
  if (!slidesSection || slidesSection.port === 0) {
    notes.push("the far end declined the slides video (port 0)");
  } else {
    const sub = [...reading.sessionLines, ...slidesSection.lines].join("\r\n");
    const r = readAnswer(offer.slides, `${sub}\r\n`);
    const m = r.ok ? r.session.media[0] : undefined;
    if (m?.accepted) {
      slides = {
        ...m,
        index: slidesSection.index,
        kind: "slides",
        content: "slides",
        ...(slidesSection.label !== undefined ? { label: slidesSection.label } : {}),
      };
      if (slidesSection.content !== "slides") notes.push("the answer's slides m-line lacks a=content:slides");
    } else notes.push(`slides video not agreed: ${r.ok ? (m?.rejectReason ?? "rejected") : r.reason}`);
  }
  if (bfcp && slides?.label !== undefined && slides.label !== bfcp.label) {
    notes.push(`a=floorid points at label ${bfcp.label} but the slides line is labelled ${slides.label}`);
  }
  return { ...(bfcp ? { bfcp } : {}), ...(slides ? { slides } : {}), notes };
}
