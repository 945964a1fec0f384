import type { Codec } from "./codec.js";
import type { MediaSection } from "./media-section.js";
import type { NegotiatedMedia, RemoteTransport } from "./sdp-types.js";

/**
 * Where the peer's RTP and RTCP go, from its m-section: RTCP on the RTP port with rtcp-mux
 * (RFC 5761), else on a=rtcp (RFC 3605), else on the port above RTP (RFC 3550 §11).
 */
export function remoteTransport(section: MediaSection, address: string, rtcpMux: boolean): RemoteTransport {
  return {
    address,
    rtpPort: section.port,
    rtcpAddress: section.rtcpAddress ?? address,
    rtcpPort: rtcpMux ? section.port : (section.rtcpPort ?? section.port + 1),
  };
}

/** The RFC 4733 telephone-event format agreed beside a codec, as the negotiated model keeps it. */
export function telephoneEventOf(te: Codec | undefined): Pick<NegotiatedMedia, "telephoneEvent"> {
  return te
    ? {
        telephoneEvent: {
          payloadType: te.payloadType,
          name: te.name,
          clockRate: te.clockRate,
          channels: te.channels,
          fmtp: te.fmtp,
        },
      }
    : {};
}

/** RFC 3264 §6: a rejected stream is answered with port 0, same media type, protocol and formats. */
export function rejectedMLine(section: MediaSection): string {
  const formats = section.formats.length > 0 ? section.formats.join(" ") : "0";
  return `m=${section.mediaType} 0 ${section.protocol} ${formats}`;
}

/** The negotiated record of a rejected m-line (used by the answerer, the offerer and handlers). */
export function rejectedMedia(
  section: MediaSection,
  reason: string,
  localSection?: readonly string[],
): NegotiatedMedia {
  return {
    index: section.index,
    kind: section.kind,
    mediaType: section.mediaType,
    protocol: section.protocol,
    accepted: false,
    rejectReason: reason,
    localPort: 0,
    localRtcpPort: 0,
    rtcpMux: false,
    rtcpFb: [],
    direction: "inactive",
    remoteDirection: section.direction,
    remoteHold: false,
    lines: { media: section.mLine, codec: [], telephoneEvent: [], rtcp: [], rtcpFb: [] },
    localSection: localSection ?? [rejectedMLine(section)],
    remoteSection: section.lines,
    ...(section.content !== undefined ? { content: section.content } : {}),
    ...(section.label !== undefined ? { label: section.label } : {}),
  };
}
