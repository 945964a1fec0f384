// How long the endpoint waits for the gatekeeper, and how often it asks again.
//
// H.225.0 ("RAS timers and Request in Progress (RIP)", in the RAS clause) recommends a timeout
// and a retry count for each request and lets the gatekeeper stretch the wait with a
// RequestInProgress whose `delay` says how long to wait instead. The conventional values, and
// H323Plus's defaults, are a 3 s timer and 2 retries (3 transmissions, 9 s in all) with the same
// requestSeqNum each time; those are the defaults here, for every request alike.

export interface RasTimers {
  /** Wait for an answer before sending the request again (ms). */
  readonly timeoutMs: number;
  /** Retransmissions after the first send before giving up. */
  readonly retries: number;
  /**
   * Send the lightweight keep-alive RRQ this long before timeToLive runs out (ms), but never
   * earlier than half the timeToLive: time for the RRQ and its retries to arrive in time.
   */
  readonly keepAliveMarginMs: number;
}

export const DEFAULT_RAS_TIMERS: RasTimers = { timeoutMs: 3_000, retries: 2, keepAliveMarginMs: 10_000 };

/** When to send the keep-alive RRQ for a registration confirmed at `at` for `timeToLive` seconds. */
export function keepAliveAt(at: number, timeToLiveS: number, t: RasTimers): number {
  const ttl = timeToLiveS * 1000;
  return at + Math.max(ttl / 2, ttl - t.keepAliveMarginMs);
}
