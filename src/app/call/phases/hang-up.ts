import type { CallLeg, StepSink } from "../leg/call-leg.js";
import type { CallClock } from "./call-clock.js";

/**
 * Late frames still count: the tail of the mirror takes a round trip to come back. The decoded
 * frames have no arrival event to wait on, so the wait ends when the last picture we sent is
 * back (looked at every 20 ms), or at a bound longer than any round trip a passing mirror shows,
 * the same for every far end.
 */
export const MIRROR_TAIL_MS = 600;
const TAIL_LOOK_MS = 20;

/** What ending the call does to the media session: stop sending, then stop receiving. */
export interface EndingMedia {
  stopSending(): Promise<void>;
  closeReceivers(): Promise<void>;
  /** True once the last picture we sent has come back to us (the mirror's tail is in). */
  tailReturned(): boolean;
}

/**
 * Ends the main call: stops sending, lets the mirror's tail come back, closes the receivers,
 * hangs up and writes the "hang-up" step. True when the far end had hung up first.
 */
export async function endCall(
  leg: CallLeg,
  media: EndingMedia,
  steps: StepSink,
  clock: CallClock,
): Promise<boolean> {
  await media.stopSending();
  const bound = clock.now() + MIRROR_TAIL_MS;
  while (!media.tailReturned() && clock.now() < bound)
    await clock.sleep(Math.min(TAIL_LOOK_MS, bound - clock.now()));
  await media.closeReceivers();
  const { byPeer, how } = await leg.hangUp();
  steps(
    "hang-up",
    byPeer ? "failed" : "ok",
    byPeer ? { en: "the far end hung up first", sv: "motparten lade på först" } : how,
  );
  return byPeer;
}
