import { Q850Cause } from "../../../protocol/q931/cause.js";
import type { RoomOfferOutcome } from "../room-front.js";

/** How the room refuses an H.323 call: the ReleaseComplete's reason (H.225.0 §7.6) and its Q.850 cause. */
export interface H323Refusal {
  readonly reason: "noBandwidth" | "undefinedReason";
  readonly cause: number;
  /** One line for the room's log. */
  readonly detail: string;
}

/**
 * The room's refusal in H.225.0 terms. A full room (SIP 503) has no channel left: reason
 * noBandwidth with its Table 5 cause 34 "no circuit/channel available", which RFC 3398 §7.2.4.1
 * maps back to 503. An offer with nothing the room can take (SIP 488) is cause 88
 * "incompatible destination" (RFC 3398 §8.2.6.1 maps 488 and 88 to each other); H.225.0 has no
 * release reason of that meaning, so it goes as undefinedReason.
 */
export function refusalOf(outcome: Extract<RoomOfferOutcome, { kind: "refuse" }>): H323Refusal {
  if (outcome.status === 503)
    return { reason: "noBandwidth", cause: Q850Cause.noCircuitAvailable, detail: outcome.reason };
  return { reason: "undefinedReason", cause: Q850Cause.incompatibleDestination, detail: outcome.reason };
}
