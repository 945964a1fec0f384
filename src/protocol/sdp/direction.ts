import type { Direction } from "./sdp-types.js";

/** Whether a side with direction `d` sends. */
export const sends = (d: Direction): boolean => d === "sendrecv" || d === "sendonly";
/** Whether a side with direction `d` receives. */
export const receives = (d: Direction): boolean => d === "sendrecv" || d === "recvonly";

export function directionOf(send: boolean, recv: boolean): Direction {
  if (send && recv) return "sendrecv";
  if (send) return "sendonly";
  if (recv) return "recvonly";
  return "inactive";
}

/**
 * RFC 3264 §6.1: "If a stream is offered as sendonly, the corresponding stream MUST be marked
 * as recvonly or inactive in the answer" (and the mirror image). We send only where the offerer
 * receives and we want to send; we receive only where it sends and we want to receive.
 */
export function answerDirection(offered: Direction, wanted: Direction): Direction {
  return directionOf(receives(offered) && sends(wanted), sends(offered) && receives(wanted));
}

/** RFC 3264 §8.4: old-style hold, c=0.0.0.0, means the peer does not want to receive. */
export function withOldStyleHold(d: Direction, address: string | undefined): Direction {
  return address === "0.0.0.0" ? directionOf(sends(d), false) : d;
}
