/**
 * Token buckets per source, bounded in count and in time: a request rate limit that a flood of
 * spoofed or many sources cannot grow without bound. Time is an input (milliseconds).
 *
 * Each key holds `burst` tokens, refilled at `ratePerS`; `take` spends one. A key unseen for
 * `idleMs` is forgotten (a full bucket again, which is what forgetting it means). Beyond
 * `maxKeys` the key seen longest ago is forgotten first (Map order is insertion order and every
 * take re-inserts).
 */
export interface SourceLimiterOptions {
  readonly ratePerS: number;
  readonly burst: number;
  readonly maxKeys: number;
  readonly idleMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class SourceLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: SourceLimiterOptions) {
    if (!(options.ratePerS > 0) || !(options.burst >= 1) || !(options.maxKeys >= 1))
      throw new RangeError("SourceLimiter needs ratePerS > 0, burst >= 1 and maxKeys >= 1");
  }

  /** Number of keys remembered now (bounded by maxKeys). */
  get size(): number {
    return this.buckets.size;
  }

  /** Spends one token of `key` at `now`; false when its bucket is empty (over the rate). */
  take(key: string, now: number): boolean {
    const { ratePerS, burst, idleMs, maxKeys } = this.options;
    const found = this.buckets.get(key);
    let bucket: Bucket;
    if (!found || now - found.at > idleMs) bucket = { tokens: burst, at: now };
    else {
      const elapsed = Math.max(0, now - found.at);
      bucket = { tokens: Math.min(burst, found.tokens + (elapsed * ratePerS) / 1000), at: now };
    }
    this.buckets.delete(key);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return allowed;
  }

  /** Forgets every key idle for longer than idleMs at `now` (the oldest come first). */
  expire(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at <= this.options.idleMs) break;
      this.buckets.delete(key);
    }
  }
}
