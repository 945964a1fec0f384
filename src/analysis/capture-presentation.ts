import type { PresentationEvidence, Unavailable } from "../conformance/evidence.js";
import type { BfcpFacts } from "./bfcp-observer.js";
import type { MediaStreamFacts } from "./media-stream.js";

/**
 * The presentation of a captured call (the SIP counterpart of H.239): the floor request and its
 * grant decoded from BFCP (RFC 8855 §5.2.5 FloorRequestStatus Granted, with the time from the
 * FloorRequest), and the slides stream (RFC 4796 a=content:slides) carried in the call, the
 * graded party's own when it sent one, else the one sent to it (whoever presents, the graded
 * party took part in a working presentation). Nothing is decoded: a slides stream with SPS, PPS
 * and an IDR counts its access units as frames.
 */
export interface CapturePresentation {
  readonly presentation?: PresentationEvidence;
  readonly unavailable?: Unavailable;
  /** Which slides stream was read ("ip:port → ip:port"), for the report. */
  readonly slidesStream?: string;
}

const slidesOf = (xs: readonly MediaStreamFacts[]) =>
  xs
    .filter((s) => s.binding?.kind === "slides" && !s.binding.rtcp && s.packets > 0)
    .sort((a, b) => b.packets - a.packets)[0];

export function capturePresentation(
  bfcp: BfcpFacts | undefined,
  flows: {
    readonly fromEndpoint: readonly MediaStreamFacts[];
    readonly toEndpoint: readonly MediaStreamFacts[];
  },
  bfcpAgreed: boolean,
): CapturePresentation {
  if (!bfcp || bfcp.messages === 0) {
    const reason = bfcpAgreed
      ? {
          en: "BFCP was agreed, but no BFCP message could be read in the capture (BFCP over TLS cannot be read, or none was sent)",
          sv: "BFCP kom man överens om, men inget BFCP-meddelande gick att läsa i inspelningen (BFCP över TLS kan inte läsas, eller inget skickades)",
        }
      : { en: "no BFCP in the capture", sv: "ingen BFCP i inspelningen" };
    return { unavailable: { part: "presentation", reason } };
  }
  if (!bfcp.floorRequested && !bfcp.floorGranted)
    return {
      unavailable: {
        part: "presentation",
        reason: {
          en: "nobody requested the floor (BFCP FloorRequest) in the capture",
          sv: "ingen begärde ordet (BFCP FloorRequest) i inspelningen",
        },
      },
    };
  const grantMs =
    bfcp.grantedAtMs !== undefined && bfcp.requestedAtMs !== undefined
      ? Math.round(bfcp.grantedAtMs - bfcp.requestedAtMs)
      : undefined;
  const granted: PresentationEvidence = {
    floorGranted: bfcp.floorGranted,
    ...(grantMs !== undefined ? { grantMs } : {}),
  };
  if (!bfcp.floorGranted) return { presentation: granted };
  const slides = slidesOf(flows.fromEndpoint) ?? slidesOf(flows.toEndpoint);
  if (!slides) return { presentation: { ...granted, slidesFramesDecoded: 0 } };
  const stream = `${slides.src} → ${slides.dst}`;
  if (slides.binding?.srtpNegotiated && !slides.binding.senderKey)
    return {
      unavailable: {
        part: "presentation",
        reason: {
          en: `the floor was granted, but the slides stream (${stream}) is SRTP without its key in the capture: its H.264 cannot be read`,
          sv: `ordet beviljades, men presentationsströmmen (${stream}) är SRTP utan sin nyckel i inspelningen: dess H.264 går inte att läsa`,
        },
      },
      slidesStream: stream,
    };
  const h = slides.h264;
  const decodable = h !== undefined && h.spsCount > 0 && h.ppsCount > 0 && h.idrCount > 0;
  return {
    presentation: {
      ...granted,
      ...(slides.codec ? { slidesCodec: slides.codec } : {}),
      slidesFramesDecoded: decodable ? h.accessUnits : 0,
    },
    slidesStream: stream,
  };
}
