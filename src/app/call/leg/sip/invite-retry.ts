import type { SrtpPolicy } from "../../../../protocol/sdp/sdp-types.js";
import { minSeLenient } from "../../../../protocol/sip/header-readers.js";
import { formatSessionExpires } from "../../../../protocol/sip/session-timer.js";
import type { Phrase } from "../../../../report/i18n/bilingual.js";

// The INVITE of the main call and the two refusals we mend by asking again: 422 (RFC 4028 §7.2)
// and 488 to best-effort SRTP (RFC 3264 §6, RFC 4568 §7.1.1). Pure.

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
}

/** A final refusal of an INVITE as the leg saw it. */
export interface InviteRefusal {
  readonly status: number | undefined;
  /** The Min-SE header of a 422, as written. */
  readonly minSe: string | undefined;
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
 * The attempt after a refusal, with the step to show, or undefined when the refusal is final.
 * Each mend is tried once.
 */
export function retryAfter(
  refusal: InviteRefusal,
  attempt: InviteAttempt,
): { readonly next: InviteAttempt; readonly step: Phrase } | undefined {
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
