import type { CaptureAnalysis } from "./capture-analyzer.js";
import type { MediaStreamFacts } from "./media-stream.js";
import type { SipDialog } from "./sip-dialogs.js";

/**
 * The media streams that belong to a dialog: those its SDP names, or, when the capture holds
 * no readable dialog at all (SIP over TLS, signalling not captured), every stream found by
 * heuristics, so the media is still graded.
 */
export function dialogStreams(a: CaptureAnalysis, dialog: SipDialog | undefined): MediaStreamFacts[] {
  if (dialog) return a.streams.filter((s) => s.binding?.callId === dialog.callId);
  return a.streams.filter((s) => s.binding === undefined || s.binding.callId === "sdp-file");
}

/** The streams carrying RTP (not RTCP alone). */
export function rtpStreams(streams: readonly MediaStreamFacts[]): MediaStreamFacts[] {
  return streams.filter((s) => s.packets > 0);
}

/** The offer and answer a dialog settled on (the latest of each). */
export function offerAnswer(dialog: SipDialog | undefined) {
  const sdps = dialog?.sdps ?? [];
  const last = (role: "offer" | "answer") => [...sdps].reverse().find((s) => s.role === role && s.reading);
  return { offer: last("offer"), answer: last("answer") };
}
