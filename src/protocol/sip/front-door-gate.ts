import { type FrontDoorPolicy, type FrontDoorVerdict, frontDoor, hasToTag, toTag } from "./front-door.js";
import { type SipHeaderField, type SipMessageHead, topHeaderValue } from "./message-head.js";
import { SourceLimiter } from "./source-limiter.js";
import { statelessResponse } from "./stateless-response.js";

/**
 * Rates per source address at the front door. Past `callsPerS` (new INVITEs) or `requestsPerS`
 * (every other request that reaches the user agent) a source gets 503 with Retry-After
 * (RFC 3261 §21.5.4); past `messagesPerS` (everything, answered at the door or not) it gets
 * nothing, so a flood is not answered with a flood.
 */
export interface FrontDoorRates {
  readonly callsPerS: number;
  readonly requestsPerS: number;
  readonly messagesPerS: number;
  /** Retry-After of the 503s, seconds. */
  readonly retryAfterS: number;
  /** Sources remembered at once (each rate keeps at most this many buckets). */
  readonly maxSources: number;
}

export const DEFAULT_FRONT_DOOR_RATES: FrontDoorRates = {
  callsPerS: 10,
  requestsPerS: 200,
  messagesPerS: 20_000,
  retryAfterS: 5,
  maxSources: 10_000,
};

/** A refusal from whoever admits calls (e.g. a call cap): 503 with this Retry-After. */
export interface Refusal {
  readonly retryAfterS: number;
  readonly why: string;
}

/** Asked for every request the door would hand on; a Refusal answers it 503 at the door. */
export type Admission = (request: {
  readonly method: string;
  readonly inDialog: boolean;
  readonly sourceHost: string;
  /** The request as the door read it (for a log line about what was refused). */
  readonly head: SipMessageHead;
}) => Refusal | undefined;

/** Counts of what the door did, for logs and the flood bench. */
export interface FrontDoorCounters {
  passed: number;
  answered: number;
  dropped: number;
  limited: number;
}

/**
 * The front door with its rate limits and an admission hook: one call per framed message,
 * `now` given. Pure (no I/O); the transport sends what it returns.
 */
export class FrontDoorGate {
  readonly counters: FrontDoorCounters = { passed: 0, answered: 0, dropped: 0, limited: 0 };
  private readonly calls: SourceLimiter;
  private readonly requests: SourceLimiter;
  private readonly messages: SourceLimiter;
  private admission: Admission | undefined;
  private draining: Refusal | undefined;
  /** The policy while draining: OPTIONS reach the refusal instead of the door's 200. */
  private readonly drainingPolicy: FrontDoorPolicy;

  constructor(
    private readonly policy: FrontDoorPolicy,
    private readonly rates: FrontDoorRates = DEFAULT_FRONT_DOOR_RATES,
  ) {
    const limiter = (perS: number) =>
      new SourceLimiter({
        ratePerS: perS,
        burst: Math.max(1, perS * 2),
        maxKeys: rates.maxSources,
        idleMs: 60_000,
      });
    this.calls = limiter(rates.callsPerS);
    this.requests = limiter(rates.requestsPerS);
    this.messages = limiter(rates.messagesPerS);
    this.drainingPolicy = { ...policy, answerOptions: false };
  }

  setAdmission(admission: Admission | undefined): void {
    this.admission = admission;
  }

  /**
   * Draining (a room about to stop): new calls and OPTIONS outside a dialog get 503 with
   * Retry-After, so a load balancer probing with OPTIONS marks this server down and sends new
   * calls elsewhere (RFC 3261 §21.5.4: "temporarily unable to process the request due to ...
   * maintenance"); requests inside running dialogs pass as before. Undefined ends it.
   */
  setDraining(refusal: Refusal | undefined): void {
    this.draining = refusal;
  }

  /**
   * `ongoing` tells a request of a transaction already under way (a retransmission, RFC 3261
   * §17.2.3): it is passed even past the rates, so that an admitted call's repeated INVITE is
   * not answered 503 while the call is being answered. Asked only before a refusal.
   */
  decide(
    input: { text: string; framingError?: string },
    sourceHost: string,
    now: number,
    ongoing?: (head: SipMessageHead) => boolean,
  ): FrontDoorVerdict {
    if (!this.messages.take(sourceHost, now)) {
      this.counters.dropped++;
      return { kind: "drop", why: `more than ${this.rates.messagesPerS} messages/s from ${sourceHost}` };
    }
    const verdict = frontDoor(input, this.draining ? this.drainingPolicy : this.policy);
    if (verdict.kind !== "pass" || verdict.head.startLine.kind !== "request") {
      if (verdict.kind === "answer") this.counters.answered++;
      else if (verdict.kind === "drop") this.counters.dropped++;
      else this.counters.passed++;
      return verdict;
    }
    const head = verdict.head;
    const method = verdict.head.startLine.method;
    const inDialog = hasToTag(topHeaderValue(head, "to") ?? "");
    // ACK and CANCEL finish what was admitted before; refusing them would only leave state behind.
    if (method !== "ACK" && method !== "CANCEL") {
      const refusal = this.refusalFor(method, inDialog, sourceHost, now, head);
      if (refusal && !ongoing?.(head)) {
        this.counters.limited++;
        return {
          kind: "answer",
          status: 503,
          why: refusal.why,
          response: statelessResponse(head, 503, toTag(head, this.policy), [
            { name: "User-Agent", value: this.policy.userAgent },
            { name: "Retry-After", value: String(refusal.retryAfterS) } satisfies SipHeaderField,
          ]),
        };
      }
    }
    this.counters.passed++;
    return verdict;
  }

  /** Why a request that reached the door's gate is refused (503), or undefined: it passes. */
  private refusalFor(
    method: string,
    inDialog: boolean,
    sourceHost: string,
    now: number,
    head: SipMessageHead,
  ): Refusal | undefined {
    const newCall = method === "INVITE" && !inDialog;
    if (this.draining && !inDialog && (newCall || method === "OPTIONS")) return this.draining;
    const bucket = newCall ? this.calls : this.requests;
    if (!bucket.take(sourceHost, now))
      return {
        retryAfterS: this.rates.retryAfterS,
        why: `more than ${newCall ? this.rates.callsPerS : this.rates.requestsPerS} ${newCall ? "calls" : "requests"}/s from ${sourceHost}`,
      };
    return this.admission?.({ method, inDialog, sourceHost, head });
  }

  /** Forgets sources idle for a minute; call now and then. */
  expire(now: number): void {
    this.calls.expire(now);
    this.requests.expire(now);
    this.messages.expire(now);
  }
}
