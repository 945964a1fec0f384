import type { MediaSection } from "./media-section.js";
import type { NegotiatedMedia } from "./sdp-types.js";

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
