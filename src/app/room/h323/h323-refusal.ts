import type { H323RefuseReason } from "../../../adapters/h323/h323-call.js";
import { causeOfReleaseReason } from "../../../protocol/h225/release-reason.js";
import type { RoomOfferOutcome } from "../room-front.js";

/** How the room refuses an H.323 call: the ReleaseComplete's reason (H.225.0 §7.6) and the Q.850 cause it carries. */
export interface H323Refusal {
  readonly reason: Extract<H323RefuseReason, "noBandwidth" | "undefinedReason">;
  /** The cause H.225.0 Table 5 gives the reason (the engine sends that one). */
  readonly cause: number;
  /** One line for the room's log. */
  readonly detail: string;
}

/**
 * The room's refusal in H.225.0 terms. A full room (SIP 503) has no channel left: reason
 * noBandwidth, whose Table 5 cause is 34 "no circuit/channel available", which RFC 3398 §7.2.4.1
 * maps back to 503. An offer with nothing the room can take (SIP 488) has no release reason of
 * its own in H.225.0: undefinedReason, cause 31 "normal, unspecified".
 */
export function refusalOf(outcome: Extract<RoomOfferOutcome, { kind: "refuse" }>): H323Refusal {
  const reason = outcome.status === 503 ? "noBandwidth" : "undefinedReason";
  return { reason, cause: causeOfReleaseReason(reason), detail: outcome.reason };
}
