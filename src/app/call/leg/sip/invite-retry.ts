import type { SrtpPolicy } from "../../../../protocol/sdp/sdp-types.js";
import { minSeLenient } from "../../../../protocol/sip/header-readers.js";
import { retryAfterLenient } from "../../../../protocol/sip/retry-after.js";
import { formatSessionExpires } from "../../../../protocol/sip/session-timer.js";
import type { Phrase } from "../../../../report/i18n/bilingual.js";

// The INVITE of the main call and the refusals we mend by asking again: 422 (RFC 4028 §7.2),
// 488 to best-effort SRTP (RFC 3264 §6, RFC 4568 §7.1.1), and 503 with a short Retry-After
// (RFC 3261 §21.5.4: a busy or draining room, or a dispatcher with no room free). Pure.

/** A 503 is asked again after its Retry-After when that is at most this long (seconds)... */
export const MAX_BUSY_WAIT_S = 10;
/** ...and at most this many times. */
export const MAX_BUSY_RETRIES = 3;

/** The session interval we ask for (RFC 4028 §7.1) and, after a 422, the Min-SE it named. */
export interface TimerAsk {
  readonly sessionExpiresS: number;
  readonly minSeS?: number;
}

/** What the next INVITE asks for, and what was refused on the way there. */
export interface InviteAttempt {
  /** undefined: no Session-Expires (still Supported: timer). */
  readonly timerAsk: TimerAsk | undefined;
  readonly srtp: SrtpPolicy;
  readonly timerRetry?: { readonly refused: string; readonly minSeS: number };
  readonly savpRetry?: { readonly refused: string };
  /** 503s asked again after their Retry-After so far. */
  readonly busyRetries?: number;
}

/** A final refusal of an INVITE as the leg saw it. */
export interface InviteRefusal {
  readonly status: number | undefined;
  /** The Min-SE header of a 422, as written. */
  readonly minSe: string | undefined;
  /** The Retry-After of a 503, as written. */
  readonly retryAfter?: string | undefined;
  readonly message: string;
}

/** The Session-Expires and Min-SE header lines of an INVITE asking for `ask`. */
export function timerHeaders(ask: TimerAsk | undefined): string[] {
  if (!ask) return [];
  return [
    `Session-Expires: ${formatSessionExpires({ deltaSeconds: ask.sessionExpiresS, params: [] })}`,
    ...(ask.minSeS !== undefined ? [`Min-SE: ${ask.minSeS}`] : []),
  ];
}

/**
 * The attempt after a refusal, with the step to show and how long to wait first (ms), or
 * undefined when the refusal is final. Each mend is tried once; a busy 503 up to
 * MAX_BUSY_RETRIES times.
 */
export function retryAfter(
  refusal: InviteRefusal,
  attempt: InviteAttempt,
): { readonly next: InviteAttempt; readonly step: Phrase; readonly waitMs?: number } | undefined {
  const wait = refusal.status === 503 ? retryAfterLenient(refusal.retryAfter)?.deltaSeconds : undefined;
  const busy = attempt.busyRetries ?? 0;
  if (wait !== undefined && wait <= MAX_BUSY_WAIT_S && busy < MAX_BUSY_RETRIES) {
    // RFC 3261 §21.5.4: the far end is overloaded or in maintenance for the time it names.
    return {
      next: { ...attempt, busyRetries: busy + 1 },
      step: {
        en: `${refusal.message}: asking again after ${wait} s, as its Retry-After says`,
        sv: `${refusal.message}: frågar igen efter ${wait} s, som dess Retry-After säger`,
      },
      waitMs: wait * 1000,
    };
  }
  // RFC 4028 §6: the Min-SE of a 422, read leniently (an unreadable one ends the retries).
  const minSe = refusal.status === 422 ? minSeLenient(refusal.minSe)?.deltaSeconds : undefined;
  if (minSe !== undefined && attempt.timerAsk && !attempt.timerRetry) {
    // RFC 4028 §7.2: after a 422, retry with Session-Expires (and Min-SE) at least the Min-SE the
    // far end named.
    const sessionExpiresS = Math.max(minSe, attempt.timerAsk.sessionExpiresS);
    return {
      next: {
        ...attempt,
        timerRetry: { refused: refusal.message, minSeS: minSe },
        timerAsk: { sessionExpiresS, minSeS: minSe },
      },
      step: {
        en: `${refusal.message}: asking again with Session-Expires ${sessionExpiresS}`,
        sv: `${refusal.message}: frågar igen med Session-Expires ${sessionExpiresS}`,
      },
    };
  }
  if (refusal.status === 488 && attempt.srtp === "optional" && !attempt.savpRetry) {
    // Best-effort SRTP (RTP/AVP with a=crypto) is refused by endpoints that require RTP/SAVP:
    // RFC 3264 §6 lets them answer 488, and a new offer with RTP/SAVP is the way on (RFC 4568
    // §7.1.1, RFC 5939 §1).
    return {
      next: { ...attempt, savpRetry: { refused: refusal.message }, srtp: "mandatory" },
      step: {
        en: `${refusal.message}: offering SRTP as RTP/SAVP instead`,
        sv: `${refusal.message}: erbjuder SRTP som RTP/SAVP i stället`,
      },
    };
  }
  return undefined;
}
