// How much RAS the gatekeeper answers: a token bucket per source host and one for all sources
// together, so one flooding host is cut off without silencing the others, and forged sources
// (UDP addresses cost nothing to forge) cannot make the gatekeeper answer more than the global
// rate. The map of sources is capped; the least recently seen one makes room for a new one.
// Time is an input (milliseconds, the caller's clock).

export interface SourceRateLimits {
  /** Datagrams one source host may send at once before it is limited. */
  readonly perSourceBurst: number;
  /** Datagrams per second one source host earns back. */
  readonly perSourcePerS: number;
  /** Datagrams all sources together may send at once. */
  readonly globalBurst: number;
  readonly globalPerS: number;
  /** Source hosts remembered at once. */
  readonly maxSources: number;
}

export const DEFAULT_SOURCE_RATE_LIMITS: SourceRateLimits = {
  perSourceBurst: 40,
  perSourcePerS: 20,
  globalBurst: 400,
  globalPerS: 200,
  maxSources: 4096,
};

interface Bucket {
  tokens: number;
  at: number;
}

function take(b: Bucket, now: number, burst: number, perS: number): boolean {
  b.tokens = Math.min(burst, b.tokens + (Math.max(0, now - b.at) * perS) / 1000);
  b.at = Math.max(b.at, now);
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

export class SourceRate {
  private readonly sources = new Map<string, Bucket>();
  private readonly global: Bucket;

  constructor(private readonly limits: SourceRateLimits = DEFAULT_SOURCE_RATE_LIMITS) {
    this.global = { tokens: limits.globalBurst, at: Number.NEGATIVE_INFINITY };
  }

  /** Whether a datagram from `host` at `now` is within both rates (and spends a token of each). */
  admit(host: string, now: number): boolean {
    let b = this.sources.get(host);
    if (b) this.sources.delete(host);
    else b = { tokens: this.limits.perSourceBurst, at: now };
    // Re-inserted: the map's order is the order sources were last seen in.
    this.sources.set(host, b);
    if (this.sources.size > this.limits.maxSources) {
      const oldest = this.sources.keys().next().value;
      if (oldest !== undefined) this.sources.delete(oldest);
    }
    if (!take(b, now, this.limits.perSourceBurst, this.limits.perSourcePerS)) return false;
    if (this.global.at === Number.NEGATIVE_INFINITY) this.global.at = now;
    return take(this.global, now, this.limits.globalBurst, this.limits.globalPerS);
  }

  /** Sources remembered (bounded by maxSources). */
  get size(): number {
    return this.sources.size;
  }
}
