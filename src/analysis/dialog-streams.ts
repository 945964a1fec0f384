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
