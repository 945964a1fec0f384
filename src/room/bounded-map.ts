/**
 * A map with a cap and an expiry, for state a stranger's packets can create: past `cap` the
 * oldest entry goes, and an entry older than `ttlMs` is gone on the next touch. Time is an input
 * (`now`, in ms), so the map itself reads no clock.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { readonly value: V; readonly at: number }>();

  constructor(
    readonly cap: number,
    readonly ttlMs: number,
  ) {
    if (!(cap >= 1)) throw new RangeError(`BoundedMap cap must be at least 1, got ${cap}`);
    if (!(ttlMs > 0)) throw new RangeError(`BoundedMap ttlMs must be positive, got ${ttlMs}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces `key` (a replaced entry keeps neither its age nor its place). */
  set(key: K, value: V, now: number): void {
    this.expire(now);
    this.entries.delete(key);
    this.entries.set(key, { value, at: now });
    // Insertion order is age order: the first key is the oldest.
    while (this.entries.size > this.cap) this.entries.delete(this.entries.keys().next().value as K);
  }

  get(key: K, now: number): V | undefined {
    this.expire(now);
    return this.entries.get(key)?.value;
  }

  /** Removes and returns `key`'s value. */
  take(key: K, now: number): V | undefined {
    const value = this.get(key, now);
    this.entries.delete(key);
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  values(): V[] {
    return [...this.entries.values()].map((e) => e.value);
  }

  /** Drops every entry older than the expiry (the oldest come first, so this stops early). */
  expire(now: number): void {
    for (const [key, e] of this.entries) {
      if (now - e.at < this.ttlMs) return;
      this.entries.delete(key);
    }
  }
}
