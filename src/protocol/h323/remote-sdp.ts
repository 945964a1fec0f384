import type { Codec } from "../sdp/codec.js";
import type { Direction } from "../sdp/sdp-types.js";
import { codecLines, toSdp } from "../sdp/sdp-writer.js";
import type { LocalMedia } from "./local-media.js";
import type { MediaKindAV } from "./media-codec.js";
import type { HostPort } from "./transport-address.js";

// The far end's media, learnt from H.245, written as SDP (RFC 8866) so our caller and room
// read it as they read a SIP peer's: one m-line per stream with its RTP address (c=, port),
// its RTCP address (a=rtcp, RFC 3605), its codecs and its direction. No crypto, no rtcp-mux.

export interface RemoteStream {
  readonly kind: MediaKindAV;
  /** Where the far end receives RTP; unknown when it only sends (then RTCP's port - 1). */
  readonly rtp?: HostPort;
  /** The far end's RTCP address. */
  readonly rtcp?: HostPort;
  readonly codecs: readonly Codec[];
  /** The far end's direction, as it would write it. */
  readonly direction: Direction;
  /** RFC 4796: "slides" for the H.239 presentation (a second m=video). */
  readonly content?: "slides";
}

/** RFC 3605 §2.1 and common H.323 practice: RTP on the even port below RTCP. */
function rtpAddressOf(s: RemoteStream): HostPort {
  if (s.rtp) return s.rtp;
  if (s.rtcp) return { host: s.rtcp.host, port: Math.max(1, s.rtcp.port - 1) };
  return { host: "0.0.0.0", port: 9 };
}

function mediaLines(s: RemoteStream, protocol: string): string[] {
  const rtp = rtpAddressOf(s);
  return [
    `m=${s.kind} ${rtp.port} ${protocol} ${s.codecs.map((c) => c.payloadType).join(" ")}`,
    `c=IN IP4 ${rtp.host}`,
    ...s.codecs.flatMap(codecLines),
    ...(s.rtcp ? [`a=rtcp:${s.rtcp.port} IN IP4 ${s.rtcp.host}`] : []),
    ...(s.content ? [`a=content:${s.content}`] : []),
    `a=${s.direction}`,
  ];
}

function sessionHead(sessionId: string, address: string): string[] {
  return ["v=0", `o=- ${sessionId} 1 IN IP4 ${address}`, "s=H.323", `c=IN IP4 ${address}`, "t=0 0"];
}

const firstAddress = (streams: readonly (RemoteStream | undefined)[]): string =>
  streams.map((s) => (s ? rtpAddressOf(s).host : undefined)).find((h) => h !== undefined) ?? "0.0.0.0";

/** The far end's media as an SDP offer (what the callee hands the room): audio, video, then slides. */
export function remoteOfferSdp(streams: readonly RemoteStream[], sessionId: string): string {
  const main = (["audio", "video"] as const).flatMap((k) =>
    streams.filter((s) => s.kind === k && !s.content),
  );
  const ordered = [...main, ...streams.filter((s) => s.content)];
  return toSdp([
    ...sessionHead(sessionId, firstAddress(ordered)),
    ...ordered.flatMap((s) => mediaLines(s, "RTP/AVP")),
  ]);
}

/**
 * The far end's media as the SDP answer to our offer (RFC 3264 §6): the offer's m-lines in
 * order, each with its stream or rejected with port 0.
 */
export function remoteAnswerSdp(
  offer: LocalMedia,
  streams: ReadonlyMap<number, RemoteStream>,
  sessionId: string,
): string {
  const lines = offer.sections.flatMap((section) => {
    const s = streams.get(section.index);
    if (s && s.codecs.length > 0) return mediaLines(s, section.protocol);
    return [`m=${section.mediaType} 0 ${section.protocol} ${section.formats[0] ?? "0"}`];
  });
  return toSdp([...sessionHead(sessionId, firstAddress([...streams.values()])), ...lines]);
}
