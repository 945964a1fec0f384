/**
 * RFC 3261 §17.1.1.1 and Table 4: the base timer values of the transaction layer.
 *
 *   T1  500 ms default   RTT estimate
 *   T2  4 s              the maximum retransmit interval for non-INVITE requests and INVITE
 *                        responses
 *   T4  5 s              maximum duration a message will remain in the network
 *
 * "T1 MAY be chosen larger, and this is RECOMMENDED if it is known in advance (such as on
 * high latency access links) that the RTT is larger." Every timer of the layer derives from
 * these three, so a test may shrink them and a deployment may enlarge T1.
 */
export interface TransactionTimers {
  readonly t1: number;
  readonly t2: number;
  readonly t4: number;
}

export const RFC3261_TIMERS: TransactionTimers = { t1: 500, t2: 4000, t4: 5000 };

/** Timers B, F, H, J, L and M: 64*T1 (RFC 3261 Table 4, RFC 6026 §8.11). */
export function transactionTimeout(t: TransactionTimers): number {
  return 64 * t.t1;
}

/** Next interval of a retransmission timer that doubles up to T2 (Timers E and G, §13.3.1.4). */
export function doubledUpToT2(interval: number, t: TransactionTimers): number {
  return Math.min(2 * interval, t.t2);
}

/** Validates configured timers: positive and T1 <= T2 (otherwise the doubling rule is void). */
export function checkTimers(t: TransactionTimers): TransactionTimers {
  for (const [name, value] of [
    ["T1", t.t1],
    ["T2", t.t2],
    ["T4", t.t4],
  ] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`SIP timer ${name} must be > 0 ms`);
  }
  if (t.t1 > t.t2) throw new RangeError("SIP timer T1 must not exceed T2");
  return t;
}
