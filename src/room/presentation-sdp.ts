import { answerOffer } from "../protocol/sdp/answer-offer.js";
import {
  answerBfcp,
  type BfcpMediaDescription,
  type BfcpNegotiation,
  readBfcpOffer,
} from "../protocol/sdp/bfcp-sdp.js";
import { defaultCapabilities } from "../protocol/sdp/capabilities.js";
import { sameCodecName } from "../protocol/sdp/codec.js";
import type { HandlerAnswer, MediaHandler, MediaHandlerContext } from "../protocol/sdp/media-handler.js";
import type { MediaSection } from "../protocol/sdp/media-section.js";
import type { NegotiatedMedia } from "../protocol/sdp/sdp-types.js";

// The room's answers to a presentation offer: the BFCP stream (RFC 8856, the room is floor
// control server) and the slides video (RFC 4796 a=content:slides, RFC 4574 a=label). Both are
// MediaHandlers for answerOffer, so offers without them negotiate exactly as before, and a
// re-INVITE that adds them is answered the same way as a first INVITE.

/** Where the slides video of one call is received and sent. */
export interface SlidesAnswerOptions {
  readonly port: number;
  /** 30 octets of SRTP key material, used when the offer's policy agrees SRTP. */
  readonly key: Uint8Array;
  readonly ssrc: number;
  /** Accept the offer's a=rtcp-mux (RFC 5761) as on the main lines; default true. */
  readonly rtcpMux?: boolean;
}

/** RFC 4145 §4.1 as the room applies it: we listen unless the offerer insists on listening. */
export function roomBfcpSetup(offer: BfcpMediaDescription): "active" | "passive" | undefined {
  if (offer.transport !== "tcp") return undefined;
  return offer.setup === "passive" ? "active" : "passive";
}

/** The offer's BFCP description as readBfcpOffer sees it, rebuilt from the sections answerOffer read. */
export function readBfcpFromSections(sections: readonly MediaSection[]): ReturnType<typeof readBfcpOffer> {
  const connection = sections.find((s) => s.connectionLine)?.connectionLine;
  const text = ["v=0", ...(connection ? [connection] : []), ...sections.flatMap((s) => s.lines)].join("\r\n");
  return readBfcpOffer(text);
}

export interface BfcpServerHandlerOptions {
  /** Our BFCP port: the TCP listening port or the UDP port. */
  readonly port: number;
  readonly confId: number;
  readonly userId: number;
  readonly floorId: number;
}

/** Answers the offer's BFCP m-line as floor control server (s-only), or declines it with the reason. */
export function bfcpServerHandler(opts: BfcpServerHandlerOptions): MediaHandler {
  return {
    name: "bfcp-server",
    matches: (section) => section.kind === "bfcp",
    answer(section, ctx): HandlerAnswer {
      const reading = readBfcpFromSections(ctx.sections);
      const offer = reading.media;
      if (!offer || offer.mediaIndex !== section.index) {
        return { accepted: false, reason: "only the first usable BFCP stream is answered" };
      }
      // The room's BFCP sockets are plain TCP and UDP; TLS/DTLS would need certificates per call.
      if (offer.tls)
        return { accepted: false, reason: `${offer.proto} (BFCP over TLS/DTLS) is not supported` };
      const setup = roomBfcpSetup(offer);
      // RFC 4145 §4.1: the active side's port is not used; 9 (discard) is customary.
      const port = setup === "active" ? 9 : opts.port;
      const a = answerBfcp(offer, "server", {
        port,
        confId: opts.confId,
        userId: opts.userId,
        floorId: opts.floorId,
        ...(setup ? { preferSetup: setup } : {}),
      });
      if (!a.ok) return { accepted: false, reason: a.reason };
      const address = offer.connectionAddress ?? section.address ?? "";
      return {
        accepted: true,
        lines: a.lines,
        media: bfcpMedia(section, a.lines, port, address, {
          bfcp: a.negotiated,
          notes: [...reading.notes, ...a.notes],
        }),
      };
    },
  };
}

