// Q.931 §9.1 Table 9-1 timers on the user side, as an H.323 endpoint runs them (milliseconds).

export interface CallTimers {
  /** T303: Setup sent, no answer at all (Q.931: 4 s). */
  readonly t303: number;
  /** T310: Call Proceeding received, no Alerting/Connect (Q.931: 30-120 s). */
  readonly t310: number;
  /** T301: Alerting received, no Connect (Q.931: at least 3 min). */
  readonly t301: number;
  /** Callee: the connection is open but no Setup came (H.225.0 leaves it to the endpoint). */
  readonly setupWait: number;
  /** Callee: Setup received, the application has not connected or rejected (like T301). */
  readonly answerWait: number;
}

export const DEFAULT_CALL_TIMERS: CallTimers = {
  t303: 4_000,
  t310: 30_000,
  t301: 180_000,
  setupWait: 10_000,
  answerWait: 180_000,
};
