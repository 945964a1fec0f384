import { createSequenceUnwrapper } from "../protocol/rtp/sequence.js";

/**
 * Puts one RTP stream's packets back in sequence order and waits a bounded time for a missing
 * one (reordered, or retransmitted after a NACK) before going on without it: a receiver's
 * jitter buffer reduced to ordering. Pure: arrivals and `now` in, packets out in order.
 */
export interface ReorderCounters {
  /** Gaps gone past without the packet (each missing sequence number counts once). */
  skipped: number;
  /** Packets that arrived after their place had been passed (too late), or twice. */
  late: number;
}

export class ReorderBuffer<T> {
  readonly counters: ReorderCounters = { skipped: 0, late: 0 };
  private readonly unwrap = createSequenceUnwrapper();
  private readonly held = new Map<number, { item: T; at: number }>();
  private next: number | undefined;

  constructor(
    /** How long a gap may hold back the packets behind it (ms). */
    private readonly holdMs: number,
    /** At most this many packets wait; more push the gap past at once. */
    private readonly maxHeld = 512,
  ) {}

  push(sequenceNumber: number, item: T, now: number): T[] {
    const ext = this.unwrap.unwrap(sequenceNumber);
    this.next ??= ext;
    if (ext < this.next || this.held.has(ext)) {
      this.counters.late++;
      return this.poll(now);
    }
    this.held.set(ext, { item, at: now });
    return this.poll(now);
  }

  /** Packets now in order; skips a gap that has held the others back `holdMs`. */
  poll(now: number): T[] {
    const out: T[] = [];
    for (;;) {
      this.drain(out);
      if (this.held.size === 0 || this.next === undefined) return out;
      // Everything held waits behind the gap; the first of it to arrive has waited longest.
      let oldest = now;
      for (const h of this.held.values()) oldest = Math.min(oldest, h.at);
      if (now - oldest < this.holdMs && this.held.size < this.maxHeld) return out;
      const lowest = Math.min(...this.held.keys());
      this.counters.skipped += lowest - this.next;
      this.next = lowest;
    }
  }

  private drain(out: T[]): void {
    while (this.next !== undefined) {
      const h = this.held.get(this.next);
      if (!h) return;
      this.held.delete(this.next);
      out.push(h.item);
      this.next++;
    }
  }
}