function bfcpMedia(
  section: MediaSection,
  lines: readonly string[],
  port: number,
  address: string,
  extension: Record<string, unknown>,
): NegotiatedMedia {
  return {
    index: section.index,
    kind: "bfcp",
    mediaType: section.mediaType,
    protocol: section.protocol,
    accepted: true,
    localPort: port,
    localRtcpPort: port,
    rtcpMux: false,
    remote: { address, rtpPort: section.port, rtcpAddress: address, rtcpPort: section.port },
    rtcpFb: [],
    direction: "sendrecv",
    remoteDirection: "sendrecv",
    remoteHold: false,
    lines: { media: section.mLine, codec: [], telephoneEvent: [], rtcp: [], rtcpFb: [] },
    localSection: lines,
    remoteSection: section.lines,
    extension,
  };
}

/**
 * Answers the offer's first slides m=video like a main video line (H.264 only, the same SRTP
 * policy, its own port, keys and SSRC), adding a=content:slides and the offer's a=label.
 */
export function slidesVideoHandler(slides: SlidesAnswerOptions): MediaHandler {
  return {
    name: "slides-video",
    matches: (section, all) =>
      section.kind === "slides" && all.find((s) => s.kind === "slides" && s.port !== 0) === section,
    answer: (section, ctx) => answerSlides(section, ctx, slides),
  };
}

function answerSlides(
  section: MediaSection,
  ctx: MediaHandlerContext,
  slides: SlidesAnswerOptions,
): HandlerAnswer {
  const o = ctx.options;
  const caps = defaultCapabilities();
  const h264Only = {
    ...caps,
    video: caps.video.filter((c) => sameCodecName(c.name, "H264")),
    rtcpMux: slides.rtcpMux ?? true,
  };
  // answerOffer on this one section, read as a plain video line (its a=content taken away).
  const sub = [
    "v=0",
    "o=- 0 0 IN IP4 0.0.0.0",
    "s=-",
    ...(section.connectionLine && !section.lines.includes(section.connectionLine)
      ? [section.connectionLine]
      : []),
    "t=0 0",
    ...section.lines.filter((l) => !l.startsWith("a=content:")),
  ].join("\r\n");
  const r = answerOffer(`${sub}\r\n`, h264Only, {
    address: o.address,
    ports: { video: slides.port },
    srtp: o.srtp,
    keys: { video: slides.key },
    ssrcs: { video: slides.ssrc },
    ...(o.cname ? { cname: o.cname } : {}),
    sessionId: "0",
  });
  const m = r.ok ? r.session.media[0] : undefined;
  if (!r.ok || !m?.accepted) {
    return { accepted: false, reason: r.ok ? (m?.rejectReason ?? "slides rejected") : r.reason };
  }
  const label = section.label ?? "3";
  const lines = [...m.localSection, "a=content:slides", `a=label:${label}`];
  return {
    accepted: true,
    lines,
    media: {
      ...m,
      index: section.index,
      kind: "slides",
      content: "slides",
      label,
      localSection: lines,
      remoteSection: section.lines,
      lines: {
        ...m.lines,
        media: section.mLine,
        ...(section.contentLine ? { content: section.contentLine } : {}),
      },
    },
  };
}

/** The BFCP parameters and notes the BFCP handler recorded on its m-line, when it accepted it. */
export function negotiatedBfcp(
  media: NegotiatedMedia | undefined,
): { readonly bfcp: BfcpNegotiation; readonly notes: readonly string[] } | undefined {
  const e = media?.accepted
    ? (media.extension as { bfcp?: BfcpNegotiation; notes?: string[] } | undefined)
    : undefined;
  return e?.bfcp ? { bfcp: e.bfcp, notes: e.notes ?? [] } : undefined;
}
